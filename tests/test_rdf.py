"""Tests of stancegraph.rdf.mint.to_rdf on hand-made Statements: content-derived IRIs, mentions, named graphs, shapes."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span, Statement, Status
from stancegraph.rdf.mint import document_iri, mention_iri, statement_iri, to_rdf
from stancegraph.rdf.validate import validate
from stancegraph.kb.vocab import ACTOR, CODEBOOK, DOCUMENT, ISSUE, MENTION, OA, PROV, SG, STATEMENT, WD

RUS = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS", wikidata="Q159")
USA = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA", wikidata="Q30")
UKR = Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR", wikidata="Q212")
NATO = Actor(id="NATO", label="NATO", kind=ActorKind.IGO, wikidata="Q7184")
PUTIN = Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON, wikidata="Q7747")
MINTED = Actor(id="x-kharkiv-militia", label="Kharkiv militia", kind=ActorKind.GROUP, registered=False)

TEXT_A = "Russia demanded that NATO halt its expansion. Moscow said so again.\n"
TEXT_B = "In a statement on Monday, Russia demanded that NATO halt its expansion.\n"
DOC_A = Document(id="doc-a", text=TEXT_A, title="Russia and NATO", date=dt.date(2022, 2, 9), source="Wire",
                 url="https://example.org/a")
DOC_B = Document(id="doc-b", text=TEXT_B, date=dt.date(2022, 2, 9))


def span(text: str, words: str, start_from: int = 0) -> Span:
    start = text.index(words, start_from)
    return Span(text=words, start=start, end=start + len(words))


def demand(document: Document, *, cue_from: int = 0, **changes) -> Statement:
    """Russia DEMAND NATO ("that NATO halt its expansion") as found in ``document``."""
    text = document.text
    sentence = span(text, "Russia demanded that NATO halt its expansion.")
    st = Statement(
        document=document.id, sentence=sentence, cue=span(text, "demanded", cue_from),
        speaker=ActorRef(actor=RUS, mention=span(text, "Russia")),
        targets=(ActorRef(actor=NATO, mention=span(text, "NATO")),),
        type="DEMAND", issue=span(text, "that NATO halt its expansion"), issue_concept="nato expansion",
        rule="verb:nsubj>ccomp-subj", confidence=0.8,
    )
    return dataclasses.replace(st, **changes)


def sample_statements() -> tuple[list[Document], list[Statement]]:
    """Two documents reporting the same demand, plus a conditional threat by a person and a minted actor."""
    threat_text = ("Putin warned Washington and Kyiv of a response if it moved troops.\n"
                   "The Kharkiv militia appealed to NATO.\n")
    doc_c = Document(id="doc-c", text=threat_text, date=dt.date(2022, 1, 4))
    threat = Statement(
        document="doc-c", sentence=span(threat_text, "Putin warned Washington and Kyiv of a response if it moved troops."),
        cue=span(threat_text, "warned"),
        speaker=ActorRef(actor=PUTIN, mention=span(threat_text, "Putin"), state=RUS),
        targets=(ActorRef(actor=USA, mention=span(threat_text, "Washington")),
                 ActorRef(actor=UKR, mention=span(threat_text, "Kyiv"))),
        type="THREATEN", modality="will", condition=span(threat_text, "if it moved troops"),
        status=Status.HYPOTHETICAL, issue=span(threat_text, "a response"), issue_concept="response", date=dt.date(2022, 1, 3),
        rule="verb:nsubj>dobj", confidence=0.7, flags=("conditional",),
    )
    appeal = Statement(
        document="doc-c", sentence=span(threat_text, "The Kharkiv militia appealed to NATO."),
        cue=span(threat_text, "appealed to"), speaker=ActorRef(actor=MINTED, mention=span(threat_text, "Kharkiv militia")),
        targets=(ActorRef(actor=NATO, mention=span(threat_text, "NATO", threat_text.index("appealed"))),),
        type="APPEAL", rule="phrasal:nsubj>pobj", confidence=0.6,
    )
    return [DOC_A, DOC_B, doc_c], [demand(DOC_A), demand(DOC_B), threat, appeal]


def statements_of(ds):
    return sorted(set(ds.subjects(RDF.type, SG.Statement)))


# --- identity ---------------------------------------------------------------------------------

def test_rdf_statement_iri_is_content_derived():
    a, b = demand(DOC_A), demand(DOC_B)
    assert statement_iri(a) == statement_iri(b)  # where it was found does not matter
    assert str(statement_iri(a)).startswith(str(STATEMENT))
    assert len(str(statement_iri(a)).rsplit("/", 1)[1]) == 16


@pytest.mark.parametrize("change", [
    {"type": "APPEAL"},
    {"negated": True},
    {"date": dt.date(2022, 2, 7)},
    {"targets": ()},
    {"targets": (ActorRef(actor=NATO), ActorRef(actor=USA))},
    {"speaker": ActorRef(actor=USA)},
    {"issue": None, "issue_concept": None},
], ids=["type", "negated", "date", "no-target", "more-targets", "speaker", "issue"])
def test_rdf_statement_iri_changes_with_what_happened(change):
    st = demand(DOC_A)
    assert statement_iri(st) != statement_iri(dataclasses.replace(st, **change))


@pytest.mark.parametrize("change", [
    {"modality": "must"},
    {"status": Status.REPORTED},
    {"condition": Span(text="if it refuses", start=0, end=13)},
    {"confidence": 0.1, "rule": "other", "flags": ("nominal",)},
], ids=["modality", "status", "condition", "provenance"])
def test_rdf_statement_iri_ignores_how_it_was_reported(change):
    st = demand(DOC_A)
    assert statement_iri(st) == statement_iri(dataclasses.replace(st, **change))


def test_rdf_reports_differing_in_modality_are_one_node_with_one_set_of_attributes():
    a = demand(DOC_A, modality="must")
    b = demand(DOC_B, modality="should")
    ds = to_rdf([DOC_A, DOC_B], [a, b])
    [node] = statements_of(ds)
    assert len(set(ds.objects(node, SG.modality))) == 1
    g_a, g_b = ds.graph(document_iri(DOC_A)), ds.graph(document_iri(DOC_B))
    node_triples = lambda g: {(p, o) for p, o in g.predicate_objects(node) if p != SG.hasMention}
    assert node_triples(g_a) == node_triples(g_b)


def test_rdf_statement_iri_ignores_target_order_and_issue_spelling():
    st = dataclasses.replace(demand(DOC_A), targets=(ActorRef(actor=NATO), ActorRef(actor=USA)))
    swapped = dataclasses.replace(st, targets=st.targets[::-1])
    assert statement_iri(st) == statement_iri(swapped)
    respelled = dataclasses.replace(st, issue=Span(text='the  "NATO halt its expansion"', start=0, end=1))
    plain = dataclasses.replace(st, issue=Span(text="NATO halt its expansion", start=5, end=9))
    assert statement_iri(respelled) == statement_iri(plain)


def test_rdf_document_iri_is_content_hash():
    assert document_iri(DOC_A) == DOCUMENT[hashlib.sha256(TEXT_A.encode()).hexdigest()[:16]]
    assert document_iri(dataclasses.replace(DOC_A, id="renamed", title=None)) == document_iri(DOC_A)
    assert document_iri(DOC_A) != document_iri(DOC_B)


# --- mentions ---------------------------------------------------------------------------------

def test_rdf_same_statement_in_two_documents_is_one_node_with_two_mentions():
    ds = to_rdf([DOC_A, DOC_B], [demand(DOC_A), demand(DOC_B)])
    [node] = statements_of(ds)
    mentions = set(ds.objects(node, SG.hasMention))
    assert len(mentions) == 2
    assert list(ds.objects(node, SG.mentionCount)) == [Literal(2)]
    assert {ds.value(m, OA.hasSource) for m in mentions} == {document_iri(DOC_A), document_iri(DOC_B)}
    assert {ds.value(m, PROV.wasDerivedFrom) for m in mentions} == {document_iri(DOC_A), document_iri(DOC_B)}


def test_rdf_different_offsets_are_different_mentions():
    text = TEXT_A + TEXT_A  # the same sentence twice in one document
    doc = Document(id="twice", text=text)
    st1 = demand(doc)
    st2 = demand(doc, cue_from=st1.cue.end)
    assert st2.cue.start == st1.cue.start + len(TEXT_A)
    ds = to_rdf([doc], [st1, st2])
    [node] = statements_of(ds)
    assert len(set(ds.objects(node, SG.hasMention))) == 2
    assert list(ds.objects(node, SG.mentionCount)) == [Literal(2)]


def test_rdf_same_offsets_twice_are_one_mention():
    ds = to_rdf([DOC_A], [demand(DOC_A), demand(DOC_A)])
    [node] = statements_of(ds)
    assert len(set(ds.objects(node, SG.hasMention))) == 1
    assert list(ds.objects(node, SG.mentionCount)) == [Literal(1)]


def test_rdf_mention_iri_depends_on_document_and_cue():
    st = demand(DOC_A)
    h = hashlib.sha256(TEXT_A.encode()).hexdigest()
    assert mention_iri(st, h) == mention_iri(dataclasses.replace(st, confidence=0.2), h)
    assert mention_iri(st, h) != mention_iri(st, "0" * 64)
    assert str(mention_iri(st, h)).startswith(str(MENTION))


def test_rdf_mention_selectors_hold_the_original_offsets():
    ds = to_rdf([DOC_A], [demand(DOC_A)])
    [node] = statements_of(ds)
    [m] = ds.objects(node, SG.hasMention)
    st = demand(DOC_A)
    for prop, sp in [(SG.sentenceSelector, st.sentence), (SG.cueSelector, st.cue), (SG.issueSelector, st.issue)]:
        sel = ds.value(m, prop)
        assert sel == URIRef(f"{m}-{prop.rsplit('#', 1)[1].replace('Selector', '')}")
        assert set(ds.objects(sel, RDF.type)) == {OA.TextPositionSelector, OA.TextQuoteSelector}
        assert (ds.value(sel, OA.start).toPython(), ds.value(sel, OA.end).toPython()) == (sp.start, sp.end)
        assert str(ds.value(sel, OA.exact)) == TEXT_A[sp.start:sp.end] == sp.text
    assert ds.value(m, SG.speakerText) == Literal("Russia")
    assert ds.value(m, SG.targetText) == Literal("NATO")
    assert ds.value(m, SG.rule) == Literal("verb:nsubj>ccomp-subj")
    assert ds.value(m, SG.confidence) == Literal(Decimal("0.8"))


# --- statement content, actors, documents ------------------------------------------------------

def test_rdf_statement_properties():
    docs, sts = sample_statements()
    ds = to_rdf(docs, sts)
    threat = statement_iri(sts[2])
    assert ds.value(threat, SG.speaker) == ACTOR["vladimir-putin"]
    assert ds.value(threat, SG.onBehalfOf) == ACTOR.RUS
    assert set(ds.objects(threat, SG.target)) == {ACTOR.USA, ACTOR.UKR}
    assert ds.value(threat, SG.eventType) == CODEBOOK.THREATEN
    assert ds.value(threat, SG.negated) == Literal(False)
    assert ds.value(threat, SG.modality) == Literal("will")
    assert ds.value(threat, SG.condition) == Literal("if it moved troops")
    assert ds.value(threat, SG.status) == SG.hypothetical
    assert ds.value(threat, SG.date).toPython() == dt.date(2022, 1, 3)
    issue = ds.value(threat, SG.issue)
    assert issue == ISSUE["response"]
    assert ds.value(issue, SKOS.prefLabel) == Literal("response")
    assert {SG.Issue, SKOS.Concept} <= set(ds.objects(issue, RDF.type))
    [m] = ds.objects(threat, SG.hasMention)
    assert ds.value(m, SG.flag) == Literal("conditional")
    assert ds.value(ds.value(m, SG.conditionSelector), OA.exact) == Literal("if it moved troops")


def test_rdf_actor_descriptions():
    docs, sts = sample_statements()
    ds = to_rdf(docs, sts)
    assert (ACTOR.RUS, RDF.type, SG.State) in ds
    assert ds.value(ACTOR.RUS, SKOS.prefLabel) == Literal("Russia", lang="en")
    assert ds.value(ACTOR.RUS, SG.iso3) == Literal("RUS")
    assert ds.value(ACTOR.RUS, OWL.sameAs) == WD.Q159
    assert (ACTOR.NATO, RDF.type, SG.InternationalOrganisation) in ds
    assert (ACTOR["vladimir-putin"], RDF.type, SG.Person) in ds
    minted = ACTOR["x-kharkiv-militia"]
    assert (minted, RDF.type, SG.OtherGroup) in ds
    assert ds.value(minted, SG.minted) == Literal(True)
    assert ds.value(minted, SKOS.prefLabel) == Literal("Kharkiv militia")  # no language tag: not a registry label
    assert ds.value(ACTOR.RUS, SG.minted) is None


def test_rdf_document_description():
    ds = to_rdf([DOC_A], [demand(DOC_A)])
    node = document_iri(DOC_A)
    assert (node, RDF.type, SG.Document) in ds
    assert ds.value(node, SG.contentHash) == Literal(hashlib.sha256(TEXT_A.encode()).hexdigest())
    assert str(ds.value(node, URIRef("http://purl.org/dc/terms/identifier"))) == "doc-a"
    assert ds.value(node, URIRef("https://schema.org/url")) == URIRef("https://example.org/a")


def test_rdf_document_with_a_bad_url_gets_no_url():
    doc = dataclasses.replace(DOC_A, url="not a url <script>")
    ds = to_rdf([doc], [demand(doc)])
    assert ds.value(document_iri(doc), URIRef("https://schema.org/url")) is None


def test_rdf_one_named_graph_per_document():
    docs, sts = sample_statements()
    ds = to_rdf(docs, sts)
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {document_iri(d) for d in docs}
    node = statement_iri(sts[0])
    for doc in (DOC_A, DOC_B):
        g = ds.graph(document_iri(doc))
        assert (node, RDF.type, SG.Statement) in g
        assert (node, SG.mentionCount, Literal(2)) in g  # the count is over all the documents given
        [m] = g.objects(node, SG.hasMention)
        assert g.value(m, OA.hasSource) == document_iri(doc)  # only this document's mention here
        assert (document_iri(doc), RDF.type, SG.Document) in g
    assert (ACTOR["x-kharkiv-militia"], SG.minted, Literal(True)) in ds.graph(document_iri(docs[2]))


def test_rdf_no_blank_nodes():
    docs, sts = sample_statements()
    ds = to_rdf(docs, sts)
    assert len(ds) > 50
    for quad in ds.quads((None, None, None, None)):
        assert not any(isinstance(t, BNode) for t in quad[:3]), quad
        assert isinstance(quad[3].identifier if hasattr(quad[3], "identifier") else quad[3], URIRef)


def test_rdf_adds_to_a_given_dataset():
    ds = to_rdf([DOC_A], [demand(DOC_A)])
    n = len(list(ds.quads((None, None, None, None))))
    same = to_rdf([DOC_B], [demand(DOC_B)], dataset=ds)
    assert same is ds
    assert len(list(ds.quads((None, None, None, None)))) > n


# --- shapes -----------------------------------------------------------------------------------

def test_rdf_sample_conforms_to_the_shapes():
    docs, sts = sample_statements()
    conforms, violations = validate(to_rdf(docs, sts))
    assert conforms, "\n".join(violations)
    assert violations == []


def test_rdf_shapes_catch_a_statement_without_speaker():
    ds = to_rdf([DOC_A], [demand(DOC_A)])
    node = statement_iri(demand(DOC_A))
    ds.graph(document_iri(DOC_A)).remove((node, SG.speaker, None))
    conforms, violations = validate(ds)
    assert not conforms
    assert any("sg:speaker" in v for v in violations), violations


def test_rdf_group_carries_the_state_it_is_based_in():
    from stancegraph.rdf.mint import to_quads

    hezbollah = Actor(id="hezbollah", label="Hezbollah", kind=ActorKind.GROUP, based_in="LBN")
    documents, statements = sample_statements()
    appeal = statements[-1]
    statements[-1] = dataclasses.replace(appeal, speaker=dataclasses.replace(appeal.speaker, actor=hezbollah))
    line = f"<{ACTOR['hezbollah']}> <{SG.basedIn}> <{ACTOR['LBN']}> ."
    assert line in to_quads(documents, statements).triples()
    assert (ACTOR["hezbollah"], SG.basedIn, ACTOR["LBN"]) in to_rdf(documents, statements)
