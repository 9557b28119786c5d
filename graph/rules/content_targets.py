"""The other side named inside the content of an intent (pure, over the parse): "reaffirmed Russia's willingness
to continue gas supplies to Italy" is addressed to Italy, the recipient its own phrase names, not to a partner the
discourse or the nearest name would guess. The intent nouns are the lexicon's ``intent_words``; the prepositions
that name a recipient its ``content_recipient_preps``. A relative clause ("the party that Russia supports") stays
another event: only an infinitive that completes the intent noun ("willingness to continue") is its content.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.doc_index import children_of

__all__ = ["intended_acts", "content_recipients"]


def intended_acts(head: Token) -> list[Token]:
    """The infinitives completing an intent noun that is an object of ``head`` ("reaffirmed [its willingness]
    [to continue]"), or of ``head`` itself when it is that noun.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "reaffirmed", "its", "willingness", "to", "continue", "supplies"],
    ...           heads=[1, 1, 3, 1, 5, 3, 5], deps=["nsubj", "ROOT", "poss", "dobj", "aux", "acl", "dobj"],
    ...           lemmas=["Russia", "reaffirm", "its", "willingness", "to", "continue", "supply"], tags=["", "", "", "", "TO", "VB", ""])
    >>> intended_acts(doc[1]), intended_acts(doc[0])
    ([continue], [])
    """
    words = lexicon().words("intent_words")
    nouns = [head] if head.lemma_.lower() in words else [
        c for c in children_of(head) if c.dep_ in ("dobj", "attr", "nsubjpass") and c.lemma_.lower() in words]
    return [v for n in nouns for v in children_of(n) if v.dep_ == "acl" and v.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(v))]


def content_recipients(head: Token, ctx: Context, exclude: frozenset[str]) -> list[ActorMention]:
    """The actors an intended act (:func:`intended_acts`) is done to: its object, dative or recipient
    preposition ("to continue supplies to Italy", "to help Moldova"), or a recipient preposition of its object
    ("to continue supplies to Italy" with "to Italy" on "supplies"); places and the speaker's side (``exclude``)
    are none.

    >>> from stancegraph.rules.toy import toy_context
    >>> ctx = toy_context(["Russia", "confirmed", "its", "willingness", "to", "supply", "gas", "to", "Turkey"],
    ...                   [1, 1, 3, 1, 5, 3, 5, 5, 7], ["nsubj", "ROOT", "poss", "dobj", "aux", "acl", "dobj", "prep", "pobj"],
    ...                   ["PROPN", "VERB", "PRON", "NOUN", "PART", "VERB", "NOUN", "ADP", "PROPN"],
    ...                   ["Russia", "confirm", "its", "willingness", "to", "supply", "gas", "to", "Turkey"],
    ...                   ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE"])
    >>> ctx.doc[5].tag_ = "VB"
    >>> [m.actors[0].id for m in content_recipients(ctx.doc[1], ctx, frozenset({"RUS"}))]
    ['TUR']
    """
    preps = lexicon().words("content_recipient_preps")
    out: list[ActorMention] = []
    for verb in intended_acts(head):
        phrases = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
        holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
        phrases += [p for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in preps
                    for p in children_of(c) if p.dep_ == "pobj"]
        for p in phrases:
            for m in ctx.index.of_phrase(p):
                if not m.locative and m not in out and not ({a.id for a in m.actors} & exclude):
                    out.append(m)
    return out
