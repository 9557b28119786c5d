"""Draw the two-mode actor x concept graph: actors left, concepts right, lines coloured by agreement.

matplotlib is imported inside the functions that draw (see :mod:`stancegraph.analysis.figures`).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

import networkx as nx

from stancegraph.analysis.attrs import as_number
from stancegraph.analysis.figures import AGREEMENT_COLOURS, KIND_STYLES, display_label, legend_handles, marker, styled_kind
from stancegraph.analysis.layout import barycentre_order, edge_key

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["draw_affiliation_graph", "TwoModeRows", "two_mode_rows"]


class TwoModeRows(NamedTuple):
    """The nodes an affiliation diagram shows and the row (y) of each."""

    actors: list  # the most active actors, most active first
    concepts: list  # the most active concepts, most active first
    edges: list  # (actor, concept) pairs among them, sorted
    actor_y: dict  # actor -> y
    concept_y: dict  # concept -> y
    rows: int  # rows of the taller column (at least 1)


def draw_affiliation_graph(
    B: nx.Graph,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    max_actors: int = 20,
    max_concepts: int = 25,
    label_width: int = 48,
) -> Axes:
    """Draw the two-mode actor x concept graph: actors left, concepts right, green = agrees, red = disagrees.

    ``B`` comes from :func:`stancegraph.analysis.projections.affiliation_graph`. Only the ``max_actors`` and
    ``max_concepts`` most active nodes are drawn; rows are ordered to reduce crossings (barycentres,
    deterministic). Lines are as wide as the number of statements; purple lines mix both stances.
    Concept labels longer than ``label_width`` characters are cut with "…".

    Returns
    -------
    matplotlib.axes.Axes
        Node markers have gid ``"actor:<iri>"`` / ``"concept:<id>"``, lines ``"edge:<actor>-><concept>"``.
    """
    import matplotlib.pyplot as plt

    layout = two_mode_rows(B, max_actors=max_actors, max_concepts=max_concepts)
    actors, concepts, rows = layout.actors, layout.concepts, layout.rows
    if ax is None:
        _, ax = plt.subplots(figsize=(12.0, max(3.5, 0.34 * rows + 2.2)))
    kind = (B.graph.get("concept") or "issue")
    noun = "issues" if kind == "issue" else "target actors"
    default = f"Who agrees or disagrees with which {'issue' if kind == 'issue' else 'actor'}: " \
              f"{len(actors)} actors, {len(concepts)} {noun}"
    ax.set_title(default if title is None else title, fontsize=13, pad=12)
    ax.set_axis_off()
    if not actors:
        ax.text(0.5, 0.5, "no statements with an agreement", ha="center", va="center", transform=ax.transAxes,
                color="#666666")
        return ax
    ax.set_xlim(-0.9, 1.9)
    ax.set_ylim(-0.9, rows - 0.1)
    _draw_lines(ax, B, layout)
    _draw_columns(ax, B, layout, kind, label_width)
    ax.text(0.0, rows - 0.35, "actors", ha="center", va="bottom", fontsize=10, color="#555555", style="italic")
    ax.text(1.0, rows - 0.35, "issues" if kind == "issue" else "target actors", ha="center", va="bottom",
            fontsize=10, color="#555555", style="italic")
    _legend(ax, B, layout, kind)
    return ax


def two_mode_rows(B: nx.Graph, *, max_actors: int, max_concepts: int) -> TwoModeRows:
    """The most active concepts (``statements``), the actors with most statements on them, in rows that
    cross little (barycentres); no node without a line. Each column spreads over the full height, so a
    short column does not huddle in the middle.

    >>> B = nx.Graph([("a", "x"), ("b", "y")])
    >>> nx.set_node_attributes(B, {"a": "actor", "b": "actor", "x": "concept", "y": "concept"}, "mode")
    >>> r = two_mode_rows(B, max_actors=5, max_concepts=5)
    >>> r.edges, r.actor_y, r.concept_y
    ([('a', 'x'), ('b', 'y')], {'a': 1.0, 'b': 0.0}, {'x': 1.0, 'y': 0.0})
    """
    concepts = [n for n, d in B.nodes(data=True) if d.get("mode") == "concept"]
    rank = lambda n: (-as_number(B.nodes[n].get("statements", 0)), display_label(B, n).casefold(), str(n))  # noqa: E731
    concepts = sorted(concepts, key=rank)[:max_concepts]
    c_set = set(concepts)
    # actors ranked by their statements on the concepts shown, so that every actor drawn has a line
    on_shown: dict = {}
    for u, v, d in B.edges(data=True):
        a, c = (u, v) if v in c_set else (v, u)
        if c in c_set and B.nodes[a].get("mode") == "actor":
            on_shown[a] = on_shown.get(a, 0) + as_number(d.get("count", 1))
    actors = sorted(on_shown, key=lambda n: (-on_shown[n], *rank(n)))[:max_actors]
    a_set = set(actors)
    edges = sorted(((a, c) if a in a_set else (c, a) for a, c in B.edges if (a in a_set and c in c_set) or (c in a_set and a in c_set)),
                   key=edge_key)
    linked = {c for _, c in edges}
    concepts = [c for c in concepts if c in linked]  # no concept without a line
    # two passes of the barycentre heuristic: concepts follow their actors, actors their concepts
    a_y = {a: i for i, a in enumerate(actors)}
    c_y = barycentre_order(concepts, edges, a_y, reverse=False)
    a_y = barycentre_order(actors, edges, c_y, reverse=True)
    c_y = barycentre_order(concepts, edges, a_y, reverse=False)
    rows = max(len(actors), len(concepts), 1)
    scale = lambda order, n: {k: (rows - 1) - (i * (rows - 1) / (n - 1) if n > 1 else (rows - 1) / 2)  # noqa: E731
                              for k, i in order.items()}
    return TwoModeRows(actors, concepts, edges, scale(a_y, len(actors)), scale(c_y, len(concepts)), rows)


def _draw_lines(ax: Axes, B: nx.Graph, layout: TwoModeRows) -> None:
    """One line per (actor, concept) pair, coloured by agreement, as wide as its statements."""
    from matplotlib.lines import Line2D

    max_count = max([as_number(B.edges[e].get("count", 1)) for e in layout.edges] or [1])
    for a, c in layout.edges:
        data = B.edges[a, c]
        colour = AGREEMENT_COLOURS.get(data.get("agreement"), AGREEMENT_COLOURS["mixed"])[0]
        width = 1.0 + 3.0 * math.sqrt((max(as_number(data.get("count", 1)), 1) - 1) / max(max_count - 1, 1))
        ax.add_line(Line2D([0.0, 1.0], [layout.actor_y[a], layout.concept_y[c]], color=colour, linewidth=width,
                           alpha=0.85, zorder=2, solid_capstyle="round", gid=f"edge:{a}->{c}"))


def _draw_columns(ax: Axes, B: nx.Graph, layout: TwoModeRows, kind: str, label_width: int) -> None:
    """Actor markers and names on the left, concept markers and (cut) names on the right."""
    top = max([as_number(B.nodes[n].get("statements", 1)) for n in layout.actors + layout.concepts] or [1])
    for a in layout.actors:
        y = layout.actor_y[a]
        size = 40 + 160 * math.sqrt(as_number(B.nodes[a].get("statements", 1)) / top)
        k = styled_kind(B.nodes[a].get("kind"))
        ax.scatter([0.0], [y], s=size, marker=marker(k), color=KIND_STYLES[k][1], edgecolors="white",
                   linewidths=1.0, zorder=3, gid=f"actor:{a}")
        ax.text(-0.04, y, display_label(B, a), ha="right", va="center", fontsize=9, fontweight="bold",
                color="#1a1a1a", gid=f"actor-label:{a}")
    for c in layout.concepts:
        y = layout.concept_y[c]
        size = 30 + 120 * math.sqrt(as_number(B.nodes[c].get("statements", 1)) / top)
        if kind == "target":  # the concepts are actors: draw them as actors
            k = styled_kind(B.nodes[c].get("actor_kind"))
            shape, colour = marker(k), KIND_STYLES[k][1]
        else:
            shape, colour = "s", "#7F7F7F"
        ax.scatter([1.0], [y], s=size, marker=shape, color=colour, edgecolors="white", linewidths=1.0,
                   zorder=3, gid=f"concept:{c}")
        ax.text(1.04, y, _short(display_label(B, c), label_width), ha="left", va="center", fontsize=9,
                color="#1a1a1a", gid=f"concept-label:{c}")


def _legend(ax: Axes, B: nx.Graph, layout: TwoModeRows, kind: str) -> None:
    """Actor kinds and agreements shown, and how many less active nodes were left out."""
    from matplotlib.lines import Line2D

    used = {B.edges[e].get("agreement") for e in layout.edges}
    kinds = {styled_kind(B.nodes[a].get("kind")) for a in layout.actors}
    if kind == "target":
        kinds |= {styled_kind(B.nodes[c].get("actor_kind")) for c in layout.concepts}
    handles = legend_handles(kinds, set())
    handles += [Line2D([], [], color=colour, linewidth=2.5, label=label)
                for key, (colour, label) in AGREEMENT_COLOURS.items() if key in used]
    hidden = (B.number_of_nodes() - len(layout.actors) - len(layout.concepts))
    note = f" ({hidden} less active nodes not shown)" if hidden else ""
    ax.legend(handles=handles, title=f"Actors and agreement (line width = statements){note}", loc="upper center",
              bbox_to_anchor=(0.5, 0.0), ncol=min(max(len(handles), 1), 4), fontsize=8.5, title_fontsize=9,
              frameon=False)


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
