"""Regression floors on the development sets: news sentences coded at country level with PLOVER types
(written for stancegraph, none from the example article; tests/data/dev/, coding rules in
tests/data/CODING.md). The floors sit a few points under the scores at the last change, so a silent
regression fails. tests/data/heldout/ is measured (README), never tested or tuned against."""
import json
from pathlib import Path

import pytest

from stancegraph.run.build import extract_statements
from stancegraph.analysis.evaluate import evaluate
from stancegraph.run.outputs import statement_record
from stancegraph.read.ingest import load_documents

DEV = Path(__file__).parent / "data" / "dev"


@pytest.mark.parametrize("name, floor", [
    ("events-a.jsonl", 0.92), ("events-b.jsonl", 0.9), ("events-c.jsonl", 0.88),
    ("events-d.jsonl", 0.74), ("events-e.jsonl", 0.74),
])
def test_extract_dev_events_strict_f1_floor(nlp, name, floor):
    path = DEV / name
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = [statement_record(st) for _, found in extract_statements(load_documents([str(path)]), nlp) for st in found]
    result = evaluate(gold, predicted)
    assert result["strict"]["F1"] >= floor, result["strict"]
