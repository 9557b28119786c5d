"""Write statements as JSONL or CSV, in the documented shapes (graphs are written by stancegraph.rdf.io)."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from stancegraph.errors import OutputError
from stancegraph.kb.codebook import load_codebook
from stancegraph.model import ActorKind, ActorRef, Statement
from stancegraph.rdf.mint import actor_iri, statement_iri

__all__ = ["actor_code", "statement_record", "write_statements", "CSV_COLUMNS"]


def actor_code(actor) -> str | None:
    """The short code event data uses for an actor: ISO 3166 alpha-3 for a state, the registry's acronym
    for an international organisation or bloc (NATO, EU, UN, CSTO, ICC, WEST), the CAMEO actor code the
    event-data dictionaries give a non-state group ("IMGMUSALQ" for al-Qaeda, "NGOJUD", "COLREB"); None for
    the others (persons, organs, minted actors: no code is made up).

    Examples
    --------
    >>> from stancegraph.model import Actor
    >>> actor_code(Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"))
    'RUS'
    >>> actor_code(Actor(id="NATO", label="NATO", kind=ActorKind.IGO))
    'NATO'
    >>> actor_code(Actor(id="x-wagner-group", label="Wagner Group", kind=ActorKind.GROUP, registered=False)) is None
    True
    >>> actor_code(Actor(id="al-qa-ida", label="Al-Qa'ida", kind=ActorKind.GROUP, cameo="IMGMUSALQ"))
    'IMGMUSALQ'
    """
    if actor.iso3:
        return actor.iso3
    if actor.registered and actor.kind in (ActorKind.IGO, ActorKind.BLOC):
        return actor.id
    return actor.cameo if actor.registered and actor.kind is ActorKind.GROUP else None


def _actor_record(ref_actor) -> dict[str, Any]:
    return {
        "label": ref_actor.label,
        "iri": str(actor_iri(ref_actor)),
        "kind": ref_actor.kind.value,
        "wikidata": ref_actor.wikidata,
        "iso3": ref_actor.iso3,
        "code": actor_code(ref_actor),
    }


def _ref_record(ref: ActorRef) -> dict[str, Any]:
    out = _actor_record(ref.actor)
    out["text"] = ref.mention.text if ref.mention else None
    out["state"] = _actor_record(ref.state) if ref.state is not None else None
    out["sector"] = ref.sector  # CAMEO sector (ontology/sectors.ttl): "GOV", "COP" ..., or None
    return out


def _span(span) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def statement_record(st: Statement) -> dict[str, Any]:
    """The documented JSON shape of one statement (README: "Statement export").

    Examples
    --------
    >>> from stancegraph.model import Actor, Span
    >>> text = "Russia demanded talks with NATO."
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    >>> nato = Actor(id="NATO", label="NATO", kind=ActorKind.IGO)
    >>> st = Statement(document="d1", sentence=Span(text=text, start=0, end=32),
    ...                cue=Span(text="demanded", start=7, end=15),
    ...                speaker=ActorRef(actor=russia, mention=Span(text="Russia", start=0, end=6)),
    ...                targets=(ActorRef(actor=nato, mention=Span(text="NATO", start=27, end=31)),),
    ...                type="DEMAND", rule="verb:nsubj>prep-with", confidence=0.8)
    >>> record = statement_record(st)
    >>> record["type"], record["quad"], record["weight"], record["cue"]
    ('DEMAND', 'verbal-conflict', -5.0, {'text': 'demanded', 'start': 7, 'end': 15})
    >>> record["speaker"]["iri"], record["speaker"]["code"], [t["code"] for t in record["targets"]]
    ('https://w3id.org/stancegraph/actor/RUS', 'RUS', ['NATO'])
    >>> record["id"] == str(statement_iri(st))
    True
    """
    event = load_codebook()[st.type]
    return {
        "id": str(statement_iri(st)),
        "document": st.document,
        "sentence": _span(st.sentence),
        "speaker": _ref_record(st.speaker),
        "targets": [_ref_record(t) for t in st.targets],
        "type": st.type,
        "quad": event.quad,
        "weight": event.weight,
        "cue": _span(st.cue),
        "negated": st.negated,
        "modality": st.modality,
        "condition": _span(st.condition),
        "status": st.status.value,
        "issue": _span(st.issue),
        "issue_concept": st.issue_concept,
        "stance": st.stance,
        "date": st.date.isoformat() if st.date else None,
        "date_granularity": st.date_granularity,
        "date_relation": st.date_relation,
        "source": _ref_record(st.source) if st.source is not None else None,
        "rule": st.rule,
        "confidence": st.confidence,
        "flags": list(st.flags),
        "path": st.path,
    }


CSV_COLUMNS = [
    "id", "document", "sentence_start", "sentence_end", "speaker", "speaker_iri", "speaker_kind", "speaker_iso3",
    "speaker_wikidata", "speaker_state", "speaker_state_iso3", "speaker_sector", "target", "target_iri", "target_kind", "target_iso3",
    "target_wikidata", "target_state", "target_state_iso3", "target_sector", "type", "quad", "weight", "cue", "cue_start", "cue_end",
    "negated", "modality", "condition", "status", "issue", "issue_concept", "stance", "date", "date_granularity",
    "date_relation", "source", "source_iso3", "rule", "confidence", "flags", "sentence",
]


def _csv_rows(record: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """One row per target (a row with empty target columns when there is none)."""
    sp = record["speaker"]
    base = {
        "id": record["id"], "document": record["document"], "sentence_start": record["sentence"]["start"],
        "sentence_end": record["sentence"]["end"], "speaker": sp["label"], "speaker_iri": sp["iri"],
        "speaker_kind": sp["kind"], "speaker_iso3": sp["iso3"], "speaker_wikidata": sp["wikidata"],
        "speaker_state": (sp["state"] or {}).get("label"), "speaker_state_iso3": (sp["state"] or {}).get("iso3"),
        "speaker_sector": sp["sector"],
        "type": record["type"], "quad": record["quad"], "weight": record["weight"], "cue": record["cue"]["text"],
        "cue_start": record["cue"]["start"], "cue_end": record["cue"]["end"], "negated": record["negated"],
        "modality": record["modality"], "condition": (record["condition"] or {}).get("text"),
        "status": record["status"], "issue": (record["issue"] or {}).get("text"), "date": record["date"],
        "issue_concept": record["issue_concept"], "stance": record["stance"],
        "date_granularity": record["date_granularity"], "date_relation": record["date_relation"],
        "source": (record["source"] or {}).get("label"), "source_iso3": (record["source"] or {}).get("iso3"),
        "rule": record["rule"], "confidence": record["confidence"], "flags": ";".join(record["flags"]),
        "sentence": record["sentence"]["text"],
    }
    for t in record["targets"] or [None]:
        row = dict(base)
        if t is not None:
            row.update({"target": t["label"], "target_iri": t["iri"], "target_kind": t["kind"], "target_iso3": t["iso3"],
                        "target_wikidata": t["wikidata"], "target_state": (t["state"] or {}).get("label"),
                        "target_state_iso3": (t["state"] or {}).get("iso3"), "target_sector": t["sector"]})
        yield row


def write_statements(statements: Iterable[Statement], out: IO[str], *, format: str = "jsonl") -> int:
    """Write statements to an open text stream as JSONL (one object a line) or CSV; return the count.

    CSV has the columns :data:`CSV_COLUMNS` and one row per target (one row with empty target
    columns for a statement without one).

    Raises
    ------
    OutputError
        if ``format`` is neither "jsonl" nor "csv".

    Examples
    --------
    >>> import io
    >>> from stancegraph.model import Actor, Span
    >>> text = "Russia demanded talks with NATO."
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    >>> nato = Actor(id="NATO", label="NATO", kind=ActorKind.IGO)
    >>> st = Statement(document="d1", sentence=Span(text=text, start=0, end=32),
    ...                cue=Span(text="demanded", start=7, end=15),
    ...                speaker=ActorRef(actor=russia, mention=Span(text="Russia", start=0, end=6)),
    ...                targets=(ActorRef(actor=nato, mention=Span(text="NATO", start=27, end=31)),),
    ...                type="DEMAND", rule="verb:nsubj>prep-with", confidence=0.8)
    >>> out = io.StringIO()
    >>> write_statements([st], out)
    1
    >>> json.loads(out.getvalue())["targets"][0]["label"]
    'NATO'
    >>> out = io.StringIO()
    >>> write_statements([st], out, format="csv")
    1
    >>> rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    >>> [(r["speaker"], r["type"], r["target"], r["cue"]) for r in rows]
    [('Russia', 'DEMAND', 'NATO', 'demanded')]
    >>> write_statements([st], io.StringIO(), format="xml")
    Traceback (most recent call last):
    stancegraph.errors.OutputError: unknown statement format 'xml'; use jsonl or csv
    """
    n = 0
    if format == "jsonl":
        for st in statements:
            out.write(json.dumps(statement_record(st), ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    elif format == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for st in statements:
            for row in _csv_rows(statement_record(st)):
                writer.writerow(row)
            n += 1
    else:
        raise OutputError(f"unknown statement format {format!r}; use jsonl or csv")
    return n
