"""SPARQL text: where a query comes from, what is refused, parameters, and running it on an Oxigraph store.

Shared by :func:`stancegraph.rdf.query.run_query` (files and rdflib graphs) and the graph stores
(:mod:`stancegraph.rdf.store`, :mod:`stancegraph.rdf.remote`), which run the same checked text.
"""
from __future__ import annotations

import re
import threading
import time
from os import PathLike
from pathlib import Path
from collections.abc import Iterable

from stancegraph.errors import InputError, UnknownQuery
from stancegraph.kb.resources import query_names, query_text
from stancegraph.kb.vocab import PREFIXES
import pyoxigraph as ox
from rdflib import Literal

from stancegraph.rdf.results import rows_from_ntriples, rows_from_tsv

__all__ = ["query_source", "check_parameters", "refuse_unsafe", "check_query", "uses_graph_patterns", "evaluate",
           "prologue", "with_values", "MAX_ROWS", "TIMEOUT", "RowLimit"]

MAX_ROWS = 100_000
"""Default row limit of a user query (``run_query(max_rows=...)``, ``query --max-rows``)."""
TIMEOUT = 60.0
"""Default time limit in seconds of a user query on a file or an embedded store (``query --timeout``)."""

_KEYWORD = r"(?<![\w?$:.\-])"  # not part of a variable, prefixed name or IRI local part
_QUERY_FORMS = re.compile(_KEYWORD + r"(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.IGNORECASE)
_UPDATE_FORMS = re.compile(
    _KEYWORD + r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)(?![\w:\-])", re.IGNORECASE
)
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n]*",
)


def query_source(query: str | PathLike) -> tuple[str, str]:
    """Return (SPARQL text, description for messages)."""
    if isinstance(query, PathLike):
        return _read_query_file(Path(query))
    stripped = query.strip()
    stem = stripped[:-3] if stripped.endswith(".rq") else stripped
    if stem in query_names():
        return query_text(stem), f"{stem!r}"
    if stripped.endswith((".rq", ".sparql")) and "\n" not in stripped:
        return _read_query_file(Path(stripped))
    skeleton = _skeleton(query)
    if _QUERY_FORMS.search(skeleton) or _UPDATE_FORMS.search(skeleton):
        return query, "(SPARQL text)"
    raise UnknownQuery(
        f"unknown query {query!r}: not a packaged query, a .rq file or SPARQL text; "
        f"packaged queries: {', '.join(query_names())}"
    )


def check_parameters(text: str, source: str, names: Iterable[str]) -> None:
    """Refuse a parameter the query has no variable for (the message lists the variables it has).

    >>> check_parameters("SELECT ?s WHERE { ?s ?p ?o }", "q", ["p"])
    """
    skeleton = _skeleton(text)
    for name in names:
        if not re.search(r"[?$]" + re.escape(name) + r"\b", skeleton):
            used = sorted(set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", skeleton)))
            raise InputError(f"query {source} has no variable ?{name}; its variables: {', '.join('?' + v for v in used)}")


def _read_query_file(path: Path) -> tuple[str, str]:
    if not path.is_file():
        raise UnknownQuery(f"query file {str(path)!r} does not exist; packaged queries: {', '.join(query_names())}")
    try:
        return path.read_text(encoding="utf-8"), f"{str(path)!r}"
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read query file {str(path)!r}: {error}") from None


def _skeleton(text: str) -> str:
    """The query with comments and string literals blanked out and IRIs replaced by ``<>``."""

    def blank(match: re.Match) -> str:
        token = match.group(0)
        if token.startswith("#"):
            return " "
        if token.startswith("<"):
            return "<>"
        return '""'

    return _TOKENS.sub(blank, text)


def uses_graph_patterns(text: str) -> bool:
    """Does the query name graphs (``GRAPH``)?

    >>> uses_graph_patterns("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"), uses_graph_patterns("SELECT ?graph {}")
    (True, False)
    """
    return re.search(_KEYWORD + r"GRAPH(?![\w:\-])", _skeleton(text), re.IGNORECASE) is not None


class RowLimit(list):
    """Rows of a query cut at its row limit: a list, with ``limit`` (the limit that was hit)."""

    limit: int = 0


# Parse-tree nodes that are refused, with what a message calls them and how to fix the query.
_REFUSED = {
    "ServiceGraphPattern": ("SERVICE (a remote endpoint)", "remove the SERVICE clause; queries run only on the loaded graph"),
    "DatasetClause": ("FROM / FROM NAMED (a dataset clause)",
                      "remove it; the default graph is the whole loaded graph, select a document with GRAPH <...> { }"),
}


def check_query(text: str, source: str) -> None:
    r"""Parse ``text`` with rdflib's SPARQL parser and refuse what a read-only local query must not do.

    Refused, found by walking the parse tree (so comments, strings, IRIs and escapes cannot hide
    them): ``SERVICE`` anywhere (nested in OPTIONAL, UNION, MINUS, sub-queries ...), ``FROM`` /
    ``FROM NAMED``, and every SPARQL Update (``LOAD``, ``INSERT``, ``DELETE``, ``CLEAR``, ``DROP``,
    ``CREATE``, ``COPY``, ``MOVE``, ``ADD``). Text that rdflib and Oxigraph would read differently
    (``\u``/``\U`` escapes, a lone carriage return) is refused first, so the tree walked is the query
    that runs. A syntax error is reported with its line and column. Nothing is evaluated.

    >>> check_query("SELECT * WHERE { OPTIONAL { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } } }", "q")
    Traceback (most recent call last):
    stancegraph.errors.InputError: query q uses SERVICE (a remote endpoint), which stancegraph refuses: remove the SERVICE clause; queries run only on the loaded graph
    """
    if text in _ACCEPTED:
        return
    _refuse_ambiguous(text, source)
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseException as error:
        try:
            update = parseUpdate(text)
        except Exception:  # noqa: BLE001 - not an update either: report the query's syntax error
            raise InputError(_parse_message(error, text, source)) from None
        names = sorted({node.name for node in _nodes(update) if _is_comp(node) and _UPDATE_NAMES.get(node.name)})
        what = ", ".join(_UPDATE_NAMES[n] for n in names) or "SPARQL Update"
        raise InputError(f"query {source} is a SPARQL Update ({what}), which stancegraph refuses: queries are "
                         "read-only; change the graph by building it again") from None
    except RecursionError:
        raise InputError(f"query {source} is nested too deeply to check; simplify it") from None
    except Exception as error:  # noqa: BLE001 - a parser failure other than a syntax error
        raise InputError(f"query {source} cannot be parsed: {type(error).__name__}: {error}"[:300]) from None
    for node in _nodes(tree):
        if _is_comp(node) and node.name in _REFUSED:
            what, fix = _REFUSED[node.name]
            raise InputError(f"query {source} uses {what}, which stancegraph refuses: {fix}")
    if len(_ACCEPTED) > 256:
        _ACCEPTED.clear()
    _ACCEPTED.add(text)


_ACCEPTED: set[str] = set()  # texts that passed (run_query and the stores both check: parse once)


refuse_unsafe = check_query  # the former name

# Text that rdflib's parser and Oxigraph's read differently, so that one could see a clause the other
# hides: rdflib expands \u/\U code-point escapes everywhere before parsing (Oxigraph only inside
# strings and IRIs: "a\u0022 } #" ends a string for one and not the other), and rdflib ends a comment
# only at LF (Oxigraph also at a lone CR). Such text is refused rather than guessed at.
_AMBIGUOUS = [
    (re.compile(r"\\[uU]"), "a \\u or \\U escape", "write the character itself"),
    (re.compile(r"\r(?!\n)"), "a carriage return that does not end a line",
     "use LF or CRLF line ends"),
]


def _refuse_ambiguous(text: str, source: str) -> None:
    for pattern, what, fix in _AMBIGUOUS:
        found = pattern.search(text)
        if found:
            line = text.count("\n", 0, found.start()) + 1
            raise InputError(f"query {source} holds {what} (line {line}), which stancegraph refuses because SPARQL "
                             f"parsers read it differently; {fix}")


_UPDATE_NAMES = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE",
                 "Copy": "COPY", "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA",
                 "DeleteWhere": "DELETE WHERE", "Modify": "DELETE/INSERT"}


def _is_comp(node) -> bool:
    return type(node).__name__ == "CompValue"


def _nodes(tree):
    """Every node of an rdflib parse tree (iteratively: a deep query cannot exhaust the stack)."""
    from pyparsing import ParseResults

    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if _is_comp(node):
            stack.extend(dict.values(node))
        elif isinstance(node, ParseResults):
            stack.extend(list(node))
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def _parse_message(error, text: str, source: str) -> str:
    line, column = int(error.lineno), int(error.col)
    lines = text.splitlines()
    found = "the end of the query" if error.loc >= len(text) else repr(text[error.loc:error.loc + 20].split()[0]
                                                                        if text[error.loc:].split() else "")
    shown = ""
    if 1 <= line <= len(lines):
        shown = f"\n    {lines[line - 1]}\n    {' ' * max(column - 1, 0)}^"
    return f"SPARQL syntax error in query {source} at line {line}, column {column}: unexpected {found}{shown}"


def _syntax_message(error: SyntaxError, text: str, source: str) -> str:
    detail = str(error.msg if error.msg else error)
    match = re.search(r"(\d+):(\d+)", detail)
    if not match:
        return f"SPARQL syntax error in query {source}: {detail}"
    line, column = int(match.group(1)), int(match.group(2))
    detail = re.sub(r"^error at \d+:\d+:\s*", "", detail)
    detail = re.sub(r",?\s*\[[^\]]*\]", "", detail, flags=re.DOTALL)  # drop character classes
    detail = " ".join(detail.split())[:300]
    lines = text.splitlines()
    shown = ""
    if 1 <= line <= len(lines):
        shown = f"\n    {lines[line - 1]}\n    {' ' * max(column - 1, 0)}^"
    return f"SPARQL syntax error in query {source} at line {line}, column {column}: {detail}{shown}"


def prologue(text: str) -> str:
    """``PREFIX`` declarations of the predeclared prefixes, on one line (line numbers stay the same).

    The query's own declarations come later and win.
    """
    return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in sorted(dict(PREFIXES).items())) + " "


def _masked(text: str) -> str:
    """``text`` with comments, strings and IRIs overwritten by ``x`` (same length: offsets stay)."""
    return _TOKENS.sub(lambda m: "x" * len(m.group(0)), text)


def with_values(text: str, substitutions: dict, source: str) -> str:
    """Bind parameters for a server that takes no bindings: ``WHERE { P }`` becomes
    ``WHERE { VALUES (?a ...) { (term ...) } { P } }``. Terms are written in N-Triples syntax by
    Oxigraph (every quote and backslash escaped), so a value can never end its own token.

    >>> import pyoxigraph as ox
    >>> with_values("SELECT ?s WHERE { ?s ?p ?o }", {ox.Variable("o"): ox.Literal('a" } DROP ALL {')}, "q")
    'SELECT ?s WHERE { VALUES (?o) { ("a\\\\" } DROP ALL {") } { ?s ?p ?o } }'
    """
    if not substitutions:
        return text
    masked = _masked(text)
    form = _QUERY_FORMS.search(masked)
    if form is None:
        raise InputError(f"query {source} has no SELECT, ASK, CONSTRUCT or DESCRIBE")
    where = re.compile(_KEYWORD + r"WHERE(?![\w:\-])", re.IGNORECASE).search(masked, form.end())
    open_at = masked.find("{", where.end() if where else form.end())
    if open_at < 0:
        raise InputError(f"query {source} has no WHERE {{ }} pattern to bind parameters in")
    depth, close_at = 0, -1
    for i in range(open_at, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                close_at = i
                break
    if close_at < 0:
        raise InputError(f"query {source}: unbalanced braces after WHERE")
    names = " ".join(f"?{v.value}" for v in substitutions)
    terms = " ".join(str(term) for term in substitutions.values())
    values = f" VALUES ({names}) {{ ({terms}) }} {{"
    return text[: open_at + 1] + values + text[open_at + 1 : close_at] + "} " + text[close_at:]


class _Sink:
    """Where Oxigraph writes a result: counts lines and stops the evaluation (by raising from ``write``)
    past the row limit or once cancelled."""

    def __init__(self, max_lines: int | None) -> None:
        self.parts: list[bytes] = []
        self.lines = 0
        self.max_lines = max_lines
        self.full = False
        self.cancelled = False

    def write(self, data) -> int:
        if self.cancelled:
            raise _Stopped("cancelled")
        if self.full:  # Oxigraph may write its buffer again after a refusal: keep the text a prefix of the result
            raise _Stopped("row limit")
        data = bytes(data)
        self.parts.append(data)
        self.lines += data.count(b"\n")
        if self.max_lines is not None and self.lines > self.max_lines:
            self.full = True
            raise _Stopped("row limit")
        return len(data)

    def flush(self) -> None:
        pass


class _Stopped(Exception):
    pass


def evaluate(store, text: str, substitutions: dict, source: str, *, default_graph=None, named_graphs=None,
             as_text: bool = False, max_rows: int | None = MAX_ROWS,
             timeout: float | None = TIMEOUT) -> tuple[list[str], list[tuple]]:
    """Run ``text`` on a pyoxigraph store; errors become one-line InputErrors.

    At most ``max_rows`` rows are read (Oxigraph stops producing more; the rows returned are a
    :class:`RowLimit` list whose ``limit`` says so). ``timeout`` seconds bound the wait: the query runs
    in a worker thread and is stopped at its next output row; a query that produces no row for a long
    time (an aggregate over a cross product) cannot be interrupted by pyoxigraph and runs on in its
    (daemon) thread until it ends or the process exits, but the caller gets its error on time.
    """
    kwargs = {} if default_graph is None else {"default_graph": default_graph}
    if named_graphs is not None:
        kwargs["named_graphs"] = named_graphs
    outcome: dict = {}
    sink = _Sink(None if max_rows is None else max_rows + 1)  # + the header line of TSV (none in N-Triples)

    def run() -> None:
        try:
            # Oxigraph's result objects must stay in the thread that made them: only text leaves it
            result = store.query(text, prefixes=dict(PREFIXES), substitutions=substitutions or None, **kwargs)
            if isinstance(result, ox.QueryBoolean):
                outcome["kind"], outcome["answer"] = "ask", bool(result)
                return
            outcome["kind"] = "triples" if isinstance(result, ox.QueryTriples) else "solutions"
            fmt = ox.RdfFormat.N_TRIPLES if outcome["kind"] == "triples" else ox.QueryResultsFormat.TSV
            result.serialize(sink, format=fmt)
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = error
        finally:
            result = None  # dropped here

    worker = threading.Thread(target=run, name="stancegraph-query", daemon=True)
    started = time.monotonic()
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        sink.cancelled = True
        raise InputError(f"query {source} stopped after {time.monotonic() - started:.0f} s (time limit {timeout:g} s); "
                         "make it more selective, or raise the limit with --timeout")
    error = outcome.get("error")
    if error is not None and not sink.full:
        _raise_one_line(error, text, substitutions, source)
    kind = outcome["kind"]
    if kind == "ask":
        answer = outcome["answer"]
        return ["ask"], [(str(answer).lower() if as_text else Literal(answer),)]
    data = b"".join(sink.parts).decode("utf-8", "replace")
    if kind == "triples":
        variables, rows = ["subject", "predicate", "object"], rows_from_ntriples(data, as_text=as_text, cut=sink.full)
    else:
        variables, rows = rows_from_tsv(data, as_text=as_text, cut=sink.full)
    if max_rows is not None and (sink.full or len(rows) > max_rows):
        rows = RowLimit(rows[:max_rows])
        rows.limit = max_rows
    return variables, rows


def _raise_one_line(error: BaseException, text: str, substitutions: dict, source: str) -> None:
    if isinstance(error, SyntaxError):
        raise InputError(_syntax_message(error, text, source)) from None
    if isinstance(error, RuntimeError):  # e.g. a parameter that is not a projected variable
        raise InputError(
            f"query {source} cannot be run with parameters {sorted(v.value for v in substitutions)}: {error} "
            "(parameters must be variables of the SELECT clause)"
        ) from None
    if isinstance(error, (OSError, ValueError, TypeError, _Stopped)):
        raise InputError(f"query {source} failed: {type(error).__name__}: {' '.join(str(error).split())[:300]}") from None
    raise error
