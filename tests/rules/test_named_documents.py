"""Named documents (rules.named_documents): "the Minsk agreements" is a text that exists, not an agreement made
in the sentence, and "Minsk" in it is no participant; an agreement reached in the sentence stays an event.
Found in a hand-read of random press releases: "Russia ... has withdrawn from the Minsk agreements" was coded
Belarus AGREE Russia and Russia SANCTION Belarus."""
from tests.rules.docs import parse, statements

WITHDRAWN_FROM_THE_MINSK_AGREEMENTS = """
    0  Russia       _            PROPN NNP  2  nsubj    B-GPE
    1  has          have         AUX   VBZ  2  aux
    2  withdrawn    withdraw     VERB  VBN  2  ROOT
    3  from         _            ADP   IN   2  prep
    4  the          _            DET   DT   6  det
    5  Minsk        _            PROPN NNP  6  compound B-GPE
    6  agreements   agreement    NOUN  NNS  3  pobj
    7  .            _            PUNCT .    2  punct
"""

REACHED_AN_AGREEMENT = """
    0  Russia       _            PROPN NNP  5  nsubj    B-GPE
    1  and          _            CCONJ CC   0  cc
    2  the          _            DET   DT   4  det      B-GPE
    3  United       _            PROPN NNP  4  compound I-GPE
    4  States       _            PROPN NNP  0  conj     I-GPE
    5  reached      reach        VERB  VBD  5  ROOT
    6  an           _            DET   DT   7  det
    7  agreement    _            NOUN  NN   5  dobj
    8  .            _            PUNCT .    5  punct
"""


def test_named_documents_name_no_participant_and_no_agreement(registry):
    found = statements(parse(WITHDRAWN_FROM_THE_MINSK_AGREEMENTS, registry), registry)
    assert not [st for st in found if st.type == "AGREE"]
    assert not [st for st in found if "BLR" in {t.actor.id for t in st.targets} or st.speaker.actor.id == "BLR"]


def test_named_documents_leave_an_agreement_reached_in_the_sentence(registry):
    found = statements(parse(REACHED_AN_AGREEMENT, registry), registry)
    assert {(st.speaker.actor.id, st.type) for st in found} >= {("RUS", "AGREE"), ("USA", "AGREE")}
