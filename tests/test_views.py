"""Tests of stancegraph.analysis.views: actor_graph over a hand-built graph (docs/graph-model.md), load_graph."""
import datetime as dt
import sys

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from stancegraph.errors import InputError
from stancegraph.analysis.views import actor_graph, load_graph
from stancegraph.kb.vocab import ACTOR, CODEBOOK, DOCUMENT, MENTION, ORG, ROLE, SG, STATEMENT

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"  # rdflib's XSD at module level makes pytest warn

RUS, USA, UKR, NATO = (str(ACTOR[a]) for a in ("RUS", "USA", "UKR", "NATO"))
BIDEN, ZELENSKY = str(ACTOR["joe-biden"]), str(ACTOR["volodymyr-zelensky"])
S = {name: str(STATEMENT[name]) for name in ("s1", "s2", "s3", "s4", "s5", "s6")}

ACTORS = {
    "RUS": (SG.State, "Russia"),
    "USA": (SG.State, "United States"),
    "UKR": (SG.State, "Ukraine"),
    "NATO": (SG.InternationalOrganisation, "NATO"),
    "joe-biden": (SG.Person, "Joe Biden"),
    "volodymyr-zelensky": (SG.Person, "Volodymyr Zelensky"),
}


def statement_quads(name, speaker, type_, targets=(), *, date=None, mentions=1, doc="d1", extra=()):
    """The quads of one statement node as docs/graph-model.md draws it (statement in its document's graph)."""
    st, g = STATEMENT[name], DOCUMENT[doc]
    quads = [
        (st, RDF.type, SG.Statement),
        (st, SG.speaker, ACTOR[speaker]),
        (st, SG.eventType, CODEBOOK[type_]),
        (st, SG.negated, Literal(False)),
        (st, SG.status, SG.asserted),
        (st, SG.mentionCount, Literal(mentions)),
        *((st, SG.target, ACTOR[t]) for t in targets),
        *((st, p, o) for p, o in extra),
    ]
    if date:
        quads.append((st, SG.date, Literal(date, datatype=XSD_DATE)))
    for i in range(mentions):
        quads.append((st, SG.hasMention, MENTION[f"{name}-{i}"]))
    return [(s, p, o, g) for s, p, o in quads]


def sample_quads():
    quads = []
    for aid, (cls, label) in ACTORS.items():  # the builder copies label + type of every actor it mentions
        quads += [(ACTOR[aid], RDF.type, cls, DOCUMENT.d1), (ACTOR[aid], SKOS.prefLabel, Literal(label, lang="en"), DOCUMENT.d1)]
    quads += statement_quads("s1", "RUS", "DEMAND", ["USA"], date="2021-12-07")
    quads += statement_quads("s2", "RUS", "DEMAND", ["USA"], date="2021-12-17", mentions=2)
    quads += statement_quads("s3", "USA", "THREATEN", ["RUS"], date="2022-01-10", doc="d2")
    quads += statement_quads(
        "s4", "joe-biden", "CONSULT", ["volodymyr-zelensky"], date="2022-01-02", doc="d2",
        extra=[(SG.onBehalfOf, ACTOR.USA), (SG.targetOnBehalfOf, ACTOR.UKR)],
    )
    quads += statement_quads("s5", "NATO", "REJECT", [], date="2022-01-12", doc="d2")  # no target
    quads += statement_quads("s6", "RUS", "DEMAND", ["NATO"])  # undated
    return quads


def as_graph(quads):
    g = Graph()
    for s, p, o, _ in quads:
        g.add((s, p, o))
    return g


def as_dataset(quads, *, union=True):
    ds = Dataset(default_union=union)
    for s, p, o, g in quads:
        ds.graph(g).add((s, p, o))
    return ds


@pytest.fixture
def graph():
    return as_graph(sample_quads())


def snapshot(G):
    """Everything actor_graph returns, as plain data."""
    return (sorted(G.nodes(data=True)), sorted(G.edges(data=True)), G.graph)


def test_views_nodes_have_label_kind_iri_activity(graph):
    G = actor_graph(graph)
    assert isinstance(G, nx.DiGraph)
    assert sorted(G.nodes) == sorted([RUS, USA, NATO, BIDEN, ZELENSKY])
    assert G.nodes[RUS] == {"label": "Russia", "kind": "state", "iri": RUS, "activity": 4}  # 3 spoken + 1 heard
    assert G.nodes[USA]["activity"] == 3
    assert G.nodes[NATO]["kind"] == "igo"
    assert G.nodes[BIDEN]["kind"] == "person" and G.nodes[BIDEN]["label"] == "Joe Biden"


def test_views_edge_attributes(graph):
    G = actor_graph(graph)
    assert G.edges[RUS, USA] == {
        "count": 2,
        "mentions": 3,
        "weight_sum": -15.0,  # DEMAND -5 x 3 mentions
        "negated": 0,
        "types": {"DEMAND": 2},
        "dominant_type": "DEMAND",
        "mix": {"coop": 0, "conflict": 2, "neutral": 0},
        "first": "2021-12-07",
        "last": "2021-12-17",
        "statements": [S["s1"], S["s2"]],
    }
    assert G.edges[USA, RUS]["weight_sum"] == -6.0
    assert G.edges[BIDEN, ZELENSKY]["dominant_type"] == "CONSULT"
    assert G.edges[RUS, NATO]["first"] is None and G.edges[RUS, NATO]["last"] is None


def test_views_statement_without_target_counts_for_speaker(graph):
    G = actor_graph(graph)
    assert G.out_degree(NATO) == 0
    assert G.nodes[NATO]["activity"] == 2  # s5 spoken (no target) + s6 heard


def test_views_dominant_type_and_types_order():
    quads = statement_quads("a", "RUS", "REJECT", ["USA"]) + statement_quads("b", "RUS", "DEMAND", ["USA"])
    quads += statement_quads("c", "RUS", "DEMAND", ["USA"], date="2022-02-01")
    e = actor_graph(as_graph(quads)).edges[RUS, USA]
    assert e["types"] == {"DEMAND": 2, "REJECT": 1} and list(e["types"]) == ["DEMAND", "REJECT"]
    assert e["dominant_type"] == "DEMAND"
    assert e["first"] == e["last"] == "2022-02-01"


def test_views_roll_up_uses_on_behalf_of(graph):
    G = actor_graph(graph, roll_up=True)
    assert BIDEN not in G and ZELENSKY not in G
    e = G.edges[USA, UKR]
    assert (e["count"], e["types"], e["weight_sum"], e["statements"]) == (1, {"CONSULT": 1}, 1.0, [S["s4"]])
    assert G.nodes[UKR]["label"] == "Ukraine" and G.nodes[UKR]["kind"] == "state"
    assert G.nodes[USA]["activity"] == 4  # s3, s4 spoken; s1, s2 heard
    assert G.graph["roll_up"] is True


def test_views_roll_up_pairs_targets_with_their_states():
    # one statement, two targets: a state and a person who spoke for Ukraine (a post links them)
    quads = statement_quads(
        "m", "RUS", "DEMAND", ["USA", "volodymyr-zelensky"], extra=[(SG.targetOnBehalfOf, ACTOR.UKR)]
    )
    quads += [(ACTOR[a], RDF.type, cls, DOCUMENT.d1) for a, (cls, _) in ACTORS.items()]
    g = as_graph(quads)
    G = actor_graph(g, roll_up=True)
    assert sorted(G.successors(RUS)) == sorted([USA, UKR])
    # with a post, the pairing does not depend on guessing
    post = ROLE["volodymyr-zelensky-UKR-president-2019-05-20"]
    g.add((post, ORG.member, ACTOR["volodymyr-zelensky"]))
    g.add((post, ORG.organization, ACTOR.UKR))
    g.add((STATEMENT.m, SG.target, ACTOR["joe-biden"]))
    g.add((STATEMENT.m, SG.targetOnBehalfOf, ACTOR.USA))
    G = actor_graph(g, roll_up=True)
    assert sorted(G.successors(RUS)) == sorted([USA, UKR])  # Biden spoke for the one state left: USA
    assert G.edges[RUS, USA]["statements"] == G.edges[RUS, UKR]["statements"] == [str(STATEMENT.m)]
    # two persons and two states with no post or sg:partOf to tell them apart: nobody is guessed
    g.remove((post, None, None))
    G = actor_graph(g, roll_up=True)
    assert sorted(G.successors(RUS)) == sorted([USA, ZELENSKY, BIDEN])


@pytest.mark.parametrize(
    "types, edges",
    [
        (["DEMAND"], {(RUS, USA), (RUS, NATO)}),
        ("demand", {(RUS, USA), (RUS, NATO)}),
        (["verbal-coop"], {(BIDEN, ZELENSKY)}),
        (["THREATEN", "CONSULT"], {(USA, RUS), (BIDEN, ZELENSKY)}),
    ],
)
def test_views_type_filter(graph, types, edges):
    G = actor_graph(graph, types=types)
    assert set(G.edges) == edges


def test_views_type_filter_drops_other_activity(graph):
    G = actor_graph(graph, types=["DEMAND"])
    assert sorted(G.nodes) == sorted([RUS, USA, NATO])
    assert G.nodes[RUS]["activity"] == 3
    assert G.graph["types"] == ["DEMAND"]


def test_views_unknown_type_is_an_error(graph):
    with pytest.raises(InputError, match="unknown event type 'DEMANDS'"):
        actor_graph(graph, types=["DEMANDS"])


def test_views_date_range(graph):
    G = actor_graph(graph, start="2022-01-01")
    assert set(G.edges) == {(USA, RUS), (BIDEN, ZELENSKY)}
    assert NATO in G and G.nodes[NATO]["activity"] == 1  # s5 (dated, no target); undated s6 dropped
    G = actor_graph(graph, end=dt.date(2021, 12, 31))
    assert set(G.edges) == {(RUS, USA)}
    G = actor_graph(graph, start="2021-12-10", end="2021-12-17")
    assert G.edges[RUS, USA]["statements"] == [S["s2"]]
    assert (G.graph["start"], G.graph["end"]) == ("2021-12-10", "2021-12-17")


def test_views_bad_dates_are_errors(graph):
    with pytest.raises(InputError, match="start='yesterday'"):
        actor_graph(graph, start="yesterday")
    with pytest.raises(InputError, match="after end"):
        actor_graph(graph, start="2022-01-02", end="2022-01-01")


def test_views_untyped_actor_gets_local_name():
    G = actor_graph(as_graph(statement_quads("x", "x-azov", "FIGHT", ["RUS"])))
    node = G.nodes[str(ACTOR["x-azov"])]
    assert (node["label"], node["kind"]) == ("x-azov", None)


def test_views_mentions_fall_back_to_mention_nodes():
    quads = [q for q in statement_quads("x", "RUS", "DEMAND", ["USA"], mentions=2) if q[1] != SG.mentionCount]
    assert actor_graph(as_graph(quads)).edges[RUS, USA]["mentions"] == 2


@pytest.mark.parametrize("union", [True, False])
def test_views_dataset_gives_the_same_graph(union):
    expected = snapshot(actor_graph(as_graph(sample_quads())))
    assert snapshot(actor_graph(as_dataset(sample_quads(), union=union))) == expected


@pytest.mark.parametrize("oxigraph", [True, False])
@pytest.mark.parametrize("suffix, fmt, dataset", [
    (".ttl", "turtle", False), (".nt", "nt", False), (".trig", "trig", True), (".nq", "nquads", True),
])
def test_views_load_graph_round_trip(tmp_path, monkeypatch, oxigraph, suffix, fmt, dataset):
    if not oxigraph:
        monkeypatch.setitem(sys.modules, "oxrdflib", None)  # import fails: plain rdflib
    source = as_dataset(sample_quads()) if dataset else as_graph(sample_quads())
    path = tmp_path / f"g{suffix}"
    source.serialize(path, format=fmt, encoding="utf-8")
    loaded = load_graph(path)
    assert isinstance(loaded, Dataset) == dataset
    assert (type(loaded.store).__name__ == "OxigraphStore") == oxigraph
    assert snapshot(actor_graph(loaded)) == snapshot(actor_graph(as_graph(sample_quads())))


def test_views_load_graph_errors(tmp_path):
    with pytest.raises(InputError, match="unknown suffix '.json'"):
        load_graph(tmp_path / "g.json")
    with pytest.raises(InputError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read RDF from .*bad.ttl"):
        load_graph(bad)


def test_views_output_is_deterministic(graph):
    first = actor_graph(graph)
    second = actor_graph(as_dataset(list(reversed(sample_quads()))))
    assert list(first.nodes) == list(second.nodes) and list(first.edges) == list(second.edges)


# ------------------------------------------------------------------------------ statement table, agreement


from stancegraph.analysis.views import (  # noqa: E402
    affiliation_graph, agreement_of, congruence_graph, ego_graph, find_actor, signed_graph, statement_table,
    time_windows,
)
from stancegraph.kb.vocab import ISSUE, OA  # noqa: E402

DCTERMS_DATE = "http://purl.org/dc/terms/date"


@pytest.mark.parametrize("quad, negated, expected", [
    ("verbal-coop", False, "support"), ("material-coop", False, "support"), ("verbal-conflict", False, "oppose"),
    ("material-conflict", False, "oppose"), ("verbal-coop", True, "oppose"), ("material-conflict", True, "support"),
    (None, False, None),
])
def test_views_agreement_follows_quad_class_and_negation(quad, negated, expected):
    assert agreement_of(quad, negated) == expected


def test_views_statement_table_rows(graph):
    table = statement_table(graph)
    assert [r["statement"] for r in table] == sorted(S.values())
    row = next(r for r in table if r["statement"] == S["s4"])
    assert (row["speaker"], row["targets"], row["speaker_state"], row["target_states"]) == (BIDEN, (ZELENSKY,), USA, (UKR,))
    assert (row["type"], row["quad"], row["weight"], row["agreement"], row["status"]) == (
        "CONSULT", "verbal-coop", 1.0, "support", "asserted")
    assert (row["date"], row["date_source"], row["mentions"]) == ("2022-01-02", "statement", 1)
    assert table.label(BIDEN) == "Joe Biden" and table.kind(NATO) == "igo"
    assert statement_table(table) is table


def dated_document_quads():
    """s7: undated statement reported by document d3, published 2022-02-03 (mention -> oa:hasSource)."""
    quads = statement_quads("s7", "RUS", "REJECT", ["NATO"], doc="d3",
                            extra=[(SG.negated, Literal(True)), (SG.issue, ISSUE.expansion)])
    quads = [q for q in quads if not (q[1] == SG.negated and q[2] == Literal(False))]
    quads += [(MENTION["s7-0"], OA.hasSource, DOCUMENT.d3, DOCUMENT.d3),
              (DOCUMENT.d3, URIRef(DCTERMS_DATE), Literal("2022-02-03", datatype=XSD_DATE), DOCUMENT.d3),
              (ISSUE.expansion, SKOS.prefLabel, Literal("NATO expansion"), DOCUMENT.d3)]
    return quads


def test_views_undated_statement_takes_its_documents_date():
    g = as_graph(sample_quads() + dated_document_quads())
    row = next(r for r in statement_table(g) if r["statement"] == str(STATEMENT.s7))
    assert (row["date"], row["statement_date"], row["date_source"]) == ("2022-02-03", None, "document")
    assert (row["negated"], row["agreement"], row["issue_label"]) == (True, "support", "NATO expansion")
    G = actor_graph(g, start="2022-02-01")
    assert set(G.edges) == {(RUS, NATO)} and G.edges[RUS, NATO]["first"] == "2022-02-03"
    assert actor_graph(g, start="2022-02-01", document_dates=False).number_of_edges() == 0


def test_views_negated_statements_weigh_nothing():
    g = as_graph(sample_quads() + dated_document_quads())
    e = actor_graph(g).edges[RUS, NATO]  # s6 DEMAND (-5) + s7 negated REJECT (0)
    assert (e["count"], e["negated"], e["weight_sum"]) == (2, 1, -5.0)


def test_views_status_filter(graph):
    assert actor_graph(graph, statuses=["asserted"]).number_of_edges() == 4
    assert actor_graph(graph, statuses="hypothetical").number_of_edges() == 0
    with pytest.raises(InputError, match="unknown status 'likely'"):
        actor_graph(graph, statuses=["likely"])


# ------------------------------------------------------------------------------------------- signed graph


def test_views_signed_graph_nets_both_directions(graph):
    SG_ = signed_graph(graph)
    assert isinstance(SG_, nx.Graph) and not SG_.is_directed()
    assert set(SG_.nodes) == {RUS, USA, NATO, BIDEN, ZELENSKY}
    # RUS->USA: 2 DEMAND, 3 mentions = -15; USA->RUS: THREATEN -6 -> net -21, 3 statements
    assert SG_.edges[RUS, USA] == {"sign": -1, "weight": -21.0, "count": 3, "statements": sorted([S["s1"], S["s2"], S["s3"]])}
    assert SG_.edges[BIDEN, ZELENSKY]["sign"] == 1
    assert SG_.graph["signed"] is True and SG_.graph["neutral"] == []


def test_views_signed_graph_drops_neutral_pairs_and_self_loops():
    D = nx.DiGraph()
    D.add_edge("a", "b", weight_sum=4.0, count=1, statements=["s1"])
    D.add_edge("b", "a", weight_sum=-4.0, count=1, statements=["s2"])
    D.add_edge("a", "a", weight_sum=-9.0, count=1, statements=["s3"])
    S = signed_graph(D)
    assert S.number_of_edges() == 0 and S.graph["neutral"] == [["a", "b"]]
    with pytest.raises(InputError, match="apply to an RDF graph"):
        signed_graph(D, roll_up=True)


def test_views_signed_graph_roll_up(graph):
    S = signed_graph(graph, roll_up=True)
    assert S.edges[USA, UKR]["sign"] == 1 and BIDEN not in S


# ---------------------------------------------------------------------------------- two-mode and one-mode


def issue_quads():
    """Four actors on two issues: RUS, BLR support talks (AGREE), USA opposes them (REJECT), USA and
    NATO oppose expansion? no: NATO supports expansion (SUPPORT), RUS opposes it (DEMAND) twice."""
    rows = [("i1", "RUS", "AGREE", "talks"), ("i2", "BLR", "AGREE", "talks"), ("i3", "USA", "REJECT", "talks"),
            ("i4", "NATO", "SUPPORT", "expansion"), ("i5", "RUS", "DEMAND", "expansion"),
            ("i6", "RUS", "DEMAND", "expansion"), ("i7", "USA", "SUPPORT", "expansion")]
    quads = []
    for name, speaker, type_, issue in rows:
        quads += statement_quads(name, speaker, type_, [], extra=[(SG.issue, ISSUE[issue])])
    quads += [(ISSUE.talks, SKOS.prefLabel, Literal("talks"), DOCUMENT.d1),
              (ISSUE.expansion, SKOS.prefLabel, Literal("expansion"), DOCUMENT.d1)]
    return quads


BLR = str(ACTOR.BLR)
TALKS, EXPANSION = str(ISSUE.talks), str(ISSUE.expansion)


def test_views_affiliation_graph_structure():
    B = affiliation_graph(as_graph(issue_quads()))
    actors = sorted(n for n, d in B.nodes(data=True) if d["mode"] == "actor")
    concepts = sorted(n for n, d in B.nodes(data=True) if d["mode"] == "concept")
    assert actors == sorted([RUS, BLR, USA, NATO]) and concepts == sorted([TALKS, EXPANSION])
    assert nx.is_bipartite(B) and {d["bipartite"] for _, d in B.nodes(data=True)} == {0, 1}
    e = B.edges[RUS, EXPANSION]
    assert (e["support"], e["oppose"], e["count"], e["weight"], e["agreement"]) == (0, 2, 2, -2, "oppose")
    assert B.edges[USA, TALKS]["agreement"] == "oppose" and B.edges[USA, EXPANSION]["agreement"] == "support"
    assert B.nodes[EXPANSION] == {"mode": "concept", "bipartite": 1, "label": "expansion", "kind": "issue",
                                  "iri": EXPANSION, "statements": 4}


def test_views_affiliation_graph_targets_as_concepts(graph):
    B = affiliation_graph(graph, concept="target")
    assert B.edges[RUS, "target:" + USA]["oppose"] == 2
    assert B.nodes["target:" + NATO]["label"] == "NATO" and B.nodes["target:" + NATO]["actor_kind"] == "igo"
    with pytest.raises(InputError, match="concept='topic'"):
        affiliation_graph(graph, concept="topic")


def test_views_affiliation_mixed_agreement():
    quads = issue_quads() + statement_quads("i8", "USA", "AGREE", [], extra=[(SG.issue, ISSUE.talks)])
    e = affiliation_graph(as_graph(quads)).edges[USA, TALKS]
    assert (e["support"], e["oppose"], e["agreement"], e["weight"]) == (1, 1, "mixed", 0)


# Hand computation for the issue graph. Cells a[actor][(concept, k)] (statements):
#   RUS: (talks,+)=1, (exp,-)=2  n=3   BLR: (talks,+)=1 n=1   USA: (talks,-)=1, (exp,+)=1 n=2   NATO: (exp,+)=1 n=1
# congruence: RUS-BLR 1*1=1; USA-NATO 1*1=1; RUS-USA 0; RUS-NATO 0; BLR-USA 0; BLR-NATO 0
# conflict:   RUS-USA (talks + vs -) 1 + (exp - vs +) 2 = 3; RUS-NATO 2; BLR-USA 1; USA-NATO 0
@pytest.mark.parametrize("relation, normalization, expected", [
    ("congruence", "none", {(RUS, BLR): 1, (USA, NATO): 1}),
    ("conflict", "no", {(RUS, USA): 3, (RUS, NATO): 2, (BLR, USA): 1}),
    ("subtract", "none", {(RUS, BLR): 1, (USA, NATO): 1, (RUS, USA): -3, (RUS, NATO): -2, (BLR, USA): -1}),
    # average: (n_i + n_j) / 2 -> RUS-BLR 1/2, USA-NATO 1/1.5
    ("congruence", "average", {(RUS, BLR): 0.5, (USA, NATO): round(1 / 1.5, 10)}),
    # jaccard: m10 + m01 + m11 -> RUS-BLR (3-1)+(1-1)+1 = 3; USA-NATO (2-1)+(1-1)+1 = 2
    ("congruence", "jaccard", {(RUS, BLR): round(1 / 3, 10), (USA, NATO): 0.5}),
    # cosine: sqrt(1+4)*sqrt(1) for RUS-BLR; sqrt(2)*1 for USA-NATO; conflict RUS-USA 3/(sqrt5*sqrt2)
    ("congruence", "cosine", {(RUS, BLR): round(1 / 5 ** 0.5, 10), (USA, NATO): round(1 / 2 ** 0.5, 10)}),
    ("conflict", "cosine", {(RUS, USA): round(3 / 10 ** 0.5, 10), (RUS, NATO): round(2 / 5 ** 0.5, 10),
                            (BLR, USA): round(1 / 2 ** 0.5, 10)}),
])
def test_views_congruence_graph_matches_hand_computation(relation, normalization, expected):
    P = congruence_graph(as_graph(issue_quads()), relation=relation, normalization=normalization)
    got = {tuple(sorted((u, v))): d["weight"] for u, v, d in P.edges(data=True)}
    assert got == {tuple(sorted(k)): v for k, v in expected.items()}
    assert sorted(P.nodes) == sorted([RUS, BLR, USA, NATO])
    assert P.graph["relation"] == relation


def test_views_congruence_graph_binary_and_labels():
    P = congruence_graph(as_graph(issue_quads()), relation="conflict", binary=True)
    assert P.edges[RUS, USA]["weight"] == 2  # (talks) + (expansion), each counted once
    assert P.edges[RUS, USA]["disagree_on"] == ["expansion", "talks"] and P.edges[RUS, USA]["agree_on"] == []
    with pytest.raises(InputError, match="normalization='scaled'"):
        congruence_graph(as_graph(issue_quads()), normalization="scaled")
    with pytest.raises(InputError, match="relation='same'"):
        congruence_graph(as_graph(issue_quads()), relation="same")


# ------------------------------------------------------------------------------------- windows, ego view


def test_views_time_windows(graph):
    windows = time_windows(graph, size=14, start="2021-12-06")
    assert [(w.start.isoformat(), w.end.isoformat()) for w in windows] == [
        ("2021-12-06", "2021-12-19"), ("2021-12-20", "2022-01-02"), ("2022-01-03", "2022-01-12")]  # the last stops at the last date
    assert [sorted(w.graph.edges) for w in windows] == [[(RUS, USA)], [(BIDEN, ZELENSKY)], [(USA, RUS)]]
    assert windows[0].graph.edges[RUS, USA]["count"] == 2


def test_views_time_windows_overlap_and_views(graph):
    windows = time_windows(graph, "signed", size=30, step=10, roll_up=True)
    assert [w.start.isoformat() for w in windows] == ["2021-12-07", "2021-12-17", "2021-12-27", "2022-01-06"]
    assert all(isinstance(w.graph, nx.Graph) and w.graph.graph["signed"] for w in windows)
    assert time_windows(as_graph(statement_quads("u", "RUS", "DEMAND", ["USA"]))) == []
    for bad in ({"size": 0}, {"size": 7, "step": -1}, {"size": 1.5}):
        with pytest.raises(InputError, match="positive number of days"):
            time_windows(graph, **bad)
    with pytest.raises(InputError, match="view='trees'"):
        time_windows(graph, "trees")


def test_views_ego_graph_and_find_actor(graph):
    G = actor_graph(graph)
    H = ego_graph(G, "Russia")
    assert sorted(H.nodes) == sorted([RUS, USA, NATO]) and H.graph["ego"] == RUS
    assert set(H.edges) == {(RUS, USA), (USA, RUS), (RUS, NATO)}
    assert sorted(ego_graph(G, "joe-biden", radius=0).nodes) == [BIDEN]
    assert find_actor(G, "RUS") == find_actor(G, RUS) == find_actor(G, "russia") == RUS
    assert find_actor(G, "Kremlin") == RUS  # a registry alias
    assert find_actor(G, "Zelensky") == ZELENSKY  # a unique part of a label
    with pytest.raises(InputError, match="actor 'Narnia' is not in the graph; .*Joe Biden"):
        find_actor(G, "Narnia")
    with pytest.raises(InputError, match="radius=-1"):
        ego_graph(G, "Russia", radius=-1)


from stancegraph.analysis.windows import parse_days  # noqa: E402


@pytest.mark.parametrize("value, days", [(7, 7), (dt.timedelta(days=14), 14)])
def test_views_windows_parse_days(value, days):
    assert parse_days(value, "size") == days


@pytest.mark.parametrize("value, message", [(0, "size=0: must be a positive"), (True, "size=True"),
                                            (dt.timedelta(hours=12), "use whole days")])
def test_views_windows_parse_days_refuses(value, message):
    with pytest.raises(InputError, match=message):
        parse_days(value, "size")
