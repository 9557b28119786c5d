"""Organisation names the NER cut before their place: "National Union for the Total Independence of | Angola"
is one name, and the organisation of a name "... of/for <state>" is that state's national body.

A named entity that ends in "of" or "for" is no whole name: it takes the place right after it into the name;
the whole name is looked up in the registry (UNITA is a registered armed group of Angola), else minted with
the state as its home ("the National Council for Kenya" is Kenya's).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> from stancegraph.rules.actors import mint_actor
>>> angola = Actor(id="AGO", label="Angola", kind=ActorKind.STATE, iso3="AGO")
>>> registry = ActorRegistry.from_records([angola], [("Angola", "AGO", "name")], [])
>>> doc = Doc(spacy.blank("en").vocab, words="demands from National Union of Angola".split())
>>> cut = ActorMention(2, 5, 3, (mint_actor("National Union of", "ORG"),), "minted")
>>> [m] = joined_names(doc, [cut, ActorMention(5, 6, 5, (angola,), "name")], registry)
>>> doc[m.start:m.end].text, m.actors[0].label, m.state_hint.id
('National Union of Angola', 'National Union of Angola', 'AGO')
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention, mint_actor

__all__ = ["joined_names"]

_OPEN_ENDS = frozenset({"of", "for"})
_NAMED_KINDS = (ActorKind.GROUP, ActorKind.IGO, ActorKind.ORGAN)


def joined_names(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` with each organisation name that ends in "of"/"for" joined to the state named right after
    it (the two mentions become one: the registry's organisation of that name, else a minted one whose home
    is the state)."""
    by_start = {m.start: m for m in mentions}
    out, dropped = [], set()
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if id(m) in dropped:
            continue
        nxt = by_start.get(m.end)
        if (len(m.actors) != 1 or m.how != "minted" or m.actors[0].kind is not ActorKind.GROUP or nxt is None
                or len(nxt.actors) != 1 or nxt.actors[0].kind is not ActorKind.STATE
                or doc[m.end - 1].lower_ not in _OPEN_ENDS or nxt.end - nxt.start > 4):
            out.append(m)
            continue
        text = doc[m.start:nxt.end].text
        state = nxt.actors[0]
        found = [a for a, _ in registry.lookup(text) if a.kind in _NAMED_KINDS]
        actor: Actor = found[0] if found else mint_actor(text, "ORG")
        out.append(replace(m, end=nxt.end, actors=(actor,), how="name" if found else "minted",
                           state_hint=state if actor.kind is ActorKind.GROUP else None))
        dropped.add(id(nxt))
    return out
