"""Denied subjects (pure): a clause whose subject is determined by "no" says that no such one acts.

"And no Russian strikes ... will give Russia any result": the strikes are Russia's, but the clause says none of
them will do it, so Russia does nothing here. An act whose speaker is read from such a subject is no act (a
negation would turn an AGREE into a REJECT that nobody made).
"""
from __future__ import annotations

from spacy.tokens import Token
from stancegraph.rules.doc_index import children_of

__all__ = ["denied_subject"]


def denied_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` determined by "no" ("no Russian strikes will give", "no country has recognised"),
    else None.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["no", "strikes", "will", "help"], heads=[1, 3, 3, 3], deps=["det", "nsubj", "aux", "ROOT"])
    >>> denied_subject(doc[3]).text, denied_subject(doc[1])
    ('strikes', None)
    """
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(c)):
            return c
    return None
