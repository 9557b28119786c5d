"""Where what is asked for goes is no one asked (hand-read of president.gov.ua releases): an appeal for something
that goes "to" or "through" a named party appeals to none of them (and guesses none); "asked for assistance from
NATO" still appeals to NATO."""
from .docs import parse, statements

CALL_FOR_REDUCING_IMPORTS_TO_RUSSIA = """
    0  Ukraine       _           PROPN NNP  1   nsubj     B-GPE
    1  calls         call        VERB  VBZ  1   ROOT
    2  for           _           ADP   IN   1   prep
    3  the           _           DET   DT   4   det
    4  reduction     _           NOUN  NN   2   pobj
    5  of            _           ADP   IN   4   prep
    6  opportunities opportunity NOUN  NNS  5   pobj
    7  of            _           ADP   IN   6   prep
    8  gray          _           ADJ   JJ   11  amod
    9  and           _           CCONJ CC   8   cc
    10 black         _           ADJ   JJ   8   conj
    11 imports       import      NOUN  NNS  7   pobj
    12 to            _           ADP   IN   4   prep
    13 Russia        _           PROPN NNP  12  pobj      B-GPE
    14 through       _           ADP   IN   4   prep
    15 the           _           DET   DT   16  det
    16 CSTO          _           NOUN  NNS  14  pobj      B-ORG
    17 and           _           CCONJ CC   16  cc
    18 the           _           DET   DT   20  det       B-ORG
    19 Eurasian      _           PROPN NNP  20  compound  I-ORG
    20 Union         _           PROPN NNP  16  conj      I-ORG
    21 .             _           PUNCT .    1   punct
"""

ASKED_FOR_ASSISTANCE_FROM_NATO = """
    0  Ukraine    _          PROPN NNP  1   nsubj     B-GPE
    1  asked      ask        VERB  VBD  1   ROOT
    2  for        _          ADP   IN   1   prep
    3  assistance _          NOUN  NN   2   pobj
    4  from       _          ADP   IN   3   prep
    5  NATO       _          PROPN NNP  4   pobj      B-ORG
    6  .          _          PUNCT .    1   punct
"""


def _appeals(listing, registry):
    return [tuple(t.actor.label for t in s.targets) for s in statements(parse(listing, registry), registry) if s.type == "APPEAL"]


def test_a_call_for_reducing_imports_to_russia_appeals_to_no_russia(registry):
    # "We call for the reduction of opportunities of gray and black imports to Russia through the CSTO and the
    # Eurasian Union." (president.gov.ua)
    assert _appeals(CALL_FOR_REDUCING_IMPORTS_TO_RUSSIA, registry) in ([], [()])


def test_asking_for_assistance_from_nato_appeals_to_nato(registry):
    # "And we asked for assistance from NATO to be effective and without limits." (president.gov.ua)
    assert _appeals(ASKED_FOR_ASSISTANCE_FROM_NATO, registry) == [("NATO",)]
