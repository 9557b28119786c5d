"""The state of groups, media and regions (issue 12): a bare group noun acted on by a military takes no state from
the military's demonym, journalists and outlets named with a state are its media, "Latin American" names no US,
and a state's own people are the target of its own officials' rejections (real pipeline; each sentence, written
for its test, pins one construction; rules.group_states, rules.media_outlets, rules.region_names, rules.own_people)."""
from __future__ import annotations

import datetime as dt

from event_codes import code

PUBLISHED = dt.date(2022, 4, 1)


def _targets(found, cue):
    return [[(t.actor.label, code(t), t.sector) for t in s.targets] for s in found if s.cue.text == cue]


def test_group_states_a_militarys_demonym_is_not_the_state_of_what_it_bombs(read):
    # "Russian" belongs to the troops: the universities they bombed are no Russian ones
    assert _targets(read("Russian troops bombed universities."), "bombed") == [[("education", "x-any-edu", "EDU")]]


def test_group_states_a_militarys_demonym_is_not_the_state_of_its_victims(read):
    found = read("Russian troops are killing civilians.")
    assert [[c for _, c, _ in ts] for ts in _targets(found, "killing")] == [["x-any-cvl"]]


def test_group_states_police_still_lend_their_state(read):
    # a police acts at home: "Egyptian police arrested demonstrators" are Egypt's (CAMEO's domestic reading)
    assert _targets(read("Egyptian police arrested students."), "arrested") == [[("education (Egypt)", "EGY", "EDU")]]


def test_group_states_journalists_of_an_outlet_are_its_states_media(read):
    found = read("Andriy Yermak held a conversation with journalists of the Canadian Global News.")
    assert [("media (Canada)", "CAN", "MED")] in [ts for s in found for ts in [[(t.actor.label, code(t), t.sector) for t in s.targets]]]
    assert all(t.actor.id != "CAN" for s in found for t in s.targets)


def test_group_states_media_workers_are_media_not_labour(read):
    found = read("Russian troops killed Ukrainian media workers.")
    assert _targets(found, "killed") == [[("media (Ukraine)", "UKR", "MED")]]


def test_group_states_a_blocs_media_are_no_bloc(read):
    found = read("Volodymyr Zelenskyy held a conversation with representatives of the Western media.")
    assert all(t.actor.id != "WEST" for s in found for t in s.targets)


def test_group_states_latin_american_is_no_united_states(read):
    found = read("Vladimir Putin met Latin American leaders.") + read("Russia is expanding trade with Latin America.")
    assert all(code(t) != "USA" for s in found for t in s.targets)
    assert any(code(t) == "USA" for s in read("Vladimir Putin met American leaders.") for t in s.targets)


def test_group_states_a_leader_reneging_on_his_own_people(read):
    found = read("President Levy Mwanawasa has reneged on his commitment to the Zambian people.")
    assert [("civilians (Zambia)", "ZMB", "CVL")] in _targets(found, "reneged")


def test_group_states_a_leaders_thanks_to_his_own_people_are_no_event(read):
    found = read("Vladimir Putin thanked the Russian people.")
    assert all(code(t) != "RUS" for s in found for t in s.targets)


def test_group_states_parliaments_of_the_member_states_are_no_one_states(read):
    # the sentence places the crimes in Ukraine, not the parliaments called on
    found = read("Ihor Zhovkva called on the parliaments of the member states to recognize Russia's crimes in Ukraine as genocide.")
    assert all(code(t) != "UKR" for s in found if s.type == "APPEAL" for t in s.targets)
