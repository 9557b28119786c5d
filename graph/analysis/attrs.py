"""Lenient readers of view attributes shared by the metrics: numbers, labels and signs of nodes and edges."""
from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["as_number", "node_label", "edge_sign", "plain_number"]


def as_number(value: Any) -> float:
    """``value`` as a float; 0.0 if it is missing or not a number.

    >>> as_number("2.5"), as_number(None), as_number("n/a")
    (2.5, 0.0, 0.0)
    """
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def node_label(G: nx.Graph, node: Any) -> str:
    """The ``label`` of ``node`` in ``G``, else the last part of its IRI; ``str(node)`` if it is not in ``G``.

    >>> G = nx.Graph(); G.add_node("http://ex.org/actor/RUS"); G.add_node("x", label="X")
    >>> node_label(G, "http://ex.org/actor/RUS"), node_label(G, "x"), node_label(G, "y")
    ('RUS', 'X', 'y')
    """
    return str(G.nodes[node].get("label") or str(node).rstrip("/#").rsplit("/", 1)[-1]) if node in G else str(node)


def edge_sign(data: dict) -> int:
    """+1, -1 or 0: the sign of the edge attribute ``sign`` (0 if missing or not a number).

    >>> edge_sign({"sign": -1}), edge_sign({"sign": 0.5}), edge_sign({})
    (-1, 1, 0)
    """
    try:
        s = float(data.get("sign", 0) or 0)
    except (TypeError, ValueError):
        return 0
    return 1 if s > 0 else (-1 if s < 0 else 0)


def plain_number(x: float) -> int | float:
    """``x`` as an int if it is whole, else rounded to 6 decimals (for JSON reports).

    >>> plain_number(4.0), plain_number(1 / 3)
    (4, 0.333333)
    """
    return int(x) if float(x).is_integer() else round(x, 6)
