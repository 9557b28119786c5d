"""How far an act reaches (hand-built parses of en_core_web_sm 3.8 output, from real press releases): an act kept
from ("refrain from deploying") is not done, a "no" subject does nothing, "give" with an intangible object hands
over nothing, a threat in the object of stereotypes is only talked about, and a target search stops at a thing
someone owns ("our path to the European Union") but not at people ("our colleagues from the African Union"), and
the partner of ties a threat holds out is not threatened ("the threat of closer ties with Russia")."""
from stancegraph.model import Status

from tests.rules.docs import parse, statements

REFRAIN_FROM_DEPLOYING = """
    0  Second       second       ADV   RB   3  advmod   B-ORDINAL
    1  ,            _            PUNCT ,    3  punct
    2  to           _            PART  TO   3  aux
    3  have         _            VERB  VB   3  ROOT
    4  the          _            DET   DT   5  det      B-ORG
    5  Alliance     _            PROPN NNP  6  nsubj    I-ORG
    6  refrain      _            VERB  VB   3  ccomp
    7  from         _            ADP   IN   6  prep
    8  deploying    deploy       VERB  VBG  7  pcomp
    9  assault      _            NOUN  NN   11 compound
    10 weapon       _            NOUN  NN   11 compound
    11 systems      system       NOUN  NNS  8  dobj
    12 on           _            ADP   IN   11 prep
    13 Russian      russian      ADJ   JJ   14 amod     B-NORP
    14 borders      border       NOUN  NNS  12 pobj
    15 .            _            PUNCT .    3  punct
"""

NO_RUSSIAN_STRIKES_WILL_GIVE_A_RESULT = """
    0  No           no           DET   DT   2  det
    1  Russian      russian      ADJ   JJ   2  amod     B-NORP
    2  strikes      strike       NOUN  NNS  4  nsubj
    3  will         _            AUX   MD   4  aux
    4  give         _            VERB  VB   4  ROOT
    5  Russia       _            PROPN NNP  4  dative   B-GPE
    6  any          _            DET   DT   7  det
    7  result       _            NOUN  NN   4  dobj
    8  .            _            PUNCT .    4  punct
"""

NO_RUSSIAN_TROOPS_WILL_ATTACK = """
    0  No           no           DET   DT   2  det
    1  Russian      russian      ADJ   JJ   2  amod     B-NORP
    2  troops       troop        NOUN  NNS  4  nsubj
    3  will         _            AUX   MD   4  aux
    4  attack       _            VERB  VB   4  ROOT
    5  Ukraine      _            PROPN NNP  4  dobj     B-GPE
    6  .            _            PUNCT .    4  punct
"""

GIVE_UKRAINE_A_CHANCE = """
    0  Germany      _            PROPN NNP  2  nsubj    B-GPE
    1  will         _            AUX   MD   2  aux
    2  give         _            VERB  VB   2  ROOT
    3  Ukraine      _            PROPN NNP  2  dative   B-GPE
    4  a            _            DET   DT   5  det
    5  chance       _            NOUN  NN   2  dobj
    6  .            _            PUNCT .    2  punct
"""

STEREOTYPES_ABOUT_THE_RUSSIAN_THREAT = """
    0  Politicians  politician   NOUN  NNS  1  nsubj
    1  brought      bring        VERB  VBD  1  ROOT
    2  their        _            PRON  PRP$ 3  poss
    3  complexes    complex      NOUN  NNS  1  dobj
    4  and          _            CCONJ CC   3  cc
    5  stereotypes  stereotype   NOUN  NNS  3  conj
    6  about        _            ADP   IN   1  prep
    7  the          _            DET   DT   9  det
    8  Russian      russian      ADJ   JJ   9  amod     B-NORP
    9  threat       _            NOUN  NN   6  pobj
    10 to           _            ADP   IN   9  prep
    11 the          _            DET   DT   12 det      B-ORG
    12 Alliance     _            PROPN NNP  10 pobj     I-ORG
    13 .            _            PUNCT .    1  punct
"""

SUPPORT_ON_OUR_PATH = """
    0  I            _            PRON  PRP  1  nsubj
    1  am           be           AUX   VBP  1  ROOT
    2  grateful     _            ADJ   JJ   1  acomp
    3  for          _            ADP   IN   2  prep
    4  Italy        _            PROPN NNP  7  poss     B-GPE
    5  's           _            PART  POS  4  case
    6  full         _            ADJ   JJ   7  amod
    7  support      _            NOUN  NN   3  pobj
    8  on           _            ADP   IN   7  prep
    9  our          _            PRON  PRP$ 10 poss
    10 path         _            NOUN  NN   8  pobj
    11 to           _            ADP   IN   10 prep
    12 the          _            DET   DT   14 det
    13 European     _            PROPN NNP  14 compound B-ORG
    14 Union        _            PROPN NNP  11 pobj     I-ORG
    15 .            _            PUNCT .    1  punct
"""

OUR_COLLEAGUES_FROM_THE_AU = """
    0  Poland       _            PROPN NNP  1  nsubj    B-GPE
    1  spoke        speak        VERB  VBD  1  ROOT
    2  with         _            ADP   IN   1  prep
    3  our          _            PRON  PRP$ 4  poss
    4  colleagues   colleague    NOUN  NNS  2  pobj
    5  from         _            ADP   IN   4  prep
    6  the          _            DET   DT   8  det
    7  African      _            PROPN NNP  8  compound B-ORG
    8  Union        _            PROPN NNP  5  pobj     I-ORG
    9  .            _            PUNCT .    1  punct
"""

THREAT_OF_CLOSER_TIES = """
    0  Kiev         _            PROPN NNP  2  nsubj    B-GPE
    1  was          be           AUX   VBD  2  aux
    2  using        use          VERB  VBG  2  ROOT
    3  the          _            DET   DT   4  det
    4  threat       _            NOUN  NN   2  dobj
    5  of           _            ADP   IN   4  prep
    6  closer       close        ADJ   JJR  7  amod
    7  ties         tie          NOUN  NNS  5  pobj
    8  with         _            ADP   IN   7  prep
    9  Russia       _            PROPN NNP  8  pobj     B-GPE
    10 for          _            ADP   IN   7  prep
    11 blackmailing blackmail    VERB  VBG  10 pcomp
    12 the          _            DET   DT   13 det      B-NORP
    13 West         _            PROPN NNP  11 dobj     I-NORP
    14 .            _            PUNCT .    2  punct
"""

THREATENED_TO_BREAK_RELATIONS = """
    0  Azerbaijan   _            PROPN NNP  1  nsubj    B-GPE
    1  threatened   threaten     VERB  VBD  1  ROOT
    2  to           _            PART  TO   3  aux
    3  break        _            VERB  VB   1  xcomp
    4  relations    relation     NOUN  NNS  3  dobj
    5  with         _            ADP   IN   4  prep
    6  Russia       _            PROPN NNP  5  pobj     B-GPE
    7  .            _            PUNCT .    1  punct
"""


def read(listing, registry):
    return statements(parse(listing, registry), registry)


def test_scope_an_act_refrained_from_is_not_done(registry):
    assert [st for st in read(REFRAIN_FROM_DEPLOYING, registry) if st.type == "MOBILIZE"] == []


def test_scope_a_subject_with_no_does_nothing(registry):
    assert read(NO_RUSSIAN_TROOPS_WILL_ATTACK, registry) == []
    assert read(NO_RUSSIAN_STRIKES_WILL_GIVE_A_RESULT, registry) == []


def test_scope_giving_an_intangible_is_no_aid(registry):
    assert read(GIVE_UKRAINE_A_CHANCE, registry) == []


def test_scope_a_threat_under_stereotypes_is_not_asserted(registry):
    threats = [st for st in read(STEREOTYPES_ABOUT_THE_RUSSIAN_THREAT, registry) if st.type == "THREATEN"]
    assert all(st.status is not Status.ASSERTED for st in threats)


def test_scope_a_target_search_stops_at_an_owned_thing(registry):
    found = read(SUPPORT_ON_OUR_PATH, registry)
    assert found and not any("European Union" in [t.actor.label for t in st.targets] for st in found)


def test_scope_a_target_search_goes_on_through_people(registry):
    [st] = read(OUR_COLLEAGUES_FROM_THE_AU, registry)
    assert (st.speaker.actor.id, st.type, [t.actor.label for t in st.targets]) == ("POL", "CONSULT", ["African Union"])


def test_scope_the_partner_of_threatened_ties_is_not_threatened(registry):
    threats = [st for st in read(THREAT_OF_CLOSER_TIES, registry) if st.type == "THREATEN"]
    assert threats and not any("RUS" in [t.actor.id for t in st.targets] for st in threats)
    [broken] = read(THREATENED_TO_BREAK_RELATIONS, registry)
    assert (broken.type, [t.actor.id for t in broken.targets]) == ("THREATEN", ["RUS"])
