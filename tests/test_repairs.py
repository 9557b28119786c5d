"""Parse repairs on hand-built Docs (no pipeline): each repair fires on its shape and nowhere else."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from stancegraph.nlp.repairs import coordinated_noun, repair_parse


def _doc(rows):
    """Doc from (word, head index, dep, pos, tag) rows."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


# "..., prompting condemnation from Washington and calls from the UN for restraint ."
_PROMPTING = [
    ("Protests", 1, "nsubj", "NOUN", "NNS"), ("spread", 1, "ROOT", "VERB", "VBD"), (",", 1, "punct", "PUNCT", ","),
    ("prompting", 1, "advcl", "VERB", "VBG"), ("condemnation", 3, "dobj", "NOUN", "NN"),
    ("from", 4, "prep", "ADP", "IN"), ("Washington", 5, "pobj", "PROPN", "NNP"), ("and", 3, "cc", "CCONJ", "CC"),
    ("calls", 3, "conj", "VERB", "VBZ"), ("from", 8, "prep", "ADP", "IN"), ("UN", 9, "pobj", "PROPN", "NNP"),
    ("for", 8, "prep", "ADP", "IN"), ("restraint", 11, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."),
]


def test_repair_plural_noun_read_as_verb_joins_the_object():
    doc = _doc(_PROMPTING)
    assert coordinated_noun(doc[8]).text == "condemnation"
    repair_parse(doc)
    calls = doc[8]
    assert (calls.pos_, calls.tag_, calls.dep_, calls.head.text) == ("NOUN", "NNS", "conj", "condemnation")
    assert doc[7].head.text == "condemnation"  # the "and" goes with it
    assert doc[11].head.text == "calls"  # its own phrases stay


def test_repair_leaves_a_real_second_verb_alone():
    # "... prompting condemnation and calls on the UN" is the same shape save the subject: "and he calls"
    rows = list(_PROMPTING)
    rows[8] = ("calls", 3, "conj", "VERB", "VBZ")
    rows.insert(8, ("he", 9, "nsubj", "PRON", "PRP"))
    rows = [(w, h + 1 if h >= 8 and i != 8 else h, d, p, t) for i, (w, h, d, p, t) in enumerate(rows)]
    doc = _doc(rows)
    assert doc[9].text == "calls" and coordinated_noun(doc[9]) is None


def test_repair_needs_the_tense_mismatch():
    rows = list(_PROMPTING)
    rows[3] = ("prompts", 1, "advcl", "VERB", "VBZ")  # "prompts condemnation and calls ...": a verb pair
    assert coordinated_noun(_doc(rows)[8]) is None
