"""Misses and false positives of an evaluation, grouped by error class, so each round of work starts from real errors.

Classes (see :data:`CLASSES`), decided against the gold items in the same place (events: the same record;
seed: an overlapping span, as in :func:`~stancegraph.analysis.evaluate.evaluate`):

``no cue``
    a gold item with no prediction in its place at all: no trigger was found.
``wrong type``
    speaker and target match (rolled up) but the type does not (at the chosen level).
``no target``
    the speaker matches a gold item that names a target, but the prediction has no target.
``wrong actor``
    a prediction in the place shares the speaker, a target or the quad class, but not both actors.
``extra``
    a prediction with nothing in gold to correspond to: no gold item in its place, or one sharing no actor
    and no quad class with it.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from stancegraph.analysis.actor_keys import ActorKeys, ActorResolver, default_registry, same_actor
from stancegraph.analysis.evaluate import LEVELS, QUAD, concerns, evaluate
from stancegraph.analysis.gold import GoldItem, detect_shape, event_items, seed_items
from stancegraph.errors import InputError

__all__ = ["CLASSES", "error_classes", "format_errors"]

CLASSES: tuple[str, ...] = ("no cue", "wrong type", "no target", "wrong actor", "extra")
"""The error classes, in the order they are listed."""


def error_classes(
    gold_records: Iterable[Mapping[str, Any]],
    predicted_statements: Iterable[Mapping[str, Any]],
    *,
    level: str = "lenient",
    shape: str | None = None,
    registry: Any = None,
) -> dict[str, Any]:
    """Classify the misses and false positives of ``predicted_statements`` against ``gold_records``.

    Parameters
    ----------
    gold_records, predicted_statements, shape, registry
        as for :func:`~stancegraph.analysis.evaluate.evaluate`.
    level
        the level an item must reach to count as found: ``"strict"``, ``"lenient"`` or ``"actors"``.

    Returns
    -------
    dict
        ``level``, ``scores`` (the :func:`evaluate` result without its listings), ``counts``
        {class: {"misses": n, "false_positives": n}}, ``misses`` and ``false_positives``: one dict each with
        ``class``, ``document``, ``sentence``, ``gold`` / ``predicted`` (speaker -> targets : type), ``rule``
        and ``cue`` (of the prediction; for a miss, of the closest prediction in its place, if any).

    Raises
    ------
    InputError
        If ``level`` or ``shape`` is not known.

    Examples
    --------
    >>> gold = [{"id": "s1", "text": "Russia criticised NATO.", "expected": [
    ...     {"source_code": "RUS", "target_code": "NATO", "code": "DISAPPROVE", "scheme": "PLOVER"}]}]
    >>> pred = [{"document": "s1", "speaker": {"label": "Russia", "iso3": "RUS"}, "targets": [],
    ...          "type": "DISAPPROVE", "rule": "verb:nsubj", "sentence": {"text": "Russia criticised NATO."}}]
    >>> out = error_classes(gold, pred, registry=False)
    >>> out["misses"][0]["class"], out["false_positives"][0]["class"], out["misses"][0]["rule"]
    ('no target', 'no target', 'verb:nsubj')
    """
    if level not in LEVELS:
        raise InputError(f"error classes: level={level!r} is not known; use one of {', '.join(LEVELS)}")
    records = list(gold_records)
    preds = list(predicted_statements)
    shape = shape or detect_shape(records)
    result = evaluate(records, preds, shape=shape, registry=registry)
    resolve = ActorResolver(default_registry() if registry is None else (registry or None))
    items = event_items(records, resolve) if shape == "events" else seed_items(records, resolve)
    keys = [(resolve.predicted(p.get("speaker")), [resolve.predicted(t) for t in p.get("targets") or []])
            for p in preds]
    found = {g["id"] for g in result["gold"] if _reached(g["level"], level)}
    misses = [_miss(g, preds, keys) for g in items if g.id not in found]
    fps = [_false_positive(e["index"], preds, keys, items) for e in result["predictions"]
           if not _reached(e["level"], level)]
    counts = {c: {"misses": sum(m["class"] == c for m in misses),
                  "false_positives": sum(f["class"] == c for f in fps)} for c in CLASSES}
    scores = {k: v for k, v in result.items() if k not in ("gold", "predictions", "false_positives")}
    return {"level": level, "scores": scores, "counts": counts, "misses": misses, "false_positives": fps}


def _reached(found: str | None, level: str) -> bool:
    return found is not None and LEVELS.index(found) <= LEVELS.index(level)


def _type_quad(type_: object) -> str:
    return QUAD.get(str(type_ or "").upper(), str(type_ or "").upper())


def _relation(pred: Mapping[str, Any], key: tuple[ActorKeys, list[ActorKeys]], g: GoldItem) -> str:
    """How a prediction relates to a gold item in its place: the error class it would show."""
    speaker, targets = key
    same_speaker = same_actor(speaker, g.source, True)
    target_ok = not g.targets or any(same_actor(t, x, True) for t in targets for x in g.targets)
    if same_speaker and target_ok:
        return "wrong type"
    if same_speaker and g.targets and not targets:
        return "no target"
    shared_target = any(same_actor(t, x, True) for t in targets for x in (g.source, *g.targets))
    same_quad = any(_type_quad(pred.get("type")) == _type_quad(t) for t in g.types)
    if same_speaker or shared_target or same_quad:
        return "wrong actor"
    return "extra"


def _miss(g: GoldItem, preds: list[Mapping[str, Any]], keys: list) -> dict[str, Any]:
    near = [j for j, p in enumerate(preds) if concerns(p, g)]
    ranked = sorted(near, key=lambda j: (CLASSES.index(_relation(preds[j], keys[j], g)), j))
    cls = _relation(preds[ranked[0]], keys[ranked[0]], g) if ranked else "no cue"
    closest = preds[ranked[0]] if ranked else {}
    return {"class": "wrong actor" if cls == "extra" else cls, "id": g.id, "document": g.document,
            "sentence": g.text, "gold": _gold_text(g),
            "predicted": _pred_text(closest) if closest else "", "rule": str(closest.get("rule") or ""),
            "cue": _cue(closest)}


def _false_positive(j: int, preds: list[Mapping[str, Any]], keys: list, items: list[GoldItem]) -> dict[str, Any]:
    pred = preds[j]
    here = [g for g in items if concerns(pred, g)]
    classes = sorted((_relation(pred, keys[j], g), g.id) for g in here)
    best = min(classes, key=lambda c: CLASSES.index(c[0]), default=("extra", None))
    gold = next((g for g in here if g.id == best[1]), None)
    return {"class": best[0], "index": j, "document": str(pred.get("document")),
            "sentence": str((pred.get("sentence") or {}).get("text") or ""),
            "predicted": _pred_text(pred), "gold": _gold_text(gold) if gold else "",
            "rule": str(pred.get("rule") or ""), "cue": _cue(pred),
            "status": str(pred.get("status") or ""), "confidence": pred.get("confidence")}


def _label(actor: Any) -> str:
    if isinstance(actor, Mapping):
        return str(actor.get("label") or actor.get("iso3") or actor.get("iri") or "?")
    return str(actor or "?")


def _pred_text(pred: Mapping[str, Any]) -> str:
    targets = ", ".join(_label(t) for t in pred.get("targets") or []) or "-"
    return f"{_label(pred.get('speaker'))} -> {targets} : {pred.get('type') or '?'}"


def _gold_text(g: GoldItem) -> str:
    shown = g.shown
    targets = ", ".join(map(str, shown.get("targets") or [])) or "(any)"
    return f"{shown.get('source')} -> {targets} : {','.join(shown.get('types') or [])}"


def _cue(pred: Mapping[str, Any]) -> str:
    cue = pred.get("cue")
    return str(cue.get("text") or "") if isinstance(cue, Mapping) else str(cue or "")


def _cut(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_errors(result: Mapping[str, Any], *, width: int = 90) -> str:
    """Format an :func:`error_classes` result as plain text: counts, then each class with its errors.

    >>> print(format_errors({"level": "lenient", "counts": {c: {"misses": 0, "false_positives": 0}
    ...     for c in CLASSES}, "misses": [], "false_positives": []}).splitlines()[0])
    Errors at level lenient: 0 misses, 0 false positives
    """
    misses, fps = result["misses"], result["false_positives"]
    out = [f"Errors at level {result['level']}: {len(misses)} misses, {len(fps)} false positives", ""]
    out += [f"{'class':<12} {'misses':>7} {'false pos.':>10}"]
    out += [f"{c:<12} {n['misses']:>7} {n['false_positives']:>10}" for c, n in result["counts"].items()]
    for cls in CLASSES:
        rows = [("MISS", m) for m in misses if m["class"] == cls] + [("FP", f) for f in fps if f["class"] == cls]
        if not rows:
            continue
        out += ["", f"== {cls} ({len(rows)})"]
        for what, e in rows:
            out.append(f"[{what}] {e['document']}  rule={e['rule'] or '-'}  cue={e['cue'] or '-'}")
            if e.get("gold"):
                out.append(f"    gold: {e['gold']}")
            if e.get("predicted"):
                out.append(f"    pred: {e['predicted']}" + (f"  ({e['status']})" if e.get("status") else ""))
            out.append(f"    {_cut(e['sentence'], width)}")
    return "\n".join(out)
