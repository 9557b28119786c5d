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
  :mod:`stancegraph.analysis.views`), so a negated conflictual act counts as cooperative.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "centrality", "pagerank", "reciprocity", "mutual_dyads", "structural_balance", "polarisation",
    "cooperation_balance", "analyze", "format_report",
]

_EXHAUSTIVE = 20  # tied actors up to which polarisation tries every two-camp split
_PERIOD_COLUMNS = 6  # periods shown in the text report


def pagerank(G: nx.Graph, *, alpha: float = 0.85, weight: str | None = "count", tol: float = 1e-12,
             max_iter: int = 1000) -> dict[Any, float]:
    """PageRank by power iteration (numpy; the same result as ``networkx.pagerank``, without scipy).

    >>> import networkx as nx
    >>> ranks = pagerank(nx.DiGraph([("a", "b"), ("b", "a"), ("c", "a")]))
    >>> {k: round(v, 4) for k, v in ranks.items()}
    {'a': 0.4865, 'b': 0.4635, 'c': 0.05}
    """
    import numpy as np

    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    W = np.zeros((n, n))
    for u, v, data in G.edges(data=True):
        w = float(data.get(weight, 1.0)) if weight else 1.0
        W[index[u], index[v]] += w
        if not G.is_directed() and u != v:
            W[index[v], index[u]] += w
    out = W.sum(axis=1)
    dangling = out == 0
    P = np.divide(W, out[:, None], out=np.zeros_like(W), where=~dangling[:, None])
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = alpha * (x @ P + x[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(new - x).sum() < n * tol:
            x = new
            break
        x = new
    x = x / x.sum()
    return {node: round(float(x[index[node]]), 12) for node in nodes}


def centrality(G: nx.DiGraph, *, weight: str = "count") -> dict[Any, dict[str, Any]]:
    """Degree, weighted degree, PageRank and betweenness of every actor, most central (PageRank) first.

    Returns ``{node: {"label", "kind", "degree", "in_degree", "out_degree", "weighted_degree",
    "pagerank", "betweenness"}}``; self-loops are ignored.

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", count=3); G.add_edge("b", "c", count=1)
    >>> c = centrality(G)
    >>> list(c), c["b"]["weighted_degree"], c["b"]["betweenness"]
    (['c', 'b', 'a'], 4, 0.5)
    """
    import networkx as nx

    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    ranks = pagerank(H, weight=weight)
    between = nx.betweenness_centrality(H, normalized=True) if len(H) > 2 else {n: 0.0 for n in H}
    directed = H.is_directed()
    rows = {}
    for node in H:
        data = H.nodes[node]
        out_deg = H.out_degree(node) if directed else H.degree(node)
        in_deg = H.in_degree(node) if directed else H.degree(node)
        strength = sum(_num(d.get(weight, 1)) for *_, d in H.out_edges(node, data=True)) if directed else 0
        strength += sum(_num(d.get(weight, 1)) for *_, d in (H.in_edges(node, data=True) if directed else H.edges(node, data=True)))
        rows[node] = {
            "label": data.get("label") or str(node),
            "kind": data.get("kind"),
            "degree": in_deg + out_deg if directed else in_deg,
            "in_degree": in_deg,
            "out_degree": out_deg,
            "weighted_degree": _plain(strength),
            "pagerank": round(ranks[node], 6),
            "betweenness": round(float(between[node]), 6),
        }
    return dict(sorted(rows.items(), key=lambda kv: (-kv[1]["pagerank"], -kv[1]["weighted_degree"], str(kv[0]))))


def reciprocity(G: nx.DiGraph) -> float | None:
    """Share of relations u->v (u != v) answered by v->u; None for a graph without relations.

    >>> import networkx as nx
    >>> reciprocity(nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")]))
    0.6666666667
    """
    edges = [(u, v) for u, v in G.edges if u != v]
    if not edges:
        return None
    return round(sum(1 for u, v in edges if G.has_edge(v, u)) / len(edges), 10)


def mutual_dyads(G: nx.DiGraph) -> list[tuple[Any, Any]]:
    """Pairs of actors that addressed each other, each pair once (u < v), sorted."""
    return sorted({tuple(sorted((u, v), key=str)) for u, v in G.edges if u != v and G.has_edge(v, u)}, key=lambda p: tuple(map(str, p)))


def structural_balance(S: nx.Graph) -> dict[str, Any]:
    """Balanced and unbalanced triads of a signed graph (edge attribute ``sign``: +1 / -1).

    Returns ``{"triads", "balanced", "share" (None without triads), "unbalanced": [{"actors",
    "labels", "signs", "kind"}]}``; ``signs`` lists the three ties as ``[u, v, sign]`` and ``kind``
    is ``"two friends are foes"`` (+ + -) or ``"three foes"`` (- - -).

    >>> import networkx as nx
    >>> S = nx.Graph()
    >>> S.add_edge("a", "b", sign=1); S.add_edge("a", "c", sign=1); S.add_edge("b", "c", sign=-1)
    >>> r = structural_balance(S)
    >>> r["triads"], r["balanced"], r["unbalanced"][0]["kind"]
    (1, 0, 'two friends are foes')
    """
    nodes = sorted(S.nodes, key=str)
    order = {n: i for i, n in enumerate(nodes)}
    triads = balanced = 0
    unbalanced = []
    for a in nodes:
        higher = sorted((n for n in S[a] if order[n] > order[a]), key=order.get)
        for b, c in itertools.combinations(higher, 2):
            if not S.has_edge(b, c):
                continue
            signs = [_sign(S.edges[a, b]), _sign(S.edges[a, c]), _sign(S.edges[b, c])]
            if 0 in signs:
                continue
            triads += 1
            if signs[0] * signs[1] * signs[2] > 0:
                balanced += 1
                continue
            unbalanced.append({
                "actors": [a, b, c],
                "labels": [_label(S, n) for n in (a, b, c)],
                "signs": [[a, b, signs[0]], [a, c, signs[1]], [b, c, signs[2]]],
                "kind": "three foes" if signs.count(-1) == 3 else "two friends are foes",
            })
    return {"triads": triads, "balanced": balanced, "share": round(balanced / triads, 10) if triads else None,
            "unbalanced": unbalanced}


def polarisation(S: nx.Graph, *, weight: str | None = None) -> dict[str, Any]:
    """Signed modularity of the best two-camp split of a signed graph (see the module docstring).

    Returns ``{"score", "modularity", "camps" ([[nodes], [nodes]], the larger first), "labels" (the same, as
    labels), "frustration" (share of tie weight against the split), "frustrated" ([u, v, sign]),
    "ties", "method" ("exhaustive" or "spectral+moves")}``; ``score`` is None without ties.

    >>> import networkx as nx
    >>> S = nx.Graph()
    >>> S.add_edge("a", "b", sign=1); S.add_edge("a", "c", sign=-1); S.add_edge("b", "c", sign=-1)
    >>> p = polarisation(S)
    >>> round(p["score"], 4), p["camps"], p["frustration"]
    (0.3333, [['a', 'b'], ['c']], 0.0)
    """
    import numpy as np

    nodes = sorted((n for n in S.nodes if any(_sign(d) for *_, d in S.edges(n, data=True))), key=str)
    isolated = sorted((n for n in S.nodes if n not in set(nodes)), key=str)
    ties = [(u, v, _sign(d), abs(_num(d.get(weight, 1.0))) if weight else 1.0)
            for u, v, d in S.edges(data=True) if u != v and _sign(d)]
    empty = {"score": None, "modularity": None, "camps": [nodes, []], "labels": [[_label(S, n) for n in nodes], []], "frustration": None,
             "frustrated": [], "ties": 0, "isolated": isolated, "method": None}
    if not ties:
        return empty
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    Wp, Wn = np.zeros((n, n)), np.zeros((n, n))
    for u, v, sign, w in ties:
        M = Wp if sign > 0 else Wn
        M[index[u], index[v]] += w
        M[index[v], index[u]] += w
    kp, kn = Wp.sum(axis=1), Wn.sum(axis=1)
    mp2, mn2 = kp.sum(), kn.sum()
    B = np.zeros((n, n))
    if mp2 > 0:
        B += Wp - np.outer(kp, kp) / mp2
    if mn2 > 0:
        B -= Wn - np.outer(kn, kn) / mn2
    total = mp2 + mn2

    def score(s):  # s: (k, n) array of +-1
        return (B.sum() + ((s @ B) * s).sum(axis=1)) / (2 * total)

    if n <= _EXHAUSTIVE:
        method, best_q, best_s = "exhaustive", -math.inf, None
        count = 1 << (n - 1)
        bits = np.arange(n - 1)
        for lo in range(0, count, 1 << 15):
            codes = np.arange(lo, min(count, lo + (1 << 15)))
            s = np.ones((len(codes), n))
            if n > 1:
                s[:, 1:] = np.where((codes[:, None] >> bits[None, :]) & 1, -1.0, 1.0)
            q = np.round(score(s), 10)
            i = int(np.argmax(q))
            if q[i] > best_q:
                best_q, best_s = float(q[i]), s[i]
    else:
        method = "spectral+moves"
        _, vectors = np.linalg.eigh(B)
        lead = np.round(vectors[:, -1], 9)
        best_s = np.where(lead >= 0, 1.0, -1.0) * (1.0 if lead[0] >= 0 else -1.0)
        best_q = float(score(best_s[None, :])[0])
        while True:
            gains = []
            for i in range(n):
                t = best_s.copy()
                t[i] = -t[i]
                gains.append(float(score(t[None, :])[0]))
            i = int(np.argmax(gains))
            if gains[i] <= best_q + 1e-12:
                break
            best_s[i] = -best_s[i]
            best_q = gains[i]
        best_q = round(best_q, 10)
    camp_a = [node for node in nodes if best_s[index[node]] > 0]
    camp_b = [node for node in nodes if best_s[index[node]] < 0]
    by_label = lambda c: sorted(c, key=lambda x: (_label(S, x).casefold(), str(x)))  # noqa: E731
    camps = sorted([by_label(camp_a), by_label(camp_b)], key=lambda c: (-len(c), [str(x) for x in c]))
    side = {node: k for k, camp in enumerate(camps) for node in camp}
    frustrated = [[u, v, sign] for u, v, sign, _ in sorted(ties, key=lambda t: (str(t[0]), str(t[1])))
                  if (side[u] == side[v]) != (sign > 0)]
    bad = sum(w for u, v, sign, w in ties if (side[u] == side[v]) != (sign > 0))
    best_q = 0.0 if abs(best_q) < 1e-12 else best_q
    hostile = any(sign < 0 for _, _, sign, _ in ties)
    return {"score": best_q if hostile else 0.0, "modularity": best_q, "camps": camps,
            "labels": [[_label(S, x) for x in c] for c in camps], "frustration": round(bad / sum(t[3] for t in ties), 10),
            "frustrated": frustrated, "ties": len(ties), "isolated": isolated, "method": method}


def cooperation_balance(graph: Any, *, period: str | int = "month", role: str = "speaker", roll_up: bool = False,
                        **options: Any) -> list[dict[str, Any]]:
    """Per actor and period: cooperative and conflictual statements and their balance (-1 .. +1).

    Parameters
    ----------
    graph
        A built RDF graph or a :class:`stancegraph.analysis.views.StatementTable`.
    period
        ``"day"``, ``"week"`` (weeks start on Monday), ``"month"``, or a number of days (bins from the
        first date); undated statements are left out. ``"all"``: one row per actor over all
        statements, undated ones included (``period`` is then ``"all"``).
    role
        ``"speaker"``: what the actor did; ``"target"``: what was done to it.
    options
        Filters as for :func:`stancegraph.analysis.views.actor_graph` (``types``, ``start``, ``end``, ``statuses``).

    Returns
    -------
    list of dict
        ``{"actor", "label", "period", "cooperative", "conflictual", "statements", "weight_sum",
        "balance"}``, sorted by actor label, then period; ``period`` is the first day (ISO).
    """
    from stancegraph.analysis.views import _endpoints, _filter, statement_table

    if role not in ("speaker", "target"):
        raise ValueError(f"role={role!r}: use 'speaker' or 'target'")
    keep = _filter(options.pop("types", None), options.pop("start", None), options.pop("end", None),
                   options.pop("statuses", None), options.pop("document_dates", True))
    if options:
        raise ValueError(f"cooperation_balance: unknown options {sorted(options)}")
    table = statement_table(graph)
    field = "date" if keep.document_dates else "statement_date"
    overall = period == "all"
    rows = [r for r in table.rows if keep.keep(r) and (overall or r[field]) and r["agreement"]]
    first = min((dt.date.fromisoformat(r[field]) for r in rows if r[field]), default=None)
    cells: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: {"support": 0, "oppose": 0, "weight": 0.0})
    for row in rows:
        speaker, targets = _endpoints(row, table, roll_up)
        bin_start = "all" if overall else _period_start(dt.date.fromisoformat(row[field]), period, first).isoformat()
        for actor in ([speaker] if role == "speaker" else targets):
            cell = cells[actor, bin_start]
            cell[row["agreement"]] += 1
            cell["weight"] += 0.0 if row["negated"] else row["weight"] * row["mentions"]
    out = []
    for (actor, start), cell in cells.items():
        total = cell["support"] + cell["oppose"]
        out.append({"actor": actor, "label": table.label(actor), "period": start, "cooperative": cell["support"],
                    "conflictual": cell["oppose"], "statements": total, "weight_sum": round(cell["weight"], 6),
                    "balance": round((cell["support"] - cell["oppose"]) / total, 6)})
    return sorted(out, key=lambda r: (r["label"].casefold(), r["actor"], r["period"]))


def analyze(graph: Any, *, roll_up: bool = False, start: Any = None, end: Any = None, top: int = 10,
            period: str | int = "month") -> dict[str, Any]:
    """The analysis report of a built graph: size, central actors, reciprocity, balance, polarisation,
    cooperation-conflict balance of the ``top`` most central actors per ``period`` (a JSON-ready dict).

    See the module docstring for the definitions; :func:`format_report` renders it as text.
    """
    from stancegraph.analysis.views import actor_graph, signed_graph, statement_table

    if not isinstance(top, int) or isinstance(top, bool) or top < 1:
        raise ValueError(f"top={top!r}: must be a positive number of actors")
    table = statement_table(graph)
    G = actor_graph(table, roll_up=roll_up, start=start, end=end)
    S = signed_graph(G)
    statements = sorted({s for *_, d in G.edges(data=True) for s in d["statements"]}
                        | _untargeted(table, G, roll_up))
    rows = {r["statement"]: r for r in table.rows}
    kept = [rows[s] for s in statements]
    dates = sorted(r["date"] for r in kept if r["date"])
    central = centrality(G)
    ranked = list(central)[:top]
    coop = [r for r in cooperation_balance(table, period=period, roll_up=roll_up, start=start, end=end)
            if r["actor"] in set(ranked)]
    overall = {r["actor"]: r for r in cooperation_balance(table, period="all", roll_up=roll_up, start=start, end=end)}
    signs = [d["sign"] for *_, d in S.edges(data=True)]
    return {
        "graph": {
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
        },
        "centrality": [{"actor": node, **values} for node, values in central.items() if node in set(ranked)],
        "reciprocity": {"share": reciprocity(G),
                        "mutual": [[_label(G, u), _label(G, v)] for u, v in mutual_dyads(G)]},
        "balance": structural_balance(S),
        "polarisation": polarisation(S),
        "cooperation": {"period": period, "role": "speaker", "rows": coop,
                        "overall": [overall[a] for a in ranked if a in overall]},
    }


def format_report(report: dict[str, Any]) -> str:
    """Render :func:`analyze`'s report as plain text for a terminal (about 100 columns)."""
    g = report["graph"]
    lines = []
    span = f"{g['first']} – {g['last']}" if g["first"] else "no dates"
    undated = f", {g['undated']} undated" if g["undated"] else ""
    scope = " (persons and organs rolled up to their states)" if g["roll_up"] else ""
    window = f"; window {g['start'] or '…'} – {g['end'] or '…'}" if g["start"] or g["end"] else ""
    lines.append(f"Analysis of {g['statements']} statement(s) from {g['documents']} document(s): {span}{undated}{window}")
    lines.append(f"{g['actors']} actors{scope}, {g['relations']} directed relations; signed ties: "
                 f"{g['hostile_ties']} hostile, {g['friendly_ties']} friendly, {g['neutral_pairs']} neutral")
    lines.append("")
    lines.append("Most central actors (PageRank over statements; degree = relations in/out)")
    header = f"  {'#':>2}  {'actor':<28} {'kind':<6} {'pagerank':>8} {'betweenness':>11} {'in/out':>7} {'statements':>10}"
    lines.append(header)
    for i, row in enumerate(report["centrality"], 1):
        lines.append(f"  {i:>2}  {_cut(row['label'], 28):<28} {row['kind'] or '-':<6} {row['pagerank']:>8.3f} "
                     f"{row['betweenness']:>11.3f} {str(row['in_degree']) + '/' + str(row['out_degree']):>7} "
                     f"{row['weighted_degree']:>10}")
    lines.append("")
    rec = report["reciprocity"]
    if rec["share"] is None:
        lines.append("Reciprocity: no relations")
    else:
        mutual = "; ".join(f"{a} ⇄ {b}" for a, b in rec["mutual"]) or "none"
        lines.append(f"Reciprocity: {rec['share']:.0%} of relations are answered. Mutual pairs: {mutual}")
    bal = report["balance"]
    lines.append("")
    if not bal["triads"]:
        lines.append("Structural balance: no triads (no three actors are tied pairwise)")
    else:
        lines.append(f"Structural balance: {bal['balanced']} of {bal['triads']} triads balanced ({bal['share']:.0%})")
        for t in bal["unbalanced"]:
            signs = " ".join("+" if s > 0 else "−" for *_, s in t["signs"])
            lines.append(f"  unbalanced: {', '.join(t['labels'])} ({signs}: {t['kind']})")
    pol = report["polarisation"]
    lines.append("")
    if pol["score"] is None:
        lines.append("Polarisation: no signed ties")
    elif not g["hostile_ties"]:
        lines.append("Polarisation: 0 (no hostile ties); the best split only separates clusters of friendly ties "
                     f"(signed modularity {pol['modularity']:.3f})")
        for k, camp in enumerate(pol["labels"], 1):
            lines.append(f"  cluster {k}: {', '.join(camp) or '(empty)'}")
    else:
        lines.append(f"Polarisation (signed modularity of the best two-camp split): {pol['score']:.3f}; "
                     f"{pol['frustration']:.0%} of ties against the split")
        for k, camp in enumerate(pol["labels"], 1):
            lines.append(f"  camp {k}: {', '.join(camp) or '(empty)'}")
    coop = report["cooperation"]
    lines.append("")
    lines.append("Cooperation–conflict balance of the central actors as speakers")
    lines.append("  (cooperative − conflictual) / statements: +1 only cooperative, −1 only conflictual; (n) statements")
    periods = sorted({r["period"] for r in coop["rows"]})
    shown = periods[-_PERIOD_COLUMNS:]
    if len(periods) > len(shown):
        lines.append(f"  (the last {len(shown)} of {len(periods)} {coop['period']} periods; --format json has all)")
    cells = {(r["actor"], r["period"]): r for r in coop["rows"]}
    lines.append(f"  {'actor':<28} {'all':>11}" + "".join(f" {p[:7] if coop['period'] == 'month' else p:>11}" for p in shown))
    for row in coop["overall"]:
        line = f"  {_cut(row['label'], 28):<28} {_balance_cell(row):>11}"
        line += "".join(f" {_balance_cell(cells.get((row['actor'], p))):>11}" for p in shown)
        lines.append(line.rstrip())
    if not coop["overall"]:
        lines.append("  no statements")
    return "\n".join(lines) + "\n"


def _balance_cell(row: dict | None) -> str:
    return "" if row is None else f"{row['balance']:+.2f} ({row['statements']})"


# ---------------------------------------------------------------------------------------------- helpers


def _untargeted(table, G, roll_up) -> set[str]:
    """Statements without a target whose speaker is in G and that pass G's filters."""
    from stancegraph.analysis.views import _filter

    keep = _filter(G.graph.get("types"), G.graph.get("start"), G.graph.get("end"), None, True)
    return {r["statement"] for r in table.rows if not r["targets"] and keep.keep(r)
            and (r["speaker_state"] if roll_up and r["speaker_state"] else r["speaker"]) in G}


def _period_start(day: dt.date, period: str | int, first: dt.date | None) -> dt.date:
    if period == "day":
        return day
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if isinstance(period, int) and not isinstance(period, bool) and period > 0 and first is not None:
        return first + dt.timedelta(days=((day - first).days // period) * period)
    raise ValueError(f"period={period!r}: use 'day', 'week', 'month' or a positive number of days")


def _sign(data: dict) -> int:
    try:
        s = float(data.get("sign", 0) or 0)
    except (TypeError, ValueError):
        return 0
    return 1 if s > 0 else (-1 if s < 0 else 0)


def _num(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _plain(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def _label(G, node) -> str:
    return str(G.nodes[node].get("label") or str(node).rstrip("/#").rsplit("/", 1)[-1]) if node in G else str(node)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
