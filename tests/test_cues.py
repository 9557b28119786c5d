"""find_cues on hand-built parses: which words trigger an event, of which type and kind."""
import pytest

from stancegraph.rules.cues import find_cues


@pytest.mark.parametrize("words, heads, deps, lemmas, pos, tags, expected", [
    # "Russia demanded guarantees": a cue verb; its object is a cue too (the extractor drops it as content)
    (["Russia", "demanded", "guarantees"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["Russia", "demand", "guarantee"], ["PROPN", "VERB", "NOUN"], ["NNP", "VBD", "NNS"],
     [("demanded", "DEMAND", "verb"), ("guarantees", "AGREE", "noun")]),
    # "Blinken held talks": a light verb and its event noun, counted once
    (["Blinken", "held", "talks"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["Blinken", "hold", "talk"], ["PROPN", "VERB", "NOUN"], ["NNP", "VBD", "NNS"], [("held", "CONSULT", "light")]),
    # "Poland called on NATO": a phrasal verb
    (["Poland", "called", "on", "NATO"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
     ["Poland", "call", "on", "NATO"], ["PROPN", "VERB", "ADP", "PROPN"], ["NNP", "VBD", "IN", "NNP"],
     [("called", "APPEAL", "phrasal")]),
    # "Moscow severed ties": an ending verb turns cooperation into a sanction
    (["Moscow", "severed", "ties"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["Moscow", "sever", "tie"], ["PROPN", "VERB", "NOUN"], ["NNP", "VBD", "NNS"], [("severed", "SANCTION", "light")]),
    # "the EU's rejection": an event noun
    (["the", "EU", "'s", "rejection"], [1, 3, 1, 3], ["det", "poss", "case", "ROOT"],
     ["the", "EU", "'s", "rejection"], ["DET", "PROPN", "PART", "NOUN"], ["DT", "NNP", "POS", "NN"],
     [("rejection", "REJECT", "noun")]),
    # "announcement drills with Belarus": a plural event noun the tagger read as a verb
    (["announcement", "drills", "with", "Belarus"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
     ["announcement", "drill", "with", "Belarus"], ["NOUN", "VERB", "ADP", "PROPN"], ["NN", "VBZ", "IN", "NNP"],
     [("drills", "COOPERATE", "noun")]),
    # "Russia exercises restraint": a real verb with an object is not a mis-tagged noun
    (["Russia", "exercises", "restraint"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["Russia", "exercise", "restraint"], ["PROPN", "VERB", "NOUN"], ["NNP", "VBZ", "NN"], []),
])
def test_cues_found(make_doc, words, heads, deps, lemmas, pos, tags, expected):
    doc = make_doc(words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)
    found = [(c.head.text, c.type, c.kind) for c in find_cues(doc[:])]
    assert found == expected
