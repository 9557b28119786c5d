"""Long documents in pieces: what the parser reads of one document, and the way back to its offsets.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters by default, error E088), and what
the rules do per document and per sentence grows faster than the text. So a document is parsed in pieces of
at most :data:`PIECE_CHARS` characters (and never more than ``nlp.max_length``), cut at the last paragraph
break (a blank line) before the limit, else the last line break, else the last sentence end (". "), else
the last space; only a stretch of that length with no space at all is cut where the limit falls. Nothing is
left out: the pieces cover the whole text, in order. A document shorter than the limit is one piece, read as
before. What a piece cannot see is the text of the pieces before it (a pronoun whose name stands in the
previous piece, an earlier date), the same as at any paragraph break far enough back.

Each piece is normalised for matching (:func:`stancegraph.read.normalize.normalized`: invisible characters
out, accents composed) and :func:`to_original` maps every span of its statements back to offsets into the
document's original text, re-reading each span's text from there.

>>> text = "Russia accused NATO.\\n\\nChina praised Russia."
>>> [(p.start, p.text) for p in pieces(text, size=30)]
[(0, 'Russia accused NATO.\\n\\n'), (22, 'China praised Russia.')]
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Iterator

from stancegraph.model import Span, Statement
from stancegraph.read.normalize import Normalized, normalized

__all__ = ["Piece", "PIECE_CHARS", "pieces", "to_original"]

#: The most characters the parser reads at once (the rules' cost grows with it; 100,000 is about 40 pages).
PIECE_CHARS = 100_000
# where a piece may end, best first: after a blank line, a line break, a sentence end, a space
_CUTS = ("\n\n", "\n", ". ", " ")


@dataclass(frozen=True, slots=True)
class Piece:
    """``text[start:end]`` of a document, normalised: ``text`` is what the parser reads."""

    start: int
    end: int
    norm: Normalized

    @property
    def text(self) -> str:
        return self.norm.text

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets into the document's text of ``self.text[start:end]``."""
        s, e = self.norm.original(start, end)
        return self.start + s, self.start + e


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece that starts at ``start`` ends: the best cut in ``text[start:limit]`` (linear in it)."""
    if limit >= len(text):
        return len(text)
    half = start + (limit - start) // 2  # a cut in the first half would make pieces too small: look further
    for mark in _CUTS:
        at = text.rfind(mark, half, limit)
        if at >= 0:
            return at + len(mark)
    return limit


def pieces(text: str, *, size: int = PIECE_CHARS) -> Iterator[Piece]:
    """The pieces of ``text`` (the masked text of a document), each at most ``size`` characters, in order.

    >>> [p.text for p in pieces("a b c d e f", size=4)]
    ['a b ', 'c d ', 'e f']
    """
    if size < 2:
        raise ValueError(f"size={size!r}: a piece needs at least 2 characters")
    start = 0
    while True:
        end = _cut(text, start, start + size)
        yield Piece(start, end, normalized(text[start:end]))
        if end >= len(text):
            return
        start = end


def to_original(st: Statement, piece: Piece, text: str) -> Statement:
    """``st`` (read from ``piece.text``) with every span's offsets into ``text`` and its words read from there.

    >>> from stancegraph.model import Actor, ActorKind, ActorRef
    >>> text = "Intro line here.\\n\\nRussia\\u200b accused NATO."
    >>> piece = list(pieces(text, size=30))[1]
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
    >>> st = Statement(document="d", sentence=Span(text=piece.text, start=0, end=20),
    ...                cue=Span(text="accused", start=7, end=14),
    ...                speaker=ActorRef(actor=russia, mention=Span(text="Russia", start=0, end=6)), type="ACCUSE")
    >>> moved = to_original(st, piece, text)
    >>> moved.cue, moved.speaker.mention.start, moved.sentence.end
    (Span(text='accused', start=26, end=33), 18, 39)
    """
    return _moved(st, piece, text)


def _moved(value, piece: Piece, text: str):
    """``value`` with every :class:`~stancegraph.model.Span` inside it moved (dataclasses, tuples)."""
    if isinstance(value, Span):
        start, end = piece.original(value.start, value.end)
        return Span(text=text[start:end], start=start, end=end)
    if isinstance(value, tuple):
        return tuple(_moved(v, piece, text) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            if isinstance(old, (Span, tuple)) or (dataclasses.is_dataclass(old) and _has_span(type(old))):
                new = _moved(old, piece, text)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _has_span(cls: type) -> bool:
    """Whether a dataclass can hold a Span (the model's ActorRef does; an Actor does not)."""
    return any("Span" in str(f.type) for f in dataclasses.fields(cls))
