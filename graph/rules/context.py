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
from stancegraph.rules.doc_index import doc_index
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.sectors import STATE_SECTORS

__all__ = ["Context", "actor_ref", "own_side"]


@dataclass
class Context:
    """The state of reading one parsed document: the Doc, the document, the registry, the actor mentions
    indexed, the reference date (the publication date), the discourse so far and the sentence number.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.model import Role
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="NATO", label="NATO", kind=ActorKind.IGO),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("NATO", "NATO", "name"), ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "warned", "NATO", "."], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    ...           lemmas=["Putin", "warn", "NATO", "."], ents=["B-PERSON", "O", "B-ORG", "O"])
    >>> ctx = Context(doc=doc, document=Document(id="d1", text=doc.text, date=dt.date(2022, 1, 20)), registry=registry,
    ...               index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=dt.date(2022, 1, 20))
    >>> [m.actors[0].id for m in ctx.index.mentions], ctx.sentence, ctx.reference
    (['vladimir-putin', 'NATO'], 0, datetime.date(2022, 1, 20))
    """

    doc: Doc
    document: Document
    registry: ActorRegistry
    index: MentionIndex
    reference: dt.date | None
    discourse: Discourse = field(default_factory=Discourse)
    sentence: int = 0  # number of the sentence in the document, for the discourse window


def actor_ref(m: ActorMention, actor: Actor, day: dt.date | None, ctx: Context) -> ActorRef:
    """``actor`` as mention ``m`` names it, with the state it represented on ``day`` (else on the
    reference date): a person's state from their post, else the state named beside them.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.model import Role
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="NATO", label="NATO", kind=ActorKind.IGO),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("NATO", "NATO", "name"), ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "warned", "NATO", "."], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    ...           lemmas=["Putin", "warn", "NATO", "."], ents=["B-PERSON", "O", "B-ORG", "O"])
    >>> ctx = Context(doc=doc, document=Document(id="d1", text=doc.text, date=dt.date(2022, 1, 20)), registry=registry,
    ...               index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=dt.date(2022, 1, 20))
    >>> putin = ctx.index.mentions[0]
    >>> ref = actor_ref(putin, putin.actors[0], None, ctx)
    >>> ref.actor.id, ref.mention, ref.state.id
    ('vladimir-putin', Span(text='Putin', start=0, end=5), 'RUS')
    >>> nato = ctx.index.mentions[1]
    >>> actor_ref(nato, nato.actors[0], None, ctx).state is None
    True
    """
    # posts are looked up on the act's date, else on the publication date: Stoltenberg speaks for NATO in 2022
    state = (state_at(ctx.registry, actor, day or ctx.reference) or (m.state_hint if len(m.actors) == 1 else None)
             or (ctx.registry.home_state_of(actor.id, day or ctx.reference) if actor.kind is ActorKind.PERSON else None))
    return ActorRef(actor=actor, mention=_mention_span(ctx.doc, m.start, m.end), state=state)


def _mention_span(doc: Doc, start: int, end: int) -> Span:
    """The text and character offsets of the tokens ``start:end``, as ``doc[start:end]`` gives them, read off
    the Doc's index (a spaCy Span makes a Token per word for its text: some thousands of mentions a run)."""
    if end <= start:
        span = doc[start:end]
        return Span(text=span.text, start=span.start_char, end=span.end_char)
    index = doc_index(doc)
    first, last = index.tokens[start], index.tokens[end - 1]
    return Span(text=index.span_text(start, end), start=first.idx, end=last.idx + len(index.text[end - 1]))


def own_side(actor: Actor, day: dt.date | None, ctx: Context) -> set[str]:
    """The ids of ``actor``'s side on ``day``: itself and the state it represented (a non-state group
    stands only for itself).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.model import Role
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="NATO", label="NATO", kind=ActorKind.IGO),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("NATO", "NATO", "name"), ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "warned", "NATO", "."], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "punct"], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    ...           lemmas=["Putin", "warn", "NATO", "."], ents=["B-PERSON", "O", "B-ORG", "O"])
    >>> ctx = Context(doc=doc, document=Document(id="d1", text=doc.text, date=dt.date(2022, 1, 20)), registry=registry,
    ...               index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=dt.date(2022, 1, 20))
    >>> sorted(own_side(registry.get("vladimir-putin"), None, ctx)), own_side(registry.get("NATO"), None, ctx)
    (['RUS', 'vladimir-putin'], {'NATO'})
    """
    if actor.kind is ActorKind.GROUP:
        return {actor.id}  # Hamas does not act for Palestine, nor rebels for the state they fight
    ids = {actor.id}
    state = state_at(ctx.registry, actor, day or ctx.reference)
    if state is not None:
        ids.add(state.id)
    post = ctx.registry.post_of(actor.id, day or ctx.reference) if actor.kind is ActorKind.PERSON else None
    if post is not None:  # "von der Leyen noted that the European Commission should complete ...": her own body
        ids.add(post.organisation)
    return ids


def state_of_body(actor: Actor) -> str | None:
    """The state a state body belongs to: an organ's, or a state sector's read as a group ("government (Ukraine)",
    "Armed Forces of Ukraine"); None for any other actor (rebels based in a state are not of it)."""
    if actor.kind is ActorKind.ORGAN and actor.part_of:
        return actor.part_of
    return actor.based_in if actor.sector in STATE_SECTORS else None
