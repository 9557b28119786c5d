"""The statement table: every ``sg:Statement`` of a built graph as one plain row, read once for all views.

Dates
    A statement's date is its ``sg:date``; a statement without one takes the publication date
    (``dcterms:date``) of the earliest document that reports it, unless ``document_dates=False``.
    Date filters (``start``/``end``) drop statements without any date.
Agreement (support / oppose)
    DNA's qualifier, derived from the code book: a statement whose event type is in a cooperative
    quad class (``verbal-coop``, ``material-coop``) *supports* its issue (and its target), one in a
    conflictual class (``verbal-conflict``, ``material-conflict``) *opposes* it, and ``sg:negated
    true`` flips the agreement ("Russia did not reject the talks" supports the talks). Statements of
    types outside the code book have no agreement and are left out of the two-mode views.
Weights
    ``weight_sum`` sums the Goldstein weight (code book, -10 .. +10) times the mentions; negated
    statements add 0, since what did not happen has no Goldstein weight (the packaged query
    ``actor-pairs-by-type`` leaves them out in the same way).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import Graph, Literal, URIRef

from stancegraph.analysis.table_reader import (
    as_int, local_name, mention_key, read_actors, read_documents, read_issues, read_mentions, read_states_of,
    read_statements, union_view,
)
from stancegraph.errors import InputError
from stancegraph.kb.codebook import EventType, load_codebook
from stancegraph.kb.vocab import CODEBOOK, SG

__all__ = ["StatementTable", "statement_table", "agreement_of", "AGREEMENT"]

logger = logging.getLogger(__name__)

AGREEMENT: dict[str, str] = {
    "verbal-coop": "support",
    "material-coop": "support",
    "verbal-conflict": "oppose",
    "material-conflict": "oppose",
}
"""Quad class -> agreement of a statement that is not negated (a negated one takes the other value)."""


@dataclass(frozen=True)
class StatementTable:
    """Every statement of a built graph as a plain row, plus the actors and documents the rows name.

    ``rows`` is a tuple of dicts sorted by statement IRI, with the keys ``statement``, ``speaker``,
    ``speaker_state`` (``sg:onBehalfOf`` or None), ``targets`` and ``target_states`` (tuples),
    ``speaker_sector`` (``sg:speakerSector`` code or None) and ``target_sectors`` (tuple of codes),
    ``type`` (code-book name, ``"UNKNOWN"`` if missing), ``quad``, ``weight`` (Goldstein, 0.0 outside
    the code book), ``negated``, ``agreement`` (``"support"``/``"oppose"``/None, see the module
    docstring), ``status``, ``modality``, ``condition``, ``issue`` and ``issue_label`` (None if
    none), ``date`` (ISO; ``sg:date`` else the first document's date), ``statement_date``,
    ``date_source`` (``"statement"``, ``"document"`` or None), ``documents`` (document IRIs),
    ``mentions``, and from its first mention ``sentence``, ``sentence_start``, ``sentence_end``,
    ``cue``, ``speaker_text`` and ``target_texts``.
    ``actors`` maps actor IRIs to ``{"label", "kind", "iso3", "wikidata"}``; ``documents`` maps
    document IRIs to ``{"id", "title", "date", "source", "url"}``; ``state_of`` maps persons and
    organs to the states they belong to (posts, ``sg:partOf``).
    """

    rows: tuple[dict[str, Any], ...]
    actors: Mapping[str, dict[str, Any]]
    documents: Mapping[str, dict[str, Any]]
    state_of: Mapping[str, frozenset[str]]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def label(self, iri: str) -> str:
        """The actor's preferred label, else the IRI's local name."""
        info = self.actors.get(iri)
        return (info or {}).get("label") or local_name(iri)

    def kind(self, iri: str) -> str | None:
        return (self.actors.get(iri) or {}).get("kind")


def statement_table(graph: Graph | StatementTable) -> StatementTable:
    """Read the statements of a built graph (see docs/graph-model.md) into a :class:`StatementTable`.

    ``graph`` is an rdflib ``Graph`` or ``Dataset`` (a Dataset without ``default_union`` is read as
    if it had it); a ``StatementTable`` is returned as it is.

    Examples
    --------
    >>> from rdflib import Graph, Literal
    >>> from stancegraph.kb.vocab import ACTOR, CODEBOOK, SG, STATEMENT
    >>> g = Graph()
    >>> for p, o in [(SG.speaker, ACTOR.RUS), (SG.target, ACTOR.USA), (SG.eventType, CODEBOOK.REJECT),
    ...              (SG.negated, Literal(True))]:
    ...     _ = g.add((STATEMENT.s1, p, o))
    >>> row = statement_table(g).rows[0]
    >>> row["type"], row["quad"], row["negated"], row["agreement"]
    ('REJECT', 'verbal-conflict', True, 'support')
    """
    if isinstance(graph, StatementTable):
        return graph
    book = load_codebook()
    graph = union_view(graph)
    statements = read_statements(graph)
    sources = _Sources(mentions=read_mentions(graph), documents=read_documents(graph), actors=read_actors(graph),
                       issues=read_issues(graph))
    rows = [_statement_row(iri, props, book, sources) for iri, props in statements.items()]
    unknown = {row["type"] for row in rows if row["type"] not in book}
    if unknown:
        logger.warning("event types not in the code book (weight 0, no agreement): %s", ", ".join(sorted(unknown)))
    return StatementTable(rows=tuple(rows), actors=dict(sources.actors), documents=sources.documents,
                          state_of=read_states_of(graph))


def agreement_of(quad: str | None, negated: bool = False) -> str | None:
    """``"support"`` or ``"oppose"`` for a statement of quad class ``quad``; negation flips it.

    >>> agreement_of("verbal-conflict"), agreement_of("verbal-conflict", negated=True), agreement_of(None)
    ('oppose', 'support', None)
    """
    value = AGREEMENT.get(quad or "")
    if value is None or not negated:
        return value
    return "oppose" if value == "support" else "support"


# ---------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class _Sources:
    """What the rows refer to: mentions, documents, actors and issue labels, by IRI."""

    mentions: dict[str, dict[str, Any]]
    documents: dict[str, dict[str, Any]]
    actors: dict[str, dict[str, Any]]
    issues: dict[str, str | None]


def _statement_row(iri: str, props: dict[URIRef, set], book: Mapping[str, EventType], sources: _Sources) -> dict:
    """One row of :class:`StatementTable` (see its docstring for the keys)."""
    for prop in (SG.speaker, SG.target, SG.onBehalfOf, SG.targetOnBehalfOf):  # actors are IRIs (sg:ActorShape)
        for value in props[prop]:
            if isinstance(value, Literal):
                raise InputError(f"statement {iri}: sg:{local_name(prop, str(SG._NS))} is the literal {str(value)!r}, "
                                 "not an actor IRI; "
                                 "fix the graph (stancegraph validate lists every such value) or rebuild it")
    type_name = local_name(min(props[SG.eventType]), str(CODEBOOK)) if props[SG.eventType] else "UNKNOWN"
    entry = book.get(type_name)
    negated = any(_truthy(v) for v in props[SG.negated])
    quad = entry.quad if entry else None
    found = sorted((sources.mentions[m] for m in props[SG.hasMention] if m in sources.mentions), key=mention_key)
    documents = sources.documents
    docs = sorted({m["doc"] for m in found if m["doc"]}, key=lambda d: (documents.get(d, {}).get("date") or "9", d))
    statement_day = _statement_day(props[SG.date])
    doc_day = min((documents[d]["date"] for d in docs if documents.get(d, {}).get("date")), default=None)
    counts = [n for n in map(as_int, props[SG.mentionCount]) if n is not None]
    first = found[0] if found else {}
    issue = min(props[SG.issue], default=None)
    return {
        "statement": iri,
        "speaker": min(props[SG.speaker]),
        "speaker_state": min(props[SG.onBehalfOf], default=None),
        "targets": tuple(sorted(props[SG.target])),
        "target_states": tuple(sorted(props[SG.targetOnBehalfOf])),
        "speaker_sector": local_name(min(props[SG.speakerSector])) if props[SG.speakerSector] else None,
        "target_sectors": tuple(sorted(local_name(str(o)) for o in props[SG.targetSector])),
        "type": type_name,
        "quad": quad,
        "weight": entry.weight if entry else 0.0,
        "negated": negated,
        "agreement": agreement_of(quad, negated),
        "status": local_name(min(props[SG.status])) if props[SG.status] else None,
        "modality": str(min(props[SG.modality])) if props[SG.modality] else None,
        "condition": str(min(props[SG.condition])) if props[SG.condition] else None,
        "issue": issue,
        "issue_label": (sources.issues.get(issue) or local_name(issue)) if issue else None,
        "date": statement_day.isoformat() if statement_day else doc_day,
        "statement_date": statement_day.isoformat() if statement_day else None,
        "date_source": "statement" if statement_day else ("document" if doc_day else None),
        "documents": tuple(docs),
        "mentions": max(max(counts, default=0), len(props[SG.hasMention])) or 1,
        "sentence": first.get("sentence"),
        "sentence_start": first.get("start"),
        "sentence_end": first.get("end"),
        "cue": first.get("cue"),
        "speaker_text": first.get("speaker_text"),
        "target_texts": tuple(first.get("target_texts", ())),
    }


def _statement_day(values: set) -> dt.date | None:
    days = []
    for value in values:
        try:
            days.append(dt.date.fromisoformat(str(value)[:10]))
        except ValueError:
            logger.warning("ignoring malformed sg:date %r", str(value))
    return min(days, default=None)


def _truthy(value) -> bool:
    return str(value).strip().lower() in ("true", "1")
