"""The tokens of a sentence that the cue rules can take, read off the per-Doc columns (pure; no cue logic).

:func:`stancegraph.rules.cues.find_cues` asks every token of every sentence for a verb cue, a predicate and an
event noun; most tokens (determiners, punctuation, names, prepositions) fail the first test of each rule. These
selections apply exactly those first tests to the columns of :mod:`stancegraph.rules.doc_index`, so the rules
run, unchanged, on the tokens that can pass them, without a Token object made for the others. Each rule keeps
its own full test (tests/rules/test_doc_index.py checks that walking every token finds the same statements).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from stancegraph.rules.doc_index import doc_index

__all__ = ["noun_candidates", "verb_candidates"]

# verb_cue takes a VERB, or a hyphenated "U.S.-brokered"; predicate_type an ADJ or a VERB
_VERB_POS = frozenset({"VERB", "ADJ"})
# an event noun is a NOUN or PROPN, or a plural noun the tagger read as a verb (mistagged_noun: VBZ)
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def verb_candidates(sent: Span) -> list[Token]:
    """The tokens of ``sent`` that :func:`~stancegraph.rules.cues.verb_cue` or
    :func:`~stancegraph.rules.predicates.predicate_type` may take: verbs, adjectives and words with a hyphen.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "U.S.-brokered", "truce", "was", "signed", "."],
    ...           pos=["DET", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"])
    >>> verb_candidates(doc[:])
    [U.S.-brokered, signed]
    """
    index = doc_index(sent.doc)
    pos, text, tokens = index.pos, index.text, index.tokens
    return [tokens[i] for i in range(sent.start, sent.end) if pos[i] in _VERB_POS or "-" in text[i]]


def noun_candidates(sent: Span) -> list[Token]:
    """The tokens of ``sent`` that may be an event noun: nouns, proper nouns and -s forms tagged as verbs (VBZ).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "announced", "drills", "and", "talks"],
    ...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "VERB"], tags=["NNP", "VBD", "NNS", "CC", "VBZ"])
    >>> noun_candidates(doc[:])
    [NATO, drills, talks]
    """
    index = doc_index(sent.doc)
    pos, tag, tokens = index.pos, index.tag, index.tokens
    return [tokens[i] for i in range(sent.start, sent.end) if pos[i] in _NOUN_POS or tag[i] == "VBZ"]
