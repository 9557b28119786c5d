"""Corrections made in the explorer: read, applied by build --corrections (recorded with prov:), scored by evaluate."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.explore import explorer_data, read_corrections
from stancegraph.kb.vocab import SG

from conftest import EXAMPLE


def correction(data: dict, s: dict, verdict: str, **fix) -> dict:
    """A record as the page writes it (explorer.js ``record``)."""
    actors, doc = data["actors"], data["documents"][s["doc"][0]]
    sp, tg, ty = fix.get("sp", s["sp"]), fix.get("tg", s["tg"]), fix.get("ty", s["ty"])
    rec = {"id": s["id"].rsplit("/", 1)[-1], "statement": s["id"], "verdict": verdict, "document": doc["id"],
           "quote": data["sentences"][s["s"]], "start": s["ss"], "end": s["se"],
           "cue": {"text": s["cue"], "start": s["cs"], "end": s["ce"]},
           "source": actors[sp]["label"], "source_id": actors[sp]["id"],
           "targets": [actors[t]["label"] for t in tg], "target_ids": [actors[t]["id"] for t in tg],
           "types": [ty], "date": s["d"], "reviewed_at": "2026-12-06T11:00:00Z"}
    if verdict == "fixed":
        rec["was"] = {"source_id": actors[s["sp"]]["id"], "target_ids": [actors[t]["id"] for t in s["tg"]],
                      "types": [s["ty"]]}
    return rec


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seed_data(seed_build):
    ds = Dataset(default_union=True)
    ds.parse(seed_build.out / "graph.trig", format="trig")
    return explorer_data(ds)


@pytest.fixture(scope="module")
def marks(seed_data, tmp_path_factory):
    """Three marks on the example: one right, one wrong, one fixed (type changed to its opposite quad)."""
    sts = [s for s in seed_data["statements"] if s["tg"] and s["cs"] is not None]
    right, wrong, fixed = sts[0], sts[1], sts[2]
    new_type = "REJECT" if fixed["ty"] != "REJECT" else "AGREE"
    records = [correction(seed_data, right, "right"), correction(seed_data, wrong, "wrong"),
               correction(seed_data, fixed, "fixed", ty=new_type)]
    path = write_jsonl(tmp_path_factory.mktemp("marks") / "corrections.jsonl", records)
    return {"path": path, "right": right, "wrong": wrong, "fixed": fixed, "new_type": new_type}


def test_read_corrections_reads_what_the_page_writes(marks):
    found = read_corrections(marks["path"])
    assert [c.verdict for c in found] == ["right", "wrong", "fixed"]
    assert found[2].type == marks["new_type"] and found[2].fields == ("type",)


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"),
    ('{"statement": "https://w3id.org/stancegraph/statement/a", "verdict": "maybe"}', "verdict 'maybe'"),
    ('{"verdict": "right"}', "not a correction"),
    ('{"statement": "s", "verdict": "fixed", "types": ["NOPE"], "source_id": "x"}', "not in the code book"),
])
def test_read_corrections_bad_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "c.jsonl"
    path.write_text('\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_corrections(path)
    assert f"{path}:2" in str(err.value) and message in str(err.value)


@pytest.fixture(scope="module")
def corrected_build(marks, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("corrected") / "out"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "-o", str(out), "--corrections", str(marks["path"]),
                                      "--no-diagram", "--no-explorer"])
    assert result.exit_code == 0, result.output
    assert "corrections: 1 right, 1 wrong (dropped), 1 fixed" in result.stderr
    return out


def test_build_corrections_drops_wrong_and_applies_fixes(corrected_build, marks, seed_build):
    ds = Dataset(default_union=True)
    ds.parse(corrected_build / "graph.trig", format="trig")
    statements = set(ds.subjects(RDF.type, SG.Statement))
    assert URIRef(marks["wrong"]["id"]) not in statements
    assert URIRef(marks["right"]["id"]) in statements
    records = [json.loads(line) for line in (corrected_build / "statements.jsonl").read_text().splitlines()]
    assert len(records) == len(seed_build.records) - 1
    fixed = [r for r in records if r["cue"]["start"] == marks["fixed"]["cs"] and r["document"]]
    assert fixed and fixed[0]["type"] == marks["new_type"]
    reviews = {str(s): ds.value(o, SG.verdict) for s, o in ds.subject_objects(SG.review)}
    assert sorted(map(str, reviews.values())) == ["fixed", "right"]
    for review in ds.objects(None, SG.review):
        assert (review, RDF.type, PROV.Activity) in ds and ds.value(review, PROV.endedAtTime) is not None
    fixed_review = [o for s, o in ds.subject_objects(SG.review) if ds.value(o, SG.verdict) == Literal("fixed")][0]
    assert list(ds.objects(fixed_review, SG.correctedField)) == [Literal("type")]


def test_build_corrections_graph_validates(corrected_build):
    pytest.importorskip("pyshacl")
    result = CliRunner().invoke(cli, ["validate", str(corrected_build / "graph.trig")])
    assert result.exit_code == 0, result.output


def test_build_corrections_refuses_stream(tmp_path, marks):
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "-o", str(tmp_path), "--stream",
                                      "--corrections", str(marks["path"])])
    assert result.exit_code == 2 and "--corrections" in result.output


def test_evaluate_reads_corrections_as_gold(marks, seed_build, tmp_path):
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(marks["path"]),
                                      str(seed_build.out / "statements.jsonl"), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["shape"] == "corrections" and report["n_gold"] == 2
    # the right item is found as it was extracted; the fixed one has the reader's type, which the build missed
    levels = sorted(str(g["level"]) for g in report["gold"])
    assert levels == ["actors", "strict"] or levels == ["lenient", "strict"]
    assert report["strict"]["R"] == 0.5
    # only the reviewed sentences are judged: the wrong statement counts against precision, others do not
    assert report["n_pred_scored"] < report["n_pred"]


def test_a_stale_correction_finds_only_the_statement_the_reader_saw():
    """Two statements share one cue ("the mutual agreement"): a correction whose IRI this build no longer
    has is found by its cue, and only on the statement with the speaker and type the reader saw."""
    from stancegraph.explore.corrections import Correction, apply_corrections
    from stancegraph.model import Actor, ActorKind, ActorRef, Span, Statement

    usa, rus = (Actor(id=i, label=i, kind=ActorKind.STATE) for i in ("USA", "RUS"))
    cue = Span(text="agreement", start=10, end=19)
    sentence = Span(text="the mutual agreement of the two", start=0, end=31)
    both = [Statement(document="d", sentence=sentence, cue=cue, speaker=ActorRef(actor=a), targets=(ActorRef(actor=b),),
                      type="AGREE") for a, b in ((usa, rus), (rus, usa))]
    stale = Correction(statement="https://w3id.org/stancegraph/statement/gone", verdict="wrong", document="d",
                       cue=(10, 19), seen=("USA", "AGREE"))
    kept, report = apply_corrections(both, [stale])
    assert [st.speaker.actor.id for st in kept] == ["RUS"] and report.wrong == 1
