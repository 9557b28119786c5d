"""Whom a person or organ represents on a day: their state, or the international organisation whose official
or organ they are (read by the extractor for the states of its mentions; rules.mention_index re-exports it)."""
from __future__ import annotations

import datetime as dt

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind

__all__ = ["state_at"]


def state_at(registry: ActorRegistry, actor: Actor, day: dt.date | None) -> Actor | None:
    """Whom a person or organ represented on ``day``: their state, or for officials and organs of an
    international organisation that organisation ("NATO Secretary General", "UN General Assembly");
    for a registered non-state group the state it is based in. None for states, IGOs and the unknown.

    Examples
    --------
    >>> from stancegraph.model import Role
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR"),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("Russian", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> state_at(registry, registry.get("vladimir-putin"), dt.date(2022, 2, 24)).id
    'RUS'
    >>> state_at(registry, registry.get("vladimir-putin"), dt.date(2000, 1, 1)) is None
    True
    >>> state_at(registry, registry.get("RUS"), None) is None
    True
    """
    if actor.kind is ActorKind.GROUP:
        return registry.state_of(actor.id, day)
    if actor.kind not in (ActorKind.PERSON, ActorKind.ORGAN):
        return None
    state = registry.state_of(actor.id, day)
    if state is not None:
        return state
    org = registry.get(actor.part_of) if actor.kind is ActorKind.ORGAN and actor.part_of else None
    if actor.kind is ActorKind.PERSON:
        post = registry.post_of(actor.id, day)
        org = registry.get(post.organisation) if post is not None else None
    for _ in range(3):  # an organ of an organ: climb to the organisation itself
        if org is None or org.kind is not ActorKind.ORGAN or not org.part_of:
            break
        org = registry.get(org.part_of)
    return org if org is not None and org.kind in (ActorKind.IGO, ActorKind.BLOC, ActorKind.STATE) else None
