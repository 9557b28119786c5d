"""Streaming build: statements and RDF go to disk shards as documents finish, then merge into the outputs.

Memory stays flat as the corpus grows: no Doc, no Document list and no whole-corpus rdflib Dataset is
kept. As each document finishes, its statements are written to ``statements.jsonl`` (a temporary file,
renamed at the end), the document to an on-disk store, and each statement to one of ``buckets`` shard
files chosen by its statement IRI — so every report of one statement lands in the same shard, where
``sg:mentionCount`` and the first report can be computed as a whole-corpus build computes them. Then
each shard (and each slice of the documents) becomes a small rdflib Dataset, is sorted the way
:func:`stancegraph.export.serialize` sorts, and is written as a sorted run; the runs are merged
(``heapq.merge``, duplicates dropped) straight into Oxigraph's Turtle and TriG writers. The files are
byte-identical to a plain build's; all outputs are replaced together at the end (atomic_open).
"""
from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from stancegraph.atomic import atomic_open
from stancegraph.errors import OutputError
from stancegraph.model import Document, Statement

__all__ = ["build_streaming", "StreamResult", "BUCKETS"]

#: Shards of statements (by statement IRI): a shard holds about 1/BUCKETS of the corpus's statements.
BUCKETS = 64
#: Documents described per sorted run.
DOCS_PER_RUN = 512
#: What the graph files are: file name -> serialisation.
GRAPH_FILES = {"graph.ttl": "TURTLE", "graph.trig": "TRIG"}


@dataclass
class StreamResult:
    """Counts of a streaming build (the statements and graph are in the files, not in memory)."""

    documents: int = 0
    statements: int = 0


def _bucket(st: Statement, buckets: int) -> int:
    from stancegraph.rdf import statement_iri

    return int(hashlib.blake2b(str(statement_iri(st)).encode(), digest_size=8).hexdigest(), 16) % buckets


class _Spool:
    """Pickled records appended to one file; read back in order."""

    def __init__(self, path: Path):
        self.path = path
        self.file = open(path, "ab")
        self.count = 0

    def add(self, record) -> int:
        offset = self.file.tell()
        pickle.dump(record, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1
        return offset

    def close(self) -> None:
        self.file.close()

    @staticmethod
    def read(path: Path) -> Iterator:
        with open(path, "rb") as f:
            while True:
                try:
                    yield pickle.load(f)
                except EOFError:
                    return


def _distinct_keys(dataset, named: bool) -> set[tuple]:
    """The distinct (graph, s, p, o) quads (named) or (s, p, o) triples of ``dataset``, as serialize() sees them."""
    out = set()
    for s, p, o, c in dataset.quads((None, None, None, None)):
        if c is None:
            continue
        ctx = c.identifier if hasattr(c, "identifier") else c
        out.add((ctx, s, p, o) if named else (s, p, o))
    return out


def _write_runs(dataset, folder: Path, name: str, runs: dict[str, list[Path]]) -> None:
    """Sort the quads of ``dataset`` in the order of :func:`stancegraph.export.serialize`, one run file per format."""
    from stancegraph.export import _sort_key

    for fmt in set(GRAPH_FILES.values()):
        named = fmt in ("TRIG", "N_QUADS")
        keys = sorted(_distinct_keys(dataset, named), key=lambda k: tuple(_sort_key(t) for t in k))
        path = folder / f"{name}.{fmt.lower()}.run"
        with open(path, "wb") as f:
            for k in keys:
                pickle.dump(k, f, protocol=pickle.HIGHEST_PROTOCOL)
        runs.setdefault(fmt, []).append(path)


def _merged(paths: list[Path], named: bool):
    """Oxigraph quads (or triples) of the sorted runs, merged, without duplicates."""
    import pyoxigraph as ox

    from stancegraph.export import _ox, _sort_key

    previous = None
    for key in heapq.merge(*(_Spool.read(p) for p in paths), key=lambda k: tuple(_sort_key(t) for t in k)):
        if key == previous:
            continue
        previous = key
        if named:
            ctx, s, p, o = key
            graph = ox.NamedNode(str(ctx)) if str(ctx) != "urn:x-rdflib:default" else ox.DefaultGraph()
            yield ox.Quad(_ox(s), _ox(p), _ox(o), graph)
        else:
            yield ox.Triple(*(_ox(t) for t in key))


def build_streaming(
    pairs: Iterable[tuple[Document, list[Statement]]],
    out: str | os.PathLike[str],
    *,
    buckets: int = BUCKETS,
    progress: Callable[[Document], None] | None = None,
    on_empty: Callable[[], Exception] | None = None,
) -> StreamResult:
    """Write ``statements.jsonl``, ``graph.ttl`` and ``graph.trig`` of ``pairs`` (from
    :func:`stancegraph.build.extract_documents`) into the folder ``out``, streaming; return the counts.

    If no document came and ``on_empty`` is given, its exception is raised and no file is replaced.
    """
    import pyoxigraph as ox

    from stancegraph.export import write_statements
    from stancegraph.rdf import to_rdf
    from stancegraph.vocab import PREFIXES

    out = Path(out)
    if not out.is_dir():
        raise OutputError(f"cannot write to {out}: not a folder; create it or choose another with -o")
    result = StreamResult()
    with contextlib.ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(dir=out, prefix=".shards-")))
        lines = stack.enter_context(atomic_open(out / "statements.jsonl"))
        graph_files = {name: stack.enter_context(atomic_open(out / name, "wb")) for name in GRAPH_FILES}
        documents = _Spool(tmp / "documents.pkl")
        where: dict[str, int] = {}  # document id -> offset in documents.pkl (a later one replaces, as in to_rdf)
        shards = [_Spool(tmp / f"statements-{i:03}.pkl") for i in range(buckets)]
        for document, found in pairs:
            where[document.id] = documents.add(document)
            write_statements(found, lines)
            for st in found:
                shards[_bucket(st, buckets)].add(st)
            result.documents += 1
            result.statements += len(found)
            if progress is not None:
                progress(document)
        for spool in (documents, *shards):
            spool.close()
        if not result.documents and on_empty is not None:
            raise on_empty()

        def load(ids: Iterable[str]) -> list[Document]:
            with open(documents.path, "rb") as f:
                docs = []
                for i in ids:
                    f.seek(where[i])
                    docs.append(pickle.load(f))
                return docs

        runs: dict[str, list[Path]] = {}
        ids = list(where)
        for n in range(0, len(ids), DOCS_PER_RUN):
            _write_runs(to_rdf(load(ids[n:n + DOCS_PER_RUN]), []), tmp, f"documents-{n // DOCS_PER_RUN:05}", runs)
        for i, shard in enumerate(shards):
            if shard.count:
                statements = list(_Spool.read(shard.path))
                needed = sorted({st.document for st in statements})
                _write_runs(to_rdf(load(needed), statements), tmp, f"statements-{i:03}", runs)
            os.unlink(shard.path)
        for name, fmt in GRAPH_FILES.items():
            named = fmt in ("TRIG", "N_QUADS")
            ox.serialize(_merged(runs.get(fmt, []), named), graph_files[name], format=getattr(ox.RdfFormat, fmt),
                         prefixes=PREFIXES)
    return result
