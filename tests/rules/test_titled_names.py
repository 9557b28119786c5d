"""A title read apart from the person named right after it refers to that person, not to the state or organ of
its "of" phrase (hand-built parses of en_core_web_sm 3.8 output)."""
from tests.rules.docs import parse, statements

PUTIN_AND_PRESIDENT_OF_BELARUS_LUKASHENKO_TALKED = """
    0   Vladimir       _            PROPN  NNP   1   compound   B-PERSON
    1   Putin          _            PROPN  NNP   11  nsubj      I-PERSON
    2   and            _            CCONJ  CC    1   cc
    3   President      _            PROPN  NNP   1   conj
    4   of             _            ADP    IN    3   prep
    5   the            _            DET    DT    6   det
    6   Republic       _            PROPN  NNP   4   pobj       B-GPE
    7   of             _            ADP    IN    6   prep       I-GPE
    8   Belarus        _            PROPN  NNP   7   pobj       I-GPE
    9   Alexander      _            PROPN  NNP   10  compound   B-PERSON
    10  Lukashenko     _            PROPN  NNP   1   conj       I-PERSON
    11  had            have         VERB   VBD   11  ROOT
    12  a              _            DET    DT    13  det
    13  conversation   _            NOUN   NN    11  dobj
    14  .              _            PUNCT  .     11  punct
"""

PUTIN_MET_WITH_PRESIDENT_OF_BELARUS_LUKASHENKO = """
    0   Vladimir       _            PROPN  NNP   1   compound   B-PERSON
    1   Putin          _            PROPN  NNP   2   nsubj      I-PERSON
    2   met            meet         VERB   VBD   2   ROOT
    3   with           _            ADP    IN    2   prep
    4   President      _            PROPN  NNP   3   pobj
    5   of             _            ADP    IN    4   prep
    6   the            _            DET    DT    7   det
    7   Republic       _            PROPN  NNP   5   pobj       B-GPE
    8   of             _            ADP    IN    7   prep       I-GPE
    9   Belarus        _            PROPN  NNP   8   pobj       I-GPE
    10  Alexander      _            PROPN  NNP   11  compound   B-PERSON
    11  Lukashenko     _            PROPN  NNP   2   dobj       I-PERSON
    12  .              _            PUNCT  .     2   punct
"""

HEAD_OF_THE_OFFICE_YERMAK_MET_BIDEN = """
    0   Head           _            PROPN  NNP   11  nsubj
    1   of             _            ADP    IN    0   prep
    2   the            _            DET    DT    3   det
    3   Office         _            PROPN  NNP   1   pobj       B-ORG
    4   of             _            ADP    IN    3   prep       I-ORG
    5   the            _            DET    DT    6   det        I-ORG
    6   President      _            PROPN  NNP   4   pobj       I-ORG
    7   of             _            ADP    IN    6   prep       I-ORG
    8   Ukraine        _            PROPN  NNP   10  compound   I-ORG
    9   Andriy         _            PROPN  NNP   10  compound   B-PERSON
    10  Yermak         _            PROPN  NNP   7   pobj       I-PERSON
    11  met            meet         VERB   VBD   11  ROOT
    12  Joe            _            PROPN  NNP   13  compound   B-PERSON
    13  Biden          _            PROPN  NNP   11  dobj       I-PERSON
    14  .              _            PUNCT  .     11  punct
"""


def pairs(listing, registry):
    return sorted((st.speaker.actor.id, tuple(t.actor.id for t in st.targets)) for st in statements(parse(listing, registry), registry))


def test_titled_names_title_beside_its_name_is_no_second_participant(registry):
    both = [("alexander-lukashenko", ("vladimir-putin",)), ("vladimir-putin", ("alexander-lukashenko",))]
    assert pairs(PUTIN_AND_PRESIDENT_OF_BELARUS_LUKASHENKO_TALKED, registry) == both
    assert pairs(PUTIN_MET_WITH_PRESIDENT_OF_BELARUS_LUKASHENKO, registry) == [("vladimir-putin", ("alexander-lukashenko",))]


def test_titled_names_name_ending_the_title_is_the_speaker(registry):
    [(speaker, _)] = pairs(HEAD_OF_THE_OFFICE_YERMAK_MET_BIDEN, registry)
    assert speaker == "andriy-yermak"
