"""Tests of stancegraph.analysis.plot: the actor diagram's artists, determinism, and atomic figure saving."""
import itertools
import os

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.legend import Legend  # noqa: E402
from matplotlib.patches import Circle, FancyArrowPatch, RegularPolygon  # noqa: E402
from rdflib import Graph, Literal  # noqa: E402
from rdflib.namespace import RDF, SKOS  # noqa: E402

from stancegraph.errors import InputError, OutputError  # noqa: E402
from stancegraph.analysis.plot import RELATION_COLOURS, draw_actor_graph, save_figure  # noqa: E402
from stancegraph.analysis.views import actor_graph  # noqa: E402
from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT  # noqa: E402

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"  # rdflib's XSD at module level makes pytest warn

RED, GREEN, GREY = (RELATION_COLOURS[k][0].lower() for k in ("conflict", "coop", "neutral"))
RUS, USA, NATO = str(ACTOR.RUS), str(ACTOR.USA), str(ACTOR.NATO)
BIDEN, ZELENSKY = str(ACTOR["joe-biden"]), str(ACTOR["volodymyr-zelensky"])


def sample_rdf():
    """Russia DEMAND->USA twice, USA THREATEN->Russia, Biden CONSULT->Zelensky (on behalf of USA/UKR),
    NATO REJECT without a target, Russia DEMAND->NATO: the model of docs/graph-model.md, by hand."""
    g = Graph()
    actors = {"RUS": (SG.State, "Russia"), "USA": (SG.State, "United States"), "UKR": (SG.State, "Ukraine"),
              "NATO": (SG.InternationalOrganisation, "NATO"), "joe-biden": (SG.Person, "Joe Biden"),
              "volodymyr-zelensky": (SG.Person, "Volodymyr Zelensky")}
    for aid, (cls, label) in actors.items():
        g.add((ACTOR[aid], RDF.type, cls))
        g.add((ACTOR[aid], SKOS.prefLabel, Literal(label, lang="en")))
    rows = [
        ("s1", "RUS", "DEMAND", ["USA"], "2021-12-07", {}),
        ("s2", "RUS", "DEMAND", ["USA"], "2021-12-17", {}),
        ("s3", "USA", "THREATEN", ["RUS"], "2022-01-10", {}),
        ("s4", "joe-biden", "CONSULT", ["volodymyr-zelensky"], "2022-01-02",
         {SG.onBehalfOf: ACTOR.USA, SG.targetOnBehalfOf: ACTOR.UKR}),
        ("s5", "NATO", "REJECT", [], "2022-01-12", {}),
        ("s6", "RUS", "DEMAND", ["NATO"], None, {}),
    ]
    for name, speaker, type_, targets, date, extra in rows:
        st = STATEMENT[name]
        g.add((st, RDF.type, SG.Statement))
        g.add((st, SG.speaker, ACTOR[speaker]))
        g.add((st, SG.eventType, CODEBOOK[type_]))
        g.add((st, SG.mentionCount, Literal(1)))
        for t in targets:
            g.add((st, SG.target, ACTOR[t]))
        if date:
            g.add((st, SG.date, Literal(date, datatype=XSD_DATE)))
        for p, o in extra.items():
            g.add((st, p, o))
    return g


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def G():
    return actor_graph(sample_rdf())


def by_gid(ax, prefix, kind=object):
    return {a.get_gid()[len(prefix):]: a for a in ax.get_children() + ax.texts + ax.patches
            if isinstance(a, kind) and (a.get_gid() or "").startswith(prefix)}


def legend_texts(ax):
    legends = [a for a in ax.get_children() if isinstance(a, Legend)]
    return {lg.get_title().get_text(): [t.get_text() for t in lg.get_texts()] for lg in legends}


def test_plot_draws_one_shape_per_actor(G):
    ax = draw_actor_graph(G)
    nodes = by_gid(ax, "node:")
    assert sorted(nodes) == sorted(G.nodes)
    assert isinstance(nodes[RUS], Circle)  # states are circles
    assert isinstance(nodes[NATO], RegularPolygon) and nodes[NATO].numvertices == 4  # IGOs squares
    assert nodes[RUS].radius > nodes[ZELENSKY].radius * 0.9 * 1.2  # sized by activity (4 vs 1)
    assert {t.get_text() for t in by_gid(ax, "node-label:").values()} == {
        "Russia", "United States", "NATO", "Joe Biden", "Volodymyr Zelensky"}


def test_plot_arrows_colours_widths_and_labels(G):
    ax = draw_actor_graph(G)
    arrows = by_gid(ax, "edge:", FancyArrowPatch)
    assert len(arrows) == G.number_of_edges() == 4
    rus_usa, usa_rus = arrows[f"{RUS}->{USA}"], arrows[f"{USA}->{RUS}"]
    assert to_hex(rus_usa.get_edgecolor()) == RED
    assert to_hex(arrows[f"{BIDEN}->{ZELENSKY}"].get_edgecolor()) == GREEN
    assert rus_usa.get_linewidth() > usa_rus.get_linewidth()  # 2 statements vs 1
    assert rus_usa.get_arrowstyle().__class__.__name__ == "CurveFilledB"  # "-|>": a visible head
    labels = {k: t.get_text() for k, t in by_gid(ax, "edge-label:").items()}
    assert labels == {f"{RUS}->{USA}": "demand ×2", f"{USA}->{RUS}": "threaten",
                      f"{RUS}->{NATO}": "demand", f"{BIDEN}->{ZELENSKY}": "consult"}


def test_plot_two_way_arcs_bend_apart(G):
    ax = draw_actor_graph(G)
    arrows = by_gid(ax, "edge:", FancyArrowPatch)
    there = arrows[f"{RUS}->{USA}"].get_path().vertices
    back = arrows[f"{USA}->{RUS}"].get_path().vertices
    # the middle control points of the two Bézier arcs lie on opposite sides of the chord
    (x0, y0), (x1, y1) = by_gid(ax, "node:")[RUS].center, by_gid(ax, "node:")[USA].center

    def side(p):
        return (x1 - x0) * (p[1] - y0) - (y1 - y0) * (p[0] - x0)

    assert side(there[1]) * side(back[1]) < 0


def test_plot_labels_do_not_overlap_each_other_or_actors(G):
    ax = draw_actor_graph(G)
    renderer = ax.figure.canvas.get_renderer()
    labels = list(by_gid(ax, "node-label:").values()) + list(by_gid(ax, "edge-label:").values())
    boxes = [t.get_window_extent(renderer) for t in labels]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    shapes = [p.get_window_extent(renderer) for p in by_gid(ax, "node:").values()]
    for box, shape in itertools.product(boxes, shapes):
        assert not box.overlaps(shape)


def test_plot_legend_and_title(G):
    ax = draw_actor_graph(G)
    assert ax.get_title() == "Who did what to whom: 5 actors, 4 relations"
    legends = legend_texts(ax)
    assert legends["Actors (size = statements by or about them)"] == ["state", "international organisation", "person"]
    title, relations = next((k, v) for k, v in legends.items() if k.startswith("Relations"))
    assert "width = statements" in title and "colour = net cooperation–conflict" in title
    assert relations == ["cooperation on balance", "conflict on balance", "1 statement", "2 statements"]
    assert draw_actor_graph(G, title="Ukraine crisis").get_title() == "Ukraine crisis"


def test_plot_neutral_edges_are_grey():
    H = nx.DiGraph()
    H.add_node("a", label="A", kind="state", activity=2)
    H.add_node("b", label="B", kind="group", activity=2)
    H.add_edge("a", "b", count=2, mentions=2, weight_sum=0.0, types={"AGREE": 1, "REJECT": 1},
               dominant_type="AGREE")
    ax = draw_actor_graph(H)
    (arrow,) = by_gid(ax, "edge:", FancyArrowPatch).values()
    assert to_hex(arrow.get_edgecolor()) == GREY
    assert [t.get_text() for t in by_gid(ax, "edge-label:").values()] == ["agree, reject"]
    assert any("neutral" in t for v in legend_texts(ax).values() for t in v)


def test_plot_keeps_most_active_actors(G):
    ax = draw_actor_graph(G, max_nodes=2)
    assert sorted(by_gid(ax, "node:")) == sorted([RUS, USA, "other"])  # Biden, Zelensky, NATO folded together
    assert sorted(by_gid(ax, "edge:", FancyArrowPatch)) == sorted([f"{RUS}->{USA}", f"{USA}->{RUS}", f"{RUS}->other"])
    assert "the 2 most active of 5 actors (the other 3 as one node)" in ax.get_title()
    assert by_gid(ax, "node-label:")["other"].get_text() == "other actors (3)"
    with pytest.raises(InputError, match="max_nodes=0"):
        draw_actor_graph(G, max_nodes=0)


def test_plot_roll_up_self_loops_are_not_drawn():
    g = sample_rdf()
    g.add((STATEMENT.s7, SG.speaker, ACTOR["joe-biden"]))
    g.add((STATEMENT.s7, SG.onBehalfOf, ACTOR.USA))
    g.add((STATEMENT.s7, SG.target, ACTOR.USA))
    g.add((STATEMENT.s7, SG.eventType, CODEBOOK.SUPPORT))
    rolled = actor_graph(g, roll_up=True)
    assert rolled.has_edge(USA, USA)
    ax = draw_actor_graph(rolled)
    assert f"{USA}->{USA}" not in by_gid(ax, "edge:", FancyArrowPatch)
    assert len(by_gid(ax, "edge:", FancyArrowPatch)) == rolled.number_of_edges() - 1


def test_plot_empty_graph():
    ax = draw_actor_graph(nx.DiGraph())
    assert "no statements" in [t.get_text() for t in ax.texts]


def test_plot_draws_into_given_axes(G):
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 5))
    assert draw_actor_graph(G, ax=right) is right
    assert not by_gid(left, "node:") and len(by_gid(right, "node:")) == 5


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_plot_same_graph_same_bytes(G, tmp_path, suffix):
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    save_figure(draw_actor_graph(G), first, dpi=50)
    save_figure(draw_actor_graph(G).figure, second, dpi=50)  # an Axes or a Figure
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size > 1000


def test_plot_save_figure_is_atomic_and_checks_paths(G, tmp_path):
    ax = draw_actor_graph(G)
    out = tmp_path / "fig.png"
    assert save_figure(ax, out) == out
    assert out.read_bytes().startswith(b"\x89PNG")
    assert os.listdir(tmp_path) == ["fig.png"]  # no temporary file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not tempfile's private 0o600
    with pytest.raises(OutputError, match="use a .png, .svg or .pdf suffix"):
        save_figure(ax, tmp_path / "fig.jpeg")
    with pytest.raises(OutputError, match="does not exist"):
        save_figure(ax, tmp_path / "missing" / "fig.png")
    assert os.listdir(tmp_path) == ["fig.png"]


# ------------------------------------------------------------------------- two-mode, timeline, ego, windows


from matplotlib.collections import PathCollection  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from stancegraph.cli import cli  # noqa: E402
from stancegraph.analysis.plot import (  # noqa: E402
    AGREEMENT_COLOURS, actor_layout, draw_affiliation_graph, draw_ego, draw_timeline, draw_view, draw_windows,
)
from stancegraph.analysis.views import affiliation_graph, time_windows  # noqa: E402


def test_plot_affiliation_diagram_colours_lines_by_agreement():
    ax = draw_affiliation_graph(affiliation_graph(sample_rdf(), concept="target"))
    lines = {line.get_gid()[len("edge:"):]: line for line in ax.lines if (line.get_gid() or "").startswith("edge:")}
    assert set(lines) == {f"{RUS}->target:{USA}", f"{USA}->target:{RUS}", f"{BIDEN}->target:{ZELENSKY}",
                          f"{RUS}->target:{NATO}"}
    assert to_hex(lines[f"{RUS}->target:{USA}"].get_color()) == AGREEMENT_COLOURS["oppose"][0].lower()
    assert to_hex(lines[f"{BIDEN}->target:{ZELENSKY}"].get_color()) == AGREEMENT_COLOURS["support"][0].lower()
    assert lines[f"{RUS}->target:{USA}"].get_linewidth() > lines[f"{USA}->target:{RUS}"].get_linewidth()
    actors = [a for a in ax.collections if (a.get_gid() or "").startswith("actor:")]
    assert all(c.get_offsets()[0][0] == 0.0 for c in actors) and len(actors) == 3  # RUS, USA, Biden speak
    labels = {t.get_text() for t in ax.texts}
    assert {"Russia", "United States", "Joe Biden", "NATO", "Volodymyr Zelensky"} <= labels
    assert "agrees (cooperative statements)" in legend_texts(ax)["Actors and agreement (line width = statements)"]


def test_plot_affiliation_diagram_empty_and_cut_labels():
    ax = draw_affiliation_graph(affiliation_graph(Graph()))
    assert "no statements with an agreement" in [t.get_text() for t in ax.texts]
    B = nx.Graph(concept="issue")
    B.add_node("a", mode="actor", label="A", statements=1)
    B.add_node("i", mode="concept", label="x" * 80, statements=1)
    B.add_edge("a", "i", agreement="support", count=1)
    ax = draw_affiliation_graph(B, label_width=20)
    assert "x" * 19 + "…" in [t.get_text() for t in ax.texts]


def test_plot_timeline_one_row_per_dyad():
    ax = draw_timeline(sample_rdf())
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Russia → United States", "Joe Biden → Volodymyr Zelensky", "United States → Russia", "NATO (no target)"]
    marks = [c for c in ax.collections if isinstance(c, PathCollection) and (c.get_gid() or "").startswith("statement:")]
    assert len(marks) == 5  # six statements, one undated
    assert "1 undated statement(s) not shown" in ax.get_title()
    assert {t.get_text() for t in ax.texts} >= {"DEMAND", "THREATEN", "CONSULT", "REJECT"}
    ax = draw_timeline(sample_rdf(), roll_up=True, start="2022-01-01")
    assert "United States → Ukraine" in [t.get_text() for t in ax.get_yticklabels()]


def test_plot_ego_outlines_the_ego(G):
    ax = draw_ego(G, "Russia")
    nodes = by_gid(ax, "node:")
    assert set(nodes) == {RUS, USA, NATO}
    assert to_hex(nodes[RUS].get_edgecolor()) == "#111111" and nodes[USA].get_linewidth() < nodes[RUS].get_linewidth()
    assert ax.get_title().startswith("Ego network of Russia: 2 partner(s)")


def test_plot_small_multiples_share_positions():
    windows = time_windows(sample_rdf(), size=14, start="2021-12-06")
    fig = draw_windows(windows, ncols=2)
    panels = [ax for ax in fig.axes if ax.get_title()]
    assert len(panels) == 3 and panels[0].get_title().startswith("06 Dec – 19 Dec 2021")
    union_pos = {}
    for ax in panels:
        for node, patch in by_gid(ax, "node:").items():
            centre = tuple(round(c, 6) for c in getattr(patch, "center", getattr(patch, "xy", (0, 0))))
            assert union_pos.setdefault(node, centre) == centre  # an actor keeps its place in every panel
    assert panels[0].get_xlim() == panels[2].get_xlim()
    assert fig.legends and "state" in [t.get_text() for t in fig.legends[0].get_texts()]
    with pytest.raises(InputError, match="too many panels"):
        draw_windows(time_windows(sample_rdf(), size=1), max_panels=5)
    ax = draw_actor_graph(actor_graph(sample_rdf()), pos={RUS: (0, 0), USA: (1, 0)})  # only the actors placed
    assert sorted(by_gid(ax, "node:")) == sorted([RUS, USA])
    assert set(actor_layout(actor_graph(sample_rdf()))) == {RUS, USA, NATO, BIDEN, ZELENSKY}


@pytest.mark.parametrize("view", ["actors", "issues", "timeline", "ego", "windows"])
def test_plot_draw_view_and_cli(tmp_path, view):
    graph = tmp_path / "g.ttl"
    sample_rdf().serialize(graph, format="turtle")
    out = tmp_path / f"{view}.svg"
    result = CliRunner().invoke(cli, ["draw", str(graph), "--view", view, "--actor", "RUS", "--window", "14", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize("args, message", [
    (["--view", "ego"], "the ego view needs an actor"),
    (["--view", "ego", "--actor", "Atlantis"], "actor 'Atlantis' is not in the graph"),
    (["--from", "yesterday"], "--from 'yesterday' is not a date"),
    (["--view", "windows", "--window", "1"], "too many panels"),
])
def test_plot_cli_draw_errors(tmp_path, args, message):
    graph = tmp_path / "g.ttl"
    sample_rdf().serialize(graph, format="turtle")
    result = CliRunner().invoke(cli, ["draw", str(graph), "-o", str(tmp_path / "x.png"), *args])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and message in result.output


from stancegraph.analysis.affiliation_plot import two_mode_rows  # noqa: E402
from stancegraph.analysis.filters import statement_filter  # noqa: E402
from stancegraph.analysis.table import statement_table  # noqa: E402
from stancegraph.analysis.timeline_plot import dyad_statements  # noqa: E402


def test_plot_two_mode_rows_spread_short_columns_and_follow_neighbours():
    B = nx.Graph()
    B.add_nodes_from(["a", "b", "c"], mode="actor", statements=1)
    B.add_node("x", mode="concept", statements=3)
    B.add_node("y", mode="concept", statements=1)
    B.add_edges_from([("x", "a"), ("b", "x"), ("c", "y")])
    rows = two_mode_rows(B, max_actors=3, max_concepts=1)
    assert rows.concepts == ["x"] and rows.edges == [("a", "x"), ("b", "x")]  # (actor, concept), among the shown
    assert rows.actors == ["a", "b"]  # c has no line to a concept shown: not drawn
    assert rows.rows == 2 and rows.concept_y == {"x": 0.5}  # one concept: the middle row
    assert sorted(rows.actor_y.values()) == [0.0, 1.0]


def test_plot_dyad_statements_per_dyad_and_undated():
    table = statement_table(sample_rdf())
    points, undated = dyad_statements(table, statement_filter(), roll_up=False)
    assert undated == sum(1 for r in table.rows if not r["date"])
    assert sum(len(v) for v in points.values()) >= len([r for r in table.rows if r["date"]])
    assert all(r["date"] for rows in points.values() for r in rows)
