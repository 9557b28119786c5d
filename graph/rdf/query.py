"""Run named or user SPARQL queries on a graph with Oxigraph: (variables, rows), parameters bound safely."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from os import PathLike
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from stancegraph.errors import InputError, UnknownQuery
from stancegraph.rdf.formats import to_oxigraph
from stancegraph.rdf.results import rows_from_oxigraph

__all__ = ["run_query", "ACTOR_PARAMS", "EVENT_TYPE_PARAMS"]

ACTOR_PARAMS = frozenset({"actor", "speaker", "target"})
"""Parameters whose text values are resolved through the actor registry."""
EVENT_TYPE_PARAMS = frozenset({"eventType", "type"})
"""Parameters whose text values are code-book names ("DEMAND")."""

_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".trig": "TRIG", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
            ".jsonld": "JSON_LD", ".rdf": "RDF_XML"}
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_XSD_STRING = str(XSD.string)
_SUPPORT_GRAPHS = {  # ontology file -> graph name in the query store (as in stancegraph.rdf.store.SUPPORT_GRAPHS)
    "stancegraph.ttl": "https://w3id.org/stancegraph/ontology",
    "codebook.ttl": "https://w3id.org/stancegraph/codebook/",
    "actors.ttl": "https://w3id.org/stancegraph/actor/",
}
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


def run_query(
    graph_or_path: Graph | str | PathLike,
    query: str | PathLike,
    *,
    registry: bool = True,
    as_text: bool = False,
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
        are predeclared. ``SERVICE``, ``FROM``/``FROM NAMED``, ``LOAD`` and other updates are
        refused: queries are read-only and never reach the network or the file system.
    registry
        Load ``ontology/actors.ttl`` too (labels of registry actors).
    as_text
        Rows of plain strings (IRIs, lexical forms, ``None`` where unbound) instead of rdflib terms:
        what a table or CSV shows, without building an rdflib object per distinct value.
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
    import pyoxigraph as ox

    text, source = _query_source(query)
    _refuse_unsafe(text, source)
    substitutions = {}
    skeleton = _skeleton(text)
    for name, value in params.items():
        if not re.search(r"[?$]" + re.escape(name) + r"\b", skeleton):
            used = sorted(set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", skeleton)))
            raise InputError(
                f"query {source} has no variable ?{name}; its variables: {', '.join('?' + v for v in used)}"
            )
        substitutions[ox.Variable(name)] = _param_term(name, value)

    from stancegraph.rdf.store import GraphStore, RemoteStore

    if isinstance(graph_or_path, GraphStore):
        if isinstance(graph_or_path, RemoteStore):  # syntax and parameters checked here, with line and column
            _evaluate(ox.Store(), text, substitutions, source)
        return graph_or_path.query(text, substitutions, source=source, as_text=as_text)
    store = _load_store(graph_or_path, registry=registry)
    return _evaluate(store, text, substitutions, source, as_text=as_text)


def _evaluate(store, text: str, substitutions: dict, source: str, *, default_graph=None,
              as_text: bool = False) -> tuple[list[str], list[tuple]]:
    """Run ``text`` on a pyoxigraph store; errors become one-line InputErrors."""
    kwargs = {} if default_graph is None else {"default_graph": default_graph}
    try:
        result = store.query(text, prefixes=_prefixes(), substitutions=substitutions or None, **kwargs)
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


# ---------------------------------------------------------------- query text


def _query_source(query: str | PathLike) -> tuple[str, str]:
    """Return (SPARQL text, description for messages)."""
    from stancegraph.kb.resources import query_names, query_text

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


def _read_query_file(path: Path) -> tuple[str, str]:
    from stancegraph.kb.resources import query_names

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


def _uses_graph_patterns(text: str) -> bool:
    """Does the query name graphs (``GRAPH``)?

    >>> _uses_graph_patterns("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"), _uses_graph_patterns("SELECT ?graph {}")
    (True, False)
    """
    return re.search(_KEYWORD + r"GRAPH(?![\w:\-])", _skeleton(text), re.IGNORECASE) is not None


def _refuse_unsafe(text: str, source: str) -> None:
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


def _prefixes() -> dict[str, str]:
    from stancegraph.kb.vocab import PREFIXES

    return dict(PREFIXES)


def _prologue(text: str) -> str:
    """``PREFIX`` declarations of the predeclared prefixes, on one line (line numbers stay the same).

    The query's own declarations come later and win.
    """
    return " ".join(f"PREFIX {p}: <{ns}>" for p, ns in sorted(_prefixes().items())) + " "


def _masked(text: str) -> str:
    """``text`` with comments, strings and IRIs overwritten by ``x`` (same length: offsets stay)."""
    return _TOKENS.sub(lambda m: "x" * len(m.group(0)), text)


def _with_values(text: str, substitutions: dict, source: str) -> str:
    """Bind parameters for a server that takes no bindings: ``WHERE { P }`` becomes
    ``WHERE { VALUES (?a ...) { (term ...) } { P } }``. Terms are written in N-Triples syntax by
    Oxigraph (every quote and backslash escaped), so a value can never end its own token.

    >>> import pyoxigraph as ox
    >>> _with_values("SELECT ?s WHERE { ?s ?p ?o }", {ox.Variable("o"): ox.Literal('a" } DROP ALL {')}, "q")
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


# ---------------------------------------------------------------- parameters


def _param_term(name: str, value: Any):
    import pyoxigraph as ox

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
        from stancegraph.kb.codebook import event_type

        return ox.NamedNode(event_type(value).iri)
    iri = _expand_iri(value)
    if iri is not None:
        return _named_node(name, iri)
    if name in ACTOR_PARAMS:
        return _named_node(name, _resolve_actor(name, value))
    return ox.Literal(value)


def _expand_iri(value: str) -> str | None:
    """An IRI for ``http(s)://…``, ``urn:…`` or a known prefixed name (``actor:RUS``), else None."""
    from stancegraph.kb.vocab import PREFIXES

    if re.match(r"^(https?|urn):", value):
        return value
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and re.fullmatch(r"[\w.\-]+", local or "-"):
        return PREFIXES[prefix] + local
    return None


def _named_node(name: str, iri: str):
    import pyoxigraph as ox

    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        raise InputError(f"parameter {name}={iri!r} is not a valid IRI: {error}") from None


def _resolve_actor(name: str, text: str) -> str:
    """Actor IRI for a name, id, ISO3 code or QID, resolved by the actor registry (loaded lazily)."""
    from stancegraph.kb.vocab import ACTOR

    try:
        from stancegraph.kb.registry import ActorRegistry

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


def _load_store(graph_or_path, *, registry: bool):
    import pyoxigraph as ox

    from stancegraph.kb.resources import ontology_text

    store = ox.Store()
    if isinstance(graph_or_path, Graph):
        _add_rdflib(store, graph_or_path)
    elif isinstance(graph_or_path, (str, PathLike)):
        _add_file(store, Path(graph_or_path))
    else:
        raise InputError(
            f"cannot query a {type(graph_or_path).__name__}: pass an rdflib Graph/Dataset, an RDF file or a GraphStore"
        )
    for name, graph_name in _SUPPORT_GRAPHS.items():
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


def _add_file(store, path: Path) -> None:
    import pyoxigraph as ox

    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot query {str(path)!r}: unknown extension; use one of {', '.join(_FORMATS)}")
    if not path.is_file():
        raise InputError(f"cannot query {str(path)!r}: no such file")
    try:
        store.load(path=str(path), format=getattr(ox.RdfFormat, fmt))
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(f"cannot read RDF from {str(path)!r}: {error}") from None


def _add_rdflib(store, graph: Graph) -> None:
    import pyoxigraph as ox

    if not getattr(graph, "context_aware", False):
        # rdflib's N-Triples writer + Oxigraph's parser beat term-by-term conversion (~1.5x)
        try:
            store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        except SyntaxError as error:
            raise InputError(f"the graph holds a term that is not valid RDF: {error}") from None
        return
    bnodes: dict = {}
    quads = []
    for s, p, o, ctx in graph.quads((None, None, None, None)):
        name = getattr(ctx, "identifier", ctx)
        if name is None or str(name) == "urn:x-rdflib:default" or isinstance(name, BNode):
            target = ox.DefaultGraph()
        else:
            target = ox.NamedNode(str(name))
        try:
            quads.append(ox.Quad(to_oxigraph(s, bnodes), to_oxigraph(p, bnodes), to_oxigraph(o, bnodes), target))
        except ValueError as error:
            raise InputError(f"the graph holds a term that is not valid RDF: {error}") from None
    store.extend(quads)


# ---------------------------------------------------------------- terms




def _to_rdflib(term):
    import pyoxigraph as ox

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
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))  # RDF 1.2 triple terms: not used by stancegraph
