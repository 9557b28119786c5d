"""A SPARQL 1.1 server as a graph store: the Graph Store Protocol for graphs, SPARQL Update and Query for the rest.

A remote server is reached with the SPARQL 1.1 protocols only: Graph Store Protocol (``PUT``/``GET``
``?graph=<doc IRI>``) for graphs, SPARQL Update for the union and the recount, SPARQL Query for queries.
Credentials come from the environment (``STANCEGRAPH_STORE_TOKEN``, or ``STANCEGRAPH_STORE_USER`` and
``STANCEGRAPH_STORE_PASSWORD``), never from arguments; they are never logged nor put in messages.
The layout of the graphs is that of every store (:mod:`stancegraph.rdf.graphstore`).
"""
from __future__ import annotations

import base64
import http.client
import ipaddress
import json
import logging
import os
import socket
import time
import warnings
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from stancegraph.errors import InputError
from stancegraph.rdf.graphstore import DOCUMENTS_GRAPH, VOCABULARY_GRAPH, GraphStore, StoreWarning
from stancegraph.rdf.io import rdflib_term
from stancegraph.rdf.sparql import RowLimit, check_query, prologue, uses_graph_patterns, with_values

__all__ = ["RemoteStore", "StoreWarning", "ENV_USER", "ENV_PASSWORD", "ENV_TOKEN", "ENV_TIMEOUT", "ENV_RETRIES",
           "TIMEOUT", "RETRIES"]

log = logging.getLogger(__name__)

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "STANCEGRAPH_STORE_USER", "STANCEGRAPH_STORE_PASSWORD", "STANCEGRAPH_STORE_TOKEN"
_ENV_ENDPOINTS = {"query": "STANCEGRAPH_STORE_QUERY_URL", "update": "STANCEGRAPH_STORE_UPDATE_URL",
                  "store": "STANCEGRAPH_STORE_GSP_URL"}
_TRANSIENT = {429, 500, 502, 503, 504}
ENV_TIMEOUT, ENV_RETRIES = "STANCEGRAPH_STORE_TIMEOUT", "STANCEGRAPH_STORE_RETRIES"
TIMEOUT = 120.0
"""Seconds to wait for a server's answer to one request (``--store-timeout``); a request that times out
is not retried: a server that hangs costs this long, not this long times the retries."""
RETRIES = 3
"""Retries of a request after a refused or reset connection or HTTP 429/5xx (``--store-retries``)."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects are not followed: they could carry the credentials to another host."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D401, ANN001
        return None


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB, Virtuoso ...) reached over HTTP(S).

    Endpoints default to Oxigraph's layout under ``url``: ``/query``, ``/update`` and ``/store``
    (Graph Store Protocol). Others are set with the arguments or with the environment variables
    ``STANCEGRAPH_STORE_QUERY_URL``, ``STANCEGRAPH_STORE_UPDATE_URL`` and ``STANCEGRAPH_STORE_GSP_URL``
    (Fuseki: ``http://host:3030/ds`` with ``STANCEGRAPH_STORE_GSP_URL=http://host:3030/ds/data``).
    Transient failures (connection refused or reset, HTTP 429/500/502/503/504) are retried ``retries``
    times with exponential back-off starting at ``backoff`` seconds; a request that gets no answer within
    ``timeout`` seconds fails at once. Both default to the environment (``STANCEGRAPH_STORE_TIMEOUT``,
    ``STANCEGRAPH_STORE_RETRIES``), else :data:`TIMEOUT` and :data:`RETRIES`. Credentials sent over plain
    ``http://`` to a host that is not this machine give a :class:`StoreWarning`.

    Credentials come from ``env`` (default: the process environment), never from ``url``. With ``check``
    (the default) the server is asked ``ASK {}`` at once, so a wrong URL or bad credentials fail here.

    Raises
    ------
    InputError
        if ``url`` is no http(s) URL or carries credentials, only one of user and password is set,
        or (with ``check``) the server cannot be reached or refuses the credentials.

    Examples
    --------
    No request is made with ``check=False``: the endpoints follow Oxigraph's layout, or the environment.

    >>> store = RemoteStore("http://127.0.0.1:7878/", env={}, check=False)
    >>> store.location, store.query_endpoint, store.store_endpoint
    ('http://127.0.0.1:7878', 'http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/store')
    >>> fuseki = RemoteStore("http://127.0.0.1:3030/ds", check=False,
    ...                      env={"STANCEGRAPH_STORE_GSP_URL": "http://127.0.0.1:3030/ds/data"})
    >>> fuseki.store_endpoint, fuseki.update_endpoint
    ('http://127.0.0.1:3030/ds/data', 'http://127.0.0.1:3030/ds/update')

    What it refuses (the password is not repeated in the message):

    >>> RemoteStore("ftp://127.0.0.1/ds", env={}, check=False)
    Traceback (most recent call last):
    stancegraph.errors.InputError: store URL 'ftp://127.0.0.1/ds' is not an http(s):// URL...
    >>> RemoteStore("http://me:s3cret@127.0.0.1:7878", env={}, check=False)
    Traceback (most recent call last):
    stancegraph.errors.InputError: store URL for 127.0.0.1 carries credentials, which stancegraph does not take from arguments; remove them and set STANCEGRAPH_STORE_USER and STANCEGRAPH_STORE_PASSWORD (or STANCEGRAPH_STORE_TOKEN) instead
    >>> RemoteStore("http://127.0.0.1:7878", env={"STANCEGRAPH_STORE_USER": "me"}, check=False)
    Traceback (most recent call last):
    stancegraph.errors.InputError: STANCEGRAPH_STORE_USER is set but STANCEGRAPH_STORE_PASSWORD is not (or the other way round); set both
    """

    def __init__(self, url: str, *, query_endpoint: str | None = None, update_endpoint: str | None = None,
                 store_endpoint: str | None = None, retries: int | None = None, backoff: float = 0.5,
                 timeout: float | None = None, env: Mapping[str, str] | None = None, check: bool = True) -> None:
        env = os.environ if env is None else env
        parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise InputError(f"store URL {url!r} is not an http(s):// URL, e.g. http://127.0.0.1:7878", option="store")
        if parts.username or parts.password:
            raise InputError(
                f"store URL for {parts.hostname} carries credentials, which stancegraph does not take from arguments; "
                f"remove them and set {ENV_USER} and {ENV_PASSWORD} (or {ENV_TOKEN}) instead"
            )
        base = url.rstrip("/")
        self.location = base
        self.query_endpoint = query_endpoint or env.get(_ENV_ENDPOINTS["query"]) or base + "/query"
        self.update_endpoint = update_endpoint or env.get(_ENV_ENDPOINTS["update"]) or base + "/update"
        self.store_endpoint = store_endpoint or env.get(_ENV_ENDPOINTS["store"]) or base + "/store"
        self.retries = _setting(retries, env, ENV_RETRIES, RETRIES, int, "--store-retries")
        self.timeout = _setting(timeout, env, ENV_TIMEOUT, TIMEOUT, float, "--store-timeout")
        self.backoff = float(backoff)
        self._authorization = _authorization(env)
        if self._authorization and parts.scheme.lower() == "http" and not _is_loopback(parts.hostname):
            warnings.warn(f"credentials go to {parts.hostname} over plain http:// where anyone on the way can read them; "
                          "use https://", StoreWarning, stacklevel=2)
        handlers: list = [_NoRedirect()]
        if _is_loopback(parts.hostname):
            handlers.append(urllib.request.ProxyHandler({}))  # never send loopback traffic to a proxy
        self._opener = urllib.request.build_opener(*handlers)
        if check:
            self._select("ASK {}")  # fail early (down, wrong URL, credentials) before any work

    # ------------------------------------------------------------ HTTP

    def _request(self, method: str, url: str, *, body: bytes | None = None, content_type: str | None = None,
                 accept: str | None = None, missing_ok: bool = False) -> tuple[int, str, bytes]:
        headers = {"User-Agent": "stancegraph"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        if self._authorization:
            headers["Authorization"] = self._authorization
        what = f"{method} {url.split('?', 1)[0]}"
        delay = self.backoff
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            log.debug("%s (attempt %d)", what, attempt + 1)
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return response.status, response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as error:
                status = error.code
                detail = _first_line(error.read())
                if status == 404 and missing_ok:
                    return 404, "", b""
                if status in (401, 403):
                    raise InputError(self._auth_message(status)) from None
                if status in _TRANSIENT and attempt < self.retries:
                    log.info("%s: HTTP %d, retrying in %.1f s", what, status, delay)
                    time.sleep(delay)
                    delay *= 2
                    continue
                if 300 <= status < 400:
                    raise InputError(f"SPARQL server {self.location} redirected {what} (HTTP {status}); "
                                     "give the final URL", option="store") from None
                raise InputError(f"SPARQL server {self.location} refused {what}: HTTP {status} {detail}".rstrip()) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException, socket.timeout) as error:
                reason = getattr(error, "reason", error)
                if isinstance(reason, (TimeoutError, socket.timeout)):
                    raise InputError(
                        f"SPARQL server {self.location} did not answer {what} within {self.timeout:g} s; "
                        "check the server, or wait longer with --store-timeout SECONDS", option="store") from None
                if attempt < self.retries:
                    log.info("%s: %s, retrying in %.1f s", what, reason, delay)
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise InputError(
                    f"cannot reach the SPARQL server at {self.location} ({reason}) after {attempt + 1} attempt(s); "
                    "start it or check the URL", option="store"
                ) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _auth_message(self, status: int) -> str:
        if self._authorization:
            return (f"SPARQL server {self.location} rejected the credentials (HTTP {status}); check {ENV_TOKEN}, "
                    f"or {ENV_USER} and {ENV_PASSWORD}")
        return (f"SPARQL server {self.location} needs credentials (HTTP {status}); set {ENV_USER} and {ENV_PASSWORD}, "
                f"or {ENV_TOKEN}")

    def _graph_url(self, name: str) -> str:
        return f"{self.store_endpoint}?{urllib.parse.urlencode({'graph': name})}"

    # ------------------------------------------------------------ primitives

    def _graph_nt(self, name: str) -> bytes | None:
        status, _, data = self._request("GET", self._graph_url(name), accept="application/n-triples", missing_ok=True)
        return None if status == 404 else data

    def _put_nt(self, name: str, data: bytes) -> None:
        self._request("PUT", self._graph_url(name), body=data, content_type="application/n-triples")

    def _update(self, text: str) -> None:
        self._request("POST", self.update_endpoint, body=text.encode("utf-8"),
                      content_type="application/sparql-update")

    def _select(self, text: str, params: list[tuple[str, str]] | None = None) -> tuple[list[str], list[tuple]]:
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        if params and len(params) > 2:  # many graphs: a form body, not a URL of unbounded length
            body = urllib.parse.urlencode([("query", text), *params]).encode("ascii")
            _, ctype, data = self._request("POST", self.query_endpoint, body=body, accept=accept,
                                           content_type="application/x-www-form-urlencoded")
        else:
            url = self.query_endpoint + ("?" + urllib.parse.urlencode(params) if params else "")
            _, ctype, data = self._request("POST", url, body=text.encode("utf-8"), accept=accept,
                                           content_type="application/sparql-query")
        return _parse_results(data, ctype, self.location)

    def query(self, text: str, substitutions: Mapping, *, source: str = "(SPARQL text)",
              as_text: bool = False, max_rows: int | None = None,
              timeout: float | None = None) -> tuple[list[str], list[tuple]]:
        """Run the SPARQL query ``text`` (with ``substitutions`` for its parameters) on the server:
        ``(variables, rows)``, as :meth:`GraphStore.query` answers; ``as_text`` gives rows of strings.

        The query is parsed and checked locally first (:func:`stancegraph.rdf.sparql.check_query`, never
        evaluated here), so a syntax error names its line and column and no request is made. ``max_rows``
        cuts the rows client-side (the server still computes and sends them all); ``timeout`` lowers the
        HTTP time-out of this request (a wait for the server, per attempt).

        Examples
        --------
        >>> store = RemoteStore("http://127.0.0.1:7878", env={}, check=False)
        >>> store.query("SELECT ?s WHERE { ?s ?p }", {})
        Traceback (most recent call last):
        stancegraph.errors.InputError: SPARQL syntax error in query (SPARQL text) at line 1, column ...
        """
        check_query(text, source)  # parsed, never evaluated: no request before the query is known to be safe
        text = with_values(text, dict(substitutions), source)
        dataset = [("default-graph-uri", DOCUMENTS_GRAPH), ("default-graph-uri", VOCABULARY_GRAPH)]
        if uses_graph_patterns(text):  # the named graphs are the document graphs, as on an embedded store
            dataset += [("named-graph-uri", d.iri) for d in self.documents()]
        saved = self.timeout
        if timeout is not None:
            self.timeout = min(self.timeout, float(timeout))
        try:
            variables, rows = self._select(prologue(text) + text, dataset)
        finally:
            self.timeout = saved
        if as_text:
            rows = [tuple(None if v is None else str(v) for v in row) for row in rows]
        if max_rows is not None and len(rows) > max_rows:
            rows = RowLimit(rows[:max_rows])
            rows.limit = max_rows
        return variables, rows


def _authorization(env: Mapping[str, str]) -> str | None:
    token = env.get(ENV_TOKEN)
    if token:
        return f"Bearer {token}"
    user, password = env.get(ENV_USER), env.get(ENV_PASSWORD)
    if user or password:
        if not (user and password is not None):
            raise InputError(f"{ENV_USER} is set but {ENV_PASSWORD} is not (or the other way round); set both")
        return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return None


def _setting(value, env: Mapping[str, str], name: str, default, kind, flag: str):
    """``value``, else the environment variable ``name``, else ``default``; a bad one is a one-line error.

    >>> _setting(None, {"STANCEGRAPH_STORE_TIMEOUT": "5"}, "STANCEGRAPH_STORE_TIMEOUT", 120.0, float, "--store-timeout")
    5.0
    >>> _setting(None, {"STANCEGRAPH_STORE_RETRIES": "x"}, "STANCEGRAPH_STORE_RETRIES", 3, int, "--store-retries")
    Traceback (most recent call last):
    stancegraph.errors.InputError: STANCEGRAPH_STORE_RETRIES='x' is not a number >= 0; give e.g. --store-retries 3
    """
    raw = value if value is not None else env.get(name)
    if raw is None or raw == "":
        return default
    try:
        number = kind(raw)
    except (TypeError, ValueError):
        number = -1
    if number < 0 or (kind is float and number == 0):
        where = name if value is None else flag
        raise InputError(f"{where}={raw!r} is not a number {'> 0' if kind is float else '>= 0'}; "
                         f"give e.g. {flag} {default:g}", option="store")
    return number


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip().splitlines()
    return text[0][:200] if text else ""


def _parse_results(data: bytes, content_type: str, location: str) -> tuple[list[str], list[tuple]]:
    """SPARQL JSON results (SELECT, ASK) or N-Triples (CONSTRUCT, DESCRIBE) -> (variables, rows).

    >>> _parse_results(b'{"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "x"}}]}}',
    ...                "application/sparql-results+json", "http://127.0.0.1:7878")
    (['n'], [(rdflib.term.Literal('x'),)])
    >>> _parse_results(b'{"boolean": true}', "application/sparql-results+json", "http://127.0.0.1:7878")
    (['ask'], [(rdflib.term.Literal('true', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#boolean')),)])
    """
    ctype = content_type.split(";", 1)[0].strip().lower()
    if ctype in ("application/n-triples", "text/plain", "text/turtle"):
        fmt = ox.RdfFormat.TURTLE if ctype == "text/turtle" else ox.RdfFormat.N_TRIPLES
        return ["subject", "predicate", "object"], [
            (rdflib_term(t.subject), rdflib_term(t.predicate), rdflib_term(t.object)) for t in ox.parse(data, format=fmt)
        ]
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InputError(f"SPARQL server {location} answered with {ctype or 'no content type'}, not SPARQL JSON "
                         "results; is it the server's base URL?", option="store") from None
    if "boolean" in doc:
        return ["ask"], [(Literal(bool(doc["boolean"])),)]
    variables = list(doc.get("head", {}).get("vars", []))
    rows = [tuple(_json_term(b.get(v)) for v in variables) for b in doc.get("results", {}).get("bindings", [])]
    return variables, rows


def _json_term(value: dict | None) -> Any:
    if value is None:
        return None
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        lang = value.get("xml:lang")
        if lang:
            return Literal(value["value"], lang=lang)
        datatype = value.get("datatype")
        if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value["value"], datatype=URIRef(datatype))
        return Literal(value["value"])
    return Literal(str(value.get("value", "")))
