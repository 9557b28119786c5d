"""A written partner of a symmetric act: co-subjects who meet someone else do not meet each other
(hand-built parses of en_core_web_sm 3.8 output)."""
from tests.rules.docs import parse, statements

MET_WITH_JOURNALISTS = """
    0  Putin          _               PROPN  NNP  5  nsubj     B-PERSON
    1  and            _               CCONJ  CC   0  cc
    2  Lukashenko     _               PROPN  NNP  0  conj      B-PERSON
    3  will           _               AUX    MD   5  aux
    4  also           _               ADV    RB   5  advmod
    5  meet           _               VERB   VB   5  ROOT
    6  with           _               ADP    IN   5  prep
    7  media          medium          NOUN   NNS  8  compound
    8  representatives representative NOUN   NNS  6  pobj
    9  .              _               PUNCT  .    5  punct
"""

HELD_A_MEETING_WITH_JOURNALISTS = """
    0  Putin          _               PROPN  NNP  3  nsubj     B-PERSON
    1  and            _               CCONJ  CC   0  cc
    2  Lukashenko     _               PROPN  NNP  0  conj      B-PERSON
    3  held           hold            VERB   VBD  3  ROOT
    4  a              _               DET    DT   5  det
    5  meeting        _               NOUN   NN   3  dobj
    6  with           _               ADP    IN   5  prep
    7  journalists    journalist      NOUN   NNS  6  pobj
    8  .              _               PUNCT  .    3  punct
"""

MET = """
    0  Putin          _               PROPN  NNP  3  nsubj     B-PERSON
    1  and            _               CCONJ  CC   0  cc
    2  Lukashenko     _               PROPN  NNP  0  conj      B-PERSON
    3  met            meet            VERB   VBD  3  ROOT
    4  .              _               PUNCT  .    3  punct
"""

HELD_TALKS_WITH_THE_PARTICIPATION_OF_DELEGATIONS = """
    0  Putin          _               PROPN  NNP  3  nsubj     B-PERSON
    1  and            _               CCONJ  CC   0  cc
    2  Lukashenko     _               PROPN  NNP  0  conj      B-PERSON
    3  held           hold            VERB   VBD  3  ROOT
    4  talks          talk            NOUN   NNS  3  dobj
    5  with           _               ADP    IN   3  prep
    6  the            _               DET    DT   7  det
    7  participation  _               NOUN   NN   5  pobj
    8  of             _               ADP    IN   7  prep
    9  delegations    delegation      NOUN   NNS  8  pobj
    10 .              _               PUNCT  .    3  punct
"""


def pairs(listing, registry):
    return sorted((st.speaker.actor.id, tuple(t.actor.id for t in st.targets)) for st in statements(parse(listing, registry), registry))


def test_partners_co_subjects_meeting_the_press_do_not_meet_each_other(registry):
    assert pairs(MET_WITH_JOURNALISTS, registry) == []
    assert pairs(HELD_A_MEETING_WITH_JOURNALISTS, registry) == []


def test_partners_co_subjects_with_no_written_partner_meet_each_other(registry):
    both = [("alexander-lukashenko", ("vladimir-putin",)), ("vladimir-putin", ("alexander-lukashenko",))]
    assert pairs(MET, registry) == both
    assert pairs(HELD_TALKS_WITH_THE_PARTICIPATION_OF_DELEGATIONS, registry) == both
