"""Acts named by a noun that a negated verb denies (pure, over the parse): "made no commitments", "did not sign
an agreement", "does not show willingness for a real conversation"."""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["denied_object"]

_OBJECTS = ("dobj", "nsubjpass", "attr")


def denied_object(noun: Token, verb: Token) -> bool:
    """Whether the act ``noun`` names is the object of the negated ``verb`` or completes that object: the
    conversation in "the Russian side does not show willingness for a real conversation" is denied with the
    willingness (negation of ``verb`` itself is checked by the caller).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["they", "do", "not", "show", "willingness", "for", "talks", "in", "Minsk"],
    ...           heads=[3, 3, 3, 3, 3, 4, 5, 3, 7], deps=["nsubj", "aux", "neg", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"])
    >>> denied_object(doc[6], doc[3]), denied_object(doc[4], doc[3]), denied_object(doc[8], doc[3])
    (True, True, False)
    """
    if noun.dep_ in _OBJECTS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ in _OBJECTS and prep.head.head.i == verb.i
