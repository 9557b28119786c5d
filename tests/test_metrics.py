"""Tests of stancegraph.analysis.metrics on small hand-made graphs (expected values computed by hand) and of `stancegraph analyze`."""
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.analysis.metrics import (
    analyze, centrality, cooperation_balance, format_report, mutual_dyads, pagerank, polarisation, reciprocity,
    structural_balance,
)
from stancegraph.analysis.views import signed_graph
from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
RUS, USA, EU, BLR = (str(ACTOR[a]) for a in ("RUS", "USA", "EU", "BLR"))


def rdf(rows):
    """A graph of statements (name, speaker, type, targets, date, negated) plus actor labels and types."""
    g = Graph()
    for aid, cls, label in [("RUS", SG.State, "Russia"), ("USA", SG.State, "United States"),
                            ("EU", SG.InternationalOrganisation, "European Union"), ("BLR", SG.State, "Belarus")]:
        g.add((ACTOR[aid], RDF.type, cls))
        g.add((ACTOR[aid], SKOS.prefLabel, Literal(label, lang="en")))
    for name, speaker, type_, targets, date, negated in rows:
        st = STATEMENT[name]
        g.add((st, RDF.type, SG.Statement))
        g.add((st, SG.speaker, ACTOR[speaker]))
        g.add((st, SG.eventType, CODEBOOK[type_]))
        g.add((st, SG.negated, Literal(negated)))
        g.add((st, SG.mentionCount, Literal(1)))
        for t in targets:
            g.add((st, SG.target, ACTOR[t]))
        if date:
            g.add((st, SG.date, Literal(date, datatype=XSD_DATE)))
    return g


# EU-RUS hostile, EU-USA hostile, USA-RUS hostile (three foes), BLR-RUS friendly
CRISIS = [
    ("c1", "EU", "REJECT", ["RUS"], "2022-01-03", False),
    ("c2", "EU", "DISAPPROVE", ["USA"], "2022-01-04", False),
    ("c3", "USA", "THREATEN", ["RUS"], "2022-01-10", False),
    ("c4", "RUS", "DEMAND", ["USA"], "2022-01-11", False),
    ("c5", "BLR", "AGREE", ["RUS"], None, False),
    ("c6", "RUS", "REJECT", ["EU"], "2022-01-20", True),  # negated: cooperative, weight 0
]


def test_metrics_pagerank_by_hand():
    # a <-> b, c -> a; (1 - 0.85) / 3 = 0.05 teleport: c = 0.05, b = 0.05 + 0.85 a, a = 0.05 + 0.85 (b + c)
    # => a = 0.135 / 0.2775
    ranks = pagerank(nx.DiGraph([("a", "b"), ("b", "a"), ("c", "a")]))
    assert ranks["a"] == pytest.approx(0.135 / 0.2775, abs=1e-9)
    assert ranks["b"] == pytest.approx(0.05 + 0.85 * 0.135 / 0.2775, abs=1e-9)
    assert ranks["c"] == pytest.approx(0.05, abs=1e-9)
    # b is dangling: it spreads its rank over a and b. a = 0.075 + 0.425 b, b = 0.075 + 0.85 a + 0.425 b
    # => b = 0.13875 / 0.21375, a = 0.075 + 0.425 b
    two = pagerank(nx.DiGraph([("a", "b")]))
    assert two["b"] == pytest.approx(0.13875 / 0.21375, abs=1e-9)
    assert two["a"] == pytest.approx(0.075 + 0.425 * 0.13875 / 0.21375, abs=1e-9)
    assert pagerank(nx.DiGraph()) == {}


def test_metrics_pagerank_weighted():
    # a -> b (3), a -> c (1), b and c point back to a: a = 0.05 + 0.85 (b + c); b = 0.05 + 0.85 * 0.75 a
    G = nx.DiGraph()
    G.add_edge("a", "b", count=3)
    G.add_edge("a", "c", count=1)
    G.add_edge("b", "a", count=1)
    G.add_edge("c", "a", count=1)
    r = pagerank(G)
    # a = 0.05 + 0.85 (0.1 + 0.85 a) => a = 0.135 / 0.2775 (as above); b / c = (0.05 + 0.6375 a) / (0.05 + 0.2125 a)
    a = 0.135 / 0.2775
    assert r["a"] == pytest.approx(a, abs=1e-9)
    assert r["b"] == pytest.approx(0.05 + 0.6375 * a, abs=1e-9)
    assert r["c"] == pytest.approx(0.05 + 0.2125 * a, abs=1e-9)


def test_metrics_centrality_table():
    G = nx.DiGraph()
    G.add_node("a", label="A", kind="state")
    G.add_edge("a", "b", count=3)
    G.add_edge("b", "c", count=1)
    G.add_edge("c", "c", count=5)  # self-loops are ignored
    c = centrality(G)
    assert c["b"] == {"label": "b", "kind": None, "degree": 2, "in_degree": 1, "out_degree": 1,
                      "weighted_degree": 4, "pagerank": c["b"]["pagerank"], "betweenness": 0.5}
    assert c["a"]["weighted_degree"] == 3 and c["c"]["weighted_degree"] == 1 and c["a"]["label"] == "A"
    assert list(c) == sorted(c, key=lambda n: -c[n]["pagerank"])


def test_metrics_reciprocity():
    G = nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c"), ("c", "c")])
    assert reciprocity(G) == pytest.approx(2 / 3)
    assert mutual_dyads(G) == [("a", "b")]
    assert reciprocity(nx.DiGraph()) is None


def signed(edges):
    S = nx.Graph()
    for u, v, s in edges:
        S.add_edge(u, v, sign=s)
    return S


def test_metrics_structural_balance_by_hand():
    # K4: abc (+ + -) unbalanced, abd (+ - -) balanced, acd (+ - +) unbalanced, bcd (- - +) balanced
    S = signed([("a", "b", 1), ("a", "c", 1), ("a", "d", -1), ("b", "c", -1), ("b", "d", -1), ("c", "d", 1)])
    r = structural_balance(S)
    assert (r["triads"], r["balanced"], r["share"]) == (4, 2, 0.5)
    assert [t["actors"] for t in r["unbalanced"]] == [["a", "b", "c"], ["a", "c", "d"]]
    assert r["unbalanced"][0]["signs"] == [["a", "b", 1], ["a", "c", 1], ["b", "c", -1]]
    assert {t["kind"] for t in r["unbalanced"]} == {"two friends are foes"}
    foes = structural_balance(signed([("x", "y", -1), ("y", "z", -1), ("x", "z", -1)]))
    assert foes["share"] == 0.0 and foes["unbalanced"][0]["kind"] == "three foes"
    assert structural_balance(signed([("x", "y", 1)]))["share"] is None


def test_metrics_polarisation_by_hand():
    # friends a-b, both hostile to c: 2m+ = 2, 2m- = 4; camps {a,b} {c}: (0 + 2) / 6 = 1/3
    p = polarisation(signed([("a", "b", 1), ("a", "c", -1), ("b", "c", -1)]))
    assert p["score"] == pytest.approx(1 / 3) and p["camps"] == [["a", "b"], ["c"]]
    assert (p["frustration"], p["frustrated"], p["method"]) == (0.0, [], "exhaustive")
    # two hostile pairs of friends: each camp contributes 1 - (-1) = 2, total 2m+ + 2m- = 8: Q = 4 / 8
    q = polarisation(signed([("a", "b", 1), ("c", "d", 1), ("a", "c", -1), ("b", "d", -1)]))
    assert q["score"] == pytest.approx(0.5) and q["camps"] == [["a", "b"], ["c", "d"]]


def test_metrics_polarisation_needs_hostility_and_ties():
    p = polarisation(signed([("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 1)]))
    assert p["score"] == 0.0 and p["modularity"] is not None
    empty = polarisation(nx.Graph([("a", "b")]))
    assert empty["score"] is None and empty["ties"] == 0


def test_metrics_polarisation_large_graph_uses_spectral_split():
    left, right = [f"l{i:02d}" for i in range(11)], [f"r{i:02d}" for i in range(11)]
    edges = [(u, v, 1) for side in (left, right) for i, u in enumerate(side) for v in side[i + 1:]]
    edges += [(u, v, -1) for u, v in zip(left, right)]
    p = polarisation(signed(edges))
    assert p["method"] == "spectral+moves" and p["frustration"] == 0.0
    assert sorted(map(sorted, p["camps"])) == [left, right]


def test_metrics_signed_graph_of_rdf_is_balanced_as_expected():
    S = signed_graph(rdf(CRISIS))
    r = structural_balance(S)
    assert (r["triads"], r["balanced"]) == (1, 0)
    assert r["unbalanced"][0]["labels"] == ["European Union", "Russia", "United States"]  # by IRI
    assert r["unbalanced"][0]["kind"] == "three foes"


def test_metrics_cooperation_balance_by_hand():
    rows = cooperation_balance(rdf(CRISIS), period="week")
    by = {(r["label"], r["period"]): (r["cooperative"], r["conflictual"], r["balance"]) for r in rows}
    assert by[("Russia", "2022-01-10")] == (0, 1, -1.0)  # DEMAND on Tue 11 Jan, week from Mon 10 Jan
    assert by[("Russia", "2022-01-17")] == (1, 0, 1.0)  # the negated REJECT counts as cooperative
    assert by[("European Union", "2022-01-03")] == (0, 2, -1.0)
    assert ("Belarus", "2022-01-03") not in by  # undated
    month = {r["label"]: r for r in cooperation_balance(rdf(CRISIS), period="month")}
    assert month["Russia"]["balance"] == 0.0 and month["Russia"]["weight_sum"] == -5.0
    overall = {r["label"]: r for r in cooperation_balance(rdf(CRISIS), period="all")}
    assert overall["Belarus"]["period"] == "all" and overall["Belarus"]["balance"] == 1.0
    targets = {r["label"]: r for r in cooperation_balance(rdf(CRISIS), period="all", role="target")}
    assert (targets["Russia"]["cooperative"], targets["Russia"]["conflictual"]) == (1, 2)
    with pytest.raises(InputError, match="period='year'"):
        cooperation_balance(rdf(CRISIS), period="year")
    with pytest.raises(InputError, match="role='both'"):
        cooperation_balance(rdf(CRISIS), role="both")


def test_metrics_analyze_report():
    report = analyze(rdf(CRISIS), top=3)
    g = report["graph"]
    assert (g["statements"], g["undated"], g["first"], g["last"]) == (6, 1, "2022-01-03", "2022-01-20")
    assert (g["actors"], g["relations"], g["hostile_ties"], g["friendly_ties"]) == (4, 6, 3, 1)
    assert [row["label"] for row in report["centrality"]][0] == "Russia" and len(report["centrality"]) == 3
    assert report["reciprocity"]["mutual"] == [["European Union", "Russia"], ["Russia", "United States"]]
    assert report["balance"]["share"] == 0.0
    text = format_report(report)
    assert "unbalanced: European Union, Russia, United States (− − −: three foes)" in text
    assert "Most central actors" in text and "Polarisation" in text
    json.dumps(report)  # JSON-ready
    assert analyze(rdf(CRISIS), start="2022-01-10")["graph"]["statements"] == 3
    with pytest.raises(InputError, match="top=0"):
        analyze(rdf(CRISIS), top=0)


@pytest.fixture
def crisis_file(tmp_path):
    path = tmp_path / "crisis.ttl"
    rdf(CRISIS).serialize(path, format="turtle")
    return path


def test_cli_analyze_text_and_json(crisis_file):
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", str(crisis_file)])
    assert result.exit_code == 0, result.output
    assert "Structural balance: 0 of 1 triads balanced" in result.output
    result = runner.invoke(cli, ["analyze", str(crisis_file), "--format", "json", "--top", "2", "--from", "2022-01-04"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert len(report["centrality"]) == 2 and report["graph"]["start"] == "2022-01-04"


@pytest.mark.parametrize("args, message", [
    (["analyze", "missing.ttl"], "missing.ttl: no such file"),
    (["analyze", "{graph}", "--from", "12/01/2022"], "--from '12/01/2022' is not a date"),
    (["analyze", "{graph}", "--from", "2022-02-01", "--to", "2022-01-01"], "after end"),
])
def test_cli_analyze_errors(crisis_file, args, message):
    result = CliRunner().invoke(cli, [a.format(graph=crisis_file) for a in args])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output
