"""Draw actor graphs (from ``views.actor_graph``) with matplotlib, and save figures atomically."""
from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stancegraph.errors import OutputError

if TYPE_CHECKING:
    import networkx as nx
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "draw_actor_graph", "actor_layout", "draw_affiliation_graph", "draw_timeline", "draw_ego", "draw_windows",
    "draw_view", "save_figure", "KIND_STYLES", "RELATION_COLOURS", "AGREEMENT_COLOURS", "QUAD_STYLES", "DRAW_VIEWS",
]

KIND_STYLES: dict[str | None, tuple[str, str, str]] = {
    # kind: (legend label, face colour, shape: "circle" or "<vertices>[:<rotation degrees>]")
    "state": ("state", "#4C72B0", "circle"),
    "igo": ("international organisation", "#E1A03A", "4:45"),
    "bloc": ("bloc", "#8172B3", "6:0"),
    "organ": ("government body", "#64B5CD", "3:0"),
    "person": ("person", "#DA8BC3", "4:0"),
    "group": ("other group", "#9C755F", "5:0"),
    None: ("untyped actor", "#BBBBBB", "circle"),
}
"""How each actor ``kind`` is drawn; squares are IGOs, diamonds persons, triangles organs ..."""

RELATION_COLOURS: dict[str, tuple[str, str]] = {
    "coop": ("#2E8B57", "cooperation (mean weight > 0)"),
    "conflict": ("#C0392B", "conflict (mean weight < 0)"),
    "neutral": ("#8C8C8C", "neutral (mean weight 0)"),
}
"""Edge colour by the sign of the mean Goldstein weight per mention (``weight_sum / mentions``)."""

_RAD_ONE_WAY = 0.12  # arc3 curvature of an edge without a reverse edge
_RAD_TWO_WAY = 0.22  # A->B and B->A bend to opposite sides with the same positive rad
_NODE_FONT = 9.0
_EDGE_FONT = 7.5


def draw_actor_graph(
    G: nx.DiGraph,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    seed: int = 7,
    max_nodes: int = 40,
    pos: dict | None = None,
    legend: bool = True,
    highlight: Any = None,
) -> Axes:
    """Draw who-did-what-to-whom: actors as shapes, statements as curved arrows.

    Nodes are sized by ``activity`` and coloured and shaped by ``kind``; arrows run speaker -> target,
    green for cooperation, red for conflict, grey for neutral (sign of ``weight_sum / mentions``),
    as wide as the number of statements, labelled with the dominant type(s) (``"DEMAND ×2"``).
    Only the ``max_nodes`` most active actors are drawn; self-loops (e.g. after a roll-up) are not.
    The layout is seeded, so the same graph and seed give identical PNG bytes via :func:`save_figure`.

    Parameters
    ----------
    G
        A graph from :func:`stancegraph.analysis.views.actor_graph` (node attributes ``label``, ``kind``,
        ``activity``; edge attributes ``count``, ``mentions``, ``weight_sum``, ``types``).
    ax
        Axes to draw into; a new figure sized for the graph when None.
    title
        Axes title; by default it counts actors and relations.
    seed
        Seed of the layout's random start (stress majorisation, as Kamada-Kawai, without scipy).
    max_nodes
        Keep the most active actors only (ties broken by label).
    pos
        Fixed positions ``{node: (x, y)}`` (e.g. from :func:`actor_layout` of a larger graph, so that
        several panels line up); the axes then span all of ``pos``. Default: a layout of ``G``.
    legend
        Draw the actor and relation legends below the diagram.
    highlight
        A node to outline in black (the ego of :func:`draw_ego`).

    Returns
    -------
    matplotlib.axes.Axes
        Node patches have ``gid`` ``"node:<iri>"``, arrows ``"edge:<u>-><v>"``, labels ``"node-label:…"``
        and ``"edge-label:…"``.
    """
    import matplotlib.pyplot as plt

    if not isinstance(max_nodes, int) or isinstance(max_nodes, bool) or max_nodes < 1:
        raise ValueError(f"max_nodes={max_nodes!r}: must be a positive integer")
    ranked = sorted(G.nodes, key=lambda n: (-_num(G.nodes[n].get("activity", 0)), _label(G, n), str(n)))
    kept = sorted(ranked[:max_nodes], key=str)
    kept_set = set(kept)
    edges = sorted(((u, v) for u, v in G.edges if u in kept_set and v in kept_set and u != v), key=_edge_key)
    activity = {n: _num(G.nodes[n].get("activity", 0)) for n in kept}
    top = max([*activity.values(), 1.0])
    shrink = min(1.0, math.sqrt(12 / max(len(pos) if pos is not None else len(kept), 1)))  # smaller in crowds
    radius = {n: shrink * (0.035 + 0.065 * math.sqrt(max(activity[n], 0.0) / top)) for n in kept}
    if pos is None:
        pos = _layout(kept, edges, seed, radius) if kept else {}
        frame = pos
    else:
        missing = [n for n in kept if n not in pos]
        if missing:
            raise ValueError(f"pos has no position for {len(missing)} actor(s), e.g. {missing[0]!r}; "
                             "compute it with actor_layout() of a graph that contains them")
        frame = {n: tuple(map(float, xy)) for n, xy in pos.items()}
        pos = {n: frame[n] for n in kept}
    if ax is None:
        _, ax = plt.subplots(figsize=_figure_size(frame))

    default_title = f"Who did what to whom: {len(kept)} actors, {len(edges)} relations"
    if len(ranked) > len(kept):
        default_title += f" (the {len(kept)} most active of {len(ranked)})"
    ax.set_title(default_title if title is None else title, fontsize=13, pad=12)
    ax.set_axis_off()
    if not kept:
        ax.text(0.5, 0.5, "no statements", ha="center", va="center", transform=ax.transAxes, color="#666666")
        return ax

    # fix the data -> display transform first: arrows are trimmed and labels placed in display units
    xs, ys = [p[0] for p in frame.values()], [p[1] for p in frame.values()]
    margin = 0.12 + 0.1 * shrink
    ax.set_xlim(min(xs) - margin - 0.12, max(xs) + margin + 0.12)
    ax.set_ylim(min(ys) - margin - 0.05, max(ys) + margin)
    ax.set_aspect("equal", adjustable="box")
    ax.set_autoscale_on(False)
    ax.apply_aspect()

    patches = {n: _node_patch(pos[n], radius[n], G.nodes[n].get("kind"), n) for n in kept}
    if highlight is not None and highlight in patches:
        patches[highlight].set_edgecolor("#111111")
        patches[highlight].set_linewidth(3.0)
    for n in kept:
        ax.add_patch(patches[n])
    curves = _route_edges(G, edges, pos, radius)
    arrows = {}
    max_count = max([_num(G.edges[e].get("count", 1)) for e in edges] or [1])
    for u, v in edges:
        arrows[u, v] = _edge_arrow(curves[u, v], G.edges[u, v], patches[u], patches[v], max_count, (u, v))
        ax.add_patch(arrows[u, v])

    placer = _Placer(ax, _renderer(ax.figure))
    for n in kept:
        placer.add_node(n, patches[n])
    for edge, arrow in arrows.items():
        placer.add_arrow(edge, arrow)
    for n in sorted(kept, key=lambda n: (-activity[n], str(n))):  # biggest actors choose first
        _place_node_label(ax, placer, n, _label(G, n), pos[n], radius[n], G.nodes[n].get("kind"))
    for u, v in sorted(edges, key=lambda e: (-_num(G.edges[e].get("count", 1)), _edge_key(e))):
        _place_edge_label(ax, placer, (u, v), G.edges[u, v], curves[u, v])

    if legend:
        kinds = {G.nodes[n].get("kind") if G.nodes[n].get("kind") in KIND_STYLES else None for n in kept}
        _legends(ax, kinds, {_relation(G.edges[e]) for e in edges})
    return ax


def actor_layout(G: nx.DiGraph, *, seed: int = 7, max_nodes: int = 40) -> dict:
    """The positions :func:`draw_actor_graph` gives the ``max_nodes`` most active actors of ``G``.

    Pass them as ``pos=`` to draw several graphs (time windows, an ego view) with the same layout.
    """
    ranked = sorted(G.nodes, key=lambda n: (-_num(G.nodes[n].get("activity", 0)), _label(G, n), str(n)))
    kept = sorted(ranked[:max_nodes], key=str)
    kept_set = set(kept)
    edges = sorted(((u, v) for u, v in G.edges if u in kept_set and v in kept_set and u != v), key=_edge_key)
    activity = {n: _num(G.nodes[n].get("activity", 0)) for n in kept}
    top = max([*activity.values(), 1.0])
    shrink = min(1.0, math.sqrt(12 / max(len(kept), 1)))
    radius = {n: shrink * (0.035 + 0.065 * math.sqrt(max(activity[n], 0.0) / top)) for n in kept}
    return {n: (float(x), float(y)) for n, (x, y) in _layout(kept, edges, seed, radius).items()} if kept else {}


AGREEMENT_COLOURS: dict[str, tuple[str, str]] = {
    "support": ("#2E8B57", "agrees (cooperative statements)"),
    "oppose": ("#C0392B", "disagrees (conflictual statements)"),
    "mixed": ("#7B5EA7", "both (mixed statements)"),
}
"""Edge colour of the actor x concept diagram by agreement (see :mod:`stancegraph.analysis.views`)."""

QUAD_STYLES: dict[str, tuple[str, str, str]] = {
    # quad class: (legend label, colour, marker)
    "verbal-coop": ("verbal cooperation", "#66BB6A", "o"),
    "material-coop": ("material cooperation", "#1B7F3B", "s"),
    "verbal-conflict": ("verbal conflict", "#F08C3A", "o"),
    "material-conflict": ("material conflict", "#C0392B", "s"),
    "": ("outside the code book", "#8C8C8C", "D"),
}
"""Timeline markers: colour by quad class, circles for words and squares for deeds."""

DRAW_VIEWS = ("actors", "issues", "timeline", "ego", "windows")
"""Views :func:`draw_view` (and ``stancegraph draw --view``) can draw."""


def draw_affiliation_graph(
    B: nx.Graph,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    max_actors: int = 30,
    max_concepts: int = 40,
    label_width: int = 48,
) -> Axes:
    """Draw the two-mode actor x concept graph: actors left, concepts right, green = agrees, red = disagrees.

    ``B`` comes from :func:`stancegraph.analysis.views.affiliation_graph`. Only the ``max_actors`` and
    ``max_concepts`` most active nodes are drawn; rows are ordered to reduce crossings (barycentres,
    deterministic). Lines are as wide as the number of statements; purple lines mix both stances.
    Concept labels longer than ``label_width`` characters are cut with "…".

    Returns
    -------
    matplotlib.axes.Axes
        Node markers have gid ``"actor:<iri>"`` / ``"concept:<id>"``, lines ``"edge:<actor>-><concept>"``.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    actors = [n for n, d in B.nodes(data=True) if d.get("mode") == "actor"]
    concepts = [n for n, d in B.nodes(data=True) if d.get("mode") == "concept"]
    rank = lambda n: (-_num(B.nodes[n].get("statements", 0)), _label(B, n).casefold(), str(n))  # noqa: E731
    actors = sorted(actors, key=rank)[:max_actors]
    concepts = sorted(concepts, key=rank)[:max_concepts]
    a_set, c_set = set(actors), set(concepts)
    edges = sorted(((a, c) if a in a_set else (c, a) for a, c in B.edges if (a in a_set and c in c_set) or (c in a_set and a in c_set)),
                   key=_edge_key)
    # two passes of the barycentre heuristic: concepts follow their actors, actors their concepts
    a_y = {a: i for i, a in enumerate(actors)}
    c_y = _barycentre_order(concepts, edges, a_y, reverse=False)
    a_y = _barycentre_order(actors, edges, c_y, reverse=True)
    c_y = _barycentre_order(concepts, edges, a_y, reverse=False)
    rows = max(len(actors), len(concepts), 1)
    # each column spreads over the full height, so short columns do not huddle in the middle
    scale = lambda order, n: {k: (rows - 1) - (i * (rows - 1) / (n - 1) if n > 1 else (rows - 1) / 2)  # noqa: E731
                              for k, i in order.items()}
    ya, yc = scale(a_y, len(actors)), scale(c_y, len(concepts))
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
    max_count = max([_num(B.edges[e].get("count", 1)) for e in edges] or [1])
    for a, c in edges:
        data = B.edges[a, c]
        colour = AGREEMENT_COLOURS.get(data.get("agreement"), AGREEMENT_COLOURS["mixed"])[0]
        width = 1.0 + 3.0 * math.sqrt((max(_num(data.get("count", 1)), 1) - 1) / max(max_count - 1, 1))
        ax.add_line(Line2D([0.0, 1.0], [ya[a], yc[c]], color=colour, linewidth=width, alpha=0.85, zorder=2,
                           solid_capstyle="round", gid=f"edge:{a}->{c}"))
    top = max([_num(B.nodes[n].get("statements", 1)) for n in actors + concepts] or [1])
    for a in actors:
        size = 40 + 160 * math.sqrt(_num(B.nodes[a].get("statements", 1)) / top)
        k = B.nodes[a].get("kind") if B.nodes[a].get("kind") in KIND_STYLES else None
        ax.scatter([0.0], [ya[a]], s=size, marker=_marker(k), color=KIND_STYLES[k][1], edgecolors="white",
                   linewidths=1.0, zorder=3, gid=f"actor:{a}")
        ax.text(-0.04, ya[a], _label(B, a), ha="right", va="center", fontsize=9, fontweight="bold", color="#1a1a1a",
                gid=f"actor-label:{a}")
    for c in concepts:
        size = 30 + 120 * math.sqrt(_num(B.nodes[c].get("statements", 1)) / top)
        if kind == "target":  # the concepts are actors: draw them as actors
            k = B.nodes[c].get("actor_kind") if B.nodes[c].get("actor_kind") in KIND_STYLES else None
            marker, colour = _marker(k), KIND_STYLES[k][1]
        else:
            marker, colour = "s", "#7F7F7F"
        ax.scatter([1.0], [yc[c]], s=size, marker=marker, color=colour, edgecolors="white", linewidths=1.0,
                   zorder=3, gid=f"concept:{c}")
        ax.text(1.04, yc[c], _short(_label(B, c), label_width), ha="left", va="center", fontsize=9,
                color="#1a1a1a", gid=f"concept-label:{c}")
    ax.text(0.0, rows - 0.35, "actors", ha="center", va="bottom", fontsize=10, color="#555555", style="italic")
    ax.text(1.0, rows - 0.35, "issues" if kind == "issue" else "target actors", ha="center", va="bottom",
            fontsize=10, color="#555555", style="italic")
    used = {B.edges[e].get("agreement") for e in edges}
    kinds = {B.nodes[a].get("kind") if B.nodes[a].get("kind") in KIND_STYLES else None for a in actors}
    if kind == "target":
        kinds |= {B.nodes[c].get("actor_kind") if B.nodes[c].get("actor_kind") in KIND_STYLES else None for c in concepts}
    handles = _legend_handles(kinds, set())
    handles += [Line2D([], [], color=colour, linewidth=2.5, label=label)
                for key, (colour, label) in AGREEMENT_COLOURS.items() if key in used]
    hidden = (B.number_of_nodes() - len(actors) - len(concepts))
    note = f" ({hidden} less active nodes not shown)" if hidden else ""
    ax.legend(handles=handles, title=f"Actors and agreement (line width = statements){note}", loc="upper center",
              bbox_to_anchor=(0.5, 0.0), ncol=min(max(len(handles), 1), 4), fontsize=8.5, title_fontsize=9,
              frameon=False)
    return ax


def draw_timeline(
    graph: Any,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    roll_up: bool = False,
    start: Any = None,
    end: Any = None,
    types: Any = None,
    max_dyads: int = 15,
    max_labels: int = 80,
) -> Axes:
    """Draw statements over time, one row per dyad (speaker -> target), one marker per statement.

    Markers are coloured by quad class (circles = verbal, squares = material) and labelled with the
    event type where there is room (at most ``max_labels`` labels); several statements of a dyad on
    one day are stacked. Only the ``max_dyads`` dyads with most dated statements are drawn; undated
    statements cannot be placed and are counted in the subtitle.

    Parameters
    ----------
    graph
        A built RDF graph or a :class:`stancegraph.analysis.views.StatementTable`.
    roll_up, start, end, types
        As for :func:`stancegraph.analysis.views.actor_graph`.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    from stancegraph.analysis.filters import endpoints as _endpoints, statement_filter as _filter
    from stancegraph.analysis.table import statement_table

    if not isinstance(max_dyads, int) or isinstance(max_dyads, bool) or max_dyads < 1:
        raise ValueError(f"max_dyads={max_dyads!r}: must be a positive integer")
    keep = _filter(types, start, end, None, True)
    table = statement_table(graph)
    points: dict[tuple[str, str | None], list[dict]] = {}
    undated = 0
    for row in table.rows:
        if not keep.keep(row):
            continue
        if not row["date"]:
            undated += 1
            continue
        speaker, targets = _endpoints(row, table, roll_up)
        for target in targets or [None]:
            points.setdefault((speaker, target), []).append(row)
    dyad_label = lambda d: f"{table.label(d[0])} → {table.label(d[1])}" if d[1] else f"{table.label(d[0])} (no target)"  # noqa: E731
    ranked = sorted(points, key=lambda d: (-len(points[d]), dyad_label(d)))
    kept = sorted(ranked[:max_dyads], key=lambda d: (min(r["date"] for r in points[d]), dyad_label(d)))
    rows = len(kept)
    if ax is None:
        _, ax = plt.subplots(figsize=(12.0, max(3.0, 0.45 * rows + 2.0)))
    n_points = sum(len(points[d]) for d in kept)
    default = f"Statements over time: {n_points} dated statements in {rows} dyads"
    notes = []
    if undated:
        notes.append(f"{undated} undated statement(s) not shown")
    if len(ranked) > rows:
        notes.append(f"{len(ranked) - rows} less active dyads not shown")
    full_title = default if title is None else title
    if notes:
        full_title += "\n" + "; ".join(notes)
    ax.set_title(full_title, fontsize=12, pad=10)
    if not kept:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated statements", ha="center", va="center", transform=ax.transAxes, color="#666666")
        return ax
    ax.set_yticks(range(rows))
    ax.set_yticklabels([dyad_label(d) for d in kept], fontsize=9)
    ax.set_ylim(rows - 0.5, -0.5)
    days = [dt.date.fromisoformat(r["date"]) for d in kept for r in points[d]]
    lo, hi = min(days), max(days)
    pad = dt.timedelta(days=max(1, (hi - lo).days // 20 + 1))
    ax.set_xlim(mdates.date2num(lo - pad), mdates.date2num(hi + pad))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=10))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.8, zorder=0)
    for y in range(rows):
        ax.axhline(y, color="#F0F0F0", linewidth=6, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    marks = []
    for y, dyad in enumerate(kept):
        by_day: dict[str, list[dict]] = {}
        for r in sorted(points[dyad], key=lambda r: (r["date"], r["type"], r["statement"])):
            by_day.setdefault(r["date"], []).append(r)
        for day, same in by_day.items():
            for i, r in enumerate(same):
                offset = (i - (len(same) - 1) / 2) * 0.22
                label, colour, marker = QUAD_STYLES.get(r["quad"] or "", QUAD_STYLES[""])
                x = mdates.date2num(dt.date.fromisoformat(day))
                hollow = r["negated"]
                ax.scatter([x], [y + offset], s=55, marker=marker, color="white" if hollow else colour,
                           edgecolors=colour, linewidths=1.6, zorder=3, gid=f"statement:{r['statement']}")
                marks.append((x, y + offset, r))
    _label_marks(ax, marks, max_labels)
    quads = {(r["quad"] or "") for *_, r in marks}
    handles = [Line2D([], [], linestyle="none", marker=m, markersize=8, markerfacecolor=c, markeredgecolor=c, label=lab)
               for q, (lab, c, m) in QUAD_STYLES.items() if q in quads]
    if any(r["negated"] for *_, r in marks):
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=8, markerfacecolor="white",
                              markeredgecolor="#555555", label="negated (hollow)"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=min(len(handles), 5),
              fontsize=8.5, frameon=False)
    return ax


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

    ``graph`` is an actor graph (:func:`stancegraph.analysis.views.actor_graph`) or anything it accepts (then
    ``options`` go to it: ``roll_up``, ``start``, ``end`` ...). ``actor`` is a label, id or IRI.
    """
    import networkx as nx

    from stancegraph.analysis.views import actor_graph, ego_graph

    G = graph if isinstance(graph, nx.Graph) else actor_graph(graph, **options)
    H = ego_graph(G, actor, radius=radius)
    ego = H.graph["ego"]
    partners = H.number_of_nodes() - 1
    default = f"Ego network of {_label(H, ego)}: {partners} partner(s), {H.number_of_edges()} relations"
    if radius != 1:
        default += f" (within {radius} steps)"
    return draw_actor_graph(H, ax=ax, title=default if title is None else title, seed=seed, highlight=ego)


def draw_windows(
    windows: list,
    *,
    ncols: int = 3,
    seed: int = 7,
    max_nodes: int = 20,
    title: str | None = None,
    max_panels: int = 24,
) -> Figure:
    """Small multiples: one actor diagram per time window, all with the same layout and scale.

    ``windows`` come from :func:`stancegraph.analysis.views.time_windows` with the ``"actors"`` view. Actors
    keep their place across panels (a layout of all windows together), so change is easy to see.
    """
    import matplotlib.pyplot as plt
    import networkx as nx

    if not windows:
        fig, ax = plt.subplots(figsize=(6, 2))
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no time windows (no dated statements)", ha="center", va="center", color="#666666")
        return fig
    if not isinstance(ncols, int) or isinstance(ncols, bool) or ncols < 1:
        raise ValueError(f"ncols={ncols!r}: must be a positive integer")
    if len(windows) > max_panels:
        raise ValueError(f"{len(windows)} time windows ({windows[0].start} – {windows[-1].end}) are too many panels "
                         f"(at most {max_panels}); narrow the dates (--from/--to) or widen the windows (--window)")
    union = nx.DiGraph()
    for w in windows:
        for n, d in w.graph.nodes(data=True):
            if n in union:
                union.nodes[n]["activity"] += _num(d.get("activity", 0))
            else:
                union.add_node(n, **{**d, "activity": _num(d.get("activity", 0))})
        union.add_edges_from(w.graph.edges)
    pos = actor_layout(union, seed=seed, max_nodes=max_nodes)
    ncols = min(ncols, len(windows))
    nrows = math.ceil(len(windows) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(5.2 * ncols, 4.6 * nrows + 0.9), squeeze=False)
    for ax in axes.flat[len(windows):]:
        ax.set_axis_off()
    kinds, relations = set(), set()
    for ax, w in zip(axes.flat, windows):
        H = w.graph.subgraph([n for n in w.graph if n in pos]).copy()
        statements = len({s for *_, d in w.graph.edges(data=True) for s in d.get("statements", ())})
        span = f"{w.start:%d %b} – {w.end:%d %b %Y}" if w.start.year == w.end.year else f"{w.start:%d %b %Y} – {w.end:%d %b %Y}"
        draw_actor_graph(H, ax=ax, pos=pos, legend=False, seed=seed, max_nodes=max_nodes,
                         title=f"{span}\n{statements} statement(s) between actors")
        ax.title.set_fontsize(10.5)
        kinds |= {H.nodes[n].get("kind") if H.nodes[n].get("kind") in KIND_STYLES else None for n in H}
        relations |= {_relation(d) for *_, d in H.edges(data=True)}
    fig.suptitle(title or f"Who did what to whom, window by window ({len(windows)} windows)", fontsize=14)
    handles = _legend_handles(kinds, relations)
    fig.legend(handles=handles, loc="lower center", ncol=min(len(handles), 6), fontsize=9, frameon=False)
    fig.tight_layout(rect=(0, 0.06, 1, 0.96), h_pad=3.0, w_pad=2.0)
    return fig


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
    size: int = 7,
    step: int | None = None,
) -> Figure:
    """Draw one of :data:`DRAW_VIEWS` of a built graph and return the figure (``stancegraph draw``).

    ``"actors"`` (relationship diagram), ``"issues"`` (actor x ``concept`` agreement), ``"timeline"``
    (statements per dyad), ``"ego"`` (needs ``actor``), ``"windows"`` (small multiples of ``size``-day
    windows every ``step`` days); ``start``/``end`` restrict every view to a date range.
    """
    from stancegraph.analysis.views import actor_graph, affiliation_graph, statement_table, time_windows

    if view not in DRAW_VIEWS:
        raise ValueError(f"view={view!r}: use one of {', '.join(DRAW_VIEWS)}")
    if view == "ego" and not actor:
        raise ValueError("the ego view needs an actor: give --actor NAME (a label such as Russia, or an id such as RUS)")
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
        return draw_windows(time_windows(table, "actors", size=size, step=step, start=start, end=end, roll_up=roll_up),
                            title=title)
    return ax.figure


def _barycentre_order(nodes: list, edges: list, other_y: dict, *, reverse: bool) -> dict:
    """Rank ``nodes`` by the mean row of their neighbours (``other_y``); ties keep the given order."""
    neighbours: dict[Any, list[float]] = {n: [] for n in nodes}
    for a, c in edges:
        if reverse and a in neighbours and c in other_y:
            neighbours[a].append(other_y[c])
        elif not reverse and c in neighbours and a in other_y:
            neighbours[c].append(other_y[a])
    keyed = sorted(range(len(nodes)), key=lambda i: (sum(neighbours[nodes[i]]) / len(neighbours[nodes[i]])
                                                     if neighbours[nodes[i]] else math.inf, i))
    return {nodes[i]: rank for rank, i in enumerate(keyed)}


def _short(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _label_marks(ax, marks: list, max_labels: int) -> None:
    """Type names beside timeline markers: right of the marker, else left; skipped where both overlap."""
    renderer = _renderer(ax.figure)
    placed: list = []
    axes_box = ax.get_window_extent(renderer)
    for n, (x, y, r) in enumerate(sorted(marks, key=lambda m: (m[0], m[1]))):
        if n >= max_labels:
            break
        _, colour, _ = QUAD_STYLES.get(r["quad"] or "", QUAD_STYLES[""])
        text = ax.annotate(r["type"], (x, y), xytext=(6, 0), textcoords="offset points", ha="left", va="center",
                           fontsize=7.5, color="#333333", zorder=4, gid=f"statement-label:{r['statement']}")
        for dx, ha in ((6, "left"), (-6, "right")):
            text.set_position((dx, 0))
            text.set_ha(ha)
            box = text.get_window_extent(renderer).padded(1.5)
            inside = axes_box.x0 <= box.x0 and box.x1 <= axes_box.x1
            if inside and not any(_overlap(box, other) > 0 for other in placed):
                placed.append(box)
                break
        else:
            text.remove()


def _legend_handles(kinds_used: set, relations_used: set) -> list:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], linestyle="none", marker=_marker(kind), markersize=9, markerfacecolor=KIND_STYLES[kind][1],
                      markeredgecolor="white", label=KIND_STYLES[kind][0]) for kind in KIND_STYLES if kind in kinds_used]
    handles += [Line2D([], [], color=colour, linewidth=2.5, label=label)
                for key, (colour, label) in RELATION_COLOURS.items() if key in relations_used]
    return handles


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

    from stancegraph.atomic import atomic_open

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


# ---------------------------------------------------------------------------------------------- helpers


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _label(G: nx.DiGraph, node: Any) -> str:
    label = G.nodes[node].get("label")
    if label:
        return str(label)
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _relation(data: dict) -> str:
    mentions = _num(data.get("mentions")) or _num(data.get("count")) or 1.0
    mean = _num(data.get("weight_sum")) / mentions
    if mean > 1e-9:
        return "coop"
    if mean < -1e-9:
        return "conflict"
    return "neutral"


def _edge_label(data: dict) -> str:
    """The most frequent type(s) with their count, ``+k`` for the other types: ``"DEMAND ×2 +1"``.

    >>> _edge_label({"types": {"DEMAND": 2, "REJECT": 1}, "dominant_type": "DEMAND"})
    'DEMAND ×2 +1'
    >>> _edge_label({"types": {"SANCTION": 1, "THREATEN": 1}})
    'SANCTION, THREATEN'
    """
    types = {str(k): int(_num(v)) for k, v in (data.get("types") or {}).items()}
    if not types:
        dominant = data.get("dominant_type")
        return str(dominant) if dominant else f"×{int(_num(data.get('count', 1)))}"
    top = max(types.values())
    dominant = str(data.get("dominant_type") or "")
    tied = sorted((t for t, c in types.items() if c == top), key=lambda t: (t != dominant, t))
    shown = tied[:2]
    label = ", ".join(f"{t} ×{top}" if top > 1 else t for t in shown)
    if len(types) > len(shown):
        label += f" +{len(types) - len(shown)}"
    return label


def _layout(nodes: list, edges: list, seed: int, radius: dict) -> dict:
    """Stress-majorisation layout (Kamada-Kawai's energy, solved by SMACOF) from a seeded start,
    scaled to [-1, 1], then spread so that no two nodes sit closer than labels and arrows need."""
    import networkx as nx
    import numpy as np

    n = len(nodes)
    if n == 1:
        return {nodes[0]: np.zeros(2)}
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
    x = np.round(x, 9)  # insulate the result from last-bit differences between BLAS builds
    x -= x.mean(axis=0)
    x /= np.abs(x).max() or 1.0
    # rotate the long axis horizontal (landscape figures fit screens, pages and the legends below)
    _, vectors = np.linalg.eigh(x.T @ x)
    x = x @ vectors[:, ::-1]
    x *= np.where(np.abs(x).max(axis=0) == x.max(axis=0), 1.0, -1.0)  # fix the eigenvectors' signs
    x /= np.abs(x).max() or 1.0
    # push apart nodes whose rims are closer than `air` (Jacobi steps: deterministic and vectorised)
    air = min(0.45, 1.8 / math.sqrt(n))
    r = np.array([radius[node] for node in nodes])
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
    return {node: x[i] for i, node in enumerate(nodes)}


def _node_patch(xy, radius: float, kind: str | None, node: Any):
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


def _marker(kind: str | None) -> str:
    shape = KIND_STYLES.get(kind, KIND_STYLES[None])[2]
    return {"circle": "o", "4:45": "s", "6:0": "h", "3:0": "^", "4:0": "D", "5:0": "p"}.get(shape, "o")


def _control_point(p1, p2, rad: float):
    (x1, y1), (x2, y2) = p1, p2
    return ((x1 + x2) / 2 + rad * (y2 - y1), (y1 + y2) / 2 - rad * (x2 - x1))


def _bezier(curve, t: float) -> tuple[float, float]:
    (x0, y0), (cx, cy), (x1, y1) = curve
    a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
    return (a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1)


def _edge_arrow(curve, data, patch_a, patch_b, max_count, edge):
    """A curved arrow along ``curve`` (a quadratic Bézier in data units), trimmed to the node outlines.

    Trimming here (instead of FancyArrowPatch's patchA/patchB, which clips at every draw) keeps big
    graphs fast; the arrow is a path in data units, so it stays attached when the figure is resized.
    """
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path

    t0, t1 = _trim(curve, patch_a, patch_b)
    count = max(_num(data.get("count", 1)), 1)
    width = 1.0 + 3.5 * math.sqrt((count - 1) / max(max_count - 1, 1))
    return FancyArrowPatch(
        path=Path(_sub_bezier(curve, t0, t1), [Path.MOVETO, Path.CURVE3, Path.CURVE3]),
        arrowstyle="-|>,head_length=0.6,head_width=0.3",
        mutation_scale=10 + 2.2 * width,
        linewidth=width,
        color=RELATION_COLOURS[_relation(data)][0],
        alpha=0.9,
        zorder=2,
        gid=f"edge:{edge[0]}->{edge[1]}",
    )


def _trim(curve, patch_a, patch_b, gap: float = 0.006) -> tuple[float, float]:
    """Parameters where ``curve`` leaves ``patch_a`` and enters ``patch_b``, plus a small ``gap``."""
    import numpy as np

    t = np.linspace(0.0, 1.0, 801)
    points = np.array(_bezier(curve, t)).T
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


def _sub_bezier(curve, t0: float, t1: float):
    """Control points of the piece of the quadratic Bézier ``curve`` between ``t0`` and ``t1``."""
    (x0, y0), (cx, cy), (x1, y1) = curve
    a, b, c = (1 - t0) * (1 - t1), (1 - t0) * t1 + t0 * (1 - t1), t0 * t1
    return [_bezier(curve, t0), (a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1), _bezier(curve, t1)]


def _edge_key(edge) -> tuple[str, str]:
    return (str(edge[0]), str(edge[1]))


def _figure_size(pos: dict) -> tuple[float, float]:
    """A figure about as wide as the graph needs, with the layout's aspect ratio plus title and legends."""
    width = min(18.0, 9.0 + 0.2 * len(pos))
    if not pos:
        return (width, 5.0)
    spread_x = max(p[0] for p in pos.values()) - min(p[0] for p in pos.values()) + 0.6
    spread_y = max(p[1] for p in pos.values()) - min(p[1] for p in pos.values()) + 0.6
    return (width, max(5.0, min(width * 1.2, width * spread_y / spread_x + 1.8)))


def _route_edges(G, edges, pos, radius) -> dict:
    """The arc of each edge: a quadratic Bézier (start, control point, end) in layout units.

    Each edge takes the first curvature whose arc clears every other actor, trying gentle bends
    first; A->B and B->A always bend to opposite sides (a positive ``rad`` for both).
    """
    import numpy as np

    curves = {}
    nodes = list(pos)
    centres = np.array([pos[n] for n in nodes])
    rims = np.array([radius[n] for n in nodes]) + 0.025
    t = np.linspace(0.05, 0.95, 37)
    for u, v in edges:
        if G.has_edge(v, u):
            # bow apart by at least ~0.1 (layout units) however close A and B are
            least = min(0.8, max(_RAD_TWO_WAY, 0.2 / max(math.dist(pos[u], pos[v]), 1e-9)))
            options = [least, least + 0.15, least + 0.3]
        else:
            options = [_RAD_ONE_WAY, -_RAD_ONE_WAY, 0.3, -0.3, 0.45, -0.45]
        others = np.array([n not in (u, v) for n in nodes])
        best = None
        for rad in options:
            curve = (tuple(pos[u]), _control_point(pos[u], pos[v], rad), tuple(pos[v]))
            points = np.array(_bezier(curve, t)).T
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


def _place_node_label(ax, placer, node, label, xy, radius, kind) -> None:
    """The actor's name outside its shape: below, above, right, left, then diagonally."""
    x, y = xy
    r = radius * (1.25 if kind in ("igo", "person", "organ") else 1.0)  # polygons reach further out
    gap, d = 0.02, 0.75 * radius * (1.25 if kind in ("igo", "person", "organ") else 1.0) + 0.02
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
    text = ax.text(
        x, y, label, fontsize=_NODE_FONT, fontweight="bold", color="#1a1a1a", zorder=5, gid=f"node-label:{node}",
        bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )
    placer.place(text, candidates, own_node=node)


def _place_edge_label(ax, placer, edge, data, curve) -> None:
    """The edge's type(s) on its arc, near the middle; beside the arc if the arc is crowded."""
    candidates = [(_bezier(curve, t), "center", "center") for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73)]
    (x0, y0), _, (x1, y1) = curve
    mx, my = _bezier(curve, 0.5)
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    normal = ((y1 - y0) / length, (x0 - x1) / length)  # toward the arc's bulge
    for side in (1, -1):
        for offset in (0.06, 0.1):
            candidates.append(((mx + side * offset * normal[0], my + side * offset * normal[1]), "center", "center"))
    colour = RELATION_COLOURS[_relation(data)][0]
    text = ax.text(
        0, 0, _edge_label(data), fontsize=_EDGE_FONT, color=colour, zorder=4, gid=f"edge-label:{edge[0]}->{edge[1]}",
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": colour, "linewidth": 0.6},
    )
    placer.place(text, candidates, own_edge=edge)


def _renderer(fig):
    get = getattr(fig.canvas, "get_renderer", None)
    return get() if get is not None else fig._get_renderer()


class _Placer:
    """Greedy label placement in display space: each label takes its first candidate position that
    covers nothing, else the one that covers least (nodes > labels > arrowheads > other arrows)."""

    def __init__(self, ax, renderer):
        import numpy as np

        self.ax = ax
        self.renderer = renderer
        self.nodes: dict[Any, Any] = {}  # node -> Bbox in display pixels
        self.labels: list[Any] = []  # Bboxes of placed labels
        self.lines = np.zeros((0, 2))  # points along every arrow, 3 px apart ...
        self.line_owner = np.zeros(0, dtype=int)  # ... and the number of the edge each belongs to
        self.edge_ids: dict[Any, int] = {}
        self.heads = np.zeros((0, 2))  # points on every arrowhead

    def add_node(self, node, patch) -> None:
        self.nodes[node] = patch.get_window_extent(self.renderer)

    def add_arrow(self, edge, arrow) -> None:
        import numpy as np

        polygons = self.ax.transData.transform_path(arrow.get_path()).to_polygons(closed_only=False)
        if not polygons:
            return
        line = _densify(polygons[0], step=3.0)
        self.lines = np.vstack([self.lines, line])
        self.edge_ids.setdefault(edge, len(self.edge_ids))
        self.line_owner = np.concatenate([self.line_owner, np.full(len(line), self.edge_ids[edge])])
        for head in polygons[1:]:
            head = np.asarray(head)
            centre = head.mean(axis=0)
            points = np.vstack([head, (head + centre) / 2, centre[None, :], _densify(head, step=3.0)])
            self.heads = np.vstack([self.heads, points])

    def place(self, text, candidates, *, own_node=None, own_edge=None) -> None:
        import numpy as np

        pad = text.get_fontsize() * self.ax.figure.dpi / 72 * 0.35
        axes_box = self.ax.get_window_extent(self.renderer)
        others = self.line_owner != self.edge_ids.get(own_edge, -1)
        best = None
        for rank, (xy, ha, va) in enumerate(candidates):
            text.set_position(xy)
            text.set_ha(ha)
            text.set_va(va)
            bbox = text.get_window_extent(self.renderer).padded(pad)
            score = 0.0
            for node, box in self.nodes.items():
                if node != own_node:  # (candidates are placed outside their own node)
                    score += 100 * _overlap(bbox, box.padded(3))
                    if own_node is not None:  # keep air between an actor's name and other actors
                        score += 3 * _overlap(bbox, box.padded(14))
            for box in self.labels:
                score += 50 * _overlap(bbox, box)
            score += 40 * _inside(self.heads, bbox) + 3 * _inside(self.lines[others], bbox)
            score += 5 * (bbox.width * bbox.height - _overlap(bbox, axes_box))
            score += 2 * rank
            if best is None or score < best[0]:
                best = (score, xy, ha, va, bbox)
            if score <= 2 * rank:  # nothing covered: take it
                break
        _, xy, ha, va, bbox = best
        text.set_position(xy)
        text.set_ha(ha)
        text.set_va(va)
        self.labels.append(bbox)


def _densify(points, step: float):
    """Points along a polyline, about ``step`` apart."""
    import numpy as np

    points = np.asarray(points, dtype=float)
    out = [points[:1]]
    for a, b in zip(points[:-1], points[1:]):
        n = max(int(math.dist(a, b) // step), 1)
        t = np.linspace(0, 1, n + 1)[1:, None]
        out.append(a + (b - a) * t)
    return np.vstack(out)


def _inside(points, bbox) -> int:
    if len(points) == 0:
        return 0
    x, y = points[:, 0], points[:, 1]
    return int(((x >= bbox.x0) & (x <= bbox.x1) & (y >= bbox.y0) & (y <= bbox.y1)).sum())


def _overlap(a, b) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def _legends(ax, kinds_used: set, relations_used: set) -> None:
    from matplotlib.lines import Line2D

    order = list(KIND_STYLES)
    kind_handles = [
        Line2D([], [], linestyle="none", marker=_marker(kind), markersize=9, markerfacecolor=KIND_STYLES[kind][1],
               markeredgecolor="white", label=KIND_STYLES[kind][0])
        for kind in order if kind in kinds_used
    ]
    relation_handles = [
        Line2D([], [], color=colour, linewidth=2.5, label=label)
        for key, (colour, label) in RELATION_COLOURS.items() if key in relations_used
    ]
    actors = ax.legend(
        handles=kind_handles, title="Actors (size = activity)", loc="upper left", bbox_to_anchor=(0.0, 0.0),
        ncol=min(3, max(len(kind_handles), 1)), fontsize=8, title_fontsize=8.5, frameon=False,
    )
    if relation_handles:
        ax.add_artist(actors)
        relations = ax.legend(
            handles=relation_handles, title="Relations (width = statements; +k = k more types)", loc="upper right",
            bbox_to_anchor=(1.0, 0.0), fontsize=8, title_fontsize=8.5, frameon=False,
        )
        renderer = _renderer(ax.figure)
        left, right = actors.get_window_extent(renderer), relations.get_window_extent(renderer)
        if left.x1 + 10 > right.x0:  # a narrow axes: put the relations under the actors
            below = ax.transAxes.inverted().transform((left.x0, left.y0))
            relations.set_bbox_to_anchor((0.0, below[1]), transform=ax.transAxes)
            relations.set_loc("upper left")
