"""Views by state and sector: "EGY police" and "EGY opposition" as nodes (CAMEO country + sector), domestic dyads.

``roll_up="sector"`` (``--roll-up sector``) replaces each speaker and target by the node of the state it acted
for and the sector it acted in (``sg:onBehalfOf`` + ``sg:speakerSector``, a target's ``sg:targetOnBehalfOf`` and
``sg:targetSector`` or its own ``sg:sector``); an actor with a state but no sector becomes the state, one with
neither stays itself. The node of a state and a sector is the actor IRI of the sector actor the extractor
makes from text (``actor/x-egy-cop``, :func:`stancegraph.rules.sectors.sector_actor`), so "Egyptian police"
and a police chief of Egypt land on one node. An edge between two nodes of one state is domestic.

Examples
--------
>>> actors = {"https://w3id.org/stancegraph/actor/EGY": {"label": "Egypt", "kind": "state", "iso3": "EGY"}}
>>> row = {"speaker": "https://w3id.org/stancegraph/actor/x-cairo-police-chief", "speaker_state": "https://w3id.org/stancegraph/actor/EGY",
...        "speaker_sector": "COP", "targets": (), "target_states": (), "target_sectors": ()}
>>> node = sector_node("https://w3id.org/stancegraph/actor/EGY", "COP")
>>> node, with_sector_nodes([row], actors)[node]["label"]
('https://w3id.org/stancegraph/actor/x-egy-cop', 'police (Egypt)')
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from stancegraph.kb.sectors import SECTORS, STATE_SECTORS, sector_actor_id
from stancegraph.kb.vocab import ACTOR

__all__ = ["ROLL_UPS", "sector_node", "with_sector_nodes", "sector_endpoints", "state_of_node", "is_domestic"]

ROLL_UPS = ("state", "sector")
"""What ``roll_up`` may name besides True (= ``"state"``): persons and organs as their state, or as state + sector."""

_ACTOR = str(ACTOR)


def sector_node(state: str, sector: str) -> str:
    """The node (actor IRI) of ``sector`` of the state ``state`` (an actor IRI)."""
    return _ACTOR + sector_actor_id(state[len(_ACTOR):], sector)


def _pairs(rows: Iterable[dict], actors: Mapping[str, dict]) -> set[tuple[str, str]]:
    pairs = set()
    for row in rows:
        for actor, state, sector in _ends(row, actors):
            if state and sector:
                pairs.add((state, sector))
    return pairs


def with_sector_nodes(rows: Iterable[dict], actors: Mapping[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``actors`` plus an entry (label, kind, state, sector) for the node of every state and sector the rows
    name; entries of actors the graph describes keep their label and gain ``state``."""
    out = {iri: dict(info) for iri, info in actors.items()}
    for state, sector in sorted(_pairs(rows, actors)):
        if sector not in SECTORS or not state.startswith(_ACTOR):
            continue
        node = sector_node(state, sector)
        label = f"{SECTORS[sector].lower()} ({(actors.get(state) or {}).get('label') or state[len(_ACTOR):]})"
        entry = out.setdefault(node, {"label": label, "kind": "organ" if sector in STATE_SECTORS else "group",
                                      "iso3": None, "wikidata": None})
        entry.update(state=state, sector=sector)
    return out


def _ends(row: dict, actors: Mapping[str, dict]) -> list[tuple[str, str | None, str | None]]:
    """(actor, state, sector) of the speaker and each target of ``row``."""
    def state_of(actor: str, given: str | None) -> str | None:
        return given or (actor if (actors.get(actor) or {}).get("kind") == "state" else None)

    speaker = row["speaker"]
    out = [(speaker, state_of(speaker, row["speaker_state"]),
            row.get("speaker_sector") or (actors.get(speaker) or {}).get("sector"))]
    targets, states, sectors = row["targets"], row["target_states"], row.get("target_sectors", ())
    for t in targets:
        own = (actors.get(t) or {}).get("sector")
        sector = own or (sectors[0] if len(targets) == 1 and len(sectors) == 1 else None)
        out.append((t, state_of(t, states[0] if len(targets) == 1 and len(states) == 1 else None), sector))
    return out


def sector_endpoints(row: dict, actors: Mapping[str, dict]) -> tuple[str, list[str]]:
    """Speaker and targets of ``row`` as state + sector nodes (see the module doc)."""
    ends = [sector_node(state, sector) if state and sector else (state or actor) for actor, state, sector in _ends(row, actors)]
    return ends[0], sorted(set(ends[1:]))


def state_of_node(node: str, actors: Mapping[str, dict]) -> str | None:
    """The state a node of a rolled-up view belongs to: itself for a state, the state of a sector node."""
    info = actors.get(node) or {}
    return node if info.get("kind") == "state" else info.get("state")


def is_domestic(u: str, v: str, actors: Mapping[str, dict]) -> bool:
    """An edge inside one state ("EGY police" -> "EGY opposition", or a state to itself)."""
    state = state_of_node(u, actors)
    return state is not None and state == state_of_node(v, actors)
