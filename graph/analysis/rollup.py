"""The state an actor stood for on a day, for roll-ups: persons, organs and minted actors whose state is known.

A statement names the state its speaker spoke for (``sg:onBehalfOf``) only where the extraction found it.
:func:`state_at` fills the rest from what is known of the actor on the statement's date: the graph's
``sg:partOf`` and ``sg:basedIn`` of organs and groups, the packaged registry's dated posts of persons (a
president until the day he left office), and the state a minted actor was named after ("congress
(Ukraine)" is ``x-ukr-congress``).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from stancegraph.analysis.table import StatementTable
from stancegraph.kb.vocab import ACTOR

__all__ = ["state_at", "state_iris"]

_MINTED = re.compile(r"x-([a-z]{2,4})-.+")


def state_at(iri: str, day: str | None, table: StatementTable) -> str | None:
    """The IRI of the state ``iri`` stood for on ``day`` (ISO; without one, a person's posts are not used),
    if known and among the actors of ``table``; a state stands for itself.

    >>> from rdflib import Graph, Literal
    >>> from rdflib.namespace import RDF, SKOS
    >>> from stancegraph.kb.vocab import SG
    >>> from stancegraph.analysis.table import statement_table
    >>> g = Graph()
    >>> for aid, cls in [("UKR", SG.State), ("x-ukr-congress", SG.OtherGroup), ("volodymyr-zelenskyy", SG.Person)]:
    ...     _ = g.add((ACTOR[aid], RDF.type, cls)); _ = g.add((ACTOR[aid], SKOS.prefLabel, Literal(aid)))
    >>> table = statement_table(g)
    >>> [state_at(str(ACTOR[a]), "2022-03-01", table) == str(ACTOR.UKR) for a in ("x-ukr-congress", "volodymyr-zelenskyy")]
    [True, True]
    """
    info = table.actors.get(iri) or {}
    if info.get("kind") == "state":
        return iri
    states = state_iris(table)
    own = sorted(set(table.state_of.get(iri, ())) & states)
    if len(own) == 1 and info.get("kind") != "person":  # a person's posts in the graph carry no dates
        return own[0]
    if not iri.startswith(str(ACTOR)):
        return None
    found = _registry_state(iri[len(str(ACTOR)):], day)
    return found if found in states else None


_STATES: dict[int, tuple[object, frozenset[str]]] = {}


def state_iris(table: StatementTable) -> frozenset[str]:
    """The IRIs of the states among the actors of ``table`` (computed once per table)."""
    cached = _STATES.get(id(table.actors))
    if cached is None or cached[0] is not table.actors:
        cached = (table.actors, frozenset(i for i, a in table.actors.items() if a.get("kind") == "state"))
        _STATES.clear()
        _STATES[id(table.actors)] = cached
    return cached[1]


@lru_cache(maxsize=4096)
def _registry_state(local: str, day: str | None) -> str | None:
    """The state of the packaged registry's actor ``local`` on ``day``, or of the state a minted id names."""
    from stancegraph.analysis.actor_keys import default_registry

    registry = default_registry()
    if registry is None:
        return None
    minted = _MINTED.fullmatch(local)
    if minted:
        state = registry.get(minted.group(1).upper())
        return str(ACTOR[state.id]) if state is not None and state.kind.value == "state" else None
    if registry.get(local) is None or not day:  # no date, no knowing which post a person held
        return None
    try:
        when = dt.date.fromisoformat(day[:10]) if day else None
    except ValueError:
        when = None
    state = registry.state_of(local, when)
    return str(ACTOR[state.id]) if state is not None else None
