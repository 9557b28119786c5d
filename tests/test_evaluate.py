"""Scoring against gold (stancegraph.analysis.evaluate), by hand and against the shared scorer."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from stancegraph.errors import InputError
from stancegraph.analysis.actor_keys import default_registry
from stancegraph.analysis.evaluate import QUAD, evaluate, format_report
from stancegraph.model import Actor, ActorKind

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_statements.py"
SEED_GOLD = SHARED / "gold" / "seed-statements.jsonl"
SEED_TEXT = ROOT / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"


def actor(label, iso3=None, wikidata=None, kind="state", state=None):
    out = {"label": label, "kind": kind}
    out.update({k: v for k, v in (("iso3", iso3), ("wikidata", wikidata), ("state", state)) if v})
    return out


RUS = actor("Russia", "RUS", "Q159")
USA = actor("United States", "USA", "Q30")
UKR = actor("Ukraine", "UKR", "Q212")
PUTIN = actor("Vladimir Putin", wikidata="Q7747", kind="person", state=RUS)
BIDEN = actor("Joe Biden", wikidata="Q6279", kind="person", state=USA)


class StubRegistry:
    """A registry with the gold README's canonical names: lookup(name) -> [(Actor, how)], state_of(id, day)."""

    def __init__(self):
        a = [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS", wikidata="Q159"),
             Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA", wikidata="Q30"),
             Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR", wikidata="Q212"),
             Actor(id="BLR", label="Belarus", kind=ActorKind.STATE, iso3="BLR", wikidata="Q184"),
             Actor(id="NATO", label="NATO", kind=ActorKind.IGO, wikidata="Q7184"),
             Actor(id="EU", label="European Union", kind=ActorKind.IGO, wikidata="Q458"),
             Actor(id="WEST", label="West", kind=ActorKind.BLOC),
             Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON, wikidata="Q7747"),
             Actor(id="joe-biden", label="Joe Biden", kind=ActorKind.PERSON, wikidata="Q6279"),
             Actor(id="antony-blinken", label="Antony Blinken", kind=ActorKind.PERSON),
             Actor(id="volodymyr-zelensky", label="Volodymyr Zelensky", kind=ActorKind.PERSON, wikidata="Q3874799")]
        self.by_label = {x.label.lower(): x for x in a}
        self.by_id = {x.id: x for x in a}
        self.states = {"vladimir-putin": "RUS", "joe-biden": "USA", "antony-blinken": "USA",
                       "volodymyr-zelensky": "UKR"}

    def lookup(self, text):
        found = self.by_label.get(text.lower().removeprefix("the "))
        return [(found, "label")] if found else []

    def state_of(self, actor_id, day):
        return self.by_id.get(self.states.get(actor_id, ""))


def pred(start, end, speaker, targets, type_, document="doc"):
    return {"document": document, "sentence": {"text": "", "start": start, "end": end}, "speaker": speaker,
            "targets": targets, "type": type_}


SEED_ITEMS = [
    {"id": "g1", "quote": "Russia demanded guarantees", "start": 0, "end": 30, "source": "Russia",
     "targets": ["United States"], "types": ["DEMAND"]},
    {"id": "g2", "quote": "Putin warned Biden", "start": 40, "end": 70, "source": "Vladimir Putin",
     "targets": ["Joe Biden"], "types": ["THREATEN"]},
    {"id": "g3", "quote": "the EU's rejection", "start": 80, "end": 100, "source": "European Union",
     "targets": [], "types": ["REJECT"]},
]
SEED_PREDS = [
    pred(0, 35, RUS, [USA], "DEMAND"),  # p0: strict g1
    pred(38, 75, PUTIN, [BIDEN], "DISAPPROVE"),  # p1: g2, type in the same quad class only -> lenient
    pred(38, 75, RUS, [{"label": "United States"}], "THREATEN"),  # p2: g2 only if Putin rolls up to Russia
    pred(80, 100, {"label": "European Union"}, [], "DEMAND"),  # p3: g3 lenient (no gold target: any)
    pred(200, 220, RUS, [USA], "DEMAND"),  # p4: overlaps no gold item
    pred(0, 35, RUS, [USA], "SUPPORT"),  # p5: g1, actors only
]


def test_evaluate_seed_by_hand():
    r = evaluate(SEED_ITEMS, SEED_PREDS, registry=False)
    assert (r["shape"], r["n_gold"], r["n_pred"], r["n_pred_scored"]) == ("seed", 3, 6, 6)
    # strict: p0 matches g1.  P = 1/6, R = 1/3, F1 = 2PR/(P+R) = 2/9
    assert (r["strict"]["tp_pred"], r["strict"]["tp_gold"]) == (1, 1)
    assert r["strict"]["P"] == pytest.approx(1 / 6) and r["strict"]["R"] == pytest.approx(1 / 3)
    assert r["strict"]["F1"] == pytest.approx(2 / 9)
    # lenient: p0, p1, p3 match g1, g2, g3.  P = 3/6, R = 1, F1 = 2/3
    assert (r["lenient"]["P"], r["lenient"]["R"], r["lenient"]["F1"]) == pytest.approx((0.5, 1.0, 2 / 3))
    # actors: p5 too.  P = 4/6, R = 1, F1 = 0.8
    assert (r["actors"]["P"], r["actors"]["R"], r["actors"]["F1"]) == pytest.approx((2 / 3, 1.0, 0.8))
    assert [(g["id"], g["level"], g["matches"]) for g in r["gold"]] == [
        ("g1", "strict", {"strict": [0], "lenient": [0], "actors": [0, 5]}),
        ("g2", "lenient", {"strict": [], "lenient": [1], "actors": [1]}),
        ("g3", "lenient", {"strict": [], "lenient": [3], "actors": [3]}),
    ]
    assert [(p["index"], p["level"]) for p in r["false_positives"]] == [
        (1, "lenient"), (2, None), (3, "lenient"), (4, None), (5, "actors")]


def test_evaluate_seed_rolls_gold_persons_up_with_the_registry():
    r = evaluate(SEED_ITEMS, SEED_PREDS, registry=StubRegistry())
    # p2 (Russia -> United States, THREATEN) now matches g2 (Putin -> Biden) when rolled up to states
    assert r["gold"][1]["matches"] == {"strict": [], "lenient": [1, 2], "actors": [1, 2]}
    assert (r["strict"]["tp_pred"], r["lenient"]["tp_pred"], r["actors"]["tp_pred"]) == (1, 4, 5)
    assert r["lenient"]["P"] == pytest.approx(4 / 6)


def test_evaluate_registry_codes_match_other_labels():
    gold = [{"id": "g", "quote": "x", "start": 0, "end": 5, "source": "United States", "targets": ["Russia"],
             "types": ["THREATEN"]}]
    preds = [pred(0, 5, actor("U.S.", "USA"), [actor("Moscow", wikidata="http://www.wikidata.org/entity/Q159")],
                  "THREATEN")]
    assert evaluate(gold, preds, registry=False)["strict"]["tp_gold"] == 0  # labels differ
    assert evaluate(gold, preds, registry=StubRegistry())["strict"]["tp_gold"] == 1  # iso3 and QID


def test_evaluate_seed_quote_match_without_offsets():
    gold = [SEED_ITEMS[0]]
    preds = [{"document": "d", "sentence": {"text": "Yesterday Russia demanded guarantees from the U.S."},
              "speaker": RUS, "targets": [USA], "type": "DEMAND"}]
    assert evaluate(gold, preds, registry=False)["strict"]["F1"] == 1.0


def test_evaluate_seed_document_is_checked_when_given():
    gold = [dict(SEED_ITEMS[0], document="other")]
    assert evaluate(gold, SEED_PREDS[:1], registry=False)["strict"]["tp_gold"] == 0


EVENTS = [
    {"id": "e1", "text": "Biden warned Russia; Russia massed troops on Ukraine's border.",
     "expected": [{"source_code": "USAGOV", "target_code": "RUS", "type": "threaten"},
                  {"source_code": "RUS", "target_code": "UKR", "type": "mobilize"}]},
    {"id": "e2", "text": "NATO demanded that Russia withdraw.",
     "expected": [{"source_code": "IGOWSTNAT", "source": "NATO", "target_code": "RUS", "scheme": "PLOVER",
                   "code": "DEMAND"}]},
]
EVENT_PREDS = [
    pred(0, 20, BIDEN, [RUS], "THREATEN", "e1"),  # q0: strict e1#1 (Biden rolls up to USA)
    pred(21, 60, RUS, [UKR], "FIGHT", "e1"),  # q1: lenient e1#2 (MOBILIZE and FIGHT: material-conflict)
    pred(0, 35, actor("NATO", kind="igo"), [RUS], "DISAPPROVE", "e2"),  # q2: lenient e2#1
    pred(0, 35, RUS, [USA], "DEMAND", "e3"),  # q3: not a gold record: not scored
    pred(0, 35, UKR, [RUS], "DEMAND", "e2"),  # q4: wrong speaker
]


def test_evaluate_events_by_hand():
    r = evaluate(EVENTS, EVENT_PREDS, registry=False)
    assert (r["shape"], r["n_gold"], r["n_pred"], r["n_pred_scored"]) == ("events", 3, 5, 4)
    # strict: q0.  P = 1/4, R = 1/3, F1 = 2/7
    assert (r["strict"]["P"], r["strict"]["R"], r["strict"]["F1"]) == pytest.approx((0.25, 1 / 3, 2 / 7))
    # lenient and actors: q0, q1, q2.  P = 3/4, R = 1, F1 = 6/7
    for level in ("lenient", "actors"):
        assert (r[level]["P"], r[level]["R"], r[level]["F1"]) == pytest.approx((0.75, 1.0, 6 / 7))
    assert [(g["id"], g["level"]) for g in r["gold"]] == [("e1#1", "strict"), ("e1#2", "lenient"),
                                                          ("e2#1", "lenient")]
    assert [(p["index"], p["level"]) for p in r["false_positives"]] == [(1, "lenient"), (2, "lenient"), (4, None)]


def test_evaluate_shape_and_bad_gold():
    with pytest.raises(InputError, match="shape='quads' is not known; use 'seed', 'events' or 'corrections'"):
        evaluate(SEED_ITEMS, [], shape="quads")
    with pytest.raises(InputError, match=r"^gold record 1 \(x\): no 'source'"):
        evaluate([{"id": "x", "start": 0, "end": 3}], [], registry=False)
    empty = evaluate([], [], registry=False)
    assert empty["strict"] == {"P": 0.0, "R": 0.0, "F1": 0.0, "tp_pred": 0, "tp_gold": 0}


def test_evaluate_quad_classes():
    assert {QUAD[t] for t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "APPEAL")} == {"verbal-coop"}
    assert {QUAD[t] for t in ("COOPERATE", "AID", "RETREAT", "INVESTIGATE")} == {"material-coop"}
    assert {QUAD[t] for t in ("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION")} == {"verbal-conflict"}
    assert {QUAD[t] for t in ("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT")} == {"material-conflict"}


def test_evaluate_format_report():
    report = format_report(evaluate(SEED_ITEMS, SEED_PREDS, registry=False))
    lines = report.splitlines()
    assert lines[0] == "Scores against seed gold: 3 gold items, 6 predictions"
    assert any(line.split()[:4] == ["strict", "0.167", "0.333", "0.222"] for line in lines)
    assert any(line.startswith("g2") and "lenient" in line and "Vladimir Putin -> Joe Biden" in line for line in lines)
    assert "False positives (predictions not matched strictly): 5" in lines
    assert any(line.split()[:2] == ["4", "none"] for line in lines)


# --- the same figures as the shared scorer ---------------------------------------------------------

def _shared_scores(tmp_path, gold, preds, shape):
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path), "--shape", shape],
                         capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout)


def _ours(result):
    out = {lv: {k: round(result[lv][k], 3) for k in ("P", "R", "F1")} for lv in ("strict", "lenient", "actors")}
    return {**out, "n_gold": result["n_gold"], "n_pred": result["n_pred"]}


def _seed_predictions():
    gold = {g["id"]: g for g in map(json.loads, SEED_GOLD.read_text(encoding="utf-8").splitlines())}
    text = SEED_TEXT.read_bytes().decode("utf-8")

    def at(item, speaker, targets, type_):
        s, e = gold[item]["start"], gold[item]["end"]
        return {"document": "cgtn", "sentence": {"text": text[s:e], "start": s, "end": e}, "speaker": speaker,
                "targets": targets, "type": type_}

    blinken = actor("Antony Blinken", kind="person", state=USA)
    zelensky = actor("Volodymyr Zelensky", kind="person", state=UKR)
    eu = actor("European Union", kind="igo")
    independent = [  # same result with or without a registry
        at("seed-01", PUTIN, [BIDEN], "CONSULT"),
        at("seed-06", USA, [RUS], "THREATEN"),
        at("seed-07", RUS, [USA], "APPEAL"),
        at("seed-07", RUS, [USA], "DISAPPROVE"),
        at("seed-24", BIDEN, [UKR], "SUPPORT"),
        at("seed-22", blinken, [zelensky], "CONSULT"),
        at("seed-25", eu, [RUS], "REJECT"),
        at("seed-26", eu, [], "DISAPPROVE"),
        at("seed-13", UKR, [RUS], "AGREE"),
        {"document": "cgtn", "sentence": {"text": "This was the second time both leaders interacted that month."},
         "speaker": PUTIN, "targets": [BIDEN], "type": "CONSULT"},
        {"document": "cgtn", "sentence": {"text": gold["seed-15"]["quote"]}, "speaker": RUS,
         "targets": [actor("NATO", wikidata="Q7184", kind="igo")], "type": "CONSULT"},
    ]
    rolled_up = [  # gold persons must be rolled up to their states
        at("seed-10", RUS, [USA], "DEMAND"),
        at("seed-18", PUTIN, [USA], "THREATEN"),
        at("seed-23", USA, [UKR], "CONSULT"),
    ]
    return list(gold.values()), independent, rolled_up


@pytest.mark.skipif(not SCORER.exists() or not SEED_GOLD.exists(), reason="../shared is absent")
def test_evaluate_seed_equals_shared_scorer(tmp_path):
    gold, independent, rolled_up = _seed_predictions()
    assert _ours(evaluate(gold, independent)) == _shared_scores(tmp_path, gold, independent, "seed")
    both = independent + rolled_up
    shared = _shared_scores(tmp_path, gold, both, "seed")
    assert _ours(evaluate(gold, both, registry=StubRegistry())) == shared
    if default_registry() is not None:  # the project's registry, once it loads, rolls persons up too
        assert _ours(evaluate(gold, both)) == shared


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is absent")
def test_evaluate_events_equals_shared_scorer(tmp_path):
    result = evaluate(EVENTS, EVENT_PREDS, registry=StubRegistry())
    assert _ours(result) == _shared_scores(tmp_path, EVENTS, EVENT_PREDS, "events")
