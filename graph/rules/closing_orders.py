"""Orders to close down as coercion (pure): "the government ordered the opposition newspaper La Prensa to suspend
publication" restricts the newspaper (CAMEO 17, PLOVER COERCE: censorship, closure); "ordered Menem to appear"
stays a demand (:func:`stancegraph.rules.orders.ordered_party`).

The closing verbs are the lexicon's ``closing_verbs`` (ontology/lexicon/recall.toml).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["closing_order"]


def closing_order(verb: Token) -> bool:
    """Whether ``verb`` orders someone to close down, stop or suspend (an ordering verb with an object and an
    infinitive of a closing verb). The ordered act stays the order's content (no cue of its own).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Managua", "ordered", "La", "Prensa", "to", "suspend", "publication"],
    ...           heads=[1, 1, 3, 1, 5, 1, 5], deps=["nsubj", "ROOT", "compound", "dobj", "aux", "xcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "PROPN", "PART", "VERB", "NOUN"],
    ...           lemmas=["Managua", "order", "La", "Prensa", "to", "suspend", "publication"])
    >>> closing_order(doc[1])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "judge", "ordered", "Menem", "to", "appear"],
    ...           heads=[1, 2, 2, 2, 5, 2], deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp"],
    ...           pos=["DET", "NOUN", "VERB", "PROPN", "PART", "VERB"], lemmas=["a", "judge", "order", "Menem", "to", "appear"])
    >>> closing_order(doc[2])
    False
    """
    lex = lexicon()
    if verb.lemma_.lower() not in lex.words("ordering_verbs") or not any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    closing = lex.words("closing_verbs")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in closing and not any(g.dep_ == "neg" for g in children_of(c))
               for c in children_of(verb))
