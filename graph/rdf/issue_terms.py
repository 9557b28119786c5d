"""Issue nodes: which phrase of a statement names an issue, and its normalised label (its IRI: rdf.mint).

An issue concept (:func:`stancegraph.rules.issues.issue_concept`) wins; otherwise only a short content
phrase becomes an issue node, so pronouns, relatives and light nouns never reach the issue network.
"""
from __future__ import annotations

import re

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Statement

__all__ = ["normalise_issue", "issue_label"]


def normalise_issue(text: str) -> str:
    """Issue label: lower case, no quotes, no leading article or 'that'.

    >>> normalise_issue('the "security guarantees" in Europe')
    'security guarantees in europe'
    """
    t = re.sub(r"[\"“”‘’']", "", text).lower()
    t = re.sub(r"^(that|the|a|an|any|its|their|his|her)\s+", "", t.strip())
    return " ".join(t.split()).strip(" .,;:")


_NO_ISSUE_START = frozenset("it its this that these those which who whom what whose each one ones them they to "
                            "him her he she we us our you your i me my there here so anyone anything everyone "
                            "everything someone something nobody nothing all both other others another either "
                            "neither more most".split())


def issue_label(st: Statement) -> str | None:
    """The issue concept of a statement (:func:`stancegraph.rules.issues.issue_concept`), else its normalised
    phrase when that is a short content phrase: at most three words, none a light noun, not starting with a
    pronoun, relative or infinitive, and not the name of the speaker or a target ("it", "which", "each
    other", "to comment", "the need", "Ukraine" are no issue; they stay the mention's issue text only).

    >>> import dataclasses
    >>> from stancegraph.model import ActorRef, Actor, ActorKind, Span
    >>> st = Statement(document="d", sentence=Span(text="x", start=0, end=1), cue=Span(text="x", start=0, end=1),
    ...                speaker=ActorRef(actor=Actor(id="RUS", label="Russia", kind=ActorKind.STATE)), targets=(),
    ...                type="REJECT", issue=Span(text="each other", start=0, end=1))
    >>> issue_label(st) is None, issue_label(dataclasses.replace(st, issue=Span(text="the sanctions", start=0, end=1)))
    (True, 'sanctions')
    """
    if st.issue_concept:
        return st.issue_concept
    label = normalise_issue(st.issue.text) if st.issue is not None else ""
    words = label.split()
    if not words or len(words) > 3 or words[0] in _NO_ISSUE_START:
        return None
    lex = lexicon()
    groups = lex.construction_words
    light = groups.get("light_issue_nouns", frozenset())  # "the need", "the possibility"
    actors = groups.get("organ_heads", frozenset()) | lex.title_nouns | lex.domestic_groups | lex.group_nouns
    names = {r.actor.label.lower() for r in (st.speaker, *st.targets)} | {
        r.mention.text.lower() for r in (st.speaker, *st.targets) if r.mention is not None}
    head = words[-1]  # "many people", "the ministry": who acts, no issue
    if label in names or head in actors or head.rstrip("s") in actors or any(w in light for w in words):
        return None
    return label
