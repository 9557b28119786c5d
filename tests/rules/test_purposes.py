"""A purpose is not done (hand-read of president.gov.ua releases): an act inside an infinitive of purpose ("steps
to force", "in order to", "measures to") is intended, not asserted; an expression is done by the act it is the
purpose of ("arrived to support"), and a noun's own infinitive hung on the verb ("made decisions to freeze") is
no purpose."""
from stancegraph.model import Status
from stancegraph.rules.cues import Cue
from stancegraph.rules.goals import purpose_status

from .docs import parse, statements, token

STEPS_TO_FORCE_RUSSIA = """
    0  Ukraine    _          PROPN NNP  2   nsubj     B-GPE
    1  will       _          AUX   MD   2   aux
    2  continue   _          VERB  VB   2   ROOT
    3  to         _          PART  TO   4   aux
    4  coordinate _          VERB  VB   2   xcomp
    5  its        _          PRON  PRP$ 6   poss
    6  steps      step       NOUN  NNS  4   dobj
    7  to         _          PART  TO   8   aux
    8  force      _          VERB  VB   4   advcl
    9  the        _          DET   DT   11  det
    10 Russian    _          PROPN NNP  11  compound  B-GPE
    11 Federation _          PROPN NNP  8   dobj      I-GPE
    12 to         _          PART  TO   13  aux
    13 seek       _          VERB  VB   8   xcomp
    14 peace      _          NOUN  NN   13  dobj
    15 .          _          PUNCT .    2   punct
"""

ARRIVED_TO_SUPPORT = """
    0  Duda    _       PROPN NNP  1   nsubj     B-PERSON
    1  arrived arrive  VERB  VBD  1   ROOT
    2  in      _       ADP   IN   1   prep
    3  Kyiv    _       PROPN NNP  2   pobj      B-GPE
    4  to      _       PART  TO   5   aux
    5  support _       VERB  VB   1   advcl
    6  Ukraine _       PROPN NNP  5   dobj      B-GPE
    7  .       _       PUNCT .    1   punct
"""

DECISIONS_TO_FREEZE = """
    0  Western      western      ADJ   JJ   1   amod      B-NORP
    1  countries    country      NOUN  NNS  3   nsubj     I-NORP
    2  have         _            AUX   VBP  3   aux
    3  made         make         VERB  VBN  3   ROOT
    4  illegitimate _            ADJ   JJ   5   amod
    5  decisions    decision     NOUN  NNS  3   dobj
    6  to           _            PART  TO   7   aux
    7  freeze       _            VERB  VB   3   advcl
    8  Russian      russian      ADJ   JJ   9   amod      B-NORP
    9  assets       asset        NOUN  NNS  7   dobj
    10 .            _            PUNCT .    3   punct
"""


def test_coercion_a_purpose_aims_at_is_not_asserted(registry):
    # "We will continue to coordinate our steps to force the Russian Federation to seek peace." (president.gov.ua)
    doc = parse(STEPS_TO_FORCE_RUSSIA, registry)
    assert purpose_status(Cue(token(doc, "force"), (token(doc, "force"),), "COERCE", "verb")) is Status.HYPOTHETICAL
    assert not [s for s in statements(doc, registry) if s.type == "COERCE" and s.status is Status.ASSERTED]


def test_support_a_visit_is_for_is_done(registry):
    # "Andrzej Duda noted that he and Gitanas Nausėda arrived in Kyiv to support Ukraine" (president.gov.ua)
    found = statements(parse(ARRIVED_TO_SUPPORT, registry), registry)
    assert [s.status for s in found if s.type == "SUPPORT"] == [Status.ASSERTED]


def test_a_decision_noun_keeps_its_infinitive(registry):
    # "a number of Western countries have made illegitimate decisions to freeze Russian assets" (kremlin): done
    doc = parse(DECISIONS_TO_FREEZE, registry)
    assert purpose_status(Cue(token(doc, "freeze"), (token(doc, "freeze"),), "SANCTION", "verb")) is None
