"""The owner of the thing an act is done to is its target (stancegraph.rules.owners), a light verb's coordinated
object (rules.event_nouns), force tried (rules.goals.attempted) and former names of renamed states (the registry).
Made-up sentences that pin one construction each; the scores come from real text (README)."""
import pytest

from stancegraph.model import Status

from .docs import parse, statements

# Germany welcomed President Nowak's statement.  (a possessor the registry does not know)
WELCOMED_HIS_STATEMENT = """
    0  Germany  _  PROPN  NNP  1  nsubj  B-GPE
    1  welcomed  welcome  VERB  VBD  1  ROOT
    2  President  _  PROPN  NNP  3  compound
    3  Nowak  _  PROPN  NNP  5  poss  B-PERSON
    4  's  _  PART  POS  3  case
    5  statement  _  NOUN  NN  1  dobj
    6  .  _  PUNCT  .  1  punct
"""

# Japan welcomed the letter from President Putin.
WELCOMED_THE_LETTER_FROM = """
    0  Japan  _  PROPN  NNP  1  nsubj  B-GPE
    1  welcomed  welcome  VERB  VBD  1  ROOT
    2  the  _  DET  DT  3  det
    3  letter  _  NOUN  NN  1  dobj
    4  from  _  ADP  IN  3  prep
    5  President  _  PROPN  NNP  6  compound
    6  Putin  _  PROPN  NNP  4  pobj  B-PERSON
    7  .  _  PUNCT  .  1  punct
"""

# Germany welcomed the Amazon statement.  (an unknown name that only qualifies the thing)
WELCOMED_THE_NAMED_STATEMENT = """
    0  Germany  _  PROPN  NNP  1  nsubj  B-GPE
    1  welcomed  welcome  VERB  VBD  1  ROOT
    2  the  _  DET  DT  4  det
    3  Amazon  _  PROPN  NNP  4  compound  B-ORG
    4  statement  _  NOUN  NN  1  dobj
    5  .  _  PUNCT  .  1  punct
"""

# Burmese troops captured part of a Kampuchean guerrilla stronghold.
CAPTURED_PART_OF = """
    0  Burmese  burmese  ADJ  JJ  1  amod  B-NORP
    1  troops  troop  NOUN  NNS  2  nsubj
    2  captured  capture  VERB  VBD  2  ROOT
    3  part  _  NOUN  NN  2  dobj
    4  of  _  ADP  IN  3  prep
    5  a  _  DET  DT  8  det
    6  Kampuchean  kampuchean  ADJ  JJ  8  amod  B-NORP
    7  guerrilla  _  NOUN  NN  8  compound
    8  stronghold  _  NOUN  NN  4  pobj
    9  .  _  PUNCT  .  2  punct
"""

# Vietnamese forces launched artillery and rocket fire against Kampuchean camps.
LAUNCHED_ARTILLERY_AND_ROCKET_FIRE = """
    0  Vietnamese  vietnamese  ADJ  JJ  1  amod  B-NORP
    1  forces  force  NOUN  NNS  2  nsubj
    2  launched  launch  VERB  VBD  2  ROOT
    3  artillery  _  NOUN  NN  2  dobj
    4  and  _  CCONJ  CC  3  cc
    5  rocket  _  NOUN  NN  6  compound
    6  fire  _  NOUN  NN  3  conj
    7  against  _  ADP  IN  6  prep
    8  Kampuchean  kampuchean  ADJ  JJ  9  amod  B-NORP
    9  camps  camp  NOUN  NNS  7  pobj
    10  .  _  PUNCT  .  2  punct
"""

# Thai troops opened fire on Kampuchean positions.  ("on" hangs on the verb, not on the light noun)
OPENED_FIRE_ON_POSITIONS = """
    0  Thai  thai  ADJ  JJ  1  amod  B-NORP
    1  troops  troop  NOUN  NNS  2  nsubj
    2  opened  open  VERB  VBD  2  ROOT
    3  fire  _  NOUN  NN  2  dobj
    4  on  _  ADP  IN  2  prep
    5  Kampuchean  kampuchean  ADJ  JJ  6  amod  B-NORP
    6  positions  position  NOUN  NNS  4  pobj
    7  .  _  PUNCT  .  2  punct
"""

# Protesters rallied in front of the Russian embassy in Vilnius.
RALLIED_IN_FRONT_OF = """
    0  Protesters  protester  NOUN  NNS  1  nsubj
    1  rallied  rally  VERB  VBD  1  ROOT
    2  in  _  ADP  IN  1  prep
    3  front  _  NOUN  NN  2  pobj
    4  of  _  ADP  IN  3  prep
    5  the  _  DET  DT  7  det
    6  Russian  russian  ADJ  JJ  7  amod  B-NORP
    7  embassy  _  NOUN  NN  4  pobj
    8  in  _  ADP  IN  7  prep
    9  Vilnius  _  PROPN  NNP  8  pobj  B-GPE
    10  .  _  PUNCT  .  1  punct
"""

# Russia shelled the city of Kharkiv.
SHELLED_THE_CITY_OF = """
    0  Russia  _  PROPN  NNP  1  nsubj  B-GPE
    1  shelled  shell  VERB  VBD  1  ROOT
    2  the  _  DET  DT  3  det
    3  city  _  NOUN  NN  1  dobj
    4  of  _  ADP  IN  3  prep
    5  Kharkiv  _  PROPN  NNP  4  pobj  B-LOC
    6  .  _  PUNCT  .  1  punct
"""

# Biden discussed Ukraine's security.
DISCUSSED_ITS_SECURITY = """
    0  Biden  _  PROPN  NNP  1  nsubj  B-PERSON
    1  discussed  discuss  VERB  VBD  1  ROOT
    2  Ukraine  _  PROPN  NNP  4  poss  B-GPE
    3  's  _  PART  POS  2  case
    4  security  _  NOUN  NN  1  dobj
    5  .  _  PUNCT  .  1  punct
"""

# North Korea tried to hack into the computers of South Korean army officers.
TRIED_TO_HACK_INTO = """
    0  North  _  PROPN  NNP  1  compound  B-GPE
    1  Korea  _  PROPN  NNP  2  nsubj  I-GPE
    2  tried  try  VERB  VBD  2  ROOT
    3  to  _  PART  TO  4  aux
    4  hack  _  VERB  VB  2  xcomp
    5  into  _  ADP  IN  4  prep
    6  the  _  DET  DT  7  det
    7  computers  computer  NOUN  NNS  5  pobj
    8  of  _  ADP  IN  7  prep
    9  South  south  ADJ  JJ  10  amod  B-NORP
    10  Korean  korean  ADJ  JJ  12  amod  I-NORP
    11  army  _  NOUN  NN  12  compound
    12  officers  officer  NOUN  NNS  8  pobj
    13  .  _  PUNCT  .  2  punct
"""

# Russia tried to agree with Ukraine.
TRIED_TO_AGREE = """
    0  Russia  _  PROPN  NNP  1  nsubj  B-GPE
    1  tried  try  VERB  VBD  1  ROOT
    2  to  _  PART  TO  3  aux
    3  agree  _  VERB  VB  1  xcomp
    4  with  _  ADP  IN  3  prep
    5  Ukraine  _  PROPN  NNP  4  pobj  B-GPE
    6  .  _  PUNCT  .  1  punct
"""


def _read(listing, registry):
    return [(st.speaker.state.id if st.speaker.state else st.speaker.actor.id, st.type,
             [t.state.id if t.state else t.actor.id for t in st.targets], st.rule.split(">", 1)[1], st.status)
            for st in statements(parse(listing, registry), registry)]


def test_owners_a_possessor_owns_the_thing_welcomed_even_unregistered(registry):
    [(speaker, type_, targets, how, _)] = _read(WELCOMED_HIS_STATEMENT, registry)
    assert (speaker, type_, how) == ("DEU", "SUPPORT", "dobj-owner") and targets[0].startswith("x-")


def test_owners_the_sender_of_a_thing_owns_it(registry):
    assert [(s, t, how) for s, _, t, how, _ in _read(WELCOMED_THE_LETTER_FROM, registry)] == [("JPN", ["RUS"], "dobj-owner")]


def test_owners_an_unknown_name_before_a_thing_owns_nothing(registry):
    assert all(not targets for _, _, targets, _, _ in _read(WELCOMED_THE_NAMED_STATEMENT, registry))


def test_owners_a_partitive_passes_to_what_it_is_part_of(registry):
    assert [(s, t, how) for s, _, t, how, _ in _read(CAPTURED_PART_OF, registry)] == [("MMR", ["KHM"], "dobj-owner")]


def test_owners_a_light_verbs_coordinated_object_closes_with_its_event_noun(registry):
    found = _read(LAUNCHED_ARTILLERY_AND_ROCKET_FIRE, registry)
    assert [(s, type_, t, how) for s, type_, t, how, _ in found] == [("VNM", "FIGHT", ["KHM"], "prep-owner")]


def test_owners_fire_opened_on_positions_is_aimed_at_their_owner(registry):
    assert [(s, type_, t, how) for s, type_, t, how, _ in _read(OPENED_FIRE_ON_POSITIONS, registry)] == [
        ("THA", "FIGHT", ["KHM"], "prep-owner")]


def test_owners_a_protest_in_front_of_an_embassy_is_aimed_at_its_state(registry):
    # (and not Lithuania, where it was held: the protesters' own state)
    assert [(s, type_, t) for s, type_, t, _, _ in _read(RALLIED_IN_FRONT_OF, registry)] == [("LTU", "PROTEST", ["RUS"])]


@pytest.mark.parametrize("listing", [SHELLED_THE_CITY_OF, DISCUSSED_ITS_SECURITY])
def test_owners_a_place_nouns_of_phrase_and_a_talks_topic_name_no_owner(registry, listing):
    # ("the city of Kharkiv" is the place itself; what talks are about is no partner)
    assert not any(how.endswith("-owner") for _, _, _, how, _ in _read(listing, registry))


def test_owners_force_tried_is_force_used_aimed_at_the_owner(registry):
    assert _read(TRIED_TO_HACK_INTO, registry) == [("PRK", "COERCE", ["KOR"], "prep-owner", Status.ASSERTED)]


def test_owners_an_agreement_tried_stays_wanted(registry):
    assert all(status is Status.HYPOTHETICAL for *_, status in _read(TRIED_TO_AGREE, registry))
