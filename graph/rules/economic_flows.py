"""Trade and money as what an act restricts (pure, over the parse): blocking, halting or restricting economic
flows (imports, exports, payments, assets, a cash flow, export-import operations) is a sanction (PLOVER
SANCTION, CAMEO 16), not a rejection: REJECT is for blocking a proposal, a resolution or a deal. "The European
Union, the United States and its allies are already working to block Russia's cash flow from energy exports",
"we will have to block all export-import operations with Russia".

An object is economic when its head is a word of trade (the lexicon's ``trade_nouns``: "imports", "banks"), a
commodity (``commodity_nouns``: "gas", "oil") or money (``financial_nouns``: "payments", "assets"), or when it
is a flow, channel or operation (``flow_nouns``) that such a word qualifies ("cash flow", "export-import
operations", "the flow of goods"). A "trade deal" is no flow: blocking it stays a rejection."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["economic_flow", "traded_word"]

# prepositions whose object says what a flow carries: "the flow of goods", "cash flow from energy exports"
_CARRIED_PREPS = ("of", "from", "in")


def traded_word(tok: Token, *, money: bool = True) -> bool:
    """``tok`` is a word of trade or a commodity (lexicon ``trade_nouns``, ``commodity_nouns``), or of money
    (``financial_nouns``) unless ``money`` is False.

    >>> import spacy
    >>> doc = spacy.blank("en")("gas payments talks")
    >>> traded_word(doc[0]), traded_word(doc[1]), traded_word(doc[1], money=False), traded_word(doc[2])
    (True, True, False, False)
    """
    lex = lexicon()
    words = lex.trade_nouns | lex.words("commodity_nouns") | (lex.words("financial_nouns") if money else frozenset())
    return tok.lemma_.lower() in words or tok.lower_ in words


def economic_flow(obj: Token) -> bool:
    """``obj`` (the object of a verb of blocking or restricting) names trade, commodities or money.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["block", "all", "export", "-", "import", "operations", "and", "the", "trade", "deal"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 5, 4, 4, 5, 0, 5, 9, 9, 5],
    ...           deps=["ROOT", "det", "compound", "punct", "compound", "dobj", "cc", "det", "compound", "conj"],
    ...           lemmas=["block", "all", "export", "-", "import", "operation", "and", "the", "trade", "deal"])
    >>> economic_flow(doc[5]), economic_flow(doc[9])
    (True, False)
    """
    if traded_word(obj):
        return True
    flows = lexicon().words("flow_nouns")
    if obj.lemma_.lower() not in flows and obj.lower_ not in flows:
        return False
    qualifiers = [t for t in obj.subtree if t.i < obj.i and t.dep_ in ("compound", "amod", "nmod")]
    carried = [p for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in _CARRIED_PREPS for p in children_of(c) if p.dep_ == "pobj"]
    return any(traded_word(t) for t in qualifiers + carried)
