"""The directed actor graph (speaker -> target) of a built graph, and its signed simple graph."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

import networkx as nx
from rdflib import Graph

from stancegraph.analysis.sectors import is_domestic
from stancegraph.analysis.filters import StatementFilter, endpoints, statement_filter
from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.errors import InputError

__all__ = ["actor_graph", "signed_graph", "relation_attributes", "view_of"]


class _Fact(NamedTuple):
    """What an actor-graph edge needs to know of one statement."""

    type: str
    weight: float
    mentions: int
    date: str | None
    negated: bool


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
        Edges carry ``count``, ``mentions``, ``weight_sum``, ``negated``, ``types``, ``dominant_type``,
        ``first``/``last`` (see :func:`relation_attributes`) and ``statements`` (sorted statement IRIs).

    Raises
    ------
    InputError
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
    keep = statement_filter(types, start, end, statuses, document_dates)
    table = statement_table(graph)
    edges, spoke, heard, facts = _collect(table, keep, roll_up)
    G = nx.DiGraph(roll_up=roll_up, **keep.attrs())
    for node in sorted(set(spoke) | set(heard)):
        G.add_node(node, label=table.label(node), kind=table.kind(node), iri=node,
                   activity=len(spoke[node]) + len(heard[node]))
        sector = (table.actors.get(node) or {}).get("sector")
        if sector:  # CAMEO sector code: organs, groups and the nodes of --roll-up sector
            G.nodes[node]["sector"] = sector
    for (speaker, target), iris in sorted(edges.items()):
        G.add_edge(speaker, target, **relation_attributes([facts[i] for i in sorted(iris)]), statements=sorted(iris))
        if roll_up and is_domestic(speaker, target, table.actors):
            G.edges[speaker, target]["domestic"] = True  # inside one state: "EGY police" -> "EGY opposition"
    return G


def _collect(table: StatementTable, keep: StatementFilter, roll_up: bool):
    """Statements per (speaker, target) edge, per speaker and per target, and the facts of each kept statement."""
    edges: dict[tuple[str, str], set[str]] = defaultdict(set)
    spoke: dict[str, set[str]] = defaultdict(set)
    heard: dict[str, set[str]] = defaultdict(set)
    facts: dict[str, _Fact] = {}
    for row in table.rows:
        if not keep.keep(row):
            continue
        iri = row["statement"]
        speaker, targets = endpoints(row, table, roll_up)
        day = row["date"] if keep.document_dates else row["statement_date"]
        facts[iri] = _Fact(row["type"], row["weight"], row["mentions"], day, row["negated"])
        spoke[speaker].add(iri)
        for target in targets:
            heard[target].add(iri)
            edges[speaker, target].add(iri)
    return edges, spoke, heard, facts


def relation_attributes(facts: list) -> dict[str, Any]:
    """The attributes of an actor-graph edge from its statements' ``(type, weight, mentions, date, negated)``.

    ``count`` (statements), ``mentions`` (sum of ``sg:mentionCount``), ``weight_sum`` (sum of
    Goldstein weight x mentions; negated statements add 0), ``negated`` (negated statements),
    ``types`` ({type: statements}, most frequent first), ``dominant_type`` (ties: most mentions,
    then name), ``mix`` (statements that cooperate, conflict or neither: {"coop", "conflict",
    "neutral"}; negated ones are neutral) and ``first``/``last`` (ISO dates or None).

    >>> a = relation_attributes([("DEMAND", -5.0, 2, "2022-01-03", False), ("REJECT", -4.0, 1, None, True)])
    >>> a["count"], a["mentions"], a["weight_sum"], a["negated"], a["dominant_type"], a["first"], a["last"]
    (2, 3, -10.0, 1, 'DEMAND', '2022-01-03', '2022-01-03')
    """
    type_counts = Counter(f[0] for f in facts)
    type_mentions: Counter = Counter()
    for f in facts:
        type_mentions[f[0]] += f[2]
    dates = sorted(f[3] for f in facts if f[3])
    return {
        "count": len(facts),
        "mentions": sum(f[2] for f in facts),
        "weight_sum": sum(0.0 if f[4] else f[1] * f[2] for f in facts),
        "negated": sum(1 for f in facts if f[4]),
        "types": dict(sorted(type_counts.items(), key=lambda kv: (-kv[1], -type_mentions[kv[0]], kv[0]))),
        "dominant_type": min(type_counts, key=lambda t: (-type_counts[t], -type_mentions[t], t)),
        "mix": {key: sum(1 for f in facts if _side(f) == key) for key in ("coop", "conflict", "neutral")},
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
    }


def _side(fact) -> str:
    """``"coop"``, ``"conflict"`` or ``"neutral"``: the sign of one statement's weight (negated: neutral)."""
    if fact[4] or abs(fact[1]) < 1e-9:
        return "neutral"
    return "coop" if fact[1] > 0 else "conflict"


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
    G = view_of(graph, actor_graph, options, "signed_graph")
    S = nx.Graph(**{k: v for k, v in G.graph.items()}, signed=True)
    S.add_nodes_from(G.nodes(data=True))
    neutral = []
    for (u, v), (weight, count, statements) in sorted(_pairs(G).items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        if abs(weight) < 1e-9:
            neutral.append([u, v])
            continue
        S.add_edge(u, v, sign=1 if weight > 0 else -1, weight=round(weight, 9), count=count,
                   statements=sorted(statements))
    S.graph["neutral"] = neutral
    return S


def _pairs(G: nx.DiGraph) -> dict[tuple[Any, Any], list]:
    """(u, v) with u <= v -> [net weight_sum, statements count, statement IRIs] of both directions."""
    pairs: dict[tuple[Any, Any], list] = {}
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        key = (u, v) if str(u) <= str(v) else (v, u)
        agg = pairs.setdefault(key, [0.0, 0, set()])
        agg[0] += float(data.get("weight_sum", 0.0) or 0.0)
        agg[1] += int(data.get("count", 1) or 0)
        agg[2].update(data.get("statements") or ())
    return pairs


def view_of(graph: Any, view: Callable[..., nx.Graph], options: dict[str, Any], caller: str) -> nx.Graph:
    """``graph`` itself if it is a networkx graph already (then ``options`` must be empty), else
    ``view(graph, **options)``: how a derived view (signed, congruence) takes its input.

    >>> G = nx.DiGraph()
    >>> view_of(G, actor_graph, {}, "f") is G
    True
    >>> view_of(G, actor_graph, {"roll_up": True}, "f")
    Traceback (most recent call last):
    stancegraph.errors.InputError: f: options ['roll_up'] apply to an RDF graph, not to a networkx graph
    """
    if isinstance(graph, nx.Graph):
        if options:
            raise InputError(f"{caller}: options {sorted(options)} apply to an RDF graph, not to a networkx graph")
        return graph
    return view(graph, **options)
