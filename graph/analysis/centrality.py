"""Who is central in an actor graph, and who answers whom: PageRank, degree, betweenness, reciprocity."""
from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np

from stancegraph.analysis.attrs import as_number, plain_number

__all__ = ["pagerank", "centrality", "reciprocity", "mutual_dyads"]


def pagerank(G: nx.Graph, *, alpha: float = 0.85, weight: str | None = "count", tol: float = 1e-12,
             max_iter: int = 1000) -> dict[Any, float]:
    """PageRank by power iteration (numpy; the same result as ``networkx.pagerank``, without scipy).

    >>> import networkx as nx
    >>> ranks = pagerank(nx.DiGraph([("a", "b"), ("b", "a"), ("c", "a")]))
    >>> {k: round(v, 4) for k, v in ranks.items()}
    {'a': 0.4865, 'b': 0.4635, 'c': 0.05}
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    W = np.zeros((n, n))
    for u, v, data in G.edges(data=True):
        w = float(data.get(weight, 1.0)) if weight else 1.0
        W[index[u], index[v]] += w
        if not G.is_directed() and u != v:
            W[index[v], index[u]] += w
    out = W.sum(axis=1)
    dangling = out == 0
    P = np.divide(W, out[:, None], out=np.zeros_like(W), where=~dangling[:, None])
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = alpha * (x @ P + x[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(new - x).sum() < n * tol:
            x = new
            break
        x = new
    x = x / x.sum()
    return {node: round(float(x[index[node]]), 12) for node in nodes}


def centrality(G: nx.DiGraph, *, weight: str = "count") -> dict[Any, dict[str, Any]]:
    """Degree, weighted degree, PageRank and betweenness of every actor, most central (PageRank) first.

    Returns ``{node: {"label", "kind", "degree", "in_degree", "out_degree", "weighted_degree",
    "pagerank", "betweenness"}}``; self-loops are ignored.

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", count=3); G.add_edge("b", "c", count=1)
    >>> c = centrality(G)
    >>> list(c), c["b"]["weighted_degree"], c["b"]["betweenness"]
    (['c', 'b', 'a'], 4, 0.5)
    """
    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    ranks = pagerank(H, weight=weight)
    between = nx.betweenness_centrality(H, normalized=True) if len(H) > 2 else {n: 0.0 for n in H}
    directed = H.is_directed()
    rows = {}
    for node in H:
        data = H.nodes[node]
        out_deg = H.out_degree(node) if directed else H.degree(node)
        in_deg = H.in_degree(node) if directed else H.degree(node)
        strength = sum(as_number(d.get(weight, 1)) for *_, d in H.out_edges(node, data=True)) if directed else 0
        strength += sum(as_number(d.get(weight, 1)) for *_, d in (H.in_edges(node, data=True) if directed else H.edges(node, data=True)))
        rows[node] = {
            "label": data.get("label") or str(node),
            "kind": data.get("kind"),
            "degree": in_deg + out_deg if directed else in_deg,
            "in_degree": in_deg,
            "out_degree": out_deg,
            "weighted_degree": plain_number(strength),
            "pagerank": round(ranks[node], 6),
            "betweenness": round(float(between[node]), 6),
        }
    return dict(sorted(rows.items(), key=lambda kv: (-kv[1]["pagerank"], -kv[1]["weighted_degree"], str(kv[0]))))


def reciprocity(G: nx.DiGraph) -> float | None:
    """Share of relations u->v (u != v) answered by v->u; None for a graph without relations.

    >>> import networkx as nx
    >>> reciprocity(nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")]))
    0.6666666667
    """
    edges = [(u, v) for u, v in G.edges if u != v]
    if not edges:
        return None
    return round(sum(1 for u, v in edges if G.has_edge(v, u)) / len(edges), 10)


def mutual_dyads(G: nx.DiGraph) -> list[tuple[Any, Any]]:
    """Pairs of actors that addressed each other, each pair once (u < v), sorted."""
    return sorted({tuple(sorted((u, v), key=str)) for u, v in G.edges if u != v and G.has_edge(v, u)}, key=lambda p: tuple(map(str, p)))

