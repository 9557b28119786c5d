""""not merely", "not just" before a verb keep its act asserted (hand-built parses of en_core_web_sm 3.8 output);
seen on a press release: "we do not merely support all UN-formulated criteria but are also playing ..." → REJECT."""
from tests.rules.docs import parse, statements

DOES_NOT_MERELY_SUPPORT = """
    0  Russia   _        PROPN  NNP  4  nsubj   B-GPE
    1  does     do       AUX    VBZ  4  aux
    2  not      _        PART   RB   4  neg
    3  {adverb} _        ADV    RB   4  advmod
    4  support  _        VERB   VB   4  ROOT
    5  Belarus  _        PROPN  NNP  4  dobj    B-GPE
    6  .        _        PUNCT  .    4  punct
"""

DOES_NOT_SUPPORT = """
    0  Russia   _        PROPN  NNP  3  nsubj   B-GPE
    1  does     do       AUX    VBZ  3  aux
    2  not      _        PART   RB   3  neg
    3  support  _        VERB   VB   3  ROOT
    4  Belarus  _        PROPN  NNP  3  dobj    B-GPE
    5  .        _        PUNCT  .    3  punct
"""


def read(listing, registry):
    return [(st.speaker.actor.id, st.type, st.negated, [t.actor.id for t in st.targets])
            for st in statements(parse(listing, registry), registry)]


def test_not_merely_keeps_the_act_asserted(registry):
    for adverb in ("merely", "just"):
        assert read(DOES_NOT_MERELY_SUPPORT.format(adverb=adverb), registry) == [("RUS", "SUPPORT", False, ["BLR"])]


def test_not_merely_plain_not_still_negates(registry):
    # (a negated SUPPORT is coded as the refusal it is: REJECT, itself not negated)
    assert read(DOES_NOT_SUPPORT, registry) == [("RUS", "REJECT", False, ["BLR"])]
