"""SPARQL text: where a query comes from, what is refused, parameters, and running it on an Oxigraph store.

Shared by :func:`stancegraph.rdf.query.run_query` (files and rdflib graphs) and the graph stores
(:mod:`stancegraph.rdf.store`, :mod:`stancegraph.rdf.remote`), which run the same checked text.
"""
from __future__ import annotations

import re
from os import PathLike
from pathlib import Path
from collections.abc import Iterable

from stancegraph.errors import InputError, UnknownQuery
from stancegraph.kb.resources import query_names, query_text
from stancegraph.kb.vocab import PREFIXES
from stancegraph.rdf.results import rows_from_oxigraph

__all__ = ["query_source", "check_parameters", "refuse_unsafe", "uses_graph_patterns", "evaluate", "prologue",
           "with_values"]

_KEYWORD = r"(?<![\w?$:.\-])"  # not part of a variable, prefixed name or IRI local part
_QUERY_FORMS = re.compile(_KEYWORD + r"(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.IGNORECASE)
_UPDATE_FORMS = re.compile(
    _KEYWORD + r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)(?![\w:\-])", re.IGNORECASE
)
_FORBIDDEN = [
    (re.compile(_KEYWORD + r"SERVICE(?![\w:\-])", re.IGNORECASE), "SERVICE (remote endpoints)"),
    (re.compile(_KEYWORD + r"LOAD(?![\w:\-])", re.IGNORECASE), "LOAD"),
    (re.compile(_KEYWORD + r"FROM\s+(NAMED\s+)?(<|[A-Za-z_][\w.-]*:|:)", re.IGNORECASE), "FROM / FROM NAMED (dataset clauses)"),
    (_UPDATE_FORMS, "SPARQL Update (queries are read-only)"),
]
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


def refuse_unsafe(text: str, source: str) -> None:
    skeleton = _skeleton(text)
    for pattern, what in _FORBIDDEN:
        if pattern.search(skeleton):
            raise InputError(
                f"query {source} uses {what}, which stancegraph refuses: queries are read-only and run "
                "only on the loaded graph (select a document graph with GRAPH <...> { })"
            )


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


def evaluate(store, text: str, substitutions: dict, source: str, *, default_graph=None,
              as_text: bool = False) -> tuple[list[str], list[tuple]]:
    """Run ``text`` on a pyoxigraph store; errors become one-line InputErrors."""
    kwargs = {} if default_graph is None else {"default_graph": default_graph}
    try:
        result = store.query(text, prefixes=dict(PREFIXES), substitutions=substitutions or None, **kwargs)
    except SyntaxError as error:
        raise InputError(_syntax_message(error, text, source)) from None
    except RuntimeError as error:  # e.g. a parameter that is not a projected variable
        raise InputError(
            f"query {source} cannot be run with parameters {sorted(v.value for v in substitutions)}: {error} "
            "(parameters must be variables of the SELECT clause)"
        ) from None
    except OSError as error:  # evaluation errors (e.g. a refused remote call)
        raise InputError(f"query {source} failed: {error}") from None
    return rows_from_oxigraph(result, as_text=as_text)
