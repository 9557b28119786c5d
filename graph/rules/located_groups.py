"""Where a group the registry does not know belongs: the state named beside it ("Lebanese Hezbollah") or the one
state its own clause places it in ("... in northeastern Nigeria"), as country-level event coding does; a body
named "International ..." or "World ..." belongs to none.

>>> from stancegraph.model import Actor
>>> from stancegraph.rules.actors import ActorMention
>>> from stancegraph.rules.toy import toy_context
>>> ctx = toy_context(["World", "Federation", "met", "in", "Ukraine"], [1, 2, 2, 2, 3],
...                   ["compound", "nsubj", "ROOT", "prep", "pobj"], ["PROPN", "PROPN", "VERB", "ADP", "PROPN"],
...                   ["World", "Federation", "meet", "in", "Ukraine"], ["B-ORG", "I-ORG", "O", "O", "B-GPE"])
>>> def group(start, label):
...     return ActorMention(start, 2, 1, (Actor(id="x", label=label, kind=ActorKind.GROUP),), "minted")
>>> located_group(ctx.doc, group(1, "Federation"), {}, ctx.index.mentions).state_hint.id
'UKR'
>>> located_group(ctx.doc, group(0, "World Federation"), {}, ctx.index.mentions).state_hint is None
True
"""
from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from spacy.tokens import Doc, Token

from stancegraph.model import ActorKind
from stancegraph.rules.doc_index import sentence_of

Mention = TypeVar("Mention")  # rules.actors.ActorMention (that module calls this one)

__all__ = ["located_group"]


def located_group(doc: Doc, m: Mention, states: dict[int, Mention], named: list[Mention]) -> Mention:
    """A group the registry does not know (Boko Haram, Hezbollah) is coded to the state named beside it
    ("Lebanese Hezbollah") or, failing that, to the one state the sentence places it in ("... in
    northeastern Nigeria"), as country-level event coding does."""
    root = doc[m.head]
    for i in range(root.left_edge.i, m.start):
        if i in states:
            return replace(m, state_hint=states[i].actors[0])
    if any(t.lower_ in _WORLDWIDE for t in doc[m.start:m.end]) or any(w in _WORLDWIDE for w in m.actors[0].label.lower().split()):
        return m  # "The International Swimming Federation": no state's group, wherever the sentence is
    sent = sentence_of(root)
    located = {p.actors[0].id: p.actors[0] for p in named
               if sent.start <= p.head < sent.end and p.locative and p.actors[0].kind is ActorKind.STATE
               and _same_clause(doc[p.head], root) and _places_it(doc[p.head], root)}
    return replace(m, state_hint=next(iter(located.values()))) if len(located) == 1 else m


_WORLDWIDE = frozenset({"international", "world", "global", "worldwide"})
_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "csubj", "parataxis"})


def _places_it(place: Token, group: Token) -> bool:
    """A place locates a group in subject position wherever its clause puts it ("Boko Haram attacked a village in
    northeastern Nigeria"); an object group only by a place of its own phrase or of the verb ("met the Chamber of
    Commerce in Kyiv"), not one inside another noun ("informed Asaf Hajiyev about the situation in eastern Ukraine")."""
    group = _phrase_head(group)
    if group.dep_ in ("nsubj", "nsubjpass") or group.left_edge.i <= place.i <= group.right_edge.i:
        return True
    tok = place.head
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        if tok.pos_ in ("NOUN", "PROPN") and tok.i != group.i:
            return False
        tok = tok.head
    return True


def _same_clause(place: Token, group: Token) -> bool:
    """``place`` is in the clause of ``group``: not inside another clause below the clause's verb ("suspended
    him because he attended a concert on the anniversary of Crimea's reunification": Crimea places the
    concert, not the federation)."""
    verb, phrase = group, _phrase_head(group)
    while verb.dep_ not in _CLAUSES and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    tok = place
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in _CLAUSES and not (tok.dep_ in ("acl", "relcl") and tok.head.i == phrase.i):
            return False  # (but "guerrillas operating in Macedonia": a clause describing the group is its own phrase)
        tok = tok.head
    return tok.i == verb.i


def _phrase_head(group: Token) -> Token:
    """The noun the group's words belong to: "ethnic Albanian | guerrillas", "Boko Haram | militants"."""
    while group.dep_ in ("compound", "flat", "appos", "conj", "amod") and group.head.i != group.i:
        group = group.head
    return group
