"""Orders, oaths and stative commitments as cues (pure): "ordered former president Carlos Menem to appear"
(DEMAND), "have sworn to fight" (THREATEN), "Vietnam is committed to opening up the economy" (AGREE).

The words are the lexicon's (``ordering_verbs``, ``oath_verbs``, ``stative_participles`` and ``measure_nouns`` of
ontology/lexicon/recall.toml); :func:`stancegraph.rules.cues.verb_cue` asks these functions before its
phrasal and lexicon rules.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.event_nouns import quantified
from stancegraph.rules.doc_index import children_of

__all__ = ["ordered_party", "stative_commitment", "sworn_threat"]

_VIOLENT = frozenset({"FIGHT", "ASSAULT", "COERCE"})

_NAMED = ("PERSON", "ORG", "GPE", "NORP")


def _addressable(obj: Token) -> bool:
    """An object one can give an order to: a name, a title, an institution ("ordered the government to")."""
    lex, lemma = lexicon(), obj.lemma_.lower()
    return (obj.ent_type_ in _NAMED or obj.pos_ == "PROPN" or lemma in lex.title_nouns
            or lemma in lex.institution_nouns or lemma in lex.state_organs
            or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in children_of(obj)))  # "the newspaper La Prensa"


def ordered_party(verb: Token, lemma: str, obj: Token | None) -> Token | None:
    """The one ``verb`` orders to act ("ordered *Menem* to appear", "ordered *the newspaper La Prensa* to
    suspend publication": CAMEO 100, a demand), or None. Troops ordered to move are a deployment or withdrawal,
    read by the rules of :mod:`stancegraph.rules.cues`.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "judge", "ordered", "Menem", "to", "appear"],
    ...           heads=[1, 2, 2, 2, 5, 2], deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp"],
    ...           pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB"], lemmas=["a", "judge", "order", "Menem", "to", "appear"],
    ...           ents=["O", "O", "O", "B-PERSON", "O", "O"])
    >>> ordered_party(doc[2], "order", doc[3])
    Menem
    >>> ordered_party(doc[2], "order", None) is None
    True
    """
    lex = lexicon()
    if lemma not in lex.construction_words.get("ordering_verbs", ()) or obj is None or obj.dep_ != "dobj":
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children_of(verb)):
        return None
    counted = quantified(obj)
    if counted.lemma_.lower() in lex.force_nouns | lex.deployable_nouns or counted.lower_ in lex.force_nouns:
        return None  # "ordered troops to withdraw": the withdrawal is the event
    return obj if _addressable(obj) else None


def stative_commitment(verb: Token, lemma: str, particle: Token | None) -> bool | None:
    """For a stative participle of the lexicon with its particle ("is committed to"): True when it commits its
    subject to an act or to someone ("committed to opening up the economy", "committed to Ukraine"), False when
    only to a thing ("committed to its obligations": a standing position, no event); None when ``verb`` is no
    stative participle.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Vietnam", "is", "committed", "to", "opening", "up", "trade"],
    ...           heads=[2, 2, 2, 2, 3, 4, 4], deps=["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "prt", "dobj"],
    ...           pos=["PROPN", "AUX", "VERB", "ADP", "VERB", "ADP", "NOUN"],
    ...           lemmas=["Vietnam", "be", "commit", "to", "open", "up", "trade"])
    >>> stative_commitment(doc[2], "commit", doc[3])
    True
    """
    if particle is None or lemma not in lexicon().construction_words.get("stative_participles", ()):
        return None
    if not any(c.dep_ == "nsubjpass" for c in children_of(verb)) or any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    return any(c.dep_ == "pcomp" and c.pos_ == "VERB" or c.dep_ == "pobj" and c.ent_type_ in _NAMED
               for c in children_of(particle))


def sworn_threat(verb: Token, lemma: str) -> bool:
    """An oath to use force: "have sworn to fight until ...", "swore to avenge" (CAMEO 13, a threat); not "was
    sworn in" nor "swore that ...".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Rebels", "have", "sworn", "to", "fight"], heads=[2, 2, 2, 4, 2],
    ...           deps=["nsubj", "aux", "ROOT", "aux", "xcomp"], pos=["NOUN", "AUX", "VERB", "PART", "VERB"],
    ...           lemmas=["rebel", "have", "swear", "to", "fight"])
    >>> sworn_threat(doc[2], "swear")
    True
    """
    lex = lexicon()
    if lemma not in lex.construction_words.get("oath_verbs", ()):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and lex.verb_cues.get(c.lemma_.lower()) in _VIOLENT
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)) for c in children_of(verb))
