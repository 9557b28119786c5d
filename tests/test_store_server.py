"""A real SPARQL server (``oxigraph serve`` on 127.0.0.1, temp folder): push, query, replace, remove, errors."""
from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.rdf.query import run_query
from stancegraph.rdf.mint import document_iri
from stancegraph.rdf.store import DOCUMENTS_GRAPH, RemoteStore, open_store
from test_query_library import EXPECTED_ROWS, INJECTIONS, sample_dataset, sample_documents


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


OXIGRAPH = _oxigraph_binary()
pytestmark = pytest.mark.skipif(
    OXIGRAPH is None, reason="the oxigraph server binary is not installed (pip install -e '.[test]' brings it)"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(tmp_path):
    """``oxigraph serve`` on a free loopback port; yields its URL and stops it afterwards."""
    port = _free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "data"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):  # wait until it listens (bounded: 200 x 50 ms)
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode()[:300]}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("oxigraph serve did not start listening")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_server_round_trip_matches_the_in_process_store(server, tmp_path):
    dataset = sample_dataset()
    remote = open_store(server)
    assert isinstance(remote, RemoteStore)
    assert remote.add(dataset).summary() == "2 added"
    with open_store(tmp_path / "embedded", create=True) as embedded:
        embedded.add(dataset)
        for name, params, n in EXPECTED_ROWS:
            got = run_query(remote, name, **params)
            assert got == run_query(embedded, name, **params) == run_query(dataset, name, **params), name
            assert len(got[1]) == n
        # ASK and CONSTRUCT travel too
        assert run_query(remote, "ASK { ?s a sg:Statement }") == run_query(embedded, "ASK { ?s a sg:Statement }")
        construct = "CONSTRUCT { ?s sg:speaker ?o } WHERE { ?s sg:speaker ?o }"
        assert sorted(run_query(remote, construct)[1]) == sorted(run_query(embedded, construct)[1])
        for fmt in ("N_QUADS", "TURTLE"):
            mine, theirs = embedded.export(fmt), remote.export(fmt)
            assert set(ox.parse(mine[0], format=getattr(ox.RdfFormat, fmt))) == \
                   set(ox.parse(theirs[0], format=getattr(ox.RdfFormat, fmt))) and mine[1] == theirs[1]
    # idempotent: a second push changes nothing
    before = remote.export("N_QUADS")[0]
    assert remote.add(dataset).summary() == "2 unchanged"
    assert remote.export("N_QUADS")[0] == before


def test_server_replace_recount_and_remove(server):
    documents, statements = sample_documents()
    a, b = documents
    remote = open_store(server)
    remote.add(sample_dataset())
    remote.remove("doc-a")
    assert [d.identifier for d in remote.documents()] == ["doc-b"]
    rows = run_query(remote, "who-did-what-to-whom", speaker="RUS")[1]
    assert rows[0][8].toPython() == 1  # mentionCount recounted on the server
    assert len(run_query(remote, "who-did-what-to-whom")[1]) == 4
    from stancegraph.rdf.mint import to_rdf

    remote.add(to_rdf([a], [s for s in statements if s.document == "doc-a"]))
    assert run_query(remote, "who-did-what-to-whom", speaker="RUS")[1][0][8].toPython() == 2
    assert {d.iri for d in remote.documents()} == {str(document_iri(a)), str(document_iri(b))}


@pytest.mark.parametrize("value", INJECTIONS)
def test_server_injection_returns_no_rows_and_harms_nothing(server, value):
    remote = open_store(server)
    remote.add(sample_dataset())
    before = remote.export("N_QUADS")[0]
    sparql = "SELECT ?m ?speakerText WHERE { ?m sg:speakerText ?speakerText }"
    assert run_query(remote, sparql, speakerText=value)[1] == []
    assert run_query(remote, "provenance", statement=value)[1] == []
    with pytest.raises(InputError):
        run_query(remote, "statements-of-actor", actor=value)
    assert remote.export("N_QUADS")[0] == before
    assert len(run_query(remote, "who-did-what-to-whom")[1]) == 8


def test_server_binds_awkward_literals_exactly(server):
    """A bound literal reaches the server as the same term: it matches itself and nothing else."""
    remote = open_store(server)
    remote.add(sample_dataset())
    value = 'q"uo\'te \\u0022 back\\slash } { \n new line 🙂'
    remote._update("INSERT DATA { GRAPH <%s> { <urn:x:s> <urn:x:p> %s } }" % (DOCUMENTS_GRAPH, ox.Literal(value)))
    query = "SELECT ?s ?o WHERE { ?s <urn:x:p> ?o }"
    assert [str(r[0]) for r in run_query(remote, query, o=value)[1]] == ["urn:x:s"]
    assert run_query(remote, query, o=value + " ")[1] == []


def test_server_cli_query_build_and_convert(server, tmp_path):
    runner = CliRunner()
    trig = tmp_path / "g.trig"
    sample_dataset().serialize(trig, format="trig")
    open_store(server).add(sample_dataset())
    result = runner.invoke(cli, ["query", "--store", server, "statements-of-actor", "-p", "actor=Russia", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 4
    out = tmp_path / "remote.ttl"
    result = runner.invoke(cli, ["convert", "--store", server, "-o", str(out)])
    assert result.exit_code == 0 and out.stat().st_size > 0
    result = runner.invoke(cli, ["query", "--store", server, "--sparql", "SELECT ?s WHERE {\n ?s ?p }"])
    assert result.exit_code == 1 and "line 2, column" in result.output


# ---------------------------------------------------------------- failures (small stand-in servers)


class _Scripted(http.server.BaseHTTPRequestHandler):
    """Answers from a script: a list of (status, body); records the Authorization headers seen."""

    script: list = []
    seen: list = []

    def _answer(self):
        self.seen.append(self.headers.get("Authorization"))
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        status, body = self.script.pop(0) if self.script else (200, b'{"boolean": true}')
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture()
def scripted():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Scripted.script, _Scripted.seen = [], []
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", _Scripted
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_server_retries_transient_errors_with_backoff(scripted):
    url, handler = scripted
    handler.script = [(503, b"busy"), (502, b"gateway")]
    store = RemoteStore(url, backoff=0.01, env={})
    assert len(handler.seen) == 3  # two failures, then the ASK succeeded
    handler.script = [(503, b"busy")] * 5
    with pytest.raises(InputError, match="HTTP 503"):
        RemoteStore(url, retries=2, backoff=0.01, env={})
    assert store.location == url


def test_server_auth_failure_is_one_line_and_never_shows_the_secret(scripted):
    url, handler = scripted
    secret = "s3cr3t-value"
    handler.script = [(401, b"unauthorized")]
    with pytest.raises(InputError) as info:
        RemoteStore(url, backoff=0.01, env={"STANCEGRAPH_STORE_USER": "me", "STANCEGRAPH_STORE_PASSWORD": secret})
    message = str(info.value)
    assert "rejected the credentials (HTTP 401)" in message and "\n" not in message and secret not in message
    assert handler.seen[-1].startswith("Basic ")
    handler.script = [(403, b"forbidden")]
    with pytest.raises(InputError, match=r"needs credentials \(HTTP 403\); set STANCEGRAPH_STORE_USER"):
        RemoteStore(url, backoff=0.01, env={})
    RemoteStore(url, env={"STANCEGRAPH_STORE_TOKEN": secret})
    assert handler.seen[-1] == f"Bearer {secret}"
    with pytest.raises(InputError, match="carries credentials"):
        RemoteStore(url.replace("http://", f"http://me:{secret}@"), env={})


def test_server_down_is_one_line_error(monkeypatch):
    port = _free_port()  # nothing listens there
    with pytest.raises(InputError, match=r"cannot reach the SPARQL server at http://127.0.0.1:\d+ .* after 2 attempt"):
        RemoteStore(f"http://127.0.0.1:{port}", retries=1, backoff=0.01, env={})
    monkeypatch.setenv("STANCEGRAPH_STORE_TOKEN", "hidden-token")
    result = CliRunner().invoke(cli, ["query", "--store", f"http://127.0.0.1:{port}", "who-did-what-to-whom"])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot reach the SPARQL server")
    assert "hidden-token" not in result.output


def test_server_store_refuses_service_before_any_request(server, scripted):
    """The escaped-name SERVICE bypass on --store http://...: refused from the parse, the server is never
    asked to run it and the endpoint it names gets no request."""
    target, handler = scripted
    handler.seen.clear()
    for sparql in ("SELECT * WHERE { OPTIONAL { ?s actor:x\\# ?o } SERVICE <%s/x> { ?a ?b ?c } }" % target,
                   "SELECT * WHERE { ?s ?p ?o OPTIONAL { { SELECT * { SERVICE <%s/x> { ?a ?b ?c } } } } }" % target,
                   "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"):
        result = CliRunner().invoke(cli, ["query", "--store", server, "--sparql", sparql])
        assert result.exit_code == 1 and result.output.startswith("Error: ") and "Traceback" not in result.output
        assert "refuses" in result.output or "syntax error" in result.output
    time.sleep(0.2)
    assert handler.seen == []
    assert run_query(open_store(server), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1]  # still answers
