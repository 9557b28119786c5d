"""The parse-listing builder the rule tests share (tests/rules/docs.py), and the guard against loading a model."""
import pytest
import spacy

from .docs import parse

LISTING = """
    0  The      the      DET    DT   1  det    B-GPE
    1  Kremlin  _        PROPN  NNP  2  nsubj  I-GPE
    2  warned   warn     VERB   VBD  2  ROOT
    3  Kyiv     _        PROPN  NNP  2  dobj   B-GPE
    4  .        _        PUNCT  .    2  punct
    5  "        _        PUNCT  ``   6  punct
    6  Enough   enough   ADJ    JJ   6  ROOT
    7  "        _        PUNCT  ''   6  punct
"""


def test_docs_listing_gives_words_tags_tree_and_entities():
    doc = parse(LISTING)
    assert doc.text == 'The Kremlin warned Kyiv. "Enough"'
    assert [(t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc[:3]] == [
        ("the", "DET", "DT", "det", 1), ("Kremlin", "PROPN", "NNP", "nsubj", 2), ("warn", "VERB", "VBD", "ROOT", 2)]
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("The Kremlin", "GPE", ""), ("Kyiv", "GPE", "")]
    assert [s.text for s in doc.sents] == ["The Kremlin warned Kyiv.", '"Enough"']


def test_docs_registry_gives_the_actor_rulers_ids(registry):
    doc = parse(LISTING, registry)
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("The Kremlin", "RUS#metonym"), ("Kyiv", "UKR#metonym")]


def test_docs_listing_with_a_wrong_index_is_refused():
    with pytest.raises(ValueError, match="listing line 1"):
        parse("""
        0  Russia  _  PROPN  NNP  1  nsubj
        2  left    leave  VERB  VBD  1  ROOT
        """)


def test_docs_rule_tests_cannot_load_a_trained_pipeline():
    with pytest.raises(AssertionError, match="must not load a trained pipeline"):
        spacy.load("en_core_web_sm")
