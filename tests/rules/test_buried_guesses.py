"""The nearest-name guess of a cooperative act's partner (stancegraph.rules.guessed_targets) skips an actor deep inside
what the act is about or the doer of a conflict the act is about; one phrase down it is still the partner.
Hand-built parses as en_core_web_sm reads press releases."""
from .docs import parse, statements

# The EU is agreeing on the package of sanctions against Russia.
AGREEING_ON_SANCTIONS_AGAINST_RUSSIA = """
    0  The  the  DET  DT  1  det
    1  EU  _  PROPN  NNP  3  nsubj  B-ORG
    2  is  be  AUX  VBZ  3  aux
    3  agreeing  agree  VERB  VBG  3  ROOT
    4  on  _  ADP  IN  3  prep
    5  the  _  DET  DT  6  det
    6  package  _  NOUN  NN  4  pobj
    7  of  _  ADP  IN  6  prep
    8  sanctions  sanction  NOUN  NNS  7  pobj
    9  against  _  ADP  IN  8  prep
    10  Russia  _  PROPN  NNP  9  pobj  B-GPE
    11  .  _  PUNCT  .  3  punct
"""

# Zelensky informed about the needs of the army to counter Russian aggression.
INFORMED_TO_COUNTER_RUSSIAN_AGGRESSION = """
    0  Zelensky  _  PROPN  NNP  1  nsubj  B-PERSON
    1  informed  inform  VERB  VBD  1  ROOT
    2  about  _  ADP  IN  1  prep
    3  the  the  DET  DT  4  det
    4  needs  need  NOUN  NNS  2  pobj
    5  of  _  ADP  IN  4  prep
    6  the  the  DET  DT  7  det
    7  army  _  NOUN  NN  5  pobj
    8  to  _  PART  TO  9  aux
    9  counter  _  VERB  VB  1  advcl
    10  Russian  russian  ADJ  JJ  11  amod  B-NORP
    11  aggression  _  NOUN  NN  9  dobj
    12  .  _  PUNCT  .  1  punct
"""

# Zelensky expressed gratitude for the assistance provided by the United States.
GRATITUDE_FOR_ASSISTANCE_PROVIDED_BY = """
    0  Zelensky  _  PROPN  NNP  1  nsubj  B-PERSON
    1  expressed  express  VERB  VBD  1  ROOT
    2  gratitude  _  NOUN  NN  1  dobj
    3  for  _  ADP  IN  2  prep
    4  the  the  DET  DT  5  det
    5  assistance  _  NOUN  NN  3  pobj
    6  provided  provide  VERB  VBN  5  acl
    7  by  _  ADP  IN  6  agent
    8  the  the  DET  DT  10  det
    9  United  _  PROPN  NNP  10  compound  B-GPE
    10  States  _  PROPN  NNP  7  pobj  I-GPE
    11  .  _  PUNCT  .  1  punct
"""


def _targets(listing, registry, type_):
    doc = parse(listing, registry)
    return [[t.actor.id for t in st.targets] for st in statements(doc, registry) if st.type == type_]


def test_an_actor_three_phrases_down_is_no_partner(registry):
    assert _targets(AGREEING_ON_SANCTIONS_AGAINST_RUSSIA, registry, "AGREE") in ([], [[]])


def test_the_doer_of_a_conflict_the_act_is_about_is_no_partner(registry):
    assert ["RUS"] not in _targets(INFORMED_TO_COUNTER_RUSSIAN_AGGRESSION, registry, "CONSULT")


def test_the_doer_two_phrases_down_is_still_the_partner(registry):
    assert _targets(GRATITUDE_FOR_ASSISTANCE_PROVIDED_BY, registry, "SUPPORT") == [["USA"]]
