"""Tests of stancegraph.views: actor_graph over a hand-built graph (docs/graph-model.md), load_graph."""
import datetime as dt
import sys

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDF, SKOS

from stancegraph.errors import InputError
from stancegraph.views import actor_graph, load_graph
from stancegraph.vocab import ACTOR, CODEBOOK, DOCUMENT, MENTION, ORG, ROLE, SG, STATEMENT

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
        "types": {"DEMAND": 2},
        "dominant_type": "DEMAND",
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
    with pytest.raises(ValueError, match="unknown event type 'DEMANDS'"):
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
    with pytest.raises(ValueError, match="start='yesterday'"):
        actor_graph(graph, start="yesterday")
    with pytest.raises(ValueError, match="after end"):
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
    with pytest.raises(InputError, match="cannot parse"):
        load_graph(bad)


def test_views_output_is_deterministic(graph):
    first = actor_graph(graph)
    second = actor_graph(as_dataset(list(reversed(sample_quads()))))
    assert list(first.nodes) == list(second.nodes) and list(first.edges) == list(second.edges)
