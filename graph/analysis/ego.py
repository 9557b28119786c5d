"""Ego networks of a view, and finding the node an actor's name means."""
from __future__ import annotations

import logging
from typing import Any

import networkx as nx

from stancegraph.analysis.table_reader import local_name
from stancegraph.errors import InputError
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.vocab import ACTOR

__all__ = ["ego_graph", "find_actor"]

logger = logging.getLogger(__name__)

_SHOWN_ACTORS = 12  # actors listed when a name matches none


def ego_graph(G: nx.Graph, actor: str, *, radius: int = 1) -> nx.Graph:
    """The ego network of ``actor``: everyone within ``radius`` steps (either direction), with all
    edges among them, as a copy of ``G``'s type; ``H.graph["ego"]`` is the actor's node.

    ``actor`` is found by :func:`find_actor` (IRI, id such as ``RUS``, label, alias).

    >>> import networkx as nx
    >>> G = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego_graph(G, "b").nodes), sorted(ego_graph(G, "b", radius=2).nodes)
    (['a', 'b', 'c'], ['a', 'b', 'c', 'd'])
    """
    if not isinstance(radius, int) or isinstance(radius, bool) or radius < 0:
        raise InputError(f"radius={radius!r}: must be a whole number of steps, 0 or more")
    node = find_actor(G, actor)
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    reach = nx.single_source_shortest_path_length(U, node, cutoff=radius)
    H = G.subgraph([n for n in G if n in reach]).copy()
    H.graph["ego"] = node
    H.graph["radius"] = radius
    return H


def find_actor(G: nx.Graph, text: str) -> Any:
    """The node of ``G`` that ``text`` names: node id/IRI, IRI local name (``RUS``,
    ``vladimir-putin``), label (``Russia``; case-insensitive), a registry alias (``Kremlin``), or a
    unique part of a label (``Putin``).

    Raises
    ------
    InputError
        If no node or several nodes match; the message lists actors of the graph.

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("https://w3id.org/stancegraph/actor/RUS", label="Russia")
    >>> find_actor(G, "russia") == find_actor(G, "RUS") == "https://w3id.org/stancegraph/actor/RUS"
    True
    """
    wanted = str(text).strip()
    if wanted in G:
        return wanted
    key = wanted.casefold()
    nodes = sorted(G.nodes, key=str)
    labels = {n: str(G.nodes[n].get("label") or local_name(str(n))) for n in nodes}
    for match in (
        lambda n: local_name(str(n)).casefold() == key,
        lambda n: labels[n].casefold() == key,
    ):
        found = [n for n in nodes if match(n)]
        if len(found) == 1:
            return found[0]
    alias = _registry_match(wanted, nodes)
    if alias is not None:
        return alias
    found = [n for n in nodes if key and key in labels[n].casefold()]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise InputError(f"actor {wanted!r} matches several actors ({', '.join(sorted(labels[n] for n in found))}); "
                         "give the full label or the id")
    known = sorted(labels.values(), key=str.casefold)
    shown = ", ".join(known[:_SHOWN_ACTORS]) + (f" ... ({len(known)} in all)" if len(known) > _SHOWN_ACTORS else "")
    raise InputError(f"actor {wanted!r} is not in the graph; use a label, an id such as RUS, or an IRI: {shown or 'no actors'}")


def _registry_match(wanted: str, nodes: list) -> Any:
    """The one node among ``nodes`` that the actor registry resolves ``wanted`` to (an alias), else None."""
    try:
        found = sorted({str(ACTOR[a.id]) for a, _ in ActorRegistry.load().lookup(wanted)} & set(map(str, nodes)))
        if len(found) == 1:
            return next(n for n in nodes if str(n) == found[0])
    except Exception as exc:  # the registry is a convenience here; a broken one must not hide the real error
        logger.debug("registry lookup of %r failed: %s", wanted, exc)
    return None
