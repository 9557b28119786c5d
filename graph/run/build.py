"""Documents + pipeline + registry -> statements and the RDF dataset (build_graph); the build's files (write_build)."""
from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import networkx as nx
from rdflib import Dataset
from spacy.language import Language

from stancegraph.analysis.plot import draw_actor_graph, save_figure
from stancegraph.analysis.views import actor_graph
from stancegraph.atomic import atomic_write
from stancegraph.errors import InputError, OutputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.nlp.pipeline import make_nlp
from stancegraph.progress import steps
from stancegraph.rdf.io import serialize
from stancegraph.rdf.mint import to_quads, to_rdf
from stancegraph.rdf.ntriples import Quads
from stancegraph.run.distributed import extract_distributed
from stancegraph.run.extraction import extract_statements
from stancegraph.run.outputs import write_statements
from stancegraph.run.parallel import check_workers, extract_parallel

__all__ = ["extract_statements", "extract_documents", "build_graph", "BuildResult", "write_build", "prepare_folder",
           "OUTPUT_FILES"]

#: The files :func:`write_build` writes into its folder.
OUTPUT_FILES = ("graph.ttl", "graph.trig", "statements.jsonl", "diagram.png")

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

    def actor_graph(self, **options) -> nx.DiGraph:
        """The directed actor graph (speaker -> target) of the statements: a networkx ``DiGraph``.

        ``options`` are those of :func:`stancegraph.analysis.views.actor_graph` (``types``, ``start``, ``end``,
        ``roll_up``, ...).
        """
        return actor_graph(self.dataset, **options)

    def write(self, folder: str | os.PathLike[str], *, diagram: bool = True) -> list[Path]:
        """Write the build's files into ``folder`` (see :func:`write_build`)."""
        return write_build(self, folder, diagram=diagram)


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
    (:func:`stancegraph.build_graph` also takes texts and paths.)

    >>> result = build_graph([Document(id="d1", text="Russia accused NATO of provoking the crisis.")])
    >>> [(s.document, s.speaker.actor.id, s.type) for s in result.statements]
    [('d1', 'RUS', 'DISAPPROVE')]
    >>> import tempfile; [p.name for p in write_build(result, tempfile.mkdtemp(), diagram=False)]
    ['graph.ttl', 'graph.trig', 'statements.jsonl']
    """
    result = BuildResult()
    for document, found in extract_documents(documents, nlp, registry, on_error=on_error, prefilter=prefilter,
                                             workers=workers, scheduler=scheduler, model=model):
        result.documents.append(document)
        result.statements.extend(found)
        if progress is not None:
            progress(document)
    return result


def prepare_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` if needed and check that it is writable; OutputError naming it otherwise."""
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out}: {exc.strerror}; choose another folder",
                          option="out_dir") from None
    if not os.access(out, os.W_OK):
        raise OutputError(f"output folder {out} is not writable; choose another folder or fix its permissions",
                          option="out_dir")
    return out


def write_build(result: BuildResult, folder: str | os.PathLike[str], *, diagram: bool = True,
                title: str | None = None) -> list[Path]:
    """Write graph.ttl, graph.trig, statements.jsonl and (``diagram``) diagram.png of ``result`` into
    ``folder`` (created if missing) and return their paths.

    Everything is serialised, and the diagram (the likeliest to fail) drawn, before a file is replaced, and each
    file is replaced atomically: a failed or interrupted build leaves the previous outputs as they were.
    """
    import matplotlib.pyplot as plt  # matplotlib (slow to import) only when a diagram is drawn

    out = prepare_folder(folder)
    with steps(["statements.jsonl", "graph.ttl", "graph.trig", *(["diagram.png"] if diagram else []), "files"],
               desc="writing") as step:
        step("statements.jsonl")
        lines = io.StringIO()
        write_statements(result.statements, lines)
        outputs = {"statements.jsonl": lines.getvalue().encode("utf-8")}
        step("graph.ttl")
        outputs["graph.ttl"] = serialize(result.quads, "TURTLE")
        step("graph.trig")
        outputs["graph.trig"] = serialize(result.quads, "TRIG")
        written = []
        if diagram:
            step("diagram.png")
            ax = draw_actor_graph(result.actor_graph(), title=title)
            written.append(save_figure(ax, out / "diagram.png"))
            plt.close(ax.figure)
        step("files")
        for name in ("graph.ttl", "graph.trig", "statements.jsonl"):
            atomic_write(out / name, outputs[name])
            written.append(out / name)
    return written
