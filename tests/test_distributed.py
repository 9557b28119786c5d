"""--scheduler: a Dask cluster (here a LocalCluster on 127.0.0.1) builds the same graph as a local build."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install 'stancegraph[dask]'")

from stancegraph.run.build import build_graph  # noqa: E402
from stancegraph.cli import cli  # noqa: E402
from stancegraph.run.distributed import check_scheduler, connect, extract_distributed  # noqa: E402
from stancegraph.errors import InputError  # noqa: E402
from stancegraph.rdf.io import serialize  # noqa: E402
from stancegraph.read.ingest import load_documents  # noqa: E402

SAMPLE = Path(__file__).resolve().parent / "data" / "press-releases-scale-sample.jsonl"


@pytest.fixture(scope="module")
def documents():
    return list(load_documents(SAMPLE))[:8]


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    # one worker thread in this process: the pipeline is loaded once and shared with the local build
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None) as lc, Client(lc, set_as_default=False) as client:
        yield client


def test_distributed_build_gives_identical_turtle(documents, nlp, cluster):
    plain = build_graph(documents, nlp)
    remote = build_graph(documents, scheduler=cluster)
    assert remote.statements == plain.statements
    assert [d.id for d in remote.documents] == [d.id for d in plain.documents]
    assert serialize(remote.dataset, "TURTLE") == serialize(plain.dataset, "TURTLE")
    assert serialize(remote.dataset, "TRIG") == serialize(plain.dataset, "TRIG")


def test_distributed_by_address_and_small_chunks(documents, nlp, cluster):
    from stancegraph.run.build import extract_statements

    address = cluster.scheduler.address
    pairs = list(extract_distributed(documents, address, chunk_size=2))
    expected = list(extract_statements(documents, nlp))
    assert [(d.id, f) for d, f in pairs] == [(d.id, f) for d, f in expected]


def test_distributed_prefilter_same_as_local_prefilter(documents, nlp, cluster):
    from stancegraph.run.build import extract_statements

    expected = [(d.id, f) for d, f in extract_statements(documents, nlp, prefilter=True)]
    assert [(d.id, f) for d, f in extract_distributed(documents, cluster, prefilter=True)] == expected


def test_distributed_custom_registry_is_sent_to_workers(documents, nlp, cluster):
    from stancegraph.kb.registry import ActorRegistry

    registry = ActorRegistry.load()
    pairs = list(extract_distributed(documents[:3], cluster, registry=registry))
    assert len(pairs) == 3


@pytest.mark.parametrize("address", ["localhost:8786", "http://x:1", "tcp://", "", "tcp://a b:1"])
def test_distributed_bad_address(address):
    with pytest.raises(InputError, match="not a Dask scheduler address"):
        check_scheduler(address)


def test_distributed_unreachable_scheduler_is_one_line_error():
    with pytest.raises(InputError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        connect("tcp://127.0.0.1:9", timeout=1)


def test_cli_build_bad_scheduler(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SAMPLE), "-o", str(tmp_path), "--scheduler", "localhost:8786"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("Error: --scheduler")


def test_cli_build_scheduler(tmp_path, cluster, documents):
    small = tmp_path / "small.jsonl"
    small.write_text("".join(line + "\n" for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:3]),
                     encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["build", str(small), "-o", str(tmp_path / "plain"), "--no-diagram"])
    remote = runner.invoke(cli, ["build", str(small), "-o", str(tmp_path / "dask"), "--no-diagram",
                                 "--scheduler", cluster.scheduler.address])
    assert plain.exit_code == 0 and remote.exit_code == 0, remote.output
    assert (tmp_path / "plain" / "graph.ttl").read_bytes() == (tmp_path / "dask" / "graph.ttl").read_bytes()


def test_distributed_missing_model_is_one_line_error(documents, cluster):
    from stancegraph.errors import ModelNotInstalled

    with pytest.raises(ModelNotInstalled, match="no_such_pipeline_xyz"):
        list(extract_distributed(documents[:2], cluster, model="no_such_pipeline_xyz"))
