"""Where the actors go: which actors a diagram shows, their sizes, a seeded stress layout, row orders."""
from __future__ import annotations

import math
from typing import Any, NamedTuple

import networkx as nx
import numpy as np

from stancegraph.analysis.attrs import as_number
from stancegraph.analysis.figures import display_label

__all__ = [
    "ActorSelection", "select_actors", "crowd_scale", "node_radii", "stress_layout", "actor_layout",
    "figure_size", "barycentre_order", "edge_key",
]


class ActorSelection(NamedTuple):
    """The actors an actor diagram shows and the relations among them."""

    ranked: list  # every node, most active first (ties by label, then id)
    kept: list  # the max_nodes most active, sorted by id
    edges: list  # edges among the kept actors, without self-loops, sorted
    activity: dict  # kept node -> activity


def select_actors(G: nx.DiGraph, max_nodes: int) -> ActorSelection:
    """The ``max_nodes`` most active actors of ``G`` (node attribute ``activity``) and their relations.

    >>> G = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "c")])
    >>> nx.set_node_attributes(G, {"a": 1, "b": 3, "c": 2}, "activity")
    >>> s = select_actors(G, 2)
    >>> s.ranked, s.kept, s.edges
    (['b', 'c', 'a'], ['b', 'c'], [('b', 'c')])
    """
    ranked = sorted(G.nodes, key=lambda n: (-as_number(G.nodes[n].get("activity", 0)), display_label(G, n), str(n)))
    kept = sorted(ranked[:max_nodes], key=str)
    kept_set = set(kept)
    edges = sorted(((u, v) for u, v in G.edges if u in kept_set and v in kept_set and u != v), key=edge_key)
    activity = {n: as_number(G.nodes[n].get("activity", 0)) for n in kept}
    return ActorSelection(ranked, kept, edges, activity)


def crowd_scale(nodes: int) -> float:
    """How much smaller shapes are drawn among ``nodes`` actors: 1 up to 12, then ``sqrt(12 / nodes)``."""
    return min(1.0, math.sqrt(12 / max(nodes, 1)))


def node_radii(activity: dict, shrink: float) -> dict:
    """Radius of each actor in layout units: 0.035 .. 0.1 by the square root of its share of the top activity.

    >>> node_radii({"a": 4.0, "b": 1.0}, 1.0)
    {'a': 0.1, 'b': 0.0675}
    """
    top = max([*activity.values(), 1.0])
    return {n: shrink * (0.035 + 0.065 * math.sqrt(max(activity[n], 0.0) / top)) for n in activity}


def actor_layout(G: nx.DiGraph, *, seed: int = 7, max_nodes: int = 15, max_edges: int = 30) -> dict:
    """The positions :func:`stancegraph.analysis.plot.draw_actor_graph` gives the ``max_nodes`` most
    active actors of ``G`` (and the "other actors" node of :func:`stancegraph.analysis.folding.fold_actors`).

    Pass them as ``pos=`` to draw several graphs (time windows, an ego view) with the same layout.

    >>> pos = actor_layout(nx.DiGraph([("a", "b"), ("b", "c")]))
    >>> sorted(pos), all(-1.0 <= v <= 1.0 for xy in pos.values() for v in xy)
    (['a', 'b', 'c'], True)
    """
    from stancegraph.analysis.folding import fold_actors

    G = fold_actors(G, max_nodes=max_nodes, max_edges=max_edges)
    chosen = select_actors(G, G.number_of_nodes())
    radius = node_radii(chosen.activity, crowd_scale(len(chosen.kept)))
    if not chosen.kept:
        return {}
    return {n: (float(x), float(y)) for n, (x, y) in stress_layout(chosen.kept, chosen.edges, seed, radius).items()}


def stress_layout(nodes: list, edges: list, seed: int, radius: dict) -> dict:
    """Stress-majorisation layout (Kamada-Kawai's energy, solved by SMACOF) from a seeded start,
    scaled to [-1, 1], then spread so that no two nodes sit closer than labels and arrows need."""
    n = len(nodes)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
    dist = _graph_distances(nodes, edges)
    x = _landscape(_smacof(dist, seed))
    x = _spread(x, np.array([radius[node] for node in nodes]), air=min(0.45, 1.8 / math.sqrt(n)))
    return {node: x[i] for i, node in enumerate(nodes)}


def _graph_distances(nodes: list, edges: list) -> np.ndarray:
    """Shortest-path lengths between ``nodes`` (undirected); unconnected pairs a little farther than the longest."""
    n = len(nodes)
    U = nx.Graph()
    U.add_nodes_from(nodes)
    U.add_edges_from(edges)
    index = {node: i for i, node in enumerate(nodes)}
    dist = np.zeros((n, n))
    reachable = np.zeros((n, n), dtype=bool)
    for source, lengths in nx.all_pairs_shortest_path_length(U):
        for target, length in lengths.items():
            dist[index[source], index[target]] = length
            reachable[index[source], index[target]] = True
    # unconnected pairs (separate components): a little farther than the longest path
    dist[~reachable] = (dist.max() if reachable.any() else 1.0) + 1.0
    np.fill_diagonal(dist, 0.0)
    return dist


def _smacof(dist: np.ndarray, seed: int) -> np.ndarray:
    """Positions whose distances approximate ``dist`` (weights ``dist**-2``), from a seeded uniform start."""
    n = len(dist)
    weights = np.zeros_like(dist)
    off = dist > 0
    weights[off] = dist[off] ** -2.0
    laplacian = -weights
    np.fill_diagonal(laplacian, weights.sum(axis=1))
    pinv = np.linalg.pinv(laplacian)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.0, 1.0, size=(n, 2))
    for _ in range(300):
        diff = x[:, None, :] - x[None, :, :]
        norm = np.sqrt((diff**2).sum(axis=2))
        ratio = np.zeros_like(dist)
        nz = norm > 1e-12
        ratio[nz] = weights[nz] * dist[nz] / norm[nz]
        b = -ratio
        np.fill_diagonal(b, ratio.sum(axis=1))
        new = pinv @ (b @ x)
        if np.abs(new - x).max() < 1e-6:
            x = new
            break
        x = new
    return x


def _landscape(x: np.ndarray) -> np.ndarray:
    """``x`` centred, scaled to [-1, 1] and rotated so that its long axis is horizontal."""
    x = np.round(x, 9)  # insulate the result from last-bit differences between BLAS builds
    x -= x.mean(axis=0)
    x /= np.abs(x).max() or 1.0
    # rotate the long axis horizontal (landscape figures fit screens, pages and the legends below)
    _, vectors = np.linalg.eigh(x.T @ x)
    x = x @ vectors[:, ::-1]
    x *= np.where(np.abs(x).max(axis=0) == x.max(axis=0), 1.0, -1.0)  # fix the eigenvectors' signs
    x /= np.abs(x).max() or 1.0
    return x


def _spread(x: np.ndarray, r: np.ndarray, *, air: float) -> np.ndarray:
    """Push apart nodes whose rims (radii ``r``) are closer than ``air`` (Jacobi steps: deterministic and vectorised)."""
    wanted = air + r[:, None] + r[None, :]
    fallback = np.array([1.0, 0.0])
    for _ in range(300):
        diff = x[None, :, :] - x[:, None, :]  # diff[i, j] = x[j] - x[i]
        gap = np.hypot(diff[..., 0], diff[..., 1])
        np.fill_diagonal(gap, np.inf)
        short = gap < wanted
        if not short.any():
            break
        safe = np.where(gap > 1e-9, gap, 1.0)[..., None]
        direction = np.where((gap > 1e-9)[..., None], diff / safe, fallback)
        push = np.where(short, (wanted - np.minimum(gap, wanted)) / 2 + 1e-4, 0.0)[..., None]
        x = x - (direction * push).sum(axis=1) * 0.5
    return x


def figure_size(pos: dict) -> tuple[float, float]:
    """A figure about as wide as the graph needs, with the layout's aspect ratio plus title and legends.

    >>> [round(v, 3) for v in figure_size({"a": (0.0, 0.0), "b": (1.0, 0.0)})]
    [9.4, 5.325]
    """
    width = min(18.0, 9.0 + 0.2 * len(pos))
    if not pos:
        return (width, 5.0)
    spread_x = max(p[0] for p in pos.values()) - min(p[0] for p in pos.values()) + 0.6
    spread_y = max(p[1] for p in pos.values()) - min(p[1] for p in pos.values()) + 0.6
    return (width, max(5.0, min(width * 1.2, width * spread_y / spread_x + 1.8)))


def barycentre_order(nodes: list, edges: list, other_y: dict, *, reverse: bool) -> dict:
    """Rank ``nodes`` by the mean row of their neighbours (``other_y``); ties keep the given order.

    ``edges`` are (left, right) pairs; ``reverse`` ranks the left nodes by their right neighbours.

    >>> barycentre_order(["x", "y"], [("a", "y"), ("b", "x")], {"a": 0, "b": 1}, reverse=False)
    {'y': 0, 'x': 1}
    """
    neighbours: dict[Any, list[float]] = {n: [] for n in nodes}
    for a, c in edges:
        if reverse and a in neighbours and c in other_y:
            neighbours[a].append(other_y[c])
        elif not reverse and c in neighbours and a in other_y:
            neighbours[c].append(other_y[a])
    keyed = sorted(range(len(nodes)), key=lambda i: (sum(neighbours[nodes[i]]) / len(neighbours[nodes[i]])
                                                     if neighbours[nodes[i]] else math.inf, i))
    return {nodes[i]: rank for rank, i in enumerate(keyed)}


def edge_key(edge) -> tuple[str, str]:
    """Sort key of an edge: its endpoints as strings (node ids of mixed types sort too)."""
    return (str(edge[0]), str(edge[1]))
