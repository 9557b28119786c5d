"""Calls for measures against a third party (pure): the addressee of "calls for an embargo on Russia" is whoever is
asked (often unnamed: the partners, the world), not Russia, which the embargo would target.

An appeal or demand whose content (its object, preposition or infinitive) holds a measure (``measure_words`` in
``ontology/lexicon/prospects.toml``: embargo, sanctions, closing, pressure ...) takes no target from inside that
content and no guessed one. A measure with a doer of its own ("an end to Russia's blockade") is that doer's act,
so the demand may be addressed to it.

Where what is asked for goes is no one asked either: "We call for the reduction of opportunities of gray and black
imports to Russia through the CSTO and the Eurasian Union" (president.gov.ua) appeals to no Russia, CSTO or Union
(:func:`requested_destination`; ``destination_preps`` in ontology/lexicon/constructions.toml).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["asks_for_a_destination", "asks_for_a_measure", "requested_destination"]

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
               and not any(d.dep_ in _DOERS for d in children_of(t))
               for c in children_of(verb) if c.dep_ in _CONTENT for t in c.subtree)


def requested_destination(tok: Token, top: Token) -> bool:
    """``tok`` (below ``top``, the content of an appeal or demand) is where the thing asked for goes or passes: the
    object of a preposition of destination or route ("to", "through") on a noun of the content, "imports to Russia
    through the CSTO". Who is asked is reached otherwise: "asked for assistance from NATO", "asking for the promise
    of the Russian Federation to be fulfilled", "called for the adoption of a UN Security Council resolution".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["call", "for", "the", "reduction", "of", "imports", "to", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 3, 4, 3, 6],
    ...           deps=["ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"])
    >>> requested_destination(doc[7], doc[1]), requested_destination(doc[5], doc[1])
    (True, False)
    """
    t = tok
    while t.i != top.i and t.head.i != t.i:
        p = t.head
        if t.dep_ in ("pobj", "conj") and p.dep_ == "prep" and p.lower_ in lexicon().words("destination_preps") and p.head.pos_ == "NOUN" \
                and p.head.lemma_.lower() not in lexicon().words("to_theme_nouns"):  # "an end to the farm reform": its theme
            return True
        t = p
    return False


def asks_for_a_destination(verb: Token) -> bool:
    """``verb`` (an appeal or demand) asks for something that goes to a named destination ("call for the reduction
    of ... imports to Russia"): the one asked is someone else, so the destination is no guess for it either.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["call", "for", "the", "reduction", "of", "imports", "to", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 3, 4, 3, 6],
    ...           deps=["ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"])
    >>> asks_for_a_destination(doc[0])
    True
    """
    return any(t.pos_ == "PROPN" and requested_destination(t, c)
               for c in children_of(verb) if c.dep_ in _CONTENT for t in c.subtree)
