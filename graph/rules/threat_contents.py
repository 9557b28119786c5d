"""Threat contents (pure): the partner of a cooperative act that a threat holds out is not whom it threatens.

"Kiev tried to use dialogue with Russia as a bargaining chip ..., using the threat of closer ties with Russia for
blackmailing the West": the ties with Russia are what Kiev threatens (the West) with, so Russia, their partner, is no
target of the threat. Not so when the threat is to end the relation ("threatened to break relations with Russia":
Russia is threatened) or its content is hostile ("the threat of sanctions against Russia").
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.event_nouns import noun_type

__all__ = ["threatened_partner"]


def _cooperative(type_: str | None) -> bool:
    """A mutual act of cooperation (COOPERATE, CONSULT, AGREE: symmetric and cooperative in the code book)."""
    found = load_codebook().get(type_) if type_ else None
    return found is not None and found.symmetric and found.quad.endswith("-coop")


def threatened_partner(cue_type: str, tok: Token, top: Token) -> bool:
    """In a threat (``cue_type`` THREATEN), ``tok`` is reached from ``top`` through the "with" partner of a
    cooperative noun that no verb of ending governs: "the threat of closer ties | with Russia".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["of", "closer", "ties", "with", "Russia"], heads=[0, 2, 0, 2, 3],
    ...           deps=["ROOT", "amod", "pobj", "prep", "pobj"], pos=["ADP", "ADJ", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["of", "close", "tie", "with", "Russia"])
    >>> threatened_partner("THREATEN", doc[4], doc[0]), threatened_partner("SUPPORT", doc[4], doc[0])
    (True, False)
    """
    if cue_type != "THREATEN":
        return False
    node = tok
    while node.i != top.i and node.head.i != node.i:
        parent = node.head
        if node.dep_ == "prep" and node.lower_ == "with" and parent.pos_ == "NOUN" and _cooperative(noun_type(parent)) and not (
                parent.dep_ == "dobj" and parent.head.lemma_.lower() in lexicon().ending_verbs):
            return True  # (not "to break relations with Russia": an end of ties threatens the partner)
        node = parent
    return False
