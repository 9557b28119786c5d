"""Document graphs as a store receives them, and graph comparison that ignores blank-node labels.

A store compares each incoming document graph (canonical N-Triples, see :mod:`stancegraph.rdf.ntriples`)
with the one it holds to tell ``unchanged`` from ``updated``. Identical text is the fast path; otherwise
both sides are parsed, literals put in the form Oxigraph stores them ("-5.0" decimal -> "-5") and blank
nodes relabelled canonically (``pyoxigraph.Dataset.canonicalize``), so the ontology, whose
``owl:AllDisjointClasses`` has blank nodes that every parse labels anew, is not seen as changed.
"""
from __future__ import annotations

import bisect

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.namespace import DCTERMS, RDF

from stancegraph.errors import InputError
from stancegraph.kb.vocab import SG
from stancegraph.rdf.ntriples import Quads

__all__ = ["document_graphs", "normalised_nt", "same_graph"]

_MENTION_COUNT = str(SG.mentionCount).encode("utf-8")


def document_graphs(dataset: "Dataset | Quads", check_name=None) -> list[tuple[str, str, bytes]]:
    """(graph name, identifier, canonical N-Triples) of each document graph; anything else is refused.

    ``check_name`` (a function of the graph IRI) may refuse a name by raising.

    >>> document_graphs(Dataset())
    []
    """
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
        if check_name is not None:
            check_name(name)
        (triple,) = ox.parse(found.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        out.append((name, triple.object.value, ("\n".join(lines) + "\n").encode("utf-8")))
    return out


def normalised_nt(data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
    """N-Triples of ``data`` with literals in the form Oxigraph stores them.

    >>> normalised_nt(b'<http://ex.org/s> <http://ex.org/p> "-5.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .')
    b'<http://ex.org/s> <http://ex.org/p> "-5"^^<http://www.w3.org/2001/XMLSchema#decimal> .\\n'
    """
    mem = ox.Store()
    mem.load(data, format=fmt)
    return mem.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def _canonical_lines(data: bytes, keep_counts: bool) -> set[str]:
    """The triples of N-Triples ``data``, literals as stored and blank nodes relabelled canonically."""
    dataset = ox.Dataset(ox.parse(normalised_nt(data), format=ox.RdfFormat.N_TRIPLES))
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
