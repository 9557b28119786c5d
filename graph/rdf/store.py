"""Persistent graph stores: an embedded Oxigraph folder (:class:`EmbeddedStore`) or a SPARQL server, opened by location.

The layout of the named graphs, and why each exists, is described in :mod:`stancegraph.rdf.graphstore`;
the SPARQL-server client is :mod:`stancegraph.rdf.remote`.
"""
from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from stancegraph.errors import InputError
from stancegraph.rdf.graphstore import (
    DOCUMENTS_GRAPH, SUPPORT_GRAPHS, VOCABULARY_GRAPH, GraphStore, StoredDocument, StoreReport, StoreWarning, graph_ref,
)
from stancegraph.rdf.remote import ENV_PASSWORD, ENV_TOKEN, ENV_USER, RemoteStore
from stancegraph.rdf.results import rows_from_oxigraph
from stancegraph.rdf.sparql import check_query, evaluate, uses_graph_patterns

__all__ = [
    "GraphStore", "EmbeddedStore", "RemoteStore", "StoreReport", "StoreWarning", "StoredDocument", "open_store", "is_remote",
    "DOCUMENTS_GRAPH", "VOCABULARY_GRAPH", "SUPPORT_GRAPHS", "ENV_USER", "ENV_PASSWORD", "ENV_TOKEN",
]


def is_remote(location: str) -> bool:
    """True for ``http(s)://`` locations (a SPARQL server), False for folders.

    >>> is_remote("http://127.0.0.1:7878"), is_remote("stores/news")
    (True, False)
    """
    return bool(re.match(r"^https?://", str(location), re.IGNORECASE))


def open_store(location: str | os.PathLike[str], *, create: bool = False, in_memory: bool = False,
               **options: Any) -> GraphStore:
    """Open the store at ``location``: a folder (embedded Oxigraph) or an ``http(s)://`` SPARQL server.

    ``create`` makes a missing folder (``build --store``); reading commands pass False and get a
    one-line error for a folder that holds no store. ``in_memory``: see :class:`EmbeddedStore`.
    ``options`` go to :class:`stancegraph.rdf.remote.RemoteStore`.
    """
    if is_remote(str(location)):
        return RemoteStore(str(location), **options)
    return EmbeddedStore(location, create=create, in_memory=in_memory)


class EmbeddedStore(GraphStore):
    """A persistent Oxigraph store in a folder (``pyoxigraph.Store(path)``); one process at a time.

    ``in_memory=True`` answers queries from an in-memory copy of the documents and the vocabulary,
    made at the first query and dropped at every change: 6-18x faster per query than the on-disk
    indexes (bench/README.md), for sessions that run many queries. Queries with ``GRAPH`` patterns
    always run on disk, where the document graphs are; their named graphs are the document graphs.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = False, in_memory: bool = False) -> None:
        self._in_memory, self._mirror = in_memory, None
        self.location = str(path)
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise InputError(f"store {self.location} is a file; give a folder (an Oxigraph store) or an http(s):// URL")
        if not folder.exists() and not create:
            raise InputError(f"no store at {self.location}; build into it first", option="store")
        if folder.is_dir() and any(folder.iterdir()) and not (folder / "CURRENT").is_file():
            raise InputError(f"{self.location} is a folder but not an Oxigraph store; give an empty or new folder",
                             option="store")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._store: ox.Store | None = ox.Store(str(folder))
        except OSError as error:
            if "lock" in str(error).lower():
                raise InputError(f"store {self.location} is open in another process or command; close that first") from None
            raise InputError(f"cannot open store {self.location}: {error}") from None

    def close(self) -> None:
        store = getattr(self, "_store", None)
        self._mirror = None
        if store is not None:
            store.flush()
            self._store = None  # frees the folder lock (pyoxigraph has no close())

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise InputError(f"store {self.location} is closed")
        return self._store

    def _graph_nt(self, name: str) -> bytes | None:
        node = ox.NamedNode(name)
        if not self.oxigraph.contains_named_graph(node):
            return None
        return self.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=node)

    def _put_nt(self, name: str, data: bytes) -> None:
        node = ox.NamedNode(name)
        self._mirror = None
        if self.oxigraph.contains_named_graph(node):
            self.oxigraph.remove_graph(node)
        self.oxigraph.add_graph(node)
        self.oxigraph.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=node)

    def _stage(self, graphs: list[tuple[str, bytes]]) -> None:
        """One load (one transaction) for many staging graphs, as N-Quads (``data`` is canonical N-Triples
        text, see stancegraph.rdf.graphstore)."""
        parts = []
        for name, data in graphs:
            lines = data.decode("utf-8").split("\n")[:-1]  # not splitlines(): U+2028 may sit in a literal
            suffix = f" {graph_ref(name)} .\n"
            parts.append("".join(line[:-2] + suffix for line in lines))
        self.oxigraph.load("".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def _update(self, text: str) -> None:
        self._mirror = None
        self.oxigraph.update(text)

    def _select(self, text: str) -> tuple[list[str], list[tuple]]:
        return rows_from_oxigraph(self.oxigraph.query(text))

    def query(self, text: str, substitutions: Mapping, *, source: str = "(SPARQL text)",
              as_text: bool = False, max_rows: int | None = None,
              timeout: float | None = None) -> tuple[list[str], list[tuple]]:
        check_query(text, source)  # run_query checked it already (remembered); direct callers too
        limits = {"as_text": as_text, "max_rows": max_rows, "timeout": timeout}
        if self._in_memory and not uses_graph_patterns(text):
            return evaluate(self._memory_copy(), text, dict(substitutions), source, **limits)
        named = [ox.NamedNode(d.iri) for d in self.documents()] if uses_graph_patterns(text) else None
        return evaluate(self.oxigraph, text, dict(substitutions), source, **limits, named_graphs=named,
                        default_graph=[ox.NamedNode(DOCUMENTS_GRAPH), ox.NamedNode(VOCABULARY_GRAPH)])

    def _memory_copy(self) -> ox.Store:
        if self._mirror is None:
            mirror = ox.Store()
            for graph in (DOCUMENTS_GRAPH, VOCABULARY_GRAPH):
                data = self.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
                mirror.load(data, format=ox.RdfFormat.N_TRIPLES)
            self._mirror = mirror
        return self._mirror
