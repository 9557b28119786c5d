"""Persons' names run into the portfolio of the title before them (stancegraph.rules.title_runs), on hand-built
parses as en_core_web_sm reads press releases: the NER takes the portfolio's last words into the name."""
from stancegraph.model import ActorKind
from stancegraph.rules.actors import named_mentions

from .docs import parse

# The President instructed Minister of Education and Science Serhiy Shkarlet to act.
INSTRUCTED_MINISTER_OF_EDUCATION_AND_SCIENCE = """
    0  The  the  DET  DT  1  det
    1  President  _  PROPN  NNP  2  nsubj
    2  instructed  instruct  VERB  VBD  2  ROOT
    3  Minister  _  PROPN  NNP  9  compound
    4  of  _  ADP  IN  3  prep
    5  Education  _  PROPN  NNP  4  pobj
    6  and  _  CCONJ  CC  5  cc
    7  Science  _  PROPN  NNP  5  conj  B-ORG
    8  Serhiy  _  PROPN  NNP  9  compound  I-ORG
    9  Shkarlet  _  PROPN  NNP  2  dobj  I-ORG
    10  to  _  PART  TO  11  aux
    11  act  _  VERB  VB  2  xcomp
    12  .  _  PUNCT  .  2  punct
"""

# He met Secretary of the National Security and Defense Council Oleksiy Danilov.
MET_SECRETARY_OF_THE_COUNCIL = """
    0  He  he  PRON  PRP  1  nsubj
    1  met  meet  VERB  VBD  1  ROOT
    2  Secretary  _  PROPN  NNP  1  dobj
    3  of  _  ADP  IN  2  prep
    4  the  _  DET  DT  6  det
    5  National  _  PROPN  NNP  6  compound
    6  Security  _  PROPN  NNP  3  pobj
    7  and  _  CCONJ  CC  6  cc
    8  Defense  _  PROPN  NNP  9  compound  B-ORG
    9  Council  _  PROPN  NNP  11  compound  I-ORG
    10  Oleksiy  _  PROPN  NNP  11  compound  I-ORG
    11  Danilov  _  PROPN  NNP  6  conj  I-ORG
    12  .  _  PUNCT  .  1  punct
"""

# He met President of the Desautel Group Jerome Desautel.
MET_PRESIDENT_OF_THE_GROUP = """
    0  He  he  PRON  PRP  1  nsubj
    1  met  meet  VERB  VBD  1  ROOT
    2  President  _  PROPN  NNP  1  dobj
    3  of  _  ADP  IN  2  prep
    4  the  _  DET  DT  6  det  B-ORG
    5  Desautel  _  PROPN  NNP  6  compound  I-ORG
    6  Group  _  PROPN  NNP  8  compound  I-ORG
    7  Jerome  _  PROPN  NNP  8  compound  B-PERSON
    8  Desautel  _  PROPN  NNP  3  pobj  I-PERSON
    9  .  _  PUNCT  .  1  punct
"""


def _mentions(listing, registry):
    doc = parse(listing, registry)
    return [(doc[m.start:m.end].text, m.actors[0]) for m in named_mentions(doc, registry)]


def test_portfolio_words_are_no_part_of_the_name(registry):
    # the person is minted under the name after the portfolio, not as "Science Serhiy Shkarlet" (a group)
    [(text, actor)] = _mentions(INSTRUCTED_MINISTER_OF_EDUCATION_AND_SCIENCE, registry)
    assert text == "Serhiy Shkarlet" and actor.label == "Serhiy Shkarlet" and actor.kind is ActorKind.PERSON


def test_name_after_an_organ_links_to_the_registered_person(registry):
    found = _mentions(MET_SECRETARY_OF_THE_COUNCIL, registry)
    assert [(text, actor.id) for text, actor in found] == [("Oleksiy Danilov", "oleksiy-danilov")]


def test_an_organisation_name_after_a_title_is_no_person(registry):
    # "the" alone is no portfolio: "Desautel Group" is not taken for a person's name
    found = _mentions(MET_PRESIDENT_OF_THE_GROUP, registry)
    assert [(text, actor.kind) for text, actor in found] == [("Jerome Desautel", ActorKind.PERSON)]


# Putin had a conversation with President of Egypt Abdel Sisi. (en_core_web_sm hung the name off the root)
CONVERSATION_WITH_PRESIDENT_OF_EGYPT = """
    0  Putin  _  PROPN  NNP  1  nsubj  B-PERSON
    1  had  have  VERB  VBD  1  ROOT
    2  a  _  DET  DT  3  det
    3  conversation  _  NOUN  NN  1  dobj
    4  with  _  ADP  IN  3  prep
    5  President  _  PROPN  NNP  4  pobj
    6  of  _  ADP  IN  5  prep
    7  Egypt  _  PROPN  NNP  6  pobj  B-GPE
    8  Abdel  _  PROPN  NNP  9  compound  B-PERSON
    9  Sisi  _  PROPN  NNP  1  punct  I-PERSON
    10  .  _  PUNCT  .  1  punct
"""


def test_the_person_after_a_title_phrase_holds_the_title(registry):
    from .docs import statements
    doc = parse(CONVERSATION_WITH_PRESIDENT_OF_EGYPT, registry)
    consult = [st for st in statements(doc, registry) if st.type == "CONSULT"]
    assert [[t.actor.label for t in st.targets] for st in consult] == [["Abdel Sisi"]]  # not Egypt
