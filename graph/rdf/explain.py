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
    """What the graph says about ``statement`` (an IRI, ``st:HASH`` or the hash) and every report of it.

    Raises
    ------
    InputError
        if the graph has no such statement.

    Examples
    --------
    The graph of one hand-made statement ("Russia demanded talks with NATO."):

    >>> import datetime as dt
    >>> from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span, Statement
    >>> from stancegraph.rdf.mint import statement_iri, to_rdf
    >>> text = "Russia demanded talks with NATO."
    >>> st = Statement(document="d1", sentence=Span(text=text, start=0, end=32),
    ...                cue=Span(text="demanded", start=7, end=15),
    ...                speaker=ActorRef(actor=Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")),
    ...                targets=(ActorRef(actor=Actor(id="NATO", label="NATO", kind=ActorKind.IGO)),),
    ...                type="DEMAND", rule="verb:nsubj>prep-with", confidence=0.8)
    >>> graph = to_rdf([Document(id="d1", text=text, date=dt.date(2022, 1, 20))], [st])
    >>> key = str(statement_iri(st)).rsplit("/", 1)[-1]
    >>> info = explain_statement(graph, f"st:{key}")
    >>> info["speaker"], info["type"], info["targets"], info["status"]
    ('Russia', 'DEMAND', ['NATO'], 'asserted')
    >>> [(m["document"], m["cue"], m["cue_span"], m["rule"]) for m in info["mentions"]]
    [('d1', 'demanded', (7, 15), 'verb:nsubj>prep-with')]
    >>> explain_statement(graph, "st:0000")
    Traceback (most recent call last):
    stancegraph.errors.InputError: statement 'st:0000' is not in the graph; ...
    """
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
    """A readable account of :func:`explain_statement`'s result.

    Examples
    --------
    >>> info = {"statement": "https://w3id.org/stancegraph/statement/1df9e98928b89348", "speaker": "Russia",
    ...         "type": "DEMAND", "targets": ["NATO"], "status": "asserted", "negated": "false", "issue": None,
    ...         "condition": None, "date": None,
    ...         "mentions": [{"document": "d1", "sentence": "Russia demanded talks with NATO.",
    ...                       "sentence_span": (0, 32), "cue": "demanded", "cue_span": (7, 15),
    ...                       "rule": "verb:nsubj>prep-with", "path": "demanded >nsubj Russia", "confidence": 0.8}]}
    >>> print(format_explanation(info))
    Russia DEMAND NATO
      statement: https://w3id.org/stancegraph/statement/1df9e98928b89348
      status: asserted   negated: false   date: -
      report 1: d1 [0:32]
        sentence: Russia demanded talks with NATO.
        cue: 'demanded' [7:15]
        rule: verb:nsubj>prep-with   confidence: 0.80
        parse path: demanded >nsubj Russia
    """
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
