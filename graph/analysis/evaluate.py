"""Score exported statements against gold annotations: precision, recall, F1 and a per-item listing.

Two gold shapes are understood (the shape is detected, or passed as ``shape=``):

``seed``
    items with a character span of one document: ``id``, ``quote``, ``start``, ``end``, ``source``,
    ``targets`` (names), ``types`` (acceptable event types), optional ``date`` and ``document``.
``events``
    one sentence per record: ``id``, ``text``, ``expected`` = [{``source_code``, ``target_code``,
    optional ``source``/``target`` names, ``type`` (simple name such as ``meet_consult``) or ``code``
    with ``scheme`` "PLOVER..."}].

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
  gold name is resolved with ``stancegraph.kb.registry.ActorRegistry.load().lookup(name)`` when that
  module is available (else the normalised label alone), as is a predicted label without any code.
  Two actors are the *same* if they share a key. *Rolled up* (lenient), they also match if their
  states share a key: a person or organ is rolled up to the state it represents (the prediction's
  ``state``; for gold names, ``registry.state_of(id, date)`` on the item's date, else ``part_of``).
* **Targets.** If the gold item names targets, some predicted target must match some gold target;
  if it names none, any targets do. In events, a target is required when ``target_code`` (or
  ``target``) is given.
* **Types.** strict: the predicted ``type`` is one of the item's types. lenient: or in the same quad
  class: verbal-coop = AGREE CONSULT SUPPORT CONCEDE APPEAL; material-coop = COOPERATE AID RETREAT
  INVESTIGATE; verbal-conflict = DEMAND DISAPPROVE REJECT THREATEN SANCTION; material-conflict =
  PROTEST CRIME MOBILIZE COERCE ASSAULT FIGHT. Events' simple types are mapped to these first
  (``meet_consult``→CONSULT, ``oppose``/``accuse``→DISAPPROVE, ``reduce_relations``→SANCTION ...).
  Two types outside every quad class match only if equal (the shared scorer also matches them when
  both are unknown).
* **Levels.** strict = same speaker, target and type (events: actors always rolled up, as their gold
  codes are country codes); lenient = rolled-up actors and type by quad class; actors = rolled-up
  speaker and target, any type.
* **Figures.** P = predictions matching some gold item / predictions (events: predictions of the
  gold records' documents); R = gold items matched by some prediction / gold items; F1 their harmonic
  mean. ``n_gold`` counts gold items (events: expected events), ``n_pred`` all predictions.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from stancegraph.errors import InputError

__all__ = ["QUAD", "LEVELS", "evaluate", "format_report"]

log = logging.getLogger(__name__)

QUAD: dict[str, str] = {
    **dict.fromkeys("AGREE CONSULT SUPPORT CONCEDE APPEAL".split(), "verbal-coop"),
    **dict.fromkeys("COOPERATE AID RETREAT INVESTIGATE".split(), "material-coop"),
    **dict.fromkeys("DEMAND DISAPPROVE REJECT THREATEN SANCTION".split(), "verbal-conflict"),
    **dict.fromkeys("PROTEST CRIME MOBILIZE COERCE ASSAULT FIGHT".split(), "material-conflict"),
}
"""Event type -> quad class, for lenient type matching."""

LEVELS: tuple[str, ...] = ("strict", "lenient", "actors")
"""The scoring levels, from the strictest: (lenient actors, lenient types, typed)."""
_LEVEL_RULES = {"strict": (False, True), "lenient": (True, True), "actors": (True, False)}

_SIMPLE_TYPES = {
    "statement": "STATEMENT", "appeal": "APPEAL", "agree": "AGREE", "meet_consult": "CONSULT",
    "support": "SUPPORT", "cooperate": "COOPERATE", "aid": "AID", "concede": "CONCEDE", "retreat": "RETREAT",
    "investigate": "INVESTIGATE", "demand": "DEMAND", "oppose": "DISAPPROVE", "accuse": "DISAPPROVE",
    "reject": "REJECT", "threaten": "THREATEN", "protest": "PROTEST", "mobilize": "MOBILIZE",
    "reduce_relations": "SANCTION", "sanction": "SANCTION", "coerce": "COERCE", "assault": "ASSAULT",
    "fight": "FIGHT", "mass_violence": "FIGHT",
}
_CODE_FIX = {"JAP": "JPN", "UK": "GBR", "UKG": "GBR", "ROM": "ROU", "GER": "DEU", "PAL": "PSE"}
_QUOTE_PREFIX = 40


# --- actors ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Keys:
    """How an actor can be matched: its own keys, and the keys of the state it rolls up to."""

    own: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()
    person: bool = False

    @property
    def rolled(self) -> frozenset[str]:
        return self.state | (frozenset() if self.person else self.own)


def _norm(label: object) -> str:
    text = re.sub(r"\s+", " ", str(label or "").replace(".", "").strip().lower())
    return text.removeprefix("the ")


def _code_key(code: object, *, cameo: bool = False) -> str | None:
    code = str(code or "").strip().upper()
    if cameo and len(code) > 3:
        code = code[:3]  # CAMEO: country first, then sector (USAGOV, RUSMIL)
    if not code.isalpha() or code == "IGO":
        return None
    return "code:" + _CODE_FIX.get(code, code)


def _id_key(actor_id: object) -> str | None:
    local = str(actor_id or "").rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    if not local:
        return None
    return f"code:{local}" if local.isupper() and local.isalpha() else f"id:{local}"


def _wd_key(qid: object) -> str | None:
    local = str(qid or "").rstrip("/").rsplit("/", 1)[-1]
    return f"wd:{local.upper()}" if re.fullmatch(r"[Qq]\d+", local) else None


def _kind(kind: object) -> str:
    return str(getattr(kind, "value", kind) or "").lower()


@lru_cache(maxsize=1)
def _default_registry() -> Any:
    try:
        from stancegraph.kb.registry import ActorRegistry
    except ImportError:
        log.info("stancegraph.kb.registry is not available; gold names are matched by label only")
        return None
    try:
        return ActorRegistry.load()
    except Exception as e:  # a registry that cannot load must not stop an evaluation
        log.warning("cannot load the actor registry (%s); gold names are matched by label only", e)
        return None


class _Resolver:
    """Turns gold names and predicted actor dicts into :class:`_Keys`, with the registry if there is one."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry
        self._cache: dict[tuple[str, dt.date | None, bool], _Keys] = {}

    def name(self, name: str, day: dt.date | None = None, *, strict_lookup: bool = False) -> _Keys:
        key = (name, day, strict_lookup)
        if key not in self._cache:
            self._cache[key] = self._name(name, day, strict_lookup)
        return self._cache[key]

    def _name(self, name: str, day: dt.date | None, strict_lookup: bool) -> _Keys:
        own = {f"name:{_norm(name)}"} if _norm(name) else set()
        actors = self._lookup(name, strict_lookup)
        if not actors:
            return _Keys(frozenset(own))
        state: set[str] = set()
        person = False
        for actor in actors:
            own |= self._actor_keys(actor)
            person = person or _kind(getattr(actor, "kind", "")) == "person"
            state |= self._state_keys(actor, day)
        return _Keys(frozenset(own), frozenset(state), person)

    def _lookup(self, name: str, strict_lookup: bool) -> list[Any]:
        if self.registry is None or not name.strip():
            return []
        try:
            hits = [hit[0] if isinstance(hit, tuple) else hit for hit in self.registry.lookup(name) or []]
        except Exception as e:  # noqa: BLE001 - a lookup failure only loses registry keys
            log.debug("registry lookup of %r failed: %s", name, e)
            return []
        exact = [a for a in hits if _norm(getattr(a, "label", "")) == _norm(name)]
        if exact:
            return exact
        return hits if not strict_lookup or len(hits) == 1 else []

    @staticmethod
    def _actor_keys(actor: Any) -> set[str]:
        keys = {_id_key(getattr(actor, "id", None)), _code_key(getattr(actor, "iso3", None)),
                _wd_key(getattr(actor, "wikidata", None))}
        label = _norm(getattr(actor, "label", ""))
        if label:
            keys.add(f"name:{label}")
        return {k for k in keys if k}

    def _state_keys(self, actor: Any, day: dt.date | None) -> set[str]:
        """Keys of the state a person or organ represented on ``day``: ``registry.state_of``, else ``part_of``."""
        state: Any = None
        state_of = getattr(self.registry, "state_of", None)
        if callable(state_of):
            try:
                state = state_of(actor.id, day)
            except Exception as e:  # noqa: BLE001 - a failed roll-up only loses the state keys
                log.debug("registry.state_of(%r) failed: %s", getattr(actor, "id", actor), e)
        state = state or getattr(actor, "part_of", None)
        if not state:
            return set()
        if isinstance(state, str):
            return {_id_key(state)} - {None}
        return {k for k in self._actor_keys(state) if not k.startswith("name:")}

    def predicted(self, actor: Any) -> _Keys:
        if not actor:
            return _Keys()
        if isinstance(actor, str):
            actor = {"label": actor}
        own = {_code_key(actor.get("iso3")), _wd_key(actor.get("wikidata")), _id_key(actor.get("iri")),
               _id_key(actor.get("id"))}
        for field in ("code", "cameo"):
            own.add(_code_key(actor.get(field), cameo=True))
        own.discard(None)
        label = actor.get("label") or actor.get("name")
        person = _kind(actor.get("kind")) == "person"
        state: set[str] = set()
        if label and not own:  # a bare label: resolve it like a gold name
            resolved = self.name(str(label), strict_lookup=True)
            own |= resolved.own
            state |= resolved.state
            person = person or resolved.person
        if label and _norm(label):
            own.add(f"name:{_norm(label)}")
        if actor.get("state"):
            st = self.predicted(actor["state"])
            state |= st.own | st.state
        return _Keys(frozenset(k for k in own if k), frozenset(state), person)


def _same(pred: _Keys, gold: _Keys, lenient: bool) -> bool:
    if pred.own & gold.own:
        return True
    return lenient and bool(pred.rolled & gold.rolled)


# --- types ----------------------------------------------------------------------------------------

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


def _event_type(expected: Mapping[str, Any]) -> str:
    if str(expected.get("scheme") or "").upper().startswith("PLOVER") and expected.get("code"):
        return str(expected["code"]).upper()
    simple = str(expected.get("type") or "")
    return _SIMPLE_TYPES.get(simple.lower(), simple.upper())


# --- gold items -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Gold:
    id: str
    record: int  # index of the gold record (events: the sentence record)
    document: str | None
    text: str
    start: int | None
    end: int | None
    source: _Keys
    targets: tuple[_Keys, ...]
    types: tuple[str, ...]
    shown: Mapping[str, Any]  # for the report: source, targets, types as written


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _seed_items(records: list[Mapping[str, Any]], resolve: _Resolver) -> list[_Gold]:
    items = []
    for i, rec in enumerate(records):
        rid = str(rec.get("id", i + 1))
        for key in ("start", "end", "source"):
            if rec.get(key) is None:
                raise InputError(f"gold record {i + 1} ({rid}): no {key!r}; seed items need quote, start, end, "
                                 "source, targets and types")
        day = _day(rec.get("date"))
        types = rec.get("types") or ([rec["type"]] if rec.get("type") else [])
        targets = [str(t) for t in rec.get("targets") or []]
        items.append(_Gold(
            id=rid, record=i, document=str(rec["document"]) if rec.get("document") is not None else None,
            text=str(rec.get("quote") or ""), start=int(rec["start"]), end=int(rec["end"]),
            source=resolve.name(str(rec["source"]), day),
            targets=tuple(resolve.name(t, day) for t in targets),
            types=tuple(str(t).upper() for t in types),
            shown={"source": str(rec["source"]), "targets": targets, "types": [str(t).upper() for t in types]},
        ))
    return items


def _event_keys(resolve: _Resolver, code: object, label: object, day: dt.date | None) -> _Keys:
    keys = resolve.name(str(label), day) if label else _Keys()
    c = _code_key(code, cameo=True)
    return _Keys(keys.own | ({c} if c else set()), keys.state, keys.person)


def _event_items(records: list[Mapping[str, Any]], resolve: _Resolver) -> list[_Gold]:
    items = []
    for i, rec in enumerate(records):
        if "id" not in rec:
            raise InputError(f"gold record {i + 1}: no 'id'; events records need id, text and expected")
        day = _day(rec.get("date"))
        for k, exp in enumerate(rec.get("expected") or []):
            has_target = bool(exp.get("target_code") or exp.get("target"))
            etype = _event_type(exp)
            items.append(_Gold(
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


def _detect_shape(records: list[Mapping[str, Any]]) -> str:
    if any("expected" in r for r in records):
        return "events"
    return "seed"


# --- matching -------------------------------------------------------------------------------------

def _where_ok(pred: Mapping[str, Any], gold: _Gold) -> bool:
    if gold.start is None:  # events: same document
        return str(pred.get("document")) == gold.document
    if gold.document is not None and str(pred.get("document")) != gold.document:
        return False
    sentence = pred.get("sentence") or {}
    start, end = sentence.get("start"), sentence.get("end")
    if start is not None and end is not None and start < gold.end and gold.start < end:
        return True
    return bool(gold.text) and gold.text[:_QUOTE_PREFIX] in str(sentence.get("text") or "")


def _matches(pred: Mapping[str, Any], keys: tuple[_Keys, tuple[_Keys, ...]], gold: _Gold,
             level: str, events: bool) -> bool:
    lenient, typed = _LEVEL_RULES[level]
    lenient = lenient or events
    speaker, targets = keys
    if not _same(speaker, gold.source, lenient):
        return False
    if gold.targets and not any(_same(t, g, lenient) for t in targets for g in gold.targets):
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
        ``stancegraph.kb.registry.ActorRegistry`` if it is installed, ``False`` matches by label only.

    Returns
    -------
    dict
        ``shape``; ``strict``, ``lenient``, ``actors``: {P, R, F1, tp_pred, tp_gold}; ``n_gold``;
        ``n_pred`` (all predictions); ``n_pred_scored`` (those compared with gold); ``gold``: one entry
        per gold item with its best ``level`` (None = missed) and the matching prediction indexes per
        level; ``predictions``: the same per prediction; ``false_positives``: the predictions not
        matched strictly, each with its best looser level.

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
    shape = shape or _detect_shape(records)
    if shape not in ("seed", "events"):
        raise ValueError(f"evaluate: shape={shape!r} is not known; use 'seed' or 'events'")
    resolve = _Resolver(_default_registry() if registry is None else (registry or None))
    events = shape == "events"
    items = _event_items(records, resolve) if events else _seed_items(records, resolve)
    keys = [(resolve.predicted(p.get("speaker")), tuple(resolve.predicted(t) for t in p.get("targets") or []))
            for p in preds]

    # candidate (gold item, prediction) pairs; events compare a record's items with its document only
    by_record: dict[int, list[_Gold]] = {}
    for g in items:
        by_record.setdefault(g.record, []).append(g)
    if events:
        by_doc: dict[str, list[int]] = {}
        for j, p in enumerate(preds):
            by_doc.setdefault(str(p.get("document")), []).append(j)
        units = [(r, j) for r, rec in enumerate(records) for j in by_doc.get(str(rec.get("id")), [])]
    else:
        units = [(-1, j) for j in range(len(preds))]

    gold_hits = {g.id: {lv: [] for lv in LEVELS} for g in items}
    unit_hits = [{lv: [] for lv in LEVELS} for _ in units]
    for u, (r, j) in enumerate(units):
        candidates = by_record.get(r, []) if events else items
        for g in candidates:
            if not _where_ok(preds[j], g):
                continue
            for lv in LEVELS:
                if _matches(preds[j], keys[j], g, lv, events):
                    gold_hits[g.id][lv].append(j)
                    unit_hits[u][lv].append(g.id)

    result: dict[str, Any] = {"shape": shape}
    for lv in LEVELS:
        tp_gold = sum(bool(gold_hits[g.id][lv]) for g in items)
        tp_pred = sum(bool(h[lv]) for h in unit_hits)
        result[lv] = _prf(tp_pred, len(units), tp_gold, len(items))
    result["n_gold"] = len(items)
    result["n_pred"] = len(preds)
    result["n_pred_scored"] = len(units)
    result["gold"] = [
        {"id": g.id, "document": g.document, "text": g.text, **g.shown,
         "level": next((lv for lv in LEVELS if gold_hits[g.id][lv]), None),
         "matches": {lv: sorted(set(gold_hits[g.id][lv])) for lv in LEVELS}}
        for g in items
    ]
    result["predictions"] = [
        {"index": j, "document": preds[j].get("document"),
         "sentence": str((preds[j].get("sentence") or {}).get("text") or ""),
         "speaker": _actor_text(preds[j].get("speaker")),
         "targets": [_actor_text(t) for t in preds[j].get("targets") or []],
         "type": str(preds[j].get("type") or ""),
         "level": next((lv for lv in LEVELS if unit_hits[u][lv]), None),
         "matches": {lv: unit_hits[u][lv] for lv in LEVELS}}
        for u, (_, j) in enumerate(units)
    ]
    result["false_positives"] = [p for p in result["predictions"] if p["level"] != "strict"]
    return result


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
