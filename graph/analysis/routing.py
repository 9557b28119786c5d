"""How relations run between actors: curved arcs that clear other actors, trimmed to the actors' outlines.

An arc is a quadratic Bézier curve ``(start, control point, end)`` in layout units. matplotlib is
imported inside the function that makes the arrow patch (see :mod:`stancegraph.analysis.figures`).
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

from stancegraph.analysis.attrs import as_number
from stancegraph.analysis.figures import RELATION_COLOURS, relation

__all__ = ["control_point", "bezier", "sub_bezier", "route_edges", "edge_arrow", "edge_arrows", "arrow_width", "trim"]

_RAD_ONE_WAY = 0.12  # arc3 curvature of an edge without a reverse edge
_RAD_TWO_WAY = 0.22  # A->B and B->A bend to opposite sides with the same positive rad


def control_point(p1, p2, rad: float) -> tuple[float, float]:
    """The control point of matplotlib's ``arc3,rad=rad`` between ``p1`` and ``p2``.

    >>> control_point((0.0, 0.0), (1.0, 0.0), 0.5)
    (0.5, -0.5)
    """
    (x1, y1), (x2, y2) = p1, p2
    return ((x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1))


def bezier(curve, t):
    """The point(s) of the quadratic Bézier ``curve`` at parameter ``t`` (a number or a numpy array).

    >>> bezier(((0.0, 0.0), (0.5, 1.0), (1.0, 0.0)), 0.5)
    (0.5, 0.5)
    """
    (x0, y0), (cx, cy), (x1, y1) = curve
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
    return (a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1)


def sub_bezier(curve, t0: float, t1: float):
    """Control points of the piece of the quadratic Bézier ``curve`` between ``t0`` and ``t1``.

    >>> sub_bezier(((0.0, 0.0), (0.5, 1.0), (1.0, 0.0)), 0.0, 1.0)
    [(0.0, 0.0), (0.5, 1.0), (1.0, 0.0)]
    """
    (x0, y0), (cx, cy), (x1, y1) = curve
    a, b, c = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    return [bezier(curve, t0), (a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1), bezier(curve, t1)]


def route_edges(G: nx.DiGraph, edges: list, pos: dict, radius: dict) -> dict:
    """The arc of each edge: a quadratic Bézier (start, control point, end) in layout units.

    Each edge takes the first curvature whose arc clears every other actor, trying gentle bends
    first; A->B and B->A always bend to opposite sides (a positive ``rad`` for both).

    >>> G = nx.DiGraph([("a", "b")])
    >>> route_edges(G, [("a", "b")], {"a": (0.0, 0.0), "b": (1.0, 0.0)}, {"a": 0.1, "b": 0.1})[("a", "b")][1]
    (0.5, -0.12)
    """
    curves = {}
    nodes = list(pos)
    centres = np.array([pos[n] for n in nodes])
    rims = np.array([radius[n] for n in nodes]) + 0.025
    t = np.linspace(0.05, 0.95, 37)
    for u, v in edges:
        others = np.array([n not in (u, v) for n in nodes])
        best = None
        for rad in _curvatures(G.has_edge(v, u), pos[u], pos[v]):
            curve = (tuple(pos[u]), control_point(pos[u], pos[v], rad), tuple(pos[v]))
            points = np.array(bezier(curve, t)).T
            if others.any():
                gaps = np.hypot(*(points[:, None, :] - centres[None, others, :]).transpose(2, 0, 1))
                clearance = float((gaps - rims[others][None, :]).min())
            else:
                clearance = math.inf
            if best is None or clearance > best[0] + 1e-9:
                best = (clearance, curve)
            if clearance > 0:
                break
        curves[u, v] = best[1]
    return curves


def _curvatures(two_way: bool, p1, p2) -> list[float]:
    """The curvatures to try, gentlest first; a two-way pair bows apart by at least ~0.1 layout units."""
    if two_way:
        least = min(0.8, max(_RAD_TWO_WAY, 0.2 / max(math.dist(p1, p2), 1e-9)))
        return [least, least + 0.15, least + 0.3]
    return [_RAD_ONE_WAY, -_RAD_ONE_WAY, 0.3, -0.3, 0.45, -0.45]


def edge_arrow(curve, data: dict, patch_a, patch_b, max_count: float, edge):
    """A curved arrow along ``curve`` (a quadratic Bézier in data units), trimmed to the node outlines.

    Trimming here (instead of FancyArrowPatch's patchA/patchB, which clips at every draw) keeps big
    graphs fast; the arrow is a path in data units, so it stays attached when the figure is resized.
    """
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path

    t0, t1 = trim(curve, patch_a, patch_b)
    width = arrow_width(data, max_count)
    return FancyArrowPatch(
        path=Path(sub_bezier(curve, t0, t1), [Path.MOVETO, Path.CURVE3, Path.CURVE3]),
        arrowstyle="-|>,head_length=0.6,head_width=0.3",
        mutation_scale=10 + 2.2 * width,
        linewidth=width,
        color=RELATION_COLOURS[relation(data)][0],
        alpha=0.9,
        zorder=2,
        gid=f"edge:{edge[0]}->{edge[1]}",
    )


def arrow_width(data: dict, max_count: float) -> float:
    """Line width of a relation: 1 for one statement, 4.5 for the busiest (``max_count``), by square root.

    >>> arrow_width({"count": 1}, 9), arrow_width({"count": 9}, 9)
    (1.0, 4.5)
    """
    count = max(as_number(data.get("count", 1)), 1)
    return 1.0 + 3.5 * math.sqrt((count - 1) / max(max_count - 1, 1))


def edge_arrows(curve, data: dict, patch_a, patch_b, max_count: float, edge, *, alpha: float = 0.9) -> list:
    """The arrow of :func:`edge_arrow` in the colour of the net balance, and over its first part the
    shares of the other sides (``data["mix"]``: statements that cooperate, conflict or neither), so a
    mixed relation shows its mix: e.g. one third red then two thirds green ending in a green head.

    The full arrow comes last in the list (gid ``edge:<u>-><v>``); the parts have gid ``edge-part:...``.
    """
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path

    arrow = edge_arrow(curve, data, patch_a, patch_b, max_count, edge)
    arrow.set_alpha(alpha)
    net = relation(data)
    mix = {k: as_number(v) for k, v in (data.get("mix") or {}).items() if as_number(v) > 0}
    total = sum(mix.values())
    parts = []
    if total and set(mix) - {net}:
        t0, t1 = trim(curve, patch_a, patch_b)
        at = t0
        for side in ("coop", "neutral", "conflict"):
            if side == net or side not in mix:
                continue
            stop = at + (t1 - t0) * mix[side] / total
            parts.append(FancyArrowPatch(
                path=Path(sub_bezier(curve, at, stop), [Path.MOVETO, Path.CURVE3, Path.CURVE3]), arrowstyle="-",
                linewidth=arrow.get_linewidth(), color=RELATION_COLOURS[side][0], alpha=alpha, zorder=2.1,
                capstyle="butt", gid=f"edge-part:{edge[0]}->{edge[1]}:{side}"))
            at = stop
    return [*parts, arrow]


def trim(curve, patch_a, patch_b, gap: float = 0.006) -> tuple[float, float]:
    """Parameters where ``curve`` leaves ``patch_a`` and enters ``patch_b``, plus a small ``gap``."""
    t = np.linspace(0.0, 1.0, 801)
    points = np.array(bezier(curve, t)).T
    inside_a = patch_a.get_patch_transform().transform_path(patch_a.get_path()).contains_points(points)
    inside_b = patch_b.get_patch_transform().transform_path(patch_b.get_path()).contains_points(points)
    outside = ~inside_a & ~inside_b
    if not outside.any():  # overlapping nodes: draw the whole curve
        return 0.0, 1.0
    first, last = int(np.argmax(outside)), len(t) - 1 - int(np.argmax(outside[::-1]))
    steps = np.hypot(*np.diff(points, axis=0).T)
    arc = np.concatenate([[0.0], np.cumsum(steps)])
    start = int(np.searchsorted(arc, arc[first] + gap))
    end = int(np.searchsorted(arc, arc[last] - gap)) - 1
    if end <= start:
        return float(t[first]), float(t[last])
    return float(t[start]), float(t[end])
