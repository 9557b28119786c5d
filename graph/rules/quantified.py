"""Objects that a quantity in front hides from the parse: "kidnapped up to 16 Russian advisers" is parsed
as the particle "up" with a phrase "to 16 ... advisers", so the advisers are no object of the verb.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Rebels", "kidnapped", "up", "to", "16", "advisers"],
...           heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "prt", "prep", "nummod", "pobj"],
...           pos=["NOUN", "VERB", "ADP", "ADP", "NUM", "NOUN"])
>>> [t.text for t in quantified_objects(doc[1])]
['advisers']
"""
from __future__ import annotations

from spacy.tokens import Token
from stancegraph.rules.doc_index import children_of

__all__ = ["quantified_objects"]


def quantified_objects(verb: Token) -> list[Token]:
    """The heads of "up to N <noun>" phrases the parser hung on a particle "up" of ``verb``: its objects.
    The noun must carry its number ("up to 16 advisers"); "drove up to the border" is a path, not a quantity."""
    out = []
    for prt in children_of(verb):
        if prt.dep_ not in ("prt", "advmod", "prep") or prt.lower_ != "up":
            continue
        for prep in children_of(prt):
            if prep.dep_ == "prep" and prep.lower_ == "to":
                out += [p for p in children_of(prep) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                        and any(c.dep_ == "nummod" for c in children_of(p))]
    return out
