"""Resolve date expressions ("on December 30", "January 2", "December 7, 2021") against a reference date."""
from __future__ import annotations

import datetime as dt
import functools
import re

__all__ = ["resolve_date", "resolve_when", "explicit_dates", "explicit_dates_at"]

_MONTHS = "january february march april may june july august september october november december".split()
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS) + "|" + "|".join(m[:3].capitalize() + r"\.?" for m in _MONTHS)
_DAY_MONTH = re.compile(rf"\b(?:(\d{{1,2}})\s+({_MONTH_RE})|({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?)\b(?:,?\s+(\d{{4}}))?")
_RELATIVE = re.compile(r"\b(yesterday|today|tomorrow|last|next|this|ago|earlier|previously|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY = re.compile(r"\b(?:(last|next|this|on)\s+)?(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _deictic(expression: str, reference: dt.date, future: bool = False) -> dt.date | None:
    """'yesterday', 'on Monday' (the last Monday on or before the reference, as news reports past
    events), 'next Friday' (the first Friday after it)."""
    low = expression.lower()
    for word, delta in _OFFSETS.items():
        if re.search(rf"\b{word}\b", low):
            return reference + dt.timedelta(days=delta)
    m = _WEEKDAY.search(low)
    if not m:
        return None
    target = _WEEKDAYS.index(m.group(2))
    if m.group(1) == "next" or (future and m.group(1) != "last"):
        return reference + dt.timedelta(days=(target - reference.weekday() - 1) % 7 + 1)
    back = (reference.weekday() - target) % 7
    if m.group(1) == "last" and back == 0:
        back = 7
    return reference - dt.timedelta(days=back)


def _month_number(name: str) -> int:
    return _MONTHS.index(next(m for m in _MONTHS if m.startswith(name.rstrip(".").lower()[:3]))) + 1


def _closest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """A day-month without a year is taken in the year that puts it closest to ``ref``."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def explicit_dates(text: str) -> list[dt.date]:
    """Full dates with a year written out in ``text`` ("December 30, 2021", "30 December 2021")."""
    return [day for _, day in explicit_dates_at(text)]


def explicit_dates_at(text: str) -> list[tuple[int, dt.date]]:
    """``(end offset, date)`` of every full date with a year in ``text``, in text order."""
    out = []
    for m in _DAY_MONTH.finditer(text):
        if m.group(5):
            try:
                day = int(m.group(1) or m.group(4))
                out.append((m.end(), dt.date(int(m.group(5)), _month_number(m.group(2) or m.group(3)), day)))
            except ValueError:
                continue
    return out


@functools.lru_cache(maxsize=4096)
def resolve_date(expression: str, reference: dt.date | None, future: bool = False) -> dt.date | None:
    """The calendar day an expression names, relative to ``reference`` (the publication date).

    Day-month expressions without a year take the year closest to the reference; relative ones
    ("yesterday", "last Tuesday") go through dateparser; month-only or vague ones give None.

    >>> resolve_date("December 30", dt.date(2022, 1, 4))
    datetime.date(2021, 12, 30)
    >>> resolve_date("on January 2", dt.date(2021, 12, 30))
    datetime.date(2022, 1, 2)
    >>> resolve_date("December 7, 2021", None)
    datetime.date(2021, 12, 7)
    >>> resolve_date("that month", dt.date(2022, 1, 4)) is None
    True
    >>> resolve_date("on Monday", dt.date(2022, 2, 9)), resolve_date("yesterday", dt.date(2022, 2, 9))
    (datetime.date(2022, 2, 7), datetime.date(2022, 2, 8))
    """
    m = _DAY_MONTH.search(expression)
    if m:
        try:
            month = _month_number(m.group(2) or m.group(3))
            day = int(m.group(1) or m.group(4))
            if m.group(5):
                return dt.date(int(m.group(5)), month, day)
            if reference is not None:
                return _closest_year(month, day, reference)
        except ValueError:
            return None
        return None
    if reference is None or not _RELATIVE.search(expression):
        return None
    day = _deictic(expression, reference, future)
    if day is not None:
        return day
    if re.search(r"\b(earlier|previously|last (week|month|year)|this (week|month|year))\b", expression, re.I):
        return None  # relative order only, no fixed day
    import dateparser  # slow to import (about 1 s): only for the expressions the rules above cannot place

    settings = {"RELATIVE_BASE": dt.datetime.combine(reference, dt.time()), "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day"], "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


_MONTH_ONLY = re.compile(rf"\b({_MONTH_RE})\b(?:\s+(\d{{4}}))?", re.I)
_YEAR_ONLY = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_BEFORE = re.compile(r"\b(earlier|previously|before|recently|last (week|month|year)|ago|formerly|in the past)\b", re.I)
_AFTER = re.compile(r"\b(later|next (week|month|year)|upcoming|forthcoming|soon|in the coming)\b", re.I)


def resolve_when(expression: str, reference: dt.date | None, future: bool = False) -> tuple[dt.date | None, str | None, str | None]:
    """``(date, granularity, relation)`` for a time expression.

    A day gives granularity "day"; a month alone gives the first of that month with "month" (the
    year closest to the reference); a year alone "year". When no date can be fixed, ``relation``
    gives the relative order to the publication: "before" (earlier, previously, last week) or
    "after" (next week, upcoming).

    >>> resolve_when("on December 30", dt.date(2022, 1, 4))
    (datetime.date(2021, 12, 30), 'day', None)
    >>> resolve_when("in December", dt.date(2022, 1, 4))
    (datetime.date(2021, 12, 1), 'month', None)
    >>> resolve_when("previously", dt.date(2022, 1, 4))
    (None, None, 'before')
    >>> resolve_when("next week", None)
    (None, None, 'after')
    """
    day = resolve_date(expression, reference, future)
    if day is not None:
        return day, "day", None
    m = _MONTH_ONLY.search(expression)
    if m and not re.search(r"\bmay\b", m.group(0)) or (m and m.group(0)[0].isupper()):
        month = _month_number(m.group(1))
        if m.group(2):
            return dt.date(int(m.group(2)), month, 1), "month", None
        if reference is not None:
            first = _closest_year(month, 1, reference)
            return first, "month", None
    y = _YEAR_ONLY.search(expression)
    if y:
        return dt.date(int(y.group(1)), 1, 1), "year", None
    if _BEFORE.search(expression):
        return None, None, "before"
    if _AFTER.search(expression):
        return None, None, "after"
    return None, None, None
