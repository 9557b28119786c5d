"""Gold annotations read for scoring: seed items (a quote's span), events records (one sentence each) and the
corrections a reader made in the explorer (stancegraph.explore.corrections: seed items with a ``verdict``)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from stancegraph.analysis.actor_keys import ActorKeys, ActorResolver, code_key
from stancegraph.errors import InputError

__all__ = ["GoldItem", "seed_items", "event_items", "correction_items", "reviewed_predictions", "detect_shape",
           "event_type", "parse_gold_day"]

_SIMPLE_TYPES = {
    "statement": "STATEMENT", "appeal": "APPEAL", "agree": "AGREE", "meet_consult": "CONSULT",
    "support": "SUPPORT", "cooperate": "COOPERATE", "aid": "AID", "concede": "CONCEDE", "retreat": "RETREAT",
    "investigate": "INVESTIGATE", "demand": "DEMAND", "oppose": "DISAPPROVE", "accuse": "DISAPPROVE",
    "reject": "REJECT", "threaten": "THREATEN", "protest": "PROTEST", "mobilize": "MOBILIZE",
    "reduce_relations": "SANCTION", "sanction": "SANCTION", "coerce": "COERCE", "assault": "ASSAULT",
    "fight": "FIGHT", "mass_violence": "FIGHT",
}
"""Simple event names of events gold -> code-book types."""


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One gold statement to find: where it is, who spoke to whom, and the acceptable types."""

    id: str
    record: int  # index of the gold record (events: the sentence record)
    document: str | None
    text: str
    start: int | None
    end: int | None
    source: ActorKeys
    targets: tuple[ActorKeys, ...]
    types: tuple[str, ...]
    shown: Mapping[str, Any]  # for the report: source, targets, types as written


def parse_gold_day(value: object) -> dt.date | None:
    """The ISO date at the start of ``value``; None if there is none (gold dates are optional).

    >>> parse_gold_day("2022-01-31T09:00"), parse_gold_day("soon")
    (datetime.date(2022, 1, 31), None)
    """
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def seed_items(records: list[Mapping[str, Any]], resolve: ActorResolver) -> list[GoldItem]:
    """One item per seed record (a quote with its span, source, targets and types)."""
    items = []
    for i, rec in enumerate(records):
        rid = str(rec.get("id", i + 1))
        for key in ("start", "end", "source"):
            if rec.get(key) is None:
                raise InputError(f"gold record {i + 1} ({rid}): no {key!r}; seed items need quote, start, end, "
                                 "source, targets and types")
        day = parse_gold_day(rec.get("date"))
        types = rec.get("types") or ([rec["type"]] if rec.get("type") else [])
        targets = [str(t) for t in rec.get("targets") or []]
        items.append(GoldItem(
            id=rid, record=i, document=str(rec["document"]) if rec.get("document") is not None else None,
            text=str(rec.get("quote") or ""), start=int(rec["start"]), end=int(rec["end"]),
            source=resolve.name(str(rec["source"]), day),
            targets=tuple(resolve.name(t, day) for t in targets),
            types=tuple(str(t).upper() for t in types),
            shown={"source": str(rec["source"]), "targets": targets, "types": [str(t).upper() for t in types]},
        ))
    return items


def _event_keys(resolve: ActorResolver, code: object, label: object, day: dt.date | None) -> ActorKeys:
    keys = resolve.name(str(label), day) if label else ActorKeys()
    c = code_key(code, cameo=True)
    return ActorKeys(keys.own | ({c} if c else set()), keys.state, keys.person)


def event_items(records: list[Mapping[str, Any]], resolve: ActorResolver) -> list[GoldItem]:
    """One item per expected event of each events record (a sentence)."""
    items = []
    for i, rec in enumerate(records):
        if "id" not in rec:
            raise InputError(f"gold record {i + 1}: no 'id'; events records need id, text and expected")
        day = parse_gold_day(rec.get("date"))
        for k, exp in enumerate(rec.get("expected") or []):
            has_target = bool(exp.get("target_code") or exp.get("target"))
            etype = event_type(exp)
            items.append(GoldItem(
                id=f"{rec['id']}#{k + 1}", record=i, document=str(rec["id"]), text=str(rec.get("text") or ""),
                start=None, end=None,
                source=_event_keys(resolve, exp.get("source_code"), exp.get("source"), day),
                targets=(_event_keys(resolve, exp.get("target_code"), exp.get("target"), day),) if has_target else (),
                types=(etype,) if etype else (),
                shown={"source": exp.get("source") or exp.get("source_code") or "",
                       "targets": [exp.get("target") or exp.get("target_code")] if has_target else [],
                       "types": [etype] if etype else []},
            ))
    return items


def detect_shape(records: list[Mapping[str, Any]]) -> str:
    """``"events"`` if some record has ``expected``, ``"corrections"`` if every record has a ``verdict``,
    else ``"seed"``.

    >>> detect_shape([{"id": "s1", "expected": []}]), detect_shape([{"id": "g1", "quote": "..."}])
    ('events', 'seed')
    >>> detect_shape([{"statement": "st", "verdict": "wrong"}])
    'corrections'
    """
    if any("expected" in r for r in records):
        return "events"
    if records and all("verdict" in r for r in records):
        return "corrections"
    return "seed"


def correction_items(records: list[Mapping[str, Any]], resolve: ActorResolver) -> list[GoldItem]:
    """Gold items of an explorer corrections file: its ``right`` and ``fixed`` records, read as seed items
    (a ``wrong`` record is no gold item: a prediction there matches nothing and counts against precision)."""
    kept = [r for r in records if r.get("verdict") in ("right", "fixed")  # a mark without a sentence cannot be placed
            and r.get("start") is not None and r.get("end") is not None and r.get("source")]
    return seed_items([{**r, "id": r.get("id") or r.get("statement")} for r in kept], resolve)


def reviewed_predictions(records: list[Mapping[str, Any]], predictions: list[Mapping[str, Any]]) -> list[int]:
    """Indexes of the predictions a corrections file judges: those whose sentence overlaps a reviewed
    sentence of the same document (a reader who marked 20 statements says nothing about the others).

    >>> recs = [{"verdict": "wrong", "document": "d", "start": 0, "end": 20}]
    >>> preds = [{"document": "d", "sentence": {"start": 5, "end": 25}}, {"document": "e", "sentence": {}}]
    >>> reviewed_predictions(recs, preds)
    [0]
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in records:
        if r.get("start") is not None and r.get("end") is not None:
            spans.setdefault(str(r.get("document")), []).append((int(r["start"]), int(r["end"])))
    out = []
    for j, p in enumerate(predictions):
        sentence = p.get("sentence") or {}
        start, end = sentence.get("start"), sentence.get("end")
        if start is not None and end is not None and any(
                start < e and s < end for s, e in spans.get(str(p.get("document")), ())):
            out.append(j)
    return out


def event_type(expected: Mapping[str, Any]) -> str:
    """The code-book type of an expected event: its PLOVER code, else its simple type mapped.

    >>> event_type({"type": "meet_consult"}), event_type({"scheme": "PLOVER 2", "code": "demand"})
    ('CONSULT', 'DEMAND')
    """
    if str(expected.get("scheme") or "").upper().startswith("PLOVER") and expected.get("code"):
        return str(expected["code"]).upper()
    simple = str(expected.get("type") or "")
    return _SIMPLE_TYPES.get(simple.lower(), simple.upper())

