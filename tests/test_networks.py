"""Tests of stancegraph.analysis.networks: GraphML/GEXF round-trips, CSV, DNA and PLOVER exports, `stancegraph export`."""
import csv
import json

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, SKOS

from stancegraph.cli import cli
from stancegraph.errors import InputError, OutputError
from stancegraph.analysis.networks import (
    DNA_COLUMNS, dna_statements, export, plover_records, scalar_graph, write_csv, write_network,
)
from stancegraph.analysis.views import actor_graph, affiliation_graph, congruence_graph, signed_graph
from stancegraph.kb.vocab import ACTOR, CODEBOOK, ISSUE, MENTION, OA, SG, STATEMENT, WD

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
RUS, USA, EU = (str(ACTOR[a]) for a in ("RUS", "USA", "EU"))


def rdf():
    """Putin (for Russia) DEMANDs of the USA on NATO expansion; the EU REJECTs Russia's demands; the USA
    SUPPORTs the EU (undated) and REJECTs Russia; one mention with sentence and cue selectors."""
    g = Graph()
    actors = [("RUS", SG.State, "Russia", "RUS", "Q159"), ("USA", SG.State, "United States", "USA", "Q30"),
              ("EU", SG.InternationalOrganisation, "European Union", None, "Q458"),
              ("vladimir-putin", SG.Person, "Vladimir Putin", None, "Q7747")]
    for aid, cls, label, iso3, qid in actors:
        g.add((ACTOR[aid], RDF.type, cls))
        g.add((ACTOR[aid], SKOS.prefLabel, Literal(label, lang="en")))
        g.add((ACTOR[aid], OWL.sameAs, WD[qid]))
        if iso3:
            g.add((ACTOR[aid], SG.iso3, Literal(iso3)))
    rows = [("d1", "vladimir-putin", "DEMAND", ["USA"], "2021-12-07", "expansion", {SG.onBehalfOf: ACTOR.RUS}),
            ("d2", "EU", "REJECT", ["RUS"], "2022-01-10", "demands", {}),
            ("d3", "USA", "SUPPORT", ["EU"], None, None, {}),
            ("d4", "USA", "REJECT", ["RUS"], "2022-01-11", None, {})]
    for name, speaker, type_, targets, date, issue, extra in rows:
        st = STATEMENT[name]
        for p, o in [(RDF.type, SG.Statement), (SG.speaker, ACTOR[speaker]), (SG.eventType, CODEBOOK[type_]),
                     (SG.negated, Literal(False)), (SG.status, SG.asserted), (SG.mentionCount, Literal(1)), *extra.items()]:
            g.add((st, p, o))
        for t in targets:
            g.add((st, SG.target, ACTOR[t]))
        if date:
            g.add((st, SG.date, Literal(date, datatype=XSD_DATE)))
        if issue:
            g.add((st, SG.issue, ISSUE[issue]))
            g.add((ISSUE[issue], SKOS.prefLabel, Literal(issue)))
    m = MENTION["d1-0"]
    g.add((STATEMENT.d1, SG.hasMention, m))
    g.add((m, SG.sentenceSelector, MENTION["d1-0-sentence"]))
    g.add((MENTION["d1-0-sentence"], OA.exact, Literal("Putin demanded guarantees.")))
    g.add((MENTION["d1-0-sentence"], OA.start, Literal(10)))
    g.add((MENTION["d1-0-sentence"], OA.end, Literal(36)))
    g.add((m, SG.cueSelector, MENTION["d1-0-cue"]))
    g.add((MENTION["d1-0-cue"], OA.exact, Literal("demanded")))
    g.add((m, SG.speakerText, Literal("Putin")))
    return g


VIEWS = {
    "actors": lambda g: actor_graph(g),
    "signed": lambda g: signed_graph(g),
    "issues": lambda g: affiliation_graph(g),
    "congruence": lambda g: congruence_graph(g, concept="target", relation="subtract"),
}


def test_networks_scalar_graph():
    G = nx.DiGraph(types=["DEMAND"], start=None)
    G.add_node("a", label="A", kind=None, activity=2)
    G.add_node("b", label="B", kind="state", activity=1.5)
    G.add_edge("a", "b", types={"DEMAND": 2}, statements=["s1", "s2"], first=None, flag=True)
    H = scalar_graph(G)
    assert H.graph == {"types": '["DEMAND"]'}
    assert H.nodes["a"] == {"label": "A", "activity": 2.0} and H.nodes["b"]["activity"] == 1.5
    assert H.edges["a", "b"] == {"types": '{"DEMAND": 2}', "statements": '["s1", "s2"]', "flag": True}


@pytest.mark.parametrize("view", sorted(VIEWS))
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networks_round_trip(tmp_path, view, fmt):
    G = VIEWS[view](rdf())
    path = write_network(G, tmp_path / f"net.{fmt}")
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    expected = scalar_graph(G)
    assert back.is_directed() == G.is_directed()
    assert list(back.nodes) == list(expected.nodes) and G.number_of_nodes() > 0
    assert sorted(back.edges) == sorted(expected.edges) and G.number_of_edges() > 0
    for node in expected:
        assert dict(back.nodes[node]) == expected.nodes[node]
    for edge in expected.edges:
        data = dict(back.edges[edge])
        data.pop("id", None)  # GEXF gives every edge an id
        assert data == expected.edges[edge]
    if fmt == "graphml":
        assert {k: v for k, v in back.graph.items() if not k.endswith("_default")} == expected.graph


@pytest.mark.parametrize("suffix", ["graphml", "gexf"])
def test_networks_files_are_reproducible(tmp_path, suffix):
    first = write_network(actor_graph(rdf()), tmp_path / f"a.{suffix}").read_bytes()
    second = write_network(actor_graph(rdf()), tmp_path / f"b.{suffix}").read_bytes()
    assert first == second and b"lastmodifieddate" not in first


def test_networks_write_errors(tmp_path):
    G = actor_graph(rdf())
    with pytest.raises(OutputError, match="use a .graphml or .gexf file"):
        write_network(G, tmp_path / "net.xml")
    with pytest.raises(OutputError, match="suffix .gexf but the format is graphml"):
        write_network(G, tmp_path / "net.gexf", format="graphml")
    with pytest.raises(OutputError, match="does not exist"):
        write_network(G, tmp_path / "missing" / "net.gexf")
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="it is a file"):
        write_csv(G, tmp_path / "file")


def test_networks_csv_node_and_edge_lists(tmp_path):
    nodes, edges = write_csv(actor_graph(rdf()), tmp_path / "out")
    node_rows = list(csv.DictReader(nodes.open(encoding="utf-8")))
    edge_rows = list(csv.DictReader(edges.open(encoding="utf-8")))
    assert list(node_rows[0]) == ["id", "activity", "iri", "kind", "label"]
    assert {r["label"] for r in node_rows} == {"Vladimir Putin", "United States", "European Union", "Russia"}
    by_pair = {(r["source"], r["target"]): r for r in edge_rows}
    e = by_pair[(EU, RUS)]
    assert (e["count"], e["dominant_type"], e["weight_sum"], e["first"]) == ("1", "REJECT", "-4.0", "2022-01-10")
    assert by_pair[(USA, EU)]["first"] == ""  # undated: empty cell
    assert json.loads(e["types"]) == {"REJECT": 1}


def test_networks_dna_statement_table(tmp_path):
    rows = dna_statements(rdf())
    assert [r["actor"] for r in rows] == ["Vladimir Putin", "European Union", "United States", "United States"]  # by date
    first = rows[0]
    assert list(first) == DNA_COLUMNS
    assert (first["organization"], first["concept"], first["agreement"], first["date"], first["targets"]) == (
        "Russia", "expansion", 0, "2021-12-07", "United States")
    assert first["text"] == "Putin demanded guarantees."
    assert (rows[3]["type"], rows[3]["agreement"], rows[3]["concept"], rows[3]["date"]) == ("SUPPORT", 1, "", "")
    assert [r["actor"] for r in dna_statements(rdf(), roll_up=True)][0] == "Russia"
    path = export(rdf(), "dna", tmp_path / "dna.csv")[0]
    assert next(csv.reader(path.open(encoding="utf-8"))) == DNA_COLUMNS


def test_networks_plover_records_use_the_specification_field_names(tmp_path):
    records = plover_records(rdf())
    first = records[0]
    assert list(first)[:14] == ["id", "date", "source", "recipient", "event", "event_text", "quad_code",
                                "event_scale", "text", "text_info", "cite_info", "negated", "status", "modality"]
    assert first["source"] == [{"code": "RUS", "actor_text": "Putin", "identifier_id": "Q7747",
                                "identifier_text": "Vladimir Putin", "iri": str(ACTOR["vladimir-putin"])}]
    assert first["recipient"][0]["code"] == "USA" and first["recipient"][0]["identifier_id"] == "Q30"
    assert (first["event"], first["event_text"], first["quad_code"], first["event_scale"]) == (
        ["DEMAND"], ["demanded"], 3, -5.0)
    assert first["text_info"] == {"start": 10, "end": 36} and first["issue"] == "expansion"
    assert records[3]["date"] is None and records[3]["quad_code"] == 1
    path = export(rdf(), "plover", tmp_path / "events.jsonl")[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in records]


def test_networks_export_formats(tmp_path):
    assert [p.name for p in export(rdf(), "csv", tmp_path / "csv", view="issues")] == ["nodes.csv", "edges.csv"]
    [path] = export(rdf(), "graphml", tmp_path / "signed.graphml", view="signed", roll_up=True)
    assert nx.read_graphml(path).number_of_edges() == 3
    [path] = export(rdf(), "gexf", tmp_path / "late.gexf", start="2022-01-01")
    assert sorted(nx.read_gexf(path).edges) == [(EU, RUS), (USA, RUS)]
    with pytest.raises(OutputError, match="unknown export format 'pajek'"):
        export(rdf(), "pajek", tmp_path / "x.net")
    with pytest.raises(InputError, match="view='trees'"):
        export(rdf(), "gexf", tmp_path / "x.gexf", view="trees")


def test_cli_export(tmp_path):
    graph = tmp_path / "g.ttl"
    rdf().serialize(graph, format="turtle")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(graph), "--format", "gexf", "-o", str(tmp_path / "a.gexf")])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(tmp_path / "a.gexf").number_of_nodes() == 4
    result = runner.invoke(cli, ["export", str(graph), "--format", "csv", "--view", "congruence", "-o", str(tmp_path / "c")])
    assert result.exit_code == 0 and (tmp_path / "c" / "edges.csv").exists()
    result = runner.invoke(cli, ["export", str(graph), "--format", "graphml", "-o", str(tmp_path / "no" / "a.graphml")])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and "does not exist" in result.output
    result = runner.invoke(cli, ["export", str(tmp_path / "none.ttl"), "--format", "dna", "-o", str(tmp_path / "d.csv")])
    assert result.exit_code == 1 and "no such file" in result.output
