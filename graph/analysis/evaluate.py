"""Score exported statements against gold annotations: precision, recall, F1 and a per-item listing.

Three gold shapes are understood (the shape is detected, or passed as ``shape=``):

``seed``
    items with a character span of one document: ``id``, ``quote``, ``start``, ``end``, ``source``,
    ``targets`` (names), ``types`` (acceptable event types), optional ``date`` and ``document``.
``events``
    one sentence per record: ``id``, ``text``, ``expected`` = [{``source_code``, ``target_code``,
    optional ``source``/``target`` names, ``type`` (simple name such as ``meet_consult``) or ``code``
    with ``scheme`` "PLOVER..."}].
``corrections``
    the explorer's corrections file (stancegraph.explore.corrections): seed items with a ``verdict``;
    ``right`` and ``fixed`` records are gold items, ``wrong`` ones are not, and only predictions in the
    reviewed sentences are scored.

Predicted statements are dicts in the export shape (one JSON object a line): ``document``,
``sentence`` {text, start, end}, ``speaker`` {label, iri, kind, wikidata, iso3, state{...}},
``targets`` [same], ``type``, ``quad`` ...

Matching rules (the same as ``../shared/tools/score_statements.py``, implemented independently):

* **Where.** seed: a prediction concerns a gold item if its sentence span overlaps the item's span
  (``start < item.end and item.start < end``) or its sentence text contains the first 40 characters of
  the quote; if the item has a ``document``, the prediction's must be equal. events: a prediction
  concerns a record if its ``document`` equals the record ``id``.
* **Actors.** An actor is known by keys: its normalised label (lower case, no leading "the", no dots,
  single spaces), its code (``iso3``; an upper-case registry id such as ``RUS``/``NATO``; the first
  three letters of a CAMEO code, ``IGO``/``---`` ignored, UK→GBR etc.), its Wikidata QID and its IRI
  local name. A prediction's keys come from its own fields (label, iri, iso3, wikidata, state); a
  gold name is resolved with ``stancegraph.kb.registry.ActorRegistry.load().lookup(name)`` when the
  registry loads (else the normalised label alone), as is a predicted label without any code.
  Two actors are the *same* if they share a key. *Rolled up* (lenient), they also match if their
  states share a key: a person or organ is rolled up to the state it represents (the prediction's
  ``state``; for gold names, ``registry.state_of(id, date)`` on the item's date, else ``part_of``).
* **Targets.** If the gold item names targets, some predicted target must match some gold target;
  if it names none, any targets do. In events, a target is required when ``target_code`` (or
  ``target``) is given.
* **Types.** strict: the predicted ``type`` is one of the item's types. lenient: or in the same quad
  class of the code book (``sg:quadClass`` in ontology/codebook.ttl: verbal-coop = AGREE CONSULT
  SUPPORT CONCEDE APPEAL; material-coop = COOPERATE AID RETREAT INVESTIGATE; verbal-conflict = DEMAND
  DISAPPROVE REJECT THREATEN SANCTION; material-conflict = PROTEST CRIME MOBILIZE COERCE ASSAULT
  FIGHT). Events' simple types are mapped to these first
  (``meet_consult``→CONSULT, ``oppose``/``accuse``→DISAPPROVE, ``reduce_relations``→SANCTION ...).
  Two types outside every quad class match only if equal (the shared scorer also matches them when
  both are unknown).
* **Levels.** strict = same speaker, target and type (events: actors always rolled up, as their gold
  codes are country codes); lenient = rolled-up actors and type by quad class; actors = rolled-up
  speaker and target, any type.
* **Figures.** P = predictions matching some gold item / predictions (events: predictions of the
  gold records' documents); R = gold items matched by some prediction / gold items; F1 their harmonic
  mean. ``n_gold`` counts gold items (events: expected events), ``n_pred`` all predictions.

Gold items are read by :mod:`~stancegraph.analysis.gold`, actors keyed by :mod:`~stancegraph.analysis.actor_keys`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from stancegraph.analysis.actor_keys import ActorKeys, ActorResolver, default_registry, same_actor
from stancegraph.analysis.gold import (
    GoldItem, correction_items, detect_shape, event_items, reviewed_predictions, seed_items,
)
from stancegraph.errors import InputError
from stancegraph.kb.codebook import load_codebook

__all__ = ["QUAD", "LEVELS", "evaluate", "format_report", "concerns"]

QUAD: dict[str, str] = {name: entry.quad for name, entry in load_codebook().items()}
"""Event type -> quad class (from the code book), for lenient type matching."""

LEVELS: tuple[str, ...] = ("strict", "lenient", "actors")
"""The scoring levels, from the strictest: (lenient actors, lenient types, typed)."""
_LEVEL_RULES = {"strict": (False, True), "lenient": (True, True), "actors": (True, False)}

_QUOTE_PREFIX = 40

PredictionKeys = tuple[ActorKeys, tuple[ActorKeys, ...]]  # a prediction's speaker and targets


def evaluate(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_statements: Iterable[Mapping[str, Any]],
    *,
    shape: str | None = None,
    registry: Any = None,
) -> dict[str, Any]:
    """Score ``predicted_statements`` (export dicts) against ``gold_records``; see the module docstring.

    Parameters
    ----------
    gold_records
        seed items or events records (dicts, as read from the gold JSONL).
    predicted_statements
        statements in the export shape.
    shape
        ``"seed"`` or ``"events"``; detected if None (records with ``expected`` are events).
    registry
        an object with ``lookup(name) -> [(Actor, how)]`` used to resolve gold names; None loads
        ``stancegraph.kb.registry.ActorRegistry``, ``False`` matches by label only.

    Returns
    -------
    dict
        ``shape``; ``strict``, ``lenient``, ``actors``: {P, R, F1, tp_pred, tp_gold}; ``n_gold``;
        ``n_pred`` (all predictions); ``n_pred_scored`` (those compared with gold); ``gold``: one entry
        per gold item with its best ``level`` (None = missed) and the matching prediction indexes per
        level; ``predictions``: the same per prediction; ``false_positives``: the predictions not
        matched strictly, each with its best looser level.

    Raises
    ------
    InputError
        If ``shape`` is not known or a gold record lacks a required field.

    Examples
    --------
    >>> gold = [{"id": "g1", "quote": "Russia demanded talks", "start": 0, "end": 21,
    ...          "source": "Russia", "targets": ["United States"], "types": ["DEMAND"]}]
    >>> pred = [{"document": "d", "sentence": {"text": "Russia demanded talks.", "start": 0, "end": 22},
    ...          "speaker": {"label": "Russia", "iso3": "RUS"}, "targets": [{"label": "United States"}],
    ...          "type": "APPEAL"}]
    >>> result = evaluate(gold, pred, registry=False)
    >>> result["strict"]["F1"], result["lenient"]["F1"], result["actors"]["F1"]
    (0.0, 0.0, 1.0)
    """
    records = list(gold_records)
    preds = list(predicted_statements)
    shape = shape or detect_shape(records)
    if shape not in ("seed", "events", "corrections"):
        raise InputError(f"evaluate: shape={shape!r} is not known; use 'seed', 'events' or 'corrections'")
    resolve = ActorResolver(default_registry() if registry is None else (registry or None))
    events = shape == "events"
    items = event_items(records, resolve) if events else (
        correction_items(records, resolve) if shape == "corrections" else seed_items(records, resolve))
    keys = [(resolve.predicted(p.get("speaker")), tuple(resolve.predicted(t) for t in p.get("targets") or []))
            for p in preds]
    units = _scored_predictions(records, preds, events)
    if shape == "corrections":  # only the sentences the reader reviewed are judged
        units = [(-1, j) for j in reviewed_predictions(records, preds)]
    gold_hits, unit_hits = _match(items, preds, keys, units, events)
    result: dict[str, Any] = {"shape": shape}
    for lv in LEVELS:
        tp_gold = sum(bool(gold_hits[g.id][lv]) for g in items)
        tp_pred = sum(bool(h[lv]) for h in unit_hits)
        result[lv] = _prf(tp_pred, len(units), tp_gold, len(items))
    result["n_gold"] = len(items)
    result["n_pred"] = len(preds)
    result["n_pred_scored"] = len(units)
    result["gold"] = [_gold_entry(g, gold_hits[g.id]) for g in items]
    result["predictions"] = [_prediction_entry(j, preds[j], unit_hits[u]) for u, (_, j) in enumerate(units)]
    result["false_positives"] = [p for p in result["predictions"] if p["level"] != "strict"]
    return result


def _scored_predictions(records: list[Mapping[str, Any]], preds: list[Mapping[str, Any]],
                        events: bool) -> list[tuple[int, int]]:
    """(gold record, prediction) units to score: events compare a record with its document's predictions
    only; seed items compare every prediction with every item (record -1)."""
    if not events:
        return [(-1, j) for j in range(len(preds))]
    by_doc: dict[str, list[int]] = {}
    for j, p in enumerate(preds):
        by_doc.setdefault(str(p.get("document")), []).append(j)
    return [(r, j) for r, rec in enumerate(records) for j in by_doc.get(str(rec.get("id")), [])]


def _match(items: list[GoldItem], preds: list[Mapping[str, Any]], keys: list[PredictionKeys],
           units: list[tuple[int, int]], events: bool) -> tuple[dict[str, dict[str, list]], list[dict[str, list]]]:
    """Per gold item and level, the predictions that match it; per unit and level, the gold items it matches."""
    by_record: dict[int, list[GoldItem]] = {}
    for g in items:
        by_record.setdefault(g.record, []).append(g)
    gold_hits: dict[str, dict[str, list]] = {g.id: {lv: [] for lv in LEVELS} for g in items}
    unit_hits: list[dict[str, list]] = [{lv: [] for lv in LEVELS} for _ in units]
    for u, (r, j) in enumerate(units):
        candidates = by_record.get(r, []) if events else items
        for g in candidates:
            if not _where_ok(preds[j], g):
                continue
            for lv in LEVELS:
                if _matches(preds[j], keys[j], g, lv, events):
                    gold_hits[g.id][lv].append(j)
                    unit_hits[u][lv].append(g.id)
    return gold_hits, unit_hits


def _gold_entry(g: GoldItem, hits: dict[str, list]) -> dict[str, Any]:
    return {"id": g.id, "document": g.document, "text": g.text, **g.shown,
            "level": next((lv for lv in LEVELS if hits[lv]), None),
            "matches": {lv: sorted(set(hits[lv])) for lv in LEVELS}}


def _prediction_entry(j: int, pred: Mapping[str, Any], hits: dict[str, list]) -> dict[str, Any]:
    return {"index": j, "document": pred.get("document"),
            "sentence": str((pred.get("sentence") or {}).get("text") or ""),
            "speaker": _actor_text(pred.get("speaker")),
            "targets": [_actor_text(t) for t in pred.get("targets") or []],
            "type": str(pred.get("type") or ""),
            "level": next((lv for lv in LEVELS if hits[lv]), None),
            "matches": {lv: hits[lv] for lv in LEVELS}}


# --- matching -------------------------------------------------------------------------------------

def _quad(type_: str, fallback: object = None) -> str | None:
    return QUAD.get(type_) or (str(fallback) if fallback else None)


def _type_ok(pred: Mapping[str, Any], gold_types: Iterable[str], lenient: bool) -> bool:
    ptype = str(pred.get("type") or "").upper()
    gold_types = [t for t in gold_types if t]
    if ptype in gold_types:
        return True
    if not lenient:
        return False
    pquad = _quad(ptype, pred.get("quad"))
    return pquad is not None and any(QUAD.get(t) == pquad for t in gold_types)


def _where_ok(pred: Mapping[str, Any], gold: GoldItem) -> bool:
    if gold.start is None:  # events: same document
        return str(pred.get("document")) == gold.document
    if gold.document is not None and str(pred.get("document")) != gold.document:
        return False
    sentence = pred.get("sentence") or {}
    start, end = sentence.get("start"), sentence.get("end")
    if start is not None and end is not None and start < gold.end and gold.start < end:
        return True
    return bool(gold.text) and gold.text[:_QUOTE_PREFIX] in str(sentence.get("text") or "")


concerns = _where_ok
"""Whether a prediction is in a gold item's place (events: its record; seed: its span); for error listings."""


def _matches(pred: Mapping[str, Any], keys: PredictionKeys, gold: GoldItem, level: str, events: bool) -> bool:
    lenient, typed = _LEVEL_RULES[level]
    lenient = lenient or events
    speaker, targets = keys
    if not same_actor(speaker, gold.source, lenient):
        return False
    if gold.targets and not any(same_actor(t, g, lenient) for t in targets for g in gold.targets):
        return False
    return not typed or _type_ok(pred, gold.types, level != "strict")


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float | int]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "tp_pred": tp_pred, "tp_gold": tp_gold}


def _actor_text(actor: Any) -> str:
    if isinstance(actor, Mapping):
        return str(actor.get("label") or actor.get("iri") or actor.get("iso3") or "?")
    return str(actor or "?")


# --- report ---------------------------------------------------------------------------------------

def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def format_report(result: Mapping[str, Any], *, width: int = 60) -> str:
    """Format an :func:`evaluate` result as plain-text tables: scores, gold items, false positives.

    >>> print(format_report({"shape": "seed", "n_gold": 0, "n_pred": 0, "n_pred_scored": 0,
    ...     **{lv: {"P": 0.0, "R": 0.0, "F1": 0.0, "tp_pred": 0, "tp_gold": 0} for lv in LEVELS},
    ...     "gold": [], "false_positives": []}).splitlines()[0])
    Scores against seed gold: 0 gold items, 0 predictions
    """
    out = [f"Scores against {result['shape']} gold: {result['n_gold']} gold items, "
           f"{result['n_pred']} predictions"
           + (f" ({result['n_pred_scored']} in gold documents)"
              if result.get("n_pred_scored", result["n_pred"]) != result["n_pred"] else ""), ""]
    scored = result.get("n_pred_scored", result["n_pred"])
    out += _table(
        ["level", "P", "R", "F1", "matched predictions", "matched gold"],
        [[lv, f"{result[lv]['P']:.3f}", f"{result[lv]['R']:.3f}", f"{result[lv]['F1']:.3f}",
          f"{result[lv]['tp_pred']}/{scored}", f"{result[lv]['tp_gold']}/{result['n_gold']}"] for lv in LEVELS],
    )
    if result.get("gold"):
        out += ["", "Gold items (found = best level matched)"]
        out += _table(
            ["id", "found", "source -> targets", "types", "text"],
            [[g["id"], g["level"] or "MISSED",
              _cut(f"{g['source']} -> {', '.join(map(str, g['targets'])) or '(any)'}", 40),
              ",".join(g["types"]), _cut(g["text"], width)] for g in result["gold"]],
        )
    fps = result.get("false_positives") or []
    out += ["", f"False positives (predictions not matched strictly): {len(fps)}"]
    if fps:
        out += _table(
            ["#", "looser", "document", "speaker -> targets", "type", "sentence"],
            [[str(p["index"]), p["level"] or "none", _cut(str(p["document"]), 24),
              _cut(f"{p['speaker']} -> {', '.join(p['targets']) or '-'}", 40), p["type"],
              _cut(p["sentence"], width)] for p in fps],
        )
    return "\n".join(out)

