"""Whom an act is addressed to, and what it is about (real sentences of press releases, parsed by en_core_web_sm
3.8): an addressee no actor stands for leaves the act without one (rules.addressees); a pledge to act against
someone is no agreement with them (rules.discussed); an obligation a person's own body is under is no demand of
theirs (rules.context.own_side)."""
from tests.rules.docs import parse, statements
from tests.rules.listings import SHE_THANKED_THE_WIVES

PROMISED_THE_SOVIET_LEADERSHIP = """
    0  The        the        DET   DT   2   det
    1  United     _          PROPN NNP  2   compound  B-GPE
    2  States     _          PROPN NNP  3   nsubj     I-GPE
    3  promised   promise    VERB  VBD  3   ROOT
    4  the        _          DET   DT   6   det
    5  Soviet     soviet     ADJ   JJ   6   amod      B-NORP
    6  leadership _          NOUN  NN   3   dobj
    7  that       _          SCONJ IN   11  mark
    8  NATO       _          PROPN NNP  11  nsubj     B-ORG
    9  will       _          AUX   MD   11  aux
    10 not        _          PART  RB   11  neg
    11 expand     _          VERB  VB   3   ccomp
    12 to         _          ADP   IN   11  prep
    13 the        _          DET   DT   14  det
    14 east       _          NOUN  NN   12  pobj
    15 .          _          PUNCT .    3   punct
"""

PROMISED_RUSSIA = """
    0  The      the     DET   DT   2   det
    1  United   _       PROPN NNP  2   compound  B-GPE
    2  States   _       PROPN NNP  3   nsubj     I-GPE
    3  promised promise VERB  VBD  3   ROOT
    4  Russia   _       PROPN NNP  3   dobj      B-GPE
    5  that     _       SCONJ IN   9   mark
    6  NATO     _       PROPN NNP  9   nsubj     B-ORG
    7  will     _       AUX   MD   9   aux
    8  not      _       PART  RB   9   neg
    9  expand   _       VERB  VB   3   ccomp
    10 to       _       ADP   IN   9   prep
    11 the      _       DET   DT   12  det
    12 east     _       NOUN  NN   10  pobj
    13 .        _       PUNCT .    3   punct
"""

THANKED_POLAND = """
    0  Zelenska  _         PROPN NNP  1   nsubj     B-GPE
    1  thanked   thank     VERB  VBD  1   ROOT
    2  Poland    _         PROPN NNP  1   dobj      B-GPE
    3  for       _         ADP   IN   1   prep
    4  the       _         DET   DT   6   det
    5  warm      _         ADJ   JJ   6   amod
    6  welcome   _         NOUN  NN   3   pobj
    7  of        _         ADP   IN   6   prep
    8  Ukrainian ukrainian ADJ   JJ   9   amod      B-NORP
    9  citizens  citizen   NOUN  NNS  7   pobj
    10 .         _         PUNCT .    1   punct
"""

PLEDGED_TO_CUT_IMPORTS = """
    0  Germany _       PROPN NNP  1   nsubj     B-GPE
    1  pledged pledge  VERB  VBD  1   ROOT
    2  to      _       PART  TO   3   aux
    3  cut     _       VERB  VB   1   xcomp
    4  imports import  NOUN  NNS  3   dobj
    5  of      _       ADP   IN   4   prep
    6  Russian russian ADJ   JJ   7   amod      B-NORP
    7  gas     _       NOUN  NN   5   pobj
    8  .       _       PUNCT .    1   punct
"""

PLEDGED_TO_CONTINUE_SUPPLIES = """
    0  Germany  _        PROPN NNP  1   nsubj     B-GPE
    1  pledged  pledge   VERB  VBD  1   ROOT
    2  to       _        PART  TO   3   aux
    3  continue _        VERB  VB   1   xcomp
    4  supplies supply   NOUN  NNS  3   dobj
    5  of       _        ADP   IN   4   prep
    6  gas      _        NOUN  NN   5   pobj
    7  to       _        ADP   IN   3   prep
    8  Ukraine  _        PROPN NNP  7   pobj      B-GPE
    9  .        _        PUNCT .    1   punct
"""

HER_COMMISSION_SHOULD = """
    0  Ursula      _          PROPN NNP  2   compound  B-PERSON
    1  von         _          PROPN NNP  2   compound  I-PERSON
    2  der         _          NOUN  NN   3   compound  I-PERSON
    3  Leyen       _          PROPN NNP  4   nsubj     I-PERSON
    4  noted       note       VERB  VBD  4   ROOT
    5  that        _          SCONJ IN   10  mark
    6  the         _          DET   DT   8   det
    7  European    _          PROPN NNP  8   compound  B-ORG
    8  Commission  _          PROPN NNP  10  nsubj     I-ORG
    9  should      _          AUX   MD   10  aux
    10 complete    _          VERB  VB   4   ccomp
    11 discussions discussion NOUN  NNS  10  dobj
    12 .           _          PUNCT .    4   punct
"""

RUSSIA_SHOULD = """
    0  Ursula      _          PROPN NNP  2   compound  B-PERSON
    1  von         _          PROPN NNP  2   compound  I-PERSON
    2  der         _          NOUN  NN   3   compound  I-PERSON
    3  Leyen       _          PROPN NNP  4   nsubj     I-PERSON
    4  noted       note       VERB  VBD  4   ROOT
    5  that        _          SCONJ IN   8   mark
    6  Russia      _          PROPN NNP  8   nsubj     B-GPE
    7  should      _          AUX   MD   8   aux
    8  complete    _          VERB  VB   4   ccomp
    9  discussions discussion NOUN  NNS  8   dobj
    10 .           _          PUNCT .    4   punct
"""


def edges(listing, registry, type_):
    return [(st.speaker.actor.id, [t.actor.id for t in st.targets]) for st in statements(parse(listing, registry), registry)
            if st.type == type_]


def test_unnamed_addressee_of_a_promise_leaves_the_clause_alone(registry):
    assert all("NATO" not in targets for _, targets in edges(PROMISED_THE_SOVIET_LEADERSHIP, registry, "AGREE"))
    assert ("USA", ["RUS"]) in edges(PROMISED_RUSSIA, registry, "AGREE")


def test_unnamed_addressee_of_thanks_leaves_the_reason_alone(registry):
    # the shared listing, its subject named: "Zelenska thanked the wives of the presidents for ..."
    named = SHE_THANKED_THE_WIVES.replace("She            she          PRON   PRP   1   nsubj",
                                          "Zelenska       _            PROPN  NNP   1   nsubj      B-PERSON")
    assert all(not targets for _, targets in edges(named, registry, "SUPPORT"))
    assert [targets for _, targets in edges(THANKED_POLAND, registry, "SUPPORT")] == [["POL"]]


def test_a_pledge_against_someone_is_no_agreement_with_them(registry):
    assert all("RUS" not in targets for _, targets in edges(PLEDGED_TO_CUT_IMPORTS, registry, "AGREE"))
    assert edges(PLEDGED_TO_CONTINUE_SUPPLIES, registry, "AGREE") == [("DEU", ["UKR"])]


def test_an_obligation_of_the_speakers_own_body_is_no_demand(registry):
    assert edges(HER_COMMISSION_SHOULD, registry, "DEMAND") == []
    assert edges(RUSSIA_SHOULD, registry, "DEMAND") == [("ursula-von-der-leyen", ["RUS"])]
