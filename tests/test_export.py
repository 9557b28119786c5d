"""Tests of stancegraph.run.outputs: deterministic Turtle/TriG/N-Triples/N-Quads, JSONL and CSV statement shapes."""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, to_isomorphic

from stancegraph.errors import OutputError
from stancegraph.rdf.io import serialize, write_rdf as write_graph
from stancegraph.run.outputs import CSV_COLUMNS, statement_record, write_statements
from stancegraph.model import ActorRef, Span
from stancegraph.rdf.mint import statement_iri, to_rdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from test_rdf import DOC_A, NATO, USA, demand, sample_statements  # noqa: E402

RECORD_KEYS = ["id", "document", "sentence", "speaker", "targets", "type", "quad", "weight", "cue", "negated",
               "modality", "condition", "status", "issue", "date", "rule", "confidence", "flags"]
REF_KEYS = ["label", "iri", "kind", "wikidata", "iso3", "text", "state"]
STATE_KEYS = ["label", "iri", "kind", "wikidata", "iso3"]


@pytest.fixture(scope="module")
def sample():
    return sample_statements()


@pytest.fixture(scope="module")
def dataset(sample):
    return to_rdf(*sample)


def assert_isomorphic(expected: Graph, got: Graph) -> None:
    iso_expected, iso_got = to_isomorphic(expected), to_isomorphic(got)
    if iso_expected != iso_got:
        _, only_expected, only_got = graph_diff(iso_expected, iso_got)
        raise AssertionError("graphs differ\nonly expected:\n" + "\n".join(map(str, sorted(only_expected)))
                             + "\nonly in the result:\n" + "\n".join(map(str, sorted(only_got))))


def union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


# --- serialisation: determinism and round trips -----------------------------------------------

def test_export_turtle_is_byte_identical_across_runs(sample):
    first = serialize(to_rdf(*sample), "TURTLE")
    docs, sts = sample
    again = serialize(to_rdf(docs[::-1], sts[::-1]), "TURTLE")  # input order does not matter either
    assert first == again
    assert first.startswith(b"@prefix")


FORMATS = ("TURTLE", "TRIG", "N_TRIPLES", "N_QUADS")


def test_export_serialize_is_byte_identical_across_hash_seeds():
    script = (
        "import hashlib, sys\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "from test_rdf import sample_statements\n"
        "from stancegraph.rdf.mint import to_rdf\n"
        "from stancegraph.rdf.io import serialize\n"
        "ds = to_rdf(*sample_statements())\n"
        f"for fmt in {FORMATS!r}:\n"
        "    print(fmt, hashlib.sha256(serialize(ds, fmt)).hexdigest())\n"
    )
    ds = to_rdf(*sample_statements())
    expected = "".join(f"{fmt} {hashlib.sha256(serialize(ds, fmt)).hexdigest()}\n" for fmt in FORMATS)
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout == expected, f"PYTHONHASHSEED={seed}"


@pytest.mark.parametrize("fmt, rdflib_format", [("TURTLE", "turtle"), ("N_TRIPLES", "nt")])
def test_export_triples_round_trip(dataset, fmt, rdflib_format):
    parsed = Graph().parse(data=serialize(dataset, fmt).decode("utf-8"), format=rdflib_format)
    assert_isomorphic(union(dataset), parsed)


@pytest.mark.parametrize("fmt, rdflib_format", [("TRIG", "trig"), ("N_QUADS", "nquads")])
def test_export_quads_round_trip_per_named_graph(dataset, fmt, rdflib_format):
    parsed = Dataset()
    parsed.parse(data=serialize(dataset, fmt).decode("utf-8"), format=rdflib_format)
    expected = {g.identifier: g for g in dataset.graphs() if len(g)}
    got = {g.identifier: g for g in parsed.graphs() if len(g)}
    assert set(got) == set(expected)
    for name, g in expected.items():
        assert_isomorphic(g, got[name])


def test_export_turtle_uses_the_prefixes(dataset):
    text = serialize(dataset, "TURTLE").decode("utf-8")
    for prefix in ("sg:", "actor:", "st:"):
        assert f"@prefix {prefix}" in text
    assert "_:" not in text  # no blank nodes


@pytest.mark.parametrize("suffix, rdflib_format", [(".ttl", "turtle"), (".nt", "nt"), (".trig", "trig"), (".nq", "nquads")])
def test_export_write_graph_by_suffix(dataset, tmp_path, suffix, rdflib_format):
    path = tmp_path / f"g{suffix}"
    write_graph(dataset, path)
    data = path.read_bytes()
    assert data == serialize(dataset, {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".trig": "TRIG", ".nq": "N_QUADS"}[suffix])
    g = Dataset() if suffix in (".trig", ".nq") else Graph()
    g.parse(path, format=rdflib_format)
    assert len(union(g) if isinstance(g, Dataset) else g) == len(union(dataset))
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_export_write_graph_unknown_suffix(dataset, tmp_path):
    with pytest.raises(OutputError, match=r"\.xml.*\.ttl"):
        write_graph(dataset, tmp_path / "g.xml")


def test_export_write_graph_missing_folder(dataset, tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_graph(dataset, tmp_path / "nope" / "g.ttl")


def test_export_plain_graph_is_serialised_too():
    g = Graph()
    for s, p, o, _ in to_rdf([DOC_A], [demand(DOC_A)]).quads((None, None, None, None)):
        g.add((s, p, o))
    assert serialize(g, "TURTLE") == serialize(to_rdf([DOC_A], [demand(DOC_A)]), "TURTLE")


# --- statement records ------------------------------------------------------------------------

def test_export_statement_record_shape(sample):
    _, sts = sample
    threat = statement_record(sts[2])
    assert [k for k in threat if k in RECORD_KEYS] == RECORD_KEYS  # documented keys, in order (more may follow)
    assert threat["id"] == str(statement_iri(sts[2]))
    assert threat["document"] == "doc-c"
    assert [k for k in threat["speaker"] if k in REF_KEYS] == REF_KEYS
    assert threat["speaker"]["label"] == "Vladimir Putin" and threat["speaker"]["kind"] == "person"
    assert threat["speaker"]["iri"] == "https://w3id.org/stancegraph/actor/vladimir-putin"
    assert threat["speaker"]["text"] == "Putin"
    assert [k for k in threat["speaker"]["state"] if k in STATE_KEYS] == STATE_KEYS
    assert threat["speaker"]["state"]["iso3"] == "RUS"
    assert [t["iso3"] for t in threat["targets"]] == ["USA", "UKR"]
    assert [t["state"] for t in threat["targets"]] == [None, None]
    assert threat["type"] == "THREATEN" and threat["quad"] == "verbal-conflict" and threat["weight"] < 0
    assert threat["cue"] == {"text": "warned", "start": sts[2].cue.start, "end": sts[2].cue.end}
    assert threat["condition"]["text"] == "if it moved troops"
    assert (threat["modality"], threat["status"], threat["date"], threat["negated"]) == ("will", "hypothetical",
                                                                                      "2022-01-03", False)
    assert threat["flags"] == ["conditional"]
    assert json.loads(json.dumps(threat)) == threat  # plain JSON values only


def test_export_record_without_optional_parts(sample):
    _, sts = sample
    appeal = statement_record(sts[3])
    assert appeal["condition"] is None and appeal["issue"] is None and appeal["date"] is None
    assert appeal["modality"] is None and appeal["flags"] == []
    assert appeal["speaker"]["wikidata"] is None and appeal["speaker"]["state"] is None


def test_export_write_statements_jsonl(sample):
    _, sts = sample
    out = io.StringIO()
    assert write_statements(sts, out) == len(sts)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(sts) and out.getvalue().endswith("\n")
    assert [json.loads(line) for line in lines] == [statement_record(st) for st in sts]


def test_export_jsonl_keeps_non_ascii(sample):
    st = demand(DOC_A)
    st = dataclasses.replace(st, issue=Span(text="l’élargissement de l’OTAN", start=0, end=25))
    out = io.StringIO()
    write_statements([st], out)
    assert "l’élargissement" in out.getvalue()


def test_export_write_statements_csv(sample):
    _, sts = sample
    out = io.StringIO()
    assert write_statements(sts, out, format="csv") == len(sts)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert out.getvalue().splitlines()[0] == ",".join(CSV_COLUMNS)
    # one row per target: demand x2 (1 target each), threat (2 targets), appeal (1 target)
    assert len(rows) == 1 + 1 + 2 + 1
    threat_rows = [r for r in rows if r["type"] == "THREATEN"]
    assert [r["target_iso3"] for r in threat_rows] == ["USA", "UKR"]
    assert {r["speaker_state_iso3"] for r in threat_rows} == {"RUS"}
    assert threat_rows[0]["condition"] == "if it moved troops" and threat_rows[0]["flags"] == "conditional"
    assert threat_rows[0]["sentence"] == sts[2].sentence.text
    assert int(threat_rows[0]["cue_start"]) == sts[2].cue.start


def test_export_csv_statement_without_target_is_one_row():
    st = dataclasses.replace(demand(DOC_A), targets=())
    out = io.StringIO()
    write_statements([st], out, format="csv")
    [row] = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["target"] == "" and row["target_iri"] == "" and row["speaker_iso3"] == "RUS"


def test_export_csv_multiline_sentence_stays_one_record():
    st = demand(DOC_A)
    st = dataclasses.replace(st, sentence=Span(text="Russia demanded,\n\"quoted\" that", start=0, end=30),
                             targets=(ActorRef(actor=NATO), ActorRef(actor=USA)))
    out = io.StringIO()
    write_statements([st], out, format="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["sentence"] for r in rows] == ['Russia demanded,\n"quoted" that'] * 2


def test_export_unknown_statement_format(sample):
    with pytest.raises(OutputError, match="jsonl or csv"):
        write_statements(sample[1], io.StringIO(), format="xml")
