"""The front door: build a graph from texts, files or documents in one call, then query and draw it.

>>> import stancegraph
>>> result = stancegraph.build_graph("Russia accused NATO of provoking the crisis.")
>>> [(s.speaker.actor.label, s.type, [t.actor.label for t in s.targets]) for s in result.statements]
[('Russia', 'DISAPPROVE', ['NATO'])]

What ``inputs`` may be (one of them, or a list mixing them):

- a :class:`~stancegraph.model.Document`;
- a :class:`pathlib.Path` (or any ``os.PathLike``): a ``.txt``, ``.jsonl``, ``.jsonl.gz`` file or a folder
  of them (:func:`read_documents`);
- a ``str``: the path of a file or folder **if one exists** under that name; else the text of a document
  (:func:`stancegraph.read.ingest.read_text`), unless it looks like a path (one word, with a ``/`` or ending
  in ``.txt``, ``.jsonl``, ``.gz``), which raises InputError ("no such file") instead of building a graph of
  the words "data/articles.txt". Pass ``Path(...)`` to mean a path for sure, or a ``Document`` to mean text.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Union

from spacy.language import Language

from stancegraph.analysis.plot import draw_view, save_figure
from stancegraph.errors import InputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.nlp.pipeline import make_nlp
from stancegraph.rdf.query import run_query
from stancegraph.read.ingest import load_documents, read_text
from stancegraph.run.build import BuildResult, build_graph as build_from_documents

__all__ = ["build_graph", "load", "read_documents", "query", "draw", "documents_of", "Input"]

#: One input of :func:`build_graph`: a text or a path (str), a path, or a Document.
Input = Union[str, os.PathLike, Document]

# a str that is one word with a path separator or an input suffix is meant as a path
_PATH_LIKE = re.compile(r"^\S*(/|\\)\S*$|^\S+\.(txt|jsonl|ndjson|gz)$", re.IGNORECASE)


def read_documents(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], *,
                   date: dt.date | str | None = None, on_error: Callable[[InputError], None] | None = None
                   ) -> Iterator[Document]:
    """The documents of files and folders (.txt, .jsonl, .jsonl.gz): :func:`stancegraph.read.ingest.load_documents`.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "talks.txt").write_text("Putin called Biden.")
    >>> [d.id for d in read_documents(folder)]
    ['talks']
    """
    return load_documents(paths, date=date, on_error=on_error)


def documents_of(inputs: Input | Iterable[Input], *, date: dt.date | str | None = None,
                 on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """The documents of ``inputs`` (texts, paths and Documents, see the module docstring), in order.

    A path that does not exist raises InputError at once, before anything is read.

    >>> [d.id for d in documents_of(["Putin called Biden.", Document(id="d1", text="Biden called Putin.")])]
    ['text-...', 'd1']
    """
    items = [inputs] if isinstance(inputs, (str, os.PathLike, Document)) else list(inputs)
    sources: list[Document | Path] = []
    for item in items:
        if isinstance(item, Document):
            sources.append(item)
        elif isinstance(item, os.PathLike) or (isinstance(item, str) and os.path.exists(item)):
            sources.append(Path(item))
        elif isinstance(item, str) and _PATH_LIKE.match(item.strip()):
            raise InputError(f"no such file or folder: {item}; check the path, or pass the text as "
                             "stancegraph.read.ingest.read_text(text) if it is a document's text", option="inputs")
        elif isinstance(item, str):
            sources.append(read_text(item, date=date))
        else:
            raise InputError(f"inputs: {type(item).__name__} is neither a text, a path nor a Document; "
                             "pass str, pathlib.Path or stancegraph.Document items", option="inputs")
    paths = [s for s in sources if isinstance(s, Path)]
    if paths:
        load_documents(paths, date=date)  # checks that every path exists, at once (reads nothing yet)
    return _documents(sources, date, on_error)


def _documents(sources: list[Document | Path], date, on_error) -> Iterator[Document]:
    for source in sources:
        if isinstance(source, Document):
            yield source
        else:
            yield from load_documents(source, date=date, on_error=on_error)


def load(model: str | None = None, *, registry: ActorRegistry | None = None) -> Language:
    """The spaCy pipeline with stancegraph's components: ``model`` (a package name or path; default: the best
    installed English pipeline), the registry's names, and ``stancegraph_statements``, which puts each doc's
    statements on ``doc._.statements``. A new pipeline at every call.

    >>> nlp = load()
    >>> [s.type for s in nlp("Russia accused NATO of provoking the crisis.")._.statements]
    ['DISAPPROVE']
    """
    return make_nlp(model, registry, statements=True)


def build_graph(
    inputs: Input | Iterable[Input],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    registry: ActorRegistry | None = None,
    date: dt.date | str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[Document], None] | None = None,
    prefilter: bool = False,
    workers: int = 1,
    scheduler: Any = None,
) -> BuildResult:
    """Read ``inputs`` (texts, paths and Documents, see the module docstring), extract their statements and
    return a :class:`~stancegraph.run.build.BuildResult`: ``.statements``, ``.dataset`` (rdflib),
    ``.actor_graph()`` (networkx) and ``.write(folder)`` (the files of ``stancegraph build``).

    ``date``: publication date of inputs that carry none. ``on_error``: called with each unreadable document's
    InputError, which is skipped (default: a warning). ``model``/``nlp``, ``prefilter``, ``workers`` and
    ``scheduler``: see :func:`stancegraph.run.build.extract_documents`.

    >>> result = build_graph(["Russia accused NATO of provoking the crisis.", "China praised Russia."])
    >>> len(result.documents), sorted(s.type for s in result.statements)
    (2, ['DISAPPROVE', 'SUPPORT'])
    >>> G = result.actor_graph()
    >>> sorted((G.nodes[a]["label"], G.nodes[b]["label"]) for a, b in G.edges())
    [('China', 'Russia'), ('Russia', 'NATO')]
    """
    documents = documents_of(inputs, date=date, on_error=on_error)
    return build_from_documents(documents, nlp, registry, on_error=on_error, progress=progress, prefilter=prefilter,
                                workers=workers, scheduler=scheduler, model=model)


def query(graph: BuildResult | Any, name_or_sparql: str | os.PathLike[str], **params: Any) -> tuple[list[str], list[tuple]]:
    """Run a packaged query by name, a ``.rq`` file or SPARQL text on a built graph (a BuildResult, an rdflib
    graph or an RDF file) and return ``(variables, rows)``: :func:`stancegraph.rdf.query.run_query` (its
    ``max_rows``, default 100,000, and ``timeout``, default 60 s, apply; ``max_rows=None`` lifts the limit).

    >>> result = build_graph("Russia accused NATO of provoking the crisis.")
    >>> names, rows = query(result, "SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }", as_text=True)
    >>> rows
    [('1',)]
    """
    return run_query(graph.dataset if isinstance(graph, BuildResult) else graph, name_or_sparql, **params)


def draw(graph: BuildResult | Any, view: str = "actors", *, path: str | os.PathLike[str] | None = None,
         **options: Any):
    """Draw ``view`` of a built graph (a BuildResult, an rdflib graph) and return the matplotlib figure; save it
    to ``path`` (.png, .svg, .pdf) if given. Views and ``options``: :func:`stancegraph.analysis.plot.draw_view`.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> fig = draw(build_graph("Russia accused NATO of provoking the crisis."), "actors")
    >>> type(fig).__name__
    'Figure'
    """
    fig = draw_view(graph.dataset if isinstance(graph, BuildResult) else graph, view, **options)
    if path is not None:
        save_figure(fig, path)
    return fig
