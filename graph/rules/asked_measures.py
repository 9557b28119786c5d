"""Calls for measures against a third party (pure): the addressee of "calls for an embargo on Russia" is whoever is
asked (often unnamed: the partners, the world), not Russia, which the embargo would target.

An appeal or demand whose content (its object, preposition or infinitive) holds a measure (``measure_words`` in
``ontology/lexicon/prospects.toml``: embargo, sanctions, closing, pressure ...) takes no target from inside that
content and no guessed one. A measure with a doer of its own ("an end to Russia's blockade") is that doer's act,
so the demand may be addressed to it.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon

__all__ = ["asks_for_a_measure"]

_CONTENT = ("dobj", "prep", "xcomp", "ccomp")  # ("insist that ... sanctions against Russian oil should be")
_DOERS = ("nsubj", "poss", "agent")


def asks_for_a_measure(verb: Token) -> bool:
    """``verb`` (an appeal or demand) asks for a measure that has no doer of its own.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Kyiv", "called", "for", "an", "embargo", "on", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Kyiv", "call", "for", "an", "embargo", "on", "Russia"])
    >>> asks_for_a_measure(doc[1]), asks_for_a_measure(doc[4])
    (True, False)
    """
    words = lexicon().words("measure_words")
    return any(t.pos_ in ("NOUN", "VERB") and (t.lemma_.lower() in words or t.lower_ in words)
               and not any(d.dep_ in _DOERS for d in t.children)
               for c in verb.children if c.dep_ in _CONTENT for t in c.subtree)
