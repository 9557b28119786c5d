"""A build's outputs are replaced together: stops at every step of the commit, stale files, leftovers of killed runs."""
from __future__ import annotations

import os

import pytest

from stancegraph.run import staging
from stancegraph.run.build import BuildResult, write_build
from stancegraph.run.shards import build_streaming
from test_query_library import sample_documents


def _result(which: str = "both") -> BuildResult:
    documents, statements = sample_documents()
    if which != "both":
        documents = [d for d in documents if d.id == which]
        statements = [s for s in statements if s.document == which]
    return BuildResult(documents=documents, statements=statements)


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory):
    """The folder after a build of doc-a with a diagram, and after one of both documents without."""
    old, new = tmp_path_factory.mktemp("old"), tmp_path_factory.mktemp("new")
    write_build(_result("doc-a"), old)
    write_build(_result(), new, diagram=False)
    return _snapshot(old), _snapshot(new)


def test_staging_a_build_without_diagram_removes_the_old_one(tmp_path, old_and_new):
    old, new = old_and_new
    assert "diagram.png" in old and "diagram.png" not in new
    write_build(_result("doc-a"), tmp_path)
    assert _snapshot(tmp_path) == old
    written = write_build(_result(), tmp_path, diagram=False)
    assert [p.name for p in written] == ["graph.ttl", "graph.trig", "statements.jsonl"]
    assert _snapshot(tmp_path) == new  # no old diagram, nothing hidden left


@pytest.mark.parametrize("stop_at", range(0, 5))
def test_staging_a_stop_at_any_step_leaves_old_or_new_and_the_next_run_finishes(tmp_path, monkeypatch, old_and_new,
                                                                              stop_at):
    """stop_at 0: at the commit point (rename); 1-3: after installing that many files; 4: at the stale removal."""
    old, new = old_and_new
    write_build(_result("doc-a"), tmp_path)
    steps = []
    real = {"rename": os.rename, "replace": os.replace, "unlink": os.unlink}

    def step(kind):
        def run(*args, **kwargs):
            if kind == "unlink" and not str(args[0]).endswith("diagram.png"):
                return real[kind](*args, **kwargs)
            if kind == "replace" and ".build-commit" not in str(args[0]):
                return real[kind](*args, **kwargs)
            steps.append(kind)
            if len(steps) == stop_at + 1:
                raise KeyboardInterrupt
            return real[kind](*args, **kwargs)
        return run

    for kind in real:
        monkeypatch.setattr(staging.os, kind, step(kind))
    with pytest.raises(KeyboardInterrupt):
        write_build(_result(), tmp_path, diagram=False)
    monkeypatch.undo()
    if stop_at == 0:
        assert _snapshot(tmp_path) == old  # before the commit point: the old outputs, no staging folder
    else:
        assert (tmp_path / ".build-commit").is_dir()  # after it: the next run (or finish_outputs) completes it
        assert staging.finish_outputs(tmp_path) == []
        assert _snapshot(tmp_path) == new


def test_staging_the_next_run_removes_what_killed_runs_left(tmp_path, old_and_new):
    old, _ = old_and_new
    write_build(_result("doc-a"), tmp_path)
    dead = tmp_path / ".build-999999999-x1"  # a staging folder of a process that is gone
    dead.mkdir()
    (dead / "graph.ttl").write_text("half")
    (tmp_path / ".shards-abc").mkdir()
    (tmp_path / ".shards-abc" / "statements-000.pkl").write_bytes(b"x")
    (tmp_path / ".graph.ttl.k2j3.tmp").write_text("half")
    (tmp_path / "notes.txt").write_text("mine")  # not ours: kept
    write_build(_result("doc-a"), tmp_path)
    assert _snapshot(tmp_path) == {**old, "notes.txt": b"mine"}


def test_staging_a_streaming_build_removes_the_old_diagram_and_leaves_no_shards(tmp_path, old_and_new):
    old, new = old_and_new
    write_build(_result("doc-a"), tmp_path)
    result = _result()
    pairs = [(d, [s for s in result.statements if s.document == d.id]) for d in result.documents]
    build_streaming(pairs, tmp_path, buckets=4)
    assert _snapshot(tmp_path) == new  # byte-identical to a plain build, no diagram, no .shards-*
    with pytest.raises(ValueError):
        build_streaming([], tmp_path, on_empty=lambda: ValueError("no documents"))
    assert _snapshot(tmp_path) == new


def test_staging_output_files_are_one_list_writers_extend(tmp_path):
    assert staging.OUTPUT_FILES[:4] == ["graph.ttl", "graph.trig", "statements.jsonl", "diagram.png"]
    (tmp_path / "extra.html").write_text("old")
    try:
        with staging.staged_outputs(tmp_path, known=["extra.html"]) as stage:
            (stage / "graph.ttl").write_text("new")
        assert "extra.html" in staging.OUTPUT_FILES and _snapshot(tmp_path) == {"graph.ttl": b"new"}
    finally:
        staging.OUTPUT_FILES.remove("extra.html")
