"""Streaming build: statements and RDF go to disk shards as documents finish, then merge into the outputs.

Memory stays flat as the corpus grows: no Doc, no Document list and no whole-corpus rdflib Dataset is
kept. As each document finishes, its statements are written to ``statements.jsonl`` (a temporary file,
renamed at the end), the document to an on-disk store, and each statement to one of ``buckets`` shard
files chosen by its statement IRI — so every report of one statement lands in the same shard, where
``sg:mentionCount`` and the first report can be computed as a whole-corpus build computes them. Then
each shard (and each slice of the documents) becomes small canonical quads (:func:`stancegraph.rdf.mint.to_quads`),
written as a sorted run of N-Triples lines; the runs are merged (``heapq.merge``, duplicates dropped)
straight into Oxigraph's Turtle and TriG writers (:func:`stancegraph.rdf.io.write_sorted`). The files are
byte-identical to a plain build's. Everything is written into a staging folder whose files replace the
outputs together at the end (:mod:`stancegraph.run.staging`); an old diagram.png is removed (none is drawn).
"""
from __future__ import annotations

import contextlib
import hashlib
import heapq
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from stancegraph.errors import OutputError
from stancegraph.model import Document, Statement
from stancegraph.rdf.io import write_sorted
from stancegraph.rdf.mint import statement_iri, to_quads
from stancegraph.run.outputs import write_statements
from stancegraph.run.staging import staged_outputs

__all__ = ["build_streaming", "StreamResult", "BUCKETS"]

#: Shards of statements (by statement IRI): a shard holds about 1/BUCKETS of the corpus's statements.
BUCKETS = 64
#: Documents described per sorted run.
DOCS_PER_RUN = 512
#: What the graph files are: file name -> serialisation.
GRAPH_FILES = {"graph.ttl": "TURTLE", "graph.trig": "TRIG"}


@dataclass
class StreamResult:
    """Counts of a streaming build (the statements and graph are in the files, not in memory).

    Examples
    --------
    >>> StreamResult()
    StreamResult(documents=0, statements=0)
    """

    documents: int = 0
    statements: int = 0


def _bucket(st: Statement, buckets: int) -> int:
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


def _write_runs(quads, folder: Path, name: str, runs: dict[str, list[Path]]) -> None:
    """One sorted run file per graph file: canonical lines (Turtle: the union) or ``graph line`` (TriG).

    ``graph + " " + line`` sorts as (graph, line) does: a graph term holds no space.
    """
    for fmt in set(GRAPH_FILES.values()):
        path = folder / f"{name}.{fmt.lower()}.run"
        with open(path, "w", encoding="utf-8") as f:
            if fmt == "TRIG":
                f.writelines(f"{g} {line}\n" for g, line in quads.quad_lines())
            else:
                f.writelines(line + "\n" for line in quads.triples())
        runs.setdefault(fmt, []).append(path)


def _read_run(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        for entry in f:
            yield entry[:-1]


def _merged(paths: list[Path]) -> Iterator[str]:
    """The entries of the sorted runs, merged, without duplicates (a statement's actors are in many shards)."""
    previous = None
    for entry in heapq.merge(*(_read_run(p) for p in paths)):
        if entry != previous:
            previous = entry
            yield entry


def _split(entries: Iterable[str]) -> Iterator[tuple[str, str]]:
    for entry in entries:
        graph, _, line = entry.partition(" ")
        yield graph, line


def build_streaming(
    pairs: Iterable[tuple[Document, list[Statement]]],
    out: str | os.PathLike[str],
    *,
    buckets: int = BUCKETS,
    progress: Callable[[Document], None] | None = None,
    on_empty: Callable[[], Exception] | None = None,
) -> StreamResult:
    """Write ``statements.jsonl``, ``graph.ttl`` and ``graph.trig`` of ``pairs`` (from
    :func:`stancegraph.run.build.extract_documents`) into the folder ``out``, streaming; return the counts.

    If no document came and ``on_empty`` is given, its exception is raised and no file is replaced.

    Raises
    ------
    OutputError
        if ``out`` is not a folder.

    Examples
    --------
    One document with one statement, streamed into a new folder:

    >>> import datetime as dt, tempfile
    >>> from stancegraph.model import Actor, ActorKind, ActorRef, Span
    >>> text = "Russia demanded talks with NATO."
    >>> document = Document(id="d1", text=text, date=dt.date(2022, 1, 20))
    >>> st = Statement(document="d1", sentence=Span(text=text, start=0, end=32),
    ...                cue=Span(text="demanded", start=7, end=15),
    ...                speaker=ActorRef(actor=Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")),
    ...                targets=(ActorRef(actor=Actor(id="NATO", label="NATO", kind=ActorKind.IGO)),),
    ...                type="DEMAND", rule="verb:nsubj>prep-with", confidence=0.8)
    >>> out = Path(tempfile.mkdtemp())
    >>> build_streaming([(document, [st])], out, buckets=4)
    StreamResult(documents=1, statements=1)
    >>> sorted(p.name for p in out.iterdir())
    ['graph.trig', 'graph.ttl', 'statements.jsonl']
    >>> "sg:eventType sgc:DEMAND" in (out / "graph.ttl").read_text()
    True

    Nothing is replaced when no document comes and ``on_empty`` is given:

    >>> build_streaming([], out, on_empty=lambda: ValueError("no documents"))
    Traceback (most recent call last):
    ValueError: no documents
    >>> (out / "statements.jsonl").read_text().count("\\n")
    1
    >>> build_streaming([], out / "missing")
    Traceback (most recent call last):
    stancegraph.errors.OutputError: cannot write to ...missing: not a folder; create it or choose another with -o
    """
    out = Path(out)
    if not out.is_dir():
        raise OutputError(f"cannot write to {out}: not a folder; create it or choose another with -o")
    result = StreamResult()
    with contextlib.ExitStack() as stack:
        stage = stack.enter_context(staged_outputs(out))  # closed last: the files are closed before the commit
        tmp = stage / ".shards"
        tmp.mkdir()
        lines = stack.enter_context(open(stage / "statements.jsonl", "w", encoding="utf-8"))
        graph_files = {name: stack.enter_context(open(stage / name, "wb")) for name in GRAPH_FILES}
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
            _write_runs(to_quads(load(ids[n:n + DOCS_PER_RUN]), []), tmp, f"documents-{n // DOCS_PER_RUN:05}", runs)
        for i, shard in enumerate(shards):
            if shard.count:
                statements = list(_Spool.read(shard.path))
                needed = sorted({st.document for st in statements})
                _write_runs(to_quads(load(needed), statements), tmp, f"statements-{i:03}", runs)
            os.unlink(shard.path)
        for name, fmt in GRAPH_FILES.items():
            merged = _merged(runs.get(fmt, []))
            write_sorted(_split(merged) if fmt == "TRIG" else merged, fmt, graph_files[name])
    return result
