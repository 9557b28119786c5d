"""Helping a process along is no aid (hand-read of president.gov.ua releases): a helper whose "help" has an
infinitive of a process (accelerate, organise, avoid ...) and no one helped gives no AID; helping to rebuild or
defend a named party stays aid."""
from .docs import parse, statements

HELPS_ACCELERATE_THE_INTEGRATION = """
    0  Mrs.        _           PROPN NNP  1   compound
    1  Zuzana      _           PROPN NNP  3   nsubj     B-PERSON
    2  personally  _           ADV   RB   3   advmod
    3  helps       help        VERB  VBZ  3   ROOT
    4  accelerate  _           VERB  VB   3   xcomp
    5  the         _           DET   DT   6   det
    6  integration _           NOUN  NN   4   dobj
    7  of          _           ADP   IN   6   prep
    8  Ukraine     _           PROPN NNP  7   pobj      B-GPE
    9  .           _           PUNCT .    3   punct
"""

HELPS_TO_REBUILD_UKRAINE = """
    0  Poland  _       PROPN NNP  1   nsubj     B-GPE
    1  helps   help    VERB  VBZ  1   ROOT
    2  to      _       PART  TO   3   aux
    3  rebuild _       VERB  VB   1   xcomp
    4  Ukraine _       PROPN NNP  3   dobj      B-GPE
    5  .       _       PUNCT .    1   punct
"""


def test_helping_accelerate_an_integration_is_no_aid(registry):
    # "Mrs. Zuzana personally helps accelerate the integration of our state." (president.gov.ua)
    found = statements(parse(HELPS_ACCELERATE_THE_INTEGRATION, registry), registry)
    assert not [s for s in found if s.type in ("AID", "AGREE")]


def test_helping_to_rebuild_a_party_stays_aid(registry):
    found = statements(parse(HELPS_TO_REBUILD_UKRAINE, registry), registry)
    assert [s.type for s in found if [t.actor.label for t in s.targets] == ["Ukraine"]] == ["AID"]
