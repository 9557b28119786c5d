"""Tests of stancegraph.analysis.actor_graph helpers on hand-built facts and networkx graphs."""
import networkx as nx
import pytest

from stancegraph.analysis.actor_graph import relation_attributes, signed_graph, view_of
from stancegraph.analysis.projections import affiliation_graph, congruence_graph
from stancegraph.errors import InputError


def test_actor_graph_relation_attributes_sum_weights_of_what_happened():
    facts = [("DEMAND", -5.0, 1, "2022-01-10", False), ("DEMAND", -5.0, 2, "2022-01-03", False),
             ("REJECT", -4.0, 3, None, True)]
    a = relation_attributes(facts)
    assert a["count"] == 3 and a["mentions"] == 6 and a["negated"] == 1
    assert a["weight_sum"] == -15.0  # the negated REJECT adds nothing
    assert a["types"] == {"DEMAND": 2, "REJECT": 1} and a["dominant_type"] == "DEMAND"
    assert (a["first"], a["last"]) == ("2022-01-03", "2022-01-10")


def test_actor_graph_relation_attributes_break_type_ties_by_mentions_then_name():
    a = relation_attributes([("REJECT", -4.0, 1, None, False), ("AGREE", 4.0, 1, None, False),
                             ("DEMAND", -5.0, 3, None, False)])
    assert list(a["types"]) == ["DEMAND", "AGREE", "REJECT"] and a["dominant_type"] == "DEMAND"
    assert a["first"] is None and a["last"] is None


def test_actor_graph_view_of_passes_networkx_graphs_through():
    G = nx.DiGraph([("a", "b")])
    assert view_of(G, lambda g, **o: None, {}, "f") is G
    assert view_of("rdf", lambda g, **o: (g, o), {"roll_up": True}, "f") == ("rdf", {"roll_up": True})
    with pytest.raises(InputError, match=r"^f: options \['start'\] apply to an RDF graph, not to a networkx graph$"):
        view_of(G, lambda g, **o: None, {"start": "2022-01-01"}, "f")


def test_actor_graph_signed_graph_lists_pairs_that_cancel_out():
    D = nx.DiGraph()
    D.add_edge("a", "b", weight_sum=-5.0, count=1, statements=["s1"])
    D.add_edge("b", "a", weight_sum=5.0, count=1, statements=["s2"])
    D.add_edge("a", "a", weight_sum=3.0, count=1, statements=["s3"])
    S = signed_graph(D)
    assert S.number_of_edges() == 0 and S.graph["neutral"] == [["a", "b"]] and S.graph["signed"] is True


def test_actor_graph_derived_views_refuse_options_for_networkx_input():
    with pytest.raises(InputError, match="signed_graph: options"):
        signed_graph(nx.DiGraph(), roll_up=True)
    with pytest.raises(InputError, match="congruence_graph: options"):
        congruence_graph(nx.Graph(), concept="target")
    with pytest.raises(InputError, match="concept='topic'"):
        affiliation_graph(nx.Graph(), concept="topic")
