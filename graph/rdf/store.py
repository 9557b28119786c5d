"""Persistent graph stores: an embedded Oxigraph folder or any SPARQL 1.1 server, grown one document at a time.

Layout of a store (the same in both kinds):

- one named graph per document, named by the document IRI (``doc:`` + first 16 hex of the SHA-256
  of the text), exactly as in ``graph.trig``;
- ``stancegraph:graph/documents``: the de-duplicated union of the document graphs (what ``graph.ttl``
  holds), kept up to date on every change;
- the ontology, the code book and the actor registry in their own graphs, and
  ``stancegraph:graph/vocabulary``: their triples that no document holds;
- embedded stores only: ``stancegraph:graph/canonical``, one literal per document graph holding its
  canonical N-Triples text (stancegraph.rdf.ntriples), and one for ``graph/documents`` holding the sorted
  union of those texts (rebuilt after every change). Exports and the in-memory copy read these few
  literals instead of decoding every term from the on-disk indexes (RocksDB: about 10 µs per triple
  here, bench/README.md). A graph without one (a store written by an older version) is read term by term.

Queries see the union of ``graph/documents`` and ``graph/vocabulary`` as their default graph: every
triple once, as :func:`stancegraph.rdf.query.run_query` sees a file.

Documents are identified by content: adding the same text again changes nothing; a document with the
same ``dcterms:identifier`` and a new text replaces the old graph; :meth:`GraphStore.remove` deletes one.
``sg:mentionCount`` is computed by ``to_rdf`` over one build; after every change the store recounts it
over all documents (the distinct ``sg:hasMention`` of each statement) and rewrites it in every graph
that holds the statement, so the result does not depend on how documents were split across builds.

A remote server is reached with the SPARQL 1.1 protocols only: Graph Store Protocol (``PUT``/``GET``
``?graph=<doc IRI>``) for graphs, SPARQL Update for the union and the recount, SPARQL Query for queries.
Credentials come from the environment (``STANCEGRAPH_STORE_TOKEN``, or ``STANCEGRAPH_STORE_USER`` and
``STANCEGRAPH_STORE_PASSWORD``), never from arguments; they are never logged nor put in messages.
"""
from __future__ import annotations

import base64
import http.client
import ipaddress
import json
import logging
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from stancegraph.errors import InputError, OutputError
from stancegraph.rdf.ntriples import Quads
from stancegraph.kb.vocab import BASE, DOCUMENT, SG

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "GraphStore", "EmbeddedStore", "RemoteStore", "StoreReport", "StoredDocument", "open_store", "is_remote",
    "DOCUMENTS_GRAPH", "VOCABULARY_GRAPH", "CANONICAL_GRAPH", "SUPPORT_GRAPHS", "ENV_USER", "ENV_PASSWORD", "ENV_TOKEN",
]

log = logging.getLogger(__name__)

DOCUMENTS_GRAPH = BASE + "graph/documents"
"""Named graph holding the de-duplicated union of all document graphs."""
VOCABULARY_GRAPH = BASE + "graph/vocabulary"
"""Named graph holding the ontology, code-book and registry triples that no document holds."""
CANONICAL_GRAPH = BASE + "graph/canonical"
"""Embedded stores: ``<document graph> <.../store#lines> "canonical N-Triples of the graph"``."""
_LINES = BASE + "store#lines"
SUPPORT_GRAPHS = {  # packaged ontology file -> graph name (as in run_query's in-memory store)
    "stancegraph.ttl": "https://w3id.org/stancegraph/ontology",
    "codebook.ttl": "https://w3id.org/stancegraph/codebook/",
    "actors.ttl": "https://w3id.org/stancegraph/actor/",
}
ENV_USER, ENV_PASSWORD, ENV_TOKEN = "STANCEGRAPH_STORE_USER", "STANCEGRAPH_STORE_PASSWORD", "STANCEGRAPH_STORE_TOKEN"
_ENV_ENDPOINTS = {"query": "STANCEGRAPH_STORE_QUERY_URL", "update": "STANCEGRAPH_STORE_UPDATE_URL",
                  "store": "STANCEGRAPH_STORE_GSP_URL"}
_SAFE_IRI = re.compile(r"^(https?|urn):[^\x00-\x20<>\"{}|^`\\]+$")
_MENTION_COUNT = str(SG.mentionCount).encode("utf-8")
_TRANSIENT = {429, 500, 502, 503, 504}
_BATCH = 200  # document graphs per load and per union update


def is_remote(location: str) -> bool:
    """True for ``http(s)://`` locations (a SPARQL server), False for folders.

    >>> is_remote("http://127.0.0.1:7878"), is_remote("stores/news")
    (True, False)
    """
    return bool(re.match(r"^https?://", str(location), re.IGNORECASE))


def open_store(location: str | os.PathLike[str], *, create: bool = False, in_memory: bool = False,
               **options: Any) -> "GraphStore":
    """Open the store at ``location``: a folder (embedded Oxigraph) or an ``http(s)://`` SPARQL server.

    ``create`` makes a missing folder (``build --store``); reading commands pass False and get a
    one-line error for a folder that holds no store. ``in_memory``: see :class:`EmbeddedStore`.
    ``options`` go to :class:`RemoteStore`.
    """
    if is_remote(str(location)):
        return RemoteStore(str(location), **options)
    return EmbeddedStore(location, create=create, in_memory=in_memory)


def _iri_ref(iri: str) -> str:
    """``<iri>`` for SPARQL Update text: only IRIs that cannot end the ``<...>`` token pass."""
    if not _SAFE_IRI.match(iri):
        raise InputError(f"{iri!r} is not an IRI stancegraph can name a graph with (http(s):// or urn:, no spaces or <>\"{{}}|^`\\)")
    return f"<{iri}>"


def _support_refs() -> str:
    return " ".join(_iri_ref(g) for g in SUPPORT_GRAPHS.values())


@dataclass(frozen=True)
class StoredDocument:
    """A document graph in a store: its IRI (= graph name), ``dcterms:identifier`` and title."""

    iri: str
    identifier: str
    title: str | None = None


@dataclass
class StoreReport:
    """What a change did, by document IRI."""

    added: list[str] = field(default_factory=list)  # new documents
    updated: list[str] = field(default_factory=list)  # same text, new statements (a newer extractor)
    replaced: list[str] = field(default_factory=list)  # old graphs removed: same identifier, new text
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.replaced or self.removed)

    def summary(self) -> str:
        """One line: ``2 added, 1 replaced, 3 unchanged``; zero counts are left out."""
        parts = [f"{len(v)} {k}" for k, v in (("added", self.added), ("updated", self.updated),
                                               ("replaced", self.replaced), ("removed", self.removed),
                                               ("unchanged", self.unchanged)) if v]
        return ", ".join(parts) or "nothing to do"


class GraphStore:
    """Common logic of the embedded and the remote store; subclasses move graphs and run SPARQL."""

    location: str

    # ------------------------------------------------------------ backend primitives

    def _graph_nt(self, name: str) -> bytes | None:  # N-Triples of a named graph, None if absent
        raise NotImplementedError

    def _put_nt(self, name: str, data: bytes) -> None:  # replace a named graph's content
        raise NotImplementedError

    def _update(self, text: str) -> None:  # SPARQL Update on the whole dataset
        raise NotImplementedError

    def _select(self, text: str) -> tuple[list[str], list[tuple]]:  # SELECT over all named graphs
        raise NotImplementedError

    def query(self, text: str, substitutions: Mapping, *, source: str = "(SPARQL text)",
              as_text: bool = False) -> tuple[list[str], list[tuple]]:
        """Run a (checked, read-only) query with the documents and the vocabulary as default graph.

        ``substitutions`` maps ``pyoxigraph.Variable`` to terms; ``as_text``: see
        :func:`stancegraph.rdf.query.run_query`, which checks the query and resolves parameters first.
        """
        raise NotImplementedError

    def export(self, format: str) -> tuple[bytes, int]:
        """The documents serialised in ``format`` (an ``RdfFormat`` name) and the statement count."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store (an embedded store's folder lock)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ shared logic

    def documents(self) -> list[StoredDocument]:
        """The documents in the store, sorted by IRI."""
        _, rows = self._select(
            "SELECT ?g ?id ?title WHERE { GRAPH ?g { ?g a <%s> ; <%s> ?id . OPTIONAL { ?g <%s> ?title } } }"
            % (SG.Document, DCTERMS.identifier, DCTERMS.title)
        )
        found: dict[str, StoredDocument] = {}
        for g, identifier, title in rows:
            if str(g).startswith(str(DOCUMENT)) and str(g) not in found:
                found[str(g)] = StoredDocument(str(g), str(identifier), None if title is None else str(title))
        return [found[k] for k in sorted(found)]

    def add(self, dataset: "Dataset | Quads") -> StoreReport:
        """Add the document graphs of ``dataset`` (as built by ``to_quads``/``to_rdf``/``build_graph``).

        A document already stored with the same statements is left alone; one stored under the same
        ``dcterms:identifier`` with another text is replaced. Mention counts are recomputed afterwards.
        """
        graphs = list(_document_graphs(dataset))
        report = StoreReport()
        support_changed = self._sync_support()
        stored = {d.iri: d for d in self.documents()}
        by_identifier: dict[str, list[str]] = {}
        for doc in stored.values():
            by_identifier.setdefault(doc.identifier, []).append(doc.iri)
        batch = {name for name, _, _ in graphs}
        to_put: list[tuple[str, bytes]] = []
        for name, identifier, data in graphs:
            for old in by_identifier.get(identifier, []):
                if old != name and old not in batch and old in stored:
                    self._drop_document(old)
                    del stored[old]
                    report.replaced.append(old)
            if name in stored:
                if _same_graph(self._graph_nt(name), data):
                    report.unchanged.append(name)
                    continue
                self._drop_document(name)
                report.updated.append(name)
            else:
                report.added.append(name)
            to_put.append((name, data))
        for start in range(0, len(to_put), _BATCH):
            self._put_many(to_put[start:start + _BATCH])
        if report.changed or support_changed:
            self._after_change()
        return report

    def remove(self, document: str) -> StoreReport:
        """Remove a document: its IRI, ``doc:<hash>``, the 16-hex hash or its ``dcterms:identifier``."""
        docs = self.documents()
        wanted = document.strip()
        if wanted.startswith("doc:"):
            wanted = str(DOCUMENT) + wanted[4:]
        matches = [d for d in docs if wanted in (d.iri, d.iri[len(str(DOCUMENT)):], d.identifier)]
        if not matches:
            known = ", ".join(d.identifier for d in docs[:5]) + (" ..." if len(docs) > 5 else "")
            raise InputError(
                f"no document {document!r} in store {self.location}; give a document IRI, its 16-hex hash or its "
                f"identifier ({known or 'the store is empty'})"
            )
        report = StoreReport()
        for doc in matches:
            self._drop_document(doc.iri)
            report.removed.append(doc.iri)
        self._after_change()
        return report

    def dataset(self) -> Dataset:
        """The document graphs as an rdflib ``Dataset`` (``default_union=True``), for views and SHACL."""
        data = self._documents_nquads()
        store = "default"
        try:
            import oxrdflib  # noqa: F401

            store = "Oxigraph"
        except ImportError:
            pass
        ds = Dataset(store=store, default_union=True)
        if data:
            ds.parse(data=data.decode("utf-8"), format="ox-nquads" if store == "Oxigraph" else "nquads")
        return ds

    def _documents_nquads(self) -> bytes:
        parts = []
        for doc in self.documents():
            data = self._graph_nt(doc.iri) or b""
            suffix = f" {_iri_ref(doc.iri)} .".encode("utf-8")
            parts.extend(line[:-2] + suffix for line in data.splitlines() if line.endswith(b" ."))
        return b"\n".join(parts) + (b"\n" if parts else b"")

    def _drop_document(self, name: str) -> None:
        g, docs, vocab = _iri_ref(name), _iri_ref(DOCUMENTS_GRAPH), _iri_ref(VOCABULARY_GRAPH)
        # the union loses the triples that no other document holds; then the graph goes
        self._update(
            f"DELETE {{ GRAPH {docs} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({g}, {docs}, {vocab}, "
            f"{', '.join(_iri_ref(s) for s in SUPPORT_GRAPHS.values())})) }} }} ;\n"
            f"DROP SILENT GRAPH {g}"
        )

    def _put_many(self, graphs: list[tuple[str, bytes]]) -> None:
        """Write new document graphs (none of them is in the store) and add their triples to the union."""
        for name, data in graphs:
            self._put_nt(name, data)
        self._update(
            f"INSERT {{ GRAPH {_iri_ref(DOCUMENTS_GRAPH)} {{ ?s ?p ?o }} }} WHERE {{ "
            f"VALUES ?g {{ {' '.join(_iri_ref(name) for name, _ in graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )

    def _after_change(self) -> None:
        """Recount mentions over all documents and rebuild the vocabulary-only graph."""
        self._recount()
        docs, vocab = _iri_ref(DOCUMENTS_GRAPH), _iri_ref(VOCABULARY_GRAPH)
        self._update(
            f"DROP SILENT GRAPH {vocab} ;\n"
            f"INSERT {{ GRAPH {vocab} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?v {{ {_support_refs()} }} "
            f"GRAPH ?v {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH {docs} {{ ?s ?p ?o }} }} }}"
        )

    def _recount(self) -> None:
        """Set every graph's ``sg:mentionCount`` of a statement to its distinct mentions over all documents."""
        self._update(
            f"DELETE {{ GRAPH ?g {{ ?s <{SG.mentionCount}> ?old }} }}\n"
            f"INSERT {{ GRAPH ?g {{ ?s <{SG.mentionCount}> ?n }} }}\n"
            f"WHERE {_RECOUNT_PATTERN}"
        )

    def _sync_support(self) -> bool:
        """Put the packaged ontology, code book and registry in the store if missing or changed."""
        from stancegraph.kb.resources import ontology_text

        changed = False
        for filename, name in SUPPORT_GRAPHS.items():
            try:
                text = ontology_text(filename)
            except InputError:
                continue
            data = _normalised_nt(text.encode("utf-8"), turtle=True)
            if not _same_graph(self._graph_nt(name), data, keep_counts=True):
                self._put_nt(name, data)
                changed = True
        return changed


_RECOUNT_PATTERN = (  # (?g ?s ?old ?n): a statement whose count in graph ?g is not its count over all documents
    f"{{ {{ SELECT ?s (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH {_iri_ref(DOCUMENTS_GRAPH)} {{ ?s <{SG.hasMention}> ?m }} }} "
    f"GROUP BY ?s }} GRAPH ?g {{ ?s <{SG.mentionCount}> ?old }} FILTER (?old != ?n) }}"
)


def _document_graphs(dataset: "Dataset | Quads") -> list[tuple[str, str, bytes]]:
    """(graph name, identifier, canonical N-Triples) of each document graph; anything else is refused."""
    if isinstance(dataset, Quads):
        quads = dataset
    elif getattr(dataset, "context_aware", False):
        quads = Quads.from_rdflib(dataset)
    else:
        raise InputError("a store takes a Dataset with one named graph per document (as build_graph makes), not a Graph")
    import bisect

    import pyoxigraph as ox

    out = []
    for g in quads.graph_names():
        lines = quads.graphs[g]
        if not lines:
            continue
        if not g.startswith("<"):
            raise InputError("the dataset has triples outside the document graphs; a store holds document graphs only")
        name = g[1:-1]

        def first(prefix: str) -> str | None:  # the first line starting with prefix (lines are sorted)
            at = bisect.bisect_left(lines, prefix)
            return lines[at] if at < len(lines) and lines[at].startswith(prefix) else None

        found = first(f"{g} <{DCTERMS.identifier}> ")
        if first(f"{g} <{RDF.type}> <{SG.Document}> .") is None or found is None:
            raise InputError(f"graph {name} is not a document graph (no '<{name}> a sg:Document ; dcterms:identifier ...')")
        _iri_ref(name)
        (triple,) = ox.parse(found.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        out.append((name, triple.object.value, ("\n".join(lines) + "\n").encode("utf-8")))
    return out


def _normalised_nt(data: bytes, *, turtle: bool = False) -> bytes:
    """N-Triples with literals in Oxigraph's canonical form ("-5.0" decimal -> "-5"), lines sorted."""
    import pyoxigraph as ox

    mem = ox.Store()
    mem.load(data, format=ox.RdfFormat.TURTLE if turtle else ox.RdfFormat.N_TRIPLES)
    return b"\n".join(sorted(mem.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines())) + b"\n"


def _same_graph(stored: bytes | None, new: bytes, *, keep_counts: bool = False) -> bool:
    """Same triples (mention counts aside: the store recounts them)?

    Canonical texts compare line by line; otherwise both go through Oxigraph's literal normalisation.
    """
    if stored is None:
        return False

    def lines(data: bytes, normalise: bool) -> set[bytes]:
        found = set((_normalised_nt(data) if normalise else data).splitlines()) if data.strip() else set()
        return found if keep_counts else {line for line in found if _MENTION_COUNT not in line}

    return lines(stored, False) == lines(new, False) or lines(stored, True) == lines(new, True)


# ================================================================ embedded


class EmbeddedStore(GraphStore):
    """A persistent Oxigraph store in a folder (``pyoxigraph.Store(path)``); one process at a time.

    ``in_memory=True`` answers queries from an in-memory copy of the documents and the vocabulary,
    made at the first query and dropped at every change: 6-18x faster per query than the on-disk
    indexes (bench/README.md), for sessions that run many queries. Queries with ``GRAPH`` patterns
    always run on disk, where the document graphs are.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = False, in_memory: bool = False) -> None:
        import pyoxigraph as ox

        self._in_memory, self._mirror = in_memory, None
        self.location = str(path)
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise InputError(f"store {self.location} is a file; give a folder (an Oxigraph store) or an http(s):// URL")
        if not folder.exists() and not create:
            raise InputError(f"no store at {self.location}; create one with: stancegraph build INPUT --store {self.location}")
        if folder.is_dir() and any(folder.iterdir()) and not (folder / "CURRENT").is_file():
            raise InputError(f"{self.location} is a folder but not an Oxigraph store; give an empty or new folder for --store")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(folder))
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
    def oxigraph(self) -> "ox.Store":
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise InputError(f"store {self.location} is closed")
        return self._store

    def _graph_nt(self, name: str) -> bytes | None:
        text = self._canonical(name)
        return text.encode("utf-8") if text is not None else self._dump_nt(name)

    def _dump_nt(self, name: str) -> bytes | None:
        import pyoxigraph as ox

        node = ox.NamedNode(name)
        if not self.oxigraph.contains_named_graph(node):
            return None
        return self.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=node)

    def _put_nt(self, name: str, data: bytes) -> None:
        import pyoxigraph as ox

        node = ox.NamedNode(name)
        self._mirror = None
        self.oxigraph.remove_graph(node) if self.oxigraph.contains_named_graph(node) else None
        self.oxigraph.add_graph(node)
        self.oxigraph.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=node)

    def _put_many(self, graphs: list[tuple[str, bytes]]) -> None:
        """One load: the graphs and the union's copy of their triples as N-Quads (``data`` is canonical
        text, see _document_graphs); then each graph's text in the canonical graph."""
        import pyoxigraph as ox

        self._mirror = None
        union = f" {_iri_ref(DOCUMENTS_GRAPH)} .\n"
        parts = []
        for name, data in graphs:
            lines = data.decode("utf-8").split("\n")[:-1]  # not splitlines(): U+2028 may sit in a literal
            suffix = f" {_iri_ref(name)} .\n"
            parts.append("".join(line[:-2] + suffix for line in lines))
            parts.append("".join(line[:-2] + union for line in lines))
        self.oxigraph.load("".join(parts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        for name, data in graphs:
            self._set_canonical(name, data.decode("utf-8"))

    def _canonical(self, name: str) -> str | None:
        """The canonical N-Triples text kept for document graph ``name`` (None: not kept)."""
        import pyoxigraph as ox

        for quad in self.oxigraph.quads_for_pattern(ox.NamedNode(name), ox.NamedNode(_LINES), None,
                                                    ox.NamedNode(CANONICAL_GRAPH)):
            return quad.object.value
        return None

    def _canonicals(self) -> dict[str, str]:
        """Document graph IRI -> its canonical text, for every document graph that has one kept."""
        rows = self.oxigraph.query(
            f"SELECT ?g ?text WHERE {{ GRAPH {_iri_ref(CANONICAL_GRAPH)} {{ ?g {_iri_ref(_LINES)} ?text }} "
            f"FILTER (?g != {_iri_ref(DOCUMENTS_GRAPH)}) }}")
        return {row["g"].value: row["text"].value for row in rows}

    def _kept_union(self) -> str | None:
        """The union's text if it can be trusted: kept, and the texts kept are those of exactly the
        documents in the store (a store changed by an older stancegraph has documents without one)."""
        rows = self.oxigraph.query(f"SELECT ?g WHERE {{ GRAPH {_iri_ref(CANONICAL_GRAPH)} {{ ?g {_iri_ref(_LINES)} ?t }} }}")
        with_text = {row["g"].value for row in rows}  # no text is read here
        if DOCUMENTS_GRAPH not in with_text or with_text - {DOCUMENTS_GRAPH} != {d.iri for d in self.documents()}:
            return None
        return self._canonical(DOCUMENTS_GRAPH)

    def _set_canonical(self, name: str, text: str | None) -> None:
        import pyoxigraph as ox

        node, lines, graph = ox.NamedNode(name), ox.NamedNode(_LINES), ox.NamedNode(CANONICAL_GRAPH)
        for quad in list(self.oxigraph.quads_for_pattern(node, lines, None, graph)):
            self.oxigraph.remove(quad)
        if text is not None:
            self.oxigraph.add(ox.Quad(node, lines, ox.Literal(text), graph))

    def _drop_document(self, name: str) -> None:
        super()._drop_document(name)
        self._set_canonical(name, None)

    def _after_change(self) -> None:
        super()._after_change()
        # the union text, from the documents' texts (all of them, or none is kept)
        kept = self._canonicals()
        names = [d.iri for d in self.documents()]
        union = None
        if names and all(name in kept for name in names):
            graphs = {_iri_ref(name): kept[name].split("\n")[:-1] for name in names}
            union = "".join(line + "\n" for line in Quads(graphs).triples())
        self._set_canonical(DOCUMENTS_GRAPH, union)

    def _recount(self) -> None:
        """As the SPARQL recount, term by term, so that the kept canonical texts can follow (their
        mention-count lines are rewritten; a text that does not hold the old line is dropped)."""
        import pyoxigraph as ox

        self._mirror = None
        count = ox.NamedNode(str(SG.mentionCount))
        changes: dict[str, tuple[set[str], set[str]]] = {}
        for row in list(self.oxigraph.query(f"SELECT ?g ?s ?old ?n WHERE {_RECOUNT_PATTERN}")):
            g, subject, old, new = row["g"], row["s"], row["old"], row["n"]
            self.oxigraph.remove(ox.Quad(subject, count, old, g))
            self.oxigraph.add(ox.Quad(subject, count, new, g))
            gone, added = changes.setdefault(g.value, (set(), set()))
            gone.add(f"{subject} {count} {old} .")
            added.add(f"{subject} {count} {new} .")
        for name, (gone, added) in changes.items():
            text = self._canonical(name)
            if text is None:
                continue
            lines = set(text.split("\n")[:-1])
            if not gone <= lines:
                self._set_canonical(name, None)  # not what the graph held: read it term by term from now on
                continue
            self._set_canonical(name, "".join(line + "\n" for line in sorted((lines - gone) | added)))

    def _update(self, text: str) -> None:
        self._mirror = None
        self.oxigraph.update(text)

    def _select(self, text: str) -> tuple[list[str], list[tuple]]:
        from stancegraph.rdf.results import rows_from_oxigraph

        return rows_from_oxigraph(self.oxigraph.query(text))

    def query(self, text, substitutions, *, source="(SPARQL text)", as_text=False):
        import pyoxigraph as ox

        from stancegraph.rdf.query import _evaluate, _uses_graph_patterns

        if self._in_memory and not _uses_graph_patterns(text):
            return _evaluate(self._memory_copy(), text, substitutions, source, as_text=as_text)
        return _evaluate(self.oxigraph, text, substitutions, source, as_text=as_text,
                         default_graph=[ox.NamedNode(DOCUMENTS_GRAPH), ox.NamedNode(VOCABULARY_GRAPH)])

    def _memory_copy(self) -> "ox.Store":
        import pyoxigraph as ox

        if self._mirror is None:
            mirror = ox.Store()
            union = self._kept_union()
            if union is not None:  # the union's text: no term-by-term read from disk
                mirror.load(union.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
                graphs = (VOCABULARY_GRAPH,)
            else:
                graphs = (DOCUMENTS_GRAPH, VOCABULARY_GRAPH)
            for graph in graphs:
                data = self.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
                mirror.load(data, format=ox.RdfFormat.N_TRIPLES)
            self._mirror = mirror
        return self._mirror

    def export(self, format: str) -> tuple[bytes, int]:
        """The documents from their kept canonical texts (the union's text for the triple formats;
        graphs without a text are read term by term), written in canonical order: the bytes ``build``
        writes for the same documents."""
        from stancegraph.rdf.formats import QUAD_FORMATS, _serialize

        if format not in QUAD_FORMATS:
            union = self._kept_union()
            if union is not None:
                lines = union.split("\n")[:-1]
                return _serialize(Quads({"": lines}, union=lines), format)
        kept = self._canonicals()
        graphs = {}
        for doc in self.documents():
            text = kept.get(doc.iri)
            if text is not None:
                graphs[_iri_ref(doc.iri)] = text.split("\n")[:-1]
            else:
                dumped = (self._dump_nt(doc.iri) or b"").decode("utf-8").split("\n")
                graphs[_iri_ref(doc.iri)] = sorted({line for line in dumped if line})
        return _serialize(Quads(graphs), format)


# ================================================================ remote


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: they could carry the credentials to another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401, ANN001
        return None


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB, Virtuoso ...) reached over HTTP(S).

    Endpoints default to Oxigraph's layout under ``url``: ``/query``, ``/update`` and ``/store``
    (Graph Store Protocol). Others are set with the arguments or with the environment variables
    ``STANCEGRAPH_STORE_QUERY_URL``, ``STANCEGRAPH_STORE_UPDATE_URL`` and ``STANCEGRAPH_STORE_GSP_URL``
    (Fuseki: ``http://host:3030/ds`` with ``STANCEGRAPH_STORE_GSP_URL=http://host:3030/ds/data``).
    Transient failures (connection refused or reset, time-outs, HTTP 429/500/502/503/504) are retried
    ``retries`` times with exponential back-off starting at ``backoff`` seconds.
    """

    def __init__(self, url: str, *, query_endpoint: str | None = None, update_endpoint: str | None = None,
                 store_endpoint: str | None = None, retries: int = 3, backoff: float = 0.5, timeout: float = 300.0,
                 env: Mapping[str, str] | None = None, check: bool = True) -> None:
        env = os.environ if env is None else env
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise InputError(f"store URL {url!r} is not an http(s):// URL; e.g. --store http://127.0.0.1:7878")
        if parts.username or parts.password:
            raise InputError(
                f"store URL for {parts.hostname} carries credentials, which stancegraph does not take from arguments; "
                f"remove them and set {ENV_USER} and {ENV_PASSWORD} (or {ENV_TOKEN}) instead"
            )
        base = url.rstrip("/")
        self.location = base
        self.query_endpoint = query_endpoint or env.get(_ENV_ENDPOINTS["query"]) or base + "/query"
        self.update_endpoint = update_endpoint or env.get(_ENV_ENDPOINTS["update"]) or base + "/update"
        self.store_endpoint = store_endpoint or env.get(_ENV_ENDPOINTS["store"]) or base + "/store"
        self.retries, self.backoff, self.timeout = max(0, int(retries)), float(backoff), float(timeout)
        self._authorization = _authorization(env)
        handlers: list = [_NoRedirect()]
        if _is_loopback(parts.hostname):
            handlers.append(urllib.request.ProxyHandler({}))  # never send loopback traffic to a proxy
        self._opener = urllib.request.build_opener(*handlers)
        if check:
            self._select("ASK {}")  # fail early (down, wrong URL, credentials) before any work

    # ------------------------------------------------------------ HTTP

    def _request(self, method: str, url: str, *, body: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, missing_ok: bool = False) -> tuple[int, str, bytes]:
        headers = {"User-Agent": "stancegraph"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        if self._authorization:
            headers["Authorization"] = self._authorization
        what = f"{method} {url.split('?', 1)[0]}"
        delay = self.backoff
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            log.debug("%s (attempt %d)", what, attempt + 1)
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.status, response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as error:
                status = error.code
                detail = _first_line(error.read())
                if status == 404 and missing_ok:
                    return 404, "", b""
                if status in (401, 403):
                    raise InputError(self._auth_message(status)) from None
                if status in _TRANSIENT and attempt < self.retries:
                    log.info("%s: HTTP %d, retrying in %.1f s", what, status, delay)
                    time.sleep(delay)
                    delay *= 2
                    continue
                if 300 <= status < 400:
                    raise InputError(f"SPARQL server {self.location} redirected {what} (HTTP {status}); "
                                     "give the final URL with --store") from None
                raise InputError(f"SPARQL server {self.location} refused {what}: HTTP {status} {detail}".rstrip()) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException, socket.timeout) as error:
                reason = getattr(error, "reason", error)
                if attempt < self.retries:
                    log.info("%s: %s, retrying in %.1f s", what, reason, delay)
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise InputError(
                    f"cannot reach the SPARQL server at {self.location} ({reason}) after {attempt + 1} attempt(s); "
                    "start it or check the --store URL"
                ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _auth_message(self, status: int) -> str:
        if self._authorization:
            return (f"SPARQL server {self.location} rejected the credentials (HTTP {status}); check {ENV_TOKEN}, "
                    f"or {ENV_USER} and {ENV_PASSWORD}")
        return (f"SPARQL server {self.location} needs credentials (HTTP {status}); set {ENV_USER} and {ENV_PASSWORD}, "
                f"or {ENV_TOKEN}")

    def _graph_url(self, name: str) -> str:
        return f"{self.store_endpoint}?{urllib.parse.urlencode({'graph': name})}"

    # ------------------------------------------------------------ primitives

    def _graph_nt(self, name: str) -> bytes | None:
        status, _, data = self._request("GET", self._graph_url(name), accept="application/n-triples", missing_ok=True)
        return None if status == 404 else data

    def _put_nt(self, name: str, data: bytes) -> None:
        self._request("PUT", self._graph_url(name), body=data, content_type="application/n-triples")

    def _update(self, text: str) -> None:
        self._request("POST", self.update_endpoint, body=text.encode("utf-8"),
                      content_type="application/sparql-update")

    def _select(self, text: str, params: list[tuple[str, str]] | None = None) -> tuple[list[str], list[tuple]]:
        url = self.query_endpoint + ("?" + urllib.parse.urlencode(params) if params else "")
        _, ctype, data = self._request("POST", url, body=text.encode("utf-8"), content_type="application/sparql-query",
                                       accept="application/sparql-results+json, application/n-triples;q=0.9")
        return _parse_results(data, ctype, self.location)

    def query(self, text, substitutions, *, source="(SPARQL text)", as_text=False):
        from stancegraph.rdf.query import _prologue, _with_values

        text = _with_values(text, substitutions, source)
        dataset = [("default-graph-uri", DOCUMENTS_GRAPH), ("default-graph-uri", VOCABULARY_GRAPH)]
        variables, rows = self._select(_prologue(text) + text, dataset)
        if as_text:
            rows = [tuple(None if v is None else str(v) for v in row) for row in rows]
        return variables, rows

    def export(self, format: str) -> tuple[bytes, int]:
        """Fetched graph by graph, then written sorted (the server's order is not ours to rely on)."""
        import pyoxigraph as ox

        from stancegraph.rdf.formats import QUAD_FORMATS, _serialize

        if format in QUAD_FORMATS:
            quads = ox.parse(self._documents_nquads(), format=ox.RdfFormat.N_QUADS)
        else:
            quads = ox.parse(self._graph_nt(DOCUMENTS_GRAPH) or b"", format=ox.RdfFormat.N_TRIPLES)
        return _serialize(quads, format)


def _authorization(env: Mapping[str, str]) -> str | None:
    token = env.get(ENV_TOKEN)
    if token:
        return f"Bearer {token}"
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if user or password:
        if not (user and password is not None):
            raise InputError(f"{ENV_USER} is set but {ENV_PASSWORD} is not (or the other way round); set both")
        return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return None


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip().splitlines()
    return text[0][:200] if text else ""


def _parse_results(data: bytes, content_type: str, location: str) -> tuple[list[str], list[tuple]]:
    """SPARQL JSON results (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE) -> (variables, rows)."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in ("application/n-triples", "text/plain", "text/turtle"):
        import pyoxigraph as ox

        from stancegraph.rdf.query import _to_rdflib

        fmt = ox.RdfFormat.TURTLE if ctype == "text/turtle" else ox.RdfFormat.N_TRIPLES
        return ["subject", "predicate", "object"], [
            (_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)) for t in ox.parse(data, format=fmt)
        ]
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(f"SPARQL server {location} answered with {ctype or 'no content type'}, not SPARQL JSON "
                         "results; is --store the server's base URL?") from None
    if "boolean" in doc:
        return ["ask"], [(Literal(bool(doc["boolean"])),)]
    variables = list(doc.get("head", {}).get("vars", []))
    rows = [tuple(_json_term(b.get(v)) for v in variables) for b in doc.get("results", {}).get("bindings", [])]
    return variables, rows


def _json_term(value: dict | None):
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        if lang:
            return Literal(value["value"], lang=lang)
        datatype = value.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    return Literal(str(value.get("value", "")))
