"""Trade is no aid (pure, over the parse): supplying gas, oil or fuel, or supplying under contracts, is economic
cooperation (COOPERATE, CAMEO 061), not the provision of aid (AID, CAMEO 07): "Russia supplies Hungary with
natural gas under long-term contracts"; "delivered foodstuffs to Lebanon without cost" stays aid."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["traded"]


def _goods(verb: Token) -> list[Token]:
    """What the verb supplies: its object, and the object of its "with" ("supplies Hungary with gas")."""
    out = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    out += [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" for p in children_of(c) if p.dep_ == "pobj"]
    if verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in out):
        # "the groups of goods that we are currently supplying to Russia": what the relative stands for
        out += [verb.head] + [p for c in children_of(verb.head) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)]
    return out + [g for o in out for g in children_of(o) if g.dep_ in ("compound", "amod", "conj")]


def traded(verb: Token, noun: Token | None = None) -> bool:
    """The supplying ``verb`` (or its event ``noun``) trades commodities or runs under contracts.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "supplies", "Hungary", "with", "gas", "and", "Kyiv", "with", "aid"],
    ...           heads=[1, 1, 1, 1, 3, 1, 1, 6, 7], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
    ...           lemmas=["Russia", "supply", "Hungary", "with", "gas", "and", "Kyiv", "with", "aid"])
    >>> traded(doc[1]), traded(doc[6])
    (True, False)
    """
    words = lexicon().construction_words
    goods = _goods(verb) + ([noun] if noun is not None else [])
    if any(g.lemma_.lower() in words["commodity_nouns"] or g.lower_ in words["commodity_nouns"] for g in goods):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("under", "per") and any(
        p.lemma_.lower() in words["contract_nouns"] for p in children_of(c) if p.dep_ == "pobj") for c in children_of(verb))
