"""Places whose sovereignty the sources contest lend no state (stancegraph.kb.places.contested): "the people of
Sevastopol" are no people of Ukraine nor of Russia, while an uncontested city still places its state."""
from stancegraph.kb.places import contested
from stancegraph.rules.actors import named_mentions

from .docs import parse

# Congratulations to the people of Sevastopol and Kharkiv.
PEOPLE_OF_SEVASTOPOL_AND_KHARKIV = """
    0  Congratulations  congratulation  NOUN  NNS  0  ROOT
    1  to  _  ADP  IN  0  prep
    2  the  _  DET  DT  3  det
    3  people  _  NOUN  NNS  1  pobj
    4  of  _  ADP  IN  3  prep
    5  Sevastopol  _  PROPN  NNP  4  pobj  B-GPE
    6  and  _  CCONJ  CC  5  cc
    7  Kharkiv  _  PROPN  NNP  5  conj  B-GPE
    8  .  _  PUNCT  .  0  punct
"""


def test_a_contested_place_names_no_state(registry):
    doc = parse(PEOPLE_OF_SEVASTOPOL_AND_KHARKIV, registry)
    found = [(doc[m.start:m.end].text, [a.id for a in m.actors], m.how) for m in named_mentions(doc, registry)]
    assert found == [("Kharkiv", ["UKR"], "place")]  # no "Sevastopol" -> Ukraine (or Russia), nor a minted actor


def test_contested_names_are_data():
    assert all(contested(name) for name in ["Crimea", "Sevastopol", "Donetsk", "Luhansk", "Lugansk", "the Donbas"])
    assert not any(contested(name) for name in ["Kharkiv", "Mariupol", "Gaza", "Moscow"])
