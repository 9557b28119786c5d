"""Constructions behind false statements of a hand-read of random press releases (round 13): attendees of an event
do not consult each other and take no guessed partner; troops used ("forces") are no force used; a plan for an
offensive is no intent to cooperate; a portfolio is no actor; raising "the issue of" something judges nothing; a means
("by supplying") is as owed as the act it serves; a vow to cooperate is a pledge (a vow to respond a threat); condolences to the family of X are
not aimed at X; what a present-tense "until" clause says has not happened; calling something a name is no act of its kind; what
follows talks ("a conversation with the media following the talks with Mark Rutte") is no talk with their partner;
an obligation to undergo something, or one asked about, is no demand; a preposition before its verb is no particle;
readiness for talks is an intent to negotiate, not talks scheduled. Hand-built parses as en_core_web_sm reads them."""
from stancegraph.rules.cues import verb_cue
from stancegraph.rules.mutual_acts import attends
from stancegraph.rules.qualifiers import modality_of
from stancegraph.rules.syntax import in_condition
from stancegraph.rules.warnings import threat_type

from .docs import parse, statements

# The climate conference will be attended by US President Joe Biden, French President Emmanuel Macron and German
# Chancellor Angela Merkel.
CONFERENCE_ATTENDED = """
    0  The        the        DET   DT   2   det
    1  climate    _          NOUN  NN   2   compound
    2  conference _          NOUN  NN   5   nsubjpass
    3  will       _          AUX   MD   5   aux
    4  be         _          AUX   VB   5   auxpass
    5  attended   attend     VERB  VBN  5   ROOT
    6  by         _          ADP   IN   5   agent
    7  US         _          PROPN NNP  8   compound  B-GPE
    8  President  _          PROPN NNP  10  compound
    9  Joe        _          PROPN NNP  10  compound  B-PERSON
    10 Biden      _          PROPN NNP  6   pobj      I-PERSON
    11 ,          _          PUNCT ,    10  punct
    12 French     french     ADJ   JJ   13  amod      B-NORP
    13 President  _          PROPN NNP  15  compound
    14 Emmanuel   _          PROPN NNP  15  compound  B-PERSON
    15 Macron     _          PROPN NNP  10  conj      I-PERSON
    16 and        _          CCONJ CC   15  cc
    17 German     _          PROPN NNP  18  amod      B-NORP
    18 Chancellor _          PROPN NNP  20  compound
    19 Angela     _          PROPN NNP  20  compound  B-PERSON
    20 Merkel     _          PROPN NNP  15  conj      I-PERSON
    21 .          _          PUNCT .    5   punct
"""

# The Russian army is trying to use additional forces in the Donbas direction.
USE_FORCES = """
    0  The        the        DET   DT   2   det
    1  Russian    russian    ADJ   JJ   2   amod      B-ORG
    2  army       _          NOUN  NN   4   nsubj     I-ORG
    3  is         be         AUX   VBZ  4   aux
    4  trying     try        VERB  VBG  4   ROOT
    5  to         _          PART  TO   6   aux
    6  use        _          VERB  VB   4   xcomp
    7  additional _          ADJ   JJ   8   amod
    8  forces     force      NOUN  NNS  6   dobj
    9  in         _          ADP   IN   6   prep
    10 the        _          DET   DT   12  det
    11 Donbas     _          PROPN NNP  12  compound  B-GPE
    12 direction  _          NOUN  NN   9   pobj
    13 .          _          PUNCT .    4   punct
"""

# Russia is still preparing plans for a new offensive against our troops.
PLANS_FOR_AN_OFFENSIVE = """
    0  Russia    _         PROPN NNP  3   nsubj     B-GPE
    1  is        be        AUX   VBZ  3   aux
    2  still     _         ADV   RB   3   advmod
    3  preparing prepare   VERB  VBG  3   ROOT
    4  plans     plan      NOUN  NNS  3   dobj
    5  for       _         ADP   IN   4   prep
    6  a         _         DET   DT   8   det
    7  new       _         ADJ   JJ   8   amod
    8  offensive _         NOUN  NN   5   pobj
    9  against   _         ADP   IN   8   prep
    10 our       _         PRON  PRP$ 11  poss
    11 troops    troop     NOUN  NNS  9   pobj
    12 .         _         PUNCT .    3   punct
"""

# The President briefed the British Secretary of State for Defence on the challenges facing Ukraine.
SECRETARY_OF_STATE_FOR_DEFENCE = """
    0  The        the       DET   DT   1   det
    1  President  _         PROPN NNP  2   nsubj
    2  briefed    brief     VERB  VBD  2   ROOT
    3  the        _         DET   DT   5   det
    4  British    _         PROPN NNP  5   amod      B-NORP
    5  Secretary  _         PROPN NNP  2   dobj
    6  of         _         ADP   IN   5   prep
    7  State      _         PROPN NNP  6   pobj      B-ORG
    8  for        _         ADP   IN   2   prep      I-ORG
    9  Defence    _         PROPN NNP  8   pobj      I-ORG
    10 on         _         ADP   IN   2   prep
    11 the        _         DET   DT   12  det
    12 challenges challenge NOUN  NNS  10  pobj
    13 facing     face      VERB  VBG  12  acl
    14 Ukraine    _         PROPN NNP  13  dobj      B-GPE
    15 .          _         PUNCT .    2   punct
"""

# Mr Tsydenov also raised the issue of cooperation with Mongolia.
RAISED_THE_ISSUE_OF = """
    0  Mr          _           PROPN NNP  1   compound
    1  Tsydenov    _           PROPN NNP  3   nsubj     B-PERSON
    2  also        _           ADV   RB   3   advmod
    3  raised      raise       VERB  VBD  3   ROOT
    4  the         _           DET   DT   5   det
    5  issue       _           NOUN  NN   3   dobj
    6  of          _           ADP   IN   5   prep
    7  cooperation _           NOUN  NN   6   pobj
    8  with        _           ADP   IN   7   prep
    9  Mongolia    _           PROPN NNP  8   pobj      B-GPE
    10 .           _           PUNCT .    3   punct
"""

# We must expedite the development of our naval aviation by supplying the Navy with advanced aircraft.
BY_SUPPLYING = """
    0  We          we          PRON  PRP  2   nsubj
    1  must        _           AUX   MD   2   aux
    2  expedite    _           VERB  VB   2   ROOT
    3  the         _           DET   DT   4   det
    4  development _           NOUN  NN   2   dobj
    5  of          _           ADP   IN   4   prep
    6  our         _           PRON  PRP$ 8   poss
    7  naval       _           ADJ   JJ   8   amod
    8  aviation    _           NOUN  NN   5   pobj
    9  by          _           ADP   IN   2   prep
    10 supplying   supply      VERB  VBG  9   pcomp
    11 the         _           DET   DT   12  det
    12 Navy        _           PROPN NNP  10  dobj      B-ORG
    13 with        _           ADP   IN   10  prep
    14 advanced    _           ADJ   JJ   15  amod
    15 aircraft    _           NOUN  NN   13  pobj
    16 .           _           PUNCT .    2   punct
"""

# Vladimir Putin expressed his deep condolences to the family and friends of film director Sergei Solovyov.
CONDOLENCES_TO_THE_FAMILY_OF = """
    0  Vladimir    _          PROPN NNP  1   compound  B-PERSON
    1  Putin       _          PROPN NNP  2   nsubj     I-PERSON
    2  expressed   express    VERB  VBD  2   ROOT
    3  his         _          PRON  PRP$ 5   poss
    4  deep        _          ADJ   JJ   5   amod
    5  condolences condolence NOUN  NNS  2   dobj
    6  to          _          ADP   IN   5   prep
    7  the         _          DET   DT   8   det
    8  family      _          NOUN  NN   6   pobj
    9  and         _          CCONJ CC   8   cc
    10 friends     friend     NOUN  NNS  8   conj
    11 of          _          ADP   IN   8   prep
    12 film        _          NOUN  NN   13  compound
    13 director    _          NOUN  NN   15  compound
    14 Sergei      _          PROPN NNP  15  compound  B-PERSON
    15 Solovyov    _          PROPN NNP  11  pobj      I-PERSON
    16 .           _          PUNCT .    2   punct
"""

# The EU will continue to impose sanctions on Russia until it gives up its aggressive intentions.
UNTIL_IT_GIVES_UP = """
    0  The        the        DET   DT   1   det
    1  EU         _          PROPN NNP  3   nsubj     B-ORG
    2  will       _          AUX   MD   3   aux
    3  continue   _          VERB  VB   3   ROOT
    4  to         _          PART  TO   5   aux
    5  impose     _          VERB  VB   3   xcomp
    6  sanctions  sanction   NOUN  NNS  5   dobj
    7  on         _          ADP   IN   5   prep
    8  Russia     _          PROPN NNP  7   pobj      B-GPE
    9  until      _          SCONJ IN   11  mark
    10 it         _          PRON  PRP  11  nsubj
    11 gives      give       VERB  VBZ  3   advcl
    12 up         _          ADP   RP   11  prt
    13 its        _          PRON  PRP$ 15  poss
    14 aggressive _          ADJ   JJ   15  amod
    15 intentions intention  NOUN  NNS  11  dobj
    16 .          _          PUNCT .    3   punct
"""

# Islamabad vowed to respond at the time and place of its choosing. (wire news: a threat)
VOWED_TO_RESPOND = """
    0  Islamabad _         PROPN NNP  1   nsubj     B-GPE
    1  vowed     vow       VERB  VBD  1   ROOT
    2  to        _         PART  TO   3   aux
    3  respond   _         VERB  VB   1   xcomp
    4  at        _         ADP   IN   3   prep
    5  the       _         DET   DT   6   det
    6  time      _         NOUN  NN   4   pobj
    7  and       _         CCONJ CC   6   cc
    8  place     _         NOUN  NN   6   conj
    9  of        _         ADP   IN   6   prep
    10 its       _         PRON  PRP$ 11  poss
    11 choosing  _         NOUN  NN   9   pobj
    12 .         _         PUNCT .    1   punct
"""

# She vowed to support Ukraine.
VOWED_TO_SUPPORT = """
    0  She     she     PRON  PRP  1   nsubj
    1  vowed   vow     VERB  VBD  1   ROOT
    2  to      _       PART  TO   3   aux
    3  support _       VERB  VB   1   xcomp
    4  Ukraine _       PROPN NNP  3   dobj      B-GPE
    5  .       _       PUNCT .    1   punct
"""

# He called the visit of the Prime Minister to Kyiv an example.
CALLED_THE_VISIT_AN_EXAMPLE = """
    0  He       he       PRON  PRP  1   nsubj
    1  called   call     VERB  VBD  1   ROOT
    2  the      _        DET   DT   3   det
    3  visit    _        NOUN  NN   1   dobj
    4  of       _        ADP   IN   3   prep
    5  the      _        DET   DT   7   det
    6  Prime    _        PROPN NNP  7   compound
    7  Minister _        PROPN NNP  4   pobj
    8  to       _        ADP   IN   1   prep
    9  Kyiv     _        PROPN NNP  8   pobj      B-GPE
    10 an       _        DET   DT   11  det
    11 example  _        NOUN  NN   1   oprd
    12 .        _        PUNCT .    1   punct
"""

# Zelenskyy said this during a conversation with the media following the talks with Mark Rutte in Kyiv.
CONVERSATION_FOLLOWING_TALKS = """
    0  Zelenskyy    _            PROPN NNP  1   nsubj     B-PERSON
    1  said         say          VERB  VBD  1   ROOT
    2  this         _            PRON  DT   1   dobj
    3  during       _            ADP   IN   1   prep
    4  a            _            DET   DT   5   det
    5  conversation _            NOUN  NN   3   pobj
    6  with         _            ADP   IN   5   prep
    7  the          _            DET   DT   8   det
    8  media        medium       NOUN  NNS  6   pobj
    9  following    follow       VERB  VBG  5   prep
    10 the          _            DET   DT   11  det
    11 talks        talk         NOUN  NNS  9   pobj
    12 with         _            ADP   IN   11  prep
    13 Mark         _            PROPN NNP  14  compound  B-PERSON
    14 Rutte        _            PROPN NNP  12  pobj      I-PERSON
    15 in           _            ADP   IN   11  prep
    16 Kyiv         _            PROPN NNP  15  pobj      B-GPE
    17 .            _            PUNCT .    1   punct
"""

# "Russia must feel the impact of sanctions," said Andriy Yermak.
MUST_FEEL_THE_IMPACT = """
    0  "         _        PUNCT ``   10  punct
    1  Russia    _        PROPN NNP  3   nsubj     B-GPE
    2  must      _        AUX   MD   3   aux
    3  feel      _        VERB  VB   10  ccomp
    4  the       _        DET   DT   5   det
    5  impact    _        NOUN  NN   3   dobj
    6  of        _        ADP   IN   5   prep
    7  sanctions sanction NOUN  NNS  6   pobj
    8  ,         _        PUNCT ,    10  punct
    9  "         _        PUNCT ''   10  punct
    10 said      say      VERB  VBD  10  ROOT
    11 Andriy    _        PROPN NNP  12  compound  B-PERSON
    12 Yermak    _        PROPN NNP  10  nsubj     I-PERSON
    13 .         _        PUNCT .    10  punct
"""

# With regard to China, President Putin spoke very interestingly about that country.
WITH_REGARD_TO_CHINA = """
    0  With          with          ADP   IN   7   prep
    1  regard        _             NOUN  NN   0   pobj
    2  to            _             ADP   IN   1   prep
    3  China         _             PROPN NNP  2   pobj      B-GPE
    4  ,             _             PUNCT ,    7   punct
    5  President     _             PROPN NNP  6   compound
    6  Putin         _             PROPN NNP  7   nsubj     B-PERSON
    7  spoke         speak         VERB  VBD  7   ROOT
    8  very          _             ADV   RB   9   advmod
    9  interestingly _             ADV   RB   7   advmod
    10 about         _             ADP   IN   7   prep
    11 that          _             DET   DT   12  det
    12 country       _             NOUN  NN   10  pobj
    13 .             _             PUNCT .    7   punct
"""

# Zelenskyy is ready for direct talks with Russia.
READY_FOR_TALKS = """
    0  Zelenskyy _         PROPN NNP  1   nsubj     B-PERSON
    1  is        be        AUX   VBZ  1   ROOT
    2  ready     _         ADJ   JJ   1   acomp
    3  for       _         ADP   IN   2   prep
    4  direct    _         ADJ   JJ   5   amod
    5  talks     talk      NOUN  NNS  3   pobj
    6  with      _         ADP   IN   5   prep
    7  Russia    _         PROPN NNP  6   pobj      B-GPE
    8  .         _         PUNCT .    1   punct
"""


def test_attendees_of_an_event_neither_consult_each_other_nor_get_a_guessed_partner(registry):
    doc = parse(CONFERENCE_ATTENDED, registry)
    assert attends(verb_cue(doc[5]))
    assert statements(doc, registry) == []  # not Biden <-> Macron <-> Merkel, nor Macron -> the US


def test_forces_used_are_troops_not_force(registry):
    found = statements(parse(USE_FORCES, registry), registry)
    assert not [st for st in found if st.type == "COERCE"]


def test_a_plan_for_an_offensive_is_no_intent_to_cooperate(registry):
    found = statements(parse(PLANS_FOR_AN_OFFENSIVE, registry), registry)
    assert not [st for st in found if st.type == "AGREE"]


def test_a_portfolio_after_a_title_is_no_actor(registry):
    found = statements(parse(SECRETARY_OF_STATE_FOR_DEFENCE, registry), registry)
    assert not [t for st in found for t in st.targets if "Defence" in t.actor.label]


def test_raising_the_issue_of_a_topic_judges_nothing(registry):
    found = statements(parse(RAISED_THE_ISSUE_OF, registry), registry)
    assert not [st for st in found if st.type == "DISAPPROVE"]


def test_a_means_is_as_owed_as_the_act_it_serves(registry):
    doc = parse(BY_SUPPLYING, registry)
    assert modality_of(doc[10], None) == "must"


def test_condolences_to_the_family_of_someone_are_not_aimed_at_them(registry):
    found = statements(parse(CONDOLENCES_TO_THE_FAMILY_OF, registry), registry)
    assert not [t for st in found for t in st.targets if "Solovyov" in t.actor.label]


def test_what_a_present_tense_until_clause_says_has_not_happened(registry):
    doc = parse(UNTIL_IT_GIVES_UP, registry)
    assert in_condition(doc[11]) and not in_condition(doc[5])
    assert not [st for st in statements(doc, registry) if st.type == "CONCEDE"]


def test_a_vow_to_cooperate_is_a_pledge_and_a_vow_to_respond_a_threat(registry):
    assert threat_type(parse(VOWED_TO_SUPPORT, registry)[1], "vow") == "AGREE"
    assert threat_type(parse(VOWED_TO_RESPOND, registry)[1], "vow") == "THREATEN"



def test_calling_something_a_name_is_no_act_of_its_kind(registry):
    doc = parse(CALLED_THE_VISIT_AN_EXAMPLE, registry)
    assert verb_cue(doc[1]) is None


def test_a_conversation_following_talks_is_no_talk_with_their_partner(registry):
    found = statements(parse(CONVERSATION_FOLLOWING_TALKS, registry), registry)
    assert found and all(st.cue.text != "conversation" for st in found)
    assert {(st.cue.text, st.targets[0].actor.label) for st in found if st.targets} >= {("talks", "Mark Rutte")}


def test_an_obligation_to_undergo_something_is_no_demand(registry):
    found = statements(parse(MUST_FEEL_THE_IMPACT, registry), registry)
    assert not [st for st in found if st.type == "DEMAND"]


def test_a_preposition_before_its_verb_is_no_particle(registry):
    doc = parse(WITH_REGARD_TO_CHINA, registry)
    cue = verb_cue(doc[7])
    assert cue is None or cue.kind != "phrasal"
    assert not statements(doc, registry)  # not Putin CONSULT China ("speak with")


def test_readiness_for_talks_is_an_intent_to_negotiate(registry):
    found = statements(parse(READY_FOR_TALKS, registry), registry)
    talks = [st for st in found if st.cue.text == "talks"]
    assert talks and all(st.type == "AGREE" for st in talks)  # CAMEO 036, not CONSULT scheduled
