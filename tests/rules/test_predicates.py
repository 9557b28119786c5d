"""stancegraph.rules.predicates on hand-built parses: stance predicates, willingness and offers as cues."""
from stancegraph.rules.cues import find_cues

from .docs import parse


def cues(listing):
    return [(c.head.text, [w.text for w in c.words], c.type) for c in find_cues(parse(listing)[:])]


def test_predicates_concerned_that_is_disapproval_with_the_copula_as_head():
    assert cues("""
    0  Germany    _        PROPN  NNP  1  nsubj  B-GPE
    1  is         be       AUX    VBZ  1  ROOT
    2  concerned  _        VERB   VBN  1  acomp
    3  that       _        SCONJ  IN   5  mark
    4  Moscow     _        PROPN  NNP  5  nsubj  B-GPE
    5  escalates  escalate VERB   VBZ  2  ccomp
    6  .          _        PUNCT  .    1  punct
    """) == [("is", ["concerned"], "DISAPPROVE")]


def test_predicates_concerned_about_a_situation_is_no_cue():
    assert cues("""
    0  Germany    _        PROPN  NNP  1  nsubj  B-GPE
    1  is         be       AUX    VBZ  1  ROOT
    2  concerned  _        ADJ    JJ   1  acomp
    3  about      _        ADP    IN   2  prep
    4  the        _        DET    DT   5  det
    5  situation  _        NOUN   NN   3  pobj
    6  .          _        PUNCT  .    1  punct
    """) == []


def test_predicates_modifier_is_no_predicate():
    assert cues("""
    0  The        the      DET    DT   1  det
    1  parties    party    NOUN   NNS  2  nsubj
    2  concerned  _        ADJ    JJ   1  amod
    3  met        meet     VERB   VBD  3  ROOT
    4  .          _        PUNCT  .    3  punct
    """) == [("met", ["met"], "CONSULT")]


def test_predicates_grateful_to_is_support():
    assert cues("""
    0  Kyiv      _      PROPN  NNP  1  nsubj  B-GPE
    1  is        be     AUX    VBZ  1  ROOT
    2  grateful  _      ADJ    JJ   1  acomp
    3  to        _      ADP    IN   2  prep
    4  Poland    _      PROPN  NNP  3  pobj   B-GPE
    5  .         _      PUNCT  .    1  punct
    """) == [("is", ["grateful"], "SUPPORT")]


def test_predicates_ready_to_cooperate_is_agree_ready_to_defend_is_not():
    listing = """
    0  Ankara  _      PROPN  NNP  1  nsubj  B-GPE
    1  is      be     AUX    VBZ  1  ROOT
    2  ready   _      ADJ    JJ   1  acomp
    3  to      _      PART   TO   4  aux
    4  {verb}  _      VERB   VB   2  xcomp
    5  .       _      PUNCT  .    1  punct
    """
    assert cues(listing.format(verb="contribute")) == [("is", ["ready"], "AGREE")]
    assert cues(listing.format(verb="defend")) == [("defend", ["defend"], "SUPPORT")]


def test_predicates_offer_to_negotiate_and_offer_a_path_are_agree():
    assert cues("""
    0  Putin      _          PROPN  NNP  1  nsubj  B-PERSON
    1  offered    offer      VERB   VBD  1  ROOT
    2  to         _          PART   TO   3  aux
    3  negotiate  _          VERB   VB   1  xcomp
    4  .          _          PUNCT  .    1  punct
    """)[0] == ("offered", ["offered"], "AGREE")
    assert cues("""
    0  Biden    _      PROPN  NNP  1  nsubj  B-PERSON
    1  offered  offer  VERB   VBD  1  ROOT
    2  Russia   _      PROPN  NNP  1  dative B-GPE
    3  a        _      DET    DT   4  det
    4  path     _      NOUN   NN   1  dobj
    5  .        _      PUNCT  .    1  punct
    """) == [("offered", ["offered"], "AGREE")]


def test_predicates_spoke_by_phone_is_a_call():
    assert cues("""
    0  Biden  _      PROPN  NNP  1  nsubj  B-PERSON
    1  spoke  speak  VERB   VBD  1  ROOT
    2  by     _      ADP    IN   1  prep
    3  phone  _      NOUN   NN   2  pobj
    4  .      _      PUNCT  .    1  punct
    """) == [("spoke", ["spoke"], "CONSULT")]
