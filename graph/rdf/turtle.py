"""Write canonical N-Triples lines (stancegraph.rdf.ntriples) as Turtle, TriG, N-Triples or N-Quads, in their sorted order.

The writers only group and abbreviate: each subject once (``;`` between its predicates, ``,``
between the objects of one predicate), IRIs as prefixed names where the local part is a plain
name, ``a`` for ``rdf:type``, bare integers, decimals and booleans. The input order is the output
order, so the same lines always give the same bytes. They are plain Python string operations: at
a million triples they run several times faster than building pyoxigraph terms to feed Oxigraph's
writer (see the module docstring of stancegraph.rdf.ntriples; figures in bench/README.md).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import IO

from stancegraph.errors import OutputError
from stancegraph.rdf.ntriples import Quads

__all__ = ["WRITERS", "to_bytes", "write_quads", "chunks", "turtle_chunks", "trig_chunks"]

WRITERS = ("TURTLE", "TRIG", "N_TRIPLES", "N_QUADS")
"""Formats this module writes (``RdfFormat`` names); stancegraph.rdf.formats hands the others to Oxigraph."""

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
# a prefixed name's local part that every Turtle parser reads back unchanged (a safe subset of PN_LOCAL)
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?\Z")
_BARE = {  # datatype -> lexical forms Turtle may write without quotes (the grammar's INTEGER, DECIMAL, boolean)
    _XSD + "integer": re.compile(r"[+-]?[0-9]+\Z"),
    _XSD + "decimal": re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    _XSD + "boolean": re.compile(r"(?:true|false)\Z"),
}
_CHUNK = 4096  # lines per yielded text chunk


def _prefixes() -> dict[str, str]:
    from stancegraph.kb.vocab import PREFIXES

    return dict(sorted(PREFIXES.items()))


class _Abbreviate:
    """Turtle forms of canonical N-Triples terms, each computed once."""

    def __init__(self, prefixes: dict[str, str]):
        # a local name holds no / or #, so the only namespace that can abbreviate an IRI is the IRI up
        # to its last / or #: one look-up instead of a scan of every namespace
        self.spaces = {ns: p for p, ns in prefixes.items() if ns.endswith(("/", "#"))}
        self.other = sorted(((ns, p) for p, ns in prefixes.items() if ns not in self.spaces), key=lambda x: -len(x[0]))
        self.iris: dict[str, str] = {}
        self.literals: dict[str, str] = {}

    def iri(self, text: str) -> str:
        found = self.iris.get(text)
        if found is None:
            found = self.iris[text] = self._abbreviate(text)
        return found

    def _abbreviate(self, text: str) -> str:
        value = text[1:-1]
        cut = max(value.rfind("/"), value.rfind("#")) + 1
        prefix = self.spaces.get(value[:cut])
        if prefix is not None and _LOCAL.match(value, cut):
            return f"{prefix}:{value[cut:]}"
        for ns, prefix in self.other:  # namespaces not ending in / or # (none in stancegraph.kb.vocab)
            if value.startswith(ns) and _LOCAL.match(value, len(ns)):
                return f"{prefix}:{value[len(ns):]}"
        return text

    def subject(self, text: str) -> str:
        return self.iri(text) if text[0] == "<" else text  # else a blank node

    def predicate(self, text: str) -> str:
        return "a" if text == _RDF_TYPE else self.iri(text)

    def object(self, text: str) -> str:
        first = text[0]
        if first == "<":
            return self.iri(text)
        if first != '"' or text[-1] != ">":
            return text  # plain or language-tagged literal, blank node: as in N-Triples
        found = self.literals.get(text)
        if found is None:
            at = text.rfind('"^^<')
            lexical, datatype = text[1:at], text[at + 4:-1]
            bare = _BARE.get(datatype)
            found = lexical if bare is not None and bare.match(lexical) else f"{text[:at + 1]}^^{self.iri(text[at + 3:])}"
            if len(self.literals) < 1_000_000:  # numbers and dates repeat; the cache only has to pay off
                self.literals[text] = found
        return found


def _statements(lines: Iterable[str], abbreviate: _Abbreviate, indent: str) -> Iterator[str]:
    """Turtle statements of sorted lines: one per subject, as text chunks.

    The hot loop of every export (a million lines): cached forms are looked up inline, not through
    method calls.
    """
    iris, literals = abbreviate.iris, abbreviate.literals
    iri, literal, subject_of = abbreviate.iri, abbreviate.object, abbreviate.subject
    predicates = {_RDF_TYPE: "a"}
    next_predicate = f" ;\n{indent}\t"
    next_object = f" ,\n{indent}\t\t"
    buffer: list[str] = []
    append = buffer.append
    last_s = last_p = None
    for line in lines:
        s, p, o = line.split(" ", 2)
        o = o[:-2]  # " ."
        first = o[0]
        if first == "<":
            o = iris.get(o) or iri(o)
        elif first == '"' and o[-1] == ">":  # typed literal (plain and tagged ones stay as they are)
            o = literals.get(o) or literal(o)
        if s == last_s:
            if p == last_p:
                append(next_object + o)
                continue
            short = predicates.get(p)
            if short is None:
                short = predicates[p] = iri(p)
            append(f"{next_predicate}{short} {o}")
            last_p = p
            continue
        if last_s is not None:
            append(" .\n")
            if len(buffer) > _CHUNK:
                yield "".join(buffer)
                buffer.clear()
        short = predicates.get(p)
        if short is None:
            short = predicates[p] = iri(p)
        append(f"{indent}{subject_of(s)} {short} {o}")
        last_s, last_p = s, p
    if last_s is not None:
        append(" .\n")
    if buffer:
        yield "".join(buffer)


def _header(prefixes: dict[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items())


def turtle_chunks(lines: Iterable[str], prefixes: dict[str, str] | None = None) -> Iterator[str]:
    """Turtle text of sorted distinct triple lines, in chunks."""
    prefixes = _prefixes() if prefixes is None else prefixes
    yield _header(prefixes)
    yield from _statements(lines, _Abbreviate(prefixes), "")


def trig_chunks(quad_lines: Iterable[tuple[str, str]], prefixes: dict[str, str] | None = None) -> Iterator[str]:
    """TriG text of (graph, line) pairs sorted by graph, then line; the default graph ``""`` outside braces."""
    prefixes = _prefixes() if prefixes is None else prefixes
    abbreviate = _Abbreviate(prefixes)
    yield _header(prefixes)
    current: list[str] = []
    graph = None

    def block(name: str, lines: list[str]) -> Iterator[str]:
        if not name:
            yield from _statements(lines, abbreviate, "")
            return
        yield f"{abbreviate.subject(name)} {{\n"
        yield from _statements(lines, abbreviate, "\t")
        yield "}\n"

    for g, line in quad_lines:
        if g != graph:
            if current:
                yield from block(graph, current)
            graph, current = g, []
        current.append(line)
    if current:
        yield from block(graph, current)


def _ntriples_chunks(lines: Iterable[str]) -> Iterator[str]:
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= _CHUNK:
            yield "\n".join(buffer) + "\n"
            buffer.clear()
    if buffer:
        yield "\n".join(buffer) + "\n"


def _nquads_chunks(quad_lines: Iterable[tuple[str, str]]) -> Iterator[str]:
    buffer: list[str] = []
    for g, line in quad_lines:
        buffer.append(f"{line[:-2]} {g} .\n" if g else line + "\n")
        if len(buffer) >= _CHUNK:
            yield "".join(buffer)
            buffer.clear()
    if buffer:
        yield "".join(buffer)


def chunks(quads: Quads, format: str) -> Iterator[str]:
    """The text of ``quads`` in ``format`` (TURTLE and N_TRIPLES: the union of the graphs)."""
    if format == "TURTLE":
        return turtle_chunks(quads.triples())
    if format == "N_TRIPLES":
        return _ntriples_chunks(quads.triples())
    if format == "TRIG":
        return trig_chunks(quads.quad_lines())
    if format == "N_QUADS":
        return _nquads_chunks(quads.quad_lines())
    raise OutputError(f"cannot write {format!r} here; use one of {', '.join(WRITERS)}")


def to_bytes(quads: Quads, format: str = "TURTLE") -> bytes:
    """``quads`` as bytes in ``format`` (one of ``WRITERS``).

    >>> from stancegraph.rdf.ntriples import Quads
    >>> q = Quads.from_lines({"": ['<https://w3id.org/stancegraph/actor/RUS> '
    ...                            '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
    ...                            '<https://w3id.org/stancegraph/ontology#State> .']})
    >>> to_bytes(q).decode().splitlines()[-1]
    'actor:RUS a sg:State .'
    """
    return "".join(chunks(quads, format)).encode("utf-8")


def write_quads(quads: Quads, format: str, out: IO[bytes]) -> None:
    """Write ``quads`` in ``format`` to a binary stream, chunk by chunk."""
    for chunk in chunks(quads, format):
        out.write(chunk.encode("utf-8"))
