"""Targets that are groups, not only named states or persons (issue 12, item 2): a demonym beside an agent noun
as an object, with the sector its modifier gives ("opposition candidates"), and a state's own opposition or
armed groups as the other side of a domestic act (real pipeline; each sentence, written for its test, pins one
construction). The passive subject and the quantity before an object: tests/rules/test_group_targets.py."""
from __future__ import annotations

import datetime as dt

import pytest

from stancegraph.kb.sectors import agent_sector, modifier_sector

from event_codes import code

PUBLISHED = dt.date(2023, 10, 1)


def _targets(found, cue):
    return [[(code(t), t.sector) for t in s.targets] for s in found if s.cue.text == cue]


def test_group_targets_opposition_modifies_an_agent_noun(read):
    found = read("The Kenyan president threatened to arrest Ugandan opposition candidates.")
    assert [("UGA", "OPP")] in _targets(found, "threatened")


def test_group_targets_a_state_acts_on_its_own_armed_groups(read):
    # a state's own rebels or opposition are the other side of a domestic act, not the state itself
    found = read("Kenya arrested Kenyan extremists near the border.")
    assert _targets(found, "arrested") == [[("KEN", "REB")]]


def test_group_targets_a_state_keeps_its_own_people_out(read):
    # "the Russian people" named by Russia's president stays the state's own side: no target is minted for it
    found = read("Vladimir Putin praised the Russian people.")
    assert all(code(t) != "RUS" for s in found for t in s.targets)


@pytest.mark.parametrize("word, alone, as_modifier", [("opposition", None, "OPP"), ("rebel", "REB", "REB")])
def test_group_targets_modifier_sectors(word, alone, as_modifier):
    assert (agent_sector(word), modifier_sector(word)) == (alone, as_modifier)


@pytest.mark.parametrize("text, cue, expected", [
    ("President Museveni threatened to arrest opposition leaders.", "threatened", [("UGA", "OPP")]),  # a person's state
    ("Kenya arrested opposition leaders.", "arrested", [("KEN", "OPP")]),  # a state itself
])
def test_group_targets_an_opposition_is_the_acting_states(read, text, cue, expected):
    assert expected in _targets(read(text), cue)


def test_group_targets_an_opposition_placed_elsewhere_is_not_the_speakers(read):
    found = read("The American president met opposition leaders in Venezuela.")
    assert all(t.sector != "OPP" or code(t) != "USA" for s in found for t in s.targets)


def test_group_targets_a_quantity_counts_the_group(read):
    # "thousands of" does not block the group: the supporters are arrested, not "thousands"
    found = read("Zimbabwean police arrested thousands of opposition supporters.")
    assert _targets(found, "arrested") == [[("ZWE", "OPP")]]
    found = read("Police arrested thousands of opposition supporters in Harare.")
    assert [t.actor.label for s in found if s.cue.text == "arrested" for t in s.targets] == ["opposition (Zimbabwe)"]


def test_group_targets_a_group_placed_at_home_is_the_acting_states(read):
    assert _targets(read("Kenyan troops attacked a rebel camp in northern Kenya."), "attacked") == [[("KEN", "REB")]]


def test_group_targets_a_group_where_the_act_happens_abroad_is_not_the_acting_states(read):
    # "in Somalia" on the verb: the rebels there are no Kenyan rebels
    found = read("Kenyan troops attacked a rebel camp in Somalia.")
    assert all(code(t) != "KEN" for s in found if s.cue.text == "attacked" for t in s.targets)


@pytest.mark.parametrize("text, cue, expected", [
    # a judged act's doer is the target, not whom it was done to
    ("The UN condemned the killing of Kenyan civilians by Somali gunmen.", "condemned", [("SOM", "UAF")]),
    ("Britain condemned the attack on Ukraine by Russia.", "condemned", [("RUS", None)]),
])
def test_group_targets_a_judged_acts_doer(read, text, cue, expected):
    assert _targets(read(text), cue) == [expected]


def test_group_targets_civilians_counted_by_soldiers_are_not_the_soldiers_states(read):
    # soldiers kill abroad: only an opposition is the acting state's by default, and never by a count
    found = read("Russian soldiers are killing thousands of civilians.")
    assert all(code(t) != "RUS" for s in found for t in s.targets)


def test_group_targets_an_unknown_name_of_a_judged_act_is_no_doer(read):
    found = read("Russia praised the Allied Resolve military exercises.")
    assert all(t.actor.registered for s in found if s.cue.text == "praised" for t in s.targets)
