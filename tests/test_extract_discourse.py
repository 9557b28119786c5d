"""Implicit participants from the discourse, parse repairs, verdicts in reported speech and adjectival
organ names — on the real pipeline, with sentences written for these tests in the style of news."""
import datetime as dt

import pytest

from stancegraph.rules.discourse import Discourse
from stancegraph.model import Actor, ActorKind, ActorRef, Span, Statement

from event_codes import code as _code, triples as _triples

PUBLISHED = dt.date(2023, 6, 2)


# implicit addressee: the counterpart in the sentences before ---------------------------------------

def test_extract_assurance_without_addressee_goes_to_the_counterpart(read):
    found = read("Chinese President Xi Jinping demanded that Washington stop arming Taiwan. "
                 "U.S. President Joe Biden assured on Tuesday that the United States does not seek a new Cold War.")
    st = next(s for s in found if s.type == "AGREE")
    assert _code(st.speaker) == "USA" and [t.actor.iso3 for t in st.targets] == ["CHN"]
    assert "implicit_target" in st.flags and st.rule.endswith("+discourse")
    assert st.targets[0].mention is None  # no words name the addressee


def test_extract_no_implicit_addressee_without_a_counterpart(read):
    found = read("Heavy rain fell over the capital on Monday. Brazil promised to protect the Amazon rainforest.")
    st = next(s for s in found if s.type == "AGREE")
    assert st.targets == ()


def test_extract_counterpart_is_never_the_own_side(read):
    found = read("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin. "
                 "The French foreign ministry later promised that France would respect the budget rules.")
    promise = [s for s in found if s.type == "AGREE"]
    assert promise and all(_code(t) != "FRA" for s in promise for t in s.targets)
    assert {_code(t) for s in promise for t in s.targets} <= {"DEU"}


def test_extract_material_acts_get_no_implicit_target(read):
    found = read("Israel warned Hezbollah against any escalation. Israeli troops later arrested two men in Jenin.")
    assert all("implicit_target" not in s.flags for s in found if s.type in ("COERCE", "FIGHT", "ASSAULT"))


def test_extract_mutual_noun_takes_the_pair_of_the_discourse(read):
    found = read("India criticised Pakistan over the border incident on Friday. "
                 "The mutual agreement to restore the ceasefire was nevertheless welcomed by observers.")
    pair = {(_code(s.speaker), _code(s.targets[0])) for s in found if s.type == "AGREE" and s.targets}
    assert {("IND", "PAK"), ("PAK", "IND")} <= pair
    assert all("implicit_participants" in s.flags for s in found if s.type == "AGREE")


def test_extract_mutual_noun_alone_is_no_event(read):
    assert not [s for s in read("The mutual agreement was welcomed by observers.") if s.type == "AGREE"]


# the discourse memory itself (pure) -------------------------------------------------------------

def _ref(id_, kind=ActorKind.STATE, state=None):
    return ActorRef(actor=Actor(id=id_, label=id_, kind=kind), state=state)


def _st(speaker, target, type_="DEMAND"):
    span = Span(text="x", start=0, end=1)
    return Statement(document="d", sentence=span, cue=span, speaker=speaker, targets=(target,), type=type_)


def test_discourse_counterpart_rolls_persons_up_and_forgets_after_the_window():
    rus = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
    putin = _ref("vladimir-putin", ActorKind.PERSON, state=rus)
    discourse = Discourse(window=2)
    discourse.add(0, [_st(putin, _ref("USA"))])
    assert discourse.counterpart(_ref("USA"), 1).id == "RUS"
    assert discourse.counterpart(_ref("joe-biden", ActorKind.PERSON, state=Actor(id="USA", label="US", kind=ActorKind.STATE)), 2).id == "RUS"
    assert discourse.counterpart(_ref("USA"), 3) is None  # three sentences on: out of the window
    assert discourse.pair(1) == (rus, Actor(id="USA", label="USA", kind=ActorKind.STATE))


def test_discourse_ignores_minted_actors():
    discourse = Discourse()
    minted = ActorRef(actor=Actor(id="x-someone", label="Someone", kind=ActorKind.PERSON, registered=False))
    discourse.add(0, [_st(minted, _ref("USA"))])
    assert discourse.counterpart(_ref("USA"), 1) is None


# no counterpart for a refusal or a want (real press releases: Ukrainian presidency, 2022) --------------

def test_extract_a_refusal_is_not_addressed_to_the_counterpart(read):
    found = read("A tripartite meeting between President of Ukraine Volodymyr Zelenskyy, Federal Chancellor of Germany "
                 "Olaf Scholz and President of France Emmanuel Macron took place in Brussels. Volodymyr Zelenskyy "
                 "stressed that Ukraine does not give in to any provocations at the border.")
    refusals = [s for s in found if s.type in ("REJECT", "CONCEDE")]
    assert refusals and all(s.targets == () for s in refusals)


def test_extract_a_want_is_not_addressed_to_the_counterpart(read):
    found = read("President of Ukraine Volodymyr Zelenskyy had an hour-long phone conversation with US President "
                 "Joseph Biden. Zelenskyy said that Ukraine needs peace.")
    wants = [s for s in found if s.cue.text.startswith("needs")]
    assert wants and all(s.targets == () for s in wants)
    assert any(s.type == "CONSULT" and [_code(t) for t in s.targets] == ["USA"] for s in found)


# the reporter of a refused commitment ------------------------------------------------------------

def test_extract_own_side_reporting_a_negated_commitment_is_the_refusal(read):
    found = read("The Kremlin stressed that Putin had made no promises to Turkey.")
    st = next(s for s in found if s.type == "REJECT")
    assert st.speaker.actor.id == "kremlin" or _code(st.speaker) == "RUS"
    assert st.speaker.actor.id != "vladimir-putin"
    assert [_code(t) for t in st.targets] == ["TUR"]


# the coordinated verb the parser read as an adjective --------------------------------------------

def test_extract_coordinated_verb_misparsed_as_adjective(read):
    found = read("Iran and Saudi Arabia exchanged accusations and threatened reprisals if the other side attacked.")
    assert {("IRN", ("SAU",), "THREATEN"), ("SAU", ("IRN",), "THREATEN")} <= _triples(found)


# verdicts in reported speech ---------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, target", [
    ("China said the U.S. decision to sell arms to Taiwan was a serious violation of international law.", "CHN", "USA"),
    ("Turkey's foreign ministry said the Greek move was unacceptable.", "TUR", "GRC"),
])
def test_extract_negative_verdict_in_reported_speech_is_disapproval(read, text, speaker, target):
    assert (speaker, (target,), "DISAPPROVE") in _triples(read(text))


def test_extract_negated_verdict_is_no_disapproval(read):
    assert not [s for s in read("Germany said talks with Moscow would not be a mistake.") if s.type == "DISAPPROVE"]


# an organ's name used as an adjective ----------------------------------------------------------

def test_extract_organ_name_as_adjective_is_the_state(read):
    found = read("Satellite images showed a large Russian military build-up near the border with Ukraine.")
    st = next(s for s in found if s.type == "MOBILIZE")
    assert st.speaker.actor.id == "RUS"


def test_extract_organ_name_as_noun_stays_the_organ(read):
    found = read("The Russian military said it had destroyed an ammunition depot in Ukraine.")
    assert any(s.speaker.actor.id == "russian-armed-forces" for s in found)
