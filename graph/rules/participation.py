"""Taking part in an occasion (pure): "President Zelenskyy and his wife Olena took part in the farewell
ceremony", "took part in the celebrations", "took part in a meeting of the Security Council". The code book's
bare "take part" is an intent to cooperate (CAMEO 030), but those who take part in a ceremony, a session or
an opening together do nothing to each other and agree on nothing: only taking part in an act of
cooperation ("took part in the negotiations", "in the joint exercises") is one. The phrases are data
(``participation_phrases`` in ``ontology/lexicon/constructions.toml``)."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of
from stancegraph.rules.syntax import subject_of

__all__ = ["occasion_only", "taking_part"]

_COOPERATIVE = frozenset({"AGREE", "COOPERATE", "AID", "CONCEDE"})  # a meeting (CONSULT) is read by its own noun


def occasion_only(cue: Cue) -> bool:
    """``cue`` is an agreement read from taking part in something that is no act of cooperation.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["They", "took", "part", "in", "the", "ceremony"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
    ...           lemmas=["they", "take", "part", "in", "the", "ceremony"])
    >>> occasion_only(Cue(doc[1], (doc[1], doc[2]), "AGREE", "verb"))
    True
    >>> occasion_only(Cue(doc[1], (doc[1], doc[2]), "CONSULT", "verb"))
    False
    """
    if cue.type != "AGREE" or cue.kind == "noun":
        return False
    phrase = " ".join(w.lemma_.lower() for w in sorted(cue.words, key=lambda t: t.i))
    if phrase not in lexicon().words("participation_phrases"):
        return False
    occasions = [p for c in children_of(cue.head) if c.dep_ == "prep" and c.lower_ == "in"
                 for p in children_of(c) if p.dep_ == "pobj"]
    return not any(noun_type(p) in _COOPERATIVE for o in occasions for p in (o, *o.conjuncts))


def taking_part(prep: Token) -> tuple[Token | None, str]:
    """Who takes part in the meeting a "during"/"in" phrase names: the owner of the noun the phrase hangs on ("on the
    eve of her participation in the meeting of the G7 finance ministers": she, not the clause's subject), else the
    subject of the first verb above with one ("X praised Y during talks with Z": X).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "praised", "Y", "during", "her", "visit", "to", "talks"],
    ...           heads=[1, 1, 1, 1, 5, 3, 5, 6], deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "PRON", "NOUN", "ADP", "NOUN"])
    >>> taking_part(doc[6]), taking_part(doc[3])
    ((her, 'poss'), (X, 'nsubj'))
    """
    owner = next((c for c in children_of(prep.head) if c.dep_ == "poss"), None) if prep.head.pos_ == "NOUN" else None
    if owner is not None:
        return owner, "poss"
    for verb in (a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")):
        subj, shw = subject_of(verb)
        if subj is not None:
            return subj, shw
    return None, ""
