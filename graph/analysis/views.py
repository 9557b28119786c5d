"""networkx views of a built stancegraph RDF graph: actor graph, signed graph, actor x concept, projections, windows.

Every view is built from one :class:`StatementTable` (one row per ``sg:Statement``, read with a few
flat SPARQL queries) and accepts either an rdflib graph or such a table, so a sequence of views
(:func:`time_windows`) reads the RDF only once.

Dates
    A statement's date is its ``sg:date``; a statement without one takes the publication date
    (``dcterms:date``) of the earliest document that reports it, unless ``document_dates=False``.
    Date filters (``start``/``end``) drop statements without any date.
Agreement (support / oppose)
    DNA's qualifier, derived from the code book: a statement whose event type is in a cooperative
    quad class (``verbal-coop``, ``material-coop``) *supports* its issue (and its target), one in a
    conflictual class (``verbal-conflict``, ``material-conflict``) *opposes* it, and ``sg:negated
    true`` flips the agreement ("Russia did not reject the talks" supports the talks). Statements of
    types outside the code book have no agreement and are left out of the two-mode views.
Weights
    ``weight_sum`` sums the Goldstein weight (code book, -10 .. +10) times the mentions; negated
    statements add 0, since what did not happen has no Goldstein weight (the packaged query
    ``actor-pairs-by-type`` leaves them out in the same way).
"""
from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

from stancegraph.errors import InputError
from stancegraph.kb.vocab import ACTOR, CODEBOOK, OA, ORG, SCHEMA, SG, WD
from stancegraph.rdf.io import load_graph  # noqa: F401  (re-exported: the views' input)

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "load_graph", "statement_table", "StatementTable", "actor_graph", "signed_graph", "affiliation_graph",
    "congruence_graph", "time_windows", "Window", "ego_graph", "find_actor", "agreement_of",
    "ACTOR_KINDS", "AGREEMENT", "NORMALIZATIONS", "RELATIONS", "VIEWS",
]

logger = logging.getLogger(__name__)

ACTOR_KINDS: dict[URIRef, str] = {
    SG.State: "state",
    SG.InternationalOrganisation: "igo",
    SG.Bloc: "bloc",
    SG.GovernmentBody: "organ",
    SG.Person: "person",
    SG.OtherGroup: "group",
}
"""rdf:type class of an actor -> ``kind`` node attribute (the values of ``stancegraph.ActorKind``)."""

AGREEMENT: dict[str, str] = {
    "verbal-coop": "support",
    "material-coop": "support",
    "verbal-conflict": "oppose",
    "material-conflict": "oppose",
}
"""Quad class -> agreement of a statement that is not negated (a negated one takes the other value)."""

NORMALIZATIONS = ("none", "average", "jaccard", "cosine")
"""Edge-weight normalisations of :func:`congruence_graph` (DNA's one-mode settings; ``"no"`` = ``"none"``)."""

RELATIONS = ("congruence", "conflict", "subtract")
"""What a one-mode tie counts: shared stances, opposed stances, or congruence minus conflict (DNA)."""

# One row per statement property: aggregation happens in Python, so the query is portable between
# rdflib's SPARQL engine and Oxigraph's, and a statement with n targets costs n rows, not a cross product.
_STATEMENT_QUERY = f"""
SELECT ?st ?p ?o WHERE {{
  VALUES ?p {{ <{SG.speaker}> <{SG.target}> <{SG.onBehalfOf}> <{SG.targetOnBehalfOf}> <{SG.eventType}>
              <{SG.date}> <{SG.mentionCount}> <{SG.hasMention}> <{SG.issue}> <{SG.negated}> <{SG.modality}>
              <{SG.condition}> <{SG.status}> }}
  ?st ?p ?o .
}} ORDER BY ?st ?p ?o
"""

_MENTION_QUERY = f"""
SELECT ?m ?doc ?sentence ?sstart ?send ?cue WHERE {{
  ?st <{SG.hasMention}> ?m .
  OPTIONAL {{ ?m <{OA.hasSource}> ?doc }}
  OPTIONAL {{ ?m <{SG.sentenceSelector}> ?ss . ?ss <{OA.exact}> ?sentence .
             OPTIONAL {{ ?ss <{OA.start}> ?sstart }} OPTIONAL {{ ?ss <{OA.end}> ?send }} }}
  OPTIONAL {{ ?m <{SG.cueSelector}> ?cs . ?cs <{OA.exact}> ?cue }}
}} ORDER BY ?m
"""

_MENTION_TEXT_QUERY = f"""
SELECT ?m ?p ?o WHERE {{
  VALUES ?p {{ <{SG.speakerText}> <{SG.targetText}> }}
  ?m ?p ?o .
}} ORDER BY ?m ?p ?o
"""

_DOCUMENT_QUERY = f"""
SELECT DISTINCT ?doc ?p ?o WHERE {{
  VALUES ?p {{ <{DCTERMS.identifier}> <{DCTERMS.title}> <{DCTERMS.date}> <{DCTERMS.source}> <{SCHEMA.url}> }}
  ?m <{OA.hasSource}> ?doc .
  ?doc ?p ?o .
}} ORDER BY ?doc ?p ?o
"""

_ACTOR_QUERY = f"""
SELECT ?a ?cls ?label WHERE {{
  VALUES ?cls {{ {" ".join(f"<{c}>" for c in ACTOR_KINDS)} }}
  ?a <{RDF.type}> ?cls .
  OPTIONAL {{ ?a <{SKOS.prefLabel}> ?label }}
}} ORDER BY ?a ?cls ?label
"""

_ACTOR_CODE_QUERY = f"""
SELECT ?a ?p ?o WHERE {{
  VALUES ?p {{ <{SG.iso3}> <{OWL.sameAs}> }}
  ?a ?p ?o .
}} ORDER BY ?a ?p ?o
"""

_ISSUE_QUERY = f"""
SELECT DISTINCT ?i ?label WHERE {{
  ?st <{SG.issue}> ?i .
  OPTIONAL {{ ?i <{SKOS.prefLabel}> ?label }}
}} ORDER BY ?i ?label
"""

# states an actor can stand for: organs via sg:partOf, groups via sg:basedIn, persons via their posts (org:Membership)
_STATE_OF_QUERY = f"""
SELECT ?a ?state WHERE {{
  {{ ?a <{SG.partOf}> ?state }} UNION {{ ?a <{SG.basedIn}> ?state }}
  UNION {{ ?post <{ORG.member}> ?a ; <{ORG.organization}> ?state }}
}} ORDER BY ?a ?state
"""

# --------------------------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class StatementTable:
    """Every statement of a built graph as a plain row, plus the actors and documents the rows name.

    ``rows`` is a tuple of dicts sorted by statement IRI, with the keys ``statement``, ``speaker``,
    ``speaker_state`` (``sg:onBehalfOf`` or None), ``targets`` and ``target_states`` (tuples),
    ``type`` (code-book name, ``"UNKNOWN"`` if missing), ``quad``, ``weight`` (Goldstein, 0.0 outside
    the code book), ``negated``, ``agreement`` (``"support"``/``"oppose"``/None, see the module
    docstring), ``status``, ``modality``, ``condition``, ``issue`` and ``issue_label`` (None if
    none), ``date`` (ISO; ``sg:date`` else the first document's date), ``statement_date``,
    ``date_source`` (``"statement"``, ``"document"`` or None), ``documents`` (document IRIs),
    ``mentions``, and from its first mention ``sentence``, ``sentence_start``, ``sentence_end``,
    ``cue``, ``speaker_text`` and ``target_texts``.
    ``actors`` maps actor IRIs to ``{"label", "kind", "iso3", "wikidata"}``; ``documents`` maps
    document IRIs to ``{"id", "title", "date", "source", "url"}``; ``state_of`` maps persons and
    organs to the states they belong to (posts, ``sg:partOf``).
    """

    rows: tuple[dict[str, Any], ...]
    actors: Mapping[str, dict[str, Any]]
    documents: Mapping[str, dict[str, Any]]
    state_of: Mapping[str, frozenset[str]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def label(self, iri: str) -> str:
        """The actor's preferred label, else the IRI's local name."""
        info = self.actors.get(iri)
        return (info or {}).get("label") or _local_name(iri)

    def kind(self, iri: str) -> str | None:
        return (self.actors.get(iri) or {}).get("kind")


def statement_table(graph: Graph | StatementTable) -> StatementTable:
    """Read the statements of a built graph (see docs/graph-model.md) into a :class:`StatementTable`.

    ``graph`` is an rdflib ``Graph`` or ``Dataset`` (a Dataset without ``default_union`` is read as
    if it had it); a ``StatementTable`` is returned as it is.

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.REJECT),
    ...              (SG.negated, Literal(True))]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> row = statement_table(g).rows[0]
    >>> row["type"], row["quad"], row["negated"], row["agreement"]
    ('REJECT', 'verbal-conflict', True, 'support')
    """
    if isinstance(graph, StatementTable):
        return graph
    from stancegraph.kb.codebook import load_codebook

    book = load_codebook()
    graph = _union_view(graph)
    statements = _read_statements(graph)
    mentions = _read_mentions(graph)
    documents = _read_documents(graph)
    actors = _read_actors(graph)
    issues = {str(i): (str(label) if label is not None else None) for i, label in _query(graph, _ISSUE_QUERY)}
    prefix = str(CODEBOOK)
    rows = []
    unknown: set[str] = set()
    for iri, props in statements.items():
        type_name = _local_name(min(props[SG.eventType]), prefix) if props[SG.eventType] else "UNKNOWN"
        entry = book.get(type_name)
        if entry is None:
            unknown.add(type_name)
        negated = any(_truthy(v) for v in props[SG.negated])
        quad = entry.quad if entry else None
        agreement = agreement_of(quad, negated)
        found = sorted((mentions[m] for m in props[SG.hasMention] if m in mentions), key=_mention_key)
        docs = sorted({m["doc"] for m in found if m["doc"]}, key=lambda d: (documents.get(d, {}).get("date") or "9", d))
        statement_day = _statement_day(props[SG.date])
        doc_day = min((documents[d]["date"] for d in docs if documents.get(d, {}).get("date")), default=None)
        day = statement_day.isoformat() if statement_day else doc_day
        counts = [n for n in map(_as_int, props[SG.mentionCount]) if n is not None]
        first = found[0] if found else {}
        issue = min(props[SG.issue], default=None)
        rows.append({
            "statement": iri,
            "speaker": min(props[SG.speaker]),
            "speaker_state": min(props[SG.onBehalfOf], default=None),
            "targets": tuple(sorted(props[SG.target])),
            "target_states": tuple(sorted(props[SG.targetOnBehalfOf])),
            "type": type_name,
            "quad": quad,
            "weight": entry.weight if entry else 0.0,
            "negated": negated,
            "agreement": agreement,
            "status": _local_name(min(props[SG.status])) if props[SG.status] else None,
            "modality": str(min(props[SG.modality])) if props[SG.modality] else None,
            "condition": str(min(props[SG.condition])) if props[SG.condition] else None,
            "issue": issue,
            "issue_label": (issues.get(issue) or _local_name(issue)) if issue else None,
            "date": day,
            "statement_date": statement_day.isoformat() if statement_day else None,
            "date_source": "statement" if statement_day else ("document" if doc_day else None),
            "documents": tuple(docs),
            "mentions": max(max(counts, default=0), len(props[SG.hasMention])) or 1,
            "sentence": first.get("sentence"),
            "sentence_start": first.get("start"),
            "sentence_end": first.get("end"),
            "cue": first.get("cue"),
            "speaker_text": first.get("speaker_text"),
            "target_texts": tuple(first.get("target_texts", ())),
        })
    if unknown:
        logger.warning("event types not in the code book (weight 0, no agreement): %s", ", ".join(sorted(unknown)))
    return StatementTable(rows=tuple(rows), actors=actors, documents=documents, state_of=_states_of(graph))


def agreement_of(quad: str | None, negated: bool = False) -> str | None:
    """``"support"`` or ``"oppose"`` for a statement of quad class ``quad``; negation flips it.

    >>> agreement_of("verbal-conflict"), agreement_of("verbal-conflict", negated=True), agreement_of(None)
    ('oppose', 'support', None)
    """
    value = AGREEMENT.get(quad or "")
    if value is None or not negated:
        return value
    return "oppose" if value == "support" else "support"


# ---------------------------------------------------------------------------------------------- filters


class _Filter(NamedTuple):
    wanted: set[str] | None
    start: dt.date | None
    end: dt.date | None
    statuses: set[str] | None
    document_dates: bool

    def keep(self, row: dict) -> bool:
        if self.wanted is not None and row["type"] not in self.wanted:
            return False
        if self.statuses is not None and row["status"] not in self.statuses:
            return False
        if self.start or self.end:
            day = row["date"] if self.document_dates else row["statement_date"]
            if day is None or (self.start and day < self.start.isoformat()) or (self.end and day > self.end.isoformat()):
                return False
        return True

    def attrs(self) -> dict[str, Any]:
        """Graph attributes that record the filter."""
        return {
            "types": sorted(self.wanted) if self.wanted is not None else None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


_STATUSES = ("asserted", "reported", "scheduled", "hypothetical")


def _filter(types, start, end, statuses, document_dates) -> _Filter:
    from stancegraph.kb.codebook import load_codebook

    start_day, end_day = _as_day(start, "start"), _as_day(end, "end")
    if start_day and end_day and start_day > end_day:
        raise ValueError(f"start={start_day.isoformat()} is after end={end_day.isoformat()}")
    wanted_status = None
    if statuses is not None:
        wanted_status = {str(s).strip().lower() for s in ([statuses] if isinstance(statuses, str) else statuses)}
        bad = sorted(wanted_status - set(_STATUSES))
        if bad:
            raise ValueError(f"statuses: unknown status {bad[0]!r}; use {', '.join(_STATUSES)}")
    return _Filter(_wanted_types(types, load_codebook()), start_day, end_day, wanted_status, bool(document_dates))


def _endpoints(row: dict, table: StatementTable, roll_up: bool) -> tuple[str, list[str]]:
    """Speaker and targets of ``row``, persons and organs replaced by their state when ``roll_up``."""
    speaker, targets = row["speaker"], list(row["targets"])
    if roll_up:
        speaker = row["speaker_state"] or speaker
        states = {iri for iri, info in table.actors.items() if info.get("kind") == "state"}
        targets = sorted(set(_roll_up_targets(targets, set(row["target_states"]), states, table.state_of)))
    return speaker, targets


# ---------------------------------------------------------------------------------------------- views


def actor_graph(
    graph: Graph | StatementTable,
    *,
    types: Iterable[str] | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    roll_up: bool = False,
    statuses: Iterable[str] | None = None,
    document_dates: bool = True,
) -> nx.DiGraph:
    """Aggregate the statements of ``graph`` into a directed actor graph (speaker -> target).

    Parameters
    ----------
    graph
        A built graph (see docs/graph-model.md): an rdflib ``Graph``, or a ``Dataset`` whose
        statements live in named graphs (a Dataset without ``default_union`` is read as if it had it),
        or a :class:`StatementTable`.
    types
        Keep only statements of these code-book types (``"DEMAND"``) or quad classes
        (``"verbal-conflict"``); case-insensitive. ``None`` keeps all.
    start, end
        Keep only statements dated within ``[start, end]`` (``datetime.date`` or ISO ``"2022-01-31"``);
        when either is given, undated statements are dropped.
    roll_up
        Replace persons and organs by the state they spoke for (``sg:onBehalfOf``) or were addressed
        as (``sg:targetOnBehalfOf``).
    statuses
        Keep only statements with these ``sg:status`` values (``"asserted"``, ``"reported"``,
        ``"scheduled"``, ``"hypothetical"``); ``None`` keeps all.
    document_dates
        Date a statement without ``sg:date`` by its document's publication date (default), or not.

    Returns
    -------
    networkx.DiGraph
        Nodes are actor IRIs with ``label``, ``kind`` (``"state"``, ``"igo"``, ``"bloc"``, ``"organ"``,
        ``"person"``, ``"group"``; None if untyped), ``iri`` and ``activity`` (statements as speaker +
        statements as target; statements without targets count for their speaker).
        Edges carry ``count`` (statements), ``mentions`` (sum of ``sg:mentionCount``), ``weight_sum``
        (sum of Goldstein weight x mentions; negated statements add 0), ``negated`` (negated
        statements), ``types`` ({type: statements}), ``dominant_type``, ``first``/``last`` (ISO dates
        or None) and ``statements`` (sorted statement IRIs).

    Raises
    ------
    ValueError
        If a type is not in the code book, a status is unknown, or a date is not ISO.

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> st = STATEMENT["s1"]
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.DEMAND),
    ...              (SG.mentionCount, Literal(2))]:
    ...     _ = g.add((st, p, o))
    >>> G = actor_graph(g)
    >>> e = G.edges[str(ACTOR.RUS), str(ACTOR.USA)]
    >>> e["count"], e["mentions"], e["weight_sum"], e["dominant_type"]
    (1, 2, -10.0, 'DEMAND')
    """
    import networkx as nx

    keep = _filter(types, start, end, statuses, document_dates)
    table = statement_table(graph)

    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    spoke: dict[str, set[str]] = defaultdict(set)
    heard: dict[str, set[str]] = defaultdict(set)
    info: dict[str, tuple[str, float, int, str | None, bool]] = {}  # iri -> (type, weight, mentions, date, negated)
    for row in table.rows:
        if not keep.keep(row):
            continue
        iri = row["statement"]
        speaker, targets = _endpoints(row, table, roll_up)
        day = row["date"] if document_dates else row["statement_date"]
        info[iri] = (row["type"], row["weight"], row["mentions"], day, row["negated"])
        spoke[speaker].add(iri)
        for target in targets:
            heard[target].add(iri)
            edges[speaker, target].add(iri)

    G = nx.DiGraph(roll_up=roll_up, **keep.attrs())
    for node in sorted(set(spoke) | set(heard)):
        G.add_node(node, label=table.label(node), kind=table.kind(node), iri=node,
                   activity=len(spoke[node]) + len(heard[node]))
    for (speaker, target), iris in sorted(edges.items()):
        rows = [info[i] for i in sorted(iris)]
        type_counts = Counter(r[0] for r in rows)
        type_mentions: Counter = Counter()
        for r in rows:
            type_mentions[r[0]] += r[2]
        dates = sorted(r[3] for r in rows if r[3])
        G.add_edge(
            speaker,
            target,
            count=len(rows),
            mentions=sum(r[2] for r in rows),
            weight_sum=sum(0.0 if r[4] else r[1] * r[2] for r in rows),
            negated=sum(1 for r in rows if r[4]),
            types=dict(sorted(type_counts.items(), key=lambda kv: (-kv[1], -type_mentions[kv[0]], kv[0]))),
            dominant_type=min(type_counts, key=lambda t: (-type_counts[t], -type_mentions[t], t)),
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            statements=sorted(iris),
        )
    return G


def signed_graph(graph: Any, **options: Any) -> nx.Graph:
    """The signed simple graph of an actor graph, for structural balance and polarisation.

    One undirected edge per pair of actors that addressed each other (either way): ``weight`` is the
    net Goldstein weight of both directions (``weight_sum`` of u->v plus v->u), ``sign`` is +1
    (friends) if it is positive and -1 (foes) if negative. Pairs whose weights cancel out (or that
    only exchanged neutral or negated statements) get no edge and are listed in
    ``S.graph["neutral"]``; self-loops are dropped. Every actor of the input stays a node.

    Parameters
    ----------
    graph
        A directed graph from :func:`actor_graph`, or anything :func:`actor_graph` accepts (then
        ``options`` are passed to it: ``roll_up``, ``start``, ``end``, ``types`` ...).

    Returns
    -------
    networkx.Graph
        Edges carry ``sign``, ``weight``, ``count`` (statements both ways) and ``statements``.

    Examples
    --------
    >>> import networkx as nx
    >>> D = nx.DiGraph()
    >>> D.add_edge("a", "b", weight_sum=-5.0, count=1, statements=["s1"])
    >>> D.add_edge("b", "a", weight_sum=1.0, count=1, statements=["s2"])
    >>> S = signed_graph(D)
    >>> S.edges["a", "b"]["sign"], S.edges["a", "b"]["weight"], S.edges["a", "b"]["count"]
    (-1, -4.0, 2)
    """
    import networkx as nx

    if isinstance(graph, nx.Graph):
        if options:
            raise ValueError(f"signed_graph: options {sorted(options)} apply to an RDF graph, not to a networkx graph")
        G = graph
    else:
        G = actor_graph(graph, **options)
    pairs: dict[tuple[str, str], list] = {}
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        key = (u, v) if str(u) <= str(v) else (v, u)
        agg = pairs.setdefault(key, [0.0, 0, set()])
        agg[0] += float(data.get("weight_sum", 0.0) or 0.0)
        agg[1] += int(data.get("count", 1) or 0)
        agg[2].update(data.get("statements") or ())
    S = nx.Graph(**{k: v for k, v in G.graph.items()}, signed=True)
    S.add_nodes_from(G.nodes(data=True))
    neutral = []
    for (u, v), (weight, count, statements) in sorted(pairs.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        if abs(weight) < 1e-9:
            neutral.append([u, v])
            continue
        S.add_edge(u, v, sign=1 if weight > 0 else -1, weight=round(weight, 9), count=count,
                   statements=sorted(statements))
    S.graph["neutral"] = neutral
    return S


def affiliation_graph(
    graph: Graph | StatementTable,
    *,
    concept: str = "issue",
    types: Iterable[str] | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    roll_up: bool = False,
    statuses: Iterable[str] | None = None,
    document_dates: bool = True,
) -> nx.Graph:
    """The two-mode actor x concept graph with agreement, as DNA's affiliation network.

    Each statement links its speaker to its concept with an agreement (``"support"`` if its event
    type is cooperative, ``"oppose"`` if conflictual, flipped when negated; see the module docstring).

    Parameters
    ----------
    concept
        ``"issue"``: the concept is the statement's ``sg:issue`` (statements without one are left out);
        ``"target"``: the concept is each target actor ("who is for or against whom").
    types, start, end, roll_up, statuses, document_dates
        As for :func:`actor_graph`.

    Returns
    -------
    networkx.Graph
        Actor nodes (IRIs) have ``mode="actor"``, ``bipartite=0``, ``label``, ``kind``, ``iri`` and
        ``statements``; concept nodes have ``mode="concept"``, ``bipartite=1``, ``label``, ``kind``
        (``"issue"`` or ``"target"``), ``iri``, ``statements`` and, for targets, ``actor_kind``.
        Concept node ids are the issue IRI,
        or ``"target:" + actor IRI``. Edges carry ``support`` and ``oppose`` (statements), ``count``,
        ``weight`` (support - oppose), ``agreement`` (``"support"``, ``"oppose"`` or ``"mixed"``) and
        ``statements``.

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, ISSUE, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.EU), (SG.eventType, CODEBOOK.REJECT), (SG.issue, ISSUE.demands)]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> B = affiliation_graph(g)
    >>> B.edges[str(ACTOR.EU), str(ISSUE.demands)]["agreement"]
    'oppose'
    """
    import networkx as nx

    if concept not in ("issue", "target"):
        raise ValueError(f"concept={concept!r}: use 'issue' or 'target'")
    keep = _filter(types, start, end, statuses, document_dates)
    table = statement_table(graph)
    cells: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"support": set(), "oppose": set()})
    concepts: dict[str, tuple[str, str, str]] = {}  # node -> (label, kind, iri)
    for row in table.rows:
        if row["agreement"] is None or not keep.keep(row):
            continue
        speaker, targets = _endpoints(row, table, roll_up)
        if concept == "issue":
            if not row["issue"]:
                continue
            found = [(row["issue"], row["issue_label"], "issue", row["issue"])]
        else:
            found = [("target:" + t, table.label(t), "target", t) for t in targets if t != speaker]
        for node, label, kind, iri in found:
            concepts[node] = (label, kind, iri)
            cells[speaker, node][row["agreement"]].add(row["statement"])

    B = nx.Graph(concept=concept, roll_up=roll_up, **keep.attrs())
    actor_statements: dict[str, set[str]] = defaultdict(set)
    concept_statements: dict[str, set[str]] = defaultdict(set)
    for (a, c), cell in cells.items():
        actor_statements[a] |= cell["support"] | cell["oppose"]
        concept_statements[c] |= cell["support"] | cell["oppose"]
    for a in sorted(actor_statements):
        B.add_node(a, mode="actor", bipartite=0, label=table.label(a), kind=table.kind(a), iri=a,
                   statements=len(actor_statements[a]))
    for c in sorted(concept_statements):
        label, kind, iri = concepts[c]
        B.add_node(c, mode="concept", bipartite=1, label=label, kind=kind, iri=iri,
                   statements=len(concept_statements[c]))
        if kind == "target":
            B.nodes[c]["actor_kind"] = table.kind(iri)
    for (a, c), cell in sorted(cells.items()):
        support, oppose = len(cell["support"]), len(cell["oppose"])
        B.add_edge(a, c, support=support, oppose=oppose, count=support + oppose, weight=support - oppose,
                   agreement="mixed" if support and oppose else ("support" if support else "oppose"),
                   statements=sorted(cell["support"] | cell["oppose"]))
    return B


def congruence_graph(
    graph: Any,
    *,
    relation: str = "congruence",
    normalization: str = "none",
    binary: bool = False,
    **options: Any,
) -> nx.Graph:
    """One-mode actor graph of shared (congruence) or opposed (conflict) stances, as DNA computes it.

    With ``a[i, c, k]`` = statements of actor i on concept c with agreement k (1 if ``binary``), the
    tie between actors i and j is

    - congruence: ``sum_c sum_k a[i,c,k] * a[j,c,k]`` (same concept, same agreement),
    - conflict: ``sum_c a[i,c,support] * a[j,c,oppose] + a[i,c,oppose] * a[j,c,support]``,
    - subtract: congruence - conflict (both normalised the same way),

    divided by a normalisation (DNA's one-mode settings), with ``n_i = sum_ck a[i,c,k]``:

    - ``"none"``: 1;
    - ``"average"``: ``(n_i + n_j) / 2`` (average activity);
    - ``"jaccard"``: ``m10 + m01 + m11``, where m10 sums i's counts in cells j left empty, m01 the
      reverse, and m11 = congruence (the Jaccard coefficient when ``binary``);
    - ``"cosine"``: ``sqrt(sum a[i]^2) * sqrt(sum a[j]^2)`` (cosine similarity of the two actors'
      count vectors; DNA's code divides by ``n_i * n_j``, which equals this only for single statements).

    Parameters
    ----------
    graph
        An affiliation graph from :func:`affiliation_graph`, or anything it accepts (then
        ``options`` are passed to it: ``concept``, ``roll_up``, ``start``, ``end`` ...).
    relation
        ``"congruence"``, ``"conflict"`` or ``"subtract"``.
    normalization
        ``"none"`` (or ``"no"``), ``"average"``, ``"jaccard"`` or ``"cosine"``.
    binary
        Count each (actor, concept, agreement) once, however many statements made it.

    Returns
    -------
    networkx.Graph
        Every actor of the affiliation graph; an edge for each pair with a non-zero tie, carrying
        ``weight``, ``congruence`` and ``conflict`` (raw sums) and ``agree_on`` / ``disagree_on``
        (sorted concept labels).

    Examples
    --------
    >>> import networkx as nx
    >>> B = nx.Graph()
    >>> B.add_nodes_from(["a", "b"], mode="actor")
    >>> B.add_nodes_from(["x", "y"], mode="concept")
    >>> B.add_edge("a", "x", support=1, oppose=0); B.add_edge("b", "x", support=1, oppose=0)
    >>> B.add_edge("a", "y", support=1, oppose=0); B.add_edge("b", "y", support=0, oppose=1)
    >>> congruence_graph(B, relation="subtract").edges["a", "b"]["weight"]
    0.0
    >>> congruence_graph(B, normalization="jaccard").edges["a", "b"]["weight"]
    0.3333333333
    """
    import networkx as nx

    if relation not in RELATIONS:
        raise ValueError(f"relation={relation!r}: use one of {', '.join(RELATIONS)}")
    norm_name = "none" if normalization in ("no", None) else str(normalization).lower()
    if norm_name not in NORMALIZATIONS:
        raise ValueError(f"normalization={normalization!r}: use one of {', '.join(NORMALIZATIONS)}")
    if isinstance(graph, nx.Graph):
        if options:
            raise ValueError(f"congruence_graph: options {sorted(options)} apply to an RDF graph, not to a networkx graph")
        B = graph
    else:
        B = affiliation_graph(graph, **options)

    actors = sorted((n for n, d in B.nodes(data=True) if d.get("mode") == "actor"), key=str)
    counts: dict[str, dict[tuple[Any, str], float]] = {a: {} for a in actors}
    by_concept: dict[Any, list[str]] = defaultdict(list)
    for a in actors:
        for c in sorted(B[a], key=str):
            data = B.edges[a, c]
            for k in ("support", "oppose"):
                n = float(data.get(k, 0) or 0)
                if n > 0:
                    counts[a][c, k] = 1.0 if binary else n
            by_concept[c].append(a)
    total = {a: sum(v.values()) for a, v in counts.items()}
    square = {a: math.sqrt(sum(x * x for x in v.values())) for a, v in counts.items()}
    label = {c: str(B.nodes[c].get("label") or c) for c in by_concept}

    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for c, members in by_concept.items():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                p = pairs.setdefault((i, j), {"cong": 0.0, "conf": 0.0, "shared_i": 0.0, "shared_j": 0.0,
                                              "agree": set(), "disagree": set()})
                for k in ("support", "oppose"):
                    ai, aj = counts[i].get((c, k), 0.0), counts[j].get((c, k), 0.0)
                    other = "oppose" if k == "support" else "support"
                    if ai and aj:
                        p["cong"] += ai * aj
                        p["shared_i"] += ai
                        p["shared_j"] += aj
                        p["agree"].add(label[c])
                    cross = ai * counts[j].get((c, other), 0.0)
                    if cross:
                        p["conf"] += cross
                        p["disagree"].add(label[c])

    P = nx.Graph(relation=relation, normalization=norm_name, binary=binary,
                 **{k: v for k, v in B.graph.items() if k in ("concept", "roll_up", "types", "start", "end")})
    for a in actors:
        P.add_node(a, **{k: v for k, v in B.nodes[a].items() if k not in ("mode", "bipartite")})
    for (i, j), p in sorted(pairs.items()):
        if norm_name == "average":
            norm = (total[i] + total[j]) / 2
        elif norm_name == "jaccard":
            norm = (total[i] - p["shared_i"]) + (total[j] - p["shared_j"]) + p["cong"]
        elif norm_name == "cosine":
            norm = square[i] * square[j]
        else:
            norm = 1.0
        raw = {"congruence": p["cong"], "conflict": p["conf"], "subtract": p["cong"] - p["conf"]}[relation]
        weight = round(raw / norm, 10) if norm else 0.0
        if weight == 0 and not (relation == "subtract" and (p["cong"] or p["conf"])):
            continue
        P.add_edge(i, j, weight=weight, congruence=_plain(p["cong"]), conflict=_plain(p["conf"]),
                   agree_on=sorted(p["agree"]), disagree_on=sorted(p["disagree"]))
    return P


VIEWS: dict[str, Callable[..., Any]] = {
    "actors": actor_graph,
    "signed": signed_graph,
    "issues": affiliation_graph,
    "congruence": congruence_graph,
}
"""View names accepted by :func:`time_windows` (and the CLI): name -> function."""


class Window(NamedTuple):
    """One time window of :func:`time_windows`: first and last day (inclusive) and its graph."""

    start: dt.date
    end: dt.date
    graph: Any


def time_windows(
    graph: Graph | StatementTable,
    view: str | Callable[..., Any] = "actors",
    *,
    size: int | dt.timedelta = 7,
    step: int | dt.timedelta | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    **options: Any,
) -> list[Window]:
    """A sequence of views over moving time windows (DNA's time window networks).

    Windows are ``size`` days long and start every ``step`` days (default ``step = size``: adjacent,
    non-overlapping windows), from ``start`` (default: the first statement date) until a window
    starts after ``end`` (default: the last statement date). Each window's graph is
    ``view(table, start=first_day, end=last_day, **options)``; the RDF is read once.

    Parameters
    ----------
    view
        ``"actors"``, ``"signed"``, ``"issues"``, ``"congruence"`` (see :data:`VIEWS`) or a function
        that accepts a :class:`StatementTable` and ``start``/``end`` keywords.
    size, step
        Days (a positive int or a ``datetime.timedelta`` of whole days).
    options
        Passed to the view (``roll_up=True``, ``types=[...]``, ``normalization="jaccard"`` ...).

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for name, day in [("s1", "2022-01-03"), ("s2", "2022-01-12")]:
    ...     for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.DEMAND),
    ...                  (SG.date, Literal(day, datatype="http://www.w3.org/2001/XMLSchema#date"))]:
    ...         _ = g.add((STATEMENT[name], p, o))
    >>> [(w.start.isoformat(), w.graph.number_of_edges()) for w in time_windows(g, size=7)]
    [('2022-01-03', 1), ('2022-01-10', 1)]
    """
    if isinstance(view, str):
        if view not in VIEWS:
            raise ValueError(f"view={view!r}: use one of {', '.join(VIEWS)} or pass a function")
        view = VIEWS[view]
    size_days = _days(size, "size")
    step_days = size_days if step is None else _days(step, "step")
    start_day, end_day = _as_day(start, "start"), _as_day(end, "end")
    if start_day and end_day and start_day > end_day:
        raise ValueError(f"start={start_day.isoformat()} is after end={end_day.isoformat()}")
    table = statement_table(graph)
    field = "date" if options.get("document_dates", True) else "statement_date"
    days = sorted(dt.date.fromisoformat(r[field]) for r in table.rows if r[field])
    first = start_day or (days[0] if days else None)
    last = end_day or (days[-1] if days else None)
    if first is None or last is None:
        return []
    windows = []
    day = first
    while day <= last:
        stop = day + dt.timedelta(days=size_days - 1)
        windows.append(Window(day, stop, view(table, start=day, end=stop, **options)))
        day += dt.timedelta(days=step_days)
    return windows


def ego_graph(G: nx.Graph, actor: str, *, radius: int = 1) -> nx.Graph:
    """The ego network of ``actor``: everyone within ``radius`` steps (either direction), with all
    edges among them, as a copy of ``G``'s type; ``H.graph["ego"]`` is the actor's node.

    ``actor`` is found by :func:`find_actor` (IRI, id such as ``RUS``, label, alias).

    >>> import networkx as nx
    >>> G = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego_graph(G, "b").nodes), sorted(ego_graph(G, "b", radius=2).nodes)
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    import networkx as nx

    if not isinstance(radius, int) or isinstance(radius, bool) or radius < 0:
        raise ValueError(f"radius={radius!r}: must be a whole number of steps, 0 or more")
    node = find_actor(G, actor)
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    reach = nx.single_source_shortest_path_length(U, node, cutoff=radius)
    H = G.subgraph([n for n in G if n in reach]).copy()
    H.graph["ego"] = node
    H.graph["radius"] = radius
    return H


def find_actor(G: nx.Graph, text: str) -> Any:
    """The node of ``G`` that ``text`` names: node id/IRI, IRI local name (``RUS``,
    ``vladimir-putin``), label (``Russia``; case-insensitive), a registry alias (``Kremlin``), or a
    unique part of a label (``Putin``).

    Raises
    ------
    ValueError
        If no node or several nodes match; the message lists actors of the graph.

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("https://w3id.org/stancegraph/actor/RUS", label="Russia")
    >>> find_actor(G, "russia") == find_actor(G, "RUS") == "https://w3id.org/stancegraph/actor/RUS"
    True
    """
    wanted = str(text).strip()
    if wanted in G:
        return wanted
    key = wanted.casefold()
    nodes = sorted(G.nodes, key=str)
    labels = {n: str(G.nodes[n].get("label") or _local_name(str(n))) for n in nodes}
    for match in (
        lambda n: _local_name(str(n)).casefold() == key,
        lambda n: labels[n].casefold() == key,
    ):
        found = [n for n in nodes if match(n)]
        if len(found) == 1:
            return found[0]
    try:
        from stancegraph.kb.registry import ActorRegistry

        found = sorted({str(ACTOR[a.id]) for a, _ in ActorRegistry.load().lookup(wanted)} & set(map(str, nodes)))
        if len(found) == 1:
            return next(n for n in nodes if str(n) == found[0])
    except Exception as exc:  # the registry is a convenience here; a broken one must not hide the real error
        logger.debug("registry lookup of %r failed: %s", wanted, exc)
    found = [n for n in nodes if key and key in labels[n].casefold()]
    if len(found) == 1:
        return found[0]
    known = sorted(labels.values(), key=str.casefold)
    shown = ", ".join(known[:12]) + (f" ... ({len(known)} in all)" if len(known) > 12 else "")
    if len(found) > 1:
        raise ValueError(f"actor {wanted!r} matches several actors ({', '.join(sorted(labels[n] for n in found))}); "
                         "give the full label or the id")
    raise ValueError(f"actor {wanted!r} is not in the graph; use a label, an id such as RUS, or an IRI: {shown or 'no actors'}")


# ---------------------------------------------------------------------------------------------- reading


_PREPARED: dict[str, Any] = {}


def _query(graph: Graph, text: str):
    """Run ``text`` on ``graph``; with rdflib's own engine the parsed query is cached (parsing
    costs more than answering on small graphs), Oxigraph-backed graphs get the text."""
    if type(graph.store).__name__ == "OxigraphStore":
        return graph.query(text)
    if text not in _PREPARED:
        from rdflib.plugins.sparql import prepareQuery

        _PREPARED[text] = prepareQuery(text)
    return graph.query(_PREPARED[text])


def _union_view(graph: Graph) -> Graph:
    """A Dataset without default_union only queries its (empty) default graph: view it as a union."""
    if isinstance(graph, Dataset) and not graph.default_union:
        return Dataset(store=graph.store, default_union=True)
    return graph


def _read_statements(graph: Graph) -> dict[str, dict[URIRef, set]]:
    statements: dict[str, dict[URIRef, set]] = defaultdict(lambda: defaultdict(set))
    for st, p, o in _query(graph, _STATEMENT_QUERY):
        statements[str(st)][p].add(o if isinstance(o, Literal) else str(o))
    return {iri: props for iri, props in sorted(statements.items()) if props[SG.speaker]}


def _read_mentions(graph: Graph) -> dict[str, dict[str, Any]]:
    mentions: dict[str, dict[str, Any]] = {}
    for m, doc, sentence, sstart, send, cue in _query(graph, _MENTION_QUERY):
        entry = {"doc": str(doc) if doc is not None else None, "sentence": str(sentence) if sentence is not None else None,
                 "start": _as_int(sstart) if sstart is not None else None,
                 "end": _as_int(send) if send is not None else None, "cue": str(cue) if cue is not None else None}
        old = mentions.get(str(m))
        if old is None or _mention_key(entry) < _mention_key(old):
            mentions[str(m)] = entry
    for m, p, o in _query(graph, _MENTION_TEXT_QUERY):
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


def _mention_key(m: dict) -> tuple:
    return (m.get("doc") or "~", m.get("start") if m.get("start") is not None else 1 << 60, m.get("cue") or "")


def _read_documents(graph: Graph) -> dict[str, dict[str, Any]]:
    names = {DCTERMS.identifier: "id", DCTERMS.title: "title", DCTERMS.date: "date", DCTERMS.source: "source",
             SCHEMA.url: "url"}
    documents: dict[str, dict[str, Any]] = {}
    for doc, p, o in _query(graph, _DOCUMENT_QUERY):
        entry = documents.setdefault(str(doc), {"id": None, "title": None, "date": None, "source": None, "url": None})
        key = names[p]
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


def _read_actors(graph: Graph) -> dict[str, dict[str, Any]]:
    """iri -> label (English or untagged first), kind (first in ACTOR_KINDS order), iso3, wikidata."""
    order = list(ACTOR_KINDS)
    kinds: dict[str, URIRef] = {}
    labels: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for a, cls, label in _query(graph, _ACTOR_QUERY):
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
    for a, p, o in _query(graph, _ACTOR_CODE_QUERY):
        entry = actors.get(str(a))
        if entry is None:
            continue
        if p == SG.iso3:
            entry["iso3"] = min(entry["iso3"] or str(o), str(o))
        elif str(o).startswith(str(WD)):
            qid = str(o)[len(str(WD)):]
            entry["wikidata"] = min(entry["wikidata"] or qid, qid)
    return actors


def _states_of(graph: Graph) -> dict[str, frozenset[str]]:
    state_of: dict[str, set[str]] = defaultdict(set)
    for a, state in _query(graph, _STATE_OF_QUERY):
        state_of[str(a)].add(str(state))
    return {a: frozenset(s) for a, s in state_of.items()}


def _roll_up_targets(
    targets: list[str], on_behalf: set[str], states: set[str], state_of: Mapping[str, frozenset[str]]
) -> list[str]:
    """Pair each target with the sg:targetOnBehalfOf state it represented (the property is not per target).

    A state stays itself; an organ or person goes to the listed state it belongs to (sg:partOf, its
    posts); if exactly one target is left and exactly one listed state is not claimed by another
    organ or person, they are paired; any other target stays as it is.
    """
    if not on_behalf:
        return targets
    mapped = {t: t for t in targets if t in states or t in on_behalf}
    claimed: set[str] = set()  # states taken by non-state targets
    for t in targets:
        if t not in mapped:
            candidates = sorted(set(state_of.get(t, frozenset())) & on_behalf)
            if len(candidates) == 1:
                mapped[t] = candidates[0]
                claimed.add(candidates[0])
    rest = [t for t in targets if t not in mapped]
    free = sorted(on_behalf - claimed)
    if len(rest) == 1 and len(free) == 1:
        mapped[rest[0]] = free[0]
    return [mapped.get(t, t) for t in targets]


def _wanted_types(types: Iterable[str] | None, book: dict) -> set[str] | None:
    if types is None:
        return None
    if isinstance(types, str):
        types = [types]
    quads = sorted({e.quad for e in book.values()})
    wanted: set[str] = set()
    for name in types:
        key = str(name).strip()
        if key.upper() in book:
            wanted.add(key.upper())
        elif key.lower() in quads:
            wanted.update(n for n, e in book.items() if e.quad == key.lower())
        else:
            raise ValueError(
                f"types: unknown event type {name!r}; use code-book names ({', '.join(book)}) "
                f"or quad classes ({', '.join(quads)})"
            )
    return wanted


def _as_day(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{name}={value!r} is not an ISO date such as '2022-01-31'") from None


def _days(value: int | dt.timedelta, name: str) -> int:
    if isinstance(value, dt.timedelta):
        if value.seconds or value.microseconds:
            raise ValueError(f"{name}={value!r}: use whole days")
        value = value.days
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name}={value!r}: must be a positive number of days, e.g. 7")
    return value


def _statement_day(values: set) -> dt.date | None:
    days = []
    for value in values:
        try:
            days.append(dt.date.fromisoformat(str(value)[:10]))
        except ValueError:
            logger.warning("ignoring malformed sg:date %r", str(value))
    return min(days, default=None)


def _truthy(value) -> bool:
    return str(value).strip().lower() in ("true", "1")


def _as_int(value) -> int | None:
    try:
        return int(float(str(value)))
    except ValueError:
        logger.warning("ignoring malformed integer %r", str(value))
        return None


def _plain(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _local_name(iri: str, prefix: str = "") -> str:
    if prefix and iri.startswith(prefix):
        return iri[len(prefix):]
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
