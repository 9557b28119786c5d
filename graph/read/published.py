"""The publication date printed near the top of a text ("Updated 17:36, 04-Jan-2022", "MOSCOW, January 4, 2022 -")."""
from __future__ import annotations

import datetime as dt
import re

from stancegraph.read.clean import boilerplate_matches

__all__ = ["find_publication_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], 1)
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # January 4, 2022
    rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",  # 4 January 2022
    rf"{_DAY}-{_MONTH}-{_YEAR}",  # 04-Jan-2022
    rf"{_YEAR}-(?P<m>\d{{1,2}})-{_DAY}",  # 2022-01-04
    rf"{_YEAR}/(?P<m>\d{{1,2}})/{_DAY}",  # 2022/01/04
    rf"{_DAY}\.(?P<m>\d{{1,2}})\.{_YEAR}",  # 04.01.2022 (day first)
    rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}",  # 01/24/2022 or 24/01/2022, if unambiguous
]
_DATES = [re.compile(form, re.IGNORECASE) for form in _DATE_FORMS]
_LABEL = re.compile(
    r"^(?:(?:updated|published|posted|last updated|first published|released|issued|date|dated)"
    r"(?:\s+(?:on|at))?\s*:?\s*)?(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[a-z]{2,4}\s*)?[,|]?\s*)?",
    re.IGNORECASE,
)
_TAIL_OK = re.compile(r"^[^.!?;]{0,60}$")
_TAIL_WORD = re.compile(r"\b[a-z]{2,}\b")
_TAIL_ALLOWED = {"am", "pm", "at", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "msk", "bjt", "local", "time",
                 "updated", "by"}
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,30}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s+")
_DATELINE_END = re.compile(r"^\s*(?:\([^()]{1,30}\))?\s*(?:--|[-–—:])")
_TOP_LINES = 10  # non-blank lines searched
_TOP_CHARS = 2000


def _match_date(text: str) -> tuple[dt.date, int] | None:
    """A date at the very start of ``text``: ``(date, length)``; None if absent, invalid or ambiguous."""
    for pattern in _DATES:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        year, day = int(groups["year"]), groups.get("day")
        if groups.get("mon"):
            month = _MONTHS[groups["mon"].lower()]
        elif groups.get("m"):
            month = int(groups["m"])
        else:  # a/b/year: only if one side cannot be a month
            a, b = int(groups["a"]), int(groups["b"])
            if (a > 12) == (b > 12):
                return None
            day, month = (a, b) if a > 12 else (b, a)
        try:
            return dt.date(year, month, int(day)), m.end()
        except ValueError:
            return None
    return None


def find_publication_date(text: str) -> dt.date | None:
    """Return the publication date printed near the top of ``text``, or None; conservative.

    Only the first ten non-blank lines that are not captions are searched, and only for

    * a line that is a date (optionally labelled and timed, with a short tail such as a place):
      ``"January 4, 2022"``, ``"Updated 17:36, 04-Jan-2022"``, ``"04.01.2022, 14:00, Moscow"``;
    * a dateline with a year: ``"MOSCOW, January 4, 2022 (Reuters) -"``.

    Dates inside sentences ("On December 30, 2021, Putin ...") are events, not publication dates, and
    are ignored. ``dd.mm.yyyy`` is read day first; ``a/b/yyyy`` only when one side is above 12.

    >>> find_publication_date("Putin calls Biden\\nUpdated 17:36, 04-Jan-2022\\nPutin called Biden.")
    datetime.date(2022, 1, 4)
    >>> print(find_publication_date("Putin calls Biden\\nOn December 30, 2021, Putin called Biden."))
    None
    """
    top = text[:_TOP_CHARS]
    skip = {(s, e) for s, e, rule in boilerplate_matches(top) if rule not in {"timestamp", "byline", "credit"}}
    seen = 0
    for m in re.finditer(r"[^\r\n]+", top):
        line = m.group().strip().lstrip("\ufeff").strip()
        if not line:
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        if any(s <= m.start() and m.end() <= e for s, e in skip):
            continue
        found = _date_line(line) or _dateline(line)
        if found:
            return found
    return None


def _date_line(line: str) -> dt.date | None:
    rest = line[_LABEL.match(line).end():]
    found = _match_date(rest)
    if not found:
        return None
    tail = rest[found[1]:]
    if not _TAIL_OK.match(tail.rstrip(".")):
        return None
    if any(word not in _TAIL_ALLOWED for word in _TAIL_WORD.findall(tail)):
        return None
    return found[0]


def _dateline(line: str) -> dt.date | None:
    m = _DATELINE.match(line)
    if not m:
        return None
    found = _match_date(line[m.end():])
    if found and _DATELINE_END.match(line[m.end() + found[1]:]):
        return found[0]
    return None
