"""Text as the parser should read it: invisible characters out, accents composed, odd line breaks as ``\\n``,
with a map from every offset of the result back to the original text.

News copied from web pages carries characters no reader sees: zero-width spaces (U+200B), direction marks
(U+200E, U+200F), bidi embeddings and overrides (U+202A-U+202E), word joiners, soft hyphens and byte order
marks inside the text (every character of Unicode category ``Cf``, format). Next to a name they hide it from
the matcher ("Russia\\u200b" is no "Russia"), and text in decomposed form (NFD, "Erdog" + U+0306 + "an")
spells names differently from the registry. :func:`normalized` drops the format characters, composes accents
(NFC, cluster by cluster) and turns U+0085 (next line), U+2028 and U+2029 (line and paragraph separators)
into ``\\n``, so they break sentences as a line break does instead of gluing two sentences into one.

The parser reads the result; :meth:`Normalized.original` maps its offsets back, so every statement keeps
offsets into the text exactly as read (the original is never changed).

>>> n = normalized("Russia\\u200b accused NATO.")
>>> n.text
'Russia accused NATO.'
>>> n.original(7, 14)
(8, 15)
"""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

__all__ = ["Normalized", "normalized", "LINE_BREAKS"]

#: Characters read as a line break ``\\n``: next line (U+0085), line separator, paragraph separator.
LINE_BREAKS = "\u0085\u2028\u2029"


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised ``text`` and, when it differs in length, the original offsets of each of its characters.

    ``starts[i]`` is where character ``i`` of ``text`` starts in the original and ``ends[i]`` where it ends;
    both are None when every character maps to the same offset (nothing was dropped or composed).
    """

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the stretch ``text[start:end]``.

        >>> normalized("Erdog\\u0306an met Putin.").original(0, 7)
        (0, 8)
        """
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return at, at
        return self.starts[start], self.ends[end - 1]


@functools.cache
def _classes() -> tuple[frozenset[str], frozenset[str], dict[int, str]]:
    """Format characters, combining marks, and a ``str.translate`` table that flags both and the line breaks."""
    fmt, marks = set(), set()
    for code in (*range(0x30000), *range(0xE0000, 0xE0200)):  # no other plane has any of them
        char = chr(code)
        category = unicodedata.category(char)
        if category == "Cf":
            fmt.add(char)
        elif category in ("Mn", "Me") or unicodedata.combining(char):
            marks.add(char)
    table = {ord(c): "\0" for c in (*fmt, *marks, *LINE_BREAKS)}
    return frozenset(fmt), frozenset(marks), table


_FLAGGED = re.compile("\0+")


def normalized(text: str) -> Normalized:
    """``text`` with format characters (Unicode ``Cf``) dropped, accents composed (NFC) and U+0085, U+2028,
    U+2029 read as ``\\n``; see :class:`Normalized` for the offset map. Linear in the length of ``text``.

    >>> normalized("China praised Russia\\u2028Ukraine condemned it.").text
    'China praised Russia\\nUkraine condemned it.'
    >>> normalized("Putin told Sauli Niinist \\u00f6 about it.").original(11, 25)
    (11, 26)
    >>> n = normalized("Erdog\\u0306an\\u200f spoke.")
    >>> n.text, n.original(0, 7)
    ('Erdoğan spoke.', (0, 8))
    """
    if text.isascii():
        return Normalized(text)
    fmt, marks, table = _classes()
    out = _Builder(text)
    for m in _FLAGGED.finditer(text.translate(table)):  # C speed: only the flagged runs are looked at
        s, e = m.span()
        i = s
        if text[s] in marks and s > out.pos:  # marks after an unflagged base character: compose the cluster
            while i < e and text[i] in marks:
                i += 1
            cluster = text[s - 1:i]
            composed = unicodedata.normalize("NFC", cluster)
            if composed != cluster:
                out.replace(s - 1, i, composed)
        for k in range(i, e):
            if text[k] in LINE_BREAKS:
                out.replace(k, k + 1, "\n")
            elif text[k] in fmt:
                out.replace(k, k + 1, "")
    return _joined_letters(out.result())


# A space a web page put before the last, accented letter of a word: "Sauli Niinist ö" (the Kremlin's site)
_SPLIT_LETTER = re.compile(r"(?<=[a-z]) (?=[\u00e0-\u00ff\u0100-\u017f](?![^\W\d_]))")


def _joined_letters(first: Normalized) -> Normalized:
    """``first`` with each space before a lone accented letter ending a word taken out ("Niinist ö" -> "Niinistö";
    "à" stays a word), its offsets still mapped to the original text."""
    drops = [m.start() for m in _SPLIT_LETTER.finditer(first.text) if first.text[m.end()] != "\u00e0"]
    if not drops:
        return first
    out = _Builder(first.text)
    for k in drops:
        out.replace(k, k + 1, "")
    second = out.result()
    assert second.starts is not None and second.ends is not None
    starts = first.starts or range(len(first.text))
    ends = first.ends or range(1, len(first.text) + 1)
    return Normalized(second.text, tuple(starts[i] for i in second.starts), tuple(ends[i - 1] for i in second.ends))


class _Builder:
    """The normalised text and its offset map, built left to right."""

    def __init__(self, text: str):
        self.text, self.pos, self.changed = text, 0, False
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def replace(self, start: int, end: int, new: str) -> None:
        """``text[start:end]`` (at or after everything done so far) becomes ``new``."""
        _keep(self.parts, self.starts, self.ends, self.text, self.pos, start)
        self.parts.append(new)
        self.starts.extend(start + min(i, end - start - 1) for i in range(len(new)))
        self.ends.extend(end if i == len(new) - 1 else start + i + 1 for i in range(len(new)))
        self.changed = self.changed or len(new) != end - start
        self.pos = end

    def result(self) -> Normalized:
        if not self.parts:
            return Normalized(self.text)
        _keep(self.parts, self.starts, self.ends, self.text, self.pos, len(self.text))
        out = "".join(self.parts)
        return Normalized(out, tuple(self.starts), tuple(self.ends)) if self.changed else Normalized(out)


def _keep(parts: list[str], starts: list[int], ends: list[int], text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]`` unchanged, with its own offsets."""
    if end > start:
        parts.append(text[start:end])
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
