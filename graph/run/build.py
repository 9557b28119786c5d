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
from stancegraph.run.staging import replaced_together

__all__ = ["extract_statements", "extract_documents", "build_graph", "BuildResult", "write_build", "prepare_folder",
           "OUTPUT_FILES"]

#: The files :func:`write_build` writes into its folder.
OUTPUT_FILES = ("graph.ttl", "graph.trig", "statements.jsonl", "diagram.png", "explorer.html")

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

    def write(self, folder: str | os.PathLike[str], *, diagram: bool = True, explorer: bool | None = None) -> list[Path]:
        """Write the build's files into ``folder`` (see :func:`write_build`)."""
        return write_build(self, folder, diagram=diagram, explorer=explorer)


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
    min_confidence: float = 0.0,
) -> Iterator[tuple[Document, list[Statement]]]:
    """:func:`extract_statements` here (``nlp``, else ``model`` loaded), in ``workers`` processes
    (:mod:`stancegraph.run.parallel`) or on a Dask cluster (``scheduler``: an address or a ``distributed.Client``;
    :mod:`stancegraph.run.distributed`). Workers load ``model``. Same statements, same order, in every mode.
    Statements whose ``confidence`` is below ``min_confidence`` are left out (:mod:`stancegraph.rules.confidence`)."""
    found = _extract_documents(documents, nlp, registry, on_error=on_error, prefilter=prefilter, workers=workers,
                               scheduler=scheduler, model=model)
    if not min_confidence:
        return found
    return ((d, [st for st in sts if st.confidence >= min_confidence]) for d, sts in found)


def _extract_documents(documents: Iterable[Document], nlp: Language | None, registry: ActorRegistry | None, *,
                       on_error: Callable[[InputError], None] | None, prefilter: bool, workers: int,
                       scheduler: object, model: str | None) -> Iterator[tuple[Document, list[Statement]]]:
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
    min_confidence: float = 0.0,
) -> BuildResult:
    """Extract the statements of ``documents``; the result gives their RDF (one named graph per document)
    as ``quads`` or as an rdflib ``dataset``.

    ``prefilter``, ``workers``, ``scheduler``, ``model`` and ``min_confidence``: see :func:`extract_documents`.
    (:func:`stancegraph.build_graph` also takes texts and paths.)

    >>> result = build_graph([Document(id="d1", text="Russia accused NATO of provoking the crisis.")])
    >>> [(s.document, s.speaker.actor.id, s.type) for s in result.statements]
    [('d1', 'RUS', 'DISAPPROVE')]
    >>> import tempfile; [p.name for p in write_build(result, tempfile.mkdtemp(), diagram=False)]
    ['graph.ttl', 'graph.trig', 'statements.jsonl']
    """
    result = BuildResult()
    for document, found in extract_documents(documents, nlp, registry, on_error=on_error, prefilter=prefilter,
                                             workers=workers, scheduler=scheduler, model=model,
                                             min_confidence=min_confidence):
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


@replaced_together(prepare_folder, OUTPUT_FILES)
def write_build(result: BuildResult, folder: str | os.PathLike[str], *, diagram: bool = True,
                title: str | None = None, explorer: bool | None = None) -> list[Path]:
    """Write graph.ttl, graph.trig, statements.jsonl, (``diagram``) diagram.png and (``explorer``, by default
    as ``diagram``) explorer.html of ``result`` into ``folder`` (created if missing) and return their paths.

    The files are written into a staging folder and replace the previous outputs together
    (:mod:`stancegraph.run.staging`): a failed or interrupted build leaves the previous outputs as they were,
    and an output this build does not write (diagram.png with ``diagram=False``) is removed.
    """
    import matplotlib.pyplot as plt  # matplotlib (slow to import) only when a diagram is drawn

    out = prepare_folder(folder)
    show_explorer = diagram if explorer is None else explorer
    with steps(["statements.jsonl", "graph.ttl", "graph.trig", *(["diagram.png"] if diagram else []),
                *(["explorer.html"] if show_explorer else []), "files"], desc="writing") as step:
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
        if show_explorer:
            step("explorer.html")
            from stancegraph.explore.page import explorer_html  # the page's assets are read only when it is written

            outputs["explorer.html"] = explorer_html(result.dataset, title=title or "stancegraph explorer").encode("utf-8")
        step("files")
        for name in sorted(outputs, key=OUTPUT_FILES.index):
            atomic_write(out / name, outputs[name])
            written.append(out / name)
    return written
