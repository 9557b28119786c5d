"""In-process extraction: parse documents' masked text with one spaCy pipeline and read their statements.

The one place that turns parsed documents into statements; :mod:`stancegraph.run.parallel` and
:mod:`stancegraph.run.distributed` run this same function in worker processes.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from spacy.language import Language

from stancegraph.errors import InputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.read.clean import masked_text
from stancegraph.nlp.components import document_statements
from stancegraph.nlp.prefilter import Prefilter, prefilter_for

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

    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            yield (blank(masked_text(d)) if blank else masked_text(d)), d

    # the statements component, if the pipeline has one, would read them again: they are read here, where one
    # document's failure is reported and skipped
    skip = [name for name in ("stancegraph_statements",) if name in nlp.pipe_names]
    for doc, document in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, disable=skip):
        try:
            found = document_statements(doc, document, registry)
        except Exception as exc:  # a parse the rules cannot handle must not end a batch
            err = InputError(f"{document.origin or document.id}: extraction failed ({type(exc).__name__}: {exc}); "
                             "the document was skipped — please report it")
            if on_error is None:
                raise err from exc
            on_error(err)
            continue
        yield document, found
