"""Targets deeper than the object: the place a measure is imposed, lifted, eased or suspended in
(stancegraph.rules.measure_places) and the owner of the thing force is aimed into (stancegraph.rules.owners).
Made-up sentences that pin one construction each; the scores come from real text (README)."""
from .docs import parse, statements

# Israel reimposed blockades in the West Bank. ("the West" as the NER reads it: a bloc before "Bank")
REIMPOSED_BLOCKADES_IN = """
    0  Israel  _  PROPN  NNP  1  nsubj  B-GPE
    1  reimposed  reimpose  VERB  VBD  1  ROOT
    2  blockades  blockade  NOUN  NNS  1  dobj
    3  in  _  ADP  IN  2  prep
    4  the  _  DET  DT  6  det  B-NORP
    5  West  _  PROPN  NNP  6  compound  I-NORP
    6  Bank  _  PROPN  NNP  3  pobj
    7  .  _  PUNCT  .  1  punct
"""

# Serbia eased emergency measures on Wednesday in Montenegro province.
EASED_MEASURES_IN = """
    0  Serbia  _  PROPN  NNP  1  nsubj  B-GPE
    1  eased  ease  VERB  VBD  1  ROOT
    2  emergency  _  NOUN  NN  3  compound
    3  measures  measure  NOUN  NNS  1  dobj
    4  on  _  ADP  IN  1  prep
    5  Wednesday  _  PROPN  NNP  4  pobj  B-DATE
    6  in  _  ADP  IN  1  prep
    7  Montenegro  _  PROPN  NNP  8  compound  B-GPE
    8  province  _  NOUN  NN  6  pobj
    9  .  _  PUNCT  .  1  punct
"""

# Red Cross officials suspended aid deliveries in Baghdad.
SUSPENDED_DELIVERIES_IN = """
    0  Red  _  PROPN  NNP  1  compound  B-ORG
    1  Cross  _  PROPN  NNP  2  compound  I-ORG
    2  officials  official  NOUN  NNS  3  nsubj
    3  suspended  suspend  VERB  VBD  3  ROOT
    4  aid  _  NOUN  NN  5  compound
    5  deliveries  delivery  NOUN  NNS  3  dobj
    6  in  _  ADP  IN  5  prep
    7  Baghdad  _  PROPN  NNP  6  pobj  B-GPE
    8  .  _  PUNCT  .  3  punct
"""

# Russia suspended talks in Geneva.
SUSPENDED_TALKS_IN = """
    0  Russia  _  PROPN  NNP  1  nsubj  B-GPE
    1  suspended  suspend  VERB  VBD  1  ROOT
    2  talks  talk  NOUN  NNS  1  dobj
    3  in  _  ADP  IN  2  prep
    4  Geneva  _  PROPN  NNP  3  pobj  B-GPE
    5  .  _  PUNCT  .  1  punct
"""

# Israel eased the blockade of Gaza.
EASED_THE_BLOCKADE_OF = """
    0  Israel  _  PROPN  NNP  1  nsubj  B-GPE
    1  eased  ease  VERB  VBD  1  ROOT
    2  the  _  DET  DT  3  det
    3  blockade  _  NOUN  NN  1  dobj
    4  of  _  ADP  IN  3  prep
    5  Gaza  _  PROPN  NNP  4  pobj  B-GPE
    6  .  _  PUNCT  .  1  punct
"""

# The United States lifted the sanctions of Canada.
LIFTED_THE_SANCTIONS_OF = """
    0  The  the  DET  DT  2  det  B-GPE
    1  United  _  PROPN  NNP  2  compound  I-GPE
    2  States  _  PROPN  NNP  3  nsubj  I-GPE
    3  lifted  lift  VERB  VBD  3  ROOT
    4  the  _  DET  DT  5  det
    5  sanctions  sanction  NOUN  NNS  3  dobj
    6  of  _  ADP  IN  5  prep
    7  Canada  _  PROPN  NNP  6  pobj  B-GPE
    8  .  _  PUNCT  .  3  punct
"""

# North Korea hacked into the computers of South Korean army officers.
HACKED_INTO_THE_COMPUTERS_OF = """
    0  North  _  PROPN  NNP  1  compound  B-GPE
    1  Korea  _  PROPN  NNP  2  nsubj  I-GPE
    2  hacked  hack  VERB  VBD  2  ROOT
    3  into  _  ADP  IN  2  prep
    4  the  _  DET  DT  5  det
    5  computers  computer  NOUN  NNS  3  pobj
    6  of  _  ADP  IN  5  prep
    7  South  _  ADJ  JJ  8  amod  B-NORP
    8  Korean  _  ADJ  JJ  10  amod  I-NORP
    9  army  _  NOUN  NN  10  compound
    10  officers  officer  NOUN  NNS  6  pobj
    11  .  _  PUNCT  .  2  punct
"""


def _read(listing, registry):
    return [(st.speaker.actor.id, st.type, [t.state.id if t.state else t.actor.id for t in st.targets], st.rule)
            for st in statements(parse(listing, registry), registry)]


def test_a_blockade_is_aimed_at_the_place_it_holds_in(registry):
    assert _read(REIMPOSED_BLOCKADES_IN, registry) == [("ISR", "COERCE", ["PSE"], "light:nsubj>measure-place")]


def test_an_eased_restriction_is_eased_for_its_place_the_verb_names(registry):
    assert [(s, t, r) for s, _, t, r in _read(EASED_MEASURES_IN, registry)] == [("SRB", ["MNE"], "verb:nsubj>measure-place")]


def test_suspended_deliveries_are_withheld_from_the_state_of_their_city(registry):
    assert [(t, r.split(">")[1]) for _, _, t, r in _read(SUSPENDED_DELIVERIES_IN, registry)] == [(["IRQ"], "measure-place")]


def test_a_blockade_closes_the_place_of_its_of_phrase(registry):
    assert [(t, r.split(">")[1]) for _, _, t, r in _read(EASED_THE_BLOCKADE_OF, registry)] == [(["PSE"], "measure-place")]


def test_the_of_phrase_of_sanctions_is_no_place_they_hold_in(registry):
    assert not any(r.endswith("measure-place") for _, _, _, r in _read(LIFTED_THE_SANCTIONS_OF, registry))


def test_talks_held_in_a_place_are_no_measure_against_it(registry):
    assert not any("CHE" in t for _, _, t, _ in _read(SUSPENDED_TALKS_IN, registry))


def test_a_contested_place_keeps_its_convention(registry):
    # (violence there is placed by the country-level convention of rules.guessed_targets, not by this rule)
    listing = REIMPOSED_BLOCKADES_IN.replace("the  _  DET  DT  6  det  B-NORP", "the  _  DET  DT  6  det") \
        .replace("West  _  PROPN  NNP  6  compound  I-NORP", "northern  _  ADJ  JJ  6  amod") \
        .replace("Bank  _  PROPN  NNP  3  pobj", "Crimea  _  PROPN  NNP  3  pobj  B-GPE")
    assert not any(r.endswith("measure-place") for _, _, _, r in _read(listing, registry))


def test_force_aimed_into_a_thing_is_aimed_at_its_owner(registry):
    assert [(s, t, r) for s, _, t, r in _read(HACKED_INTO_THE_COMPUTERS_OF, registry)] == [("PRK", ["KOR"], "verb:nsubj>prep-owner")]


def test_force_aimed_into_a_place_keeps_the_place(registry):
    listing = HACKED_INTO_THE_COMPUTERS_OF.replace("computers  computer", "city  city")
    assert not any(r.endswith("prep-owner") for _, _, _, r in _read(listing, registry))
