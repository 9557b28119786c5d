"""Draw statements over time: one row per dyad (speaker -> target), one marker per statement.

matplotlib is imported inside the functions that draw (see :mod:`stancegraph.analysis.figures`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stancegraph.analysis.figures import QUAD_STYLES
from stancegraph.analysis.filters import StatementFilter, endpoints, statement_filter
from stancegraph.analysis.labels import label_marks
from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.analysis.windows import publication_span
from stancegraph.errors import InputError

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["draw_timeline", "dyad_statements"]

Dyad = tuple[str, "str | None"]  # (speaker, target); target None for a statement without one


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
    statements cannot be placed and are counted in the subtitle. The axis spans the documents'
    publication dates (:func:`stancegraph.analysis.windows.publication_span`; ``start``/``end`` win):
    statements dated to earlier (or later) events the texts mention are drawn as triangles at the
    edge and counted in the subtitle, instead of stretching the axis over years.

    Parameters
    ----------
    graph
        A built RDF graph or a :class:`stancegraph.analysis.table.StatementTable`.
    roll_up, start, end, types
        As for :func:`stancegraph.analysis.actor_graph.actor_graph`.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.DEMAND),
    ...              (SG.date, Literal("2022-01-03", datatype="http://www.w3.org/2001/XMLSchema#date"))]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> ax = draw_timeline(g)
    >>> ax.get_title(), [t.get_text() for t in ax.get_yticklabels()]
    ('Statements over time: 1 dated statements in 1 dyads', ['RUS → USA'])
    >>> plt.close(ax.figure)
    """
    import matplotlib.pyplot as plt

    if not isinstance(max_dyads, int) or isinstance(max_dyads, bool) or max_dyads < 1:
        raise InputError(f"max_dyads={max_dyads!r}: must be a positive integer")
    keep = statement_filter(types, start, end, None, True)
    table = statement_table(graph)
    points, undated = dyad_statements(table, keep, roll_up)
    span = publication_span(table, start, end)
    dyad_label = lambda d: f"{table.label(d[0])} → {table.label(d[1])}" if d[1] else f"{table.label(d[0])} (no target)"  # noqa: E731
    ranked = sorted(points, key=lambda d: (-len(points[d]), dyad_label(d)))
    kept = sorted(ranked[:max_dyads], key=lambda d: (min(r["date"] for r in points[d]), dyad_label(d)))
    rows = len(kept)
    if ax is None:
        _, ax = plt.subplots(figsize=(12.0, max(3.0, 0.45 * rows + 2.0)))
    n_points = sum(len(points[d]) for d in kept)
    notes = []
    if undated:
        notes.append(f"{undated} undated statement(s) not shown")
    if len(ranked) > rows:
        notes.append(f"{len(ranked) - rows} less active dyads not shown")
    outside = _outside(kept, points, span)
    if outside[0]:
        notes.append(f"{outside[0]} dated before {span[0]:%d %b %Y} (earlier events) at the left edge ◀")
    if outside[1]:
        notes.append(f"{outside[1]} dated after {span[1]:%d %b %Y} at the right edge ▶")
    full_title = f"Statements over time: {n_points} dated statements in {rows} dyads" if title is None else title
    if notes:
        full_title += "\n" + "; ".join(notes)
    ax.set_title(full_title, fontsize=12, pad=10)
    if not kept:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated statements", ha="center", va="center", transform=ax.transAxes, color="#666666")
        return ax
    lo, hi = _time_axes(ax, kept, points, dyad_label, span)
    marks = _draw_marks(ax, kept, points, lo, hi)
    label_marks(ax, marks, max_labels)
    _legend(ax, marks, lo, hi)
    return ax


def dyad_statements(table: StatementTable, keep: StatementFilter, roll_up: bool) -> tuple[dict[Dyad, list[dict]], int]:
    """The dated rows that pass ``keep``, per (speaker, target) dyad, and how many undated rows were left out."""
    points: dict[Dyad, list[dict]] = {}
    undated = 0
    for row in table.rows:
        if not keep.keep(row):
            continue
        if not row["date"]:
            undated += 1
            continue
        speaker, targets = endpoints(row, table, roll_up)
        for target in targets or [None]:
            points.setdefault((speaker, target), []).append(row)
    return points, undated


def _outside(kept: list[Dyad], points: dict, span: tuple) -> tuple[int, int]:
    """How many statements drawn are dated before and after ``span``."""
    lo, hi = span
    days = [r["date"] for d in kept for r in points[d]]
    return (sum(1 for x in days if lo and x < lo.isoformat()), sum(1 for x in days if hi and x > hi.isoformat()))


def _time_axes(ax: Axes, kept: list[Dyad], points: dict, dyad_label: Callable[[Dyad], str],
               span: tuple) -> tuple[dt.date, dt.date]:
    """Dyads as rows (named on the left), dates along the bottom, light bands behind the rows; returns the span."""
    import matplotlib.dates as mdates

    rows = len(kept)
    ax.set_yticks(range(rows))
    ax.set_yticklabels([dyad_label(d) for d in kept], fontsize=9)
    ax.set_ylim(rows - 0.5, -0.5)
    days = [dt.date.fromisoformat(r["date"]) for d in kept for r in points[d]]
    lo, hi = span[0] or min(days), span[1] or max(days)
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
    return lo, hi


def _draw_marks(ax: Axes, kept: list[Dyad], points: dict, lo: dt.date, hi: dt.date) -> list[tuple[float, float, dict]]:
    """A marker per statement (hollow if negated), statements of one dyad and day stacked; returns (x, y, row).

    Statements dated before ``lo`` (after ``hi``) sit just outside it as left (right) triangles."""
    import matplotlib.dates as mdates

    edge = max(0.5, (hi - lo).days / 40)  # half the padding of the axis

    marks = []
    for y, dyad in enumerate(kept):
        by_day: dict[str, list[dict]] = {}
        for r in sorted(points[dyad], key=lambda r: (r["date"], r["type"], r["statement"])):
            by_day.setdefault(r["date"], []).append(r)
        for day, same in by_day.items():
            for i, r in enumerate(same):
                offset = (i - (len(same) - 1) / 2) * min(0.22, 0.8 / len(same))  # the stack stays in its row
                _, colour, shape = QUAD_STYLES.get(r["quad"] or "", QUAD_STYLES[""])
                x = mdates.date2num(dt.date.fromisoformat(day))
                if day < lo.isoformat():
                    x, shape = mdates.date2num(lo) - edge, "<"
                elif day > hi.isoformat():
                    x, shape = mdates.date2num(hi) + edge, ">"
                hollow = r["negated"]
                ax.scatter([x], [y + offset], s=55, marker=shape, color="white" if hollow else colour,
                           edgecolors=colour, linewidths=1.6, zorder=3, gid=f"statement:{r['statement']}")
                marks.append((x, y + offset, r))
    return marks


def _legend(ax: Axes, marks: list, lo: dt.date, hi: dt.date) -> None:
    """The quad classes shown, the hollow marker if a negated statement is shown, the triangles if any."""
    from matplotlib.lines import Line2D

    quads = {(r["quad"] or "") for *_, r in marks}
    handles = [Line2D([], [], linestyle="none", marker=m, markersize=8, markerfacecolor=c, markeredgecolor=c, label=lab)
               for q, (lab, c, m) in QUAD_STYLES.items() if q in quads]
    if any(r["negated"] for *_, r in marks):
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=8, markerfacecolor="white",
                              markeredgecolor="#555555", label="negated (hollow)"))
    if any(r["date"] < lo.isoformat() or r["date"] > hi.isoformat() for *_, r in marks):
        handles.append(Line2D([], [], linestyle="none", marker="<", markersize=8, markerfacecolor="#555555",
                              markeredgecolor="#555555", label="dated outside the documents' span"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=min(len(handles), 5),
              fontsize=8.5, frameon=False)
