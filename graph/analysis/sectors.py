"""Views by state and sector: "EGY police" and "EGY opposition" as nodes (CAMEO country + sector), domestic dyads.

``roll_up="sector"`` (``--roll-up sector``) replaces each speaker and target by the node of the state it acted
for and the sector it acted in. The state is the one ``roll_up="state"`` finds
(:func:`stancegraph.analysis.filters.endpoints`: ``sg:onBehalfOf``/``sg:targetOnBehalfOf``, else persons' dated
posts, organs, minted actors); the sector is the statement's ``sg:speakerSector``/``sg:targetSector`` or the
actor's own ``sg:sector``. An actor with a state but no sector becomes the state, one with neither stays itself.
The node of a state and a sector is the actor IRI of the sector actor the extractor makes from text
(``actor/x-egy-cop``, :func:`stancegraph.kb.sectors.sector_actor_id`), so "Egyptian police" and a police chief
of Egypt land on one node. An edge between two nodes of one state is domestic.

Examples
--------
>>> egypt = "https://w3id.org/stancegraph/actor/EGY"
>>> actors = {egypt: {"label": "Egypt", "kind": "state", "iso3": "EGY"}}
>>> row = {"speaker": "https://w3id.org/stancegraph/actor/x-cairo-police-chief", "speaker_sector": "COP",
...        "targets": (), "target_sectors": ()}
>>> [node] = sector_ends(row, [egypt], actors)
>>> node, actors[node]["label"], is_domestic(node, egypt, actors)
('https://w3id.org/stancegraph/actor/x-egy-cop', 'police (Egypt)', True)
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stancegraph.kb.sectors import SECTORS, STATE_SECTORS, sector_actor_id
from stancegraph.kb.vocab import ACTOR

__all__ = ["ROLL_UPS", "sector_node", "sector_ends", "state_of_node", "is_domestic"]

ROLL_UPS = ("state", "sector")
"""What ``roll_up`` may name besides True (= ``"state"``): persons and organs as their state, or as state + sector."""

_ACTOR = str(ACTOR)


def sector_node(state: str, sector: str) -> str:
    """The node (actor IRI) of ``sector`` of the state ``state`` (an actor IRI)."""
    return _ACTOR + sector_actor_id(state[len(_ACTOR):], sector)


def _node_entry(actors: dict[str, dict[str, Any]], state: str, sector: str) -> None:
    """Describe the node of ``state`` and ``sector`` in ``actors`` (label "police (Egypt)", kind, state, sector),
    where it is first needed; an actor the graph describes under that IRI keeps its label and gains the state."""
    node = sector_node(state, sector)
    label = f"{SECTORS[sector].lower()} ({(actors.get(state) or {}).get('label') or state[len(_ACTOR):]})"
    entry = actors.setdefault(node, {"label": label, "kind": "organ" if sector in STATE_SECTORS else "group",
                                     "iso3": None, "wikidata": None})
    entry.update(state=state, sector=sector)


def _sectors_of_ends(row: dict, actors: Mapping[str, dict]) -> list[str | None]:
    """The sector the speaker and each target of ``row`` acted in: the statement's, else the actor's own."""
    speaker = row["speaker"]
    out = [row.get("speaker_sector") or (actors.get(speaker) or {}).get("sector")]
    targets, sectors = row["targets"], row.get("target_sectors", ())
    for t in targets:  # the statement's target sector is not per target: only a lone target takes it
        out.append((actors.get(t) or {}).get("sector") or (sectors[0] if len(targets) == 1 and len(sectors) == 1 else None))
    return out


def sector_ends(row: dict, states: list[str | None], actors: dict[str, dict[str, Any]]) -> list[str]:
    """The speaker and targets of ``row`` as state + sector nodes, given the state of each (None: unknown);
    describes every node it makes in ``actors`` (see the module doc)."""
    ends = []
    for actor, state, sector in zip([row["speaker"], *row["targets"]], states, _sectors_of_ends(row, actors)):
        if state and sector in SECTORS and state.startswith(_ACTOR):
            _node_entry(actors, state, sector)
            ends.append(sector_node(state, sector))
        else:
            ends.append(state or actor)
    return ends


def state_of_node(node: str, actors: Mapping[str, dict]) -> str | None:
    """The state a node of a rolled-up view belongs to: itself for a state, the state of a sector node."""
    info = actors.get(node) or {}
    return node if info.get("kind") == "state" else info.get("state")


def is_domestic(u: str, v: str, actors: Mapping[str, dict]) -> bool:
    """An edge inside one state ("EGY police" -> "EGY opposition", or a state to itself)."""
    state = state_of_node(u, actors)
    return state is not None and state == state_of_node(v, actors)
