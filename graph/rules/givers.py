"""Acts the subject undergoes (pure, over the parse): "Ukraine has received strong support from the United States",
"received tanks from the US", "faced criticism from the EU" are the giver's acts, aimed at the subject.

A light verb of receiving (lexicon ``receiving_light_verbs``; ``possessing_light_verbs`` with support or aid: "our
state has the unwavering support of Slovenia") and a CAMEO verb pattern flagged ``undergone`` (the
dictionary's ":" codes) take their doer from a "from" or "by" phrase of the verb or of what is received (or its
"of": "won the support of France"); with none
named there is no act, never the subject's own ("78,000 Ukrainians have taken refuge in Slovakia" gives no aid).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context, own_side, state_of_body
from stancegraph.rules.cues import Cue
from stancegraph.rules.participants import actors_of
from stancegraph.rules.doc_index import children_of

__all__ = ["undergone", "givers", "other_side"]

_GIVING_PREPS = frozenset({"from", "by"})
_HELD_TYPES = frozenset({"SUPPORT", "AID"})  # what one "has" of another's: "has the support of Slovenia"


def undergone(cue: Cue) -> bool:
    """The cue's subject undergoes the act: a light verb of receiving or an ``undergone`` verb pattern.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "received", "support"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"], lemmas=["Kyiv", "receive", "support"])
    >>> undergone(Cue(doc[1], (doc[1], doc[2]), "SUPPORT", "light", doc[2])), undergone(Cue(doc[1], (doc[1],), "AID", "verb"))
    (True, False)
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "has", "support", "and", "had", "talks"], heads=[1, 1, 1, 1, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"], lemmas=["Kyiv", "have", "support", "and", "have", "talk"])
    >>> undergone(Cue(doc[1], (doc[1], doc[2]), "SUPPORT", "light", doc[2])), undergone(Cue(doc[4], (doc[4], doc[5]), "CONSULT", "light", doc[5]))
    (True, False)
    """
    lemma = cue.head.lemma_.lower()
    return cue.undergone or cue.kind == "light" and (lemma in lexicon().words("receiving_light_verbs") or (
        lemma in lexicon().words("possessing_light_verbs") and cue.type in _HELD_TYPES))


def givers(cue: Cue, ctx: Context) -> list[ActorMention]:
    """The actors a "from"/"by" phrase of the cue's verb or of what is received names."""
    received = _received(cue)
    # "won the support of France": the "of" of what is received, not of the verb ("died of wounds")
    phrases = [c for c in children_of(cue.head) if c.lower_ in _GIVING_PREPS] + [
        c for c in children_of(received) if c.lower_ in _GIVING_PREPS or (c.lower_ == "of" and received.i != cue.head.i)]
    return actors_of([p for c in phrases if c.dep_ in ("prep", "agent") for p in children_of(c) if p.dep_ == "pobj"], ctx)


def _received(cue: Cue) -> Token:
    """What is received: the light verb's noun, else the verb's object ("faced criticism from the EU")."""
    if cue.noun is not None:
        return cue.noun
    return next((c for c in children_of(cue.head) if c.dep_ == "dobj"), cue.head)


def other_side(receivers: list[ActorMention], giving: list[ActorMention], ctx: Context) -> list[ActorMention]:
    """The receivers not on a giver's side: "communities in ten regions of Ukraine will receive money from the
    central government" is a domestic transfer, no act between two sides."""
    sides = {i for m in giving for a in m.actors for i in (*own_side(a, ctx.reference, ctx), state_of_body(a))}
    return [m for m in receivers if not ({a.id for a in m.actors} & sides)]
