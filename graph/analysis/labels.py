"""Where the names go: greedy label placement that keeps actor names and relation types off shapes and arrows.

Placement works in display pixels, so the axes' limits and aspect must be fixed before labels are placed.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from stancegraph.analysis.figures import RELATION_COLOURS, edge_label, relation, renderer
from stancegraph.analysis.routing import bezier

__all__ = ["LabelPlacer", "place_node_label", "place_edge_label", "label_marks", "densify", "points_inside", "overlap"]

_NODE_FONT = 9.0
_EDGE_FONT = 7.5
_POLYGON_REACH = 1.25  # how much farther than the radius the corners of a square, diamond or triangle reach


class LabelPlacer:
    """Greedy label placement in display space: each label takes its first candidate position that
    covers nothing, else the one that covers least (nodes > labels > arrowheads > other arrows)."""

    def __init__(self, ax, renderer):
        self.ax = ax
        self.renderer = renderer
        self.nodes: dict[Any, Any] = {}  # node -> Bbox in display pixels
        self.labels: list[Any] = []  # Bboxes of placed labels
        self.lines = np.zeros((0, 2))  # points along every arrow, 3 px apart ...
        self.line_owner = np.zeros(0, dtype=int)  # ... and the number of the edge each belongs to
        self.edge_ids: dict[Any, int] = {}
        self.heads = np.zeros((0, 2))  # points on every arrowhead
        self.figure_box = ax.figure.bbox

    def add_node(self, node, patch) -> None:
        """Keep labels off the shape ``patch`` of ``node``."""
        self.nodes[node] = patch.get_window_extent(self.renderer)

    def add_arrow(self, edge, arrow) -> None:
        """Keep labels off ``arrow`` (its line, and more so its head)."""
        polygons = self.ax.transData.transform_path(arrow.get_path()).to_polygons(closed_only=False)
        if not polygons:
            return
        line = densify(polygons[0], step=3.0)
        self.lines = np.vstack([self.lines, line])
        self.edge_ids.setdefault(edge, len(self.edge_ids))
        self.line_owner = np.concatenate([self.line_owner, np.full(len(line), self.edge_ids[edge])])
        for head in polygons[1:]:
            head = np.asarray(head)
            centre = head.mean(axis=0)
            points = np.vstack([head, (head + centre) / 2, centre[None, :], densify(head, step=3.0)])
            self.heads = np.vstack([self.heads, points])

    def place(self, text, candidates, *, own_node=None, own_edge=None, optional: bool = False,
              off_nodes: bool = False) -> bool:
        """Move ``text`` to the best of ``candidates`` (``(xy, ha, va)``, preferred first) and remember it.

        A label never covers another label or leaves the figure: if no candidate is free of them, the
        text is removed and False returned. An ``optional`` label (a relation's types) must also keep off
        actors, arrowheads and, but for a few pixels, other arrows; an ``off_nodes`` one off other actors."""
        pad = text.get_fontsize() * self.ax.figure.dpi / 72 * 0.35
        axes_box = self.ax.get_window_extent(self.renderer)
        others = self.line_owner != self.edge_ids.get(own_edge, -1)
        best = None
        for rank, (xy, ha, va) in enumerate(candidates):
            text.set_position(xy)
            text.set_ha(ha)
            text.set_va(va)
            bbox = text.get_window_extent(self.renderer).padded(pad)
            forbidden, score = self._cover(bbox, own_node, others, axes_box, optional, off_nodes)
            if forbidden:
                continue
            score += 2 * rank
            if best is None or score < best[0]:
                best = (score, xy, ha, va, bbox)
            if score <= 2 * rank:  # nothing covered: take it
                break
        if best is None or (optional and best[0] > 2 * len(candidates) + 30):
            text.remove()
            return False
        _, xy, ha, va, bbox = best
        text.set_position(xy)
        text.set_ha(ha)
        text.set_va(va)
        self.labels.append(bbox)
        return True

    def _cover(self, bbox, own_node, others, axes_box, optional: bool, off_nodes: bool = False) -> tuple[bool, float]:
        """Whether a label at ``bbox`` may not go there, and how badly it covers what is drawn (0 = nothing)."""
        area = bbox.width * bbox.height
        if any(overlap(bbox, box) > 0 for box in self.labels) or overlap(bbox, self.figure_box) < area - 1:
            return True, 0.0
        score = 5 * (area - overlap(bbox, axes_box))  # a little outside the axes is fine, not outside the figure
        for node, box in self.nodes.items():
            if node != own_node:  # (candidates are placed outside their own node)
                covered = overlap(bbox, box.padded(3))
                if (optional or off_nodes) and covered:
                    return True, 0.0
                score += 100 * covered
                if own_node is not None:  # keep air between an actor's name and other actors
                    score += 3 * overlap(bbox, box.padded(14))
        heads = points_inside(self.heads, bbox)
        if optional and heads:
            return True, 0.0
        score += 40 * heads + 3 * points_inside(self.lines[others], bbox)
        return False, score


def place_node_label(ax, placer: LabelPlacer, node, label: str, xy, radius: float, kind: str | None) -> None:
    """The actor's name outside its shape: below, above, right, left, then diagonally."""
    x, y = xy
    reach = _POLYGON_REACH if kind in ("igo", "person", "organ") else 1.0
    r = radius * reach
    gap, d = 0.02, 0.75 * radius * reach + 0.02
    candidates = [
        ((x, y - r - gap), "center", "top"),
        ((x, y + r + gap), "center", "bottom"),
        ((x + r + gap, y), "left", "center"),
        ((x - r - gap, y), "right", "center"),
        ((x + d, y - d), "left", "top"),
        ((x - d, y - d), "right", "top"),
        ((x + d, y + d), "left", "bottom"),
        ((x - d, y + d), "right", "bottom"),
    ]
    far = 2.2 * r + gap  # no room beside the shape (other names there): smaller, and farther out
    farther = [((x, y - far), "center", "top"), ((x, y + far), "center", "bottom"),
               ((x + far, y), "left", "center"), ((x - far, y), "right", "center")]
    text = ax.text(
        x, y, label, fontsize=_NODE_FONT, fontweight="bold", color="#1a1a1a", zorder=5, gid=f"node-label:{node}",
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )
    if not placer.place(text, candidates, own_node=node, off_nodes=True):
        text = ax.text(x, y, label, fontsize=_NODE_FONT - 2, fontweight="bold", color="#1a1a1a", zorder=5,
                       gid=f"node-label:{node}",
                       bbox={"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
        placer.place(text, candidates + farther, own_node=node)


def place_edge_label(ax, placer: LabelPlacer, edge, data: dict, curve) -> None:
    """The edge's type(s) on its arc, near the middle; beside the arc if the arc is crowded."""
    candidates = [(bezier(curve, t), "center", "center") for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73)]
    (x0, y0), _, (x1, y1) = curve
    mx, my = bezier(curve, 0.5)
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    normal = ((y1 - y0) / length, (x0 - x1) / length)  # toward the arc's bulge
    for side in (1, -1):
        for offset in (0.06, 0.1):
            candidates.append(((mx + side * offset * normal[0], my + side * offset * normal[1]), "center", "center"))
    colour = RELATION_COLOURS[relation(data)][0]
    text = ax.text(
        0, 0, edge_label(data), fontsize=_EDGE_FONT, color=colour, zorder=4, gid=f"edge-label:{edge[0]}->{edge[1]}",
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": colour, "linewidth": 0.6},
    )
    placer.place(text, candidates, own_edge=edge, optional=True)


def label_marks(ax, marks: list, max_labels: int) -> None:
    """Type names beside timeline markers: right of the marker, else left; skipped where both overlap."""
    measure = renderer(ax.figure)
    placed: list = []
    axes_box = ax.get_window_extent(measure)
    for n, (x, y, r) in enumerate(sorted(marks, key=lambda m: (m[0], m[1]))):
        if n >= max_labels:
            break
        text = ax.annotate(r["type"], (x, y), xytext=(6, 0), textcoords="offset points", ha="left", va="center",
                           fontsize=7.5, color="#333333", zorder=4, gid=f"statement-label:{r['statement']}")
        for dx, ha in ((6, "left"), (-6, "right")):
            text.set_position((dx, 0))
            text.set_ha(ha)
            box = text.get_window_extent(measure).padded(1.5)
            inside = axes_box.x0 <= box.x0 and box.x1 <= axes_box.x1
            if inside and not any(overlap(box, other) > 0 for other in placed):
                placed.append(box)
                break
        else:
            text.remove()


def densify(points, step: float) -> np.ndarray:
    """Points along a polyline, about ``step`` apart.

    >>> densify([(0.0, 0.0), (3.0, 0.0)], step=1.0).tolist()
    [[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [3.0, 0.0]]
    """
    points = np.asarray(points, dtype=float)
    out = [points[:1]]
    for a, b in zip(points[:-1], points[1:]):
        n = max(int(math.dist(a, b) // step), 1)
        t = np.linspace(0, 1, n + 1)[1:, None]
        out.append(a + (b - a) * t)
    return np.vstack(out)


def points_inside(points: np.ndarray, bbox) -> int:
    """How many of ``points`` (an (n, 2) array) lie in ``bbox`` (anything with x0, x1, y0, y1)."""
    if len(points) == 0:
        return 0
    x, y = points[:, 0], points[:, 1]
    return int(((x >= bbox.x0) & (x <= bbox.x1) & (y >= bbox.y0) & (y <= bbox.y1)).sum())


def overlap(a, b) -> float:
    """The area two boxes (anything with x0, x1, y0, y1) share."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0
