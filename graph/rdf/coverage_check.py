"""Is an RDF graph a stancegraph graph at all? What a command should warn about before it answers "0 rows".

An empty Turtle file, or one in another vocabulary (FOAF, schema.org), parses fine, "conforms" to our shapes
(nothing in it is a statement) and gives empty tables and diagrams. :func:`missing_vocabulary` names what is
missing, for the command to print as a warning.

>>> from rdflib import Graph
>>> missing_vocabulary(Graph(), "empty.ttl")
'empty.ttl: empty graph (no triples); build one with: stancegraph build INPUT -o out/ (then use out/graph.ttl)'
"""
from __future__ import annotations

from itertools import islice

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from stancegraph.kb.vocab import SG

__all__ = ["missing_vocabulary"]

_FIX = "build one with: stancegraph build INPUT -o out/ (then use out/graph.ttl)"


def missing_vocabulary(graph: Graph, name: str) -> str | None:
    """One line naming what ``graph`` (read from ``name``) lacks to be a stancegraph graph, or None if it has
    statements (``sg:Statement``).

    >>> g = Graph().parse(data='<http://ex.org/a> <http://xmlns.com/foaf/0.1/name> "Alice" .', format="turtle")
    >>> print(missing_vocabulary(g, "people.ttl"))
    people.ttl: no sg:Statement in its 1 triple(s) (vocabularies used: http://xmlns.com/foaf/0.1/); not a stancegraph graph? build one with: stancegraph build INPUT -o out/ (then use out/graph.ttl)
    """
    if next(iter(graph.triples((None, RDF.type, SG.Statement))), None) is not None:
        return None
    triples = list(islice(graph.triples((None, None, None)), 10_001))
    if not triples:
        return f"{name}: empty graph (no triples); {_FIX}"
    count = f"{len(triples) - 1}+" if len(triples) > 10_000 else str(len(triples))
    spaces = sorted({_namespace(p) for _, p, _ in triples if isinstance(p, URIRef) and p != RDF.type})[:4]
    used = f" (vocabularies used: {', '.join(spaces)})" if spaces else ""
    return f"{name}: no sg:Statement in its {count} triple(s){used}; not a stancegraph graph? {_FIX}"


def _namespace(iri: URIRef) -> str:
    text = str(iri)
    cut = max(text.rfind("#"), text.rfind("/"))
    return text[:cut + 1] if cut > 0 else text
