"""Which rows of a statement table a view keeps (types, dates, statuses), and who their endpoints are.

Every view, metric and export takes the same filter keywords (``types``, ``start``, ``end``,
``statuses``, ``document_dates``) and the same ``roll_up`` switch; this module checks them once
(:func:`statement_filter`) and applies them (:meth:`StatementFilter.keep`, :func:`endpoints`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from stancegraph.analysis.sectors import sector_ends
from stancegraph.analysis.table import StatementTable
from stancegraph.errors import InputError
from stancegraph.kb.codebook import EventType, load_codebook

__all__ = [
    "StatementFilter", "statement_filter", "filter_from_options", "endpoints", "roll_up_targets", "wanted_types",
    "parse_day", "parse_date_range", "STATUSES",
]

STATUSES = ("asserted", "reported", "scheduled", "hypothetical")
"""The ``sg:status`` values a filter accepts."""


class StatementFilter(NamedTuple):
    """A checked filter over statement rows; :func:`statement_filter` makes one from user input."""

    wanted: set[str] | None  # code-book type names to keep; None keeps all
    start: dt.date | None
    end: dt.date | None
    statuses: set[str] | None  # sg:status values to keep; None keeps all
    document_dates: bool  # date undated statements by their document

    def keep(self, row: dict) -> bool:
        """Whether ``row`` (of a :class:`StatementTable`) passes the filter."""
        if self.wanted is not None and row["type"] not in self.wanted:
            return False
        if self.statuses is not None and row["status"] not in self.statuses:
            return False
        if self.start or self.end:
            day = row["date"] if self.document_dates else row["statement_date"]
            if day is None or (self.start and day < self.start.isoformat()) or (self.end and day > self.end.isoformat()):
                return False
        return True

    def attrs(self) -> dict[str, Any]:
        """Graph attributes that record the filter."""
        return {
            "types": sorted(self.wanted) if self.wanted is not None else None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


def statement_filter(
    types: Iterable[str] | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    statuses: Iterable[str] | None = None,
    document_dates: bool = True,
) -> StatementFilter:
    """Check the filter keywords of the views (see :func:`stancegraph.analysis.views.actor_graph`).

    Raises
    ------
    InputError
        If a type is not in the code book, a status is unknown, a date is not ISO, or ``start`` is after ``end``.

    Examples
    --------
    >>> keep = statement_filter(types=["verbal-coop"], start="2022-01-01")
    >>> keep.keep({"type": "AGREE", "status": None, "date": "2022-02-01", "statement_date": None})
    True
    >>> keep.keep({"type": "DEMAND", "status": None, "date": "2022-02-01", "statement_date": None})
    False
    """
    start_day, end_day = parse_date_range(start, end)
    wanted_status = None
    if statuses is not None:
        wanted_status = {str(s).strip().lower() for s in ([statuses] if isinstance(statuses, str) else statuses)}
        bad = sorted(wanted_status - set(STATUSES))
        if bad:
            raise InputError(f"statuses: unknown status {bad[0]!r}; use {', '.join(STATUSES)}")
    return StatementFilter(wanted_types(types, load_codebook()), start_day, end_day, wanted_status, bool(document_dates))


def filter_from_options(options: dict[str, Any], caller: str) -> StatementFilter:
    """The filter given by the keywords ``types``, ``start``, ``end``, ``statuses`` and ``document_dates``
    of ``options`` (removed from it); any other keyword left is refused, naming ``caller``.

    >>> filter_from_options({"start": "2022-01-01"}, "f").start
    datetime.date(2022, 1, 1)
    >>> filter_from_options({"colour": "red"}, "f")
    Traceback (most recent call last):
    stancegraph.errors.InputError: f: unknown options ['colour']
    """
    keep = statement_filter(options.pop("types", None), options.pop("start", None), options.pop("end", None),
                            options.pop("statuses", None), options.pop("document_dates", True))
    if options:
        raise InputError(f"{caller}: unknown options {sorted(options)}")
    return keep


def endpoints(row: dict, table: StatementTable, roll_up: bool | str) -> tuple[str, list[str]]:
    """Speaker and targets of ``row``; when ``roll_up`` (True or ``"state"``), every actor with a known state on
    the statement's date replaced by it: the statement's ``sg:onBehalfOf``/``sg:targetOnBehalfOf``, else what is
    known of the actor (:func:`stancegraph.analysis.rollup.state_at`: persons' dated posts, organs, minted
    actors); with ``roll_up="sector"``, by the node of that state and the sector the actor acted in
    (:func:`stancegraph.analysis.sectors.sector_ends`), the state where no sector is known. One resolution of
    states serves both roll-ups."""
    speaker, targets = row["speaker"], list(row["targets"])
    if not roll_up:
        return speaker, targets
    states = _states_of_ends(row, table)
    if roll_up == "sector":
        ends = sector_ends(row, states, table.actors)
    else:
        ends = [state or actor for actor, state in zip([speaker, *targets], states)]
    return ends[0], sorted(set(ends[1:]))


def _states_of_ends(row: dict, table: StatementTable) -> list[str | None]:
    """The state the speaker and each target of ``row`` stood for on the statement's date, or None."""
    from stancegraph.analysis.rollup import state_at, state_iris

    day, targets = row["date"], list(row["targets"])
    speaker_state = row["speaker_state"] or state_at(row["speaker"], day, table)
    known = state_iris(table)
    paired = roll_up_targets(targets, set(row["target_states"]), known, table.state_of)
    target_states = [p if p in known else state_at(t, day, table) for t, p in zip(targets, paired)]
    return [speaker_state, *target_states]


def roll_up_targets(
    targets: list[str], on_behalf: set[str], states: set[str], state_of: Mapping[str, frozenset[str]]
) -> list[str]:
    """Pair each target with the sg:targetOnBehalfOf state it represented (the property is not per target).

    A state stays itself; an organ or person goes to the listed state it belongs to (sg:partOf, its
    posts); if exactly one target is left and exactly one listed state is not claimed by another
    organ or person, they are paired; any other target stays as it is.

    >>> roll_up_targets(["biden", "kremlin"], {"USA", "RUS"}, {"USA", "RUS"}, {"kremlin": frozenset({"RUS"})})
    ['USA', 'RUS']
    """
    if not on_behalf:
        return targets
    mapped = {t: t for t in targets if t in states or t in on_behalf}
    claimed: set[str] = set()  # states taken by non-state targets
    for t in targets:
        if t not in mapped:
            candidates = sorted(set(state_of.get(t, frozenset())) & on_behalf)
            if len(candidates) == 1:
                mapped[t] = candidates[0]
                claimed.add(candidates[0])
    rest = [t for t in targets if t not in mapped]
    free = sorted(on_behalf - claimed)
    if len(rest) == 1 and len(free) == 1:
        mapped[rest[0]] = free[0]
    return [mapped.get(t, t) for t in targets]


def wanted_types(types: Iterable[str] | str | None, book: Mapping[str, EventType]) -> set[str] | None:
    """Code-book type names meant by ``types``: type names and quad classes, case-insensitive; None = all.

    >>> sorted(wanted_types(["demand", "material-coop"], load_codebook()))
    ['AID', 'COOPERATE', 'DEMAND', 'INVESTIGATE', 'RETREAT']
    """
    if types is None:
        return None
    if isinstance(types, str):
        types = [types]
    quads = sorted({e.quad for e in book.values()})
    wanted: set[str] = set()
    for name in types:
        key = str(name).strip()
        if key.upper() in book:
            wanted.add(key.upper())
        elif key.lower() in quads:
            wanted.update(n for n, e in book.items() if e.quad == key.lower())
        else:
            raise InputError(
                f"types: unknown event type {name!r}; use code-book names ({', '.join(book)}) "
                f"or quad classes ({', '.join(quads)})"
            )
    return wanted


def parse_day(value: dt.date | str | None, name: str) -> dt.date | None:
    """``value`` as a date (a ``date``, a ``datetime`` or an ISO string); None or "" give None.

    >>> parse_day("2022-01-31T10:00", "start")
    datetime.date(2022, 1, 31)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{name}={value!r} is not an ISO date such as '2022-01-31'") from None


def parse_date_range(start: dt.date | str | None, end: dt.date | str | None) -> tuple[dt.date | None, dt.date | None]:
    """``start`` and ``end`` as dates (see :func:`parse_day`), checked to be in order.

    >>> parse_date_range("2022-02-01", "2022-01-01")
    Traceback (most recent call last):
    stancegraph.errors.InputError: start=2022-02-01 is after end=2022-01-01
    """
    start_day, end_day = parse_day(start, "start"), parse_day(end, "end")
    if start_day and end_day and start_day > end_day:
        raise InputError(f"start={start_day.isoformat()} is after end={end_day.isoformat()}")
    return start_day, end_day
