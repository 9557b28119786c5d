"""The verb patterns' AnchoredMatcher finds what spaCy's DependencyMatcher finds, in the same order."""
import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from stancegraph.rules.anchored_matcher import AnchoredMatcher
from stancegraph.rules.verb_patterns import compile_patterns

VOCAB = spacy.blank("en").vocab


def parsed(rows):
    """A Doc from (word, head, dep, pos, lemma) rows."""
    words, heads, deps, pos, lemmas = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), lemmas=list(lemmas))


DOCS = [
    # "Kigali put off the talks and cut diplomatic relations.": particle + object, object + modifier
    parsed([("Kigali", 1, "nsubj", "PROPN", "Kigali"), ("put", 1, "ROOT", "VERB", "put"), ("off", 1, "prt", "ADP", "off"),
            ("the", 4, "det", "DET", "the"), ("talks", 1, "dobj", "NOUN", "talk"), ("and", 1, "cc", "CCONJ", "and"),
            ("cut", 1, "conj", "VERB", "cut"), ("diplomatic", 8, "amod", "ADJ", "diplomatic"),
            ("relations", 6, "dobj", "NOUN", "relation"), (".", 1, "punct", "PUNCT", ".")]),
    # "Moscow rushed troops to the border and sent troops to Belarus to the drills.": preposition phrases at
    # several depths (">>"), two candidates for one node
    parsed([("Moscow", 1, "nsubj", "PROPN", "Moscow"), ("rushed", 1, "ROOT", "VERB", "rush"),
            ("troops", 1, "dobj", "NOUN", "troop"), ("to", 1, "prep", "ADP", "to"), ("the", 5, "det", "DET", "the"),
            ("border", 3, "pobj", "NOUN", "border"), ("and", 1, "cc", "CCONJ", "and"), ("sent", 1, "conj", "VERB", "send"),
            ("troops", 7, "dobj", "NOUN", "troop"), ("to", 8, "prep", "ADP", "to"), ("Belarus", 9, "pobj", "PROPN", "Belarus"),
            ("to", 7, "prep", "ADP", "to"), ("the", 13, "det", "DET", "the"), ("drills", 11, "pobj", "NOUN", "drill"),
            (".", 1, "punct", "PUNCT", ".")]),
    # "Turkey lifted the blockade it had imposed.": a relative clause under the object
    parsed([("Turkey", 1, "nsubj", "PROPN", "Turkey"), ("lifted", 1, "ROOT", "VERB", "lift"), ("the", 3, "det", "DET", "the"),
            ("blockade", 1, "dobj", "NOUN", "blockade"), ("it", 6, "nsubj", "PRON", "it"), ("had", 6, "aux", "AUX", "have"),
            ("imposed", 3, "relcl", "VERB", "impose"), (".", 1, "punct", "PUNCT", ".")]),
    parsed([("Talks", 1, "nsubj", "NOUN", "talk"), ("resumed", 1, "ROOT", "VERB", "resume")]),
]


def test_verb_patterns_anchored_matcher_finds_the_dependency_matchers_matches():
    compiled = compile_patterns(VOCAB)
    found = [compiled.anchored(doc) for doc in DOCS]
    assert found == [[(key, list(ids)) for key, ids in compiled.matcher(doc)] for doc in DOCS]
    assert found[0] and found[1]  # the sentences do match patterns: the comparison is not of two empty lists
    assert compiled.matches(DOCS[0])[1].pattern.cameo == "164"


def test_anchored_matcher_non_projective_descendants_in_text_order():
    # the verb's descendants are 3 (under 5) and 4 (under 1): spaCy's matcher lists them as 3, 4
    doc = parsed([("a", 1, "nsubj", "NOUN", "a"), ("go", 1, "ROOT", "VERB", "go"), ("to", 1, "prep", "ADP", "to"),
                  ("to", 5, "prep", "ADP", "to"), ("x", 1, "dobj", "NOUN", "x"), ("y", 1, "dobj", "NOUN", "y")])
    pattern = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "go"}},
               {"LEFT_ID": "verb", "REL_OP": ">>", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"LOWER": {"IN": ["to"]}}}]
    anchored, reference = AnchoredMatcher(VOCAB), DependencyMatcher(VOCAB)
    anchored.add("go_to", [pattern])
    reference.add("go_to", [pattern])
    assert anchored(doc) == [(key, list(ids)) for key, ids in reference(doc)] == [(VOCAB.strings["go_to"], [1, 2]), (VOCAB.strings["go_to"], [1, 3])]


@pytest.mark.parametrize("pattern, message", [
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}}], "needs LEMMA"),
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "go"}},
      {"LEFT_ID": "verb", "REL_OP": "<", "RIGHT_ID": "x", "RIGHT_ATTRS": {"DEP": "nsubj"}}], "REL_OP"),
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"NOT_IN": ["go"]}}}], "only {'IN'"),
    ([{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "go", "_": {"x": 1}}}], "not supported"),
])
def test_anchored_matcher_refuses_what_it_cannot_match_like_spacy(pattern, message):
    with pytest.raises(ValueError, match=message):
        AnchoredMatcher(VOCAB).add("bad", [pattern])


def test_verb_patterns_per_verb_matcher_finds_every_match_that_names_its_verb():
    # match_at runs the patterns narrowed to each verb's own words: the matches with an index key for the verb must
    # be the full matcher's, in the same order (the others are read for nothing)
    from stancegraph.rules.doc_index import doc_index
    from stancegraph.rules.verb_patterns import _key_of

    compiled = compile_patterns(VOCAB)

    def keyed(matcher, index, i):
        found = []
        for pattern, ids in matcher.at(index, i):
            shape = compiled.shape_ids[matcher.match_id(pattern)]
            key = _key_of(shape, ids, index)[0]
            if any(index.lemma[i] in compiled.patterns[p].verbs for p in compiled.index.get(key, ())):
                found.append((shape, ids))
        return found

    seen = 0
    for doc in DOCS:
        index = doc_index(doc)
        for i in range(len(doc)):
            assert keyed(compiled.per_verb, index, i) == keyed(compiled.anchored, index, i)
            seen += len(keyed(compiled.per_verb, index, i))
    assert seen >= 3
