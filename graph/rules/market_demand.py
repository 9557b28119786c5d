"""Market demand is no political demand (pure, over the parse): "Russia meets over 40 percent of Greece's demand
in natural gas" measures a market, Greece demands nothing of Russia. A noun of the lexicon's ``market_nouns``
("demand") is a market's when what it is for is a commodity or traded good (its "for" or "in" phrase, or a
word before it: "demand for gas", "energy demand"; the lexicon's ``commodity_nouns`` and ``trade_nouns``), or
when it is measured ("40 percent of Greece's demand", "a third of the demand"): a political demand is made,
not counted. "Met their demands" and "the demand for security guarantees" stay demands."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.economic_flows import traded_word
from stancegraph.rules.doc_index import children_of

__all__ = ["market_demand"]

# named-entity labels of a measured share: "40 percent", "a third"
_MEASURES = ("PERCENT", "QUANTITY", "CARDINAL")


def market_demand(noun: Token) -> bool:
    """``noun`` (a noun of ``market_nouns``) is demand on a market: for a commodity, or measured as a share.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["40", "percent", "of", "demand", "in", "gas", "and", "demands", "for", "talks"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4, 3, 3, 7, 8],
    ...           deps=["nummod", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
    ...           lemmas=["40", "percent", "of", "demand", "in", "gas", "and", "demand", "for", "talk"])
    >>> market_demand(doc[3]), market_demand(doc[7])
    (True, False)
    """
    if noun.lemma_.lower() not in lexicon().words("market_nouns"):
        return False
    named = [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("for", "in") for p in children_of(c) if p.dep_ == "pobj"]
    named += [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if any(traded_word(t, money=False) for t in named):
        return True  # "demand in natural gas", "gas demand"
    share = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return share is not None and share.pos_ in ("NOUN", "NUM") and (
        share.ent_type_ in _MEASURES or any(c.dep_ == "nummod" for c in children_of(share)))
