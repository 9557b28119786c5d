"""Read the statements, mentions, documents and actors of a built graph with a few flat SPARQL queries.

The queries are facts of the data model (docs/graph-model.md), not questions a user asks, so they
live here as Python strings rather than in ``ontology/queries/`` (where ``stancegraph queries``
would list them). Each returns one row per property value: aggregation happens in Python, so the
queries run the same on rdflib's SPARQL engine and on Oxigraph's, and a statement with n targets
costs n rows, not a cross product.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS
from rdflib.plugins.sparql import prepareQuery

from stancegraph.kb.actorkinds import actor_classes
from stancegraph.kb.vocab import OA, ORG, SCHEMA, SG, WD

__all__ = [
    "ACTOR_KINDS", "cached_query", "union_view", "read_statements", "read_mentions", "read_documents",
    "read_actors", "read_issues", "read_states_of", "mention_key", "as_int", "local_name",
]

logger = logging.getLogger(__name__)

ACTOR_KINDS: dict[URIRef, str] = {cls: kind.value for kind, cls in actor_classes().items()}
"""rdf:type class of an actor -> ``kind`` node attribute (the values of ``stancegraph.ActorKind``)."""

STATEMENT_QUERY = f"""
SELECT ?st ?p ?o WHERE {{
  VALUES ?p {{ <{SG.speaker}> <{SG.target}> <{SG.onBehalfOf}> <{SG.targetOnBehalfOf}> <{SG.eventType}>
              <{SG.date}> <{SG.mentionCount}> <{SG.hasMention}> <{SG.issue}> <{SG.negated}> <{SG.modality}>
              <{SG.condition}> <{SG.status}> <{SG.speakerSector}> <{SG.targetSector}> }}
  ?st ?p ?o .
}} ORDER BY ?st ?p ?o
"""

MENTION_QUERY = f"""
SELECT ?m ?doc ?sentence ?sstart ?send ?cue WHERE {{
  ?st <{SG.hasMention}> ?m .
  OPTIONAL {{ ?m <{OA.hasSource}> ?doc }}
  OPTIONAL {{ ?m <{SG.sentenceSelector}> ?ss . ?ss <{OA.exact}> ?sentence .
             OPTIONAL {{ ?ss <{OA.start}> ?sstart }} OPTIONAL {{ ?ss <{OA.end}> ?send }} }}
  OPTIONAL {{ ?m <{SG.cueSelector}> ?cs . ?cs <{OA.exact}> ?cue }}
}} ORDER BY ?m
"""

MENTION_TEXT_QUERY = f"""
SELECT ?m ?p ?o WHERE {{
  VALUES ?p {{ <{SG.speakerText}> <{SG.targetText}> }}
  ?m ?p ?o .
}} ORDER BY ?m ?p ?o
"""

DOCUMENT_QUERY = f"""
SELECT DISTINCT ?doc ?p ?o WHERE {{
  VALUES ?p {{ <{DCTERMS.identifier}> <{DCTERMS.title}> <{DCTERMS.date}> <{DCTERMS.source}> <{SCHEMA.url}> }}
  ?m <{OA.hasSource}> ?doc .
  ?doc ?p ?o .
}} ORDER BY ?doc ?p ?o
"""

ACTOR_QUERY = f"""
SELECT ?a ?cls ?label WHERE {{
  VALUES ?cls {{ {" ".join(f"<{c}>" for c in ACTOR_KINDS)} }}
  ?a <{RDF.type}> ?cls .
  OPTIONAL {{ ?a <{SKOS.prefLabel}> ?label }}
}} ORDER BY ?a ?cls ?label
"""

ACTOR_CODE_QUERY = f"""
SELECT ?a ?p ?o WHERE {{
  VALUES ?p {{ <{SG.iso3}> <{OWL.sameAs}> <{SG.sector}> <{SG.cameoCode}> }}
  ?a ?p ?o .
}} ORDER BY ?a ?p ?o
"""

ISSUE_QUERY = f"""
SELECT DISTINCT ?i ?label WHERE {{
  ?st <{SG.issue}> ?i .
  OPTIONAL {{ ?i <{SKOS.prefLabel}> ?label }}
}} ORDER BY ?i ?label
"""

# states an actor can stand for: organs via sg:partOf, groups via sg:basedIn, persons via their posts (org:Membership)
STATE_OF_QUERY = f"""
SELECT ?a ?state WHERE {{
  {{ ?a <{SG.partOf}> ?state }} UNION {{ ?a <{SG.basedIn}> ?state }}
  UNION {{ ?post <{ORG.member}> ?a ; <{ORG.organization}> ?state }}
}} ORDER BY ?a ?state
"""

_DOCUMENT_FIELDS = {DCTERMS.identifier: "id", DCTERMS.title: "title", DCTERMS.date: "date", DCTERMS.source: "source",
                    SCHEMA.url: "url"}

_PREPARED: dict[str, Any] = {}


def cached_query(graph: Graph, text: str):
    """Run ``text`` on ``graph``; with rdflib's own engine the parsed query is cached (parsing
    costs more than answering on small graphs), Oxigraph-backed graphs get the text."""
    if type(graph.store).__name__ == "OxigraphStore":
        return graph.query(text)
    if text not in _PREPARED:
        _PREPARED[text] = prepareQuery(text)
    return graph.query(_PREPARED[text])


def union_view(graph: Graph) -> Graph:
    """A Dataset without default_union only queries its (empty) default graph: view it as a union."""
    if isinstance(graph, Dataset) and not graph.default_union:
        return Dataset(store=graph.store, default_union=True)
    return graph


def read_statements(graph: Graph) -> dict[str, dict[URIRef, set]]:
    """statement IRI -> {property: values} for every statement with a speaker, sorted by IRI.

    >>> from stancegraph.kb.vocab import ACTOR, STATEMENT
    >>> g = Graph()
    >>> _ = g.add((STATEMENT.s1, SG.speaker, ACTOR.RUS)); _ = g.add((STATEMENT.s2, SG.target, ACTOR.USA))
    >>> {iri.rsplit("/", 1)[-1]: sorted(props[SG.speaker]) for iri, props in read_statements(g).items()}
    {'s1': ['https://w3id.org/stancegraph/actor/RUS']}
    """
    statements: dict[str, dict[URIRef, set]] = defaultdict(lambda: defaultdict(set))
    for st, p, o in cached_query(graph, STATEMENT_QUERY):
        statements[str(st)][p].add(o if isinstance(o, Literal) else str(o))
    return {iri: props for iri, props in sorted(statements.items()) if props[SG.speaker]}


def read_mentions(graph: Graph) -> dict[str, dict[str, Any]]:
    """mention IRI -> {doc, sentence, start, end, cue, speaker_text, target_texts} (first source if several)."""
    mentions: dict[str, dict[str, Any]] = {}
    for m, doc, sentence, sstart, send, cue in cached_query(graph, MENTION_QUERY):
        entry = {"doc": str(doc) if doc is not None else None, "sentence": str(sentence) if sentence is not None else None,
                 "start": as_int(sstart) if sstart is not None else None,
                 "end": as_int(send) if send is not None else None, "cue": str(cue) if cue is not None else None}
        old = mentions.get(str(m))
        if old is None or mention_key(entry) < mention_key(old):
            mentions[str(m)] = entry
    for m, p, o in cached_query(graph, MENTION_TEXT_QUERY):
        entry = mentions.get(str(m))
        if entry is None:
            continue
        if p == SG.speakerText:
            entry["speaker_text"] = min(entry.get("speaker_text") or str(o), str(o))
        else:
            entry.setdefault("target_texts", [])
            if str(o) not in entry["target_texts"]:
                entry["target_texts"] = sorted([*entry["target_texts"], str(o)])
    return mentions


def mention_key(mention: dict) -> tuple:
    """Sort key of a mention: document, sentence start, cue (the first mention names a statement's text)."""
    start = mention.get("start")
    return (mention.get("doc") or "~", start if start is not None else 1 << 60, mention.get("cue") or "")


def read_documents(graph: Graph) -> dict[str, dict[str, Any]]:
    """document IRI -> {id, title, date (ISO day), source, url}; the smallest value wins where there are several."""
    documents: dict[str, dict[str, Any]] = {}
    for doc, p, o in cached_query(graph, DOCUMENT_QUERY):
        entry = documents.setdefault(str(doc), {"id": None, "title": None, "date": None, "source": None, "url": None})
        key = _DOCUMENT_FIELDS[p]
        value = str(o)
        if key == "date":
            try:
                value = dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                logger.warning("ignoring malformed dcterms:date %r of %s", value, doc)
                continue
        if entry[key] is None or value < entry[key]:
            entry[key] = value
    return documents


def read_actors(graph: Graph) -> dict[str, dict[str, Any]]:
    """iri -> label (English or untagged first), kind (first in ACTOR_KINDS order), iso3, wikidata, and sector (code) when it has one."""
    order = list(ACTOR_KINDS)
    kinds: dict[str, URIRef] = {}
    labels: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for a, cls, label in cached_query(graph, ACTOR_QUERY):
        iri = str(a)
        if iri not in kinds or order.index(cls) < order.index(kinds[iri]):
            kinds[iri] = cls
        if label is not None:
            lang = (label.language or "").lower()
            rank = 0 if lang in ("", "en") or lang.startswith("en-") else 1
            labels[iri].append((rank, str(label)))
    actors = {
        iri: {"label": min(labels[iri])[1] if labels[iri] else None, "kind": ACTOR_KINDS[cls], "iso3": None,
              "wikidata": None}
        for iri, cls in kinds.items()
    }
    for a, p, o in cached_query(graph, ACTOR_CODE_QUERY):
        entry = actors.get(str(a))
        if entry is None:
            continue
        if p == SG.iso3:
            entry["iso3"] = min(entry["iso3"] or str(o), str(o))
        elif p == SG.cameoCode:
            entry["cameo"] = min(entry.get("cameo") or str(o), str(o))
        elif p == SG.sector:
            entry["sector"] = min(entry.get("sector") or local_name(str(o)), local_name(str(o)))
        elif str(o).startswith(str(WD)):
            qid = str(o)[len(str(WD)):]
            entry["wikidata"] = min(entry["wikidata"] or qid, qid)
    return actors


def read_issues(graph: Graph) -> dict[str, str | None]:
    """issue IRI -> its skos:prefLabel (None without one)."""
    return {str(i): (str(label) if label is not None else None) for i, label in cached_query(graph, ISSUE_QUERY)}


def read_states_of(graph: Graph) -> dict[str, frozenset[str]]:
    """actor IRI -> the states it can stand for (sg:partOf, sg:basedIn, its posts)."""
    state_of: dict[str, set[str]] = defaultdict(set)
    for a, state in cached_query(graph, STATE_OF_QUERY):
        state_of[str(a)].add(str(state))
    return {a: frozenset(s) for a, s in state_of.items()}


def as_int(value) -> int | None:
    """``value`` as an int (``"2"``, ``"2.0"``), or None with a warning if it is not a number.

    >>> as_int("2.0"), as_int(3)
    (2, 3)
    """
    try:
        return int(float(str(value)))
    except ValueError:
        logger.warning("ignoring malformed integer %r", str(value))
        return None


def local_name(iri: str, prefix: str = "") -> str:
    """The part of ``iri`` after ``prefix``, else after its last ``/`` or ``#``.

    >>> local_name("https://w3id.org/stancegraph/actor/RUS"), local_name("http://ex.org/a#b/")
    ('RUS', 'b')
    """
    if prefix and iri.startswith(prefix):
        return iri[len(prefix):]
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
