"""What lifting or setting up a relation is (pure, over the parse): a light verb that ends a restriction or sets
up diplomatic relations gives the construction its own type.

The code book: easing administrative or political restrictions ("lifted the curfew", "cancelled restrictions on
the use of the Russian language", "ended the state of emergency") is CONCEDE (CAMEO 081); easing economic
sanctions or a blockade ("lifted sanctions", "cancelled the embargo", "ended the blockade") is RETREAT (CAMEO
085, 0872). Establishing, restoring or upgrading diplomatic relations is diplomatic cooperation, SUPPORT (CAMEO 05,
as PLOVER codes "upgraded their diplomatic ties")."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of

__all__ = ["light_type"]


def _administrative(noun: Token) -> bool:
    """A curfew, emergency or ban that is no trade measure: "restrictions on the use of the Russian language"."""
    lex = lexicon()
    words = lex.construction_words["administrative_restriction_nouns"]
    if noun.lemma_.lower() not in words and not any(
            c.dep_ == "compound" and c.lemma_.lower() in words for c in children_of(noun)):
        return False
    return not any(t.lemma_.lower() in lex.trade_nouns or t.lower_ in lex.trade_nouns for t in noun.subtree if t.i != noun.i)


def light_type(lemma: str, noun: Token, type_: str) -> str:
    """The type of a light verb ``lemma`` with the event noun ``noun`` whose own type is ``type_``.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["lifted", "the", "curfew", "and", "the", "sanctions", "and", "ties"],
    ...           heads=[0, 2, 0, 2, 5, 2, 5, 5], deps=["ROOT", "det", "dobj", "cc", "det", "conj", "cc", "conj"],
    ...           lemmas=["lift", "the", "curfew", "and", "the", "sanction", "and", "tie"])
    >>> light_type("lift", doc[2], "COERCE"), light_type("lift", doc[5], "SANCTION"), light_type("impose", doc[5], "SANCTION")
    ('CONCEDE', 'RETREAT', 'SANCTION')
    >>> light_type("sever", doc[7], "SANCTION")
    'SANCTION'
    """
    lex = lexicon()
    groups = lex.construction_words
    easing = lemma in lex.dropping_verbs or lemma in groups["lifting_verbs"] or lemma in lex.ending_verbs
    if easing and noun_type(noun) in ("SANCTION", "COERCE"):  # (not "severed ties": ties are no restriction)
        return "CONCEDE" if _administrative(noun) else "RETREAT"
    if lemma in groups["relation_doing_verbs"] and noun.lemma_.lower() in groups["relationship_nouns"] and any(
            c.dep_ in ("amod", "compound") and c.lower_ in groups["diplomatic_words"] for c in children_of(noun)):
        return "SUPPORT"  # "upgraded their diplomatic ties", "restored diplomatic relations"
    return type_
