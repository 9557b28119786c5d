"""Tests of stancegraph.cli: every command's help, build outputs, extract shapes, query, validate, evaluate, draw."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from pathlib import Path

from stancegraph.cli import cli
from stancegraph.run.outputs import CSV_COLUMNS

STATEMENT_KEYS = {"document", "sentence", "speaker", "targets", "type", "quad", "weight", "cue", "negated",
                  "modality", "condition", "status", "issue", "date", "rule", "confidence"}
ACTOR_KEYS = {"label", "iri", "kind", "wikidata", "iso3", "state"}
SPAN_KEYS = {"text", "start", "end"}
QUADS = {"verbal-coop", "material-coop", "verbal-conflict", "material-conflict"}
STATUSES = {"asserted", "reported", "scheduled", "hypothetical"}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


@pytest.fixture(scope="module")
def original_text():
    # newline="" keeps the text exactly as in the file, as ingest reads it (offsets count \r too)
    with open(EXAMPLE, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture(scope="module")
def extracted_jsonl(nlp):
    result = run("extract", EXAMPLE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


# --- help and version -------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(cli.commands))
def test_cli_commands_have_help(name):
    result = run(name, "--help")
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("Usage: ") and f" {name} " in f"{first} "
    assert "Example:" in result.stdout


def test_cli_group_help_lists_every_command():
    result = run("--help")
    assert result.exit_code == 0
    for name in cli.commands:
        assert name in result.stdout


def test_cli_version():
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0
    assert version("stancegraph") in result.stdout


# --- build ------------------------------------------------------------------------------------

def test_cli_build_writes_all_outputs(seed_build):
    for name in ("graph.ttl", "graph.trig", "statements.jsonl", "diagram.png", "explorer.html"):
        path = seed_build.out / name
        assert path.is_file() and path.stat().st_size > 0, name
    assert (seed_build.out / "diagram.png").read_bytes().startswith(PNG_MAGIC)
    assert "1 document(s)" in seed_build.stderr
    assert len(seed_build.records) > 0
    # no temporary files left behind by the atomic writes
    assert sorted(p.name for p in seed_build.out.iterdir()) == ["diagram.png", "explorer.html", "graph.trig",
                                                                 "graph.ttl", "statements.jsonl"]


def test_cli_build_no_diagram(tmp_path, nlp):
    src = tmp_path / "one.txt"
    src.write_text("Russia demanded that NATO halt its expansion.\n", encoding="utf-8")
    result = run("build", src, "-o", tmp_path / "out", "--no-diagram", "--no-explorer")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.trig", "graph.ttl", "statements.jsonl"]


def test_cli_build_reads_stdin(tmp_path, nlp):
    result = run("build", "-", "-o", tmp_path / "out", "--no-diagram", input="Ukraine rejected the proposal.\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in (tmp_path / "out" / "statements.jsonl").read_text().splitlines()]
    assert [r["document"] for r in records] == ["stdin"] * len(records)


# --- extract ----------------------------------------------------------------------------------

def test_cli_extract_jsonl_has_documented_keys(extracted_jsonl):
    assert extracted_jsonl
    for rec in extracted_jsonl:
        assert STATEMENT_KEYS <= set(rec), STATEMENT_KEYS - set(rec)
        assert set(rec["sentence"]) == SPAN_KEYS and set(rec["cue"]) == SPAN_KEYS
        for actor in [rec["speaker"], *rec["targets"]]:
            assert ACTOR_KEYS <= set(actor), ACTOR_KEYS - set(actor)
            assert actor["iri"].startswith("https://w3id.org/stancegraph/actor/")
        assert rec["document"] == EXAMPLE.stem
        assert rec["quad"] in QUADS
        assert rec["status"] in STATUSES
        assert isinstance(rec["negated"], bool) and isinstance(rec["weight"], (int, float))
        assert 0 <= rec["confidence"] <= 1
        for key in ("condition", "issue"):
            assert rec[key] is None or set(rec[key]) == SPAN_KEYS


def test_cli_extract_offsets_point_into_the_original_file(extracted_jsonl, original_text):
    for rec in extracted_jsonl:
        for key in ("sentence", "cue", "condition", "issue"):
            span = rec[key]
            if span is not None:
                assert original_text[span["start"]:span["end"]] == span["text"], (key, span)
        s, c = rec["sentence"], rec["cue"]
        assert s["start"] <= c["start"] < c["end"] <= s["end"]
        for actor in [rec["speaker"], *rec["targets"]]:
            assert actor.get("text") is None or actor["text"] in original_text


def test_cli_extract_matches_build_statements(extracted_jsonl, seed_build):
    assert extracted_jsonl == seed_build.records


def test_cli_extract_csv_has_documented_columns(nlp, original_text, extracted_jsonl):
    result = run("extract", EXAMPLE, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert list(rows[0]) == CSV_COLUMNS
    # the documented statement keys, flattened
    for column in ("document", "sentence", "sentence_start", "sentence_end", "speaker", "speaker_iri", "speaker_kind",
                   "speaker_wikidata", "speaker_iso3", "speaker_state", "target", "type", "quad", "weight", "cue",
                   "negated", "modality", "condition", "status", "issue", "date", "rule", "confidence"):
        assert column in CSV_COLUMNS
    for row in rows:
        assert original_text[int(row["sentence_start"]):int(row["sentence_end"])] == row["sentence"]
        assert original_text[int(row["cue_start"]):int(row["cue_end"])] == row["cue"]
    # one row per target, one row for a statement without targets
    assert len(rows) == sum(max(1, len(r["targets"])) for r in extracted_jsonl)


def test_cli_extract_writes_file(tmp_path, nlp):
    src = tmp_path / "one.txt"
    src.write_text("Ukraine rejected the proposal.\n", encoding="utf-8")
    result = run("extract", src, "--format", "csv", "-o", tmp_path / "st.csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert (tmp_path / "st.csv").read_text(encoding="utf-8").splitlines()[0] == ",".join(CSV_COLUMNS)


# --- query ------------------------------------------------------------------------------------

@pytest.mark.parametrize("graph_file", ["graph.ttl", "graph.trig"])
def test_cli_query_who_did_what_to_whom_json(seed_build, graph_file):
    result = run("query", seed_build.out / graph_file, "who-did-what-to-whom", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["statement"] for r in rows} == {r["id"] for r in seed_build.records}
    pairs = {(r["statement"], r["target"] or "") for r in rows}
    expected = {(r["id"], t["iri"]) for r in seed_build.records for t in r["targets"]}
    expected |= {(r["id"], "") for r in seed_build.records if not r["targets"]}
    assert pairs == expected
    assert {"speakerLabel", "type", "targetLabel", "date", "mentionCount", "sentence"} <= set(rows[0])


def test_cli_query_who_did_what_to_whom_csv(seed_build):
    result = run("query", seed_build.out / "graph.ttl", "who-did-what-to-whom", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    types = {r["type"] for r in seed_build.records}
    assert rows and {r["type"] for r in rows} == types
    assert all(r["statement"].startswith("https://w3id.org/stancegraph/statement/") for r in rows)


def test_cli_query_who_did_what_to_whom_table(seed_build):
    result = run("query", seed_build.out / "graph.ttl", "who-did-what-to-whom")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["statement", "speaker", "speakerLabel"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[2].startswith("st:")  # IRIs shortened to prefixed names in tables
    assert f"{len(lines) - 2} row(s)" in result.stderr


def test_cli_query_param_binds_actor(seed_build):
    result = run("query", seed_build.out / "graph.ttl", "statements-of-actor", "-p", "actor=Russia", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows
    assert {r["actor"] for r in rows} == {"https://w3id.org/stancegraph/actor/RUS"}


def test_cli_query_list():
    from stancegraph.kb.resources import query_names

    result = run("query", "--list")
    assert result.exit_code == 0, result.output
    names = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert names == list(query_names())
    assert "who-did-what-to-whom" in names


# --- validate ---------------------------------------------------------------------------------

def test_cli_validate_built_graph_conforms(seed_build):
    # one file only: pySHACL takes ~5 s on the example (it re-parses its SPARQL constraints per shape)
    result = run("validate", seed_build.out / "graph.ttl")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stderr
    assert result.stdout == ""


def test_cli_validate_broken_graph_exits_1(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sg: <https://w3id.org/stancegraph/ontology#> .\n"
                      "@prefix st: <https://w3id.org/stancegraph/statement/> .\n"
                      'st:broken a sg:Statement ; sg:negated "maybe" .\n', encoding="utf-8")
    result = run("validate", broken)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("st:broken ") for line in lines)
    assert any("sg:speaker" in line for line in lines)
    assert any("sg:negated" in line and "maybe" in line for line in lines)
    assert result.stderr.strip() == f"Error: {broken}: {len(lines)} violation(s) of the stancegraph shapes"


# --- evaluate ---------------------------------------------------------------------------------

def test_cli_evaluate_seed_meets_the_bar(seed_build, shared_dir):
    gold = shared_dir / "gold" / "seed-statements.jsonl"
    result = run("evaluate", "--gold", gold, seed_build.out / "statements.jsonl", "--format", "json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["n_gold"] > 0 and scores["n_pred"] == len(seed_build.records)
    assert scores["strict"]["F1"] >= 0.5, scores["strict"]
    assert scores["actors"]["F1"] >= 0.7, scores["actors"]


def test_cli_evaluate_table(seed_build, shared_dir):
    gold = shared_dir / "gold" / "seed-statements.jsonl"
    result = run("evaluate", "--gold", gold, seed_build.out / "statements.jsonl")
    assert result.exit_code == 0, result.output
    for level in ("strict", "lenient", "actors"):
        assert level in result.stdout


# --- draw and actor ---------------------------------------------------------------------------

@pytest.mark.parametrize("graph_file", ["graph.ttl", "graph.trig"])
def test_cli_draw_writes_png(seed_build, tmp_path, graph_file):
    out = tmp_path / "d.png"
    result = run("draw", seed_build.out / graph_file, "-o", out, "--title", "Test")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(PNG_MAGIC)
    assert f"wrote {out}" in result.stderr


def test_cli_actor_lookup():
    result = run("actor", "Kremlin")
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\t")[:4] == ["RUS", "Russia", "state", "RUS"]


# --- min-confidence -------------------------------------------------------------------------------

def test_cli_extract_min_confidence_filters(extracted_jsonl, nlp):
    from stancegraph.rules.confidence import DEFAULT_MIN_CONFIDENCE

    assert all(r["confidence"] >= DEFAULT_MIN_CONFIDENCE for r in extracted_jsonl)  # the default applies
    everything = run("extract", EXAMPLE, "--min-confidence", "0")
    assert everything.exit_code == 0, everything.output
    every = [json.loads(line) for line in everything.stdout.splitlines() if line.strip()]
    assert len(every) >= len(extracted_jsonl)
    cut = sorted(r["confidence"] for r in every)[len(every) // 2]
    half = run("extract", EXAMPLE, "--min-confidence", str(cut))
    kept = [json.loads(line) for line in half.stdout.splitlines() if line.strip()]
    assert kept == [r for r in every if r["confidence"] >= cut] and len(kept) < len(every)
    bad = run("extract", EXAMPLE, "--min-confidence", "2")
    assert bad.exit_code == 2 and "--min-confidence" in bad.output


def test_cli_build_min_confidence_option(tmp_path, nlp):
    out = tmp_path / "out"
    result = run("build", EXAMPLE, "-o", out, "--no-diagram", "--min-confidence", "0.8")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records and all(r["confidence"] >= 0.8 for r in records)
