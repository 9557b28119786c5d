"""Two-mode actor x concept graphs with agreement, and their one-mode congruence / conflict projections (DNA)."""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx
from rdflib import Graph

from stancegraph.analysis.actor_graph import actor_graph, signed_graph, view_of
from stancegraph.analysis.filters import StatementFilter, endpoints, statement_filter
from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.errors import InputError

__all__ = ["affiliation_graph", "congruence_graph", "NORMALIZATIONS", "RELATIONS", "VIEWS"]

NORMALIZATIONS = ("none", "average", "jaccard", "cosine")
"""Edge-weight normalisations of :func:`congruence_graph` (DNA's one-mode settings; ``"no"`` = ``"none"``)."""

RELATIONS = ("congruence", "conflict", "subtract")
"""What a one-mode tie counts: shared stances, opposed stances, or congruence minus conflict (DNA)."""

_AGREEMENTS = ("support", "oppose")


def affiliation_graph(
    graph: Graph | StatementTable,
    *,
    concept: str = "issue",
    types: Iterable[str] | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    roll_up: bool = False,
    statuses: Iterable[str] | None = None,
    document_dates: bool = True,
) -> nx.Graph:
    """The two-mode actor x concept graph with agreement, as DNA's affiliation network.

    Each statement links its speaker to its concept with an agreement (``"support"`` if its event
    type is cooperative, ``"oppose"`` if conflictual, flipped when negated; see
    :mod:`stancegraph.analysis.table`).

    Parameters
    ----------
    concept
        ``"issue"``: the concept is the statement's ``sg:issue`` (statements without one are left out);
        ``"target"``: the concept is each target actor ("who is for or against whom").
    types, start, end, roll_up, statuses, document_dates
        As for :func:`stancegraph.analysis.actor_graph.actor_graph`.

    Returns
    -------
    networkx.Graph
        Actor nodes (IRIs) have ``mode="actor"``, ``bipartite=0``, ``label``, ``kind``, ``iri`` and
        ``statements``; concept nodes have ``mode="concept"``, ``bipartite=1``, ``label``, ``kind``
        (``"issue"`` or ``"target"``), ``iri``, ``statements`` and, for targets, ``actor_kind``.
        Concept node ids are the issue IRI,
        or ``"target:" + actor IRI``. Edges carry ``support`` and ``oppose`` (statements), ``count``,
        ``weight`` (support - oppose), ``agreement`` (``"support"``, ``"oppose"`` or ``"mixed"``) and
        ``statements``.

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, ISSUE, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.EU), (SG.eventType, CODEBOOK.REJECT), (SG.issue, ISSUE.demands)]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> B = affiliation_graph(g)
    >>> B.edges[str(ACTOR.EU), str(ISSUE.demands)]["agreement"]
    'oppose'
    """
    if concept not in ("issue", "target"):
        raise InputError(f"concept={concept!r}: use 'issue' or 'target'")
    keep = statement_filter(types, start, end, statuses, document_dates)
    table = statement_table(graph)
    cells, concepts = _affiliations(table, keep, roll_up, concept)
    B = nx.Graph(concept=concept, roll_up=roll_up, **keep.attrs())
    _add_affiliation_nodes(B, table, cells, concepts)
    for (a, c), cell in sorted(cells.items()):
        support, oppose = len(cell["support"]), len(cell["oppose"])
        B.add_edge(a, c, support=support, oppose=oppose, count=support + oppose, weight=support - oppose,
                   agreement="mixed" if support and oppose else ("support" if support else "oppose"),
                   statements=sorted(cell["support"] | cell["oppose"]))
    return B


def _affiliations(table: StatementTable, keep: StatementFilter, roll_up: bool, concept: str):
    """(actor, concept node) -> {agreement: statement IRIs}, and concept node -> (label, kind, iri)."""
    cells: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {"support": set(), "oppose": set()})
    concepts: dict[str, tuple[str, str, str]] = {}
    for row in table.rows:
        if row["agreement"] is None or not keep.keep(row):
            continue
        speaker, targets = endpoints(row, table, roll_up)
        if concept == "issue":
            if not row["issue"]:
                continue
            found = [(row["issue"], row["issue_label"], "issue", row["issue"])]
        else:
            found = [("target:" + t, table.label(t), "target", t) for t in targets if t != speaker]
        for node, label, kind, iri in found:
            concepts[node] = (label, kind, iri)
            cells[speaker, node][row["agreement"]].add(row["statement"])
    return cells, concepts


def _add_affiliation_nodes(B: nx.Graph, table: StatementTable, cells: dict, concepts: dict) -> None:
    """Actor nodes, then concept nodes, each sorted, with the number of statements that link them."""
    actor_statements: dict[str, set[str]] = defaultdict(set)
    concept_statements: dict[str, set[str]] = defaultdict(set)
    for (a, c), cell in cells.items():
        actor_statements[a] |= cell["support"] | cell["oppose"]
        concept_statements[c] |= cell["support"] | cell["oppose"]
    for a in sorted(actor_statements):
        B.add_node(a, mode="actor", bipartite=0, label=table.label(a), kind=table.kind(a), iri=a,
                   statements=len(actor_statements[a]))
    for c in sorted(concept_statements):
        label, kind, iri = concepts[c]
        B.add_node(c, mode="concept", bipartite=1, label=label, kind=kind, iri=iri,
                   statements=len(concept_statements[c]))
        if kind == "target":
            B.nodes[c]["actor_kind"] = table.kind(iri)


def congruence_graph(
    graph: Any,
    *,
    relation: str = "congruence",
    normalization: str = "none",
    binary: bool = False,
    **options: Any,
) -> nx.Graph:
    """One-mode actor graph of shared (congruence) or opposed (conflict) stances, as DNA computes it.

    With ``a[i, c, k]`` = statements of actor i on concept c with agreement k (1 if ``binary``), the
    tie between actors i and j is

    - congruence: ``sum_c sum_k a[i,c,k] * a[j,c,k]`` (same concept, same agreement),
    - conflict: ``sum_c a[i,c,support] * a[j,c,oppose] + a[i,c,oppose] * a[j,c,support]``,
    - subtract: congruence - conflict (both normalised the same way),

    divided by a normalisation (DNA's one-mode settings), with ``n_i = sum_ck a[i,c,k]``:

    - ``"none"``: 1;
    - ``"average"``: ``(n_i + n_j) / 2`` (average activity);
    - ``"jaccard"``: ``m10 + m01 + m11``, where m10 sums i's counts in cells j left empty, m01 the
      reverse, and m11 = congruence (the Jaccard coefficient when ``binary``);
    - ``"cosine"``: ``sqrt(sum a[i]^2) * sqrt(sum a[j]^2)`` (cosine similarity of the two actors'
      count vectors; DNA's code divides by ``n_i * n_j``, which equals this only for single statements).

    Parameters
    ----------
    graph
        An affiliation graph from :func:`affiliation_graph`, or anything it accepts (then
        ``options`` are passed to it: ``concept``, ``roll_up``, ``start``, ``end`` ...).
    relation
        ``"congruence"``, ``"conflict"`` or ``"subtract"``.
    normalization
        ``"none"`` (or ``"no"``), ``"average"``, ``"jaccard"`` or ``"cosine"``.
    binary
        Count each (actor, concept, agreement) once, however many statements made it.

    Returns
    -------
    networkx.Graph
        Every actor of the affiliation graph; an edge for each pair with a non-zero tie, carrying
        ``weight``, ``congruence`` and ``conflict`` (raw sums) and ``agree_on`` / ``disagree_on``
        (sorted concept labels).

    Examples
    --------
    >>> import networkx as nx
    >>> B = nx.Graph()
    >>> B.add_nodes_from(["a", "b"], mode="actor")
    >>> B.add_nodes_from(["x", "y"], mode="concept")
    >>> B.add_edge("a", "x", support=1, oppose=0); B.add_edge("b", "x", support=1, oppose=0)
    >>> B.add_edge("a", "y", support=1, oppose=0); B.add_edge("b", "y", support=0, oppose=1)
    >>> congruence_graph(B, relation="subtract").edges["a", "b"]["weight"]
    0.0
    >>> congruence_graph(B, normalization="jaccard").edges["a", "b"]["weight"]
    0.3333333333
    """
    norm_name = _normalization(relation, normalization)
    B = view_of(graph, affiliation_graph, options, "congruence_graph")
    actors = sorted((n for n, d in B.nodes(data=True) if d.get("mode") == "actor"), key=str)
    counts, by_concept = _agreement_counts(B, actors, binary)
    P = nx.Graph(relation=relation, normalization=norm_name, binary=binary,
                 **{k: v for k, v in B.graph.items() if k in ("concept", "roll_up", "types", "start", "end")})
    for a in actors:
        P.add_node(a, **{k: v for k, v in B.nodes[a].items() if k not in ("mode", "bipartite")})
    divide = _normaliser(norm_name, counts)
    label = {c: str(B.nodes[c].get("label") or c) for c in by_concept}
    for (i, j), p in sorted(_pair_sums(counts, by_concept, label).items()):
        raw = {"congruence": p["cong"], "conflict": p["conf"], "subtract": p["cong"] - p["conf"]}[relation]
        norm = divide(i, j, p)
        weight = round(raw / norm, 10) if norm else 0.0
        if weight == 0 and not (relation == "subtract" and (p["cong"] or p["conf"])):
            continue
        P.add_edge(i, j, weight=weight, congruence=_plain(p["cong"]), conflict=_plain(p["conf"]),
                   agree_on=sorted(p["agree"]), disagree_on=sorted(p["disagree"]))
    return P


def _normalization(relation: str, normalization: str | None) -> str:
    """The checked ``relation`` and the canonical name of ``normalization`` (``"no"``/None = ``"none"``)."""
    if relation not in RELATIONS:
        raise InputError(f"relation={relation!r}: use one of {', '.join(RELATIONS)}")
    norm_name = "none" if normalization in ("no", None) else str(normalization).lower()
    if norm_name not in NORMALIZATIONS:
        raise InputError(f"normalization={normalization!r}: use one of {', '.join(NORMALIZATIONS)}")
    return norm_name


def _agreement_counts(B: nx.Graph, actors: list, binary: bool):
    """``a[i, c, k]`` as {actor: {(concept, agreement): count}}, and concept -> its actors (sorted)."""
    counts: dict[Any, dict[tuple[Any, str], float]] = {a: {} for a in actors}
    by_concept: dict[Any, list[Any]] = defaultdict(list)
    for a in actors:
        for c in sorted(B[a], key=str):
            data = B.edges[a, c]
            for k in _AGREEMENTS:
                n = float(data.get(k, 0) or 0)
                if n > 0:
                    counts[a][c, k] = 1.0 if binary else n
            by_concept[c].append(a)
    return counts, by_concept


def _pair_sums(counts: dict, by_concept: dict, label: dict) -> dict[tuple[Any, Any], dict[str, Any]]:
    """Per pair of actors sharing a concept: congruence and conflict sums, the counts each brings to shared
    cells, and the labels of the concepts they agree and disagree on."""
    pairs: dict[tuple[Any, Any], dict[str, Any]] = {}
    for c, members in by_concept.items():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                p = pairs.setdefault((i, j), {"cong": 0.0, "conf": 0.0, "shared_i": 0.0, "shared_j": 0.0,
                                              "agree": set(), "disagree": set()})
                for k in _AGREEMENTS:
                    ai, aj = counts[i].get((c, k), 0.0), counts[j].get((c, k), 0.0)
                    other = "oppose" if k == "support" else "support"
                    if ai and aj:
                        p["cong"] += ai * aj
                        p["shared_i"] += ai
                        p["shared_j"] += aj
                        p["agree"].add(label[c])
                    cross = ai * counts[j].get((c, other), 0.0)
                    if cross:
                        p["conf"] += cross
                        p["disagree"].add(label[c])
    return pairs


def _normaliser(norm_name: str, counts: dict) -> Callable[[Any, Any, dict], float]:
    """The divisor of a tie between actors i and j with pair sums p (see :func:`congruence_graph`)."""
    total = {a: sum(v.values()) for a, v in counts.items()}
    square = {a: math.sqrt(sum(x * x for x in v.values())) for a, v in counts.items()}
    if norm_name == "average":
        return lambda i, j, p: (total[i] + total[j]) / 2
    if norm_name == "jaccard":
        return lambda i, j, p: (total[i] - p["shared_i"]) + (total[j] - p["shared_j"]) + p["cong"]
    if norm_name == "cosine":
        return lambda i, j, p: square[i] * square[j]
    return lambda i, j, p: 1.0


def _plain(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


VIEWS: dict[str, Callable[..., Any]] = {
    "actors": actor_graph,
    "signed": signed_graph,
    "issues": affiliation_graph,
    "congruence": congruence_graph,
}
"""View names accepted by :func:`stancegraph.analysis.windows.time_windows` (and the CLI): name -> function."""
