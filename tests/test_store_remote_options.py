"""Server stores: time-out and retries (options, environment), credentials over plain http, GRAPH ?g like embedded."""
from __future__ import annotations

import socket
import threading

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.rdf.query import run_query
from stancegraph.rdf.store import RemoteStore, StoreWarning, open_store
from test_query_library import sample_dataset
from test_store_server import OXIGRAPH, server  # noqa: F401  (a fixture)


@pytest.fixture()
def hanging():
    """A loopback server that accepts connections and never answers; yields (url, accepted connections)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    accepted, stop, held = [], threading.Event(), []

    def serve():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            accepted.append(1)
            held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    finally:
        stop.set()
        thread.join(5)
        for conn in held:
            conn.close()
        listener.close()


def test_store_remote_a_hanging_server_fails_once_after_the_timeout(hanging):
    url, accepted = hanging
    with pytest.raises(InputError, match=r"did not answer POST .*/query within 0.3 s; .*--store-timeout"):
        RemoteStore(url, env={}, timeout=0.3, retries=3)
    assert len(accepted) == 1  # a time-out is not retried


def test_store_remote_timeout_and_retries_from_the_environment_and_the_cli(hanging, monkeypatch):
    url, accepted = hanging
    store = RemoteStore(url, env={"STANCEGRAPH_STORE_TIMEOUT": "0.3", "STANCEGRAPH_STORE_RETRIES": "0"}, check=False)
    assert (store.timeout, store.retries) == (0.3, 0)
    with pytest.raises(InputError, match="STANCEGRAPH_STORE_TIMEOUT='soon' is not a number > 0"):
        RemoteStore(url, env={"STANCEGRAPH_STORE_TIMEOUT": "soon"}, check=False)
    monkeypatch.delenv("STANCEGRAPH_STORE_TIMEOUT", raising=False)
    monkeypatch.delenv("STANCEGRAPH_STORE_RETRIES", raising=False)
    result = CliRunner().invoke(cli, ["query", "--store", url, "--store-timeout", "0.3", "who-did-what-to-whom"],
                                env={"STANCEGRAPH_STORE_TIMEOUT": None, "STANCEGRAPH_STORE_RETRIES": None})
    assert result.exit_code == 1 and "within 0.3 s" in result.output and "Traceback" not in result.output
    bad = CliRunner().invoke(cli, ["query", "--store", url, "--store-retries", "-1", "who-did-what-to-whom"])
    assert bad.exit_code == 2 and "--store-retries" in bad.output


def test_store_remote_warns_for_credentials_over_plain_http_to_another_host(recwarn):
    with pytest.warns(StoreWarning, match="credentials go to db.example over plain http://.*use https://"):
        RemoteStore("http://db.example:7878", env={"STANCEGRAPH_STORE_TOKEN": "t"}, check=False)
    for url in ("http://127.0.0.1:7878", "http://localhost:7878", "https://db.example", "http://db.example"):
        env = {} if url == "http://db.example" else {"STANCEGRAPH_STORE_USER": "me", "STANCEGRAPH_STORE_PASSWORD": "pw"}
        RemoteStore(url, env=env, check=False)
    assert not [w for w in recwarn if issubclass(w.category, StoreWarning)]


@pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server binary is not installed")
def test_store_remote_graph_patterns_see_the_document_graphs_as_embedded(server, tmp_path):  # noqa: F811
    remote = open_store(server)
    remote.add(sample_dataset())
    queries = ["SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
               "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a sg:Statement } }"]
    with open_store(tmp_path / "st", create=True) as embedded:
        embedded.add(sample_dataset())
        for text in queries:
            mine, theirs = run_query(embedded, text), run_query(remote, text)
            assert mine == theirs and mine[1]
        graphs = [str(row[0]) for row in run_query(embedded, queries[0])[1]]
        assert graphs == sorted(d.iri for d in embedded.documents())  # the documents, as in graph.trig
