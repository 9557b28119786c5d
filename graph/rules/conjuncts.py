"""Coordinated verbs whose voice differs from the verb they join: "the minister was indicted and will resign" (pure).

A passive verb's subject is its patient, so by default a conjunct does not inherit it ("was arrested and
charged" is passive too). An active conjunct is a verb form no participle can be: one with its own
auxiliary of tense or modality ("will resign", "has left"), or a present-tense form ("and resigns").
"""
from __future__ import annotations

from spacy.tokens import Token
from stancegraph.rules.doc_index import children_of

__all__ = ["active_conjunct"]

_ACTIVE_AUX = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have",
                         "had", "did", "does", "do", "'ll", "'d"})


def active_conjunct(verb: Token) -> bool:
    """True when the conjunct ``verb`` is active whatever the verb it joins: "... and will resign".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["He", "was", "indicted", "and", "will", "resign"],
    ...           heads=[2, 2, 2, 2, 5, 2], deps=["nsubjpass", "auxpass", "ROOT", "cc", "aux", "conj"],
    ...           pos=["PRON", "AUX", "VERB", "CCONJ", "AUX", "VERB"], tags=["PRP", "VBD", "VBN", "CC", "MD", "VB"])
    >>> active_conjunct(doc[5])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["He", "was", "arrested", "and", "charged"],
    ...           heads=[2, 2, 2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj"],
    ...           pos=["PRON", "AUX", "VERB", "CCONJ", "VERB"], tags=["PRP", "VBD", "VBN", "CC", "VBN"])
    >>> active_conjunct(doc[4])
    False
    """
    if any(c.dep_ in ("auxpass", "nsubjpass", "nsubj") for c in children_of(verb)):
        return False  # a passive of its own, or a subject of its own (read elsewhere)
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.lower_ in _ACTIVE_AUX for c in children_of(verb))
