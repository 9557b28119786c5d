"""Network metrics of actor graphs: centrality, reciprocity, structural balance, polarisation, cooperation over time.

Definitions (all deterministic; ties broken by node IRI):

- **degree** = in + out edges (distinct partners per direction); **weighted degree** = statements
  sent + received (edge ``count``); **PageRank** (damping 0.85, weighted by ``count``, dangling
  actors spread their rank evenly, as networkx); **betweenness** (directed, unweighted, normalised).
- **reciprocity** = share of directed relations u->v (u != v) whose reverse v->u exists.
- **structural balance** (Cartwright & Harary 1956) of the signed graph (:func:`stancegraph.analysis.views.signed_graph`):
  a triad (three actors tied pairwise) is balanced when the product of its three signs is positive
  (+ + +: friends; + - -: two friends share a foe); unbalanced triads are + + - (two friends of one
  actor are foes) and - - - (three mutual foes, balanced only in Davis's weak sense).
- **polarisation** = the signed modularity (Gómez, Jensen & Arenas 2009) of the best split of the
  signed graph into two camps: ``Q = sum_ij [(w+_ij - k+_i k+_j / 2m+) - (w-_ij - k-_i k-_j / 2m-)]
  delta(camp_i, camp_j) / (2m+ + 2m-)``. 0 means no two-camp structure beyond chance (one camp
  is always possible); the higher, the more friendly ties run inside camps and hostile ties between
  them. Without any hostile tie the score is 0 (camps that are not hostile are not polarised;
  ``modularity`` still gives the best split's value). Ties count 1 each (``weight=None``) or by their absolute weight. Exhaustive search up to 20
  tied actors, a spectral split refined by single moves above. ``frustration`` is the share of ties
  that contradict the split (friendly between camps, hostile within one).
- **cooperation-conflict balance** of an actor in a period = (cooperative - conflictual) /
  (cooperative + conflictual) statements, in -1 .. +1; cooperative = agreement "support" (see
  :mod:`stancegraph.analysis.table`), so a negated conflictual act counts as cooperative.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from stancegraph.analysis.actor_graph import actor_graph, signed_graph
from stancegraph.analysis.attrs import node_label
from stancegraph.analysis.balance import polarisation, structural_balance
from stancegraph.analysis.centrality import centrality, mutual_dyads, pagerank, reciprocity
from stancegraph.analysis.cooperation import cooperation_balance
from stancegraph.analysis.filters import statement_filter
from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.errors import InputError

__all__ = [
    "centrality", "pagerank", "reciprocity", "mutual_dyads", "structural_balance", "polarisation",
    "cooperation_balance", "analyze", "format_report",
]

_PERIOD_COLUMNS = 6  # periods shown in the text report


def analyze(graph: Any, *, roll_up: bool = False, start: Any = None, end: Any = None, top: int = 10,
            period: str | int = "month") -> dict[str, Any]:
    """The analysis report of a built graph: size, central actors, reciprocity, balance, polarisation,
    cooperation-conflict balance of the ``top`` most central actors per ``period`` (a JSON-ready dict).

    See the module docstring for the definitions; :func:`format_report` renders it as text.

    >>> from rdflib import Graph
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.DEMAND)]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> report = analyze(g)
    >>> report["graph"]["statements"], report["graph"]["hostile_ties"], report["polarisation"]["camps"]
    (1, 1, [['https://w3id.org/stancegraph/actor/RUS'], ['https://w3id.org/stancegraph/actor/USA']])
    >>> print(format_report(report).splitlines()[0])
    Analysis of 1 statement(s) from 0 document(s): no dates, 1 undated
    """
    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise InputError(f"top={top!r}: must be a positive number of actors")
    table = statement_table(graph)
    G = actor_graph(table, roll_up=roll_up, start=start, end=end)
    S = signed_graph(G)
    summary = _summary(table, G, S, roll_up)
    central = centrality(G)
    ranked = list(central)[:top]
    coop = [r for r in cooperation_balance(table, period=period, roll_up=roll_up, start=start, end=end)
            if r["actor"] in set(ranked)]
    overall = {r["actor"]: r for r in cooperation_balance(table, period="all", roll_up=roll_up, start=start, end=end)}
    return {
        "graph": summary,
        "centrality": [{"actor": node, **values} for node, values in central.items() if node in set(ranked)],
        "reciprocity": {"share": reciprocity(G),
                        "mutual": [[node_label(G, u), node_label(G, v)] for u, v in mutual_dyads(G)]},
        "balance": structural_balance(S),
        "polarisation": polarisation(S),
        "cooperation": {"period": period, "role": "speaker", "rows": coop,
                        "overall": [overall[a] for a in ranked if a in overall]},
    }


def _summary(table: StatementTable, G: nx.DiGraph, S: nx.Graph, roll_up: bool) -> dict[str, Any]:
    """The ``graph`` part of the report: what was analysed (statements of G's edges and untargeted ones)."""
    statements = sorted({s for *_, d in G.edges(data=True) for s in d["statements"]}
                        | _untargeted(table, G, roll_up))
    rows = {r["statement"]: r for r in table.rows}
    kept = [rows[s] for s in statements]
    dates = sorted(r["date"] for r in kept if r["date"])
    signs = [d["sign"] for *_, d in S.edges(data=True)]
    return {
        "documents": len({d for r in kept for d in r["documents"]}),
        "statements": len(kept),
        "undated": sum(1 for r in kept if not r["date"]),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "actors": G.number_of_nodes(),
        "relations": sum(1 for u, v in G.edges if u != v),
        "friendly_ties": signs.count(1),
        "hostile_ties": signs.count(-1),
        "neutral_pairs": len(S.graph.get("neutral", [])),
        "roll_up": roll_up,
        "start": G.graph.get("start"),
        "end": G.graph.get("end"),
    }


def format_report(report: dict[str, Any]) -> str:
    """Render :func:`analyze`'s report as plain text for a terminal (about 100 columns)."""
    g = report["graph"]
    lines = _summary_lines(g)
    lines.append("")
    lines += _centrality_lines(report["centrality"])
    lines.append("")
    lines += _reciprocity_lines(report["reciprocity"])
    lines.append("")
    lines += _balance_lines(report["balance"])
    lines.append("")
    lines += _polarisation_lines(report["polarisation"], hostile=bool(g["hostile_ties"]))
    lines.append("")
    lines += _cooperation_lines(report["cooperation"])
    return "\n".join(lines) + "\n"


def _summary_lines(g: dict[str, Any]) -> list[str]:
    span = f"{g['first']} – {g['last']}" if g["first"] else "no dates"
    undated = f", {g['undated']} undated" if g["undated"] else ""
    scope = " (persons and organs rolled up to their states)" if g["roll_up"] else ""
    window = f"; window {g['start'] or '…'} – {g['end'] or '…'}" if g["start"] or g["end"] else ""
    return [f"Analysis of {g['statements']} statement(s) from {g['documents']} document(s): {span}{undated}{window}",
            f"{g['actors']} actors{scope}, {g['relations']} directed relations; signed ties: "
            f"{g['hostile_ties']} hostile, {g['friendly_ties']} friendly, {g['neutral_pairs']} neutral"]


def _centrality_lines(rows: list[dict[str, Any]]) -> list[str]:
    lines = ["Most central actors (PageRank over statements; degree = relations in/out)",
             f"  {'#':>2}  {'actor':<28} {'kind':<6} {'pagerank':>8} {'betweenness':>11} {'in/out':>7} {'statements':>10}"]
    for i, row in enumerate(rows, 1):
        lines.append(f"  {i:>2}  {_cut(row['label'], 28):<28} {row['kind'] or '-':<6} {row['pagerank']:>8.3f} "
                     f"{row['betweenness']:>11.3f} {str(row['in_degree']) + '/' + str(row['out_degree']):>7} "
                     f"{row['weighted_degree']:>10}")
    return lines


def _reciprocity_lines(rec: dict[str, Any]) -> list[str]:
    if rec["share"] is None:
        return ["Reciprocity: no relations"]
    import textwrap

    pairs = [f"{a} ⇄ {b}" for a, b in rec["mutual"]]
    lines = [f"Reciprocity: {rec['share']:.0%} of relations are answered; {len(pairs)} mutual pair(s)"
             + (":" if pairs else "")]
    lines += textwrap.wrap("; ".join(pairs[:_MUTUAL_SHOWN]), width=96, initial_indent="  ", subsequent_indent="  ")
    if len(pairs) > _MUTUAL_SHOWN:
        lines.append(f"  … and {len(pairs) - _MUTUAL_SHOWN} more (the JSON report lists them all)")
    return lines


_MUTUAL_SHOWN = 12  # mutual pairs listed in the text report


def _balance_lines(bal: dict[str, Any]) -> list[str]:
    if not bal["triads"]:
        return ["Structural balance: no triads (no three actors are tied pairwise)"]
    lines = [f"Structural balance: {bal['balanced']} of {bal['triads']} triads balanced ({bal['share']:.0%})"]
    for t in bal["unbalanced"]:
        signs = " ".join("+" if s > 0 else "−" for *_, s in t["signs"])
        lines.append(f"  unbalanced: {', '.join(t['labels'])} ({signs}: {t['kind']})")
    return lines


def _polarisation_lines(pol: dict[str, Any], *, hostile: bool) -> list[str]:
    if pol["score"] is None:
        return ["Polarisation: no signed ties"]
    if not hostile:
        lines = ["Polarisation: 0 (no hostile ties); the best split only separates clusters of friendly ties "
                 f"(signed modularity {pol['modularity']:.3f})"]
        return lines + [f"  cluster {k}: {', '.join(camp) or '(empty)'}" for k, camp in enumerate(pol["labels"], 1)]
    lines = [f"Polarisation (signed modularity of the best two-camp split): {pol['score']:.3f}; "
             f"{pol['frustration']:.0%} of ties against the split"]
    return lines + [f"  camp {k}: {', '.join(camp) or '(empty)'}" for k, camp in enumerate(pol["labels"], 1)]


def _cooperation_lines(coop: dict[str, Any]) -> list[str]:
    lines = ["Cooperation–conflict balance of the central actors as speakers",
             "  (cooperative − conflictual) / statements: +1 only cooperative, −1 only conflictual; (n) statements"]
    periods = sorted({r["period"] for r in coop["rows"]})
    shown = periods[-_PERIOD_COLUMNS:]
    if len(periods) > len(shown):
        lines.append(f"  (the last {len(shown)} of {len(periods)} {coop['period']} periods; the JSON report has all)")
    cells = {(r["actor"], r["period"]): r for r in coop["rows"]}
    lines.append(f"  {'actor':<28} {'all':>11}" + "".join(f" {p[:7] if coop['period'] == 'month' else p:>11}" for p in shown))
    for row in coop["overall"]:
        line = f"  {_cut(row['label'], 28):<28} {_balance_cell(row):>11}"
        line += "".join(f" {_balance_cell(cells.get((row['actor'], p))):>11}" for p in shown)
        lines.append(line.rstrip())
    if not coop["overall"]:
        lines.append("  no statements")
    return lines


def _balance_cell(row: dict | None) -> str:
    return "" if row is None else f"{row['balance']:+.2f} ({row['statements']})"


def _untargeted(table, G, roll_up) -> set[str]:
    """Statements without a target whose speaker is in G and that pass G's filters."""
    keep = statement_filter(G.graph.get("types"), G.graph.get("start"), G.graph.get("end"), None, True)
    return {r["statement"] for r in table.rows if not r["targets"] and keep.keep(r)
            and (r["speaker_state"] if roll_up and r["speaker_state"] else r["speaker"]) in G}


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

