"""Corrections a reader made in the explorer: read the JSONL file, apply it to statements, record it in RDF.

One JSON object per line, one per reviewed statement (the explorer's "download corrections"):

``statement``   the statement IRI (required); ``id`` its local name
``verdict``     ``"right"``, ``"wrong"`` or ``"fixed"`` (required)
``document``    the document id; ``title`` its title
``quote``, ``start``, ``end``   the sentence and its offsets in the document
``cue``         ``{"text", "start", "end"}``: the cue and its offsets in the document
``source``, ``source_id``       the speaker (label, actor IRI) — after the fix, for ``fixed``
``targets``, ``target_ids``     the targets (labels, actor IRIs) — after the fix
``types``       ``[type]``, the code-book type — after the fix
``date``        the statement date; ``reviewed_at`` when the mark was made (ISO, UTC)
``was``         for ``fixed``: ``source``/``source_id``/``targets``/``target_ids``/``types`` before the fix

The fields ``quote``, ``start``, ``end``, ``source``, ``targets``, ``types`` and ``document`` are those of the
seed gold shape, so ``stancegraph evaluate --gold corrections.jsonl`` scores a build against the reader's
marks (``wrong`` records are no gold items; see :mod:`stancegraph.analysis.gold`).
``stancegraph build --corrections FILE`` drops the ``wrong`` statements, applies the ``fixed`` ones and records
each reviewed statement with ``sg:review`` (a ``prov:wasInfluencedBy``) of an ``sg:HumanReview``
(a ``prov:Activity``) holding ``sg:verdict``, ``sg:correctedField`` and ``prov:endedAtTime``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from rdflib.namespace import RDF, XSD

from stancegraph.errors import InputError
from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.vocab import ACTOR, DOCUMENT, PROV, SG
from stancegraph.model import Actor, ActorRef, Statement
from stancegraph.rdf import ntriples
from stancegraph.rdf.mint import content_hash, statement_iri
from stancegraph.rdf.ntriples import Quads

__all__ = ["Correction", "CorrectionReport", "read_corrections", "apply_corrections", "review_quads", "document_hashes",
           "VERDICTS"]

VERDICTS = ("right", "wrong", "fixed")


@dataclass(frozen=True)
class Correction:
    """One reviewed statement: its IRI, the verdict and (``fixed``) the speaker, targets and type to use."""

    statement: str
    verdict: str
    document: str | None = None
    cue: tuple[int, int] | None = None  # offsets of the cue in the document, to find the statement again
    speaker: str | None = None  # actor id (local name of the IRI), for fixed
    targets: tuple[str, ...] | None = None
    type: str | None = None
    fields: tuple[str, ...] = ()  # what the fix changed: "speaker", "targets", "type"
    reviewed_at: str | None = None
    line: str = ""  # "FILE:N", for messages
    # the statement as the reader saw it (speaker id, type): with the cue, finds it again when its IRI changed
    seen: tuple[str | None, str | None] = (None, None)


@dataclass
class CorrectionReport:
    """What :func:`apply_corrections` did: counts, and the reviews of the statements kept (new IRI -> review)."""

    right: int = 0
    wrong: int = 0
    fixed: int = 0
    unmatched: list[str] = field(default_factory=list)
    reviews: dict[str, Correction] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for the build's output.

        >>> CorrectionReport(right=2, wrong=1, unmatched=["f:3"]).summary()
        'corrections: 2 right, 1 wrong (dropped), 0 fixed, 1 not found in this build (f:3)'
        """
        text = f"corrections: {self.right} right, {self.wrong} wrong (dropped), {self.fixed} fixed"
        if self.unmatched:
            text += f", {len(self.unmatched)} not found in this build ({', '.join(self.unmatched[:5])})"
        return text


def _local(value: Any) -> str | None:
    """The actor id of an actor IRI or id, None when there is none."""
    text = str(value or "")
    return text[len(str(ACTOR)):] if text.startswith(str(ACTOR)) else (text or None)


def _actor_id(value: Any, where: str) -> str:
    text = _local(value)
    if not text or "/" in text:
        raise InputError(f"{where}: {value!r} is not an actor IRI (https://w3id.org/stancegraph/actor/ID); "
                         "download the corrections from the explorer again")
    return text


def _correction(rec: Any, where: str, types: Iterable[str]) -> Correction:
    if not isinstance(rec, dict) or not rec.get("statement"):
        raise InputError(f"{where}: not a correction (a JSON object with 'statement' and 'verdict'); "
                         "use the file the explorer's 'download corrections' saves")
    verdict = rec.get("verdict")
    if verdict not in VERDICTS:
        raise InputError(f"{where}: verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
    cue = rec.get("cue") or {}
    span = (cue.get("start"), cue.get("end")) if isinstance(cue, dict) else (None, None)
    found = dict(statement=str(rec["statement"]), verdict=verdict, line=where,
                 document=str(rec["document"]) if rec.get("document") is not None else None,
                 cue=span if all(isinstance(v, int) for v in span) else None,
                 reviewed_at=str(rec["reviewed_at"]) if rec.get("reviewed_at") else None)
    was = rec.get("was") or {}
    seen_types = was.get("types") or rec.get("types") or [None]
    found["seen"] = (_local(was.get("source_id") or rec.get("source_id")), seen_types[0])
    if verdict != "fixed":
        return Correction(**found)
    new_type = (rec.get("types") or [None])[0]
    if new_type not in types:
        raise InputError(f"{where}: type {new_type!r} is not in the code book; fix it in the explorer "
                         "(stancegraph codebook lists the types)")
    speaker = _actor_id(rec.get("source_id"), where)
    targets = tuple(_actor_id(t, where) for t in rec.get("target_ids") or [])
    changed = [name for name, now, before in (
        ("speaker", rec.get("source_id"), was.get("source_id")), ("targets", rec.get("target_ids") or [],
         was.get("target_ids") or []), ("type", rec.get("types"), was.get("types"))) if now != before]
    return Correction(**found, speaker=speaker, targets=targets, type=new_type, fields=tuple(changed))


def read_corrections(path: str | Path) -> list[Correction]:
    """The corrections in the JSONL file ``path`` (see the module docstring); InputError naming the line if bad.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "c.jsonl")
    >>> _ = open(p, "w").write('{"statement": "https://w3id.org/stancegraph/statement/ab", "verdict": "wrong"}\\n')
    >>> [(c.statement.rsplit("/", 1)[-1], c.verdict) for c in read_corrections(p)]
    [('ab', 'wrong')]
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the corrections file ({exc}); give the JSONL file the explorer "
                         "saved") from None
    types = set(load_codebook())
    out = []
    for n, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc.msg}); one correction per line") from None
        out.append(_correction(rec, f"{path}:{n}", types))
    return out


class _Actors:
    """Actor objects by id: those the statements name, else the registry's."""

    def __init__(self, statements: list[Statement], registry: ActorRegistry | None) -> None:
        self.known: dict[str, Actor] = {}
        for st in statements:
            for ref in (st.speaker, *st.targets):
                self.known.setdefault(ref.actor.id, ref.actor)
                if ref.state is not None:
                    self.known.setdefault(ref.state.id, ref.state)
        self.registry = registry

    def ref(self, actor_id: str, old: ActorRef | None, day: dt.date | None, where: str) -> ActorRef:
        if old is not None and old.actor.id == actor_id:
            return old
        actor = self.known.get(actor_id) or (self.registry.get(actor_id) if self.registry else None)
        if actor is None:
            raise InputError(f"{where}: actor {actor_id!r} is neither in this build nor in the registry; "
                             "choose an actor the explorer lists")
        state = self.registry.state_of(actor_id, day) if self.registry else None
        return ActorRef(actor=actor, state=state if state is not None and state.id != actor_id else None)


def apply_corrections(statements: Iterable[Statement], corrections: Iterable[Correction], *,
                      registry: ActorRegistry | None = None) -> tuple[list[Statement], CorrectionReport]:
    """Drop the statements marked wrong, fix those marked fixed, keep the rest; order kept.

    A correction finds its statements by IRI, else by document id and cue offsets; ``registry`` resolves
    the actors a fix names that no statement does (and the state a person spoke for on the statement date).

    >>> from stancegraph.model import ActorKind, Span
    >>> rus = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
    >>> st = Statement(document="d", sentence=Span(text="Russia rejected it.", start=0, end=19),
    ...                cue=Span(text="rejected", start=7, end=15),
    ...                speaker=ActorRef(actor=rus), type="REJECT")
    >>> kept, report = apply_corrections([st], [Correction(statement=str(statement_iri(st)), verdict="wrong")])
    >>> kept, report.wrong
    ([], 1)
    """
    statements = list(statements)
    actors = _Actors(statements, registry)
    by_iri = {c.statement: c for c in corrections}
    present = {str(statement_iri(st)) for st in statements}
    # a correction whose statement changed its IRI (the extractor changed) is found by its cue, and only on a
    # statement with the speaker and type the reader saw: statements sharing a cue ("mutual agreement") stay apart
    by_cue: dict[tuple, list[Correction]] = {}
    for c in by_iri.values():
        if c.statement not in present and c.document is not None and c.cue is not None:
            by_cue.setdefault((c.document, c.cue), []).append(c)
    report, used, kept = CorrectionReport(), set(), []
    for st in statements:
        c = by_iri.get(str(statement_iri(st))) or next(
            (c for c in by_cue.get((st.document, (st.cue.start, st.cue.end)), ())
             if c.seen[0] in (None, st.speaker.actor.id) and c.seen[1] in (None, st.type)), None)
        if c is None:
            kept.append(st)
            continue
        if c.statement not in used:
            used.add(c.statement)
            setattr(report, c.verdict, getattr(report, c.verdict) + 1)
        if c.verdict == "wrong":
            continue
        if c.verdict == "fixed":
            old_targets = {t.actor.id: t for t in st.targets}
            st = dataclasses.replace(
                st, type=c.type, speaker=actors.ref(c.speaker, st.speaker, st.date, c.line),
                targets=tuple(actors.ref(t, old_targets.get(t), st.date, c.line) for t in c.targets or ()))
        kept.append(st)
        report.reviews[str(statement_iri(st))] = c
    report.unmatched = [c.line for c in by_iri.values() if c.statement not in used]
    return kept, report


def review_quads(quads: Quads, statements: Iterable[Statement], report: CorrectionReport,
                 document_hashes: dict[str, str]) -> Quads:
    """``quads`` plus, in each document graph reporting a reviewed statement, its ``sg:review`` triples.

    ``document_hashes`` maps document ids to :func:`stancegraph.rdf.mint.content_hash` of their text.
    """
    iri, lit = ntriples.iri, ntriples.literal
    extra: dict[str, set[str]] = defaultdict(set)
    for st in statements:
        st_iri = str(statement_iri(st))
        c = report.reviews.get(st_iri)
        if c is None or st.document not in document_hashes:
            continue
        graph = iri(f"{DOCUMENT}{document_hashes[st.document][:16]}")
        node, review = iri(st_iri), iri(st_iri + "-review")
        lines = [f"{node} {iri(SG.review)} {review} .", f"{review} {iri(RDF.type)} {iri(SG.HumanReview)} .",
                 f"{review} {iri(RDF.type)} {iri(PROV.Activity)} .",
                 f"{review} {iri(SG.verdict)} {lit(c.verdict)} ."]
        lines += [f"{review} {iri(SG.correctedField)} {lit(name)} ." for name in c.fields]
        when = _timestamp(c.reviewed_at)
        if when:
            lines.append(f'{review} {iri(PROV.endedAtTime)} "{when}"^^{iri(XSD.dateTime)} .')
        extra[graph].update(lines)
    if not extra:
        return quads
    graphs = {g: list(lines) + sorted(extra.pop(g, ())) for g, lines in quads.graphs.items()}
    graphs.update({g: sorted(lines) for g, lines in extra.items()})
    return Quads.from_lines(graphs)


def _timestamp(value: str | None) -> str | None:
    """``value`` as an xsd:dateTime lexical form (UTC, seconds), None if it is not a date-time."""
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def document_hashes(documents: Iterable[Any]) -> dict[str, str]:
    """Document id -> content hash of its text (what names its graph)."""
    return {d.id: content_hash(d.text) for d in documents}
