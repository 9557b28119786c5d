"""Tests of the diagram engine on small hand-built graphs: stancegraph.analysis.layout, routing, labels, figures."""
import math

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import Circle  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402

from stancegraph.analysis.figures import (  # noqa: E402
    KIND_STYLES, RELATION_COLOURS, display_label, edge_label, legend_handles, marker, node_patch, relation,
    styled_kind,
)
from stancegraph.analysis.labels import LabelPlacer, densify, overlap, points_inside  # noqa: E402
from stancegraph.analysis.layout import (  # noqa: E402
    actor_layout, barycentre_order, crowd_scale, figure_size, node_radii, select_actors, stress_layout,
)
from stancegraph.analysis.routing import bezier, control_point, route_edges, sub_bezier, trim  # noqa: E402


def star(n=5):
    G = nx.DiGraph()
    for i in range(1, n):
        G.add_edge("hub", f"leaf{i}")
    nx.set_node_attributes(G, {node: G.degree(node) for node in G}, "activity")
    return G


# ------------------------------------------------------------------------------------------------ layout


def test_layout_select_actors_keeps_the_most_active_and_drops_self_loops():
    G = star(5)
    G.add_edge("hub", "hub")
    chosen = select_actors(G, 3)
    assert chosen.ranked[0] == "hub" and len(chosen.ranked) == 5
    assert chosen.kept == ["hub", "leaf1", "leaf2"]  # ties by label, then sorted by id
    assert chosen.edges == [("hub", "leaf1"), ("hub", "leaf2")]
    assert chosen.activity == {"hub": 4.0, "leaf1": 1.0, "leaf2": 1.0}  # set before the self-loop


def test_layout_sizes_shrink_in_crowds():
    assert crowd_scale(0) == crowd_scale(12) == 1.0
    assert crowd_scale(48) == pytest.approx(0.5)
    radii = node_radii({"a": 9.0, "b": 0.0}, 0.5)
    assert radii == {"a": pytest.approx(0.05), "b": pytest.approx(0.0175)}


def test_layout_stress_layout_is_seeded_scaled_and_spread():
    G = star(6)
    nodes = sorted(G)
    radius = dict.fromkeys(nodes, 0.05)
    first = stress_layout(nodes, list(G.edges), 7, radius)
    again = stress_layout(nodes, list(G.edges), 7, radius)
    assert all(np.array_equal(first[n], again[n]) for n in nodes)
    xy = np.array([first[n] for n in nodes])
    assert np.abs(xy).max() <= 1.0 + 1e-9
    gaps = [math.dist(first[a], first[b]) for i, a in enumerate(nodes) for b in nodes[i + 1:]]
    assert min(gaps) > 0.1  # rims kept apart
    assert np.ptp(xy[:, 0]) >= np.ptp(xy[:, 1]) - 1e-9  # landscape


def test_layout_single_node_and_empty_graph():
    assert list(stress_layout(["a"], [], 7, {"a": 0.1})["a"]) == [0.0, 0.0]
    assert actor_layout(nx.DiGraph()) == {}


def test_layout_actor_layout_gives_plain_float_pairs():
    pos = actor_layout(star(4), max_nodes=2)
    assert sorted(pos) == ["hub", "leaf1", "other"]  # the other leaves folded into one node
    assert all(isinstance(v, float) for xy in pos.values() for v in xy)


def test_layout_figure_size_follows_the_aspect_ratio():
    assert figure_size({}) == (9.0, 5.0)
    width, height = figure_size({"a": (0.0, -1.0), "b": (0.0, 1.0)})
    assert width == pytest.approx(9.4) and height == pytest.approx(min(9.4 * 1.2, 9.4 * 2.6 / 0.6 + 1.8))


def test_layout_barycentre_order_follows_neighbours_and_keeps_ties():
    edges = [("a", "z"), ("b", "y"), ("c", "x")]
    assert barycentre_order(["x", "y", "z"], edges, {"a": 0, "b": 1, "c": 2}, reverse=False) == {"z": 0, "y": 1, "x": 2}
    assert barycentre_order(["p", "q"], edges, {}, reverse=False) == {"p": 0, "q": 1}  # no neighbours: as given


# ------------------------------------------------------------------------------------------------ routing


def test_routing_bezier_pieces():
    curve = ((0.0, 0.0), control_point((0.0, 0.0), (2.0, 0.0), 0.25), (2.0, 0.0))
    assert curve[1] == (1.0, -0.5)
    assert bezier(curve, 0.0) == (0.0, 0.0) and bezier(curve, 1.0) == (2.0, 0.0)
    piece = sub_bezier(curve, 0.25, 0.75)
    assert piece[0] == pytest.approx(bezier(curve, 0.25)) and piece[2] == pytest.approx(bezier(curve, 0.75))
    assert bezier(piece, 0.5) == pytest.approx(bezier(curve, 0.5))  # the same curve, re-parametrised


def test_routing_two_way_edges_bend_to_opposite_sides():
    G = nx.DiGraph([("a", "b"), ("b", "a")])
    pos = {"a": (0.0, 0.0), "b": (1.0, 0.0)}
    curves = route_edges(G, [("a", "b"), ("b", "a")], pos, {"a": 0.05, "b": 0.05})
    assert curves["a", "b"][1][1] < 0 < curves["b", "a"][1][1]


def test_routing_arcs_avoid_a_node_in_the_way():
    G = nx.DiGraph([("a", "b")])
    G.add_node("c")
    pos = {"a": (0.0, 0.0), "b": (1.0, 0.0), "c": (0.5, -0.06)}  # sits where the gentle bend would pass
    curve = route_edges(G, [("a", "b")], pos, {"a": 0.05, "b": 0.05, "c": 0.05})["a", "b"]
    t = np.linspace(0.05, 0.95, 37)
    points = np.array(bezier(curve, t)).T
    assert np.hypot(*(points - np.array(pos["c"])).T).min() > 0.05


def test_routing_trim_stops_at_the_outlines():
    curve = ((0.0, 0.0), (0.5, 0.0), (1.0, 0.0))
    t0, t1 = trim(curve, Circle((0.0, 0.0), 0.2), Circle((1.0, 0.0), 0.2))
    assert 0.2 < t0 < 0.23 and 0.77 < t1 < 0.8
    assert trim(curve, Circle((0.5, 0.0), 1.0), Circle((0.5, 0.0), 1.0)) == (0.0, 1.0)  # nothing outside


# ------------------------------------------------------------------------------------------------ labels


def test_labels_geometry_helpers():
    assert densify([(0.0, 0.0), (0.0, 2.0)], step=0.5).shape == (5, 2)
    box = Bbox.from_extents(0, 0, 2, 2)
    assert overlap(box, Bbox.from_extents(1, 1, 3, 3)) == 1.0
    assert overlap(box, Bbox.from_extents(2, 2, 3, 3)) == 0.0
    assert points_inside(np.array([[1.0, 1.0], [3.0, 3.0]]), box) == 1
    assert points_inside(np.zeros((0, 2)), box) == 0


def test_labels_placer_moves_a_label_off_another_node():
    fig, ax = plt.subplots(figsize=(4, 4))
    ax.set_xlim(-1, 1)
    ax.set_ylim(-1, 1)
    blocker = Circle((0.0, -0.3), 0.15)  # below "a": the first candidate
    ax.add_patch(blocker)
    placer = LabelPlacer(ax, fig.canvas.get_renderer())
    placer.add_node("blocker", blocker)
    text = ax.text(0, 0, "a label")
    placer.place(text, [((0.0, -0.3), "center", "center"), ((0.0, 0.5), "center", "center")], own_node="a")
    assert text.get_position() == (0.0, 0.5)
    assert len(placer.labels) == 1
    plt.close(fig)


# ------------------------------------------------------------------------------------------------ figures


def test_figures_styles_of_kinds_and_relations():
    assert styled_kind("igo") == "igo" and styled_kind("planet") is None and styled_kind(None) is None
    assert [marker(k) for k in ("state", "igo", "bloc", "organ", "person", "group", None)] == list("osh^Dpo")
    assert marker("igo") == "s" and marker("organ") == "^" and marker(None) == "o"
    assert relation({"weight_sum": 4.0, "mentions": 2}) == "coop"
    assert relation({"weight_sum": -0.0}) == "neutral"
    assert isinstance(node_patch((0, 0), 0.1, "state", "n"), Circle)
    assert node_patch((0, 0), 0.1, "person", "n").numvertices == 4


def test_figures_edge_label_and_display_label():
    assert edge_label({"types": {"DEMAND": 1}}) == "demand"
    assert edge_label({"types": {"A": 2, "B": 2, "C": 2}}) == "a ×2, b ×2, 1 other type"
    assert edge_label({"count": 3}) == "3 statements"
    G = nx.Graph()
    G.add_node("https://w3id.org/stancegraph/actor/RUS")
    G.add_node("x", label="Russia")
    assert display_label(G, "https://w3id.org/stancegraph/actor/RUS") == "RUS"
    assert display_label(G, "x") == "Russia"


def test_figures_legend_handles_in_style_order():
    handles = legend_handles({"person", "state"}, {"conflict"})
    assert [h.get_label() for h in handles] == [KIND_STYLES["state"][0], KIND_STYLES["person"][0],
                                                RELATION_COLOURS["conflict"][1]]
