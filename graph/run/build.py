"""The one-call API: documents + pipeline + registry -> statements and the RDF dataset."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from rdflib import Dataset
from spacy.language import Language

from stancegraph.errors import InputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.nlp.pipeline import make_nlp
from stancegraph.rdf.mint import to_quads, to_rdf
from stancegraph.rdf.ntriples import Quads
from stancegraph.run.distributed import extract_distributed
from stancegraph.run.extraction import extract_statements
from stancegraph.run.parallel import check_workers, extract_parallel

__all__ = ["extract_statements", "extract_documents", "build_graph", "BuildResult"]

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    """What a build produced: the documents read, their statements, and the graph (made when first asked for)."""

    documents: list[Document] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one-line reasons for documents left out
    _quads: Quads | None = field(default=None, init=False, repr=False, compare=False)
    _dataset: Dataset | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def quads(self) -> Quads:
        """The graph as canonical quads (:func:`stancegraph.rdf.mint.to_quads`): what ``build`` writes and stores."""
        if self._quads is None:
            self._quads = to_quads(self.documents, self.statements)
        return self._quads

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib Dataset (:func:`stancegraph.rdf.mint.to_rdf`), for views and SHACL.

        Made from the statements at first use: at a million triples rdflib needs tens of seconds and
        about 1 GiB, which a build that only writes files does not pay.
        """
        if self._dataset is None:
            self._dataset = to_rdf(self.documents, self.statements)
        return self._dataset


def extract_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    registry: ActorRegistry | None = None,
    *,
    on_error: Callable[[InputError], None] | None = None,
    prefilter: bool = False,
    workers: int = 1,
    scheduler: object = None,
    model: str | None = None,
) -> Iterator[tuple[Document, list[Statement]]]:
    """:func:`extract_statements` here (``nlp``, else ``model`` loaded), in ``workers`` processes
    (:mod:`stancegraph.run.parallel`) or on a Dask cluster (``scheduler``: an address or a ``distributed.Client``;
    :mod:`stancegraph.run.distributed`). Workers load ``model``. Same statements, same order, in every mode."""
    if scheduler is not None:
        return extract_distributed(documents, scheduler, model=model, registry=registry, prefilter=prefilter,
                                   on_error=on_error)
    if check_workers(workers) > 1:
        return extract_parallel(documents, workers=workers, model=model, registry=registry, prefilter=prefilter,
                                on_error=on_error)
    if nlp is None:
        registry = registry or ActorRegistry.load()
        nlp = make_nlp(model, registry)
    return extract_statements(documents, nlp, registry, on_error=on_error, prefilter=prefilter)


def build_graph(
    documents: Iterable[Document],
    nlp: Language | None = None,
    registry: ActorRegistry | None = None,
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Document], None] | None = None,
    prefilter: bool = False,
    workers: int = 1,
    scheduler: object = None,
    model: str | None = None,
) -> BuildResult:
    """Extract the statements of ``documents``; the result gives their RDF (one named graph per document)
    as ``quads`` or as an rdflib ``dataset``.

    ``prefilter``, ``workers``, ``scheduler`` and ``model``: see :func:`extract_documents`.
    """
    result = BuildResult()
    for document, found in extract_documents(documents, nlp, registry, on_error=on_error, prefilter=prefilter,
                                             workers=workers, scheduler=scheduler, model=model):
        result.documents.append(document)
        result.statements.extend(found)
        if progress is not None:
            progress(document)
    return result
