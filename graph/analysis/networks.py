"""Export views and statements for Gephi, pandas/R, Discourse Network Analyzer and event-data tools.

- GraphML and GEXF (:func:`write_network`): any networkx view, with every attribute; lists and
  dicts become JSON strings and missing values are left out (:func:`scalar_graph`), since both
  formats only hold scalars. GEXF's modification date is fixed, so files are reproducible.
- CSV (:func:`write_csv`): ``nodes.csv`` and ``edges.csv`` in a folder (``id``/``source``/``target``
  then the attributes, sorted).
- DNA statement table (:func:`dna_statements`, :func:`write_dna`): one row per statement with
  actor, organisation, concept, agreement (1 = support, 0 = oppose), date and document, as DNA codes
  statements (``concept`` = the issue phrase).
- PLOVER records (:func:`plover_records`, :func:`write_plover`): one JSON object a line, with the
  field names of the PLOVER specification's "JSON Data Fields" (``id``, ``date``, ``source`` and
  ``recipient`` as lists of actor objects ``{"code", "actor_text", "identifier_id",
  "identifier_text"}``, ``event`` as a list, ``event_text``, ``quad_code`` 1-4, ``event_scale``,
  ``text``, ``text_info``, ``cite_info``); stancegraph's extra fields (``negated``, ``status``,
  ``modality``, ``condition``, ``issue``, ``statement_iri``) are added, as the specification allows.
  ``APPEAL`` (CAMEO 02) is not a PLOVER category; it is kept as ``"APPEAL"``.
"""
from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path
from typing import Any

import networkx as nx

import stancegraph  # for __version__, read at call time: the package may still be initialising when this loads
from stancegraph.analysis.filters import endpoints, filter_from_options
from stancegraph.analysis.projections import VIEWS
from stancegraph.analysis.table import StatementTable, statement_table
from stancegraph.atomic import atomic_open
from stancegraph.errors import InputError, OutputError
from stancegraph.kb.codebook import QUAD_CLASSES

__all__ = [
    "scalar_graph", "write_network", "write_csv", "dna_statements", "write_dna", "plover_records",
    "write_plover", "export", "EXPORT_FORMATS", "DNA_COLUMNS",
]

EXPORT_FORMATS = ("graphml", "gexf", "csv", "dna", "plover")
"""Formats of :func:`export` (and ``stancegraph export --format``)."""

DNA_COLUMNS = ["id", "date", "document", "actor", "organization", "concept", "agreement", "type", "targets",
               "negated", "status", "text", "statement"]

_QUAD_CODES = {quad: code for code, quad in enumerate(QUAD_CLASSES, 1)}  # PLOVER quad_code 1-4, in CAMEO order


def scalar_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose graph, node and edge attributes are all str, int, float or bool.

    Lists, tuples and dicts become JSON strings (keys sorted); None values are dropped; a key
    whose values mix numbers and strings becomes a string everywhere; int and float mix as float.

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", types={"DEMAND": 2}, first=None, count=2)
    >>> scalar_graph(G).edges["a", "b"]
    {'types': '{"DEMAND": 2}', 'count': 2}
    """
    H = G.__class__()
    H.graph.update(_scalars([G.graph])[0])
    nodes = list(G.nodes)
    for node, data in zip(nodes, _scalars([G.nodes[n] for n in nodes])):
        H.add_node(str(node), **data)
    edges = list(G.edges(data=True))
    for (u, v, _), data in zip(edges, _scalars([d for *_, d in edges])):
        H.add_edge(str(u), str(v), **data)
    return H


def write_network(G: nx.Graph, path: str | os.PathLike[str], *, format: str | None = None) -> Path:
    """Write a view as GraphML or GEXF (by ``format`` or the suffix .graphml/.gexf), atomically.

    Raises
    ------
    OutputError
        For another format or suffix, or a folder that cannot be written.
    """
    path = Path(path)
    fmt = (format or path.suffix.lstrip(".")).lower()
    if fmt not in ("graphml", "gexf"):
        raise OutputError(f"cannot write a network as {str(path)!r}: use a .graphml or .gexf file (or format=)")
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("graphml", "gexf") and suffix != fmt:
        raise OutputError(f"{str(path)!r} has the suffix .{suffix} but the format is {fmt}; "
                          f"name the file .{fmt} or choose the format {suffix}", option="format")
    H = scalar_graph(G)
    if fmt == "graphml":
        data = "\n".join(nx.generate_graphml(H, prettyprint=True)) + "\n"
    else:
        data = "\n".join(nx.generate_gexf(H, prettyprint=True)) + "\n"
        data = re.sub(r' lastmodifieddate="[^"]*"', "", data, count=1)  # today's date would break reproducibility
    with atomic_open(path) as f:
        f.write(data)
    return path


def write_csv(G: nx.Graph, folder: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Write ``nodes.csv`` (``id`` + attributes) and ``edges.csv`` (``source``, ``target`` + attributes)
    into ``folder`` (created if missing), attributes as in :func:`scalar_graph`; return both paths."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"cannot write CSV files into {str(folder)!r}: it is a file; give a folder with -o")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder {str(folder)!r} ({exc.strerror}); choose another with -o") from None
    H = scalar_graph(G)
    node_keys = sorted({k for _, d in H.nodes(data=True) for k in d})
    edge_keys = sorted({k for *_, d in H.edges(data=True) for k in d})
    nodes_path, edges_path = folder / "nodes.csv", folder / "edges.csv"
    with atomic_open(nodes_path, newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", *node_keys])
        for node, data in H.nodes(data=True):
            w.writerow([node, *(_csv_cell(data.get(k)) for k in node_keys)])
    with atomic_open(edges_path, newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", *edge_keys])
        for u, v, data in H.edges(data=True):
            w.writerow([u, v, *(_csv_cell(data.get(k)) for k in edge_keys)])
    return nodes_path, edges_path


def dna_statements(graph: Any, *, roll_up: bool = False, **options: Any) -> list[dict[str, Any]]:
    """One DNA-style row per statement (columns :data:`DNA_COLUMNS`), sorted by date, then id.

    ``actor`` is the speaker, ``organization`` the state it spoke for (the speaker itself for states
    and organisations; with ``roll_up`` both are the state), ``concept`` the issue phrase ("" if
    none), ``agreement`` 1 (support) or 0 (oppose), empty outside the code book; ``targets`` are
    labels joined by "; ", ``document`` the document identifiers, ``text`` the sentence.
    ``options`` filter as in :func:`stancegraph.analysis.actor_graph.actor_graph` (``start``, ``end``, ``types`` ...).
    """
    keep = filter_from_options(options, "dna_statements")
    table = statement_table(graph)
    out = []
    for row in table.rows:
        if not keep.keep(row):
            continue
        speaker, targets = endpoints(row, table, roll_up)
        organization = row["speaker_state"] or row["speaker"]
        out.append({
            "id": row["statement"].rsplit("/", 1)[-1][:16],
            "date": row["date"] or "",
            "document": "; ".join(table.documents.get(d, {}).get("id") or d.rsplit("/", 1)[-1] for d in row["documents"]),
            "actor": table.label(speaker),
            "organization": table.label(organization),
            "concept": row["issue_label"] or "",
            "agreement": {"support": 1, "oppose": 0}.get(row["agreement"], ""),
            "type": row["type"],
            "targets": "; ".join(table.label(t) for t in targets),
            "negated": row["negated"],
            "status": row["status"] or "",
            "text": " ".join((row["sentence"] or "").split()),
            "statement": row["statement"],
        })
    return sorted(out, key=lambda r: (r["date"] or "9999", r["statement"]))


def write_dna(graph: Any, path: str | os.PathLike[str], **options: Any) -> Path:
    """Write :func:`dna_statements` as CSV (UTF-8, header row), atomically."""
    path = Path(path)
    with atomic_open(path, newline="") as f:
        w = csv.DictWriter(f, fieldnames=DNA_COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in dna_statements(graph, **options):
            w.writerow(row)
    return path


def plover_records(graph: Any, **options: Any) -> list[dict[str, Any]]:
    """One PLOVER event record (a dict) per statement, sorted by date, then id (see the module docstring).

    ``date`` is the statement date, else its document's publication date, else None; ``options``
    filter as in :func:`stancegraph.analysis.actor_graph.actor_graph`.
    """
    keep = filter_from_options(options, "plover_records")
    table = statement_table(graph)
    out = []
    for row in table.rows:
        if not keep.keep(row):
            continue
        doc = table.documents.get(row["documents"][0], {}) if row["documents"] else {}
        targets = list(row["targets"])
        texts = list(row["target_texts"])
        record = {
            "id": row["statement"].rsplit("/", 1)[-1],
            "date": row["date"],
            "source": [_plover_actor(table, row["speaker"], row["speaker_state"], row["speaker_text"])],
            "recipient": [_plover_actor(table, t, _single(row["target_states"]) if len(targets) == 1 else None,
                                        texts[0] if len(targets) == 1 and len(texts) == 1 else None)
                          for t in targets],
            "event": [row["type"]],
            "event_text": [row["cue"]] if row["cue"] else [],
            "quad_code": _QUAD_CODES.get(row["quad"]),
            "event_scale": row["weight"],
            "text": " ".join((row["sentence"] or "").split()) or None,
            "text_info": {"start": row["sentence_start"], "end": row["sentence_end"]},
            "cite_info": {k: v for k, v in {
                "citation": doc.get("id"), "title": doc.get("title"), "url": doc.get("url"),
                "publication": doc.get("source"), "coder": f"stancegraph {stancegraph.__version__}",
                "codebook": "stancegraph code book (PLOVER + APPEAL)"}.items() if v},
            "negated": row["negated"],
            "status": row["status"],
            "modality": row["modality"],
            "condition": row["condition"],
            "issue": row["issue_label"],
            "statement_iri": row["statement"],
        }
        out.append(record)
    return sorted(out, key=lambda r: (r["date"] or "9999", r["id"]))


def write_plover(graph: Any, path: str | os.PathLike[str], **options: Any) -> Path:
    """Write :func:`plover_records` as JSON Lines (one record a line, keys in specification order)."""
    path = Path(path)
    with atomic_open(path) as f:
        for record in plover_records(graph, **options):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def export(graph: Any, format: str, path: str | os.PathLike[str], *, view: str = "actors",
           roll_up: bool = False, start: Any = None, end: Any = None, **options: Any) -> list[Path]:
    """Write ``graph`` in ``format`` (:data:`EXPORT_FORMATS`) to ``path`` (a folder for csv).

    For graphml, gexf and csv, ``view`` chooses the network (``"actors"``, ``"signed"``, ``"issues"``,
    ``"congruence"``; see :data:`stancegraph.analysis.projections.VIEWS`), built with ``roll_up``, ``start``, ``end`` and
    ``options``; dna and plover write statement tables. Returns the files written.
    """
    fmt = str(format).lower()
    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {format!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "dna":
        return [write_dna(graph, path, roll_up=roll_up, start=start, end=end, **options)]
    if fmt == "plover":
        return [write_plover(graph, path, start=start, end=end, **options)]
    if view not in VIEWS:
        raise InputError(f"view={view!r}: use one of {', '.join(VIEWS)}")
    G = VIEWS[view](graph, roll_up=roll_up, start=start, end=end, **options)
    if fmt == "csv":
        return list(write_csv(G, path))
    return [write_network(G, path, format=fmt)]


# ---------------------------------------------------------------------------------------------- helpers


def _plover_actor(table: StatementTable, iri: str, state: str | None, text: str | None) -> dict[str, Any]:
    info = table.actors.get(iri, {})
    code = info.get("iso3") or info.get("cameo") or (table.actors.get(state, {}).get("iso3") if state else None)
    actor = {"code": code, "actor_text": text, "identifier_id": info.get("wikidata"),
             "identifier_text": table.label(iri), "iri": iri}
    return {k: v for k, v in actor.items() if v is not None}


def _single(values) -> str | None:
    return values[0] if len(values) == 1 else None


def _scalars(dicts: list[dict]) -> list[dict]:
    """Scalar copies of ``dicts`` with one type per key (see :func:`scalar_graph`)."""
    converted = [{k: _scalar(v) for k, v in d.items() if v is not None} for d in dicts]
    kinds: dict[str, set[type]] = {}
    for d in converted:
        for k, v in d.items():
            kinds.setdefault(k, set()).add(bool if isinstance(v, bool) else (float if isinstance(v, (int, float)) else str))
    for d in converted:
        for k, v in list(d.items()):
            types = kinds[k]
            if len(types) > 1 and str in types or (bool in types and len(types) > 1):
                d[k] = json.dumps(v) if not isinstance(v, str) else v
            elif types == {float} and any(isinstance(x.get(k), float) for x in converted) and isinstance(v, int):
                d[k] = float(v)
    return converted


def _scalar(value: Any) -> Any:
    if isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        if isinstance(value, (set, frozenset)):
            value = sorted(value, key=str)
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _csv_cell(value: Any) -> Any:
    return "" if value is None else value
