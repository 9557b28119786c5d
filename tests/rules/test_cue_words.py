"""The tokens find_cues asks (stancegraph.rules.cue_words): every token a cue rule takes is among them, so
find_cues finds what it finds asking every token of the sentence."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from stancegraph.rules import cues
from stancegraph.rules.cue_words import noun_candidates, verb_candidates
from stancegraph.rules.cues import find_cues, verb_cue
from stancegraph.rules.event_nouns import mistagged_noun, noun_type
from stancegraph.rules.predicates import predicate_type

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"
VOCAB = spacy.blank("en").vocab


def _every_token_cues(sent, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(cues, "verb_candidates", lambda s: list(s))
        m.setattr(cues, "noun_candidates", lambda s: list(s))
        return find_cues(sent)


def _key(found):
    return [(c.head.i, c.type, c.kind, [w.i for w in c.words]) for c in found]


# an adjective predicate, a hyphenated mediation word tagged a noun, a plural event noun tagged a verb (VBZ)
CASES = {
    "ready": (["Kyiv", "is", "ready", "to", "work", "with", "Ankara"], [1, 1, 1, 4, 2, 4, 5],
              ["nsubj", "ROOT", "acomp", "aux", "xcomp", "prep", "pobj"], ["PROPN", "AUX", "ADJ", "PART", "VERB", "ADP", "PROPN"],
              ["NNP", "VBZ", "JJ", "TO", "VB", "IN", "NNP"], ["Kyiv", "be", "ready", "to", "work", "with", "Ankara"], "AGREE"),
    "brokered": (["a", "U.S.-brokered", "truce", "held"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
                 ["DET", "NOUN", "NOUN", "VERB"], ["DT", "NN", "NN", "VBD"], ["a", "U.S.-brokered", "truce", "hold"], "CONSULT"),
    "drills": (["the", "army", "drills", "with", "Belarus"], [2, 2, 2, 2, 3], ["det", "nsubj", "ROOT", "prep", "pobj"],
               ["DET", "NOUN", "VERB", "ADP", "PROPN"], ["DT", "NN", "VBZ", "IN", "NNP"], ["the", "army", "drill", "with", "Belarus"],
               "COOPERATE"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cue_words_keep_the_tokens_the_rules_take(name, monkeypatch):
    words, heads, deps, pos, tags, lemmas, type_ = CASES[name]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    found = find_cues(doc[:])
    assert type_ in [c.type for c in found]
    assert _key(found) == _key(_every_token_cues(doc[:], monkeypatch))


def test_cue_words_hold_every_cue_of_the_example(nlp):
    doc = nlp(EXAMPLE.read_text(encoding="utf-8"))
    for sent in doc.sents:
        verbs, nouns = {t.i for t in verb_candidates(sent)}, {t.i for t in noun_candidates(sent)}
        assert {t.i for t in sent if verb_cue(t) is not None or predicate_type(t) is not None} <= verbs
        assert {t.i for t in sent if noun_type(t) and (t.pos_ in ("NOUN", "PROPN") or mistagged_noun(t, []))} <= nouns
