"""Decisions taken alone (pure, over the parse): "The Cabinet of Ministers of Ukraine has agreed on a package of
decisions to support our economy" settles a plan with no other side, so the discourse lends it no partner.

An agreement whose object (its own or that of its "on") is a plan or a decision (lexicon ``plan_nouns``,
``decision_nouns``) and that names no partner ("with", "between") is one side's decision; "the two leaders agreed
on a roadmap" keeps its two sides, who are its speakers.
"""
from __future__ import annotations

from spacy.tokens import Doc

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Span
from stancegraph.rules.doc_index import children_of

__all__ = ["decided_alone"]


def decided_alone(doc: Doc, cue: Span) -> bool:
    """The cue at ``cue`` settles a plan or decision and its phrase names no partner.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "agreed", "on", "a", "package"], heads=[1, 1, 1, 4, 2],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj"], lemmas=["Kyiv", "agree", "on", "a", "package"])
    >>> decided_alone(doc, Span(text="agreed on", start=5, end=14))
    True
    """
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in children_of(head)):
        return False
    objects = [c for c in children_of(head) if c.dep_ == "dobj"] + [
        p for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "on" for p in children_of(c) if p.dep_ == "pobj"]
    words = lexicon().words("plan_nouns") | lexicon().words("decision_nouns")
    return any(o.lemma_.lower() in words for o in objects)
