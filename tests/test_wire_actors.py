"""Who acts and who is acted on in wire copy (real pipeline; each sentence, written for its test, pins one
construction): possessives bound to their clause's subject, deployments placed, protests aimed, withdrawals."""
from __future__ import annotations

import pytest

from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.coreference import actor_mentions

from event_codes import triples


def test_a_possessive_in_the_object_is_the_subjects_not_the_nearer_appositive(nlp):
    doc = nlp("Pakistan, a key U.S. ally, has urged its citizens to leave.")
    [its] = [m for m in actor_mentions(doc, ActorRegistry.load()) if doc[m.start].lower_ == "its"]
    assert its.actors[0].id == "PAK"


@pytest.mark.parametrize("text, expected", [
    # a refused deployment is aimed at the state the troops would go to, not at a name in the subject
    ("Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq.", ("PAK", ("IRQ",), "REJECT")),
    # a protest is against whom it defies, not the city it blocks
    ("Hundreds of people blocked streets in Hong Kong in defiance of Chinese authorities.", ("HKG", ("CHN",), "PROTEST")),
    # the subject pacing a withdrawal withdraws; the place in the of-phrase is the one left
    ("The United States speeded up the withdrawal of some invasion forces from Panama.", ("USA", ("PAN",), "RETREAT")),
    # coordinated demonyms on one noun: "X and Y refugees" are both acted on
    ("Security forces in Guinea tortured scores of Sierra Leonean and Liberian refugees.", ("GIN", ("LBR",), "COERCE")),
    # two sides agreeing with each other; the content clause's actors are what they agree about
    ("Senior Hungarian and Romanian officials agreed that their countries should encourage Romanian refugees "
     "in Hungary to return home.", ("ROU", ("HUN",), "AGREE")),
])
def test_wire_actor(read, text, expected):
    assert expected in triples(read(text))


def test_a_person_takes_the_state_of_the_role_in_apposition(read):
    for text in ("A member of the Syrian parliament, Mohammed Mamoun, started a hunger strike to protest the law.",
                 "Mohammed Mamoun, a member of the Syrian parliament, started a hunger strike to protest the law."):
        [st] = [s for s in read(text) if s.speaker.actor.label == "Mohammed Mamoun"]
        assert st.speaker.state is not None and st.speaker.state.id == "SYR", text


def test_ethnic_people_are_not_the_state_of_their_name(read):
    [st] = [s for s in read("Serb forces killed three ethnic Albanians in southeastern Serbia.") if s.cue.text == "killed"]
    [target] = st.targets
    assert target.actor.label == "ethnic Albanians" and target.state.id == "SRB"  # placed where they are
    [st] = [s for s in read("Kosovo police arrested three ethnic Serbs near the border.") if s.cue.text == "arrested"]
    assert [(t.actor.label, t.state.id) for t in st.targets] == [("ethnic Serbs", "SRB")]  # no place: their people's state


def test_people_in_a_republics_name_is_no_group(read):
    found = read("Putin said the goal was to ensure Kiev's recognition of the Donetsk and Lugansk people's republics.")
    assert not any(t.actor.id.endswith("-people") for st in found for t in st.targets)


def test_words_quoted_after_the_thanked_object_name_no_target(read):
    found = read('Ihor Zhovkva thanked the heads of diplomatic missions of the European Union who returned to Kyiv: '
                 '"This demonstrates your firm solidarity with the people of Ukraine."')
    assert [[t.actor.id for t in st.targets] for st in found if st.cue.text == "thanked"] == [["EU"]]


@pytest.mark.parametrize("text, expected", [
    # asylum granted to a demonym's phrase is granted to that state's people, not to a later name
    ("Ecuador has granted diplomatic asylum to four Peruvian army officers holed up in a diplomatic residence since "
     "last year's U.S. invasion.", ("ECU", ("PER",), "AID")),
    ("Russia granted asylum to ousted Syrian President Bashar al-Assad.", ("RUS", ("SYR",), "AID")),
])
def test_asylum_is_granted_to_the_phrase_after_it(read, text, expected):
    assert expected in triples(read(text))
    assert not any("USA" in targets for _, targets, _ in triples(read(text)))


def test_people_are_not_placed_where_the_reporters_are(read):
    found = read("Sudanese rebels shelled a town on Sunday, killing about 20 people, relief officials in Nairobi said.")
    assert not any(t.state is not None and t.state.id == "KEN" for st in found for t in st.targets)


def test_an_unknown_group_is_placed_only_by_its_own_clause_and_never_if_worldwide(read):
    # a Kremlin release (../shared/corpus): Crimea places the concert of the subordinate clause, not the federation,
    # and an "International ..." body is no state's group wherever the sentence is
    [st] = read("The International Swimming Federation suspended him for nine months from competition just because "
                "he attended a concert on the anniversary of Crimea's reunification with Russia.")
    assert st.speaker.actor.label == "International Swimming Federation" and st.speaker.state is None
    assert any(s.speaker.state is not None and s.speaker.state.id == "NGA"
               for s in read("Boko Haram fighters attacked a village in northeastern Nigeria."))
