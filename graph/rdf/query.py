"""Run named or user SPARQL queries on a graph with Oxigraph: (variables, rows), parameters bound safely."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from os import PathLike
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import XSD
from rdflib.term import Identifier

from stancegraph.errors import InputError
from stancegraph.kb.codebook import event_type
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.resources import SUPPORT_GRAPHS, ontology_text
from stancegraph.kb.vocab import ACTOR, PREFIXES
from stancegraph.rdf.graphstore import GraphStore
from stancegraph.rdf.io import oxigraph_quads, rdf_format, to_oxigraph
from stancegraph.rdf.sparql import MAX_ROWS, TIMEOUT, check_parameters, check_query, evaluate, query_source

__all__ = ["run_query", "parameter_term", "ACTOR_PARAMS", "EVENT_TYPE_PARAMS"]

ACTOR_PARAMS = frozenset({"actor", "speaker", "target"})
"""Parameters whose text values are resolved through the actor registry."""
EVENT_TYPE_PARAMS = frozenset({"eventType", "type"})
"""Parameters whose text values are code-book names ("DEMAND")."""


def run_query(
    graph_or_path: Graph | str | PathLike | GraphStore,
    query: str | PathLike,
    *,
    registry: bool = True,
    as_text: bool = False,
    max_rows: int | None = MAX_ROWS,
    timeout: float | None = TIMEOUT,
    **params: Any,
) -> tuple[list[str], list[tuple]]:
    """Run a SPARQL query on a graph with Oxigraph and return ``(variables, rows)``.

    Parameters
    ----------
    graph_or_path
        An rdflib ``Graph`` / ``Dataset`` (copied, never changed), an RDF file (``.ttl``, ``.trig``,
        ``.nt``, ``.nq``, ``.jsonld``, ``.rdf``) or a :class:`stancegraph.rdf.store.GraphStore` (an
        embedded folder or a SPARQL server, queried in place: its default graph is the union of the
        documents and the vocabulary, see ``stancegraph.rdf.store``). For graphs and files, the
        stancegraph ontology, the code book and, if ``registry`` and
        ``ontology/actors.ttl`` exist, the actor registry are loaded next to it, so queries can
        use code-book weights and actor labels. Everything is also merged into the store's default
        graph (a de-duplicated union: the same triple in two document graphs counts once); the
        named graphs of a TriG/N-Quads input stay available to ``GRAPH`` patterns.
    query
        The name of a packaged query (``"who-did-what-to-whom"``, see
        ``stancegraph.kb.resources.query_names()``), the path of a ``.rq`` file, or SPARQL text.
        The prefixes of ``stancegraph.kb.vocab.PREFIXES`` (``sg:``, ``sgc:``, ``actor:``, ``skos:`` ...)
        are predeclared. Every query is parsed (rdflib's SPARQL parser) before it runs; ``SERVICE``
        (anywhere), ``FROM``/``FROM NAMED``, ``LOAD`` and every other update are refused: queries are
        read-only and never reach the network or the file system (:func:`stancegraph.rdf.sparql.check_query`).
    registry
        Load ``ontology/actors.ttl`` too (labels of registry actors).
    as_text
        Rows of plain strings (IRIs, lexical forms, ``None`` where unbound) instead of rdflib terms:
        what a table or CSV shows, without building an rdflib object per distinct value.
    max_rows
        At most this many rows are returned (``None``: no limit). When the query has more, the rows
        are a :class:`stancegraph.rdf.sparql.RowLimit` list (``rows.limit`` is set) holding the first
        ``max_rows``.
    timeout
        Seconds to wait for the result of a query on a graph, a file or an embedded store (``None``: no
        limit); then InputError. The evaluation is stopped at its next result row; one that produces
        no row for long (an aggregate) runs on in a background thread. On a server store it bounds
        each wait for the server's answer (the HTTP time-out), not the server's own work.
    **params
        Values for the query's variables, bound with Oxigraph ``substitutions`` (SEP-0007), never
        formatted into the query text. rdflib terms are used as given; ``str`` values of
        ``actor``/``speaker``/``target`` are actor IRIs, prefixed names (``"actor:RUS"``) or text
        the actor registry resolves (``"Putin"``, ``"RUS"``, ``"Q159"``; unknown or ambiguous names
        raise InputError with suggestions); of ``eventType``/``type`` code-book names
        (``"DEMAND"``); other strings starting with ``http(s)://`` are IRIs, the rest plain
        literals. ``bool``, ``int``, ``Decimal``, ``float`` and ``datetime.date`` become typed literals.

    Returns
    -------
    (variables, rows)
        SELECT: the projected variable names and one tuple of rdflib terms (``None`` = unbound)
        per solution. ASK: ``(["ask"], [(Literal(bool),)])``. CONSTRUCT/DESCRIBE:
        ``(["subject", "predicate", "object"], triples)``.

    Raises
    ------
    UnknownQuery
        ``query`` is neither a packaged name, a ``.rq`` file nor SPARQL.
    InputError
        Syntax error (with line and column), a refused clause, an unreadable data file, or a
        parameter the query does not use.

    Examples
    --------
    >>> from rdflib import Graph
    >>> run_query(Graph(), "SELECT (1 + 1 AS ?two) WHERE {}")
    (['two'], [(rdflib.term.Literal('2', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')),)])
    """
    text, source = query_source(query)
    check_query(text, source)
    check_parameters(text, source, params)
    if max_rows is not None and (not isinstance(max_rows, int) or max_rows < 1):
        raise InputError(f"max_rows={max_rows!r}: give a positive number of rows")
    if timeout is not None and not timeout > 0:
        raise InputError(f"timeout={timeout!r}: give a positive number of seconds")
    substitutions = {ox.Variable(name): parameter_term(name, value) for name, value in params.items()}
    if isinstance(graph_or_path, GraphStore):
        return graph_or_path.query(text, substitutions, source=source, as_text=as_text, max_rows=max_rows,
                                   timeout=timeout)
    store = _load_store(graph_or_path, registry=registry)
    return evaluate(store, text, substitutions, source, as_text=as_text, max_rows=max_rows, timeout=timeout)


# ---------------------------------------------------------------- parameters


def parameter_term(name: str, value: Any) -> Any:
    """The Oxigraph term a query parameter stands for (see :func:`run_query`'s ``params``).

    >>> parameter_term("eventType", "DEMAND")
    <NamedNode value=https://w3id.org/stancegraph/codebook/DEMAND>
    """
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, Identifier):
        return to_oxigraph(value)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(str(XSD.boolean)))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.integer)))
    if isinstance(value, Decimal):
        return ox.Literal(str(value), datatype=ox.NamedNode(str(XSD.decimal)))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(str(XSD.double)))
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.dateTime)))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(str(XSD.date)))
    if not isinstance(value, str):
        raise InputError(f"parameter {name}={value!r}: unsupported type {type(value).__name__}")
    if name in EVENT_TYPE_PARAMS and ":" not in value:
        return ox.NamedNode(event_type(value).iri)
    iri = _expand_iri(value)
    if iri is not None:
        return _named_node(name, iri)
    if name in ACTOR_PARAMS:
        return _named_node(name, _resolve_actor(name, value))
    return ox.Literal(value)


def _expand_iri(value: str) -> str | None:
    """An IRI for ``http(s)://…``, ``urn:…`` or a known prefixed name (``actor:RUS``), else None."""
    if re.match(r"^(https?|urn):", value):
        return value
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and re.fullmatch(r"[\w.\-]+", local or "-"):
        return PREFIXES[prefix] + local
    return None


def _named_node(name: str, iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        raise InputError(f"parameter {name}={iri!r} is not a valid IRI: {error}") from None


def _resolve_actor(name: str, text: str) -> str:
    """Actor IRI for a name, id, ISO3 code or QID, resolved by the actor registry (loaded lazily)."""
    try:
        registry = ActorRegistry.load()
    except (ImportError, OSError):
        registry = None
    if registry is None:
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-]*", text):
            return str(ACTOR[text])  # no registry to ask: take the text as an actor id
        raise InputError(
            f"parameter {name}={text!r}: not an actor IRI, and no actor registry is available to resolve "
            "names; pass an IRI (actor:RUS) or an actor id"
        )
    try:
        found = registry.resolve(text)
    except InputError as error:
        raise InputError(f"parameter {name}: {error}") from None
    actor_id = str(getattr(found, "id", found))
    return actor_id if actor_id.startswith(("http://", "https://")) else str(ACTOR[actor_id])


# ---------------------------------------------------------------- loading


def _load_store(graph_or_path: Any, *, registry: bool) -> ox.Store:
    """An in-memory store: the data (named graphs kept), the support graphs, and their de-duplicated union
    as the default graph."""
    store = ox.Store()
    if isinstance(graph_or_path, Graph):
        _add_rdflib(store, graph_or_path)
    elif isinstance(graph_or_path, (str, PathLike)):
        _add_file(store, Path(graph_or_path))
    else:
        raise InputError(
            f"cannot query a {type(graph_or_path).__name__}: pass an rdflib Graph/Dataset, an RDF file or a GraphStore"
        )
    for name, graph_name in SUPPORT_GRAPHS.items():
        if name == "actors.ttl" and not registry:
            continue
        try:
            data = ontology_text(name)
        except InputError:
            continue  # actors.ttl not written yet
        store.load(data.encode("utf-8"), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph_name))
    # One de-duplicated default graph = the union of everything (Oxigraph's union default graph
    # would return a triple once per named graph that holds it).
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


def _add_file(store: ox.Store, path: Path) -> None:
    fmt = rdf_format(path)  # the one suffix table (stancegraph.rdf.io)
    if not path.is_file():
        raise InputError(f"cannot query {str(path)!r}: no such file")
    try:
        store.load(path=str(path), format=getattr(ox.RdfFormat, fmt))
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(f"cannot read RDF from {str(path)!r}: {error}") from None


def _add_rdflib(store: ox.Store, graph: Graph) -> None:
    if not getattr(graph, "context_aware", False):
        # rdflib's N-Triples writer + Oxigraph's parser beat term-by-term conversion (~1.5x)
        try:
            store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        except SyntaxError as error:
            raise InputError(f"the graph holds a term that is not valid RDF: {error}") from None
        return
    try:
        store.extend(list(oxigraph_quads(graph)))
    except ValueError as error:
        raise InputError(f"the graph holds a term that is not valid RDF: {error}") from None
