"""Statements -> RDF with content-derived IRIs, one named graph per document, as canonical quads.

Identity keys (see docs/graph-model.md): a statement is the same node wherever it is reported
(speaker, type, targets, issue, negation, modality, condition, status, date); a mention is one text
span of one document. No blank nodes: the same input always gives the same triples.

The core builds quads one way: :func:`to_quads` writes every term as canonical N-Triples text
(stancegraph.rdf.ntriples: fast to sort, write and load into Oxigraph). :func:`to_rdf` is the same quads
turned into an rdflib Dataset by the one converter (:func:`stancegraph.rdf.io.to_rdflib`), for the
Python API, views and SHACL.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from decimal import Decimal
from typing import Any, Callable, Iterable

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS, XSD

from stancegraph.kb.issue_vocabulary import IssueVocabulary
from stancegraph.model import Actor, ActorRef, Document, Role, Span, Statement
from stancegraph.rdf import ntriples
from stancegraph.kb.actorkinds import actor_classes
from stancegraph.rdf.io import to_rdflib
from stancegraph.rdf.issue_terms import issue_label
from stancegraph.rdf.ntriples import Quads
from stancegraph.kb.vocab import (ACTOR, CODEBOOK, DOCUMENT, ISSUE, MENTION, OA, ORG, PREFIXES, PROV, ROLE, SCHEMA, SECTOR, SG,
                                  STATEMENT, WD)

__all__ = ["document_iri", "content_hash", "actor_iri", "issue_iri", "issue_label", "statement_iri", "mention_iri",
           "post_name", "to_rdf", "to_quads"]

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


def issue_iri(label: str) -> URIRef:
    slug = re.sub(r"[^a-z0-9]+", "-", label).strip("-")[:60].strip("-")
    return ISSUE[f"{slug}-{_digest(label, n=6)}" if len(slug) >= 60 else slug or _digest(label, n=6)]


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


class _TextTerms:
    """Terms as canonical N-Triples text (stancegraph.rdf.ntriples); IRIs checked and written once each."""

    def __init__(self) -> None:
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


class _Builder:
    """Makes the triples of documents, statements, mentions and the actors they name, with terms from
    ``terms`` (:class:`_TextTerms`); ``add`` appends one triple to a graph."""

    def __init__(self, terms: Any) -> None:
        iri, typed = terms.iri, terms.typed
        self.iri, self.plain, self.typed, self.english = iri, terms.plain, typed, terms.english
        self.v = {name: iri(SG[name]) for name in (
            "Statement", "speaker", "onBehalfOf", "target", "targetOnBehalfOf", "eventType", "Issue", "issue",
            "negated", "modality", "condition", "status", "date", "dateGranularity", "dateRelation", "stance",
            "reportedBy", "mentionCount", "hasMention", "Mention", "sentenceSelector", "cueSelector",
            "conditionSelector", "issueSelector", "speakerText", "targetText", "rule", "quoted", "parsePath",
            "confidence", "flag", "iso3", "partOf", "basedIn", "minted", "Document", "contentHash", "sector",
            "speakerSector", "targetSector", "Post", "roleTitle", "startDate", "endDate", "cameoCode")}
        self.org = {name: iri(ORG[name]) for name in ("member", "organization")}
        self.oa = {name: iri(OA[name]) for name in ("TextPositionSelector", "TextQuoteSelector", "start", "end",
                                                    "exact", "hasSource")}
        self.dc = {name: iri(DCTERMS[name]) for name in ("identifier", "title", "date", "source")}
        self.rdf_type, self.label, self.concept = iri(RDF.type), iri(SKOS.prefLabel), iri(SKOS.Concept)
        self.same_as, self.derived, self.url = iri(OWL.sameAs), iri(PROV.wasDerivedFrom), iri(SCHEMA.url)
        self.kind_class = {kind: iri(cls) for kind, cls in actor_classes().items()}
        self.status = {name: iri(node) for name, node in _STATUS.items()}
        self.true, self.false = typed("true", _XSD_BOOLEAN), typed("false", _XSD_BOOLEAN)
        self.nodes: dict[Actor, Any] = {}
        self.described: set[tuple[Any, Any]] = set()  # (graph, actor or issue label) already described there

    def document(self, add: Callable, node: Any, d: Document, text_hash: str) -> None:
        iri, plain, typed, dc = self.iri, self.plain, self.typed, self.dc
        add((node, self.rdf_type, self.v["Document"]))
        add((node, dc["identifier"], plain(d.id)))
        add((node, self.v["contentHash"], plain(text_hash)))
        if d.title:
            add((node, dc["title"], plain(d.title)))
        if d.date:
            add((node, dc["date"], typed(d.date.isoformat(), _XSD_DATE)))
        if d.source:
            add((node, dc["source"], plain(d.source)))
        if d.url and _URL.match(d.url):
            add((node, self.url, iri(d.url)))

    def actor(self, g: Any, add: Callable, a: Actor) -> Any:
        iri = self.iri
        node = self.nodes.get(a)
        if node is None:
            node = self.nodes[a] = self.iri(_NS_ACTOR + a.id)
        if (g, a) not in self.described:
            self.described.add((g, a))
            v = self.v
            add((node, self.rdf_type, self.kind_class[a.kind]))
            add((node, self.label, self.english(a.label) if a.registered else self.plain(a.label)))
            if a.iso3:
                add((node, v["iso3"], self.plain(a.iso3)))
            if a.wikidata:
                add((node, self.same_as, self.iri(_NS_WD + a.wikidata)))
            if a.part_of:
                add((node, v["partOf"], self.iri(_NS_ACTOR + a.part_of)))
            if a.based_in:
                add((node, v["basedIn"], self.iri(_NS_ACTOR + a.based_in)))
            if not a.registered:
                add((node, v["minted"], self.true))
            if a.sector:
                add((node, v["sector"], iri(_NS_SECTOR + a.sector)))
            if a.source:  # imported from an event-data dictionary: described here, not in the support graph
                add((node, self.dc["source"], iri(a.source)))
            if a.cameo:
                add((node, v["cameoCode"], self.plain(a.cameo)))
        return node

    def post(self, g: Any, add: Callable, ref: ActorRef) -> None:
        """The post an imported person held on the statement date (ours are in the registry's support graph)."""
        p = ref.post
        if p is None or not ref.actor.source or (g, p) in self.described:
            return
        self.described.add((g, p))
        v, iri, typed = self.v, self.iri, self.typed
        node = iri(_NS_POST + post_name(p))
        add((node, self.rdf_type, v["Post"]))
        add((node, self.org["member"], self.nodes[ref.actor]))
        add((node, self.org["organization"], iri(_NS_ACTOR + p.organisation)))
        add((node, v["roleTitle"], self.english(p.title)))
        if p.start:
            add((node, v["startDate"], typed(p.start.isoformat(), _XSD_DATE)))
        if p.end:
            add((node, v["endDate"], typed(p.end.isoformat(), _XSD_DATE)))
        if p.sector:
            add((node, v["sector"], iri(_NS_SECTOR + p.sector)))

    def statement(self, add: Callable, g: Any, node: Any, st: Statement, count: int) -> None:
        """The node triples of a statement (from its first report) and the actors and issue it names."""
        v, iri, plain, typed, actor = self.v, self.iri, self.plain, self.typed, self.actor
        add((node, self.rdf_type, v["Statement"]))
        add((node, v["speaker"], actor(g, add, st.speaker.actor)))
        if st.speaker.state is not None:
            add((node, v["onBehalfOf"], actor(g, add, st.speaker.state)))
        if st.speaker.sector:
            add((node, v["speakerSector"], iri(_NS_SECTOR + st.speaker.sector)))
        self.post(g, add, st.speaker)
        for t in st.targets:
            add((node, v["target"], actor(g, add, t.actor)))
            if t.state is not None:
                add((node, v["targetOnBehalfOf"], actor(g, add, t.state)))
            if t.sector:
                add((node, v["targetSector"], iri(_NS_SECTOR + t.sector)))
            self.post(g, add, t)
        add((node, v["eventType"], iri(_NS_CODEBOOK + st.type)))
        label = issue_label(st)
        if label:
            issue = iri(str(issue_iri(label)))
            if (g, label) not in self.described:
                self.described.add((g, label))
                add((issue, self.rdf_type, v["Issue"]))
                add((issue, self.rdf_type, self.concept))
                add((issue, self.label, plain(label)))
                linked = IssueVocabulary.load().concept_of(label)
                if linked is not None:  # "russia sanctions" falls under the vocabulary's sanctions
                    add((issue, iri(str(SKOS.broadMatch)), iri(IssueVocabulary.load().iri(linked))))
            add((node, v["issue"], issue))
        add((node, v["negated"], self.true if st.negated else self.false))
        if st.modality:
            add((node, v["modality"], plain(st.modality)))
        if st.condition is not None:
            add((node, v["condition"], plain(" ".join(st.condition.text.split()))))
        add((node, v["status"], self.status[st.status.value]))
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

    def selector(self, add: Callable, node: Any, span: Span) -> Any:
        oa, typed = self.oa, self.typed
        add((node, self.rdf_type, oa["TextPositionSelector"]))
        add((node, self.rdf_type, oa["TextQuoteSelector"]))
        add((node, oa["start"], typed(str(span.start), _XSD_INTEGER)))
        add((node, oa["end"], typed(str(span.end), _XSD_INTEGER)))
        add((node, oa["exact"], self.plain(span.text)))
        return node

    def mention(self, add: Callable, g: Any, node: Any, st: Statement, m_iri: str) -> None:
        """One report of the statement ``node``: the mention ``m_iri`` in document graph ``g``."""
        v, iri, plain, selector = self.v, self.iri, self.plain, self.selector
        m = iri(m_iri)
        add((node, v["hasMention"], m))
        add((m, self.rdf_type, v["Mention"]))
        add((m, self.oa["hasSource"], g))
        add((m, self.derived, g))
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
        add((m, v["quoted"], self.true if "quoted" in st.flags else self.false))
        if st.path:
            add((m, v["parsePath"], plain(st.path)))
        add((m, v["confidence"], self.typed(_decimal(st.confidence), _XSD_DECIMAL)))
        for flag in st.flags:
            add((m, v["flag"], plain(flag)))


_NS_ACTOR, _NS_WD, _NS_CODEBOOK, _NS_MENTION = str(ACTOR), str(WD), str(CODEBOOK), str(MENTION)
_NS_SECTOR, _NS_POST = str(SECTOR), str(ROLE)


def post_name(p: Role) -> str:
    """The local name of a post's IRI, as scripts/build_registry.py names ours ("jane-doe-FRA-foreign-minister-2031-01-05").

    >>> import datetime as dt
    >>> post_name(Role(person="jane-doe", organisation="FRA", title="Foreign Minister", start=dt.date(2031, 1, 5)))
    'jane-doe-FRA-foreign-minister-2031-01-05'
    """
    title = re.sub(r"[^a-z0-9]+", "-", p.title.lower()).strip("-")
    return f"{p.person}-{p.organisation}-{title}-{p.start.isoformat() if p.start else 'undated'}"


def _triples(documents: Iterable[Document], statements: Iterable[Statement],
             terms: Any) -> dict[Any, list[tuple[Any, Any, Any]]]:
    """Document graph -> its triples, with terms made by ``terms`` (repeats possible, order not meaningful).

    One named graph per document (named by the document IRI) holding its statements, mentions and
    the actors they name. A statement reported by several documents is one node with one mention per
    report, and the same node triples (from its first report: smallest document hash, then offsets) in
    every graph that reports it; ``sg:mentionCount`` counts the distinct reports given in this call.
    """
    build = _Builder(terms)
    docs = {d.id: d for d in documents}  # a later document with the same id replaces an earlier one
    hashes = {d.id: content_hash(d.text) for d in docs.values()}
    names = {i: terms.iri(f"{DOCUMENT}{h[:16]}") for i, h in hashes.items()}
    out: dict[Any, list[tuple[Any, Any, Any]]] = {names[i]: [] for i in docs}
    for i, d in docs.items():
        build.document(out[names[i]].append, names[i], d, hashes[i])
    by_statement: dict[str, list[Statement]] = defaultdict(list)
    for st in statements:
        by_statement[str(statement_iri(st))].append(st)
    for st_iri, reports in by_statement.items():
        count = len({(hashes[s.document], s.cue.start, s.cue.end) for s in reports})
        first = min(reports, key=lambda s: (hashes[s.document], s.cue.start, s.cue.end))
        node = terms.iri(st_iri)
        done: set[Any] = set()  # graphs that already hold the node triples
        for st in reports:
            g = names[st.document]
            add = out[g].append
            if g not in done:
                done.add(g)
                build.statement(add, g, node, first, count)
            mention = _NS_MENTION + _digest(st_iri, hashes[st.document], st.cue.start, st.cue.end)
            build.mention(add, g, node, st, mention)
    return out


def to_quads(documents: Iterable[Document], statements: Iterable[Statement]) -> Quads:
    """The graph of ``documents`` and their ``statements`` as canonical quads (what ``build`` writes).

    The same triples and IRIs as :func:`to_rdf`; each document graph sorted and de-duplicated.
    Write it with :func:`stancegraph.run.outputs.serialize`, load it into Oxigraph with
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
    ``sg:mentionCount`` counts them over everything given in this call. The quads of :func:`to_quads`,
    as rdflib terms.
    """
    ds = dataset if dataset is not None else Dataset(default_union=True)
    _bind(ds)
    return to_rdflib(to_quads(documents, statements), graph=ds)
