"""Canonical N-Triples: the one term model of the core, the text form every stancegraph quad is built and sorted in.

A term is written exactly as Oxigraph prints it (``str(pyoxigraph_term)``): ``<iri>``, ``_:label``,
``"lexical"`` with the escapes ``\\b \\t \\n \\f \\r \\" \\\\`` and ``\\uXXXX`` for the other control
characters, then ``@lang`` (lower case) or ``^^<datatype>`` (none for ``xsd:string``). A triple is the
N-Triples line ``<s> <p> o .``; a :class:`Quads` maps each graph (a term, ``""`` for the default
graph) to its sorted, distinct lines.

Why lines and not pyoxigraph terms: Oxigraph's terms are not ordered, and a deterministic output needs
an order; sorting plain strings is several times cheaper than sorting tuples of term keys, the lines
load into Oxigraph (store, writer) as N-Quads in one call, and the streaming build merges sorted runs
of them from disk. Sorting lines sorts by subject, then predicate, then object: subjects and
predicates hold no space, and a space sorts before every character a term can hold, so a line's order
is its (subject, predicate, object) order. rdflib terms are made only at the edge
(:func:`stancegraph.rdf.io.to_rdflib`).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from stancegraph.errors import InputError

__all__ = ["iri", "literal", "needs_escape", "term", "Quads", "XSD_STRING", "RDF_LANG_STRING"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RDFLIB_DEFAULT = "urn:x-rdflib:default"

_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\Z")
needs_escape = _NEEDS_ESCAPE.search
"""Truthy if a lexical form holds a character canonical N-Triples escapes."""


def iri(value: str) -> str:
    """``<value>``, refusing what cannot be an IRI (spaces, ``<>"{}|^`\\``, control characters).

    >>> iri("https://w3id.org/stancegraph/actor/RUS")
    '<https://w3id.org/stancegraph/actor/RUS>'
    """
    if _BAD_IRI.search(value) or ":" not in value:
        raise InputError(f"{value!r} is not an IRI (it needs a scheme and no spaces or <>\"{{}}|^`\\ characters)")
    return f"<{value}>"


def literal(lexical: str, datatype: str | None = None, language: str | None = None) -> str:
    """A literal in canonical N-Triples.

    >>> literal('he said "no"\\n'), literal("3", "http://www.w3.org/2001/XMLSchema#integer"), literal("Rossiya", language="EN")
    ('"he said \\\\"no\\\\"\\\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '"Rossiya"@en')
    """
    text = f'"{lexical.translate(_ESCAPES)}"' if _NEEDS_ESCAPE.search(lexical) else f'"{lexical}"'
    if language:
        if not _LANG.match(language):
            raise InputError(f"{language!r} is not a language tag (e.g. en, en-GB)")
        return f"{text}@{language.lower()}"
    if datatype is None or datatype == XSD_STRING:
        return text
    return f"{text}^^{iri(datatype)}"


def term(value: Any) -> str:
    """The canonical text of a pyoxigraph or rdflib term (an IRI, blank node or literal).

    >>> import pyoxigraph as ox
    >>> term(ox.Literal("a", language="en")), term(ox.NamedNode("http://ex.org/a"))
    ('"a"@en', '<http://ex.org/a>')
    """
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return str(value)  # Oxigraph prints the canonical form
    if isinstance(value, URIRef):
        return iri(str(value))
    if isinstance(value, Literal):
        datatype = value.datatype
        return literal(str(value), None if datatype is None else str(datatype), value.language)
    if isinstance(value, BNode):
        label = str(value)
        if label.isascii() and label.isalnum():  # rdflib's own ids are
            return f"_:{label}"
        return "_:b" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:32]  # deterministic, unlike hash()
    raise InputError(f"cannot write the RDF term {value!r}: stancegraph writes IRIs, blank nodes and literals only")


class Quads:
    """An RDF dataset as canonical N-Triples lines: graph term (``""`` = default graph) -> sorted distinct lines.

    Build one with :func:`stancegraph.rdf.mint.to_quads`, :meth:`from_lines`, :meth:`from_oxigraph` or
    :meth:`from_rdflib`; write it with :func:`stancegraph.rdf.io.serialize`.

    >>> q = Quads.from_lines({"<http://ex.org/g>": ['<http://ex.org/b> <http://ex.org/p> "2" .',
    ...                                             '<http://ex.org/a> <http://ex.org/p> "1" .'] * 2})
    >>> len(q), q.triples()[0]
    (2, '<http://ex.org/a> <http://ex.org/p> "1" .')
    """

    __slots__ = ("graphs", "_union")

    def __init__(self, graphs: dict[str, list[str]], *, union: list[str] | None = None):
        # trusted: each list sorted and distinct (the constructors below make sure of it), and
        # ``union`` (if given) the sorted distinct lines of all graphs
        self.graphs = graphs
        self._union = union

    @classmethod
    def from_lines(cls, graphs: Mapping[str, Iterable[str]]) -> "Quads":
        """From canonical lines in any order, with repeats."""
        return cls({g: sorted(set(lines)) for g, lines in graphs.items()})

    @classmethod
    def from_oxigraph(cls, quads: Iterable[Any]) -> "Quads":
        """From pyoxigraph ``Quad`` or ``Triple`` objects (triples go to the default graph)."""
        graphs: dict[str, set[str]] = {}
        for q in quads:
            if isinstance(q, ox.Triple):
                graph, text = "", str(q)
            else:
                name = q.graph_name
                graph = "" if isinstance(name, ox.DefaultGraph) else str(name)
                text = str(q)
                if graph:
                    text = text[: -len(graph) - 1]  # str(quad) = "<s> <p> o <g>"
            if "<<" in text:
                raise InputError("stancegraph does not write RDF 1.2 triple terms (<< ... >>)")
            graphs.setdefault(graph, set()).add(text + " .")
        return cls({g: sorted(lines) for g, lines in graphs.items()})

    @classmethod
    def from_rdflib(cls, graph: Any) -> "Quads":
        """From an rdflib ``Graph`` (default graph) or ``Dataset`` (its named graphs keep their names)."""
        cache: dict = {}

        def t(x) -> str:
            found = cache.get(x)
            if found is None:
                found = cache[x] = term(x)
            return found

        graphs: dict[str, set[str]] = {}
        for s, p, o, name in rdflib_rows(graph):
            graphs.setdefault("" if name is None else t(name), set()).add(f"{t(s)} {t(p)} {t(o)} .")
        return cls({g: sorted(lines) for g, lines in graphs.items()})

    def __len__(self) -> int:
        return sum(len(lines) for lines in self.graphs.values())

    def graph_names(self) -> list[str]:
        """Graph terms, sorted (the default graph ``""`` first)."""
        return sorted(self.graphs)

    def quad_lines(self) -> Iterator[tuple[str, str]]:
        """(graph, line) in canonical order: by graph, then by line."""
        for g in self.graph_names():
            for line in self.graphs[g]:
                yield g, line

    def triples(self) -> list[str]:
        """The union of all graphs: sorted distinct lines (computed once)."""
        if self._union is None:
            if len(self.graphs) == 1:
                (self._union,) = self.graphs.values()
            else:
                # each graph is a sorted run: Timsort merges runs instead of sorting from scratch
                merged = [line for g in self.graph_names() for line in self.graphs[g]]
                merged.sort()
                self._union = list(dict.fromkeys(merged))
        return self._union

    def nquads(self) -> bytes:
        """N-Quads text in canonical order (what Oxigraph's ``load`` and ``parse`` read fastest)."""
        parts = []
        for g in self.graph_names():
            lines = self.graphs[g]
            if not lines:
                continue
            if g:
                suffix = f" {g} .\n"
                parts.append("".join(line[:-2] + suffix for line in lines))
            else:
                parts.append("\n".join(lines) + "\n")
        return "".join(parts).encode("utf-8")

    def to_oxigraph(self) -> list[Any]:
        """The quads as pyoxigraph ``Quad`` objects, in canonical order."""
        return list(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS))


def rdflib_rows(graph: Any) -> Iterator[tuple[Any, Any, Any, Any]]:
    """(s, p, o, graph name) of an rdflib ``Graph`` or ``Dataset``; the name is None for the default graph
    (a plain Graph's triples, a Dataset's default graph, rdflib's blank-node graph names).

    >>> from rdflib import Graph, URIRef
    >>> g = Graph(); _ = g.add((URIRef("http://ex.org/a"), URIRef("http://ex.org/b"), URIRef("http://ex.org/c")))
    >>> [name for *_, name in rdflib_rows(g)]
    [None]
    """
    if getattr(graph, "context_aware", False):
        rows = graph.quads((None, None, None, None))
    else:
        rows = ((s, p, o, None) for s, p, o in graph)
    for s, p, o, ctx in rows:
        name = getattr(ctx, "identifier", ctx)
        yield s, p, o, (None if name is None or isinstance(name, BNode) or str(name) == _RDFLIB_DEFAULT else name)
