"""Places whose sovereignty the sources contest (stancegraph.kb.places.contested) place no people: "the people of
Sevastopol" are no people of Ukraine nor of Russia, while the people of an uncontested city are its state's;
violence there keeps the country-level coding convention (ontology/sources/regions.toml)."""
from stancegraph.kb.places import contested

from .docs import parse, statements

# Putin congratulated the people of Sevastopol.
CONGRATULATED_THE_PEOPLE_OF = """
    0  Putin  _  PROPN  NNP  1  nsubj  B-PERSON
    1  congratulated  congratulate  VERB  VBD  1  ROOT
    2  the  the  DET  DT  3  det
    3  people  _  NOUN  NNS  1  dobj
    4  of  _  ADP  IN  3  prep
    5  Sevastopol  _  PROPN  NNP  4  pobj  B-GPE
    6  .  _  PUNCT  .  1  punct
"""

# Russian troops shelled Crimea.
TROOPS_SHELLED = """
    0  Russian  russian  ADJ  JJ  1  amod  B-NORP
    1  troops  troop  NOUN  NNS  2  nsubj
    2  shelled  shell  VERB  VBD  2  ROOT
    3  Crimea  _  PROPN  NNP  2  dobj  B-GPE
    4  .  _  PUNCT  .  2  punct
"""


def _targets(listing, registry):
    doc = parse(listing, registry)
    return [(t.actor.label, t.state.id if t.state else None) for st in statements(doc, registry) for t in st.targets]


def test_the_people_of_a_contested_place_have_no_state(registry):
    assert not any(state for _, state in _targets(CONGRATULATED_THE_PEOPLE_OF, registry))
    assert ("people (Ukraine)", "UKR") in _targets(CONGRATULATED_THE_PEOPLE_OF.replace("Sevastopol", "Kharkiv"), registry)


def test_violence_in_a_contested_place_keeps_the_coding_convention(registry):
    assert [label for label, _ in _targets(TROOPS_SHELLED, registry)] == ["Ukraine"]


def test_contested_names_are_data():
    assert all(contested(name) for name in ["Crimea", "Sevastopol", "Donetsk", "Luhansk", "Lugansk", "the Donbas"])
    assert not any(contested(name) for name in ["Kharkiv", "Mariupol", "Gaza", "Moscow"])
