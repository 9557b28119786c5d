"""Check a graph against ontology/shapes/shapes.ttl with pySHACL: (conforms, one line per violation)."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH

from stancegraph.kb.resources import ontology_text, shapes_text
from stancegraph.kb.vocab import PREFIXES

__all__ = ["validate"]


@lru_cache(maxsize=1)
def _shapes_and_ontology() -> tuple[Graph, Graph, Graph]:
    shapes = Graph().parse(data=shapes_text(), format="turtle")
    ontology = Graph()
    ontology.parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    ontology.parse(data=ontology_text("codebook.ttl"), format="turtle")
    codebook = Graph().parse(data=ontology_text("codebook.ttl"), format="turtle")
    return shapes, ontology, codebook


def _short(term, graph: Graph) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - fall back to the full IRI
            return f"<{term}>"
    return str(term) if term is not None else "-"


def validate(graph: Graph) -> tuple[bool, list[str]]:
    """Validate ``graph`` (a Graph, or a Dataset: its union) against the stancegraph shapes.

    The ontology and the code book are given to pySHACL as ``ont_graph`` and the code-book
    concepts are added to a private copy of the data, so subclass-based checks (an ``sg:State``
    is an ``sg:Actor``) and code-book checks work on a bare data graph; ``graph`` is not changed.

    Returns
    -------
    (conforms, violations)
        ``violations`` holds one readable line per result, sorted:
        ``<focus node> <path>: <message> [value: <value>]``.

    Examples
    --------
    >>> from rdflib import Graph
    >>> validate(Graph())
    (True, [])
    """
    from pyshacl import validate as shacl_validate  # heavy (about 1 s to import): only when validating

    shapes, ontology, codebook = _shapes_and_ontology()
    # A private copy: the union of a Dataset's graphs, plus the code-book concepts (pySHACL's
    # ont_graph mixing copies only RDFS/OWL axioms, not SKOS concepts), validated in place.
    data = Graph()
    if isinstance(graph, Dataset) or getattr(graph, "context_aware", False):
        for s, p, o, _ in graph.quads((None, None, None, None)):
            data.add((s, p, o))
    else:
        for triple in graph:
            data.add(triple)
    for triple in codebook:
        data.add(triple)
    conforms, report, _text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True,
        allow_warnings=False, inplace=True,
    )
    names = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        names.bind(prefix, ns)
    lines = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        path_text = _short(path, names) if isinstance(path, URIRef) else ("(inverse path)" if path is not None else "")
        line = f"{_short(focus, names)} {path_text}".rstrip() + f": {message}"
        if value is not None and value != focus:
            line += f" [value: {_short(value, names)}]"
        severity = report.value(result, SH.resultSeverity)
        if severity is not None and severity != SH.Violation:
            line = f"({str(severity).rsplit('#', 1)[-1]}) {line}"
        lines.append(line)
    return bool(conforms), sorted(set(lines))
