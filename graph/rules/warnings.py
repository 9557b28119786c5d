"""A warning about another's act is no threat (pure, over the parse): "Biden warned that Russia could invade
Ukraine" judges Russia (CAMEO 110, "warn of fight": DISAPPROVE), while "Russia warned that it would respond" and
"warned that sanctions would follow" threaten with the speaker's own act (CAMEO 130). A vow to cooperate is a
promise ("vowed to help the children": CAMEO 03); a vow to respond is still a threat."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of

__all__ = ["threat_type", "warned_of_another"]

_ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON")


def warned_of_another(verb: Token) -> bool:
    """True when the clause ``verb`` (a verb of warning) warns of has a named subject other than the one who warns:
    a state, group or person by name, not a pronoun ("it", "they", "we") nor a thing ("sanctions").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Biden", "warned", "that", "Russia", "could", "invade"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"],
    ...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB"])
    >>> warned_of_another(doc[1])
    True
    """
    speaker = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    said = {t.lower_ for t in speaker.subtree} if speaker is not None else set()
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        named = subject.pos_ == "PROPN" or subject.ent_type_ in _ACTOR_ENTS or any(
            c.ent_type_ in _ACTOR_ENTS for c in children_of(subject) if c.dep_ in ("amod", "compound", "poss"))
        if named and subject.lower_ not in said:
            return True
    return False


def threat_type(verb: Token, lemma: str) -> str:
    """The type of a cue verb the lexicon makes a threat: DISAPPROVE for a warning of another's act
    (:func:`warned_of_another`), AGREE for a vow (lexicon ``promising_verbs``) whose clause names acts of cooperation
    only, else THREATEN ("vowed to respond", "vowed revenge").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["She", "vowed", "to", "help", "children"], heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["PRON", "VERB", "PART", "VERB", "NOUN"],
    ...           lemmas=["she", "vow", "to", "help", "child"])
    >>> threat_type(doc[1], "vow")
    'AGREE'
    """
    lex = lexicon()
    if lemma in lex.words("warning_verbs") and warned_of_another(verb):
        return "DISAPPROVE"
    clauses = [c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp")]
    if lemma not in lex.words("promising_verbs") or not clauses:
        return "THREATEN"  # "vowed revenge": the object says (the verb patterns)
    book = load_codebook()
    words = [t for c in clauses for t in c.subtree]
    types = [lex.verb_cues.get(t.lemma_.lower()) if t.pos_ == "VERB" else noun_type(t) if t.pos_ == "NOUN" else None
             for t in words]
    # a vow to "respond", to make them "pay a heavy price", to take "all necessary measures" threatens (wire news):
    # only a vow of cooperation and of no conflict is a pledge
    kinds = {book[t].quad for t in types if t and t in book}
    return "AGREE" if kinds and all(k.endswith("coop") for k in kinds) else "THREATEN"
