"""Stores stopped at every write (an exception, a SIGKILL, a server gone after any PUT): the store stays old or
new, and a re-run reaches the store an uninterrupted build makes."""
from __future__ import annotations

import contextlib
import dataclasses
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from stancegraph.errors import InputError
from stancegraph.rdf.journal import BUILDS_GRAPH, STAGING, STATE_GRAPH
from stancegraph.rdf.mint import to_rdf
from stancegraph.rdf.store import EmbeddedStore, RemoteStore, StoreWarning, open_store
from stancegraph.rdf.validate import validate
from test_query_library import TEXT_A, sample_documents
from test_store_server import OXIGRAPH, server  # noqa: F401  (a fixture)

HERE = Path(__file__).parent


def corpus(copies: int = 2):
    """doc-a, doc-b and ``copies`` more copies of doc-a (other texts, the same statements: counts add up)."""
    (a, b), statements = sample_documents()
    docs = [a, b] + [dataclasses.replace(a, id=f"doc-a{i}", text=TEXT_A + " " * (i + 1)) for i in range(copies)]
    found = {d.id: [dataclasses.replace(s, document=d.id) for s in statements
                    if s.document == ("doc-b" if d.id == "doc-b" else "doc-a")] for d in docs}
    return docs, found


def dataset(ids, changed: str | None = None):
    """The dataset of the documents ``ids``; ``changed``: that one's text edited (same identifier)."""
    docs, found = corpus()
    docs = [d for d in docs if d.id in ids]
    if changed:
        docs = [dataclasses.replace(d, text=d.text + " Edited.") if d.id == changed else d for d in docs]
    return to_rdf(docs, [s for d in docs for s in found[d.id]])


SCENARIOS = {  # name: (the store before, the change)
    "add": (["doc-a", "doc-a0"], lambda st: st.add(dataset(["doc-a", "doc-b", "doc-a0", "doc-a1"]))),
    "replace": (["doc-a", "doc-b", "doc-a0"], lambda st: st.add(dataset(["doc-a"], changed="doc-a"))),
    "remove": (["doc-a", "doc-b", "doc-a0"], lambda st: st.remove("doc-a")),
}


def canonical(quads) -> set[str]:
    found = ox.Dataset(quads)
    found.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in found}


def visible(store) -> set[str]:
    """Every graph a reader can see (not the journal, staging graphs or build keys), blank nodes relabelled."""
    if isinstance(store, EmbeddedStore):
        quads = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    else:
        _, rows = store._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(str(g)))
                 for (g,) in rows for t in ox.parse(store._graph_nt(str(g)), format=ox.RdfFormat.N_TRIPLES)]
    leftovers = {q.graph_name.value for q in quads if q.graph_name.value.startswith((STAGING, STATE_GRAPH))}
    return canonical([q for q in quads if q.graph_name.value not in leftovers | {BUILDS_GRAPH}]), leftovers


def states(path, scenario):
    """(old, new): what a reader sees before and after an uninterrupted change."""
    before, change = SCENARIOS[scenario]
    with open_store(path, create=True) as store:
        store.add(dataset(before))
        old = visible(store)[0]
        change(store)
        new, leftovers = visible(store)
        assert not leftovers
    return old, new


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
@pytest.mark.parametrize("stop_at", [1, 2, 3])
def test_store_faults_an_error_at_any_write_leaves_the_old_store_and_a_rerun_the_new(tmp_path, monkeypatch, scenario,
                                                                                     stop_at):
    if scenario == "remove" and stop_at == 3:
        pytest.skip("a removal writes twice: the journal and the commit")
    old, new = states(tmp_path / "clean", scenario)
    before, change = SCENARIOS[scenario]
    calls = []
    with open_store(tmp_path / "st", create=True) as store:
        store.add(dataset(before))
        for name in ("_update", "_stage"):
            original = getattr(EmbeddedStore, name)

            def counted(self, *args, _original=original):
                calls.append(1)
                if len(calls) == stop_at:
                    raise KeyboardInterrupt  # what Ctrl-C raises in the middle of a change
                return _original(self, *args)

            monkeypatch.setattr(EmbeddedStore, name, counted)
        with pytest.raises(KeyboardInterrupt):
            change(store)
        assert visible(store)[0] == old
        monkeypatch.undo()
        if stop_at > 1:  # the journal was written: the re-run says so and cleans up
            with pytest.warns(StoreWarning, match="stopped before it ended"):
                change(store)
        else:
            change(store)
        assert visible(store) == (new, set())


KILLER = """
import os, signal, sys
sys.path.insert(0, {tests!r})
from stancegraph.rdf.store import EmbeddedStore, open_store
from test_store_faults import SCENARIOS
stop_at, calls = int(sys.argv[2]), []
for name in ("_update", "_stage"):
    original = getattr(EmbeddedStore, name)
    def counted(self, *args, _original=original):
        calls.append(1)
        if len(calls) == stop_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return _original(self, *args)
    setattr(EmbeddedStore, name, counted)
with open_store(sys.argv[1]) as store:
    SCENARIOS[sys.argv[3]][1](store)
"""


@pytest.mark.parametrize("stop_at", [1, 2, 3])
def test_store_faults_sigkill_at_any_write_then_rerun_equals_a_clean_build(tmp_path, stop_at):
    old, new = states(tmp_path / "clean", "add")
    with open_store(tmp_path / "st", create=True) as store:
        store.add(dataset(SCENARIOS["add"][0]))
    script = tmp_path / "kill.py"
    script.write_text(KILLER.format(tests=str(HERE)))
    run = subprocess.run([sys.executable, str(script), str(tmp_path / "st"), str(stop_at), "add"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == -signal.SIGKILL, run.stderr[-500:]
    with open_store(tmp_path / "st") as store:
        assert visible(store)[0] == old  # a reader sees the old store
        with pytest.warns(StoreWarning) if stop_at > 1 else contextlib.nullcontext():
            SCENARIOS["add"][1](store)
        assert visible(store) == (new, set())
        if stop_at == 3:
            conforms, violations = validate(store.dataset())
            assert conforms, violations[:3]


@pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server binary is not installed")
def test_store_faults_server_gone_after_any_put_then_rerun_equals_a_clean_build(server, tmp_path, monkeypatch):  # noqa: F811
    old, new = states(tmp_path / "clean", "add")
    before, change = SCENARIOS["add"]
    remote = open_store(server)
    remote.add(dataset(before))
    assert visible(remote)[0] == old
    original = RemoteStore._request
    writes_seen, armed = [], [True]

    def failing(self, method, url, **kwargs):
        if armed[0] and (method == "PUT" or url == self.update_endpoint):
            writes_seen.append(method)
            if len(writes_seen) == stop_at:
                raise InputError(f"cannot reach the SPARQL server at {self.location} (test)")
        return original(self, method, url, **kwargs)

    monkeypatch.setattr(RemoteStore, "_request", failing)
    stop_at = 0
    change(remote)  # count the writes of one change (then undo it)
    total = len(writes_seen)
    assert writes_seen.count("PUT") == 2 and total == 4  # journal, two PUTs, commit
    remote.remove("doc-b")
    remote.remove("doc-a1")
    assert visible(remote)[0] == old
    for stop_at in range(1, total + 1):
        writes_seen.clear()
        with pytest.raises(InputError):
            change(remote)
        assert visible(remote)[0] == old, stop_at
        if 1 < stop_at < total:  # the journal is there: clean up before the next try, uncounted
            armed[0] = False
            with pytest.warns(StoreWarning):
                assert remote.recover()
            armed[0] = True
    monkeypatch.undo()
    with pytest.warns(StoreWarning):  # the last try stopped at the commit: the re-run cleans up and adds
        assert change(remote).summary() == "2 added, 2 unchanged"
    assert visible(remote) == (new, set())
    assert change(remote).summary() == "4 unchanged"
