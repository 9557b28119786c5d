"""States and sectors from the context of a mention (issues 11 and 12): persons outside their dated posts
(rules.out_of_post), names cut before their place (rules.cut_names) and titles that carry a body
(rules.title_bodies), on the real pipeline. Short made-up sentences pin each construction."""
import datetime as dt

import pytest

PUBLISHED = dt.date(2000, 1, 1)  # the date the PLOVER dev half is read with: persons out of their posts


def _ends(found):
    def code(ref):
        state = ref.state or (ref.actor if ref.actor.kind.value == "state" else None)
        return ref.actor.label, state.id if state else None, ref.sector
    return {(code(s.speaker), tuple(code(t) for t in s.targets)) for s in found}


def test_context_actors_titled_surname_of_one_state(read):
    # two registered Bushes, both of the United States: the state is known, the person is not
    found = read("President Bush threatened Russia.")
    assert any(sp == ("Bush", "USA", "GOV") for sp, _ in _ends(found)), _ends(found)


def test_context_actors_surname_of_many_states_or_no_title_gets_none(read):
    for text in ("President Smith threatened Russia.", "Bush threatened Russia."):
        assert all(sp[1] is None for sp, _ in _ends(read(text)) if sp[0] in ("Smith", "Bush")), text


def test_context_actors_former_official_is_eli_of_their_state(read):
    # George Bush's posts ended in 1993: in 2000 he is of the United States, sector ELI (Phoenix's convention)
    found = read("George Bush criticized Russia.")
    assert (("George Bush", "USA", "ELI"), (("Russia", "RUS", None),)) in _ends(found), _ends(found)


def test_context_actors_name_cut_before_its_place(read):
    found = read("Zambia accused the National Union for the Total Independence of Angola of smuggling diamonds.")
    labels = {t for _, ts in _ends(found) for t in ts} | {sp for sp, _ in _ends(found)}
    assert ("National Union for the Total Independence of Angola", "AGO", "REB") in labels, labels


@pytest.mark.parametrize("text, person, expected", [
    ("U.N. mediator Jean Quxley met Afghan rebel leaders.", "Jean Quxley", ("UN", None)),
    ("French National Assembly president Jean Quxley criticized Romania.", "Jean Quxley", ("FRA", "LEG")),
])
def test_context_actors_title_carries_its_body(read, text, person, expected):
    found = _ends(read(text))
    assert any((sp[0], sp[1], sp[2]) == (person, *expected) for sp, _ in found), found


def test_context_actors_un_ambassador_is_no_un_official(read):
    found = _ends(read("U.N. ambassador Jean Quxley criticized Romania."))
    assert all(sp[1] != "UN" for sp, _ in found), found
