"""The state of reading one parsed document (the Doc, the registry, its actor mentions, the discourse so
far, the reference date) and the actor references it makes: whom a mention stands for on a day, and
which side an actor is on."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from stancegraph.rules.actors import ActorMention
from stancegraph.rules.mention_index import MentionIndex, state_at
from stancegraph.rules.discourse import Discourse
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span
from stancegraph.kb.registry import ActorRegistry

__all__ = ["Context", "actor_ref", "own_side"]


@dataclass
class Context:
    doc: Doc
    document: Document
    registry: ActorRegistry
    index: MentionIndex
    reference: dt.date | None
    discourse: Discourse = field(default_factory=Discourse)
    sentence: int = 0  # number of the sentence in the document, for the discourse window


def actor_ref(m: ActorMention, actor: Actor, day: dt.date | None, ctx: Context) -> ActorRef:
    span = ctx.doc[m.start:m.end]
    # posts are looked up on the act's date, else on the publication date: Stoltenberg speaks for NATO in 2022
    state = (state_at(ctx.registry, actor, day or ctx.reference) or (m.state_hint if len(m.actors) == 1 else None)
             or (ctx.registry.home_state_of(actor.id, day or ctx.reference) if actor.kind is ActorKind.PERSON else None))
    return ActorRef(actor=actor, mention=Span(text=span.text, start=span.start_char, end=span.end_char), state=state)


def own_side(actor: Actor, day: dt.date | None, ctx: Context) -> set[str]:
    if actor.kind is ActorKind.GROUP:
        return {actor.id}  # Hamas does not act for Palestine, nor rebels for the state they fight
    ids = {actor.id}
    state = state_at(ctx.registry, actor, day or ctx.reference)
    if state is not None:
        ids.add(state.id)
    return ids
