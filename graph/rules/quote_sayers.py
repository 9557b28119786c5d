"""Whom "he" or "she" after a quotation can be (pure, over the parse): in '"I am thankful to you, Charles Michel
...," he said' the one who says the quotation is not a person it names (an addressee, a person spoken about), so
the pronoun's antecedent comes from before the quotation. Read by :mod:`stancegraph.rules.coreference`; whom the
quotation's "our" and "we" then name follows from its speaker (:mod:`stancegraph.rules.quotations`).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.rules.actors import ActorMention

from stancegraph.kb.lexicon import active as lexicon

__all__ = ["said_quotation", "not_in_said"]


def said_quotation(tok: Token, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation (a ``(start, end)`` of ``quoted``) that the pronoun ``tok`` is the sayer of: ``tok`` is the
    subject of a verb of saying right after its closing mark ('"...," he said', '"...," said he'); else None.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=['"', "Thank", "you", ",", "Michel", ",", '"', "he", "said", "."],
    ...           heads=[1, 8, 1, 1, 1, 8, 8, 8, 8, 8], deps=["punct", "ccomp", "dobj", "punct", "npadvmod", "punct", "punct",
    ...           "nsubj", "ROOT", "punct"], lemmas=['"', "thank", "you", ",", "Michel", ",", '"', "he", "say", "."])
    >>> said_quotation(doc[7], [(1, 6)]), said_quotation(doc[2], [(1, 6)])
    ((1, 6), None)
    """
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    first = min(tok.i, verb.i)
    for start, end in quoted:
        if end <= first and all(t.is_punct or t.is_space for t in tok.doc[end:first]):
            return start, end
    return None


def not_in_said(candidates: list[ActorMention], tok: Token, quoted: list[tuple[int, int]]) -> list[ActorMention]:
    """The ``candidates`` for the antecedent of ``tok`` without those inside the quotation ``tok`` says
    (:func:`said_quotation`); all of them for any other pronoun."""
    said = said_quotation(tok, quoted)
    return candidates if said is None else [m for m in candidates if not said[0] <= m.start < said[1]]
