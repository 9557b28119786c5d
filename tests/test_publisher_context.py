"""The publisher as context: "the President" of a presidency's own release is its president on the day."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.kb.lexicon import ENV_VAR, active, use
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.rules.publisher import head_of_state, publisher_state

TEXT = "President of Poland Andrzej Duda arrived in Kyiv. The President thanked Poland for its support."


@pytest.fixture
def restore_lexicon(monkeypatch):
    """Put the active lexicon and the environment back after a test that installs a user lexicon."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = active()
    yield
    use(previous)


def _extract(tmp_path, records, *options):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _thanks(statements, document):
    [st] = [s for s in statements if s["document"] == document and s["cue"]["text"] == "thanked"]
    return st


def test_the_president_of_a_presidency_release_is_its_president(tmp_path, nlp):
    statements = _extract(tmp_path, [
        {"id": "ua", "date": "2022-05-10", "source": "president.gov.ua/en", "text": TEXT},
        {"id": "ru", "date": "2022-05-10", "source": "en.kremlin.ru", "text": TEXT + " "},
        {"id": "news", "date": "2022-05-10", "source": "Example News", "text": TEXT + "  "}])
    ua = _thanks(statements, "ua")
    assert ua["speaker"]["label"] == "Volodymyr Zelensky" and ua["speaker"]["state"]["iso3"] == "UKR"
    assert [t["label"] for t in ua["targets"]] == ["Poland"]
    assert _thanks(statements, "ru")["speaker"]["label"] == "Vladimir Putin"
    # another publisher: the ordinary reading, never the presidency's president
    assert _thanks(statements, "news")["speaker"]["label"] not in ("Volodymyr Zelensky", "Vladimir Putin")


def test_the_president_is_the_holder_on_the_document_date(tmp_path, nlp):
    statements = _extract(tmp_path, [{"id": "old", "date": "2016-05-10", "source": "president.gov.ua", "text": TEXT}])
    assert _thanks(statements, "old")["speaker"]["label"] == "Petro Poroshenko"


def test_a_user_adds_a_publisher_in_a_lexicon_file(tmp_path, nlp, restore_lexicon):
    extra = tmp_path / "mine.toml"
    extra.write_text('publishers = { UKR = ["example-presidency.org"] }\n', encoding="utf-8")
    record = {"id": "mine", "date": "2022-05-10", "source": "https://www.example-presidency.org/news", "text": TEXT}
    assert _thanks(_extract(tmp_path, [record], "--lexicon", str(extra)), "mine")["speaker"]["label"] == "Volodymyr Zelensky"


def test_publisher_from_the_url_and_host_suffixes():
    registry = ActorRegistry.load()
    kremlin = Document(id="d", text="", url="http://en.kremlin.ru/events/president/news/68700")
    assert publisher_state(kremlin, registry).id == "RUS"
    assert publisher_state(Document(id="d", text="", source="notkremlin.ru"), registry) is None
    assert head_of_state(registry.get("RUS"), dt.date(2022, 1, 1), registry).id == "vladimir-putin"
