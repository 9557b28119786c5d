"""The publisher's own voice (pure, over the parse): "we", "us" and "our" in a presidency's narration, outside
every quotation and transcript turn, are the publisher's state ("Volodymyr Zelenskyy thanked ... for the assistance
provided to Ukraine since the first days of Russia's war against our state": Ukraine), never a guest or listener
named nearby. Inside a quotation or turn they are its speaker's (:mod:`stancegraph.rules.quotations`). Which
publishers speak for which state is :func:`stancegraph.rules.publisher.publisher_state`; a document of any other
publisher gets no such mention.
"""
from __future__ import annotations

from spacy.tokens import Doc

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.rules.actors import ActorMention, is_locative
from stancegraph.rules.doc_index import doc_index, select_any
from stancegraph.rules.publisher import publisher_state
from stancegraph.rules.quotations import voiced_ranges

__all__ = ["publisher_voice"]

_PLURAL = frozenset({"we", "us", "our", "ours"})


def publisher_voice(doc: Doc, mentions: list[ActorMention], document: Document | None,
                    registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` and a mention of the publisher's state for each "we", "us", "our" of the narration.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.model import Actor, ActorKind
    >>> reg = ActorRegistry.from_records([Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR")],
    ...                                  [("Ukraine", "UKR", "name")], [])
    >>> doc = Doc(spacy.blank("en").vocab, words=["war", "against", "our", "state", '"', "our", "land", '"'],
    ...           pos=["NOUN", "ADP", "PRON", "NOUN", "PUNCT", "PRON", "NOUN", "PUNCT"])
    >>> document = Document(id="d", text=doc.text, source="president.gov.ua/en")
    >>> [(m.start, m.actors[0].id) for m in publisher_voice(doc, [], document, reg)]
    [(2, 'UKR')]
    >>> publisher_voice(doc, [], Document(id="d", text=doc.text, source="Reuters"), reg)
    []
    """
    state = publisher_state(document, registry) if document is not None else None
    if state is None:
        return mentions
    voiced = voiced_ranges(doc)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out, pos = list(mentions), doc_index(doc).pos  # (select_any gives only words of _PLURAL: their part of speech is read from the column)
    for tok in select_any(doc, lower=_PLURAL):
        if tok.i in taken or pos[tok.i] != "PRON":
            continue
        if any(s <= tok.i < e for s, e in voiced):
            continue  # the words of someone quoted: their own "we" (rules.quotations)
        out.append(ActorMention(tok.i, tok.i + 1, tok.i, (state,), "pronoun", is_locative(tok)))
    return sorted(out, key=lambda m: (m.start, m.end))
