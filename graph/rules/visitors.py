"""Visitors (pure): those who visit a place, or make a visit, go there together; they are no partners of each
other ("the leaders of Poland, Latvia, Lithuania and Estonia visited Bucha, Borodyanka and Dmytrivka"; "the visit of
Justin Trudeau and his wife Sophie to our country")."""
from __future__ import annotations

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.places import countries_of_place
from stancegraph.rules.cues import Cue
from stancegraph.rules.doc_index import children_of

__all__ = ["visits_a_place"]


def visits_a_place(cue: Cue) -> bool:
    """A verb of visiting whose object is a place, or a visit noun: its several doers are visitors together, not
    partners of each other.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "visit", "of", "A", "and", "B"], heads=[1, 1, 1, 2, 3, 3],
    ...           deps=["det", "ROOT", "prep", "pobj", "cc", "conj"], lemmas=["the", "visit", "of", "A", "and", "B"])
    >>> visits_a_place(Cue(doc[1], (doc[1],), "CONSULT", "noun"))
    True
    """
    if cue.kind == "noun" and cue.head.lemma_.lower() in lexicon().words("visit_nouns"):
        return True
    return cue.kind == "verb" and cue.type == "CONSULT" and any(
        c.dep_ == "dobj" and (countries_of_place(c.text) or c.ent_type_ in ("GPE", "LOC", "FAC")) for c in children_of(cue.head))
