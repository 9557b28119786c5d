"""The explorer's data: actors, relations, statements and documents of a built graph as plain JSON values.

Read once from the statement table (:func:`stancegraph.analysis.table.statement_table`), plus one query
for what the table leaves out: each statement's cue offsets and confidence (from its mentions) and the
``sg:sector`` of actors where the graph has one. Values are indexes into shared lists (actors, documents,
sentences), so a sentence reported by many statements is stored once.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Graph, URIRef

from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.analysis.table_reader import as_int, cached_query, local_name, union_view
from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.vocab import OA, SG

__all__ = ["explorer_data", "DATA_VERSION"]

DATA_VERSION = 1
"""Version of the JSON the page reads; raise it when a key changes meaning."""

_SECTOR = URIRef(str(SG) + "sector")  # written by builds that know actor sectors; optional

MENTION_DETAIL_QUERY = f"""
SELECT ?st ?doc ?cs ?ce ?conf WHERE {{
  ?st <{SG.hasMention}> ?m .
  OPTIONAL {{ ?m <{OA.hasSource}> ?doc }}
  OPTIONAL {{ ?m <{SG.cueSelector}> ?c . ?c <{OA.start}> ?cs . ?c <{OA.end}> ?ce }}
  OPTIONAL {{ ?m <{SG.confidence}> ?conf }}
}}
"""

SECTOR_QUERY = f"SELECT ?a ?s WHERE {{ ?a <{_SECTOR}> ?s }}"


def explorer_data(graph: Graph | StatementTable, *, title: str = "stancegraph explorer",
                  details: Graph | None = None) -> dict[str, Any]:
    """The JSON the explorer page embeds: ``actors``, ``documents``, ``sentences``, ``statements``, ``types``.

    ``graph`` is a built graph (rdflib Graph or Dataset) or its statement table; with a table, cue offsets,
    confidence and sectors come from ``details`` (the graph), if given.

    Each statement is a dict with the short keys the page reads: ``id`` (IRI), ``sp`` (speaker index),
    ``tg`` (target indexes), ``ty`` (type), ``q`` (quad class), ``ag`` (``support``/``oppose``/None),
    ``w`` (Goldstein weight), ``neg``, ``st`` (status), ``d`` (date), ``ds`` (date source), ``doc``
    (document indexes), ``n`` (mentions), ``s`` (sentence index), ``ss``/``se`` (sentence offsets in its
    document), ``cs``/``ce`` (cue offsets), ``cue``, ``c`` (confidence, the highest of its mentions),
    ``spt``/``tgt`` (speaker and target text as written), ``iss`` (issue label).

    Examples
    --------
    >>> from rdflib import Graph
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.REJECT)]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> data = explorer_data(g)
    >>> [a["label"] for a in data["actors"]], data["statements"][0]["ty"], data["statements"][0]["ag"]
    (['RUS', 'USA'], 'REJECT', 'oppose')
    """
    source = None if isinstance(graph, StatementTable) else union_view(graph)
    table = statement_table(graph)
    details_graph = source if source is not None else (union_view(details) if details is not None else None)
    cues, sectors = _details(details_graph) if details_graph is not None else ({}, {})
    actors = _Index()
    documents = _Index()
    sentences = _Index()
    statements = []
    for row in table.rows:
        docs = [documents.add(d) for d in row["documents"]]
        cue = cues.get(row["statement"], {})
        cs, ce = _cue_span(row, cue.get(row["documents"][0] if row["documents"] else None))
        statements.append({
            "id": row["statement"], "sp": actors.add(row["speaker"]), "tg": [actors.add(t) for t in row["targets"]],
            "ty": row["type"], "q": row["quad"], "ag": row["agreement"], "w": row["weight"], "neg": row["negated"],
            "st": row["status"], "d": row["date"], "ds": row["date_source"], "doc": docs, "n": row["mentions"],
            "s": sentences.add(row["sentence"]) if row["sentence"] is not None else None,
            "ss": row["sentence_start"], "se": row["sentence_end"], "cs": cs, "ce": ce, "cue": row["cue"],
            "c": max(cue.get("conf", ()), default=None), "spt": row["speaker_text"], "tgt": list(row["target_texts"]),
            "iss": row["issue_label"],
        })
    spoke_for = _states_spoken_for(table)
    return {
        "version": DATA_VERSION,
        "title": title,
        "actors": [_actor(table, iri, sectors, spoke_for) for iri in actors.items],
        "documents": [_document(table, iri) for iri in documents.items],
        "sentences": list(sentences.items),
        "statements": statements,
        "types": _types(),
    }


class _Index:
    """Values in first-seen order, each with its position."""

    def __init__(self) -> None:
        self.items: list = []
        self._pos: dict = {}

    def add(self, value) -> int:
        pos = self._pos.get(value)
        if pos is None:
            pos = self._pos[value] = len(self.items)
            self.items.append(value)
        return pos


def _details(graph: Graph) -> tuple[dict[str, dict], dict[str, str]]:
    """statement -> {"conf": [confidence...], doc IRI -> (cue start, cue end) of its first cue}; actor -> sector."""
    cues: dict[str, dict] = defaultdict(lambda: {"conf": []})
    for st, doc, cs, ce, conf in cached_query(graph, MENTION_DETAIL_QUERY):
        entry = cues[str(st)]
        if conf is not None:
            try:
                entry["conf"].append(round(float(conf), 3))
            except ValueError:
                pass
        if doc is not None and cs is not None and ce is not None:
            span = (as_int(cs), as_int(ce))
            if None not in span and (str(doc) not in entry or span < entry[str(doc)]):
                entry[str(doc)] = span
    sectors = {str(a): local_name(str(s)) if isinstance(s, URIRef) else str(s)
               for a, s in cached_query(graph, SECTOR_QUERY)}
    return cues, sectors


def _cue_span(row: dict, span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    """The cue's offsets in the document when they fall inside the row's sentence, else found by its text."""
    start, end, sentence, cue = row["sentence_start"], row["sentence_end"], row["sentence"], row["cue"]
    if span and start is not None and end is not None and start <= span[0] <= span[1] <= end:
        return span
    if sentence and cue and start is not None and cue in sentence:
        at = start + sentence.index(cue)
        return at, at + len(cue)
    return None, None


def _states_spoken_for(table: StatementTable) -> dict[str, set[str]]:
    """actor -> the states it spoke for or was addressed as (sg:onBehalfOf, sg:targetOnBehalfOf) in some statement."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in table.rows:
        if row["speaker_state"] and row["speaker_state"] != row["speaker"]:
            found[row["speaker"]].add(row["speaker_state"])
        if len(row["target_states"]) == 1 and len(row["targets"]) == 1 and row["target_states"][0] != row["targets"][0]:
            found[row["targets"][0]].add(row["target_states"][0])
    return found


def _actor(table: StatementTable, iri: str, sectors: dict[str, str], spoke_for: dict[str, set[str]]) -> dict[str, Any]:
    info = table.actors.get(iri) or {}
    states = sorted(set(table.state_of.get(iri, ())) | spoke_for.get(iri, set()))
    return {"id": iri, "label": table.label(iri), "kind": info.get("kind"), "iso3": info.get("iso3"),
            "state": [table.label(s) for s in states], "sector": sectors.get(iri)}


def _document(table: StatementTable, iri: str) -> dict[str, Any]:
    info = table.documents.get(iri) or {}
    return {"iri": iri, "id": info.get("id"), "title": info.get("title"), "date": info.get("date"),
            "source": info.get("source"), "url": info.get("url")}


def _types() -> dict[str, dict[str, Any]]:
    """Code-book types the page offers as fixes: name -> quad class and weight."""
    return {name: {"q": entry.quad, "w": entry.weight} for name, entry in sorted(load_codebook().items())}
