"""In-process extraction: parse documents' masked text with one spaCy pipeline and read their statements.

The one place that turns parsed documents into statements; :mod:`stancegraph.run.parallel` and
:mod:`stancegraph.run.distributed` run this same function in worker processes.
"""
from __future__ import annotations

import dataclasses
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from stancegraph.errors import InputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.read.clean import masked_text
from stancegraph.nlp.components import dedupe, document_statements
from stancegraph.nlp.pieces import PIECE_CHARS, Piece, pieces, to_original
from stancegraph.nlp.prefilter import Prefilter, prefilter_for

__all__ = ["extract_statements", "piece_statements", "BATCH_SIZE"]

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

    A document longer than :data:`~stancegraph.nlp.pieces.PIECE_CHARS` (or ``nlp.max_length``) is parsed in
    pieces cut at paragraph breaks, each normalised for matching (:mod:`stancegraph.nlp.pieces`); every offset
    stays an offset into the document's original text.

    ``prefilter``: blank, before parsing, the sentences a fast first pass finds no cue and actor in
    (:mod:`stancegraph.nlp.prefilter`); faster, with the documented difference in bench/README.md. True uses
    the default :class:`~stancegraph.nlp.prefilter.Prefilter` of ``nlp``; pass one to choose its settings.

    >>> from stancegraph.nlp.pipeline import make_nlp
    >>> found = extract_statements([Document(id="d1", text="China praised Russia.")], make_nlp())
    >>> [(document.id, [s.type for s in statements]) for document, statements in found]
    [('d1', ['SUPPORT'])]
    """
    registry = registry or ActorRegistry.load()
    blank = None
    if prefilter is True:
        blank = prefilter_for(nlp, registry).masked
    elif prefilter:
        blank = prefilter.masked
    size = max(2, min(PIECE_CHARS, nlp.max_length))

    def texts() -> Iterator[tuple[str, tuple[Document, Piece, bool]]]:
        for d in documents:  # a long document in pieces (stancegraph.nlp.pieces); most are one piece
            parts = pieces(masked_text(d), size=size)
            piece = next(parts)
            for following in parts:
                yield (blank(piece.text) if blank else piece.text), (d, piece, False)
                piece = following
            yield (blank(piece.text) if blank else piece.text), (d, piece, True)

    # the statements component, if the pipeline has one, would read them again: they are read here, where one
    # document's failure is reported and skipped
    skip = [name for name in ("stancegraph_statements",) if name in nlp.pipe_names]
    found: list[Statement] = []
    failed: Exception | None = None
    for doc, (document, piece, last) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, disable=skip):
        if failed is None:
            try:
                found += piece_statements(doc, document, piece, registry)
            except Exception as exc:  # a parse the rules cannot handle must not end a batch
                failed = exc
        if not last:
            continue
        if failed is None:
            yield document, dedupe(found)
        else:
            err = InputError(f"{document.origin or document.id}: extraction failed ({type(failed).__name__}: "
                             f"{failed}); the document was skipped — please report it")
            if on_error is None:
                raise err from failed
            on_error(err)
        found, failed = [], None


def piece_statements(doc: Doc, document: Document, piece: Piece, registry: ActorRegistry) -> list[Statement]:
    """The statements of ``doc``, the parse of one ``piece`` of ``document``, with offsets into its text."""
    if piece.start == 0 and piece.end == len(document.text) and piece.norm.starts is None:
        return document_statements(doc, document, registry)  # the whole text, unchanged offsets
    part = dataclasses.replace(document, text=piece.text, masked=())
    return [to_original(st, piece, document.text) for st in document_statements(doc, part, registry)]
