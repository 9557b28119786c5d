"""The one-call API: documents + pipeline + registry -> statements and the RDF dataset."""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from rdflib import Dataset
from spacy.language import Language

from stancegraph.clean import masked_text
from stancegraph.errors import InputError
from stancegraph.extract import stance_statements
from stancegraph.model import Document, Statement
from stancegraph.ntriples import Quads
from stancegraph.rdf import to_quads, to_rdf
from stancegraph.registry import ActorRegistry

__all__ = ["extract_statements", "extract_documents", "build_graph", "BuildResult"]

if TYPE_CHECKING:
    from stancegraph.prefilter import Prefilter

log = logging.getLogger(__name__)

# spaCy batch size: 16 is the fastest measured on 2-core machines (shared/reference/PERFORMANCE.md)
BATCH_SIZE = 16


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
        """The graph as canonical quads (:func:`stancegraph.rdf.to_quads`): what ``build`` writes and stores."""
        if self._quads is None:
            self._quads = to_quads(self.documents, self.statements)
        return self._quads

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib Dataset (:func:`stancegraph.rdf.to_rdf`), for views and SHACL.

        Made from the statements at first use: at a million triples rdflib needs tens of seconds and
        about 1 GiB, which a build that only writes files does not pay.
        """
        if self._dataset is None:
            self._dataset = to_rdf(self.documents, self.statements)
        return self._dataset


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
    (:mod:`stancegraph.prefilter`); faster, with the documented difference in bench/README.md. True uses
    the default :class:`~stancegraph.prefilter.Prefilter` of ``nlp``; pass one to choose its settings.
    """
    registry = registry or ActorRegistry.load()
    blank = None
    if prefilter is True:
        from stancegraph.prefilter import prefilter_for

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
    (:mod:`stancegraph.parallel`) or on a Dask cluster (``scheduler``: an address or a ``distributed.Client``;
    :mod:`stancegraph.distributed`). Workers load ``model``. Same statements, same order, in every mode."""
    if scheduler is not None:
        from stancegraph.distributed import extract_distributed

        return extract_distributed(documents, scheduler, model=model, registry=registry, prefilter=prefilter,
                                   on_error=on_error)
    from stancegraph.parallel import check_workers, extract_parallel

    if check_workers(workers) > 1:
        return extract_parallel(documents, workers=workers, model=model, registry=registry, prefilter=prefilter,
                                on_error=on_error)
    if nlp is None:
        from stancegraph.nlp import make_nlp

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
