"""Views over moving time windows (DNA's time window networks), from one reading of the RDF."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from rdflib import Graph

from stancegraph.analysis.filters import parse_date_range
from stancegraph.analysis.projections import VIEWS
from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.errors import InputError

__all__ = ["Window", "time_windows", "parse_days", "publication_span", "window_days", "WINDOW_SIZES"]


class Window(NamedTuple):
    """One time window of :func:`time_windows`: first and last day (inclusive) and its graph."""

    start: dt.date
    end: dt.date
    graph: Any


def time_windows(
    graph: Graph | StatementTable,
    view: str | Callable[..., Any] = "actors",
    *,
    size: int | dt.timedelta = 7,
    step: int | dt.timedelta | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    **options: Any,
) -> list[Window]:
    """A sequence of views over moving time windows (DNA's time window networks).

    Windows are ``size`` days long and start every ``step`` days (default ``step = size``: adjacent,
    non-overlapping windows), from ``start`` (default: the first statement date) until a window
    starts after ``end`` (default: the last statement date); the last window stops at ``end``, so no
    window reaches past it. Each window's graph is
    ``view(table, start=first_day, end=last_day, **options)``; the RDF is read once.

    Parameters
    ----------
    view
        ``"actors"``, ``"signed"``, ``"issues"``, ``"congruence"`` (see
        :data:`stancegraph.analysis.projections.VIEWS`) or a function that accepts a
        :class:`StatementTable` and ``start``/``end`` keywords.
    size, step
        Days (a positive int or a ``datetime.timedelta`` of whole days).
    options
        Passed to the view (``roll_up=True``, ``types=[...]``, ``normalization="jaccard"`` ...).

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for name, day in [("s1", "2022-01-03"), ("s2", "2022-01-12")]:
    ...     for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.DEMAND),
    ...                  (SG.date, Literal(day, datatype="http://www.w3.org/2001/XMLSchema#date"))]:
    ...         _ = g.add((STATEMENT[name], p, o))
    >>> [(w.start.isoformat(), w.end.isoformat(), w.graph.number_of_edges()) for w in time_windows(g, size=7)]
    [('2022-01-03', '2022-01-09', 1), ('2022-01-10', '2022-01-12', 1)]
    """
    if isinstance(view, str):
        if view not in VIEWS:
            raise InputError(f"view={view!r}: use one of {', '.join(VIEWS)} or pass a function")
        view = VIEWS[view]
    size_days = parse_days(size, "size")
    step_days = size_days if step is None else parse_days(step, "step")
    start_day, end_day = parse_date_range(start, end)
    table = statement_table(graph)
    field = "date" if options.get("document_dates", True) else "statement_date"
    days = sorted(dt.date.fromisoformat(r[field]) for r in table.rows if r[field])
    first = start_day or (days[0] if days else None)
    last = end_day or (days[-1] if days else None)
    if first is None or last is None:
        return []
    windows = []
    day = first
    while day <= last:
        stop = min(day + dt.timedelta(days=size_days - 1), last)
        windows.append(Window(day, stop, view(table, start=day, end=stop, **options)))
        day += dt.timedelta(days=step_days)
    return windows


def parse_days(value: int | dt.timedelta, name: str) -> int:
    """A window length or step as a positive number of days (an int or a timedelta of whole days).

    >>> parse_days(dt.timedelta(weeks=1), "size")
    7
    """
    if isinstance(value, dt.timedelta):
        if value.seconds or value.microseconds:
            raise InputError(f"{name}={value!r}: use whole days")
        value = value.days
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InputError(f"{name}={value!r}: must be a positive number of days, e.g. 7")
    return value


WINDOW_SIZES = (1, 7, 14, 30, 91, 182, 365)
"""Window lengths :func:`window_days` chooses from: a day, a week, two weeks, a month, a quarter, half a year, a year."""


def window_days(first: dt.date, last: dt.date, *, max_panels: int = 12) -> int:
    """The shortest of :data:`WINDOW_SIZES` that cuts ``first`` .. ``last`` into at most ``max_panels`` windows.

    >>> window_days(dt.date(2022, 1, 1), dt.date(2022, 1, 20)), window_days(dt.date(2021, 10, 24), dt.date(2022, 6, 24))
    (7, 30)
    """
    span = (last - first).days + 1
    for size in WINDOW_SIZES:
        if -(-span // size) <= max_panels:
            return size
    return -(-span // max_panels)


def publication_span(table: StatementTable, start: dt.date | str | None = None,
                     end: dt.date | str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The days a diagram spans by default: from the first to the last publication date of the documents
    (statements dated to past events the texts mention do not stretch it); ``start``/``end`` win when given.
    Without document dates, the statements' dates.

    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.eventType, CODEBOOK.DEMAND),
    ...              (SG.date, Literal("2015-01-01", datatype="http://www.w3.org/2001/XMLSchema#date"))]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> publication_span(statement_table(g), end="2022-02-01")
    (datetime.date(2015, 1, 1), datetime.date(2022, 2, 1))
    """
    start_day, end_day = parse_date_range(start, end)
    days = sorted(str(d["date"])[:10] for d in table.documents.values() if d.get("date"))
    if not days:
        days = sorted(r["date"] for r in table.rows if r["date"])
    first = start_day or (dt.date.fromisoformat(days[0]) if days else None)
    last = end_day or (dt.date.fromisoformat(days[-1]) if days else None)
    if first and last and first > last:  # --from after every document: span that day .. --from
        first, last = (first, first) if start_day else (last, last)
    return first, last
