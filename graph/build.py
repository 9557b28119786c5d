"""The one-call API: documents + pipeline + registry -> statements and the RDF dataset."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from rdflib import Dataset
from spacy.language import Language

from stancegraph.clean import masked_text
from stancegraph.errors import InputError
from stancegraph.extract import stance_statements
from stancegraph.model import Document, Statement
from stancegraph.rdf import to_rdf
from stancegraph.registry import ActorRegistry

__all__ = ["extract_statements", "build_graph", "BuildResult"]

log = logging.getLogger(__name__)

# spaCy batch size: 16 is the fastest measured on 2-core machines (shared/reference/PERFORMANCE.md)
BATCH_SIZE = 16


@dataclass
class BuildResult:
    """What a build produced: the documents read, their statements, and the graph."""

    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    dataset: Dataset | None = None
    skipped: list[str] = field(default_factory=list)  # one-line reasons for documents left out


def extract_statements(
    documents: Iterable[Document],
    nlp: Language,
    registry: ActorRegistry | None = None,
    *,
    on_error: Callable[[InputError], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Parse each document's masked text (boilerplate blanked, offsets unchanged) and yield its statements."""
    registry = registry or ActorRegistry.load()

    def texts() -> Iterator[tuple[str, Document]]:
        for d in documents:
            yield masked_text(d), d

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
        yield document, _dedupe(found)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """Drop exact repeats (one cue read twice through two rules), keeping text order."""
    seen, out = set(), []
    for st in statements:
        key = (st.speaker.actor.id, tuple(t.actor.id for t in st.targets), st.type, st.cue.start, st.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


def build_graph(
    documents: Iterable[Document],
    nlp: Language,
    registry: ActorRegistry | None = None,
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Document], None] | None = None,
) -> BuildResult:
    """Extract the statements of ``documents`` and build their RDF dataset (one named graph per document)."""
    result = BuildResult()
    for document, found in extract_statements(documents, nlp, registry, on_error=on_error):
        result.documents.append(document)
        result.statements.extend(found)
        if progress is not None:
            progress(document)
    result.dataset = to_rdf(result.documents, result.statements)
    return result
