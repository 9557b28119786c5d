"""How the diagrams look: actor shapes and colours, relation colours, legends, and saving a figure.

matplotlib is imported inside the functions that need it: it costs about half a second, and pyplot
picks a GUI backend when it is first imported (networkx's ``nx_pylab`` defers it in the same way).
"""
from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from stancegraph.analysis.attrs import as_number
from stancegraph.atomic import atomic_open
from stancegraph.errors import OutputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "KIND_STYLES", "RELATION_COLOURS", "AGREEMENT_COLOURS", "QUAD_STYLES", "styled_kind", "marker", "node_patch",
    "relation", "edge_label", "display_label", "kind_handles", "relation_handles", "legend_handles",
    "actor_legends", "renderer", "save_figure", "RELATION_LEGEND_TITLE",
]

KIND_STYLES: dict[str | None, tuple[str, str, str]] = {
    # kind: (legend label, face colour, shape: "circle" or "<vertices>[:<rotation degrees>]")
    "state": ("state", "#4C72B0", "circle"),
    "igo": ("international organisation", "#E1A03A", "4:45"),
    "bloc": ("bloc", "#8172B3", "6:0"),
    "organ": ("government body", "#64B5CD", "3:0"),
    "person": ("person", "#DA8BC3", "4:0"),
    "group": ("other group", "#9C755F", "5:0"),
    "other": ("other actors, folded together", "#D0D0D0", "8:22.5"),
    None: ("untyped actor", "#BBBBBB", "circle"),
}
"""How each actor ``kind`` is drawn; squares are IGOs, diamonds persons, triangles organs ..."""

RELATION_COLOURS: dict[str, tuple[str, str]] = {
    "coop": ("#2E8B57", "cooperation on balance"),
    "conflict": ("#C0392B", "conflict on balance"),
    "neutral": ("#8C8C8C", "neither (neutral or negated)"),
}
"""Edge colour by the sign of the net Goldstein weight (``weight_sum``, statements x mentions); the
share of each side is drawn along the arrow (see :func:`stancegraph.analysis.routing.edge_arrows`)."""

AGREEMENT_COLOURS: dict[str, tuple[str, str]] = {
    "support": ("#2E8B57", "agrees (cooperative statements)"),
    "oppose": ("#C0392B", "disagrees (conflictual statements)"),
    "mixed": ("#7B5EA7", "both (mixed statements)"),
}
"""Edge colour of the actor x concept diagram by agreement (see :mod:`stancegraph.analysis.table`)."""

QUAD_STYLES: dict[str, tuple[str, str, str]] = {
    # quad class: (legend label, colour, marker)
    "verbal-coop": ("verbal cooperation", "#66BB6A", "o"),
    "material-coop": ("material cooperation", "#1B7F3B", "s"),
    "verbal-conflict": ("verbal conflict", "#F08C3A", "o"),
    "material-conflict": ("material conflict", "#C0392B", "s"),
    "": ("outside the code book", "#8C8C8C", "D"),
}
"""Timeline markers: colour by quad class, circles for words and squares for deeds."""

_MARKERS = {"circle": "o", "4:45": "s", "6:0": "h", "3:0": "^", "4:0": "D", "5:0": "p", "8:22.5": "8"}  # KIND_STYLES shape -> marker


def styled_kind(kind: Any) -> str | None:
    """``kind`` if :data:`KIND_STYLES` has a style for it, else None (drawn as an untyped actor).

    >>> styled_kind("state"), styled_kind("planet")
    ('state', None)
    """
    return kind if kind in KIND_STYLES else None


def marker(kind: str | None) -> str:
    """The matplotlib marker that looks like the shape of ``kind`` (for scatter plots and legends).

    >>> marker("state"), marker("person"), marker("planet")
    ('o', 'D', 'o')
    """
    shape = KIND_STYLES.get(kind, KIND_STYLES[None])[2]
    return _MARKERS.get(shape, "o")


def node_patch(xy, radius: float, kind: str | None, node: Any):
    """The patch of an actor at ``xy``: a circle or a regular polygon of about the circle's area."""
    from matplotlib.patches import Circle, RegularPolygon

    _, colour, shape = KIND_STYLES.get(kind, KIND_STYLES[None])
    style = {"facecolor": colour, "edgecolor": "white", "linewidth": 1.5, "zorder": 3, "gid": f"node:{node}"}
    if shape == "circle":
        return Circle(tuple(xy), radius, **style)
    vertices, rotation = shape.split(":")
    # polygons look bigger than circles of the same radius: scale to about the same area
    n = int(vertices)
    area_scale = math.sqrt(math.pi / (0.5 * n * math.sin(2 * math.pi / n)))
    return RegularPolygon(
        tuple(xy), numVertices=n, radius=radius * area_scale, orientation=math.radians(float(rotation)), **style
    )


def relation(data: dict) -> str:
    """``"coop"``, ``"conflict"`` or ``"neutral"``: the sign of an edge's mean Goldstein weight per mention.

    >>> relation({"weight_sum": -10.0, "mentions": 2}), relation({"weight_sum": 0.0, "count": 1})
    ('conflict', 'neutral')
    """
    mentions = as_number(data.get("mentions")) or as_number(data.get("count")) or 1.0
    mean = as_number(data.get("weight_sum")) / mentions
    if mean > 1e-9:
        return "coop"
    if mean < -1e-9:
        return "conflict"
    return "neutral"


def edge_label(data: dict, *, max_types: int = 2) -> str:
    """The most frequent types (lower case) with their number of statements, then how many other types.

    >>> edge_label({"types": {"DEMAND": 2, "REJECT": 1}, "dominant_type": "DEMAND"})
    'demand ×2, reject'
    >>> edge_label({"types": {"A": 3, "B": 2, "C": 1, "D": 1}})
    'a ×3, b ×2, 2 other types'
    >>> edge_label({"count": 3})
    '3 statements'
    """
    types = {str(k): int(as_number(v)) for k, v in (data.get("types") or {}).items()}
    if not types:
        dominant = data.get("dominant_type")
        count = int(as_number(data.get("count", 1)))
        return str(dominant).lower() if dominant else f"{count} statement{'s' if count != 1 else ''}"
    dominant = str(data.get("dominant_type") or "")
    ranked = sorted(types, key=lambda t: (-types[t], t != dominant, t))
    parts = [f"{t.lower()} ×{types[t]}" if types[t] > 1 else t.lower() for t in ranked[:max_types]]
    rest = len(ranked) - max_types
    if rest > 0:
        parts.append(f"{rest} other type{'s' if rest > 1 else ''}")
    return ", ".join(parts)


def display_label(G: nx.Graph, node: Any) -> str:
    """The ``label`` attribute of ``node``, else the last part of its IRI.

    >>> display_label(nx.Graph([("http://ex.org/actor#RUS", "b")]), "http://ex.org/actor#RUS")
    'RUS'
    """
    label = G.nodes[node].get("label")
    if label:
        return str(label)
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def kind_handles(kinds_used: set) -> list:
    """Legend entries of the actor kinds in ``kinds_used``, in :data:`KIND_STYLES` order."""
    from matplotlib.lines import Line2D

    return [Line2D([], [], linestyle="none", marker=marker(kind), markersize=9, markerfacecolor=KIND_STYLES[kind][1],
                   markeredgecolor="white", label=KIND_STYLES[kind][0]) for kind in KIND_STYLES if kind in kinds_used]


def relation_handles(relations_used: set, max_count: int | None = None) -> list:
    """Legend entries of the relations in ``relations_used`` (:data:`RELATION_COLOURS` order), then, given
    the busiest relation's ``max_count``, what the thinnest and thickest arrows stand for."""
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=colour, linewidth=2.5, label=label)
               for key, (colour, label) in RELATION_COLOURS.items() if key in relations_used]
    if max_count and max_count > 1:
        handles.append(Line2D([], [], color="#555555", linewidth=1.0, label="1 statement"))
        handles.append(Line2D([], [], color="#555555", linewidth=4.5, label=f"{int(max_count)} statements"))
    return handles


def legend_handles(kinds_used: set, relations_used: set) -> list:
    """Legend entries of the actor kinds, then the relations, that a diagram uses."""
    return kind_handles(kinds_used) + relation_handles(relations_used)


RELATION_LEGEND_TITLE = ("Relations: arrow from speaker to target, width = statements,\n"
                         "colour = net cooperation–conflict (Goldstein weight); a two-colour\n"
                         "arrow mixes both, in proportion; label = most frequent types")
"""Title of the relation legend of the actor diagram."""


def actor_legends(ax: Axes, kinds_used: set, relations_used: set, max_count: int | None = None) -> None:
    """The actor legend below the axes on the left, the relation legend on the right (or under it if narrow)."""
    kinds = kind_handles(kinds_used)
    relations_shown = relation_handles(relations_used, max_count)
    actors = ax.legend(
        handles=kinds, title="Actors (size = statements by or about them)", loc="upper left", bbox_to_anchor=(0.0, 0.0),
        ncol=min(3, max(len(kinds), 1)), fontsize=8, title_fontsize=8.5, frameon=False,
    )
    if not relations_shown:
        return
    ax.add_artist(actors)
    relations = ax.legend(
        handles=relations_shown, title=RELATION_LEGEND_TITLE, loc="upper right", ncol=2, alignment="left",
        bbox_to_anchor=(1.0, 0.0), fontsize=8, title_fontsize=8.5, frameon=False,
    )
    measure = renderer(ax.figure)
    left, right = actors.get_window_extent(measure), relations.get_window_extent(measure)
    if left.x1 + 10 > right.x0:  # a narrow axes: put the relations under the actors
        below = ax.transAxes.inverted().transform((left.x0, left.y0))
        relations.set_bbox_to_anchor((0.0, below[1]), transform=ax.transAxes)
        relations.set_loc("upper left")


def renderer(fig: Figure):
    """The figure's renderer, to measure text and legends in display units before saving."""
    get = getattr(fig.canvas, "get_renderer", None)
    return get() if get is not None else fig._get_renderer()


def save_figure(ax_or_fig: Axes | Figure, path: str | os.PathLike[str], *, dpi: int = 150) -> Path:
    """Write the figure of ``ax_or_fig`` to ``path`` as PNG, SVG or PDF (by suffix), atomically.

    The figure goes to a temporary file in the same folder, then replaces ``path``
    (:func:`stancegraph.atomic.atomic_open`), so readers never see half a figure. Metadata that
    changes between runs (software version, dates, SVG ids) is fixed, so the same drawing gives the
    same bytes. Returns ``path``.

    Raises
    ------
    OutputError
        If the suffix is not .png/.svg/.pdf or the folder does not exist or cannot be written.
    """
    import matplotlib

    fig = ax_or_fig if hasattr(ax_or_fig, "savefig") else getattr(ax_or_fig, "figure", None)
    if fig is None or not hasattr(fig, "savefig"):
        raise OutputError(f"save_figure needs a matplotlib Axes or Figure, got {type(ax_or_fig).__name__}")
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    metadata = {  # fixed values, so that the same drawing gives the same bytes
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
    }
    if fmt not in metadata:
        raise OutputError(f"cannot save a figure as {str(path)!r}: use a .png, .svg or .pdf suffix")
    with atomic_open(path, "wb") as handle, matplotlib.rc_context({"svg.hashsalt": "stancegraph"}):
        fig.savefig(handle, format=fmt, dpi=dpi, bbox_inches="tight", metadata=metadata[fmt], facecolor="white")
    return path
