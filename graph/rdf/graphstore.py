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

Every change is one commit (:mod:`stancegraph.rdf.journal`): new graphs are written under staging
names, then one SPARQL Update moves them in and updates the union, the counts and the vocabulary, so a
stop at any moment leaves the old store or the new one; the next change cleans up what a stop left.
A query's named graphs (``GRAPH ?g``) are the document graphs, as in ``graph.trig``.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.namespace import DCTERMS

from stancegraph.errors import InputError
from stancegraph.kb.resources import SUPPORT_GRAPHS, ontology_text
from stancegraph.kb.vocab import BASE, DOCUMENT, SG
from stancegraph.rdf.io import QUAD_FORMATS, serialize, to_rdflib
from stancegraph.rdf.docgraphs import document_graphs, normalised_nt, same_graph
from stancegraph.rdf.journal import (
    STAGED, begin_text, build_keys_query, build_keys_text, drop_document_text, finish_text, journal_query,
    recount_text, repair_text, staging_name, union_insert_text, vocabulary_text,
)
from stancegraph.rdf.ntriples import Quads

__all__ = ["GraphStore", "StoreReport", "StoreWarning", "StoredDocument", "DOCUMENTS_GRAPH", "VOCABULARY_GRAPH", "SUPPORT_GRAPHS",
           "graph_ref", "same_graph"]

DOCUMENTS_GRAPH = BASE + "graph/documents"
"""Named graph holding the de-duplicated union of all document graphs."""
VOCABULARY_GRAPH = BASE + "graph/vocabulary"
"""Named graph holding the ontology, code-book and registry triples that no document holds."""
_SAFE_IRI = re.compile(r"^(https?|urn):[^\x00-\x20<>\"{}|^`\\]+$")
_BATCH = 200  # staging graphs per load (embedded store)


def graph_ref(iri: str) -> str:
    """``<iri>`` for SPARQL Update text: only IRIs that cannot end the ``<...>`` token pass.

    >>> graph_ref("https://w3id.org/stancegraph/graph/documents")
    '<https://w3id.org/stancegraph/graph/documents>'
    """
    if not _SAFE_IRI.match(iri):
        raise InputError(f"{iri!r} is not an IRI stancegraph can name a graph with (http(s):// or urn:, no spaces or <>\"{{}}|^`\\)")
    return f"<{iri}>"


class StoreWarning(UserWarning):
    """Something about a store that works but should be fixed or known (credentials over plain http, a
    stopped change cleaned up)."""


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

    def add(self, dataset: "Dataset | Quads", *, keys: Mapping[str, str] | None = None) -> StoreReport:
        """Add the document graphs of ``dataset`` (as built by ``to_quads``/``to_rdf``/``build_graph``).

        A document already stored with the same statements is left alone; one stored under the same
        ``dcterms:identifier`` with another text is replaced. Mention counts are recomputed afterwards.
        The change is committed at once (:mod:`stancegraph.rdf.journal`): stopped at any moment, it
        leaves the store as it was, and the next change finishes the clean-up. ``keys`` (document IRI ->
        build key, :mod:`stancegraph.run.resume`) are recorded with the documents.
        """
        graphs = document_graphs(dataset, graph_ref)
        self.recover()
        report = StoreReport()
        support = self._support_changes()
        stored = {d.iri: d for d in self.documents()}
        by_identifier: dict[str, list[str]] = {}
        for doc in stored.values():
            by_identifier.setdefault(doc.identifier, []).append(doc.iri)
        batch = {name for name, _, _ in graphs}
        drops: list[str] = []
        to_put: list[tuple[str, bytes]] = []
        for name, identifier, data in graphs:
            for old in by_identifier.get(identifier, []):
                if old != name and old not in batch and old in stored:
                    drops.append(old)
                    del stored[old]
                    report.replaced.append(old)
            if name in stored:
                if same_graph(self._graph_nt(name), data):
                    report.unchanged.append(name)
                    continue
                drops.append(name)
                report.updated.append(name)
            else:
                report.added.append(name)
            to_put.append((name, data))
        keys = dict(keys or {})
        if keys:
            known = self.build_keys()
            keys = {d: k for d, k in keys.items() if known.get(d) != k or d in report.updated}
        if report.changed or support or keys:
            self._commit(drops, support + to_put, [name for name, _ in to_put], keys)
        return report

    def build_keys(self) -> dict[str, str]:
        """Document IRI -> the build key it was stored with (:mod:`stancegraph.run.resume`)."""
        return {str(d): str(k) for d, k in self._select(build_keys_query())[1]}

    def remove(self, document: str) -> StoreReport:
        """Remove a document: its IRI, ``doc:<hash>``, the 16-hex hash or its ``dcterms:identifier``."""
        self.recover()
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
        report = StoreReport(removed=[d.iri for d in matches])
        self._commit(report.removed, [], [], {})
        return report

    def recover(self) -> bool:
        """Finish what a stopped change left (its journal): drop its staging graphs, rebuild the union, the
        counts and the vocabulary from the document graphs. True if there was something to finish."""
        _, rows = self._select(journal_query())
        if not rows:
            return False
        staged = sorted(str(o) for p, o in rows if str(p) == STAGED)
        warnings.warn(f"store {self.location}: an earlier change was stopped before it ended; its {len(staged)} "
                      "staged graph(s) are dropped and the union, counts and vocabulary rebuilt", StoreWarning,
                      stacklevel=3)
        union = graph_ref(DOCUMENTS_GRAPH)
        self._update(" ;\n".join([repair_text(staged, union), *self._derived_texts()]))
        return True

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

    def _stage(self, graphs: list[tuple[str, bytes]]) -> None:
        """Write staging graphs (N-Triples each); a subclass may write many at once."""
        for name, data in graphs:
            self._put_nt(name, data)

    def _commit(self, drops: list[str], puts: list[tuple[str, bytes]], documents: list[str],
                keys: dict[str, str]) -> None:
        """Journal, staging writes, then one update: ``drops`` out, ``puts`` in (``documents`` among them
        go into the union), build ``keys`` set, counts, vocabulary, journal dropped."""
        key_ops = build_keys_text({graph_ref(d): k for d, k in keys.items()}, [graph_ref(d) for d in drops])
        if not drops and not puts:  # only keys: nothing derived changes
            self._update(" ;\n".join(key_ops))
            return
        staged = [(staging_name(name), name, data) for name, data in puts]
        self._update(begin_text([s for s, _, _ in staged]))
        for start in range(0, len(staged), _BATCH):
            self._stage([(s, data) for s, _, data in staged[start:start + _BATCH]])
        union = graph_ref(DOCUMENTS_GRAPH)
        ops = [drop_document_text(graph_ref(name), union) for name in drops]
        ops += [f"MOVE <{s}> TO {graph_ref(name)}" for s, name, _ in staged]
        if documents:
            ops.append(union_insert_text([graph_ref(name) for name in documents], union))
        self._update(" ;\n".join([*ops, *key_ops, *self._derived_texts()]))

    def _derived_texts(self) -> list[str]:
        """The closing operations of a commit: recount, vocabulary graph, journal dropped."""
        union = graph_ref(DOCUMENTS_GRAPH)
        support = [graph_ref(g) for g in SUPPORT_GRAPHS.values()]
        return [recount_text(union), vocabulary_text(graph_ref(VOCABULARY_GRAPH), union, support), finish_text()]

    def _support_changes(self) -> list[tuple[str, bytes]]:
        """The packaged ontology, code book and registry graphs that are missing or changed in the store."""
        changed = []
        for filename, name in SUPPORT_GRAPHS.items():
            try:
                text = ontology_text(filename)
            except InputError:
                continue
            data = normalised_nt(text.encode("utf-8"), ox.RdfFormat.TURTLE)
            if not same_graph(self._graph_nt(name), data, keep_counts=True):
                changed.append((name, data))
        return changed
