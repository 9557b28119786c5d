"""A title with no state of its own takes the state of the other, domestic end of its event (rules.lent_states):
"Rebels in the Ivory Coast dismissed an appeal from President Laurent Gbago" is CIV-REB -> CIV-GOV. Short
made-up sentences pin the construction (the names are invented); scores come from real text."""
import pytest


def _coded(ref):
    state = ref.state or (ref.actor if ref.actor.kind.value == "state" else None)
    return f"{state.id if state else None}-{ref.sector}"


def _dyads(found):
    return {(_coded(s.speaker), tuple(_coded(t) for t in s.targets), s.type) for s in found}


@pytest.mark.parametrize("text, expected", [
    # a domestic body (rebels placed in a state) lends its state to the titled person it acts on
    ("Rebels in Chad rejected an appeal from President Jean Quxley.", ("TCD-REB", ("TCD-GOV",), "REJECT")),
    # a legislature lends its state to a minister (title alone: a sector actor of that state)
    ("The Chadian parliament demanded that the interior minister resign.", ("TCD-LEG", ("TCD-GOV",), "DEMAND")),
])
def test_lent_states_domestic_end_lends_its_state(read, text, expected):
    assert expected in _dyads(read(text)), sorted(_dyads(read(text)))


@pytest.mark.parametrize("text", [
    # a government acts abroad as well as at home: it never lends its state
    "The Chadian government rejected an appeal from President Jean Quxley.",
    # two states in play: whose president he is, the sentence does not say
    "Rebels in Chad rejected an appeal from President Jean Quxley of Niger and from Sudan.",
])
def test_lent_states_no_loan_where_the_evidence_is_not_unambiguous(read, text):
    for st in read(text):
        for ref in (st.speaker, *st.targets):
            if ref.actor.label == "Jean Quxley":
                assert ref.state is None or ref.state.id == "NER", (text, _dyads([st]))


def test_lent_states_a_state_the_text_gives_is_kept(read):
    found = read("Rebels in Chad rejected an appeal from Nigerien President Jean Quxley.")
    assert any(t.actor.label == "Jean Quxley" and t.state.id == "NER" for s in found for t in s.targets), _dyads(found)


@pytest.mark.parametrize("text, expected", [
    # police or a court with no state, acting on a state's opposition or rebels, are that state's
    ("Police arrested Chadian opposition leaders on Monday.", ("TCD-COP", ("TCD-OPP",), "COERCE")),
])
def test_lent_states_enforcer_subject_borrows_its_objects_state(read, text, expected):
    assert expected in _dyads(read(text)), sorted(_dyads(read(text)))


@pytest.mark.parametrize("text", [
    "Police arrested two Chadian tourists.",  # civilians are often held abroad: no loan
    "The president met Chadian opposition leaders.",  # a president meets foreign oppositions too
])
def test_lent_states_no_subject_loan_from_civilians_or_to_a_president(read, text):
    assert not any(_coded(s.speaker).startswith("TCD") for s in read(text)), _dyads(read(text))
