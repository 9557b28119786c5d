"""Limits of the guessed targets (stancegraph.rules.guess_limits): the source of an "according to" phrase and the
standard of a "like" comparison are no guessed partners, and a first-person speaker outside quotation marks (the
voice of a transcript) takes no counterpart from the discourse. Hand-built parses as en_core_web_sm reads press
releases."""
from stancegraph.rules.guess_limits import transcript_voice

from .docs import parse, sentences, statements

# According to Turkey, the Russians agreed on a declaration.
ACCORDING_TO_TURKEY = """
    0  According  accord  VERB  VBG  6  prep
    1  to  _  ADP  IN  0  prep
    2  Turkey  _  PROPN  NNP  1  pobj  B-GPE
    3  ,  _  PUNCT  ,  6  punct
    4  the  _  DET  DT  5  det
    5  Russians  Russians  PROPN  NNPS  6  nsubj  B-NORP
    6  agreed  agree  VERB  VBD  6  ROOT
    7  on  _  ADP  IN  6  prep
    8  a  _  DET  DT  9  det
    9  declaration  _  NOUN  NN  7  pobj
    10  .  _  PUNCT  .  6  punct
"""

# Like Turkey, Germany expressed concern.
LIKE_TURKEY = """
    0  Like  like  ADP  IN  4  prep
    1  Turkey  _  PROPN  NNP  0  pobj  B-GPE
    2  ,  _  PUNCT  ,  4  punct
    3  Germany  _  PROPN  NNP  4  nsubj  B-GPE
    4  expressed  express  VERB  VBD  4  ROOT
    5  concern  _  NOUN  NN  4  dobj
    6  .  _  PUNCT  .  4  punct
"""

# Turkey is ready to help in the fight against Russia.
READY_TO_HELP_AGAINST_RUSSIA = """
    0  Turkey  _  PROPN  NNP  1  nsubj  B-GPE
    1  is  be  AUX  VBZ  1  ROOT
    2  ready  _  ADJ  JJ  1  acomp
    3  to  _  PART  TO  4  aux
    4  help  _  VERB  VB  2  xcomp
    5  in  _  ADP  IN  4  prep
    6  the  _  DET  DT  7  det
    7  fight  _  NOUN  NN  5  pobj
    8  against  _  ADP  IN  7  prep
    9  Russia  _  PROPN  NNP  8  pobj  B-GPE
    10  .  _  PUNCT  .  1  punct
"""

# Germany warned Russia. We agreed.  /  Germany warned Russia. " We agreed .
WARNED = """
    0  Germany  _  PROPN  NNP  1  nsubj  B-GPE
    1  warned  warn  VERB  VBD  1  ROOT
    2  Russia  _  PROPN  NNP  1  dobj  B-GPE
    3  .  _  PUNCT  .  1  punct
"""
WE_AGREED = """
    0  We  we  PRON  PRP  1  nsubj
    1  agreed  agree  VERB  VBD  1  ROOT
    2  .  _  PUNCT  .  1  punct
"""
QUOTED_WE_AGREED = """
    0  "  _  PUNCT  ``  2  punct
    1  We  we  PRON  PRP  2  nsubj
    2  agreed  agree  VERB  VBD  2  ROOT
    3  .  _  PUNCT  .  2  punct
    4  "  _  PUNCT  ''  2  punct
"""


def _targets(listing, registry, type_):
    return [[t.actor.id for t in st.targets] for st in statements(parse(listing, registry), registry) if st.type == type_]


def test_the_source_of_according_to_is_no_guessed_partner(registry):
    # "According to him, the G7 leaders agreed on a declaration": the source reports the act, it takes no part
    assert _targets(ACCORDING_TO_TURKEY, registry, "AGREE") and ["TUR"] not in _targets(ACCORDING_TO_TURKEY, registry, "AGREE")


def test_the_standard_of_a_like_comparison_is_no_guessed_target(registry):
    # "Like other Western leaders, Johnson expressed concern about ...": the compared are on the speaker's side
    found = _targets(LIKE_TURKEY, registry, "DISAPPROVE")
    assert found and ["TUR"] not in found


def test_the_adversary_of_a_cooperative_act_is_no_guessed_partner(registry):
    # "Palantir is ready to invest in Ukraine and help us in the fight against Russia": no agreement with Russia
    found = _targets(READY_TO_HELP_AGAINST_RUSSIA, registry, "AGREE")
    assert found and ["RUS"] not in found


def test_a_transcript_voice_is_the_first_person_outside_quotation_marks():
    doc = parse(sentences(WARNED, WE_AGREED, QUOTED_WE_AGREED))
    sents = list(doc.sents)
    assert transcript_voice("We", sents[1]) and not transcript_voice("We", sents[2])
    assert not transcript_voice("Germany", sents[0])
