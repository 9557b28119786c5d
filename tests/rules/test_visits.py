""""the visit of X to Y": the "of" phrase is the visitor when a "to" phrase names the place visited (hand-built
parse of en_core_web_sm 3.8 output; seen on a press release: "... reached during the visit of President of Ukraine
Volodymyr Zelenskyy to the Republic of Poland" gave Poland -> Zelenskyy)."""
from tests.rules.docs import parse, statements

AGREEMENTS_REACHED_DURING_THE_VISIT_OF_LUKASHENKO_TO_CHINA = """
    0   The          the        DET    DT   1   det
    1   agreements   agreement  NOUN   NNS  3   nsubjpass
    2   were         be         AUX    VBD  3   auxpass
    3   reached      reach      VERB   VBN  3   ROOT
    4   during       _          ADP    IN   3   prep
    5   the          _          DET    DT   6   det
    6   visit        _          NOUN   NN   4   pobj
    7   of           _          ADP    IN   6   prep
    8   Lukashenko   _          PROPN  NNP  7   pobj      B-PERSON
    9   to           _          ADP    IN   6   prep
    10  China        _          PROPN  NNP  9   pobj      B-GPE
    11  .            _          PUNCT  .    3   punct
"""

THE_VISIT_OF_LUKASHENKO_ENDED = """
    0   The          the      DET    DT   1   det
    1   visit        _        NOUN   NN   4   nsubj
    2   of           _        ADP    IN   1   prep
    3   Lukashenko   _        PROPN  NNP  2   pobj      B-PERSON
    4   ended        end      VERB   VBD  4   ROOT
    5   .            _        PUNCT  .    4   punct
"""


def consults(listing, registry):
    return [(st.speaker.actor.id, [t.actor.id for t in st.targets]) for st in statements(parse(listing, registry), registry)
            if st.type == "CONSULT"]


def test_visits_the_of_phrase_of_a_visit_to_a_place_is_the_visitor(registry):
    assert consults(AGREEMENTS_REACHED_DURING_THE_VISIT_OF_LUKASHENKO_TO_CHINA, registry) == [("alexander-lukashenko", ["CHN"])]


def test_visits_without_a_place_the_of_phrase_is_not_read_as_the_visitor(registry):
    assert ("alexander-lukashenko", []) not in consults(THE_VISIT_OF_LUKASHENKO_ENDED, registry)
