"""Speakers named by a demonym or name beside an agent, group, body or force-instrument noun, "they" in a
reported clause, and names that are no actors (real pipeline; each sentence, written for its test, pins
one construction)."""
from __future__ import annotations

import pytest

from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.coreference import actor_mentions

from event_codes import code

PUBLISHED = __import__("datetime").date(2000, 1, 1)


def speakers(found, cue):
    return [(code(s.speaker), s.speaker.sector) for s in found if s.cue.text == cue]


@pytest.mark.parametrize("text, cue, expected", [
    ("Kenyan militiamen attacked a village near the border.", "attacked", "KEN"),  # agent noun (Phoenix)
    ("Nigerian youths attacked a police station.", "attacked", "NGA"),  # a group noun of our own
    ("Peruvian helicopters attacked a rebel camp.", "attacked", "PER"),  # an instrument of force
    ("A camp was attacked by Burundian militiamen.", "attacked", "BDI"),  # the agent of a passive
    ("Sudanese rebels said they will free two Kenyan aid workers.", "free", "SDN"),  # "they" reported by them
])
def test_agent_heads_a_demonym_beside_an_agent_noun_is_the_speaker(read, text, cue, expected):
    assert [c for c, _ in speakers(read(text), cue)] == [expected]


def test_agent_heads_the_noun_gives_the_sector(read):
    assert speakers(read("Kenyan militiamen attacked a village near the border."), "attacked") == [("KEN", "UAF")]


def test_agent_heads_a_side_at_talks_is_no_party(read):
    found = [s for s in read("The Ukrainian party outlined its proposals during the talks with Russia.")
             if s.speaker is not None and code(s.speaker) == "UKR"]
    assert all(s.speaker.sector != "PTY" for s in found)


@pytest.mark.parametrize("text, name, not_id", [
    ("President Bush threatened further action against Russia.", "Bush", "EGY"),  # a title makes a person
    ("Israel reimposed blockades in the West Bank.", "West", "WEST"),  # a bloc's name inside a place name
])
def test_agent_heads_names_inside_other_names_are_not_those_actors(nlp, text, name, not_id):
    doc = nlp(text)
    found = [m.actors[0].id for m in actor_mentions(doc, ActorRegistry.load()) if name in doc[m.start:m.end].text]
    assert not_id not in found


def test_agent_heads_civilians_do_not_speak_for_their_state(read):
    # press releases: a state's people "demonstrate unity", "protest against the invaders" as its people
    found = read("Ukraine and Ukrainian citizens demonstrated great unity against the invaders.")
    assert [s for s in found if s.speaker is not None and s.speaker.sector == "CVL"] == []
