"""Keep an actor diagram readable at any size: the most active actors, the rest folded into one "other" node.

An actor graph of 1,800 press releases has hundreds of actors; drawn whole it is a hairball. :func:`fold_actors`
keeps the ``max_nodes`` most active actors that have a relation, folds every other actor into one node
:data:`OTHER`, merges the relations that fold onto the same ordered pair, keeps the ``max_edges`` busiest
relations and drops actors left without any (no isolated nodes).
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from stancegraph.analysis.attrs import as_number

__all__ = ["OTHER", "fold_actors", "merge_relations"]

OTHER = "other"
"""Node id of the actors folded together (kind ``"other"``)."""

_SIDES = ("coop", "conflict", "neutral")


def fold_actors(G: nx.DiGraph, *, max_nodes: int = 15, max_edges: int = 30, keep: Any = None,
                must: Any = ()) -> nx.DiGraph:
    """The ``max_nodes`` most active actors of ``G`` with relations among them; the others folded into :data:`OTHER`.

    Self-loops (a person rolled up into its own state) are dropped. Actors without a relation to another actor
    are left out before ranking; so are actors whose relations were all among the weakest ones cut by
    ``max_edges``. ``keep`` (a set of node ids) fixes the actors to keep instead of ranking (small multiples
    fold every window the same way); ``must`` are kept in any case (the ego of an ego network).

    Returns
    -------
    networkx.DiGraph
        Nodes and edges carry the attributes of :func:`stancegraph.analysis.actor_graph.actor_graph`; the
        :data:`OTHER` node has ``label`` ``"other actors (k)"``, ``kind`` ``"other"``, ``activity`` (sum) and
        ``members``. Graph attributes: ``actors`` (actors with relations), ``folded`` (how many went into
        "other"), ``alone`` (actors without a relation), ``cut_edges`` (relations left out), ``cut_actors``
        (kept actors left without a relation by the cut).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_nodes_from([("a", {"activity": 5}), ("b", {"activity": 3}), ("c", {"activity": 1}),
    ...                   ("d", {"activity": 1}), ("e", {"activity": 2})])
    >>> G.add_edge("a", "b", count=2, weight_sum=-10.0, statements=["s1", "s2"])
    >>> G.add_edge("c", "a", count=1, weight_sum=3.0, statements=["s3"])
    >>> G.add_edge("d", "a", count=1, weight_sum=-2.0, statements=["s4"])
    >>> H = fold_actors(G, max_nodes=2)
    >>> sorted(H.nodes), H.nodes["other"]["label"], H.edges["other", "a"]["count"], H.graph["alone"]
    (['a', 'b', 'other'], 'other actors (2)', 2, 1)
    """
    if not isinstance(max_nodes, int) or isinstance(max_nodes, bool) or max_nodes < 1:
        from stancegraph.errors import InputError
        raise InputError(f"max_nodes={max_nodes!r}: must be a positive integer")
    linked = {n for u, v in G.edges if u != v for n in (u, v)}
    ranked = sorted(linked, key=lambda n: (-as_number(G.nodes[n].get("activity", 0)), str(G.nodes[n].get("label") or n),
                                          str(n)))
    must = [n for n in must if n in linked]
    if keep is None:
        keep = must + [n for n in ranked if n not in must][:max(max_nodes - len(must), 0)]
    kept = set(keep) & linked
    folded = sorted((n for n in linked if n not in kept), key=str)
    home = {n: (n if n in kept else OTHER) for n in linked}
    groups: dict[tuple[Any, Any], list[dict]] = {}
    for u, v, data in G.edges(data=True):
        if u == v or (home[u] == OTHER and home[v] == OTHER):
            continue
        groups.setdefault((home[u], home[v]), []).append(data)
    merged = {pair: merge_relations(datas) for pair, datas in groups.items()}
    busiest = sorted(merged, key=lambda e: (-as_number(merged[e].get("count", 1)), str(e[0]), str(e[1])))[:max_edges]
    H = nx.DiGraph(**G.graph)
    H.graph.update(actors=len(linked), folded=len(folded), alone=G.number_of_nodes() - len(linked),
                   cut_edges=len(merged) - len(busiest))
    for u, v in sorted(busiest, key=lambda e: (str(e[0]), str(e[1]))):
        for n in (u, v):
            if n not in H:
                H.add_node(n, **(_other_node(G, folded) if n == OTHER else dict(G.nodes[n])))
        H.add_edge(u, v, **merged[u, v])
    H.graph["cut_actors"] = len(kept - set(H))  # kept actors whose every relation was cut
    return H


def _other_node(G: nx.DiGraph, folded: list) -> dict:
    return {"label": f"other actors ({len(folded)})", "kind": "other", "iri": None, "members": folded,
            "activity": sum(as_number(G.nodes[n].get("activity", 0)) for n in folded)}


def merge_relations(datas: list[dict]) -> dict:
    """One relation from several (relations folded onto the same pair): counts, weights, types and mix added up.

    >>> merge_relations([{"count": 1, "types": {"DEMAND": 1}, "statements": ["s1"]},
    ...                  {"count": 2, "types": {"AGREE": 2}, "statements": ["s2", "s3"]}])["dominant_type"]
    'AGREE'
    """
    if len(datas) == 1:
        return dict(datas[0])
    statements = sorted({s for d in datas for s in d.get("statements") or ()})
    types: Counter = Counter()
    mix: Counter = Counter()
    for d in datas:
        types.update({str(k): int(as_number(v)) for k, v in (d.get("types") or {}).items()})
        mix.update({k: int(as_number(v)) for k, v in (d.get("mix") or {}).items()})
    dates = sorted(x for d in datas for x in (d.get("first"), d.get("last")) if x)
    total = lambda key: sum(as_number(d.get(key, 0)) for d in datas)  # noqa: E731
    return {
        "count": len(statements) or int(sum(as_number(d.get("count", 1)) for d in datas)),
        "mentions": int(total("mentions")),
        "weight_sum": total("weight_sum"),
        "negated": int(total("negated")),
        "types": dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
        "dominant_type": min(types, key=lambda t: (-types[t], t)) if types else None,
        "mix": {k: mix.get(k, 0) for k in _SIDES},
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "statements": statements,
    }
