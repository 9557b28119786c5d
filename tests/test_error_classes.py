"""Misses and false positives grouped by error class (stancegraph.analysis.error_classes, evaluate --errors)."""
import json

import pytest
from click.testing import CliRunner

from stancegraph.analysis.error_classes import CLASSES, error_classes, format_errors
from stancegraph.cli import cli
from stancegraph.errors import InputError


def ev(source, target, code):
    return {"source_code": source, "target_code": target, "code": code, "scheme": "PLOVER"}


def st(doc, speaker, targets, type_, rule="r", text="s."):
    return {"document": doc, "speaker": {"label": speaker, "iso3": speaker}, "rule": rule,
            "targets": [{"label": t, "iso3": t} for t in targets], "type": type_,
            "sentence": {"text": text}, "cue": {"text": "cue"}}


EVENTS = [
    {"id": "a", "text": "A.", "expected": [ev("RUS", "UKR", "DISAPPROVE")]},  # found
    {"id": "b", "text": "B.", "expected": [ev("USA", "RUS", "SANCTION")]},  # no cue
    {"id": "c", "text": "C.", "expected": [ev("FRA", "DEU", "CONSULT")]},  # wrong type
    {"id": "d", "text": "D.", "expected": [ev("CHN", "JPN", "DEMAND")]},  # no target
    {"id": "e", "text": "E.", "expected": [ev("IND", "PAK", "FIGHT")]},  # wrong actor
    {"id": "f", "text": "F.", "expected": []},
]
PREDS = [
    st("a", "RUS", ["UKR"], "REJECT", rule="verb:nsubj>dobj"),  # lenient match (same quad)
    st("c", "FRA", ["DEU"], "FIGHT"),
    st("d", "CHN", [], "DEMAND", rule="verb:nsubj>none"),
    st("e", "PAK", ["IND"], "ASSAULT"),
    st("f", "GBR", ["IRL"], "AGREE", rule="noun:compound>none"),
    st("e", "BRA", ["ARG"], "AGREE"),
]


def test_error_classes_events_each_class():
    out = error_classes(EVENTS, PREDS, registry=False)
    assert [(m["id"], m["class"]) for m in out["misses"]] == [
        ("b#1", "no cue"), ("c#1", "wrong type"), ("d#1", "no target"), ("e#1", "wrong actor")]
    assert [(f["index"], f["class"]) for f in out["false_positives"]] == [
        (1, "wrong type"), (2, "no target"), (3, "wrong actor"), (5, "extra"), (4, "extra")]
    assert out["counts"]["no cue"] == {"misses": 1, "false_positives": 0}
    assert out["counts"]["extra"] == {"misses": 0, "false_positives": 2}
    assert out["false_positives"][1]["rule"] == "verb:nsubj>none"
    assert out["misses"][2]["rule"] == "verb:nsubj>none"  # the closest prediction's rule
    assert out["misses"][1]["gold"] == "FRA -> DEU : CONSULT"
    assert out["false_positives"][0]["predicted"] == "FRA -> DEU : FIGHT"


def test_error_classes_level_strict_counts_lenient_matches_as_errors():
    strict = error_classes(EVENTS, PREDS, registry=False, level="strict")
    assert ("a#1", "wrong type") in [(m["id"], m["class"]) for m in strict["misses"]]
    assert (0, "wrong type") in [(f["index"], f["class"]) for f in strict["false_positives"]]
    actors = error_classes(EVENTS, PREDS, registry=False, level="actors")
    assert "c#1" not in [m["id"] for m in actors["misses"]]
    with pytest.raises(InputError, match="level='loose' is not known"):
        error_classes(EVENTS, PREDS, registry=False, level="loose")


def test_error_classes_seed_shape_uses_spans():
    gold = [{"id": "g1", "quote": "Russia criticised NATO", "start": 0, "end": 22, "source": "Russia",
             "targets": ["NATO"], "types": ["DISAPPROVE"]},
            {"id": "g2", "quote": "Biden called Putin", "start": 100, "end": 118, "source": "Joe Biden",
             "targets": ["Vladimir Putin"], "types": ["CONSULT"]}]
    pred = [{"document": "x", "sentence": {"text": "Russia criticised NATO.", "start": 0, "end": 23},
             "speaker": {"label": "Russia"}, "targets": [], "type": "DISAPPROVE", "rule": "verb:nsubj>none"}]
    out = error_classes(gold, pred, registry=False)
    assert [(m["id"], m["class"]) for m in out["misses"]] == [("g1", "no target"), ("g2", "no cue")]
    assert [f["class"] for f in out["false_positives"]] == ["no target"]


def test_error_classes_format_groups_by_class():
    text = format_errors(error_classes(EVENTS, PREDS, registry=False))
    lines = text.splitlines()
    assert lines[0] == "Errors at level lenient: 4 misses, 5 false positives"
    heads = [line for line in lines if line.startswith("== ")]
    assert heads == ["== no cue (1)", "== wrong type (2)", "== no target (2)", "== wrong actor (2)", "== extra (2)"]
    assert [c for c in CLASSES] == ["no cue", "wrong type", "no target", "wrong actor", "extra"]
    assert "[FP] f  rule=noun:compound>none  cue=cue" in lines


def test_cli_evaluate_errors_table_and_json(tmp_path):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in EVENTS), encoding="utf-8")
    pred.write_text("".join(json.dumps(p) + "\n" for p in PREDS), encoding="utf-8")
    table = CliRunner().invoke(cli, ["evaluate", "--errors", "--gold", str(gold), str(pred)])
    assert table.exit_code == 0, table.output
    assert "== no cue (1)" in table.stdout
    js = CliRunner().invoke(cli, ["evaluate", "--errors", "--level", "strict", "--format", "json",
                                  "--gold", str(gold), str(pred)])
    assert js.exit_code == 0, js.output
    data = json.loads(js.stdout)
    assert data["level"] == "strict" and set(data["counts"]) == set(CLASSES)
    assert data["scores"]["n_gold"] == 5
