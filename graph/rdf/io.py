"""RDF files in six syntaxes (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML): the one read and write path.

One suffix table (:data:`RDF_FORMATS`), one loader (:func:`read_quads`; :func:`load_graph` when the caller
needs rdflib), one writer (:func:`serialize`, :func:`write_rdf`, :func:`write_sorted`) and one converter
to rdflib (:func:`to_rdflib`). Oxigraph parses and serialises every syntax.

Writing is deterministic: the quads are written in canonical order (sorted N-Triples lines, see
:mod:`stancegraph.rdf.ntriples`), so the same graph always gives the same bytes. TriG, N-Quads and JSON-LD
keep one named graph per document; Turtle, N-Triples and RDF/XML hold the de-duplicated union of the
graphs (what ``graph.ttl`` holds). Reading any of them back gives the quads written.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from stancegraph.atomic import atomic_open
from stancegraph.errors import InputError, OutputError
from stancegraph.kb.vocab import PREFIXES
from stancegraph.rdf.ntriples import RDF_LANG_STRING, XSD_STRING, Quads, rdflib_rows

__all__ = [
    "RDF_FORMATS", "QUAD_FORMATS", "rdf_format", "read_quads", "load_graph", "as_quads", "serialize",
    "write_sorted", "write_rdf", "convert", "to_rdflib", "to_oxigraph", "rdflib_term", "oxigraph_quads",
]

RDF_FORMATS = {
    ".ttl": "TURTLE", ".turtle": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
    ".jsonld": "JSON_LD", ".rdf": "RDF_XML",
}
"""File suffix -> pyoxigraph ``RdfFormat`` name: the one table every command reads and writes by."""
QUAD_FORMATS = frozenset({"TRIG", "N_QUADS", "JSON_LD"})
"""Formats that keep named graphs; the others hold the union of all graphs."""

_PREFIXED = {"TURTLE": dict(sorted(PREFIXES.items())), "TRIG": dict(sorted(PREFIXES.items())), "RDF_XML": PREFIXES}
_CHUNK = 4096  # lines parsed at a time when streaming sorted lines into Oxigraph's writer


def rdf_format(path: str | os.PathLike[str], *, writing: bool = False) -> str:
    """The ``RdfFormat`` name for ``path``'s suffix.

    >>> rdf_format("out/graph.jsonld")
    'JSON_LD'
    """
    suffix = os.path.splitext(str(path))[1].lower()
    if suffix not in RDF_FORMATS:
        error = OutputError if writing else InputError
        known = ", ".join(s for s in RDF_FORMATS if s != ".turtle")
        raise error(f"cannot tell the RDF syntax of {str(path)!r}: unknown suffix {suffix!r}; use one of {known}")
    return RDF_FORMATS[suffix]


# ---------------------------------------------------------------- reading


def read_quads(path: str | os.PathLike[str]) -> list[ox.Quad]:
    """Parse an RDF file (syntax by suffix) into Oxigraph quads; triple formats give default-graph quads.

    Raises
    ------
    InputError
        If the file is missing, has an unknown suffix or does not parse (the message names the line).
    """
    fmt = rdf_format(path)
    if not Path(path).is_file():
        raise InputError(f"cannot read RDF from {str(path)!r}: no such file")
    try:
        return list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, fmt)))
    except (SyntaxError, ValueError) as error:
        raise InputError(f"cannot read RDF from {str(path)!r}: {error}; is it really {fmt.replace('_', '-')}?") from None
    except OSError as error:
        raise InputError(f"cannot read RDF from {str(path)!r}: {error}") from None


def load_graph(path: str | os.PathLike[str]) -> Graph | Dataset:
    """Read an RDF file into rdflib (for views, SHACL and explanations): the loader every command uses.

    TriG, N-Quads and JSON-LD give a :class:`rdflib.Dataset` with ``default_union=True`` (queries see
    the statements of every document's named graph); the others a :class:`rdflib.Graph`. The graph is
    backed by Oxigraph (oxrdflib): on a 20k-triple file SPARQL answers 40-100x faster than in rdflib's
    own store. Without oxrdflib, rdflib's store is used; the result behaves the same.

    Raises
    ------
    InputError
        If the file is missing, has an unknown suffix, or cannot be parsed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = p.write_text('<http://ex.org/a> <http://ex.org/b> "c" .', encoding="utf-8")
    >>> len(load_graph(p))
    1
    """
    quads = read_quads(path)
    if rdf_format(path) in QUAD_FORMATS:
        return to_rdflib(quads, fast=True)
    return to_rdflib(quads, graph=_new_graph(Graph, fast=True))


# ---------------------------------------------------------------- writing


def as_quads(source: Any) -> Quads:
    """Canonical quads of :class:`Quads` (as is), an rdflib Graph/Dataset or an iterable of Oxigraph quads."""
    if isinstance(source, Quads):
        return source
    if isinstance(source, Graph):
        return Quads.from_rdflib(source)
    return Quads.from_oxigraph(source)


def _lines_to_quads(lines: Iterable[str], fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    """Oxigraph quads of N-Triples/N-Quads lines, parsed a chunk at a time (the order is kept)."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= _CHUNK:
            yield from ox.parse("\n".join(chunk).encode("utf-8"), format=fmt)
            chunk.clear()
    if chunk:
        yield from ox.parse("\n".join(chunk).encode("utf-8"), format=fmt)


def write_sorted(lines: Iterable[str] | Iterable[tuple[str, str]], format: str, output: IO[bytes] | None = None):
    """Write canonical lines with Oxigraph's writer, in the order given; return the bytes if ``output`` is None.

    ``lines``: for the triple formats the sorted distinct lines of the union (:meth:`Quads.triples`); for
    the quad formats ``(graph, line)`` pairs sorted by graph, then line (:meth:`Quads.quad_lines`; graph
    ``""`` is the default graph). Streams: the streaming build feeds merged runs from disk.
    """
    if format not in RDF_FORMATS.values():
        raise OutputError(f"unknown RDF format {format!r}; use one of {', '.join(sorted(set(RDF_FORMATS.values())))}")
    if format in QUAD_FORMATS:
        nquads = (f"{line[:-2]} {g} ." if g else line for g, line in lines)
        quads: Iterator[Any] = _lines_to_quads(nquads, ox.RdfFormat.N_QUADS)
    else:
        quads = (ox.Triple(q.subject, q.predicate, q.object) for q in _lines_to_quads(lines, ox.RdfFormat.N_TRIPLES))
    return ox.serialize(quads, output, getattr(ox.RdfFormat, format), prefixes=_PREFIXED.get(format))


def serialize(source: Any, format: str = "TURTLE") -> bytes:
    """Serialise in canonical order: the same graph always gives the same bytes, whatever the input order.

    ``source``: what :func:`stancegraph.rdf.mint.to_quads` returns, an rdflib Graph/Dataset or Oxigraph
    quads. ``format``: an ``RdfFormat`` name; quad formats keep graph names, the others write the union.

    >>> q = ox.Quad(ox.NamedNode("http://ex.org/a"), ox.NamedNode("http://ex.org/b"), ox.Literal("c"),
    ...             ox.NamedNode("http://ex.org/g"))
    >>> serialize([q, q], "N_QUADS")
    b'<http://ex.org/a> <http://ex.org/b> "c" <http://ex.org/g> .\\n'
    """
    quads = as_quads(source)
    return write_sorted(quads.quad_lines() if format in QUAD_FORMATS else quads.triples(), format)


def write_rdf(source: Any, path: str | os.PathLike[str]) -> int:
    """Write ``source`` to ``path`` in the syntax its suffix names, atomically; return the number of
    statements (triples or quads) written.

    ``source`` is anything :func:`serialize` takes, the path of an RDF file (a conversion), or a graph
    store (an object whose ``export(format)`` gives bytes and a count, see :mod:`stancegraph.rdf.graphstore`).
    """
    fmt = rdf_format(path, writing=True)
    if callable(getattr(source, "export", None)):
        data, count = source.export(fmt)
    else:
        quads = Quads.from_oxigraph(read_quads(source)) if isinstance(source, (str, os.PathLike)) else as_quads(source)
        data, count = serialize(quads, fmt), len(quads) if fmt in QUAD_FORMATS else len(quads.triples())
    with atomic_open(path, "wb") as f:
        f.write(data)
    return count


def convert(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> int:
    """Convert an RDF file to another syntax (both by suffix); return the number of statements written."""
    return write_rdf(source, target)


# ---------------------------------------------------------------- rdflib <-> Oxigraph


def _new_graph(kind: type, *, fast: bool) -> Any:
    """An empty rdflib Graph or Dataset, backed by Oxigraph (oxrdflib) if ``fast`` and installed."""
    store = "default"
    if fast:
        try:
            import oxrdflib  # noqa: F401  (optional at run time: registers the "Oxigraph" store)

            store = "Oxigraph"
        except ImportError:
            pass
    return Dataset(store=store, default_union=True) if kind is Dataset else Graph(store=store)


def to_rdflib(source: Any, *, graph: Graph | None = None, fast: bool = False) -> Any:
    """The rdflib form of quads: the one converter from the core's quads to rdflib (analysis, SHACL).

    ``source``: :class:`Quads` or Oxigraph quads. The quads are added to ``graph`` (a Dataset keeps the
    graph names, a Graph takes the union), else to a new ``Dataset(default_union=True)``: backed by
    Oxigraph if ``fast`` (quick SPARQL; oxrdflib reads plain literals back typed ``xsd:string``), else
    by rdflib's own store, whose terms compare equal to the ones written.
    """
    quads = source.to_oxigraph() if isinstance(source, Quads) else source
    target = graph if graph is not None else _new_graph(Dataset, fast=fast)
    if type(target.store).__name__ == "OxigraphStore":  # parsed in Rust by oxrdflib: no Python term per triple
        named = getattr(target, "context_aware", False)
        items = quads if named else (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        data = ox.serialize(items, format=ox.RdfFormat.N_QUADS if named else ox.RdfFormat.N_TRIPLES)
        if data:
            target.parse(data=data.decode("utf-8"), format="ox-nquads" if named else "ox-nt")
        return target
    cache: dict[Any, Any] = {}

    def term(x: Any) -> Any:
        found = cache.get(x)
        if found is None:
            found = cache[x] = rdflib_term(x)
        return found

    contexts: dict[Any, Graph] = {}
    named = getattr(target, "context_aware", False)

    def context(name: Any) -> Graph:  # the rdflib graph a quad goes to
        if not named:
            return target
        found = contexts.get(name)
        if found is None:
            found = contexts[name] = (target.default_context if isinstance(name, ox.DefaultGraph)
                                      else target.graph(term(name)))
        return found

    target.addN((term(q.subject), term(q.predicate), term(q.object), context(q.graph_name)) for q in quads)
    return target


def rdflib_term(term: Any) -> Any:
    """The rdflib term of an Oxigraph term (None stays None); plain literals stay plain.

    >>> rdflib_term(ox.Literal("a", language="en")), rdflib_term(ox.NamedNode("http://ex.org/a"))
    (rdflib.term.Literal('a', lang='en'), rdflib.term.URIRef('http://ex.org/a'))
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (XSD_STRING, RDF_LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # RDF 1.2 triple terms: not used by stancegraph


def to_oxigraph(term: Any, bnodes: dict | None = None) -> Any:
    """The Oxigraph term of an rdflib term; ``bnodes`` keeps blank nodes consistent within one call site."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        bnodes = {} if bnodes is None else bnodes
        if term not in bnodes:
            bnodes[term] = ox.BlankNode(str(term)) if str(term).isalnum() else ox.BlankNode()
        return bnodes[term]
    raise InputError(f"cannot use the RDF term {term!r}: not an IRI, blank node or literal")


def oxigraph_quads(graph: Graph | Dataset) -> Iterator[ox.Quad]:
    """Oxigraph quads of an rdflib graph: a Dataset's named graphs keep their names, its default graph
    (and a plain Graph) gives default-graph quads."""
    bnodes: dict = {}
    for s, p, o, name in rdflib_rows(graph):
        g: Any = ox.DefaultGraph() if name is None else ox.NamedNode(str(name))
        yield ox.Quad(to_oxigraph(s, bnodes), to_oxigraph(p, bnodes), to_oxigraph(o, bnodes), g)
