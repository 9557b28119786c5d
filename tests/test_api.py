"""The front door: stancegraph.build_graph of texts, paths and Documents; load, read_documents, query, draw."""
from __future__ import annotations

import subprocess
import sys

import matplotlib
import networkx as nx
import pytest
from rdflib import Dataset

import stancegraph
from stancegraph import Document, InputError
from stancegraph.api import documents_of

matplotlib.use("Agg")

TEXT = "Russia accused NATO of provoking the crisis."
OTHER = "China praised Russia."


def kinds(result):
    return [(s.speaker.actor.id, s.type) for s in result.statements]


def test_api_exports_resolve():
    for name in stancegraph.__all__:
        assert getattr(stancegraph, name) is not None, name


def test_api_import_is_light():
    out = subprocess.run([sys.executable, "-c", "import sys, stancegraph; print('spacy' in sys.modules)"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_api_build_graph_of_a_text():
    result = stancegraph.build_graph(TEXT)  # issue 10: build_graph(["some text"]) raised AttributeError
    assert kinds(result) == [("RUS", "DISAPPROVE")]
    assert result.documents[0].id.startswith("text-") and result.documents[0].text == TEXT


def test_api_build_graph_mixes_texts_paths_and_documents(tmp_path):
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    result = stancegraph.build_graph([TEXT, str(tmp_path / "a.txt"), folder, Document(id="doc", text=OTHER)])
    assert [d.id for d in result.documents] == [result.documents[0].id, "a", "b", "doc"]
    assert kinds(result) == [("RUS", "DISAPPROVE"), ("CHN", "SUPPORT"), ("RUS", "DISAPPROVE"), ("CHN", "SUPPORT")]


def test_api_same_text_same_ids():
    first, second = stancegraph.build_graph(TEXT), stancegraph.build_graph([TEXT])
    assert first.documents[0].id == second.documents[0].id


@pytest.mark.parametrize("item", ["data/articles.txt", "missing.jsonl", "corpus/"])
def test_api_missing_path_is_an_error_not_a_text(item):
    with pytest.raises(InputError, match=f"no such file or folder: {item}"):
        documents_of([TEXT, item])


def test_api_rejects_other_inputs():
    with pytest.raises(InputError, match="int is neither a text, a path nor a Document"):
        stancegraph.build_graph([TEXT, 3])


def test_api_date_applies_to_texts():
    (document,) = documents_of("Putin met Biden on Monday.", date="2022-02-09")
    assert str(document.date) == "2022-02-09"


def test_api_result_dataset_actor_graph_query_draw(tmp_path):
    result = stancegraph.build_graph([TEXT, OTHER])
    assert isinstance(result.dataset, Dataset)
    graph = result.actor_graph()
    assert isinstance(graph, nx.DiGraph)
    assert sorted((graph.nodes[a]["label"], graph.nodes[b]["label"]) for a, b in graph.edges()) == [
        ("China", "Russia"), ("Russia", "NATO")]
    names, rows = stancegraph.query(result, "who-did-what-to-whom", as_text=True)
    assert names and len(rows) == 2
    fig = stancegraph.draw(result, path=tmp_path / "actors.png")
    assert (tmp_path / "actors.png").stat().st_size > 0 and fig.axes


def test_api_result_write(tmp_path):
    written = stancegraph.build_graph(TEXT).write(tmp_path / "out")
    assert sorted(p.name for p in written) == ["diagram.png", "explorer.html", "graph.trig", "graph.ttl",
                                               "statements.jsonl"]


def test_api_load_gives_a_new_pipeline_each_time():
    first, second = stancegraph.load(), stancegraph.load()
    assert first is not second
    assert [s.type for s in first(OTHER)._.statements] == ["SUPPORT"]


def test_api_read_documents(tmp_path):
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    assert [d.id for d in stancegraph.read_documents(tmp_path)] == ["a"]
