"""Whom an act is done with: a "with" phrase that names the partner of a meeting or a talk.

"Zelenskyy, Nausėda and Duda will meet with media representatives": the three meet the media, not each
other. Co-subjects of a symmetric act are each other's partners only when no partner is written; a partner
written as a plain noun (journalists, students, workers) is no actor, and the act has no target rather than
a target invented among its subjects. A "with" phrase of manner ("with the participation of", "with a
view to") names no partner; its nouns are the ``manner_with_nouns`` of ontology/lexicon/constructions.toml.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["partner_written"]

_RECIPROCAL = ("other", "another")  # "with each other", "with one another" name the subjects themselves


def partner_written(verb: Token, noun: Token | None = None) -> bool:
    """A "with" phrase of ``verb`` (or of the event ``noun`` of a light verb) names a partner: a noun or
    pronoun that is neither "each other" nor a noun of manner.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Putin", "and", "Xi", "met", "with", "journalists", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 0, 0, 3, 3, 4, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "punct"],
    ...           pos=["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "NOUN", "PUNCT"],
    ...           lemmas=["Putin", "and", "Xi", "meet", "with", "journalist", "."])
    >>> partner_written(doc[3])
    True
    >>> other = Doc(doc.vocab, words=["They", "met", "with", "each", "other"], heads=[1, 1, 1, 4, 2],
    ...             deps=["nsubj", "ROOT", "prep", "det", "pobj"], pos=["PRON", "VERB", "ADP", "DET", "ADJ"])
    >>> partner_written(other[1])
    False
    """
    manner = lexicon().words("manner_with_nouns")
    for head in (verb, noun):
        if head is None:
            continue
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for p in children_of(prep):
                if (p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "PRON") and p.lower_ not in _RECIPROCAL
                        and p.lemma_.lower() not in manner and p.lower_ not in manner):
                    return True
    return False
