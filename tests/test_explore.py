"""The explorer page without a browser: self-contained, data safe inside its script element, counts as the graph's."""
from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef

from stancegraph.analysis.actor_graph import actor_graph
from stancegraph.cli import cli
from stancegraph.explore import explorer_data, explorer_html
from stancegraph.explore.page import CYTOSCAPE_VERSION, embed_json
from stancegraph.kb.vocab import OA, SG


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="explorer-data">(.*?)</script>', page, re.S)
    assert match, "no data element"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    ds = Dataset(default_union=True)
    ds.parse(seed_build.out / "graph.trig", format="trig")
    return ds


def test_explore_page_is_self_contained(seed_graph):
    page = explorer_html(seed_graph)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I), "the page loads something"
    assert "connect-src 'none'" in page and "default-src 'none'" in page
    assert "cytoscape" in page and page.count("</script>") == 3
    vendor = files("stancegraph.explore") / "vendor"
    assert f"**{CYTOSCAPE_VERSION}**" in (vendor / "README.md").read_text(encoding="utf-8")
    assert "MIT" in (vendor / "README.md").read_text(encoding="utf-8") and (vendor / "LICENSE").is_file()


@pytest.mark.parametrize("text", ["Russia said </script><script>alert(1)</script> no.", "a <!-- b", "x </SCRIPT y",
                                  "line\u2028sep & <b>"])
def test_explore_embed_json_keeps_news_text_inside_the_script(text):
    data = {"sentences": [text]}
    page_part = f'<script type="application/json">{embed_json(data)}</script>'
    assert page_part.lower().count("</script") == 1 and "<!--" not in page_part
    assert json.loads(embed_json(data)) == data


def test_explore_news_text_cannot_break_out_of_the_page(seed_graph):
    hostile = "Kyiv said </script><script>document.title='owned'</script> it <!-- would"
    graph = Dataset(default_union=True)
    for quad in seed_graph.quads((None, OA.exact, None, None)):
        s, p, _, g = quad
        graph.add((s, p, Literal(hostile), g))
    for quad in seed_graph.quads((None, None, None, None)):
        if quad[1] != OA.exact:
            graph.add(quad)
    page = explorer_html(graph)
    assert page.count("</script>") == 3
    assert hostile in embedded(page)["sentences"]


def test_explore_data_counts_match_the_actor_graph(seed_graph):
    data = explorer_data(seed_graph)
    view = actor_graph(seed_graph)
    actors = {s["sp"] for s in data["statements"]} | {t for s in data["statements"] for t in s["tg"]}
    pairs = {(s["sp"], t) for s in data["statements"] for t in s["tg"]}
    assert len(actors) == view.number_of_nodes() and len(pairs) == view.number_of_edges()
    assert len(data["statements"]) == len(set(s["id"] for s in data["statements"]))


def test_explore_data_cue_offsets_point_into_the_sentence(seed_graph):
    data = explorer_data(seed_graph)
    with_cue = [s for s in data["statements"] if s["cs"] is not None]
    assert with_cue, "no cue offsets"
    for s in with_cue:
        sentence = data["sentences"][s["s"]]
        assert sentence[s["cs"] - s["ss"]:s["ce"] - s["ss"]] == s["cue"]
        assert 0 <= s["c"] <= 1
    titles = [d["title"] for d in data["documents"]]
    assert all(titles)


def test_explore_data_reads_sectors_when_present(seed_graph):
    graph = Dataset(default_union=True)
    for quad in seed_graph.quads((None, None, None, None)):
        graph.add(quad)
    first = explorer_data(seed_graph)["actors"][0]["id"]
    graph.add((URIRef(first), URIRef(str(SG) + "sector"), Literal("GOV")))
    actors = explorer_data(graph)["actors"]
    assert actors[0]["sector"] == "GOV" and all(a["sector"] is None for a in actors[1:])


def test_cli_explore_writes_the_page(seed_build, tmp_path):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["explore", str(seed_build.out / "graph.ttl"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = embedded(out.read_text(encoding="utf-8"))
    # one node per event: two reports of one event (same speaker, type, targets, issue, negation, date) are one statement
    assert len(data["statements"]) == len({r["id"] for r in seed_build.records})
    assert (seed_build.out / "explorer.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_explore_bad_graph_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(cli, ["explore", str(bad), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and result.output.startswith("Error:") and len(result.output.splitlines()) == 1
    assert not (tmp_path / "x.html").exists()
