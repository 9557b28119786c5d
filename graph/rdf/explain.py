"""Explain a statement of a built graph: its reports, sentences, cues, rules and parse paths."""
from __future__ import annotations

from typing import Any

from rdflib import Graph, URIRef

from stancegraph.errors import InputError
from stancegraph.kb.vocab import SG, STATEMENT

__all__ = ["explain_statement", "format_explanation"]

_QUERY = """
PREFIX sg: <https://w3id.org/stancegraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?st ?mention ?docid ?sentence ?sstart ?send ?cue ?cstart ?cend ?rule ?path ?confidence WHERE {
  ?st sg:hasMention ?mention .
  ?mention oa:hasSource ?doc ; sg:sentenceSelector ?ss ; sg:cueSelector ?cs ; sg:rule ?rule ; sg:confidence ?confidence .
  ?ss oa:exact ?sentence ; oa:start ?sstart ; oa:end ?send .
  ?cs oa:exact ?cue ; oa:start ?cstart ; oa:end ?cend .
  OPTIONAL { ?doc dcterms:identifier ?docid }
  OPTIONAL { ?mention sg:parsePath ?path }
} ORDER BY ?docid ?sstart ?cstart
"""


def _statement_iri(text: str) -> URIRef:
    text = text.strip().strip("<>")
    if text.startswith("st:"):
        text = text[3:]
    return URIRef(text) if text.startswith("http") else STATEMENT[text]


def _label(graph: Graph, node) -> str:
    from rdflib.namespace import SKOS

    label = graph.value(node, SKOS.prefLabel)
    return str(label) if label is not None else str(node).rsplit("/", 1)[-1]


def explain_statement(graph: Graph, statement: str) -> dict[str, Any]:
    """What the graph says about ``statement`` (an IRI, ``st:HASH`` or the hash) and every report of it."""
    st = _statement_iri(statement)
    if (st, None, None) not in graph:
        raise InputError(f"statement {statement!r} is not in the graph; list statements with "
                         "'stancegraph query GRAPH who-did-what-to-whom'")
    out: dict[str, Any] = {
        "statement": str(st),
        "speaker": _label(graph, graph.value(st, SG.speaker)),
        "type": str(graph.value(st, SG.eventType)).rsplit("/", 1)[-1],
        "targets": sorted(_label(graph, t) for t in graph.objects(st, SG.target)),
        "status": str(graph.value(st, SG.status)).rsplit("#", 1)[-1],
        "negated": str(graph.value(st, SG.negated)),
        "issue": _label(graph, graph.value(st, SG.issue)) if graph.value(st, SG.issue) is not None else None,
        "condition": str(graph.value(st, SG.condition)) if graph.value(st, SG.condition) is not None else None,
        "date": str(graph.value(st, SG.date)) if graph.value(st, SG.date) is not None else None,
        "mentions": [],
    }
    for row in graph.query(_QUERY, initBindings={"st": st}):
        out["mentions"].append({
            "document": str(row.docid), "sentence": str(row.sentence), "sentence_span": (int(row.sstart), int(row.send)),
            "cue": str(row.cue), "cue_span": (int(row.cstart), int(row.cend)), "rule": str(row.rule),
            "path": str(row.path) if row.path is not None else "", "confidence": float(row.confidence),
        })
    return out


def format_explanation(info: dict[str, Any]) -> str:
    """A readable account of :func:`explain_statement`'s result."""
    lines = [
        f"{info['speaker']} {info['type']} {', '.join(info['targets']) or '(no target)'}",
        f"  statement: {info['statement']}",
        f"  status: {info['status']}   negated: {info['negated']}   date: {info['date'] or '-'}",
    ]
    if info["issue"]:
        lines.append(f"  issue: {info['issue']}")
    if info["condition"]:
        lines.append(f"  condition: {info['condition']}")
    for n, m in enumerate(info["mentions"], 1):
        s0, s1 = m["sentence_span"]
        c0, c1 = m["cue_span"]
        lines += [
            f"  report {n}: {m['document']} [{s0}:{s1}]",
            f"    sentence: {' '.join(m['sentence'].split())}",
            f"    cue: {m['cue']!r} [{c0}:{c1}]",
            f"    rule: {m['rule']}   confidence: {m['confidence']:.2f}",
            f"    parse path: {m['path'] or '-'}",
        ]
    return "\n".join(lines)
