"""Statements -> RDF with content-derived IRIs, one named graph per document: canonical quads or an rdflib Dataset.

Identity keys (see docs/graph-model.md): a statement is the same node wherever it is reported
(speaker, type, targets, issue, negation, modality, condition, status, date); a mention is one text
span of one document. No blank nodes: the same input always gives the same triples.

One generator (:func:`_triples`) makes the triples; :func:`to_quads` writes its terms as canonical
N-Triples text (stancegraph.ntriples: fast to sort and write), :func:`to_rdf` as rdflib terms (the
Python API: views, SHACL). Both hold the same triples by construction.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from decimal import Decimal
from typing import Any, Callable, Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD

from stancegraph.model import Actor, ActorKind, Document, Span, Statement
from stancegraph.ntriples import Quads
from stancegraph.vocab import ACTOR, CODEBOOK, DOCUMENT, ISSUE, MENTION, OA, PREFIXES, PROV, SCHEMA, SG, STATEMENT, WD

__all__ = ["document_iri", "content_hash", "actor_iri", "issue_iri", "issue_label", "statement_iri", "mention_iri",
           "to_rdf", "to_quads", "KIND_CLASS"]

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


_URL = re.compile(r"^https?://[^\x00-\x20<>\"{}|^`\\]+$")  # what an IRI may hold; other URLs are left out


class _RdflibTerms:
    """Terms as rdflib objects (for :func:`to_rdf`)."""

    iri = staticmethod(URIRef)
    plain = staticmethod(Literal)

    @staticmethod
    def typed(lexical: str, datatype: str) -> Literal:  # numbers, dates, booleans
        return Literal(lexical, datatype=URIRef(datatype))

    @staticmethod
    def english(text: str) -> Literal:
        return Literal(text, lang="en")


class _TextTerms:
    """Terms as canonical N-Triples text (for :func:`to_quads`); IRIs checked and written once each."""

    def __init__(self) -> None:
        from stancegraph import ntriples

        self._literal = ntriples.literal
        self._needs_escape = ntriples.needs_escape
        self._make_iri = ntriples.iri
        self._iris: dict[str, str] = {}

    def iri(self, value: str) -> str:
        found = self._iris.get(value)
        if found is None:
            found = self._iris[value] = self._make_iri(str(value))
        return found

    def plain(self, text: str) -> str:
        return self._literal(text) if self._needs_escape(text) else f'"{text}"'

    def typed(self, lexical: str, datatype: str) -> str:
        # only numbers, dates and booleans come here: their lexical forms hold nothing to escape
        return f'"{lexical}"^^<{datatype}>'

    def english(self, text: str) -> str:
        return self._literal(text, language="en")


_XSD_INTEGER, _XSD_BOOLEAN, _XSD_DATE, _XSD_DECIMAL = (str(XSD.integer), str(XSD.boolean), str(XSD.date),
                                                         str(XSD.decimal))


def _decimal(value: float) -> str:
    """The lexical form rdflib gives ``Literal(Decimal(str(value)))``: no exponent."""
    return format(Decimal(str(value)), "f")


def _triples(documents: Iterable[Document], statements: Iterable[Statement],
             terms: Any) -> dict[Any, list[tuple[Any, Any, Any]]]:
    """Document graph -> its triples, with terms made by ``terms`` (repeats possible, order not meaningful).

    One named graph per document (named by the document IRI) holding its statements, mentions and
    the actors they name. A statement reported by several documents is one node with one mention per
    report, and the same node triples (from its first report: smallest document hash, then offsets) in
    every graph that reports it; ``sg:mentionCount`` counts the distinct reports given in this call.
    """
    iri, plain, typed, english = terms.iri, terms.plain, terms.typed, terms.english
    rdf_type, skos_label = iri(RDF.type), iri(SKOS.prefLabel)
    v = {name: iri(SG[name]) for name in (
        "Statement", "speaker", "onBehalfOf", "target", "targetOnBehalfOf", "eventType", "Issue", "issue", "negated",
        "modality", "condition", "status", "date", "dateGranularity", "dateRelation", "stance", "reportedBy",
        "mentionCount", "hasMention", "Mention", "sentenceSelector", "cueSelector", "conditionSelector",
        "issueSelector", "speakerText", "targetText", "rule", "quoted", "parsePath", "confidence", "flag", "iso3",
        "partOf", "minted", "Document", "contentHash")}
    kind_class = {kind: iri(cls) for kind, cls in KIND_CLASS.items()}
    status = {name: iri(node) for name, node in _STATUS.items()}
    skos_concept, same_as = iri(SKOS.Concept), iri(OWL.sameAs)
    oa = {name: iri(OA[name]) for name in ("TextPositionSelector", "TextQuoteSelector", "start", "end", "exact",
                                           "hasSource")}
    derived, schema_url = iri(PROV.wasDerivedFrom), iri(SCHEMA.url)
    dc = {name: iri(DCTERMS[name]) for name in ("identifier", "title", "date", "source")}
    true, false = typed("true", _XSD_BOOLEAN), typed("false", _XSD_BOOLEAN)
    ns_actor, ns_wd, ns_codebook, ns_mention = str(ACTOR), str(WD), str(CODEBOOK), str(MENTION)
    nodes: dict[Actor, Any] = {}

    docs = {d.id: d for d in documents}  # a later document with the same id replaces an earlier one
    hashes = {d.id: content_hash(d.text) for d in docs.values()}
    names = {i: iri(f"{DOCUMENT}{h[:16]}") for i, h in hashes.items()}
    out: dict[Any, list[tuple[Any, Any, Any]]] = {names[i]: [] for i in docs}
    described: set[tuple[Any, Any]] = set()  # (graph, actor or issue label) already described there

    def actor(g: Any, add: Callable, a: Actor) -> Any:
        node = nodes.get(a)
        if node is None:
            node = nodes[a] = iri(ns_actor + a.id)
        if (g, a) not in described:
            described.add((g, a))
            add((node, rdf_type, kind_class[a.kind]))
            add((node, skos_label, english(a.label) if a.registered else plain(a.label)))
            if a.iso3:
                add((node, v["iso3"], plain(a.iso3)))
            if a.wikidata:
                add((node, same_as, iri(ns_wd + a.wikidata)))
            if a.part_of:
                add((node, v["partOf"], iri(ns_actor + a.part_of)))
            if not a.registered:
                add((node, v["minted"], true))
        return node

    def selector(add: Callable, node: Any, span: Span) -> Any:
        add((node, rdf_type, oa["TextPositionSelector"]))
        add((node, rdf_type, oa["TextQuoteSelector"]))
        add((node, oa["start"], typed(str(span.start), _XSD_INTEGER)))
        add((node, oa["end"], typed(str(span.end), _XSD_INTEGER)))
        add((node, oa["exact"], plain(span.text)))
        return node

    for i, d in docs.items():
        node, add = names[i], out[names[i]].append
        add((node, rdf_type, v["Document"]))
        add((node, dc["identifier"], plain(d.id)))
        add((node, v["contentHash"], plain(hashes[i])))
        if d.title:
            add((node, dc["title"], plain(d.title)))
        if d.date:
            add((node, dc["date"], typed(d.date.isoformat(), _XSD_DATE)))
        if d.source:
            add((node, dc["source"], plain(d.source)))
        if d.url and _URL.match(d.url):
            add((node, schema_url, iri(d.url)))

    by_statement: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        by_statement[str(statement_iri(st))].append(st)
    for st_iri, reports in by_statement.items():
        count = len({(hashes[s.document], s.cue.start, s.cue.end) for s in reports})
        first = min(reports, key=lambda s: (hashes[s.document], s.cue.start, s.cue.end))
        node = iri(st_iri)
        done: set[Any] = set()  # graphs that already hold the node triples
        for st in reports:
            g = names[st.document]
            add = out[g].append
            if g not in done:
                done.add(g)
                _statement_triples(add, g, node, first, count, v, iri, plain, typed, actor, status, skos_label,
                                   rdf_type, skos_concept, true, false, described, ns_codebook)
            doc_hash = hashes[st.document]
            m_iri = ns_mention + _digest(st_iri, doc_hash, st.cue.start, st.cue.end)
            m = iri(m_iri)
            add((node, v["hasMention"], m))
            add((m, rdf_type, v["Mention"]))
            add((m, oa["hasSource"], g))
            add((m, derived, g))
            add((m, v["sentenceSelector"], selector(add, iri(m_iri + "-sentence"), st.sentence)))
            add((m, v["cueSelector"], selector(add, iri(m_iri + "-cue"), st.cue)))
            if st.condition is not None:
                add((m, v["conditionSelector"], selector(add, iri(m_iri + "-condition"), st.condition)))
            if st.issue is not None:
                add((m, v["issueSelector"], selector(add, iri(m_iri + "-issue"), st.issue)))
            if st.speaker.mention is not None:
                add((m, v["speakerText"], plain(st.speaker.mention.text)))
            for t in st.targets:
                if t.mention is not None:
                    add((m, v["targetText"], plain(t.mention.text)))
            add((m, v["rule"], plain(st.rule)))
            add((m, v["quoted"], true if "quoted" in st.flags else false))
            if st.path:
                add((m, v["parsePath"], plain(st.path)))
            add((m, v["confidence"], typed(_decimal(st.confidence), _XSD_DECIMAL)))
            for flag in st.flags:
                add((m, v["flag"], plain(flag)))
    return out


def _statement_triples(add, g, node, st: Statement, count: int, v, iri, plain, typed, actor, status, skos_label,
                       rdf_type, skos_concept, true, false, described, ns_codebook) -> None:
    add((node, rdf_type, v["Statement"]))
    add((node, v["speaker"], actor(g, add, st.speaker.actor)))
    if st.speaker.state is not None:
        add((node, v["onBehalfOf"], actor(g, add, st.speaker.state)))
    for t in st.targets:
        add((node, v["target"], actor(g, add, t.actor)))
        if t.state is not None:
            add((node, v["targetOnBehalfOf"], actor(g, add, t.state)))
    add((node, v["eventType"], iri(ns_codebook + st.type)))
    label = issue_label(st)
    if label:
        issue = iri(str(issue_iri(label)))
        if (g, label) not in described:
            described.add((g, label))
            add((issue, rdf_type, v["Issue"]))
            add((issue, rdf_type, skos_concept))
            add((issue, skos_label, plain(label)))
        add((node, v["issue"], issue))
    add((node, v["negated"], true if st.negated else false))
    if st.modality:
        add((node, v["modality"], plain(st.modality)))
    if st.condition is not None:
        add((node, v["condition"], plain(" ".join(st.condition.text.split()))))
    add((node, v["status"], status[st.status.value]))
    if st.date is not None:
        add((node, v["date"], typed(st.date.isoformat(), _XSD_DATE)))
        if st.date_granularity:
            add((node, v["dateGranularity"], plain(st.date_granularity)))
    elif st.date_relation:
        add((node, v["dateRelation"], plain(st.date_relation)))
    if st.stance:
        add((node, v["stance"], iri(str(SG[st.stance]))))
    if st.source is not None:
        add((node, v["reportedBy"], actor(g, add, st.source.actor)))
    add((node, v["mentionCount"], typed(str(count), _XSD_INTEGER)))


def to_quads(documents: Iterable[Document], statements: Iterable[Statement]) -> Quads:
    """The graph of ``documents`` and their ``statements`` as canonical quads (what ``build`` writes).

    The same triples and IRIs as :func:`to_rdf`; each document graph sorted and de-duplicated.
    Write it with :func:`stancegraph.export.serialize`, load it into Oxigraph with
    ``store.load(quads.nquads(), format=RdfFormat.N_QUADS)``.
    """
    graphs: dict[str, list[str]] = {}
    union: dict[str, set[str]] = {}  # subject -> lines: the union sorted by subject, not line by line (cheaper)
    for g, triples in _triples(documents, statements, _TextTerms()).items():
        lines = set()
        for s, p, o in triples:
            line = f"{s} {p} {o} ."
            lines.add(line)
            block = union.get(s)
            if block is None:
                union[s] = {line}
            else:
                block.add(line)
        graphs[g] = sorted(lines)
    return Quads(graphs, union=[line for s in sorted(union) for line in sorted(union[s])])


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def to_rdf(documents: Iterable[Document], statements: Iterable[Statement], *, dataset: Dataset | None = None) -> Dataset:
    """Add ``documents`` and their ``statements`` to ``dataset`` (new if None): one named graph per
    document (named by the document IRI) holding its statements, mentions and the actors they name.
    A statement reported by several documents is one node with one mention per report;
    ``sg:mentionCount`` counts them over everything given in this call. Same triples as :func:`to_quads`.
    """
    ds = dataset if dataset is not None else Dataset(default_union=True)
    _bind(ds)
    for name, triples in _triples(documents, statements, _RdflibTerms).items():
        graph = ds.graph(name)
        graph.addN((s, p, o, graph) for s, p, o in triples)
    return ds
