"""Issue nodes: the label of the issue a statement is about (its IRI: rdf.mint).

The label is the statement's issue concept (:func:`stancegraph.rules.issues.issue_concept`): a content noun
phrase, normalised. A statement whose issue phrase has no concept ("it", "which", "to comment", "his visit",
"our cities") gets no issue node; its phrase stays the mention's issue text. There is deliberately no second
way to an issue label from the raw phrase: it brought back, as issues, the pronouns, light nouns, places and
people the concept rules had refused ("communities of ukraine", "new members", "personal support").
"""
from __future__ import annotations

from stancegraph.model import Statement

__all__ = ["issue_label"]


def issue_label(st: Statement) -> str | None:
    """The issue concept of a statement, or None if it names no issue.

    >>> import dataclasses
    >>> from stancegraph.model import ActorRef, Actor, ActorKind, Span
    >>> st = Statement(document="d", sentence=Span(text="x", start=0, end=1), cue=Span(text="x", start=0, end=1),
    ...                speaker=ActorRef(actor=Actor(id="RUS", label="Russia", kind=ActorKind.STATE)), targets=(),
    ...                type="REJECT", issue=Span(text="each other", start=0, end=1))
    >>> issue_label(st) is None, issue_label(dataclasses.replace(st, issue_concept="sanctions"))
    (True, 'sanctions')
    """
    return st.issue_concept or None
