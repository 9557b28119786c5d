"""Cooperation-conflict balance of actors per period (see :mod:`stancegraph.analysis.metrics`)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from stancegraph.analysis.filters import endpoints, filter_from_options
from stancegraph.analysis.table import statement_table
from stancegraph.errors import InputError

__all__ = ["cooperation_balance"]


def cooperation_balance(graph: Any, *, period: str | int = "month", role: str = "speaker", roll_up: bool = False,
                        **options: Any) -> list[dict[str, Any]]:
    """Per actor and period: cooperative and conflictual statements and their balance (-1 .. +1).

    Parameters
    ----------
    graph
        A built RDF graph or a :class:`stancegraph.analysis.table.StatementTable`.
    period
        ``"day"``, ``"week"`` (weeks start on Monday), ``"month"``, or a number of days (bins from the
        first date); undated statements are left out. ``"all"``: one row per actor over all
        statements, undated ones included (``period`` is then ``"all"``).
    role
        ``"speaker"``: what the actor did; ``"target"``: what was done to it.
    options
        Filters as for :func:`stancegraph.analysis.views.actor_graph` (``types``, ``start``, ``end``, ``statuses``).

    Returns
    -------
    list of dict
        ``{"actor", "label", "period", "cooperative", "conflictual", "statements", "weight_sum",
        "balance"}``, sorted by actor label, then period; ``period`` is the first day (ISO).

    Examples
    --------
    >>> from rdflib import Graph
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.DEMAND)]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> [(r["label"], r["conflictual"], r["balance"]) for r in cooperation_balance(g, period="all")]
    [('RUS', 1, -1.0)]
    """
    if role not in ("speaker", "target"):
        raise InputError(f"role={role!r}: use 'speaker' or 'target'")
    keep = filter_from_options(options, "cooperation_balance")
    table = statement_table(graph)
    field = "date" if keep.document_dates else "statement_date"
    overall = period == "all"
    rows = [r for r in table.rows if keep.keep(r) and (overall or r[field]) and r["agreement"]]
    first = min((dt.date.fromisoformat(r[field]) for r in rows if r[field]), default=None)
    cells: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: {"support": 0, "oppose": 0, "weight": 0.0})
    for row in rows:
        speaker, targets = endpoints(row, table, roll_up)
        bin_start = "all" if overall else _period_start(dt.date.fromisoformat(row[field]), period, first).isoformat()
        for actor in ([speaker] if role == "speaker" else targets):
            cell = cells[actor, bin_start]
            cell[row["agreement"]] += 1
            cell["weight"] += 0.0 if row["negated"] else row["weight"] * row["mentions"]
    out = []
    for (actor, start), cell in cells.items():
        total = cell["support"] + cell["oppose"]
        out.append({"actor": actor, "label": table.label(actor), "period": start, "cooperative": cell["support"],
                    "conflictual": cell["oppose"], "statements": total, "weight_sum": round(cell["weight"], 6),
                    "balance": round((cell["support"] - cell["oppose"]) / total, 6)})
    return sorted(out, key=lambda r: (r["label"].casefold(), r["actor"], r["period"]))


def _period_start(day: dt.date, period: str | int, first: dt.date | None) -> dt.date:
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if isinstance(period, int) and not isinstance(period, bool) and period > 0 and first is not None:
        return first + dt.timedelta(days=((day - first).days // period) * period)
    raise InputError(f"period={period!r}: use 'day', 'week', 'month' or a positive number of days")

