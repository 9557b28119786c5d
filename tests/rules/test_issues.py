"""stancegraph.rules.issues on hand-built phrases: one concept for the ways news writes an issue; stance by type."""
import pytest

from stancegraph.rules.issues import issue_concept, stance_of

from .docs import parse


@pytest.mark.parametrize("listing, expected", [
    ("""
    0  NATO       _  PROPN  NNP  3  poss   B-ORG
    1  's         _  PART   POS  0  case
    2  eastward   _  ADJ    JJ   3  amod
    3  expansion  _  NOUN   NN   3  ROOT
    """, "nato expansion"),
    # through the verb to its object
    ("""
    0  limiting   limit  VERB   VBG  0  ROOT
    1  NATO       _      PROPN  NNP  2  compound  B-ORG
    2  expansion  _      NOUN   NN   0  dobj
    """, "nato expansion"),
    # a synonym of the table
    ("""
    0  NATO         _  PROPN  NNP  1  compound  B-ORG
    1  enlargement  _  NOUN   NN   1  ROOT
    """, "nato expansion"),
    # through a framing noun
    ("""
    0  an         _  DET    DT   1  det
    1  end        _  NOUN   NN   1  ROOT
    2  to         _  ADP    IN   1  prep
    3  NATO       _  PROPN  NNP  4  compound  B-ORG
    4  expansion  _  NOUN   NN   2  pobj
    """, "nato expansion"),
    # a plain noun modifier comes after the names and before the head
    ("""
    0  Ukraine      _          PROPN  NNP  3  poss      B-GPE
    1  's           _          PART   POS  0  case
    2  gas          _          NOUN   NN   3  compound
    3  sovereignty  _          NOUN   NN   3  ROOT
    """, "ukraine gas sovereignty"),
    ("""
    0  new        _          ADJ    JJ   1  amod
    1  penalties  penalty    NOUN   NNS  1  ROOT
    """, "sanctions"),
])
def test_issues_concept_of_a_phrase(listing, expected):
    doc = parse(listing)
    assert issue_concept(list(doc)) == expected


def test_issues_concept_names_a_possessive_pronoun_by_its_antecedent():
    doc = parse("""
    0  its        _  PRON  PRP$  1  poss
    1  expansion  _  NOUN  NN    1  ROOT
    """)
    assert issue_concept(list(doc)) == "expansion"
    assert issue_concept(list(doc), names={0: "NATO"}) == "nato expansion"


def test_issues_concept_of_a_pronoun_is_none():
    doc = parse("""
    0  it  _  PRON  PRP  0  ROOT
    """)
    assert issue_concept(list(doc)) is None


@pytest.mark.parametrize("event_type, negated, expected", [
    ("AGREE", False, "support"), ("AID", False, "support"), ("DEMAND", False, "oppose"),
    ("FIGHT", False, "oppose"), ("REJECT", True, "support"), ("SUPPORT", True, "oppose"),
])
def test_issues_stance_of_an_event_type(event_type, negated, expected):
    assert stance_of(event_type, negated) == expected
