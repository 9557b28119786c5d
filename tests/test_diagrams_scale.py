"""Diagrams at corpus scale: folding, labels that never overlap, timeline range, windows, roll-up, progress."""
import itertools
import random

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pytest  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402
from rdflib import Graph, Literal  # noqa: E402
from rdflib.namespace import DCTERMS, RDF, SKOS  # noqa: E402

from stancegraph.analysis.folding import OTHER, fold_actors  # noqa: E402
from stancegraph.analysis.plot import draw_actor_graph, draw_timeline, draw_view  # noqa: E402
from stancegraph.analysis.views import actor_graph  # noqa: E402
from stancegraph.kb.vocab import ACTOR, CODEBOOK, DOCUMENT, OA, SG, STATEMENT  # noqa: E402
from stancegraph import progress  # noqa: E402

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
TYPES = ["DEMAND", "THREATEN", "AGREE", "CONSULT", "SUPPORT", "REJECT", "COOPERATE", "FIGHT"]
KINDS = [SG.State, SG.Person, SG.GovernmentBody, SG.OtherGroup, SG.InternationalOrganisation]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def corpus_rdf(actors=200, statements=1200, seed=3):
    """A graph the size of a few hundred press releases: a few busy actors, a long tail, 8 months of
    documents, some statements dated to events years before (seeded, so the same every run)."""
    rng = random.Random(seed)
    g = Graph()
    ids = [f"a{i:03d}" for i in range(actors)]
    for i, aid in enumerate(ids):
        g.add((ACTOR[aid], RDF.type, KINDS[i % len(KINDS)]))
        g.add((ACTOR[aid], SKOS.prefLabel, Literal(f"Actor number {i} with a long name" if i % 7 == 0 else f"Actor {i}")))
    weights = [1.0 / (i + 1) ** 1.1 for i in range(actors)]  # a few busy actors, a long tail
    for n in range(statements):
        doc = DOCUMENT[f"d{n // 4}"]
        month, day = 1 + (n // 4) % 8, 1 + (n // 4) % 28
        g.add((doc, DCTERMS.date, Literal(f"2022-{month:02d}-{day:02d}", datatype=XSD_DATE)))
        st = STATEMENT[f"s{n}"]
        speaker, target = rng.choices(ids, weights, k=2)
        g.add((st, RDF.type, SG.Statement))
        g.add((st, SG.speaker, ACTOR[speaker]))
        if speaker != target and n % 5:
            g.add((st, SG.target, ACTOR[target]))
        g.add((st, SG.eventType, CODEBOOK[rng.choice(TYPES)]))
        g.add((st, SG.mentionCount, Literal(1)))
        g.add((st, SG.hasMention, STATEMENT[f"s{n}-m"]))
        g.add((STATEMENT[f"s{n}-m"], RDF.type, SG.Mention))
        g.add((STATEMENT[f"s{n}-m"], OA.hasSource, doc))
        year = 2015 if n % 97 == 0 else 2022
        g.add((st, SG.date, Literal(f"{year}-{month:02d}-{day:02d}", datatype=XSD_DATE)))
    return g


@pytest.fixture(scope="module")
def big():
    return corpus_rdf()


def label_boxes(ax, prefixes=("node-label:", "edge-label:", "statement-label:"), draw=True):
    renderer = ax.figure.canvas.get_renderer()
    if draw:
        ax.figure.canvas.draw()
    return [t.get_window_extent(renderer) for t in ax.texts if (t.get_gid() or "").startswith(prefixes)]


def assert_no_overlap(boxes):
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)


def test_diagrams_actor_diagram_at_scale_folds_and_labels_never_overlap(big):
    G = actor_graph(big)
    assert G.number_of_nodes() > 150
    ax = draw_actor_graph(G)
    nodes = {p.get_gid()[5:] for p in ax.patches if (p.get_gid() or "").startswith("node:")}
    assert len(nodes) <= 16 and OTHER in nodes
    arrows = [p.get_gid()[5:] for p in ax.patches if isinstance(p, FancyArrowPatch) and p.get_gid().startswith("edge:")]
    assert 0 < len(arrows) <= 30
    assert nodes == {n for a in arrows for n in a.split("->")}  # no isolated nodes
    boxes = label_boxes(ax)
    assert len(boxes) >= len(nodes)  # every actor named, some relations labelled
    assert_no_overlap(boxes)
    assert "most active of" in ax.get_title()


def test_diagrams_mixed_relation_shows_its_mix():
    G = nx.DiGraph()
    G.add_node("a", label="A", kind="state", activity=4)
    G.add_node("b", label="B", kind="state", activity=4)
    G.add_edge("a", "b", count=4, mentions=4, weight_sum=-6.0, types={"FIGHT": 2, "AGREE": 2},
               mix={"coop": 2, "conflict": 2, "neutral": 0})
    ax = draw_actor_graph(G)
    parts = [p.get_gid() for p in ax.patches if (p.get_gid() or "").startswith("edge-part:")]
    assert parts == ["edge-part:a->b:coop"]  # green first, then red (net conflict) up to the head


def test_diagrams_fold_keeps_must_and_merges_relations():
    G = nx.DiGraph()
    for n, a in [("a", 9), ("b", 5), ("c", 1), ("d", 1)]:
        G.add_node(n, activity=a, label=n)
    G.add_edge("c", "a", count=1, weight_sum=1.0, statements=["s1"], types={"AGREE": 1}, mix={"coop": 1})
    G.add_edge("d", "a", count=1, weight_sum=-1.0, statements=["s2"], types={"REJECT": 1}, mix={"conflict": 1})
    G.add_edge("a", "b", count=3, weight_sum=3.0, statements=["s3", "s4", "s5"])
    H = fold_actors(G, max_nodes=2, must=["c"])
    assert sorted(H) == ["a", "c", "other"]
    assert H.edges["other", "a"]["statements"] == ["s2"] and H.edges["a", "other"]["count"] == 3
    H = fold_actors(G, max_nodes=1)
    assert H.edges["other", "a"]["mix"] == {"coop": 1, "conflict": 1, "neutral": 0}
    assert H.edges["other", "a"]["types"] == {"AGREE": 1, "REJECT": 1}


def test_diagrams_timeline_spans_the_publication_dates(big):
    import matplotlib.dates as mdates

    ax = draw_timeline(big)
    lo, hi = (mdates.num2date(x).year for x in ax.get_xlim())
    assert lo >= 2021 and hi == 2022  # the statements dated 2015 do not stretch the axis
    assert "at the left edge" in ax.get_title()
    edge_marks = [c for c in ax.collections if (c.get_gid() or "").startswith("statement:")
                  and mdates.num2date(c.get_offsets()[0][0]).year < 2022]
    assert edge_marks and all(mdates.num2date(c.get_offsets()[0][0]).year == 2021 for c in edge_marks)
    assert_no_overlap(label_boxes(ax))


def test_diagrams_windows_never_fail_by_default_and_stop_at_to(big):
    fig = draw_view(big, "windows")
    panels = [ax for ax in fig.axes if ax.get_title()]
    assert 2 <= len(panels) <= 12 and "month by month" in fig._suptitle.get_text()
    fig.canvas.draw()
    for ax in panels:
        assert_no_overlap(label_boxes(ax, draw=False))
    fig = draw_view(big, "windows", end="2022-03-10")
    last = [ax for ax in fig.axes if ax.get_title()][-1].get_title()
    assert "10 Mar 2022" in last.split("\n")[0]


def test_diagrams_roll_up_uses_known_states():
    g = Graph()
    for aid, cls in [("UKR", SG.State), ("RUS", SG.State), ("x-ukr-congress", SG.OtherGroup),
                     ("volodymyr-zelenskyy", SG.Person)]:
        g.add((ACTOR[aid], RDF.type, cls))
        g.add((ACTOR[aid], SKOS.prefLabel, Literal(aid)))
    for name, speaker in [("s1", "x-ukr-congress"), ("s2", "volodymyr-zelenskyy")]:
        g.add((STATEMENT[name], SG.speaker, ACTOR[speaker]))
        g.add((STATEMENT[name], SG.target, ACTOR.RUS))
        g.add((STATEMENT[name], SG.eventType, CODEBOOK.DEMAND))
        g.add((STATEMENT[name], SG.date, Literal("2022-03-01", datatype=XSD_DATE)))
    G = actor_graph(g, roll_up=True)
    assert sorted(G.edges) == [(str(ACTOR.UKR), str(ACTOR.RUS))]
    assert G.edges[str(ACTOR.UKR), str(ACTOR.RUS)]["count"] == 2


def test_diagrams_progress_counts_documents_and_stays_silent(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("z", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    assert progress.count_documents([tmp_path]) == 3
    assert progress.count_documents([tmp_path / "a.jsonl", "-"]) is None
    progress.enable()
    try:
        assert list(progress.progress(iter([1, 2]), total=2, desc="parsing")) == [1, 2]
        with progress.steps(["one", "two"], desc="writing") as step:
            step("one")
            step("two")
    finally:
        progress.enable(False)
    assert capsys.readouterr().err == ""  # stderr is not a terminal here: no bar
