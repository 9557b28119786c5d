"""Structural balance and polarisation of a signed actor graph (see :mod:`stancegraph.analysis.metrics`)."""
from __future__ import annotations

import itertools
import math
from typing import Any

import networkx as nx
import numpy as np

from stancegraph.analysis.attrs import as_number, edge_sign, node_label

__all__ = ["structural_balance", "polarisation"]

_EXHAUSTIVE = 20  # tied actors up to which polarisation tries every two-camp split


def structural_balance(S: nx.Graph) -> dict[str, Any]:
    """Balanced and unbalanced triads of a signed graph (edge attribute ``sign``: +1 / -1).

    Returns ``{"triads", "balanced", "share" (None without triads), "unbalanced": [{"actors",
    "labels", "signs", "kind"}]}``; ``signs`` lists the three ties as ``[u, v, sign]`` and ``kind``
    is ``"two friends are foes"`` (+ + -) or ``"three foes"`` (- - -).

    >>> import networkx as nx
    >>> S = nx.Graph()
    >>> S.add_edge("a", "b", sign=1); S.add_edge("a", "c", sign=1); S.add_edge("b", "c", sign=-1)
    >>> r = structural_balance(S)
    >>> r["triads"], r["balanced"], r["unbalanced"][0]["kind"]
    (1, 0, 'two friends are foes')
    """
    nodes = sorted(S.nodes, key=str)
    order = {n: i for i, n in enumerate(nodes)}
    triads = balanced = 0
    unbalanced = []
    for a in nodes:
        higher = sorted((n for n in S[a] if order[n] > order[a]), key=order.get)
        for b, c in itertools.combinations(higher, 2):
            if not S.has_edge(b, c):
                continue
            signs = [edge_sign(S.edges[a, b]), edge_sign(S.edges[a, c]), edge_sign(S.edges[b, c])]
            if 0 in signs:
                continue
            triads += 1
            if signs[0] * signs[1] * signs[2] > 0:
                balanced += 1
                continue
            unbalanced.append({
                "actors": [a, b, c],
                "labels": [node_label(S, n) for n in (a, b, c)],
                "signs": [[a, b, signs[0]], [a, c, signs[1]], [b, c, signs[2]]],
                "kind": "three foes" if signs.count(-1) == 3 else "two friends are foes",
            })
    return {"triads": triads, "balanced": balanced, "share": round(balanced / triads, 10) if triads else None,
            "unbalanced": unbalanced}


def polarisation(S: nx.Graph, *, weight: str | None = None) -> dict[str, Any]:
    """Signed modularity of the best two-camp split of a signed graph (see the module docstring).

    Returns ``{"score", "modularity", "camps" ([[nodes], [nodes]], the larger first), "labels" (the same, as
    labels), "frustration" (share of tie weight against the split), "frustrated" ([u, v, sign]),
    "ties", "method" ("exhaustive" or "spectral+moves")}``; ``score`` is None without ties.

    >>> import networkx as nx
    >>> S = nx.Graph()
    >>> S.add_edge("a", "b", sign=1); S.add_edge("a", "c", sign=-1); S.add_edge("b", "c", sign=-1)
    >>> p = polarisation(S)
    >>> round(p["score"], 4), p["camps"], p["frustration"]
    (0.3333, [['a', 'b'], ['c']], 0.0)
    """
    nodes = sorted((n for n in S.nodes if any(edge_sign(d) for *_, d in S.edges(n, data=True))), key=str)
    isolated = sorted((n for n in S.nodes if n not in set(nodes)), key=str)
    ties = [(u, v, edge_sign(d), abs(as_number(d.get(weight, 1.0))) if weight else 1.0)
            for u, v, d in S.edges(data=True) if u != v and edge_sign(d)]
    if not ties:
        return {"score": None, "modularity": None, "camps": [nodes, []], "labels": [[node_label(S, n) for n in nodes], []],
                "frustration": None, "frustrated": [], "ties": 0, "isolated": isolated, "method": None}
    index = {node: i for i, node in enumerate(nodes)}
    B, total = _signed_modularity_matrix(len(nodes), index, ties)
    if len(nodes) <= _EXHAUSTIVE:
        method, (best_q, best_s) = "exhaustive", _best_split_exhaustive(B, total)
    else:
        method, (best_q, best_s) = "spectral+moves", _best_split_spectral(B, total)
    camps = _camps(S, [node for node in nodes if best_s[index[node]] > 0],
                   [node for node in nodes if best_s[index[node]] < 0])
    side = {node: k for k, camp in enumerate(camps) for node in camp}
    frustrated = [[u, v, sign] for u, v, sign, _ in sorted(ties, key=lambda t: (str(t[0]), str(t[1])))
                  if (side[u] == side[v]) != (sign > 0)]
    bad = sum(w for u, v, sign, w in ties if (side[u] == side[v]) != (sign > 0))
    best_q = 0.0 if abs(best_q) < 1e-12 else best_q
    hostile = any(sign < 0 for _, _, sign, _ in ties)
    return {"score": best_q if hostile else 0.0, "modularity": best_q, "camps": camps,
            "labels": [[node_label(S, x) for x in c] for c in camps], "frustration": round(bad / sum(t[3] for t in ties), 10),
            "frustrated": frustrated, "ties": len(ties), "isolated": isolated, "method": method}


def _signed_modularity_matrix(n: int, index: dict, ties: list) -> tuple[np.ndarray, float]:
    """The signed modularity matrix ``B`` (Gómez, Jensen & Arenas) of ``ties`` and its normaliser ``2m+ + 2m-``."""
    Wp, Wn = np.zeros((n, n)), np.zeros((n, n))
    for u, v, sign, w in ties:
        M = Wp if sign > 0 else Wn
        M[index[u], index[v]] += w
        M[index[v], index[u]] += w
    kp, kn = Wp.sum(axis=1), Wn.sum(axis=1)
    mp2, mn2 = kp.sum(), kn.sum()
    B = np.zeros((n, n))
    if mp2 > 0:
        B += Wp - np.outer(kp, kp) / mp2
    if mn2 > 0:
        B -= Wn - np.outer(kn, kn) / mn2
    return B, mp2 + mn2


def _split_scores(B: np.ndarray, total: float, s: np.ndarray) -> np.ndarray:
    """Signed modularity of each split in ``s`` (a (k, n) array of +-1)."""
    return (B.sum() + ((s @ B) * s).sum(axis=1)) / (2 * total)


def _best_split_exhaustive(B: np.ndarray, total: float) -> tuple[float, np.ndarray]:
    """The best of all two-camp splits (the first node stays in camp +1), in batches of 2**15."""
    n = len(B)
    best_q, best_s = -math.inf, None
    count = 1 << (n - 1)
    bits = np.arange(n - 1)
    for lo in range(0, count, 1 << 15):
        codes = np.arange(lo, min(count, lo + (1 << 15)))
        s = np.ones((len(codes), n))
        if n > 1:
            s[:, 1:] = np.where((codes[:, None] >> bits[None, :]) & 1, -1.0, 1.0)
        q = np.round(_split_scores(B, total, s), 10)
        i = int(np.argmax(q))
        if q[i] > best_q:
            best_q, best_s = float(q[i]), s[i]
    return best_q, best_s


def _best_split_spectral(B: np.ndarray, total: float) -> tuple[float, np.ndarray]:
    """The split by the sign of B's leading eigenvector, refined by moving single nodes while that helps."""
    n = len(B)
    _, vectors = np.linalg.eigh(B)
    lead = np.round(vectors[:, -1], 9)
    best_s = np.where(lead >= 0, 1.0, -1.0) * (1.0 if lead[0] >= 0 else -1.0)
    best_q = float(_split_scores(B, total, best_s[None, :])[0])
    while True:
        gains = []
        for i in range(n):
            t = best_s.copy()
            t[i] = -t[i]
            gains.append(float(_split_scores(B, total, t[None, :])[0]))
        i = int(np.argmax(gains))
        if gains[i] <= best_q + 1e-12:
            break
        best_s[i] = -best_s[i]
        best_q = gains[i]
    return round(best_q, 10), best_s


def _camps(S: nx.Graph, camp_a: list, camp_b: list) -> list[list]:
    """The two camps, each sorted by label, the larger first."""
    by_label = lambda c: sorted(c, key=lambda x: (node_label(S, x).casefold(), str(x)))  # noqa: E731
    return sorted([by_label(camp_a), by_label(camp_b)], key=lambda c: (-len(c), [str(x) for x in c]))

