"""Constructions behind false statements of a hand-read of random press releases (round 14): a fight against a group
no registry names is not aimed at the place where it happens, nor at the fighters' own state, and a place belongs to
the act whose object it follows; a blockade of access or ports is coercion, not a veto; counting on support is no support
given; a negated verb denies the act completing its object ("does not show willingness for a real conversation"); the
initiative one is thanked for is the thanked's; a violent noun is placed by the place in its own phrase. Hand-built
parses as en_core_web_sm reads them (the sentences are real ones from the corpus, some shortened)."""
from stancegraph.model import Status

from .docs import parse, statements

# Today's Russian officers and soldiers are selflessly fighting for the Fatherland, for our people, fighting international terrorists in Syria, protecting Donbass from neo-Nazis.
FIGHTING_TERRORISTS_IN_SYRIA = """
    0  Today         today         NOUN  NN   3   poss      B-DATE
    1  's            _             PART  POS  0   case
    2  Russian       russian       ADJ   JJ   3   amod      B-NORP
    3  officers      officer       NOUN  NNS  8   nsubj
    4  and           _             CCONJ CC   3   cc
    5  soldiers      soldier       NOUN  NNS  3   conj
    6  are           be            AUX   VBP  8   aux
    7  selflessly    _             ADV   RB   8   advmod
    8  fighting      fight         VERB  VBG  8   ROOT
    9  for           _             ADP   IN   8   prep
    10 the           _             DET   DT   11  det
    11 Fatherland    _             PROPN NNP  9   pobj      B-ORG
    12 ,             _             PUNCT ,    8   punct
    13 for           _             ADP   IN   8   prep
    14 our           _             PRON  PRP$ 15  poss
    15 people        _             NOUN  NNS  13  pobj
    16 ,             _             PUNCT ,    8   punct
    17 fighting      fight         VERB  VBG  8   advcl
    18 international _             ADJ   JJ   19  amod
    19 terrorists    terrorist     NOUN  NNS  17  dobj
    20 in            _             ADP   IN   19  prep
    21 Syria         _             PROPN NNP  20  pobj      B-GPE
    22 ,             _             PUNCT ,    17  punct
    23 protecting    protect       VERB  VBG  17  advcl
    24 Donbass       _             PROPN NNP  23  dobj      B-PERSON
    25 from          _             ADP   IN   23  prep
    26 neo           _             NOUN  NNS  25  pobj      B-NORP
    27 -             _             PROPN NNP  25  pobj      I-NORP
    28 Nazis         nazi          NOUN  NNS  25  pobj      I-NORP
    29 .             _             PUNCT .    8   punct
"""

# Russia has blocked access to our ports in the Black Sea.
BLOCKED_ACCESS_TO_PORTS = """
    0  Russia  _      PROPN NNP  2   nsubj     B-GPE
    1  has     have   AUX   VBZ  2   aux
    2  blocked block  VERB  VBN  2   ROOT
    3  access  _      NOUN  NN   2   dobj
    4  to      _      ADP   IN   3   prep
    5  our     _      PRON  PRP$ 6   poss
    6  ports   port   NOUN  NNS  4   pobj
    7  in      _      ADP   IN   6   prep
    8  the     _      DET   DT   10  det       B-LOC
    9  Black   _      PROPN NNP  10  compound  I-LOC
    10 Sea     _      PROPN NNP  7   pobj      I-LOC
    11 .       _      PUNCT .    2   punct
"""

# I count on Spain's support for the prospects of our membership in the European Union.
COUNT_ON_SUPPORT = """
    0  I          _          PRON  PRP  1   nsubj
    1  count      _          VERB  VBP  1   ROOT
    2  on         _          ADP   IN   1   prep
    3  Spain      _          PROPN NNP  5   poss      B-GPE
    4  's         _          PART  POS  3   case
    5  support    _          NOUN  NN   2   pobj
    6  for        _          ADP   IN   5   prep
    7  the        _          DET   DT   8   det
    8  prospects  prospect   NOUN  NNS  6   pobj
    9  of         _          ADP   IN   8   prep
    10 our        _          PRON  PRP$ 11  poss
    11 membership _          NOUN  NN   9   pobj
    12 in         _          ADP   IN   11  prep
    13 the        _          DET   DT   15  det
    14 European   _          PROPN NNP  15  compound  B-ORG
    15 Union      _          PROPN NNP  12  pobj      I-ORG
    16 .          _          PUNCT .    1   punct
"""

# Ukraine is ready for talks, but the Russian side does not show willingness for a real conversation.
NO_WILLINGNESS_FOR_CONVERSATION = """
    0  Ukraine      _            PROPN NNP  1   nsubj     B-GPE
    1  is           be           AUX   VBZ  1   ROOT
    2  ready        _            ADJ   JJ   1   acomp
    3  for          _            ADP   IN   2   prep
    4  talks        talk         NOUN  NNS  3   pobj
    5  ,            _            PUNCT ,    1   punct
    6  but          _            CCONJ CC   1   cc
    7  the          _            DET   DT   9   det
    8  Russian      russian      ADJ   JJ   9   amod      B-NORP
    9  side         _            NOUN  NN   12  nsubj
    10 does         do           AUX   VBZ  12  aux
    11 not          _            PART  RB   12  neg
    12 show         _            VERB  VB   1   conj
    13 willingness  _            NOUN  NN   12  dobj
    14 for          _            ADP   IN   13  prep
    15 a            _            DET   DT   17  det
    16 real         _            ADJ   JJ   17  amod
    17 conversation _            NOUN  NN   14  pobj
    18 .            _            PUNCT .    12  punct
"""

# The President of Ukraine thanked the President of the United States for the initiative to hold a summit on combating corruption.
THANKED_FOR_THE_INITIATIVE = """
    0  The        the        DET   DT   1   det
    1  President  _          PROPN NNP  4   nsubj
    2  of         _          ADP   IN   1   prep
    3  Ukraine    _          PROPN NNP  2   pobj      B-GPE
    4  thanked    thank      VERB  VBD  4   ROOT
    5  the        _          DET   DT   6   det
    6  President  _          PROPN NNP  4   dobj
    7  of         _          ADP   IN   6   prep
    8  the        _          DET   DT   10  det
    9  United     _          PROPN NNP  10  compound  B-GPE
    10 States     _          PROPN NNP  7   pobj      I-GPE
    11 for        _          ADP   IN   4   prep
    12 the        _          DET   DT   13  det
    13 initiative _          NOUN  NN   11  pobj
    14 to         _          PART  TO   15  aux
    15 hold       _          VERB  VB   4   advcl
    16 a          _          DET   DT   17  det
    17 summit     _          NOUN  NN   15  dobj
    18 on         _          ADP   IN   17  prep
    19 combating  combat     VERB  VBG  18  pcomp
    20 corruption _          NOUN  NN   19  dobj
    21 .          _          PUNCT .    4   punct
"""

# Russia's illegal occupation of the territories of Georgia, its aggression in the east of Ukraine and temporary occupation of Crimea pose a serious threat to the region.
AGGRESSION_IN_THE_EAST = """
    0  Russia      _          PROPN NNP  3   poss      B-GPE
    1  's          _          PART  POS  0   case
    2  illegal     _          ADJ   JJ   3   amod
    3  occupation  _          NOUN  NN   22  nsubj
    4  of          _          ADP   IN   3   prep
    5  the         _          DET   DT   6   det
    6  territories territory  NOUN  NNS  4   pobj
    7  of          _          ADP   IN   6   prep
    8  Georgia     _          PROPN NNP  7   pobj      B-GPE
    9  ,           _          PUNCT ,    3   punct
    10 its         _          PRON  PRP$ 11  poss
    11 aggression  _          NOUN  NN   22  nsubj
    12 in          _          ADP   IN   11  prep
    13 the         _          DET   DT   14  det
    14 east        _          NOUN  NN   12  pobj
    15 of          _          ADP   IN   14  prep
    16 Ukraine     _          PROPN NNP  15  pobj      B-GPE
    17 and         _          CCONJ CC   16  cc
    18 temporary   _          ADJ   JJ   19  amod
    19 occupation  _          NOUN  NN   16  conj
    20 of          _          ADP   IN   19  prep
    21 Crimea      _          PROPN NNP  20  pobj      B-ORG
    22 pose        _          VERB  VBP  22  ROOT
    23 a           _          DET   DT   25  det
    24 serious     _          ADJ   JJ   25  amod
    25 threat      _          NOUN  NN   22  dobj
    26 to          _          ADP   IN   25  prep
    27 the         _          DET   DT   28  det
    28 region      _          NOUN  NN   26  pobj
    29 .           _          PUNCT .    22  punct
"""


def test_a_fight_against_terrorists_is_not_aimed_at_where_it_happens_nor_at_home(registry):
    found = statements(parse(FIGHTING_TERRORISTS_IN_SYRIA, registry), registry)
    assert found and all(st.speaker.actor.id == "RUS" for st in found)
    assert not [t.actor.id for st in found for t in st.targets]  # neither Syria nor Russia (domestic)


def test_blocking_access_to_ports_is_coercion(registry):
    found = statements(parse(BLOCKED_ACCESS_TO_PORTS, registry), registry)
    assert [st.type for st in found] == ["COERCE"]


def test_support_counted_on_is_not_given(registry):
    found = statements(parse(COUNT_ON_SUPPORT, registry), registry)
    support = [st for st in found if st.type == "SUPPORT"]
    assert support and all(st.status is Status.HYPOTHETICAL for st in support)


def test_a_negated_verb_denies_the_act_completing_its_object(registry):
    found = statements(parse(NO_WILLINGNESS_FOR_CONVERSATION, registry), registry)
    russian = [st for st in found if st.speaker.actor.id == "RUS"]
    assert russian and all(st.negated for st in russian)


def test_the_initiative_one_is_thanked_for_is_the_thanked_ones(registry):
    found = statements(parse(THANKED_FOR_THE_INITIATIVE, registry), registry)
    assert [(st.speaker.actor.id, st.type) for st in found if st.type == "SUPPORT"] == [("UKR", "SUPPORT")]
    assert all(st.speaker.actor.id == "USA" for st in found if st.type == "CONSULT")  # the US holds the summit


def test_a_violent_noun_is_placed_by_the_place_in_its_own_phrase(registry):
    found = statements(parse(AGGRESSION_IN_THE_EAST, registry), registry)
    aggression = [st for st in found if st.cue.text == "aggression"]
    assert [[t.actor.id for t in st.targets] for st in aggression] == [["UKR"]]
