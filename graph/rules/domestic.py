"""Whose people a state's forces, courts and police act on when no state is named for them (domestic coding).

"A Moscow court sentenced opposition politician Vladimir Kara-Murza": the person is Russia's, as event data code
domestic repression. A release of another state's presidency is no such report: when Ukraine's presidency writes
"The Russian military abducted him" (the mayor of Melitopol), the person is not Russian; with no state named the
target keeps none rather than take the agent's (:func:`domestic_state`).
"""
from __future__ import annotations

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, Document
from stancegraph.rules.publisher import publisher_state

__all__ = ["domestic_state"]


def domestic_state(home: Actor | None, document: Document, registry: ActorRegistry) -> Actor | None:
    """The state a stateless person target of ``home``'s coercion or assault belongs to: ``home``, unless the
    document is the voice of another state (its publisher, :func:`stancegraph.rules.publisher.publisher_state`).

    >>> from stancegraph.model import ActorKind
    >>> rus = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    >>> ukr = Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR")
    >>> registry = ActorRegistry.from_records([rus, ukr], [("Russia", "RUS", "name"), ("Ukraine", "UKR", "name")], [])
    >>> domestic_state(rus, Document(id="d", text="...", source="president.gov.ua/en"), registry) is None
    True
    >>> domestic_state(rus, Document(id="d", text="...", source="en.kremlin.ru"), registry).id
    'RUS'
    >>> domestic_state(rus, Document(id="d", text="..."), registry).id
    'RUS'
    """
    if home is None:
        return None
    voice = publisher_state(document, registry)
    return home if voice is None or voice.id == home.id else None
