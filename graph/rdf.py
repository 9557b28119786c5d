"""Statements -> RDF (rdflib Dataset, one named graph per document) with content-derived IRIs.

Identity keys (see docs/graph-model.md): a statement is the same node wherever it is reported
(speaker, type, targets, issue, negation, modality, condition, status, date); a mention is one text
span of one document. No blank nodes: the same input always gives the same triples.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from decimal import Decimal
from typing import Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD

from stancegraph.model import Actor, ActorKind, Document, Span, Statement
from stancegraph.vocab import ACTOR, CODEBOOK, DOCUMENT, ISSUE, MENTION, OA, PREFIXES, PROV, SCHEMA, SG, STATEMENT, WD

__all__ = ["document_iri", "content_hash", "actor_iri", "issue_iri", "issue_label", "statement_iri", "mention_iri",
           "to_rdf", "KIND_CLASS"]

KIND_CLASS = {
    ActorKind.STATE: SG.State,
    ActorKind.IGO: SG.InternationalOrganisation,
    ActorKind.BLOC: SG.Bloc,
    ActorKind.ORGAN: SG.GovernmentBody,
    ActorKind.PERSON: SG.Person,
    ActorKind.GROUP: SG.OtherGroup,
}
_STATUS = {"asserted": SG.asserted, "reported": SG.reported, "scheduled": SG.scheduled,
           "hypothetical": SG.hypothetical, "denied": SG.denied}


def _digest(*parts: object, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def content_hash(text: str) -> str:
    """SHA-256 of the document text (UTF-8), hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_iri(document: Document) -> URIRef:
    """doc:<first 16 hex of the SHA-256 of the text>: the same text is the same document."""
    return DOCUMENT[content_hash(document.text)[:16]]


def actor_iri(actor: Actor) -> URIRef:
    return ACTOR[actor.id]


def normalise_issue(text: str) -> str:
    """Issue label: lower case, no quotes, no leading article or 'that'.

    >>> normalise_issue('the "security guarantees" in Europe')
    'security guarantees in europe'
    """
    t = re.sub(r"[\"“”‘’']", "", text).lower()
    t = re.sub(r"^(that|the|a|an|any|its|their|his|her)\s+", "", t.strip())
    return " ".join(t.split()).strip(" .,;:")


def issue_iri(label: str) -> URIRef:
    slug = re.sub(r"[^a-z0-9]+", "-", label).strip("-")[:60].strip("-")
    return ISSUE[f"{slug}-{_digest(label, n=6)}" if len(slug) >= 60 else slug or _digest(label, n=6)]


def issue_label(st: Statement) -> str | None:
    """The issue concept of a statement: its normalised concept, else its normalised phrase."""
    if st.issue_concept:
        return st.issue_concept
    return normalise_issue(st.issue.text) or None if st.issue is not None else None


def statement_iri(st: Statement) -> URIRef:
    """Hash of what happened — speaker, type, targets, issue concept, negation, date — not of where
    or how it was reported, so every report of one event is one node (GDELT's event vs mention).
    Status, modality and condition are attributes of the node, taken from its first report."""
    targets = sorted(t.actor.id for t in st.targets)
    return STATEMENT[_digest(st.speaker.actor.id, st.type, ",".join(targets), issue_label(st) or "",
                             st.negated, st.date)]


def mention_iri(st: Statement, doc_hash: str) -> URIRef:
    return MENTION[_digest(statement_iri(st), doc_hash, st.cue.start, st.cue.end)]


def _selector(g: Graph, node: URIRef, span: Span) -> URIRef:
    g.add((node, RDF.type, OA.TextPositionSelector))
    g.add((node, RDF.type, OA.TextQuoteSelector))
    g.add((node, OA.start, Literal(span.start)))
    g.add((node, OA.end, Literal(span.end)))
    g.add((node, OA.exact, Literal(span.text)))
    return node


def _describe_actor(g: Graph, ref_actor: Actor) -> URIRef:
    node = actor_iri(ref_actor)
    g.add((node, RDF.type, KIND_CLASS[ref_actor.kind]))
    g.add((node, SKOS.prefLabel, Literal(ref_actor.label, lang="en") if ref_actor.registered else Literal(ref_actor.label)))
    if ref_actor.iso3:
        g.add((node, SG.iso3, Literal(ref_actor.iso3)))
    if ref_actor.wikidata:
        g.add((node, OWL.sameAs, WD[ref_actor.wikidata]))
    if ref_actor.part_of:
        g.add((node, SG.partOf, ACTOR[ref_actor.part_of]))
    if ref_actor.based_in:
        g.add((node, SG.basedIn, ACTOR[ref_actor.based_in]))
    if not ref_actor.registered:
        g.add((node, SG.minted, Literal(True)))
    return node


def _describe_document(g: Graph, document: Document) -> URIRef:
    node = document_iri(document)
    g.add((node, RDF.type, SG.Document))
    g.add((node, DCTERMS.identifier, Literal(document.id)))
    g.add((node, SG.contentHash, Literal(content_hash(document.text))))
    if document.title:
        g.add((node, DCTERMS.title, Literal(document.title)))
    if document.date:
        g.add((node, DCTERMS.date, Literal(document.date, datatype=XSD.date)))
    if document.source:
        g.add((node, DCTERMS.source, Literal(document.source)))
    if document.url and re.match(r"^https?://\S+$", document.url):
        g.add((node, SCHEMA.url, URIRef(document.url)))
    return node


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def to_rdf(documents: Iterable[Document], statements: Iterable[Statement], *, dataset: Dataset | None = None) -> Dataset:
    """Add ``documents`` and their ``statements`` to ``dataset`` (new if None): one named graph per
    document (named by the document IRI) holding its statements, mentions and the actors they name.
    A statement reported by several documents is one node with one mention per report;
    ``sg:mentionCount`` counts them over everything given in this call.
    """
    ds = dataset if dataset is not None else Dataset(default_union=True)
    _bind(ds)
    docs = {d.id: d for d in documents}
    by_statement: dict[URIRef, list[tuple[Statement, Document]]] = defaultdict(list)
    for st in statements:
        by_statement[statement_iri(st)].append((st, docs[st.document]))
    for document in docs.values():
        _describe_document(ds.graph(document_iri(document)), document)
    for st_node, reports in by_statement.items():
        count = len({(document_iri(d), s.cue.start, s.cue.end) for s, d in reports})
        # one set of node triples, identical in every document graph that reports the statement
        first = min(reports, key=lambda r: (content_hash(r[1].text), r[0].cue.start, r[0].cue.end))[0]
        for st, document in reports:
            g = ds.graph(document_iri(document))
            _statement_triples(g, st_node, first, count)
            _mention_triples(g, st_node, st, document)
    return ds


def _statement_triples(g: Graph, node: URIRef, st: Statement, count: int) -> None:
    g.add((node, RDF.type, SG.Statement))
    g.add((node, SG.speaker, _describe_actor(g, st.speaker.actor)))
    if st.speaker.state is not None:
        g.add((node, SG.onBehalfOf, _describe_actor(g, st.speaker.state)))
    for t in st.targets:
        g.add((node, SG.target, _describe_actor(g, t.actor)))
        if t.state is not None:
            g.add((node, SG.targetOnBehalfOf, _describe_actor(g, t.state)))
    g.add((node, SG.eventType, CODEBOOK[st.type]))
    label = issue_label(st)
    if label:
        issue = issue_iri(label)
        g.add((issue, RDF.type, SG.Issue))
        g.add((issue, RDF.type, SKOS.Concept))
        g.add((issue, SKOS.prefLabel, Literal(label)))
        g.add((node, SG.issue, issue))
    g.add((node, SG.negated, Literal(st.negated)))
    if st.modality:
        g.add((node, SG.modality, Literal(st.modality)))
    if st.condition is not None:
        g.add((node, SG.condition, Literal(" ".join(st.condition.text.split()))))
    g.add((node, SG.status, _STATUS[st.status.value]))
    if st.date is not None:
        g.add((node, SG.date, Literal(st.date, datatype=XSD.date)))
        if st.date_granularity:
            g.add((node, SG.dateGranularity, Literal(st.date_granularity)))
    elif st.date_relation:
        g.add((node, SG.dateRelation, Literal(st.date_relation)))
    if st.stance:
        g.add((node, SG.stance, SG[st.stance]))
    if st.source is not None:
        g.add((node, SG.reportedBy, _describe_actor(g, st.source.actor)))
    g.add((node, SG.mentionCount, Literal(count)))


def _mention_triples(g: Graph, st_node: URIRef, st: Statement, document: Document) -> None:
    doc = document_iri(document)
    m = mention_iri(st, content_hash(document.text))
    g.add((st_node, SG.hasMention, m))
    g.add((m, RDF.type, SG.Mention))
    g.add((m, OA.hasSource, doc))
    g.add((m, PROV.wasDerivedFrom, doc))
    g.add((m, SG.sentenceSelector, _selector(g, URIRef(f"{m}-sentence"), st.sentence)))
    g.add((m, SG.cueSelector, _selector(g, URIRef(f"{m}-cue"), st.cue)))
    if st.condition is not None:
        g.add((m, SG.conditionSelector, _selector(g, URIRef(f"{m}-condition"), st.condition)))
    if st.issue is not None:
        g.add((m, SG.issueSelector, _selector(g, URIRef(f"{m}-issue"), st.issue)))
    if st.speaker.mention is not None:
        g.add((m, SG.speakerText, Literal(st.speaker.mention.text)))
    for t in st.targets:
        if t.mention is not None:
            g.add((m, SG.targetText, Literal(t.mention.text)))
    g.add((m, SG.rule, Literal(st.rule)))
    g.add((m, SG.quoted, Literal("quoted" in st.flags)))
    if st.path:
        g.add((m, SG.parsePath, Literal(st.path)))
    g.add((m, SG.confidence, Literal(Decimal(str(st.confidence)))))
    for flag in st.flags:
        g.add((m, SG.flag, Literal(flag)))
