"""Oxigraph query results as Python rows, read from Oxigraph's own TSV output.

Oxigraph writes a whole result as SPARQL TSV in Rust; splitting that text and converting each
distinct cell once is several times faster than reading every solution term by term through
pyoxigraph objects (on 40,000-row listings: seconds, bench/README.md). A cell is a term in
Turtle syntax: ``<iri>``, ``"lexical"`` with N-Triples escapes (which JSON reads back), ``@lang`` or
``^^<datatype>``, ``_:blank``, a bare number or boolean, or empty (unbound). Every character
from U+0000 to U+10FFFF is read back as written (tested).
"""
from __future__ import annotations

import json
import re
from typing import Any, Callable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

__all__ = ["rows_from_oxigraph", "rows_from_tsv", "rows_from_ntriples", "term_from_tsv", "text_from_tsv"]

_PLAIN = (str(XSD.string), "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")


def _lexical(cell: str) -> tuple[str, str]:
    """(lexical form, what follows the closing quote) of a quoted cell."""
    end = cell.rfind('"')  # a language tag or datatype IRI holds no quote
    # strict=False: Oxigraph's TSV leaves control characters other than tab, CR and LF unescaped
    return json.loads(cell[: end + 1], strict=False), cell[end + 1:]


def _bare_datatype(cell: str) -> URIRef:
    if cell in ("true", "false"):
        return XSD.boolean
    if _INTEGER.match(cell):
        return XSD.integer
    if _DECIMAL.match(cell):
        return XSD.decimal
    return XSD.double


def term_from_tsv(cell: str) -> Any:
    """The rdflib term of a TSV cell (None if empty).

    >>> term_from_tsv('"a\\\\tb"@en'), term_from_tsv("12"), term_from_tsv("<http://ex.org/a>")
    (rdflib.term.Literal('a\\tb', lang='en'), rdflib.term.Literal('12', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.URIRef('http://ex.org/a'))
    """
    if not cell:
        return None
    first = cell[0]
    if first == "<":
        return URIRef(cell[1:-1])
    if first == '"':
        lexical, rest = _lexical(cell)
        if rest.startswith("@"):
            return Literal(lexical, lang=rest[1:])
        if rest.startswith("^^<") and rest[3:-1] not in _PLAIN:
            return Literal(lexical, datatype=URIRef(rest[3:-1]))
        return Literal(lexical)
    if cell.startswith("_:"):
        return BNode(cell[2:])
    return Literal(cell, datatype=_bare_datatype(cell))


def text_from_tsv(cell: str) -> str | None:
    """What a table shows for a TSV cell: an IRI, a lexical form or a blank node's id (None if empty).

    >>> text_from_tsv('"said \\\\"no\\\\""^^<http://www.w3.org/2001/XMLSchema#string>'), text_from_tsv("<http://ex.org/a>")
    ('said "no"', 'http://ex.org/a')
    """
    if not cell:
        return None
    first = cell[0]
    if first == "<":
        return cell[1:-1]
    if first == '"':
        return _lexical(cell)[0]
    if cell.startswith("_:"):
        return cell[2:]
    return cell


def rows_from_oxigraph(result: Any, *, as_text: bool = False) -> tuple[list[str], list[tuple]]:
    """(variables, rows) of a pyoxigraph query result.

    SELECT rows hold rdflib terms (``as_text``: the strings :func:`text_from_tsv` gives), None where
    unbound; ASK gives ``(["ask"], [(Literal(bool),)])``; CONSTRUCT/DESCRIBE
    ``(["subject", "predicate", "object"], triples)``.
    """
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [(str(bool(result)).lower() if as_text else Literal(bool(result)),)]
    if isinstance(result, ox.QueryTriples):
        data = result.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        return ["subject", "predicate", "object"], rows_from_ntriples(data, as_text=as_text)
    return rows_from_tsv(result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8"), as_text=as_text)


def rows_from_tsv(text: str, *, as_text: bool = False, cut: bool = False) -> tuple[list[str], list[tuple]]:
    """(variables, rows) of Oxigraph's SPARQL TSV ``text``; ``cut``: the text stops mid-row (dropped)."""
    convert: Callable[[str], Any] = text_from_tsv if as_text else term_from_tsv
    lines = text.split("\n")  # not splitlines(): U+2028 and the like stay raw inside literals
    variables = [v[1:] for v in lines[0].split("\t")] if lines[0] else []
    body = lines[1:-1]  # the text ends with a newline (a cut text: its last, partial line is dropped)
    if not variables:
        return [], [() for _ in body]
    return variables, _converted([line.split("\t") for line in body], convert)


def rows_from_ntriples(data: str, *, as_text: bool = False, cut: bool = False) -> list[tuple]:
    """Triples of Oxigraph's N-Triples ``data`` as rows; ``cut``: the text stops mid-line (dropped)."""
    convert: Callable[[str], Any] = text_from_tsv if as_text else term_from_tsv
    lines = data.split("\n")[:-1]  # the last part is empty or a partial line
    return _converted([_split_triple(line) for line in lines if line], convert)


def _split_triple(line: str) -> list[str]:
    s, p, o = line[:-2].split(" ", 2)  # subject and predicate hold no space
    return [s, p, o]


def _converted(rows: list[list[str]], convert: Callable[[str], Any]) -> list[tuple]:
    cache: dict[str, Any] = {"": None}  # labels, actors and types repeat: convert each distinct cell once
    out = []
    for cells in rows:
        row = []
        for cell in cells:
            try:
                row.append(cache[cell])
            except KeyError:
                cache[cell] = found = convert(cell)
                row.append(found)
        out.append(tuple(row))
    return out
