"""What both graph stores share: the layout of named graphs, adding, replacing and removing documents, recounts.

Layout of a store (the same in an embedded Oxigraph folder and on a SPARQL server); it holds data only:

- one named graph per document, named by the document IRI (``doc:`` + first 16 hex of the SHA-256
  of the text), exactly as in ``graph.trig``: the unit that is added, replaced and removed, and the
  provenance of every triple (which document said it);
- ``stancegraph:graph/documents``: the de-duplicated union of the document graphs (what ``graph.ttl``
  holds), kept up to date on every change. Queries need every triple once: Oxigraph's union of all
  graphs would give a triple once per document that holds it, and a query cannot be told to
  de-duplicate the union of thousands of graphs cheaply;
- the ontology, the code book and the actor registry, each in its own graph
  (``stancegraph.kb.resources.SUPPORT_GRAPHS``), so that queries can use code-book weights and actor
  labels, and so that a new stancegraph version can replace them as a whole;
- ``stancegraph:graph/vocabulary``: the triples of those three graphs that no document holds, so that
  the default graph of a query (documents + vocabulary) holds every triple exactly once.

Queries see the union of ``graph/documents`` and ``graph/vocabulary`` as their default graph: every
triple once, as :func:`stancegraph.rdf.query.run_query` sees a file. Exports read the document graphs
back and write them with Oxigraph (:func:`stancegraph.rdf.io.serialize`), in canonical order.

Documents are identified by content: adding the same text again changes nothing; a document with the
same ``dcterms:identifier`` and a new text replaces the old graph; :meth:`GraphStore.remove` deletes one.
``sg:mentionCount`` is computed by ``to_rdf`` over one build; after every change the store recounts it
over all documents (the distinct ``sg:hasMention`` of each statement) and rewrites it in every graph
that holds the statement, so the result does not depend on how documents were split across builds.
Graphs are compared without regard to blank-node labels (the ontology's ``owl:AllDisjointClasses`` has
blank nodes, which every parse labels anew) and to the lexical form Oxigraph gives a literal.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.namespace import DCTERMS, RDF

from stancegraph.errors import InputError
from stancegraph.kb.resources import SUPPORT_GRAPHS, ontology_text
from stancegraph.kb.vocab import BASE, DOCUMENT, SG
from stancegraph.rdf.io import QUAD_FORMATS, serialize, to_rdflib
from stancegraph.rdf.ntriples import Quads

__all__ = ["GraphStore", "StoreReport", "StoredDocument", "DOCUMENTS_GRAPH", "VOCABULARY_GRAPH", "SUPPORT_GRAPHS",
           "graph_ref", "same_graph"]

DOCUMENTS_GRAPH = BASE + "graph/documents"
"""Named graph holding the de-duplicated union of all document graphs."""
VOCABULARY_GRAPH = BASE + "graph/vocabulary"
"""Named graph holding the ontology, code-book and registry triples that no document holds."""
_SAFE_IRI = re.compile(r"^(https?|urn):[^\x00-\x20<>\"{}|^`\\]+$")
_MENTION_COUNT = str(SG.mentionCount).encode("utf-8")
_BATCH = 200  # document graphs per load and per union update


def graph_ref(iri: str) -> str:
    """``<iri>`` for SPARQL Update text: only IRIs that cannot end the ``<...>`` token pass.

    >>> graph_ref("https://w3id.org/stancegraph/graph/documents")
    '<https://w3id.org/stancegraph/graph/documents>'
    """
    if not _SAFE_IRI.match(iri):
        raise InputError(f"{iri!r} is not an IRI stancegraph can name a graph with (http(s):// or urn:, no spaces or <>\"{{}}|^`\\)")
    return f"<{iri}>"


def _support_refs() -> str:
    return " ".join(graph_ref(g) for g in SUPPORT_GRAPHS.values())


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
              as_text: bool = False, max_rows: int | None = None,
              timeout: float | None = None) -> tuple[list[str], list[tuple]]:
        """Run a (checked, read-only) query with the documents and the vocabulary as default graph.

        ``substitutions`` maps ``pyoxigraph.Variable`` to terms; ``as_text``: see
        :func:`stancegraph.rdf.query.run_query`, which checks the query and resolves parameters first;
        ``max_rows`` and ``timeout``: the limits described there.
        """
        raise NotImplementedError

    def export(self, format: str) -> tuple[bytes, int]:
        """The documents serialised in ``format`` (an ``RdfFormat`` name) by Oxigraph, in canonical order,
        and the statement count: the bytes ``build`` writes for the same documents.

        Quad formats read every document graph; the others read only their union (one graph).
        """
        if format in QUAD_FORMATS:
            quads = self.document_quads()
        else:
            union = self._graph_nt(DOCUMENTS_GRAPH) or b""
            quads = Quads.from_oxigraph(ox.parse(union, format=ox.RdfFormat.N_TRIPLES))
        return serialize(quads, format), len(quads)

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
                if same_graph(self._graph_nt(name), data):
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
        return to_rdflib(self.document_quads(), fast=True)

    def document_quads(self) -> Quads:
        """The document graphs as canonical quads, read back from the store (what exports write)."""
        quads: list[Any] = []
        for doc in self.documents():
            node = ox.NamedNode(doc.iri)
            data = self._graph_nt(doc.iri) or b""
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, node)
                         for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        return Quads.from_oxigraph(quads)

    def _drop_document(self, name: str) -> None:
        g, docs, vocab = graph_ref(name), graph_ref(DOCUMENTS_GRAPH), graph_ref(VOCABULARY_GRAPH)
        # the union loses the triples that no other document holds; then the graph goes
        self._update(
            f"DELETE {{ GRAPH {docs} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({g}, {docs}, {vocab}, "
            f"{', '.join(graph_ref(s) for s in SUPPORT_GRAPHS.values())})) }} }} ;\n"
            f"DROP SILENT GRAPH {g}"
        )

    def _put_many(self, graphs: list[tuple[str, bytes]]) -> None:
        """Write new document graphs (none of them is in the store) and add their triples to the union."""
        for name, data in graphs:
            self._put_nt(name, data)
        self._update(
            f"INSERT {{ GRAPH {graph_ref(DOCUMENTS_GRAPH)} {{ ?s ?p ?o }} }} WHERE {{ "
            f"VALUES ?g {{ {' '.join(graph_ref(name) for name, _ in graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        )

    def _after_change(self) -> None:
        """Recount mentions over all documents and rebuild the vocabulary-only graph."""
        self._recount()
        docs, vocab = graph_ref(DOCUMENTS_GRAPH), graph_ref(VOCABULARY_GRAPH)
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
        changed = False
        for filename, name in SUPPORT_GRAPHS.items():
            try:
                text = ontology_text(filename)
            except InputError:
                continue
            data = _normalised_nt(text.encode("utf-8"), ox.RdfFormat.TURTLE)
            if not same_graph(self._graph_nt(name), data, keep_counts=True):
                self._put_nt(name, data)
                changed = True
        return changed


_RECOUNT_PATTERN = (  # (?g ?s ?old ?n): a statement whose count in graph ?g is not its count over all documents
    f"{{ {{ SELECT ?s (COUNT(DISTINCT ?m) AS ?n) WHERE {{ GRAPH {graph_ref(DOCUMENTS_GRAPH)} {{ ?s <{SG.hasMention}> ?m }} }} "
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
        graph_ref(name)
        (triple,) = ox.parse(found.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        out.append((name, triple.object.value, ("\n".join(lines) + "\n").encode("utf-8")))
    return out


def _normalised_nt(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
    """N-Triples of ``data`` with literals in the form Oxigraph stores them ("-5.0" decimal -> "-5")."""
    mem = ox.Store()
    mem.load(data, format=fmt)
    return mem.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def _canonical_lines(data: bytes, keep_counts: bool) -> set[str]:
    """The triples of N-Triples ``data``, literals as stored and blank nodes relabelled canonically."""
    dataset = ox.Dataset(ox.parse(_normalised_nt(data), format=ox.RdfFormat.N_TRIPLES))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)  # the same labels for the same graph
    count = str(SG.mentionCount)
    return {str(q) for q in dataset if keep_counts or q.predicate.value != count}


def same_graph(stored: bytes | None, new: bytes, *, keep_counts: bool = False) -> bool:
    """Do two N-Triples texts hold the same graph (mention counts aside, unless ``keep_counts``: the
    store recounts them)? Blank-node labels and literal lexical forms do not count.

    >>> same_graph(b'_:a <http://ex.org/p> "1.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .\\n',
    ...            b'_:b <http://ex.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#decimal> .\\n')
    True
    """
    if stored is None:
        return False
    fast = lambda data: {line for line in data.splitlines()  # noqa: E731  (identical text: no parsing)
                         if line.strip() and (keep_counts or _MENTION_COUNT not in line)}
    return fast(stored) == fast(new) or _canonical_lines(stored, keep_counts) == _canonical_lines(new, keep_counts)
