"""Which document is which: ids unique from the path, and the same id or text read twice.

A document's id comes from its record (JSONL ``id``) or its file name; two files of the same name in two folders
(``a/news.txt``, ``b/news.txt``) get the last folders that tell them apart (:func:`unique_stems`: ``a/news``,
``b/news``). A JSONL id used twice, or a text already read under another id, is a problem that skips the later
document before anything of it is extracted or written (:class:`Duplicates`): ids name documents in the
graph (``dcterms:identifier``), and a document's IRI is the hash of its text, so either would merge two
documents into one.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from stancegraph.errors import InputError
from stancegraph.model import Document

__all__ = ["unique_stems", "file_stem", "Duplicates"]

_SUFFIXES = (".jsonl.gz", ".ndjson", ".jsonl", ".txt", ".html", ".htm")


def file_stem(path: str) -> str:
    """The file name without its input suffix: ``news`` of ``a/news.jsonl.gz``."""
    name = os.path.basename(path)
    for suffix in _SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem


def unique_stems(paths: list[str]) -> dict[str, str]:
    """The id of each file's documents: its name without the suffix; where files share that name
    (``a/news.txt``, ``b/news.txt``), the fewest last folders of their paths that tell them apart, then the
    name (``a/news``, ``b/news``). Documents of a JSONL file without an ``id`` get it and their line number.

    >>> unique_stems(["x/a/news.txt", "y/a/news.txt", "b/news.html", "talks.jsonl"])
    {'x/a/news.txt': 'x/a/news', 'y/a/news.txt': 'y/a/news', 'b/news.html': 'b/news', 'talks.jsonl': 'talks'}
    """
    groups: dict[str, list[str]] = {}
    for path in dict.fromkeys(paths):
        groups.setdefault(file_stem(path), []).append(path)
    out = {}
    for stem, group in groups.items():
        if len(group) == 1:
            out[group[0]] = stem
            continue
        folders = {p: Path(os.path.normpath(p)).parts[:-1] for p in group}
        for k in range(1, max(len(f) for f in folders.values()) + 1):
            ids = {p: "/".join((*f[-k:], stem)).lstrip("/") for p, f in folders.items()}
            if len(set(ids.values())) == len(group):
                break
        out.update(ids)
    return out


class Duplicates:
    """Document ids and texts read so far: a repeated id or a repeated text is a problem, found before anything
    of the document is extracted or written.

    >>> seen = Duplicates()
    >>> seen.problem(Document(id="a", text="China praised Russia.", origin="x.jsonl:1")) is None
    True
    >>> print(seen.problem(Document(id="a", text="Russia replied.", origin="x.jsonl:2")))
    x.jsonl:2: document id 'a' is already used by x.jsonl:1; skipped it — give each document its own id
    >>> print(seen.problem(Document(id="b", text="China praised Russia.", origin="y.txt")))
    y.txt: same text as document 'a' (x.jsonl:1); skipped 'b' as a duplicate
    """

    def __init__(self):
        self.ids: dict[str, tuple[str, str]] = {}  # id -> (origin, text digest)
        self.texts: dict[str, str] = {}  # text digest -> id

    def problem(self, document: Document) -> InputError | None:
        """The error that skips ``document`` (an id already read, or a text already read), else None; the
        first document of an id or text is the one kept."""
        digest = hashlib.sha1(document.text.encode("utf-8", "surrogatepass")).hexdigest()
        where = document.origin or document.id
        if document.id in self.ids:
            first, first_digest = self.ids[document.id]
            if first_digest == digest:
                return InputError(f"{where}: document {document.id!r} again, same text as {first}; "
                                  "skipped the repeat (remove it from the input)")
            return InputError(f"{where}: document id {document.id!r} is already used by {first}; skipped it — "
                              "give each document its own id")
        if digest in self.texts:
            other = self.texts[digest]
            return InputError(f"{where}: same text as document {other!r} ({self.ids[other][0]}); "
                              f"skipped {document.id!r} as a duplicate")
        self.ids[document.id] = (where, digest)
        self.texts[digest] = document.id
        return None
