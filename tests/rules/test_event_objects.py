"""What an act is done to decides its type (hand-read of random press releases; parses of en_core_web_sm 3.8): a
response given to another's act is no aid or pledge, blocking economic flows is a sanction, armed forces opposing
forces fight them, market demand is no demand, a possessive in the object of a subject named by its demonym is
the subject's own (no owner target), and "party" beside a demonym names the state's side."""
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.cues import find_cues
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.sectors import sector_mentions

from .docs import parse, statements, token


def _typed(doc, registry):
    return {(s.speaker.actor.id, tuple(t.actor.id for t in s.targets), s.type) for s in statements(doc, registry)}


def test_a_response_to_another_act_is_no_aid_and_no_pledge(registry):
    # kremlin-67123: "Of course, we will provide a proper response to NATO's military activity along Russia's
    # borders": a threat of retaliation, no agreement with NATO (a transfer verb gives no reaction as aid)
    doc = parse("""
    0  Russia   _        PROPN NNP  2  nsubj     B-GPE
    1  will     _        AUX   MD   2  aux
    2  provide  _        VERB  VB   2  ROOT
    3  a        _        DET   DT   5  det
    4  proper   _        ADJ   JJ   5  amod
    5  response _        NOUN  NN   2  dobj
    6  to       _        ADP   IN   5  prep
    7  NATO     _        PROPN NNP  10 poss      B-ORG
    8  's       _        PART  POS  7  case
    9  military _        ADJ   JJ   10 amod
    10 activity _        NOUN  NN   6  pobj
    11 .        _        PUNCT .    2  punct
    """, registry)
    assert not find_cues(doc[:])
    assert not statements(doc, registry)


BLOCKED_CASH_FLOW = """
    0  The      the      DET   DT   2  det
    1  European _        PROPN NNP  2  compound  B-ORG
    2  Union    _        PROPN NNP  4  nsubj     I-ORG
    3  is       be       AUX   VBZ  4  aux
    4  working  work     VERB  VBG  4  ROOT
    5  to       _        PART  TO   6  aux
    6  block    _        VERB  VB   4  xcomp
    7  Russia   _        PROPN NNP  10 poss      B-GPE
    8  's       _        PART  POS  7  case
    9  cash     _        NOUN  NN   10 compound
    10 flow     _        NOUN  NN   6  dobj
    11 from     _        ADP   IN   10 prep
    12 energy   _        NOUN  NN   13 compound
    13 exports  export   NOUN  NNS  11 pobj
    14 .        _        PUNCT .    4  punct
"""

BLOCKED_OPERATIONS = """
    0  Ukraine    _         PROPN NNP  2  nsubj     B-GPE
    1  will       _         AUX   MD   2  aux
    2  have       _         VERB  VB   2  ROOT
    3  to         _         PART  TO   4  aux
    4  block      _         VERB  VB   2  xcomp
    5  all        _         DET   DT   9  det
    6  export     _         NOUN  NN   8  compound
    7  -          _         PUNCT HYPH 8  punct
    8  import     _         NOUN  NN   9  compound
    9  operations operation NOUN  NNS  4  dobj
    10 with       _         ADP   IN   4  prep
    11 Russia     _         PROPN NNP  10 pobj      B-GPE
    12 .          _         PUNCT .    2  punct
"""


def test_blocking_economic_flows_is_a_sanction_and_blocking_a_resolution_a_rejection(registry):
    # ua-president-74021: "... are already working to block Russia's cash flow from energy exports"
    assert ("EU", ("RUS",), "SANCTION") in _typed(parse(BLOCKED_CASH_FLOW, registry), registry)
    # ua-president-74733: "In any case, we will have to block all export-import operations with Russia."
    types = _typed(parse(BLOCKED_OPERATIONS, registry), registry)
    assert ("UKR", ("RUS",), "SANCTION") in types and not any(t == "REJECT" for *_, t in types)
    doc = parse("""
    0  China      _          PROPN NNP  1  nsubj     B-GPE
    1  blocked    block      VERB  VBD  1  ROOT
    2  the        _          DET   DT   3  det
    3  resolution _          NOUN  NN   1  dobj
    4  on         _          ADP   IN   3  prep
    5  Ukraine    _          PROPN NNP  4  pobj      B-GPE
    6  .          _          PUNCT .    1  punct
    """, registry)
    assert [c.type for c in find_cues(doc[:]) if c.head.text == "blocked"] == ["REJECT"]


def test_armed_forces_opposing_forces_fight_them_a_state_opposing_a_force_rejects_it(registry):
    # ua-president-73773: "... since our army has been heroically opposing the overwhelming forces of Russia"
    doc = parse("""
    0  The          the          DET   DT   2  det
    1  Ukrainian    ukrainian    ADJ   JJ   2  amod      B-ORG
    2  army         _            NOUN  NN   6  nsubj     I-ORG
    3  has          have         AUX   VBZ  6  aux
    4  been         be           AUX   VBN  6  aux
    5  heroically   _            ADV   RB   6  advmod
    6  opposing     oppose       VERB  VBG  6  ROOT
    7  the          _            DET   DT   9  det
    8  overwhelming _            ADJ   JJ   9  amod
    9  forces       force        NOUN  NNS  6  dobj
    10 of           _            ADP   IN   9  prep
    11 Russia       _            PROPN NNP  10 pobj      B-GPE
    12 .            _            PUNCT .    6  punct
    """, registry)
    assert {s.type for s in statements(doc, registry)} == {"FIGHT"}
    assert {t.actor.id for s in statements(doc, registry) for t in s.targets} == {"RUS"}
    doc = parse("""
    0  Russia       _            PROPN NNP  1  nsubj     B-GPE
    1  opposes      oppose       VERB  VBZ  1  ROOT
    2  a            _            DET   DT   4  det
    3  peacekeeping _            NOUN  NN   4  compound
    4  force        _            NOUN  NN   1  dobj
    5  in           _            ADP   IN   4  prep
    6  Donbas       _            PROPN NNP  5  pobj      B-GPE
    7  .            _            PUNCT .    1  punct
    """, registry)
    assert [c.type for c in find_cues(doc[:])] == ["REJECT"]  # a political position, no fighting


def test_market_demand_is_no_demand(registry):
    # kremlin-67320: "Russia meets over 40 percent of Greece's demand in natural gas."
    listing = """
    0  Russia  _       PROPN NNP  1  nsubj     B-GPE
    1  meets   meet    VERB  VBZ  1  ROOT
    2  over    _       ADP   IN   3  quantmod  B-PERCENT
    3  40      _       NUM   CD   4  nummod    I-PERCENT
    4  percent _       NOUN  NN   1  dobj      I-PERCENT
    5  of      _       ADP   IN   4  prep
    6  Greece  _       PROPN NNP  8  poss      B-GPE
    7  's      _       PART  POS  6  case
    8  demand  _       NOUN  NN   5  pobj
    9  in      _       ADP   IN   8  prep
    10 natural _       ADJ   JJ   11 amod
    11 gas     _       NOUN  NN   9  pobj
    12 .       _       PUNCT .    1  punct
    """
    doc = parse(listing, registry)
    assert noun_type(token(doc, "demand")) is None
    assert not [s for s in statements(doc, registry) if s.type == "DEMAND"]
    # measured alone ("40 percent of Greece's demand") or for a commodity alone ("Greece's demand for gas")
    doc = parse(listing.replace("in      _       ADP   IN   8  prep", "is      be      AUX   VBZ  8  punct"), registry)
    assert noun_type(token(doc, "demand")) is None
    # a demand for talks is made, not met on a market
    doc = parse("""
    0  Russia   _      PROPN NNP  1  nsubj     B-GPE
    1  rejected reject VERB  VBD  1  ROOT
    2  Greece   _      PROPN NNP  4  poss      B-GPE
    3  's       _      PART  POS  2  case
    4  demand   _      NOUN  NN   1  dobj
    5  for      _      ADP   IN   4  prep
    6  talks    talk   NOUN  NNS  5  pobj
    7  .        _      PUNCT .    1  punct
    """, registry)
    assert noun_type(token(doc, "demand")) == "DEMAND"


def test_a_possessive_in_the_object_of_a_demonym_subject_is_the_subjects_own(registry):
    # ua-president-75017: '"It would be naive to expect that the Russian leadership will abandon its plans due to
    # lower living standards of Russian citizens.' Its plans are Russia's: not Ukraine's, named before
    doc = parse("""
    0  Ukraine    _          PROPN NNP  2  nsubj     B-GPE
    1  will       _          AUX   MD   2  aux
    2  win        _          VERB  VB   2  ROOT
    3  .          _          PUNCT .    2  punct
    4  It         it         PRON  PRP  6  nsubj
    5  would      _          AUX   MD   6  aux
    6  be         _          AUX   VB   6  ROOT
    7  naive      _          ADJ   JJ   6  acomp
    8  to         _          PART  TO   9  aux
    9  expect     _          VERB  VB   6  xcomp
    10 that       _          SCONJ IN   15 mark
    11 the        _          DET   DT   13 det
    12 Russian    russian    ADJ   JJ   13 amod      B-NORP
    13 leadership _          NOUN  NN   15 nsubj
    14 will       _          AUX   MD   15 aux
    15 abandon    _          VERB  VB   9  ccomp
    16 its        _          PRON  PRP$ 17 poss
    17 plans      plan       NOUN  NNS  15 dobj
    18 .          _          PUNCT .    6  punct
    """, registry)
    its = next(m for m in actor_mentions(doc, registry) if m.head == 16)
    assert [a.id for a in its.actors] == ["RUS"]
    assert not [s for s in statements(doc, registry) if "UKR" in {t.actor.id for t in s.targets}]


def test_a_party_beside_a_demonym_is_the_states_side_no_political_party(registry):
    # ua-president-73933: at talks "the Ukrainian party" is Ukraine's side; read as "political party (Ukraine)" it
    # became a target of Ukraine's own proposals
    doc = parse("""
    0  During     during     ADP   IN   12 prep
    1  the        _          DET   DT   2  det
    2  talks      talk       NOUN  NNS  0  pobj
    3  with       _          ADP   IN   2  prep
    4  Russia     _          PROPN NNP  3  pobj      B-GPE
    5  in         _          ADP   IN   2  prep
    6  Turkey     _          PROPN NNP  5  pobj      B-GPE
    7  ,          _          PUNCT ,    12 punct
    8  the        _          DET   DT   10 det
    9  Ukrainian  ukrainian  ADJ   JJ   10 amod      B-NORP
    10 party      _          NOUN  NN   12 nsubj
    11 officially _          ADV   RB   12 advmod
    12 outlined   outline    VERB  VBD  12 ROOT
    13 its        _          PRON  PRP$ 14 poss
    14 proposals  proposal   NOUN  NNS  12 dobj
    15 for        _          ADP   IN   14 prep
    16 a          _          DET   DT   18 det
    17 new        _          ADJ   JJ   18 amod
    18 system     _          NOUN  NN   15 pobj
    19 of         _          ADP   IN   18 prep
    20 security   _          NOUN  NN   21 compound
    21 guarantees guarantee  NOUN  NNS  19 pobj
    22 for        _          ADP   IN   21 prep
    23 Ukraine    _          PROPN NNP  22 pobj      B-GPE
    24 .          _          PUNCT .    12 punct
    """, registry)
    actors = {a.id for s in statements(doc, registry) for a in (s.speaker.actor, *(t.actor for t in s.targets))}
    assert "x-ukr-pty" not in actors
    assert sector_mentions(doc, actor_mentions(doc, registry))[2].actors[0].id == "UKR"
