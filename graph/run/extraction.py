"""In-process extraction: parse documents' masked text with one spaCy pipeline and read their statements.

The one place that turns parsed documents into statements; :mod:`stancegraph.run.parallel` and
:mod:`stancegraph.run.distributed` run this same function in worker processes.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from spacy.language import Language

from stancegraph.errors import InputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.read.clean import masked_text
from stancegraph.rules.extract import stance_statements

if TYPE_CHECKING:
    from stancegraph.nlp.prefilter import Prefilter

__all__ = ["extract_statements", "BATCH_SIZE"]

# spaCy batch size: 16 is the fastest measured on 2-core machines (shared/reference/PERFORMANCE.md)
BATCH_SIZE = 16


def extract_statements(
    documents: Iterable[Document],
    nlp: Language,
    registry: ActorRegistry | None = None,
    *,
    on_error: Callable[[InputError], None] | None = None,
    batch_size: int = BATCH_SIZE,
    prefilter: bool | Prefilter = False,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Parse each document's masked text (boilerplate blanked, offsets unchanged) and yield its statements.

    ``prefilter``: blank, before parsing, the sentences a fast first pass finds no cue and actor in
    (:mod:`stancegraph.nlp.prefilter`); faster, with the documented difference in bench/README.md. True uses
    the default :class:`~stancegraph.nlp.prefilter.Prefilter` of ``nlp``; pass one to choose its settings.
    """
    registry = registry or ActorRegistry.load()
    blank = None
    if prefilter is True:
        from stancegraph.nlp.prefilter import prefilter_for

        blank = prefilter_for(nlp, registry).masked
    elif prefilter:
        blank = prefilter.masked

    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            yield (blank(masked_text(d)) if blank else masked_text(d)), d

    for doc, document in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        try:
            found = list(stance_statements(doc, document, registry))
        except Exception as exc:  # a parse the rules cannot handle must not end a batch
            err = InputError(f"{document.origin or document.id}: extraction failed ({type(exc).__name__}: {exc}); "
                             "the document was skipped — please report it")
            if on_error is None:
                raise err from exc
            on_error(err)
            continue
        yield document, _dedupe([_original_text(st, document.text) for st in found])


def _original_text(st: Statement, text: str) -> Statement:
    """The same statement with every span's text read from the original ``text``.

    The parser saw the masked text (boilerplate blanked, same offsets), so a span that crosses a masked
    stretch would otherwise carry blanks where the input has words, and ``oa:exact`` / the exported
    ``text`` would not be ``text[start:end]``.
    """

    def span(sp):
        if sp is None or text[sp.start:sp.end] == sp.text:
            return sp
        return dataclasses.replace(sp, text=text[sp.start:sp.end])

    def ref(r):
        return r if r.mention is None else dataclasses.replace(r, mention=span(r.mention))

    return dataclasses.replace(st, sentence=span(st.sentence), cue=span(st.cue), condition=span(st.condition),
                               issue=span(st.issue), speaker=ref(st.speaker), targets=tuple(ref(t) for t in st.targets))


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """Drop exact repeats (one cue read twice through two rules), keeping text order."""
    seen, out = set(), []
    for st in statements:
        key = (st.speaker.actor.id, tuple(t.actor.id for t in st.targets), st.type, st.cue.start, st.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out
