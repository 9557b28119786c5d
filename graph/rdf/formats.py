"""RDF files in six syntaxes (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML): read and write with Oxigraph.

Writing is deterministic (canonical order: sorted N-Triples lines, see stancegraph.rdf.ntriples) and lossless:
TriG, N-Quads and JSON-LD keep one named graph per document; Turtle, N-Triples and RDF/XML hold the
de-duplicated union of the graphs (what ``graph.ttl`` holds). Reading any of them back gives a graph
isomorphic to the one written (``rdflib.compare.isomorphic``).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef

from stancegraph.errors import InputError, OutputError
from stancegraph.rdf.ntriples import Quads
from stancegraph.rdf.turtle import WRITERS, to_bytes

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "RDF_FORMATS", "QUAD_FORMATS", "rdf_format", "to_ox_quads", "read_quads", "serialize_quads",
    "write_rdf", "load_rdf", "convert",
]

RDF_FORMATS = {
    ".ttl": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".jsonld": "JSON_LD", ".rdf": "RDF_XML",
}
"""File suffix -> pyoxigraph ``RdfFormat`` name."""
QUAD_FORMATS = frozenset({"TRIG", "N_QUADS", "JSON_LD"})
"""Formats that keep named graphs; the others hold the union of all graphs."""

_RDFLIB_DEFAULT = "urn:x-rdflib:default"


def rdf_format(path: str | os.PathLike[str], *, writing: bool = False) -> str:
    """The ``RdfFormat`` name for ``path``'s suffix.

    >>> rdf_format("out/graph.jsonld")
    'JSON_LD'
    """
    suffix = os.path.splitext(str(path))[1].lower()
    if suffix not in RDF_FORMATS:
        error = OutputError if writing else InputError
        raise error(f"cannot tell the RDF syntax of {str(path)!r} from its suffix; use one of {', '.join(RDF_FORMATS)}")
    return RDF_FORMATS[suffix]


def to_oxigraph(term, bnodes: dict | None = None):
    """The pyoxigraph term of an rdflib term; ``bnodes`` keeps blank nodes consistent within one call site."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        if bnodes is None:
            bnodes = {}
        if term not in bnodes:
            bnodes[term] = ox.BlankNode(str(term)) if str(term).isalnum() else ox.BlankNode()
        return bnodes[term]
    raise InputError(f"cannot write the RDF term {term!r}: not an IRI, blank node or literal")


def to_ox_quads(graph: Graph | Dataset) -> Iterator["ox.Quad"]:
    """Oxigraph quads of an rdflib graph: a Dataset's named graphs keep their names, its default graph
    (and a plain Graph) gives default-graph quads."""
    import pyoxigraph as ox

    bnodes: dict = {}
    if getattr(graph, "context_aware", False):
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            name = getattr(ctx, "identifier", ctx)
            if name is None or isinstance(name, BNode) or str(name) == _RDFLIB_DEFAULT:
                g = ox.DefaultGraph()
            else:
                g = ox.NamedNode(str(name))
            yield ox.Quad(to_oxigraph(s, bnodes), to_oxigraph(p, bnodes), to_oxigraph(o, bnodes), g)
    else:
        for s, p, o in graph:
            yield ox.Quad(to_oxigraph(s, bnodes), to_oxigraph(p, bnodes), to_oxigraph(o, bnodes), ox.DefaultGraph())


def serialize_quads(quads: "Iterable[ox.Quad] | Quads", format: str = "TURTLE") -> bytes:
    """Serialise quads in ``format`` (an ``RdfFormat`` name), sorted and de-duplicated.

    Quad formats keep graph names; triple formats (TURTLE, N_TRIPLES, RDF_XML) write the union.

    >>> import pyoxigraph as ox
    >>> q = ox.Quad(ox.NamedNode("http://ex.org/a"), ox.NamedNode("http://ex.org/b"), ox.Literal("c"),
    ...             ox.NamedNode("http://ex.org/g"))
    >>> serialize_quads([q, q], "N_QUADS")
    b'<http://ex.org/a> <http://ex.org/b> "c" <http://ex.org/g> .\\n'
    """
    return _serialize(quads, format)[0]


def _canonical(quads: "Iterable[ox.Quad] | Quads") -> Quads:
    return quads if isinstance(quads, Quads) else Quads.from_oxigraph(quads)


def _serialize(quads: "Iterable[ox.Quad] | Quads", format: str) -> tuple[bytes, int]:
    """(bytes, number of statements written); stancegraph's writer for its four formats, Oxigraph's
    (fed in the same canonical order) for JSON-LD and RDF/XML."""
    if format not in RDF_FORMATS.values():
        raise OutputError(f"unknown RDF format {format!r}; use one of {', '.join(sorted(RDF_FORMATS.values()))}")
    canonical = _canonical(quads)
    count = len(canonical) if format in QUAD_FORMATS else len(canonical.triples())
    if format in WRITERS:
        return to_bytes(canonical, format), count
    import pyoxigraph as ox

    from stancegraph.kb.vocab import PREFIXES

    kwargs: dict[str, Any] = {"prefixes": PREFIXES} if format == "RDF_XML" else {}
    if format in QUAD_FORMATS:
        items = canonical.to_oxigraph()
    else:
        items = list(ox.parse("\n".join(canonical.triples()).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    return ox.serialize(items, format=getattr(ox.RdfFormat, format), **kwargs), count


def read_quads(path: str | os.PathLike[str]) -> list["ox.Quad"]:
    """Parse an RDF file (syntax by suffix, see ``RDF_FORMATS``) into Oxigraph quads.

    Raises
    ------
    InputError
        If the file is missing, has an unknown suffix or does not parse (the message names the line).
    """
    import pyoxigraph as ox

    fmt = rdf_format(path)
    if not Path(path).is_file():
        raise InputError(f"cannot read RDF from {str(path)!r}: no such file")
    try:
        return list(ox.parse(path=str(path), format=getattr(ox.RdfFormat, fmt)))
    except (SyntaxError, ValueError) as error:
        raise InputError(f"cannot read RDF from {str(path)!r}: {error}; is it really {fmt.replace('_', '-')}?") from None
    except OSError as error:
        raise InputError(f"cannot read RDF from {str(path)!r}: {error}") from None


def write_rdf(source: Any, path: str | os.PathLike[str]) -> int:
    """Write ``source`` to ``path`` in the syntax its suffix names, atomically; return the number of
    statements (triples or quads) written.

    ``source`` is an rdflib Graph or Dataset, an iterable of Oxigraph quads, the path of an RDF file
    (a conversion), or a :class:`stancegraph.rdf.store.GraphStore` (its documents).
    """
    from stancegraph.atomic import atomic_open
    from stancegraph.rdf.store import GraphStore

    fmt = rdf_format(path, writing=True)
    if isinstance(source, GraphStore):
        data, count = source.export(fmt)
    else:
        if isinstance(source, (str, os.PathLike)):
            quads: Any = read_quads(source)
        elif isinstance(source, Graph):
            quads = Quads.from_rdflib(source)
        else:
            quads = source
        data, count = _serialize(quads, fmt)
    with atomic_open(path, "wb") as f:
        f.write(data)
    return count


def convert(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> int:
    """Convert an RDF file to another syntax (both by suffix); return the number of statements written."""
    return write_rdf(source, target)


def load_rdf(path: str | os.PathLike[str]) -> Graph | Dataset:
    """Read any of the six syntaxes into an rdflib graph, term for term as written.

    Oxigraph parses (fast, every syntax); the triples go into rdflib's own store, whose terms compare
    equal to the ones written (the Oxigraph-backed store of oxrdflib reads plain literals back as
    ``xsd:string`` literals, which rdflib does not take as equal). TriG, N-Quads and JSON-LD give a
    ``Dataset`` with ``default_union=True``; the others a ``Graph``.
    """
    import pyoxigraph as ox

    fmt = rdf_format(path)
    quads = read_quads(path)
    named = fmt in QUAD_FORMATS
    data = ox.serialize(quads if named else [ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                        format=ox.RdfFormat.N_QUADS if named else ox.RdfFormat.N_TRIPLES)
    graph: Graph | Dataset = Dataset(default_union=True) if named else Graph()
    graph.parse(data=data.decode("utf-8"), format="nquads" if named else "nt")
    return graph
