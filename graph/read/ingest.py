"""Read documents from paths or stdin (.txt, .html, .jsonl, .jsonl.gz, folders of them, ``-``) -> Iterator[Document].

The text is kept exactly as read (no normalisation; ``\\r\\n`` and a UTF-8 byte order mark stay, the mark
is masked), so every offset computed later refers to the original input. Boilerplate is found by
:func:`stancegraph.read.clean.boilerplate_spans` and stored in ``Document.masked``.

Inputs
    ``.txt``
        one document; id = file stem; title = the first non-boilerplate line if it looks like a headline.
    ``.html`` / ``.htm``
        a saved web page: its main text (trafilatura), title, date, URL and site from the page's metadata
        (:mod:`stancegraph.read.html`); the extracted text is the document's text, offsets refer to it.
    ``.jsonl`` / ``.jsonl.gz`` / ``.ndjson``
        one JSON object a line: ``id``, ``text``, optional ``date`` (ISO), ``title``, ``source``, ``url``.
        A line without ``id`` gets ``<file stem>-<line number>``.
    folder
        its .txt, .html, .htm, .jsonl and .jsonl.gz files, recursively, sorted by path; hidden files are skipped.

Ids
    Files of the same name in different folders get ids from the last folders that tell them apart
    (``a/news``, ``b/news``); a JSONL id already read, or a text already read under another id, skips the
    later document with an ``InputError`` (:mod:`stancegraph.read.identity`).
    ``-``
        stdin: JSONL if every non-empty line is a JSON object, else one text document with id ``stdin``.

Publication date
    the record's ``date`` > the ``date`` argument > a date found near the top of the text
    (:func:`find_publication_date`) > None.

Errors
    A path that does not exist raises :class:`~stancegraph.errors.InputError` at once, before anything
    is read. Every other bad input (empty file, binary file, text that is not UTF-8, malformed JSONL
    line, missing ``text``, bad ``date``, a repeated id or text, a truncated gzip) becomes an ``InputError`` with one line naming the input and
    the fix; it is passed to ``on_error`` (default: ``warnings.warn`` with :class:`InputWarning`) and
    the bad document is skipped, the rest is loaded. Pass ``on_error=raise_error`` to stop instead.
"""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import os
import sys
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from stancegraph.read.clean import boilerplate_spans, headline_span
from stancegraph.read.html import HTML_SUFFIXES, html_document
from stancegraph.read.identity import Duplicates, file_stem, unique_stems
from stancegraph.read.published import find_publication_date
from stancegraph.errors import InputError
from stancegraph.model import Document

__all__ = ["FOLDER_SUFFIXES", "load_documents", "read_text", "find_publication_date", "InputWarning", "raise_error"]

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
FOLDER_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm")
"""What a folder's files must end with to be read."""
_STDIN = "<stdin>"
_SNIFF = 8192  # bytes of a JSONL file checked for NUL bytes


class InputWarning(UserWarning):
    """A bad document was skipped (the default report of :func:`load_documents`)."""


def raise_error(error: InputError) -> None:
    """An ``on_error`` handler that stops loading at the first bad document."""
    raise error


def _warn(error: InputError) -> None:
    warnings.warn(str(error), InputWarning, stacklevel=4)


def load_documents(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    date: dt.date | str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Yield a :class:`~stancegraph.model.Document` for every document in ``paths``.

    Parameters
    ----------
    paths
        files (.txt, .jsonl, .jsonl.gz), folders, or ``"-"`` for stdin; a single path is accepted too.
    date
        publication date of documents whose metadata has none; a date or an ISO string.
    on_error
        called with the :class:`~stancegraph.errors.InputError` of each bad document, which is then
        skipped; default: ``warnings.warn`` (:class:`InputWarning`).

    Raises
    ------
    InputError
        at once, if a path does not exist or ``date`` is not a date.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "talks.txt").write_text("Share\\nPutin calls Biden\\nPutin called Biden.\\n")
    >>> [(d.id, d.title, d.masked) for d in load_documents([str(folder)])]
    [('talks', 'Putin calls Biden', ((0, 5),))]
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    names = [os.fspath(p) for p in paths]
    day = _argument_date(date)
    missing = [p for p in names if p != "-" and not os.path.exists(p)]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}; check the path "
                         "(inputs are .txt, .html, .jsonl or .jsonl.gz files, folders of them, or - for stdin)")
    return _load(names, day, on_error or _warn)


def _load(names: list[str], day: dt.date | None, on_error: Callable[[InputError], None]) -> Iterator[Document]:
    reported: list[InputError] = []  # the last error reported

    def report(error: InputError) -> None:
        reported[:] = [error]
        on_error(error)  # may raise (raise_error): then it must not be reported twice

    inputs: list[tuple[str, list[str]]] = []
    for name in names:
        files = _folder_files(name) if name != "-" and os.path.isdir(name) else [name]
        inputs.append((name, files))
    stems = unique_stems([f for _, files in inputs for f in files])
    seen = Duplicates()
    for name, files in inputs:
        if not files:
            report(InputError(f"{name}: folder has no .txt, .html, .jsonl or .jsonl.gz files; "
                              "check the folder or name the files"))
        for path in files:
            try:
                for document in _load_file(path, stems.get(path, "stdin"), day, report):
                    problem = seen.problem(document)
                    if problem is None:
                        yield document
                    else:
                        report(problem)
            except InputError as error:
                if reported and error is reported[0]:
                    raise
                report(error)


def _folder_files(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(root, f) for f in files
                  if not f.startswith(".") and f.lower().endswith(FOLDER_SUFFIXES)]
    return sorted(found, key=lambda p: Path(os.path.relpath(p, folder)).parts)


def _load_file(path: str, stem: str, day: dt.date | None, report: Callable[[InputError], None]
               ) -> Iterator[Document]:
    if path == "-":
        raw = _read_stdin()
        text = _decode(raw, _STDIN)
        if _is_jsonl(text):
            lines = ((n, line.encode("utf-8")) for n, line in enumerate(text.split("\n"), 1))
            yield from _jsonl_documents(lines, _STDIN, "stdin", day, report)
        else:
            yield _text_document(text, doc_id="stdin", origin=_STDIN, day=day)
        return
    lower = path.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        yield from _jsonl_documents(_jsonl_lines(path), path, stem, day, report)
    elif lower.endswith(".gz"):
        raise InputError(f"{path}: only .jsonl.gz is read compressed; decompress it (gunzip) or rename it")
    elif lower.endswith(HTML_SUFFIXES):
        yield html_document(_read_bytes(path), path, doc_id=stem, day=day)
    else:
        yield _text_document(_decode(_read_bytes(path), path), doc_id=stem, origin=path, day=day)


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        raise InputError(f"{path}: cannot read it ({e.strerror}); check its permissions") from None


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{_STDIN}: no standard input; pass a file instead of -")
    buffer = getattr(stream, "buffer", None)
    return buffer.read() if buffer is not None else stream.read().encode("utf-8")


def _decode(raw: bytes, name: str) -> str:
    """Check that ``raw`` is non-empty UTF-8 text and decode it unchanged."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text; convert it: iconv -f utf-16 -t utf-8 {name} > {file_stem(name)}.utf8.txt")
    nul = raw.find(b"\0")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}); give a UTF-8 .txt or .jsonl file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        offset = e.start
        raise InputError(_not_utf8(name, name, raw[offset], offset, raw.count(b"\n", 0, offset) + 1)) from None
    if not text.lstrip("\ufeff").strip():
        raise InputError(f"{name}: empty file (no text); remove it or give it text")
    return text


def _not_utf8(where: str, path: str, byte: int, offset: int, line: int) -> str:
    if path == _STDIN:
        fix = "pipe it through iconv -f latin1 -t utf-8"
    else:
        target = f"{file_stem(path)}.utf8{'.jsonl' if path.lower().endswith(_JSONL_SUFFIXES) else '.txt'}"
        fix = f"convert it, e.g. iconv -f latin1 -t utf-8 {path} > {target}"
    return f"{where}: not UTF-8 (byte 0x{byte:02x} at byte offset {offset}, line {line}); {fix}"


def _is_jsonl(text: str) -> bool:
    lines = [line.strip().lstrip("\ufeff") for line in text.split("\n") if line.strip()]
    if not lines or not all(line.startswith("{") for line in lines):
        return False
    try:
        return all(isinstance(json.loads(line), dict) for line in lines)
    except ValueError:
        return False


def _jsonl_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line number, raw line)``; raises InputError for empty, binary or broken gzip files."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    seen = False
    number = 0
    try:
        with opener(path, "rb") as f:
            nul = f.peek(_SNIFF)[:_SNIFF].find(b"\0")  # before a line is read: a binary file may have no line break
            if nul >= 0:
                raise InputError(f"{path}: binary file (NUL byte at offset {nul}); "
                                 "give a UTF-8 .jsonl file (one JSON object a line)")
            for number, line in enumerate(f, 1):
                seen = seen or bool(line.strip())
                yield number, line
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        if number:
            raise InputError(f"{path}: broken or truncated gzip after line {number} ({e}); the lines before were "
                             "read, the rest is lost: re-compress the complete file with gzip") from None
        raise InputError(f"{path}: not a valid gzip file ({e}); re-compress it with gzip, "
                         "or rename it to .jsonl if it is not compressed") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read it ({e.strerror or e}); check its permissions") from None
    if not seen:
        raise InputError(f"{path}: empty file (no JSON lines); remove it or give it one JSON object a line")


def _jsonl_documents(
    lines: Iterable[tuple[int, bytes]], name: str, stem: str, day: dt.date | None,
    report: Callable[[InputError], None],
) -> Iterator[Document]:
    offset = 0
    for number, raw in lines:
        start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise InputError(_not_utf8(where, name, raw[e.start], start + e.start, number)) from None
            yield _record_document(line.rstrip("\r\n").lstrip("\ufeff"), where, f"{stem}-{number}", day)
        except InputError as error:
            report(error)


def _record_document(line: str, where: str, default_id: str, day: dt.date | None) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: malformed JSON ({e.msg}, column {e.colno}); fix or remove the line") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}; "
                         'write one {"id": ..., "text": ...} object a line')
    if "text" not in record:
        keys = ", ".join(sorted(record)) or "none"
        raise InputError(f'{where}: no "text" key (keys: {keys}); '
                         'each line needs {"id": ..., "text": ...}')
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(f'{where}: "text" must be a string, not {type(text).__name__}; fix the line')
    if not text.strip():
        raise InputError(f'{where}: empty "text"; remove the line or fill it')
    doc_id = record.get("id")
    doc_id = default_id if doc_id is None or str(doc_id).strip() == "" else str(doc_id)
    published = _record_date(record.get("date"), where)
    spans = boilerplate_spans(text)
    return Document(
        id=doc_id,
        text=text,
        title=_optional_str(record.get("title")),
        date=published or day or find_publication_date(text),
        source=_optional_str(record.get("source")),
        url=_optional_str(record.get("url")),
        origin=where,
        masked=spans,
    )


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _record_date(value: object, where: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            return _iso_date(value.strip())
        except ValueError:
            pass
    raise InputError(f'{where}: bad date {value!r} in "date"; use ISO YYYY-MM-DD (e.g. "2022-01-04")')


def _iso_date(value: str) -> dt.date:
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value).date()


def _argument_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, str):
        try:
            return _iso_date(value.strip())
        except ValueError:
            pass
    raise InputError(f"date {value!r} is not a date; use ISO YYYY-MM-DD (e.g. 2022-01-04)", option="date")


def read_text(text: str, *, id: str | None = None, date: dt.date | str | None = None) -> Document:
    """A :class:`~stancegraph.model.Document` of ``text`` given as a string, read as a ``.txt`` file is.

    ``id`` defaults to ``text-`` and the first 12 hex digits of the text's SHA-1, so the same text gets the
    same statement IRIs in every run; ``date`` is the publication date (else one printed at the top).

    >>> doc = read_text("Putin calls Biden\\nUpdated 04-Jan-2022\\nPutin called Biden.")
    >>> doc.id, doc.title, doc.date
    ('text-...', 'Putin calls Biden', datetime.date(2022, 1, 4))
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}; pass the document's text", option="text")
    doc_id = id or "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return _text_document(text, doc_id=doc_id, origin=doc_id, day=_argument_date(date))


def _text_document(text: str, *, doc_id: str, origin: str, day: dt.date | None) -> Document:
    spans = boilerplate_spans(text)
    head = headline_span(text, spans)
    return Document(
        id=doc_id,
        text=text,
        title=text[head[0]:head[1]] if head else None,
        date=day or find_publication_date(text),
        origin=origin,
        masked=spans,
    )
