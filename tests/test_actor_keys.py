"""Tests of the scorer's parts: stancegraph.analysis.actor_keys (how actors match) and .gold (gold items)."""
import datetime as dt

import pytest

from stancegraph.analysis.actor_keys import ActorKeys, ActorResolver, code_key, normalise_label, same_actor
from stancegraph.analysis.gold import detect_shape, event_items, event_type, parse_gold_day, seed_items
from stancegraph.errors import InputError
from stancegraph.model import Actor, ActorKind


@pytest.mark.parametrize("label, expected", [("The U.S.", "us"), ("  Russian   Federation ", "russian federation"),
                                             (None, "")])
def test_actor_keys_normalise_label(label, expected):
    assert normalise_label(label) == expected


@pytest.mark.parametrize("code, cameo, expected", [("rus", False, "code:RUS"), ("UKG", False, "code:GBR"),
                                                   ("USAGOV", True, "code:USA"), ("IGO", False, None),
                                                   ("---", False, None), ("USAGOV", False, "code:USAGOV")])
def test_actor_keys_code_key(code, cameo, expected):
    assert code_key(code, cameo=cameo) == expected


def test_actor_keys_persons_match_their_state_only_when_lenient():
    putin = ActorKeys(frozenset({"name:vladimir putin"}), frozenset({"code:RUS"}), person=True)
    kremlin = ActorKeys(frozenset({"name:kremlin"}), frozenset({"code:RUS"}))
    russia = ActorKeys(frozenset({"code:RUS"}))
    assert not same_actor(putin, russia, False) and same_actor(putin, russia, True)
    assert same_actor(putin, kremlin, True)  # both roll up to Russia
    assert putin.rolled == {"code:RUS"} and kremlin.rolled == {"code:RUS", "name:kremlin"}


def test_actor_keys_resolver_without_registry_uses_labels_and_codes():
    resolve = ActorResolver(None)
    assert resolve.name("The Kremlin") == ActorKeys(frozenset({"name:kremlin"}))
    keys = resolve.predicted({"label": "Russia", "iso3": "RUS", "wikidata": "Q159",
                              "iri": "https://w3id.org/stancegraph/actor/RUS"})
    assert keys.own == {"code:RUS", "wd:Q159", "name:russia"}
    person = resolve.predicted({"label": "Putin", "kind": "person", "state": {"label": "Russia", "iso3": "RUS"}})
    assert person.person and person.state == {"code:RUS", "name:russia"}
    assert resolve.predicted(None) == ActorKeys() and resolve.predicted("Russia").own == {"name:russia"}


class OneActorRegistry:
    def lookup(self, name):
        return [(Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), "alias")] if name == "Moscow" else []


def test_actor_keys_resolver_adds_registry_keys():
    keys = ActorResolver(OneActorRegistry()).name("Moscow", dt.date(2022, 1, 1))
    assert {"name:moscow", "code:RUS", "name:russia"} <= keys.own


def test_gold_seed_items_and_their_checks():
    items = seed_items([{"id": "g1", "quote": "q", "start": 0, "end": 5, "source": "Russia",
                         "targets": ["Ukraine"], "type": "demand", "date": "2022-01-02"}], ActorResolver(None))
    assert items[0].types == ("DEMAND",) and items[0].shown["targets"] == ["Ukraine"] and items[0].document is None
    with pytest.raises(InputError, match=r"gold record 1 \(g2\): no 'start'"):
        seed_items([{"id": "g2", "end": 5, "source": "Russia"}], ActorResolver(None))


def test_gold_event_items_one_per_expected_event():
    records = [{"id": "s1", "text": "t", "expected": [
        {"source_code": "RUSGOV", "target_code": "UKR", "type": "meet_consult"},
        {"source_code": "USA", "scheme": "PLOVER 2.0", "code": "aid"}]}]
    items = event_items(records, ActorResolver(None))
    assert [(g.id, g.types, len(g.targets)) for g in items] == [("s1#1", ("CONSULT",), 1), ("s1#2", ("AID",), 0)]
    assert "code:RUS" in items[0].source.own
    with pytest.raises(InputError, match="gold record 1: no 'id'"):
        event_items([{"text": "t"}], ActorResolver(None))


def test_gold_shape_types_and_days():
    assert detect_shape([{"id": 1}, {"id": 2, "expected": []}]) == "events" and detect_shape([]) == "seed"
    assert event_type({"type": "reduce_relations"}) == "SANCTION" and event_type({"type": "new_thing"}) == "NEW_THING"
    assert parse_gold_day("2022-01-31") == dt.date(2022, 1, 31) and parse_gold_day(None) is None
