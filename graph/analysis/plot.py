"""Draw actor graphs (from :func:`stancegraph.analysis.actor_graph.actor_graph`) with matplotlib.

The diagram is put together from :mod:`~stancegraph.analysis.layout` (which actors, where),
:mod:`~stancegraph.analysis.routing` (the arcs), :mod:`~stancegraph.analysis.labels` (the names) and
:mod:`~stancegraph.analysis.figures` (styles, legends, :func:`save_figure`). The actor x concept and
timeline diagrams live in :mod:`~stancegraph.analysis.affiliation_plot` and
:mod:`~stancegraph.analysis.timeline_plot`; this module also gathers their public names.
matplotlib is imported inside the functions that draw (see :mod:`stancegraph.analysis.figures`).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from stancegraph.analysis.actor_graph import actor_graph
from stancegraph.analysis.affiliation_plot import draw_affiliation_graph
from stancegraph.analysis.attrs import as_number
from stancegraph.analysis.ego import ego_graph
from stancegraph.analysis.figures import (
    AGREEMENT_COLOURS, KIND_STYLES, QUAD_STYLES, RELATION_COLOURS, actor_legends, display_label, legend_handles,
    node_patch, relation, renderer, save_figure, styled_kind,
)
from stancegraph.analysis.labels import LabelPlacer, place_edge_label, place_node_label
from stancegraph.analysis.layout import (
    ActorSelection, actor_layout, crowd_scale, edge_key, figure_size, node_radii, select_actors, stress_layout,
)
from stancegraph.analysis.projections import affiliation_graph
from stancegraph.analysis.folding import OTHER, fold_actors, merge_relations
from stancegraph.analysis.routing import edge_arrows, route_edges
from stancegraph.analysis.table import statement_table
from stancegraph.analysis.timeline_plot import draw_timeline
from stancegraph.analysis.windows import Window, publication_span, time_windows, window_days
from stancegraph.errors import InputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "draw_actor_graph", "actor_layout", "draw_affiliation_graph", "draw_timeline", "draw_ego", "draw_windows",
    "draw_view", "save_figure", "KIND_STYLES", "RELATION_COLOURS", "AGREEMENT_COLOURS", "QUAD_STYLES", "DRAW_VIEWS",
]

DRAW_VIEWS = ("actors", "issues", "timeline", "ego", "windows")
"""Views :func:`draw_view` (and ``stancegraph draw --view``) can draw."""


def draw_actor_graph(
    G: nx.DiGraph,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 7,
    max_nodes: int = 15,
    max_edges: int = 30,
    max_edge_labels: int = 12,
    pos: dict | None = None,
    legend: bool = True,
    highlight: Any = None,
) -> Axes:
    """Draw who-did-what-to-whom: actors as shapes, statements as curved arrows.

    Nodes are sized by ``activity`` and coloured and shaped by ``kind``; one arrow per ordered pair runs
    speaker -> target, as wide as its statements, green for cooperation, red for conflict, grey for
    neither on balance (sign of ``weight_sum``); a mixed relation shows its mix along the arrow
    (:func:`stancegraph.analysis.routing.edge_arrows`). Relations are labelled with their most frequent
    types (``"demand ×2, reject"``) where a label fits. Only the ``max_nodes`` most active actors with a
    relation are drawn, the others folded into one "other actors" node, and the ``max_edges`` busiest
    relations (:func:`stancegraph.analysis.folding.fold_actors`); self-loops (e.g. after a roll-up) are not.
    The layout is seeded, so the same graph and seed give identical PNG bytes via :func:`save_figure`.

    Parameters
    ----------
    G
        A graph from :func:`stancegraph.analysis.actor_graph.actor_graph` (node attributes ``label``, ``kind``,
        ``activity``; edge attributes ``count``, ``mentions``, ``weight_sum``, ``types``).
    ax
        Axes to draw into; a new figure sized for the graph when None.
    title
        Axes title; by default it counts actors and relations.
    seed
        Seed of the layout's random start (stress majorisation, as Kamada-Kawai, without scipy).
    max_nodes
        Keep the most active actors only (ties broken by label); fold the rest into "other actors".
    max_edges
        Draw the busiest relations only.
    pos
        Fixed positions ``{node: (x, y)}`` (e.g. from :func:`actor_layout` of a larger graph, so that
        several panels line up); the axes then span all of ``pos``, actors without a position are left
        out and the others (``"other"`` among them, if placed) are folded as in ``pos``. Default: a layout of ``G``.
    legend
        Draw the actor and relation legends below the diagram.
    highlight
        A node to outline in black (the ego of :func:`draw_ego`); always kept.
    max_edge_labels
        Label the busiest relations only (with their types, where the label fits); 0 for none (small multiples).

    Returns
    -------
    matplotlib.axes.Axes
        Node patches have ``gid`` ``"node:<iri>"``, arrows ``"edge:<u>-><v>"``, labels ``"node-label:…"``
        and ``"edge-label:…"``.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", count=1, mentions=1, weight_sum=-5.0, types={"DEMAND": 1})
    >>> ax = draw_actor_graph(G)
    >>> ax.get_title(), [p.get_gid() for p in ax.patches if p.get_gid().startswith("edge")]
    ('Who did what to whom: 2 actors, 1 relation', ['edge:a->b'])
    >>> plt.close(ax.figure)
    """
    import matplotlib.pyplot as plt

    if not isinstance(max_nodes, int) or isinstance(max_nodes, bool) or max_nodes < 1:
        raise InputError(f"max_nodes={max_nodes!r}: must be a positive integer")
    if pos is None:
        G = fold_actors(G, max_nodes=max_nodes, max_edges=max_edges, must=[highlight] if highlight is not None else [])
    else:
        G = fold_actors(G, keep=set(pos), max_edges=max_edges)
        G.remove_nodes_from([n for n in list(G) if n not in pos])
    chosen = select_actors(G, G.number_of_nodes())
    kept = chosen.kept
    shrink = crowd_scale(len(pos) if pos is not None else len(kept))  # smaller in crowds
    sizes = dict(chosen.activity)
    if OTHER in sizes:  # the folded actors together: no bigger than the biggest actor
        sizes[OTHER] = min(sizes[OTHER], max([a for n, a in sizes.items() if n != OTHER] or [1.0]))
    radius = node_radii(sizes, shrink)
    pos, frame = _positions(chosen, pos, seed, radius)
    if ax is None:
        _, ax = plt.subplots(figsize=figure_size(frame))
    ax.set_title(_default_title(G, chosen) if title is None else title, fontsize=13, pad=12)
    ax.set_axis_off()
    if not kept:
        ax.text(0.5, 0.5, "no statements", ha="center", va="center", transform=ax.transAxes, color="#666666")
        return ax
    _fix_frame(ax, frame, shrink)
    patches = _add_actors(ax, G, kept, pos, radius, highlight)
    curves = route_edges(G, chosen.edges, pos, radius)
    arrows = _add_arrows(ax, G, chosen.edges, curves, patches)
    _place_labels(ax, G, chosen, pos, radius, patches, arrows, curves, max_edge_labels)
    if legend:
        actor_legends(ax, {styled_kind(G.nodes[n].get("kind")) for n in kept},
                      {relation(G.edges[e]) for e in chosen.edges}, _max_count(G, chosen.edges))
    return ax


def _max_count(G: nx.DiGraph, edges: list) -> int:
    return int(max([as_number(G.edges[e].get("count", 1)) for e in edges] or [1]))


def _default_title(G: nx.DiGraph, chosen: ActorSelection) -> str:
    """``"Who did what to whom: 3 actors, 2 relations"``, noting what was folded or left out."""
    actors = len([n for n in chosen.kept if n != OTHER])
    relations = len(chosen.edges)
    folded, cut, alone = (int(G.graph.get(k) or 0) for k in ("folded", "cut_edges", "alone"))
    text = f"Who did what to whom: {actors} actors, {relations} relation{'s' if relations != 1 else ''}"
    if folded:
        text = (f"Who did what to whom: the {actors} most active of {G.graph.get('actors')} actors "
                f"(the other {folded} as one node), {relations} relations")
    notes = []
    if cut:
        gone = int(G.graph.get("cut_actors") or 0)
        notes.append(f"{cut} weaker relation{'s' if cut != 1 else ''} not drawn"
                     + (f" (and with them {gone} actor{'s' if gone != 1 else ''})" if gone else ""))
    if alone:
        notes.append(f"{alone} actor{'s' if alone != 1 else ''} without a target or relation not drawn")
    return text + ("\n" + "; ".join(notes) if notes else "")


def _positions(chosen: ActorSelection, pos: dict | None, seed: int, radius: dict) -> tuple[dict, dict]:
    """Positions of the kept actors, and the frame the axes must span (all of a given ``pos``)."""
    if pos is None:
        pos = stress_layout(chosen.kept, chosen.edges, seed, radius) if chosen.kept else {}
        return pos, pos
    frame = {n: tuple(map(float, xy)) for n, xy in pos.items()}
    return {n: frame[n] for n in chosen.kept}, frame


def _fix_frame(ax: Axes, frame: dict, shrink: float) -> None:
    """Fix the data -> display transform first: arrows are trimmed and labels placed in display units."""
    xs, ys = [p[0] for p in frame.values()], [p[1] for p in frame.values()]
    margin = 0.12 + 0.1 * shrink
    ax.set_xlim(min(xs) - margin - 0.12, max(xs) + margin + 0.12)
    ax.set_ylim(min(ys) - margin - 0.05, max(ys) + margin)
    ax.set_aspect("equal", adjustable="box")
    ax.set_autoscale_on(False)
    ax.apply_aspect()


def _add_actors(ax: Axes, G: nx.DiGraph, kept: list, pos: dict, radius: dict, highlight: Any) -> dict:
    """A shape per actor (``highlight`` outlined in black); returns node -> patch."""
    patches = {n: node_patch(pos[n], radius[n], G.nodes[n].get("kind"), n) for n in kept}
    if highlight is not None and highlight in patches:
        patches[highlight].set_edgecolor("#111111")
        patches[highlight].set_linewidth(3.0)
    for n in kept:
        ax.add_patch(patches[n])
    return patches


def _add_arrows(ax: Axes, G: nx.DiGraph, edges: list, curves: dict, patches: dict) -> dict:
    """An arrow per relation along its arc, as wide as its statements; returns edge -> arrow."""
    max_count = _max_count(G, edges)
    arrows = {}
    for u, v in edges:
        alpha = 0.5 if OTHER in (u, v) else 0.9  # relations with the folded actors stay in the background
        *parts, arrows[u, v] = edge_arrows(curves[u, v], G.edges[u, v], patches[u], patches[v], max_count, (u, v),
                                           alpha=alpha)
        for patch in [*parts, arrows[u, v]]:
            ax.add_patch(patch)
    return arrows


def _place_labels(ax: Axes, G: nx.DiGraph, chosen: ActorSelection, pos: dict, radius: dict, patches: dict,
                  arrows: dict, curves: dict, max_labels: int) -> None:
    """Actor names (the biggest actors choose first), then relation types (the busiest relations first)."""
    placer = LabelPlacer(ax, renderer(ax.figure))
    for n in chosen.kept:
        placer.add_node(n, patches[n])
    for edge, arrow in arrows.items():
        placer.add_arrow(edge, arrow)
    for n in sorted(chosen.kept, key=lambda n: (-chosen.activity[n], str(n))):
        place_node_label(ax, placer, n, display_label(G, n), pos[n], radius[n], G.nodes[n].get("kind"))
    # relations between named actors first: those with "other actors" say less
    busiest = sorted(chosen.edges, key=lambda e: (OTHER in e, -as_number(G.edges[e].get("count", 1)), edge_key(e)))
    for u, v in busiest[:max_labels]:
        place_edge_label(ax, placer, (u, v), G.edges[u, v], curves[u, v])


def draw_ego(
    graph: Any,
    actor: str,
    *,
    radius: int = 1,
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 7,
    **options: Any,
) -> Axes:
    """Draw the ego network of ``actor`` (outlined): its partners within ``radius`` steps and their relations.

    ``graph`` is an actor graph (:func:`stancegraph.analysis.actor_graph.actor_graph`) or anything it accepts (then
    ``options`` go to it: ``roll_up``, ``start``, ``end`` ...). ``actor`` is a label, id or IRI.
    """
    G = graph if isinstance(graph, nx.Graph) else actor_graph(graph, **options)
    H = ego_graph(G, actor, radius=radius)
    ego = H.graph["ego"]
    partners = H.number_of_nodes() - 1
    default = f"Ego network of {display_label(H, ego)}: {partners} partner(s), {H.number_of_edges()} relations"
    if radius != 1:
        default += f" (within {radius} steps)"
    return draw_actor_graph(H, ax=ax, title=default if title is None else title, seed=seed, highlight=ego)


def draw_windows(
    windows: list[Window],
    *,
    ncols: int = 3,
    seed: int = 7,
    max_nodes: int = 12,
    title: str | None = None,
    max_panels: int = 24,
) -> Figure:
    """Small multiples: one actor diagram per time window, all with the same layout and scale.

    ``windows`` come from :func:`stancegraph.analysis.windows.time_windows` with the ``"actors"`` view. Actors
    keep their place across panels (a layout of all windows together), so change is easy to see.
    """
    import matplotlib.pyplot as plt

    if not windows:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no time windows (no dated statements)", ha="center", va="center", color="#666666")
        return fig
    if not isinstance(ncols, int) or isinstance(ncols, bool) or ncols < 1:
        raise InputError(f"ncols={ncols!r}: must be a positive integer")
    if len(windows) > max_panels:
        raise InputError(f"{len(windows)} time windows ({windows[0].start} – {windows[-1].end}) are too many panels "
                         f"(at most {max_panels}); narrow the dates or widen the windows", option="window")
    union = _union_graph(windows)
    pos = actor_layout(union, seed=seed, max_nodes=max_nodes)
    ncols = min(ncols, len(windows))
    nrows = math.ceil(len(windows) / ncols)
    height = 4.6 * nrows + 0.9
    # fixed margins, not tight_layout afterwards: labels are placed in pixels, so the panels must not move later
    fig, axes = plt.subplots(nrows, ncols, figsize=(5.2 * ncols, height), squeeze=False,
                             gridspec_kw={"left": 0.02, "right": 0.98, "top": 1 - 1.25 / height,
                                          "bottom": 0.55 / height, "hspace": 0.3, "wspace": 0.08})
    for ax in axes.flat[len(windows):]:
        ax.set_axis_off()
    kinds = {styled_kind("other" if n == OTHER else union.nodes[n].get("kind")) for n in pos}
    relations = set()
    for ax, w in zip(axes.flat, windows):
        statements = len({s for u, v, d in w.graph.edges(data=True) if u != v for s in d.get("statements", ())})
        draw_actor_graph(w.graph, ax=ax, pos=pos, legend=False, seed=seed, max_nodes=max_nodes, max_edge_labels=0,
                         title=f"{_span(w)}\n{statements} statement{'s' if statements != 1 else ''} between actors")
        ax.title.set_fontsize(10.5)
        relations |= {relation(d) for u, v, d in w.graph.edges(data=True) if u != v}
    fig.suptitle(title or f"Who did what to whom, window by window ({len(windows)} windows)", fontsize=14)
    handles = legend_handles(kinds, relations)
    fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 6), fontsize=9, frameon=False)
    return fig


def _union_graph(windows: list[Window]) -> nx.DiGraph:
    """All windows' actors (activity summed) and relations (merged) in one graph, to lay them out once."""
    union = nx.DiGraph()
    relations: dict = {}
    for w in windows:
        for n, d in w.graph.nodes(data=True):
            if n in union:
                union.nodes[n]["activity"] += as_number(d.get("activity", 0))
            else:
                union.add_node(n, **{**d, "activity": as_number(d.get("activity", 0))})
        for u, v, d in w.graph.edges(data=True):
            relations.setdefault((u, v), []).append(d)
    for (u, v), datas in relations.items():
        union.add_edge(u, v, **merge_relations(datas))
    return union


def _span(w: Window) -> str:
    """``"03 Jan – 09 Jan 2022"``; both years when the window spans two."""
    if w.start.year == w.end.year:
        return f"{w.start:%d %b} – {w.end:%d %b %Y}"
    return f"{w.start:%d %b %Y} – {w.end:%d %b %Y}"


def draw_view(
    graph: Any,
    view: str = "actors",
    *,
    actor: str | None = None,
    start: Any = None,
    end: Any = None,
    roll_up: bool = False,
    title: str | None = None,
    concept: str = "issue",
    size: int | None = None,
    step: int | None = None,
) -> Figure:
    """Draw one of :data:`DRAW_VIEWS` of a built graph and return the figure (``stancegraph draw``).

    ``"actors"`` (relationship diagram), ``"issues"`` (actor x ``concept`` agreement), ``"timeline"``
    (statements per dyad), ``"ego"`` (needs ``actor``), ``"windows"`` (small multiples of ``size``-day
    windows every ``step`` days; by default over the documents' publication span, with the shortest of
    :data:`stancegraph.analysis.windows.WINDOW_SIZES` that gives at most 12 panels);
    ``start``/``end`` restrict every view to a date range.
    """
    if view not in DRAW_VIEWS:
        raise InputError(f"view={view!r}: use one of {', '.join(DRAW_VIEWS)}")
    if view == "ego" and not actor:
        raise InputError("the ego view needs an actor: name one (a label such as Russia, or an id such as RUS)",
                         option="actor")
    table = statement_table(graph)
    if view == "actors":
        ax = draw_actor_graph(actor_graph(table, roll_up=roll_up, start=start, end=end), title=title)
    elif view == "issues":
        ax = draw_affiliation_graph(affiliation_graph(table, concept=concept, roll_up=roll_up, start=start, end=end),
                                    title=title)
    elif view == "timeline":
        ax = draw_timeline(table, roll_up=roll_up, start=start, end=end, title=title)
    elif view == "ego":
        ax = draw_ego(actor_graph(table, roll_up=roll_up, start=start, end=end), actor, title=title)
    else:
        first, last = publication_span(table, start, end)
        if first is None or last is None:
            return draw_windows([], title=title)
        size = size or window_days(first, last)
        windows = time_windows(table, "actors", size=size, step=step, start=first, end=last, roll_up=roll_up)
        return draw_windows(windows, title=title or _windows_title(windows, size))
    return ax.figure


def _windows_title(windows: list[Window], size: int) -> str:
    """``"Who did what to whom, month by month (8 windows of 30 days)"``."""
    every = {1: "day by day", 7: "week by week", 14: "fortnight by fortnight", 30: "month by month",
             91: "quarter by quarter", 365: "year by year"}.get(size, f"{size} days at a time")
    return f"Who did what to whom, {every} ({len(windows)} windows of {size} day{'s' if size != 1 else ''})"
