"""--workers N and --stream: the same statements, in the same order, and byte-identical Turtle and TriG.

tests/data/press-releases-scale-sample.jsonl: 14 short documents of the shared press-release corpus
(6 Kremlin and 6 Ukrainian presidential releases with statements, 2 without), used by the prefilter,
worker and Dask tests.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from stancegraph.run.build import build_graph, extract_documents
from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.rdf.io import serialize
from stancegraph.read.ingest import load_documents
from stancegraph.run.parallel import check_workers, chunked, extract_parallel
from stancegraph.rdf.mint import to_rdf

SAMPLE = Path(__file__).resolve().parent / "data" / "press-releases-scale-sample.jsonl"


@pytest.fixture(scope="module")
def documents():
    return list(load_documents(SAMPLE))


@pytest.fixture(scope="module")
def plain(documents, nlp):
    return build_graph(documents, nlp)


@pytest.mark.parametrize("items, size, expected", [
    (range(5), 2, [[0, 1], [2, 3], [4]]),
    (range(4), 4, [[0, 1, 2, 3]]),
    ([], 3, []),
])
def test_parallel_chunked(items, size, expected):
    assert list(chunked(items, size)) == expected


@pytest.mark.parametrize("value", [0, -2, "2", 1.5, True, None])
def test_parallel_check_workers_rejects(value):
    with pytest.raises(InputError, match="whole number >= 1"):
        check_workers(value)


def test_parallel_same_statements_same_order_same_turtle(documents, plain):
    # chunk_size 3: several chunks in flight on two workers, finishing out of order
    pairs = list(extract_parallel(documents, workers=2, chunk_size=3))  # several chunks in flight
    assert [d.id for d, _ in pairs] == [d.id for d in plain.documents]
    assert [st for _, found in pairs for st in found] == plain.statements
    built = to_rdf([d for d, _ in pairs], [st for _, found in pairs for st in found])
    assert serialize(built, "TURTLE") == serialize(plain.dataset, "TURTLE")
    assert serialize(built, "TRIG") == serialize(plain.dataset, "TRIG")


def test_parallel_prefilter_same_as_one_process_prefilter(documents, nlp):
    from stancegraph.run.build import extract_statements

    expected = [st for _, f in extract_statements(documents, nlp, prefilter=True) for st in f]
    assert [st for _, f in extract_parallel(documents, workers=2, prefilter=True) for st in f] == expected


def test_parallel_one_worker_runs_in_process(documents, plain):
    found = [st for _, f in extract_documents(documents, workers=1) for st in f]
    assert found == plain.statements


def test_parallel_missing_model_is_one_line_error(documents):
    from stancegraph.errors import ModelNotInstalled

    with pytest.raises(ModelNotInstalled, match="cannot be loaded|not installed"):
        list(extract_parallel(documents[:2], workers=2, model="no_such_pipeline_xyz"))


@pytest.mark.parametrize("mode", [[], ["--prefilter"]])
def test_cli_build_workers_and_stream_give_identical_files(tmp_path, documents, mode):
    small = tmp_path / "small.jsonl"
    small.write_text("".join(line + "\n" for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:5]),
                     encoding="utf-8")
    runner = CliRunner()
    outs = {}
    for name, extra in (("plain", []), ("workers", ["--workers", "2", "--stream"])):
        out = tmp_path / name
        result = runner.invoke(cli, ["build", str(small), "-o", str(out), "--no-diagram", *mode, *extra])
        assert result.exit_code == 0, result.output
        outs[name] = out
    for file in ("graph.ttl", "graph.trig", "statements.jsonl"):
        assert (outs["plain"] / file).read_bytes() == (outs["workers"] / file).read_bytes(), file


@pytest.mark.parametrize("value", ["0", "two"])
def test_cli_bad_workers_is_one_line_error(value):
    result = CliRunner().invoke(cli, ["extract", str(SAMPLE), "--workers", value])
    assert result.exit_code == 2
    assert "--workers" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------- streaming build (stancegraph.run.shards)

def _pairs(result):
    return [(d, [st for st in result.statements if st.document == d.id]) for d in result.documents]


def test_shards_streaming_build_gives_identical_files(tmp_path, plain):
    from stancegraph.run.outputs import write_statements
    from stancegraph.run.shards import build_streaming

    counts = build_streaming(_pairs(plain), tmp_path, buckets=3)  # few buckets: several statements per shard
    assert (counts.documents, counts.statements) == (len(plain.documents), len(plain.statements))
    assert (tmp_path / "graph.ttl").read_bytes() == serialize(plain.dataset, "TURTLE")
    assert (tmp_path / "graph.trig").read_bytes() == serialize(plain.dataset, "TRIG")
    lines = io.StringIO()
    write_statements(plain.statements, lines)
    assert (tmp_path / "statements.jsonl").read_text(encoding="utf-8") == lines.getvalue()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig", "graph.ttl", "statements.jsonl"]


def test_shards_reports_of_one_statement_in_several_documents(tmp_path, plain):
    """The same document text under two ids: every statement is reported twice (mentionCount 2)."""
    import dataclasses

    from stancegraph.run.shards import build_streaming

    twice = _pairs(plain)[:3]
    copies = [(dataclasses.replace(d, id=d.id + "-copy"), [dataclasses.replace(st, document=d.id + "-copy") for st in f])
              for d, f in twice]
    pairs = twice + copies
    expected = to_rdf([d for d, _ in pairs], [st for _, f in pairs for st in f])
    build_streaming(pairs, tmp_path, buckets=2)
    assert (tmp_path / "graph.ttl").read_bytes() == serialize(expected, "TURTLE")
    assert (tmp_path / "graph.trig").read_bytes() == serialize(expected, "TRIG")


def test_cli_build_stream_nothing_read_keeps_old_outputs(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("old", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(empty), "-o", str(out), "--stream"])
    assert result.exit_code == 1 and "Error:" in result.output
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_cli_build_stream_with_store_is_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path), "--stream", "--store", str(tmp_path / "st")])
    assert result.exit_code == 2 and "--stream writes files only" in result.output


def test_parallel_worker_loads_the_pipeline_once(monkeypatch):
    """A worker process loads its pipeline on the first chunk and keeps it (make_nlp is not cached any more)."""
    from stancegraph.model import Document
    from stancegraph.run import parallel

    loads = []
    real = parallel.make_nlp
    monkeypatch.setattr(parallel, "_STATE", {})
    monkeypatch.setattr(parallel, "make_nlp", lambda *a, **k: loads.append(a) or real(*a, **k))
    for text in ("China praised Russia.", "Russia accused NATO of provoking the crisis."):
        (found,) = parallel.extract_chunk([Document(id="d", text=text)])
        assert len(found) == 1
    assert len(loads) == 1
