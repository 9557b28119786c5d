"""Ontology, code book, shapes and queries: parse, agree with vocab.py, validate and query tests/data/golden.ttl."""
from __future__ import annotations

import hashlib
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.plugins.sparql import prepareQuery

from stancegraph.kb.codebook import QUAD_CLASSES, EventType, event_type, load_codebook
from stancegraph.errors import InputError, UnknownQuery
from stancegraph.rdf.io import rdflib_term
from stancegraph.rdf.query import parameter_term, run_query
from stancegraph.kb.resources import ontology_text, query_names, query_text, shapes_text
from stancegraph.rdf.validate import validate
from stancegraph.kb.vocab import CODEBOOK, MENTION, SG, STATEMENT

GOLDEN = Path(__file__).parent / "data" / "golden.ttl"
ONTOLOGY = files("stancegraph.ontology")

# the original texts of the two golden documents (offsets and hashes in golden.ttl refer to them)
TEXT_CGTN = (
    "Russia demanded that Washington guarantee that NATO stop its eastward expansion. "
    "Russian President Vladimir Putin warned that Moscow would respond if NATO deployed missiles in Ukraine."
)
TEXT_TASS = (
    "Moscow on Monday \u2013 the day talks began \u2013 repeated that Russia demanded that Washington "
    "guarantee that NATO stop its eastward expansion. The Russian Foreign Ministry did not reject talks "
    "with the Azov Group. Ukraine reportedly criticised Russia on Monday."
)
S_DEMAND = "https://w3id.org/stancegraph/statement/35dd7e791f758750"
S_THREAT = "https://w3id.org/stancegraph/statement/85e0a8ebfcdffdb3"
S_REJECT = "https://w3id.org/stancegraph/statement/db7629e61f4f0e51"
S_DISAPPROVE = "https://w3id.org/stancegraph/statement/2cb75b7a56fec66c"
A = "https://w3id.org/stancegraph/actor/"

EXPECTED_QUADS = {
    "verbal-coop": {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "APPEAL"},
    "material-coop": {"COOPERATE", "AID", "RETREAT", "INVESTIGATE"},
    "verbal-conflict": {"DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION"},
    "material-conflict": {"PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT"},
}
EXPECTED_WEIGHTS = {
    "APPEAL": 3.0, "AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.5, "CONCEDE": 5.0, "COOPERATE": 6.0,
    "AID": 7.0, "RETREAT": 9.0, "INVESTIGATE": -2.0, "DEMAND": -5.0, "DISAPPROVE": -2.0,
    "REJECT": -4.0, "THREATEN": -6.0, "SANCTION": -4.0, "PROTEST": -6.5, "CRIME": -5.0,
    "MOBILIZE": -7.2, "COERCE": -7.0, "ASSAULT": -9.0, "FIGHT": -10.0,
}


@pytest.fixture(scope="module")
def golden() -> Graph:
    return Graph().parse(GOLDEN, format="turtle")


def _ttl_resources():
    found = []
    for entry in ONTOLOGY.iterdir():
        if entry.name.endswith(".ttl"):
            found.append(entry)
        elif entry.is_dir():
            found.extend(e for e in entry.iterdir() if e.name.endswith(".ttl"))
    return sorted(found, key=lambda e: e.name)


def _plain(rows):
    """Rows as Python values (literal values compared by value: "-5" and "-5.0" decimals agree)."""
    return [tuple(None if v is None else v.toPython() for v in row) for row in rows]


def _rows(golden, name, **params):
    return run_query(golden, name, registry=False, **params)


# ---------------------------------------------------------------- files parse


@pytest.mark.parametrize("resource", _ttl_resources(), ids=lambda r: r.name)
def test_ontology_ttl_files_parse(resource):
    text = resource.read_text(encoding="utf-8")
    assert len(Graph().parse(data=text, format="turtle")) > 0
    store = ox.Store()
    store.load(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) > 0


def test_ontology_expected_files_present():
    names = {r.name for r in _ttl_resources()}
    assert {"stancegraph.ttl", "codebook.ttl", "shapes.ttl"} <= names
    assert shapes_text().startswith("#")


@pytest.mark.parametrize("name", query_names())
def test_ontology_queries_parse_in_both_engines(name):
    text = query_text(name)
    assert text.startswith("#"), "each query opens with a header comment"
    prepareQuery(text)  # rdflib, with the query's own PREFIX declarations only
    ox.Store().query(text)  # Oxigraph


def test_ontology_query_names():
    assert set(query_names()) >= {
        "who-did-what-to-whom", "statements-of-actor", "actor-pairs-by-type", "statements-about-target",
        "conflict-pairs", "provenance", "negated-and-hypothetical", "conditional-threats",
    }


# ---------------------------------------------------------------- vocabulary


def test_ontology_declares_exactly_the_vocab_terms():
    graph = Graph().parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    ns = str(SG._NS)
    declared = {str(s)[len(ns):] for s in graph.subjects(RDF.type, None) if str(s).startswith(ns)}
    used = {str(t)[len(ns):] for t in graph.all_nodes() if isinstance(t, URIRef) and str(t).startswith(ns)}
    terms = set(SG.__annotations__)
    assert terms - declared == set(), "terms of vocab.SG not declared in stancegraph.ttl"
    assert used - terms == set(), "sg: terms in stancegraph.ttl missing from vocab.SG"
    for term in terms:
        assert graph.value(SG[term], RDFS.label) is not None, term
        assert graph.value(SG[term], RDFS.comment) is not None, term


def test_ontology_alignment_and_status_individuals():
    graph = Graph().parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    assert (SG.Post, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Membership")) in graph
    assert (SG.Mention, RDFS.subClassOf, URIRef("http://www.w3.org/ns/oa#SpecificResource")) in graph
    for status in (SG.asserted, SG.reported, SG.scheduled, SG.hypothetical):
        assert (status, RDF.type, SG.StatementStatus) in graph
    description = str(graph.value(URIRef("https://w3id.org/stancegraph/ontology"), URIRef("http://purl.org/dc/terms/description")))
    assert "end-exclusive" in description and "Unicode code points" in description


# ---------------------------------------------------------------- code book


def test_codebook_has_the_twenty_types_and_quad_classes():
    book = load_codebook()
    assert len(book) == 20
    assert QUAD_CLASSES == ("verbal-coop", "material-coop", "verbal-conflict", "material-conflict")
    by_quad = {quad: {name for name, t in book.items() if t.quad == quad} for quad in QUAD_CLASSES}
    assert by_quad == EXPECTED_QUADS
    assert {name: t.weight for name, t in book.items()} == EXPECTED_WEIGHTS
    for name, entry in book.items():
        assert isinstance(entry, EventType) and entry.name == entry.label == name
        assert entry.definition and -10 <= entry.weight <= 10
        assert all(len(c) == 2 and 1 <= int(c) <= 20 for c in entry.cameo)
    assert book["ASSAULT"].cameo == ("18", "20")
    assert book["APPEAL"].cameo == ("02",)
    assert book["CRIME"].cameo == ()
    assert book["DEMAND"].iri == str(CODEBOOK.DEMAND)


def test_codebook_graph_is_a_skos_scheme_with_decimal_weights():
    graph = Graph().parse(data=ontology_text("codebook.ttl"), format="turtle")
    scheme = CODEBOOK.eventTypes
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    concepts = set(graph.subjects(SKOS.inScheme, scheme))
    assert len(concepts) == 20
    for concept in concepts:
        assert (concept, RDF.type, SG.EventType) in graph and (concept, RDF.type, SKOS.Concept) in graph
        assert graph.value(concept, SKOS.scopeNote) is not None
        assert graph.value(concept, SG.weight).datatype == XSD.decimal
    assert not list(graph.objects(None, SKOS.exactMatch))
    assert "Goldstein" in str(graph.value(scheme, URIRef("http://purl.org/dc/terms/description")))


def test_codebook_event_type_lookup():
    assert event_type("DEMAND").weight == -5.0
    assert event_type("threaten").quad == "verbal-conflict"
    with pytest.raises(InputError, match="valid names: AGREE, AID, APPEAL"):
        event_type("WARN")


# ---------------------------------------------------------------- golden graph and shapes


def test_golden_documents_offsets_and_hashes(golden):
    texts = {}
    for text in (TEXT_CGTN, TEXT_TASS):
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc = URIRef("https://w3id.org/stancegraph/document/" + digest[:16])
        assert golden.value(doc, SG.contentHash) == Literal(digest)
        texts[doc] = text
    oa = "http://www.w3.org/ns/oa#"
    selectors = 0
    for mention in golden.subjects(RDF.type, SG.Mention):
        text = texts[golden.value(mention, URIRef(oa + "hasSource"))]
        for prop in (SG.sentenceSelector, SG.cueSelector, SG.conditionSelector, SG.issueSelector):
            for sel in golden.objects(mention, prop):
                start = golden.value(sel, URIRef(oa + "start")).toPython()
                end = golden.value(sel, URIRef(oa + "end")).toPython()
                assert text[start:end] == str(golden.value(sel, URIRef(oa + "exact")))
                selectors += 1
    assert selectors == 13
    assert not any(isinstance(t, BNode) for t in golden.all_nodes()), "no blank nodes"


def test_golden_graph_conforms(golden):
    conforms, violations = validate(golden)
    assert violations == []
    assert conforms


def test_golden_graph_conforms_after_an_oxigraph_round_trip(golden):
    store = ox.Store()
    store.load(golden.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    again = Graph().parse(data=store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode(), format="nt")
    assert validate(again) == (True, [])


def test_broken_graph_does_not_conform_with_readable_messages(golden):
    broken = Graph()
    broken += golden
    broken.remove((URIRef(S_DEMAND), SG.speaker, None))
    broken.set((MENTION["7e15169fff7c0c99"], SG.confidence, Literal(Decimal("1.5"))))
    before = len(golden)
    conforms, violations = validate(broken)
    assert not conforms
    assert "st:35dd7e791f758750 sg:speaker: a statement needs exactly one sg:speaker" in violations
    assert "mention:7e15169fff7c0c99 sg:confidence: sg:confidence must be an xsd:decimal in [0, 1] [value: 1.5]" in violations
    assert all("\n" not in v and "rdflib" not in v for v in violations)
    assert len(golden) == before


def test_broken_graph_float_confidence_unknown_type_and_bad_offsets(golden):
    broken = Graph()
    broken += golden
    broken.set((MENTION["ac60c3602ec7f682"], SG.confidence, Literal(0.6)))  # Python float: xsd:double
    broken.add((URIRef(S_REJECT), SG.eventType, CODEBOOK.WARN))
    broken.set((MENTION["ac60c3602ec7f682-cue"], URIRef("http://www.w3.org/ns/oa#end"), Literal(121)))
    conforms, violations = validate(broken)
    assert not conforms
    text = "\n".join(violations)
    assert "mention:ac60c3602ec7f682 sg:confidence" in text
    assert "sgc:WARN" in text and "st:db7629e61f4f0e51 sg:eventType" in text
    assert "mention:ac60c3602ec7f682-cue: oa:exact has 6 code points but oa:end - oa:start = 7" in text


# ---------------------------------------------------------------- named queries on the golden graph


def test_query_who_did_what_to_whom(golden):
    variables, rows = _rows(golden, "who-did-what-to-whom")
    assert variables == [
        "statement", "speaker", "speakerLabel", "eventType", "type", "target", "targetLabel", "date",
        "mentionCount", "sentence",
    ]
    short = [(str(r[2]), str(r[4]), str(r[6]), r[7] and r[7].toPython().isoformat(), r[8].toPython()) for r in rows]
    assert short == [
        ("Russia", "DEMAND", "United States", "2021-12-17", 2),
        ("Vladimir Putin", "THREATEN", "NATO", "2022-01-03", 1),
        ("Ukraine", "DISAPPROVE", "Russia", "2022-01-10", 1),
        ("Russian Foreign Ministry", "REJECT", "Azov Group", None, 1),
    ]
    assert str(rows[1][9]).startswith("Russian President Vladimir Putin warned")
    assert rows[0][9] == Literal(TEXT_TASS.split(". ")[0] + ".")  # smallest of the two sentences
    _, only = _rows(golden, "who-did-what-to-whom", speaker="actor:RUS", eventType="DEMAND")
    assert [r[0] for r in only] == [URIRef(S_DEMAND)]


def test_query_statements_of_actor_includes_statements_on_its_behalf(golden):
    variables, rows = _rows(golden, "statements-of-actor", actor=URIRef(A + "RUS"))
    assert variables[:6] == ["actor", "date", "statement", "role", "speakerLabel", "type"]
    assert [(str(r[2]), str(r[3]), str(r[4]), str(r[5])) for r in rows] == [
        (S_DEMAND, "speaker", "Russia", "DEMAND"),
        (S_THREAT, "on behalf", "Vladimir Putin", "THREATEN"),
        (S_REJECT, "on behalf", "Russian Foreign Ministry", "REJECT"),  # undated: last
    ]
    assert str(rows[0][7]) == "NATO eastward expansion"
    _, putin = _rows(golden, "statements-of-actor", actor=A + "vladimir-putin")
    assert [(str(r[2]), str(r[3])) for r in putin] == [(S_THREAT, "speaker")]


def test_query_statements_about_target(golden):
    _, rows = _rows(golden, "statements-about-target", target="actor:RUS")
    assert [(str(r[1]), str(r[3]), str(r[4]), str(r[6]), str(r[9])) for r in rows] == [
        ("target", S_DISAPPROVE, "Ukraine", "DISAPPROVE", "reported")
    ]
    _, nato = _rows(golden, "statements-about-target", target="actor:NATO")
    assert [(str(r[4]), str(r[5])) for r in nato] == [("Vladimir Putin", "Russia")]


def test_query_actor_pairs_by_type_sums_code_book_weights(golden):
    variables, rows = _rows(golden, "actor-pairs-by-type")
    assert variables == ["speaker", "speakerLabel", "target", "targetLabel", "type", "statements", "weightSum"]
    assert [(str(r[1]), str(r[3]), str(r[4]), r[5].toPython(), r[6].toPython()) for r in rows] == [
        ("Russia", "United States", "DEMAND", 1, Decimal("-5")),
        ("Ukraine", "Russia", "DISAPPROVE", 1, Decimal("-2")),
        ("Vladimir Putin", "NATO", "THREATEN", 1, Decimal("-6")),
    ]  # the negated REJECT is left out


def test_query_conflict_pairs_rolls_speakers_up(golden):
    _, rows = _rows(golden, "conflict-pairs")
    assert [(str(r[1]), str(r[3]), r[4].toPython(), r[5].toPython(), r[7].toPython()) for r in rows] == [
        ("NATO", "Russia", 0, 1, Decimal("-6")),
        ("Russia", "United States", 1, 0, Decimal("-5")),
        ("Russia", "Ukraine", 0, 1, Decimal("-2")),
    ]


def test_query_provenance_of_a_statement(golden):
    variables, rows = _rows(golden, "provenance", statement=URIRef(S_DEMAND))
    assert variables[:3] == ["statement", "mention", "document"]
    values = [(str(r[3]), r[7].toPython(), r[8].toPython(), str(r[9]), r[10].toPython(), r[11].toPython()) for r in rows]
    assert values == [("cgtn-0001", 0, 80, "demanded", 7, 15), ("tass-0002", 0, 135, "demanded", 62, 70)]
    assert TEXT_TASS[62:70] == "demanded"  # code points: the en dashes count once each
    assert rows[1][13].toPython() == Decimal("0.7")


def test_query_negated_and_hypothetical(golden):
    _, rows = _rows(golden, "negated-and-hypothetical")
    assert [(str(r[2]), str(r[3]), r[5].toPython(), str(r[6]), r[8] and str(r[8])) for r in rows] == [
        ("Russian Foreign Ministry", "REJECT", True, "asserted", None),
        ("Vladimir Putin", "THREATEN", False, "hypothetical", "if NATO deployed missiles in Ukraine"),
    ]


def test_query_conditional_threats(golden):
    _, rows = _rows(golden, "conditional-threats")
    assert len(rows) == 1
    row = dict(zip(_, rows[0]))
    assert str(row["speakerLabel"]) == "Vladimir Putin" and str(row["onBehalfOfLabel"]) == "Russia"
    assert str(row["targetLabel"]) == "NATO" and str(row["modality"]) == "will"
    assert str(row["condition"]) == "if NATO deployed missiles in Ukraine"
    assert row["date"].toPython().isoformat() == "2022-01-03"


QUERY_PARAMS = [
    ("who-did-what-to-whom", {}),
    ("who-did-what-to-whom", {"speaker": "actor:vladimir-putin"}),
    ("statements-of-actor", {}),
    ("statements-of-actor", {"actor": "actor:RUS"}),
    ("statements-about-target", {"target": "actor:USA"}),
    ("actor-pairs-by-type", {}),
    ("conflict-pairs", {}),
    ("provenance", {}),
    ("provenance", {"statement": S_THREAT}),
    ("negated-and-hypothetical", {}),
    ("conditional-threats", {"speaker": "actor:vladimir-putin"}),
]


@pytest.mark.parametrize(("name", "params"), QUERY_PARAMS)
def test_query_same_rows_on_rdflib_and_oxigraph(golden, name, params):
    variables, rows = _rows(golden, name, **params)
    full = Graph()
    full += golden
    full.parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    full.parse(data=ontology_text("codebook.ttl"), format="turtle")
    bindings = {k: rdflib_term(parameter_term(k, v)) for k, v in params.items()}
    result = full.query(query_text(name), initBindings=bindings)
    assert [str(v) for v in result.vars] == variables
    assert _plain(rows) == _plain(list(result))
    assert rows, "every query has rows on the golden graph"


# ---------------------------------------------------------------- run_query inputs and safety


def test_query_on_a_file_and_on_a_dataset_with_repeated_triples(golden, tmp_path):
    expected = _rows(golden, "who-did-what-to-whom")
    assert run_query(GOLDEN, "who-did-what-to-whom", registry=False) == expected
    dataset = Dataset()
    for name in ("https://w3id.org/stancegraph/document/a", "https://w3id.org/stancegraph/document/b"):
        part = dataset.graph(URIRef(name))
        for triple in golden:
            part.add(triple)
    assert run_query(dataset, "who-did-what-to-whom", registry=False) == expected  # union, de-duplicated
    trig = tmp_path / "golden.trig"
    dataset.serialize(trig, format="trig")
    assert run_query(trig, "who-did-what-to-whom", registry=False) == expected
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a sg:Statement }")
    assert run_query(golden, rq, registry=False)[1] == [(Literal(4),)]


def test_query_with_registry_loaded_still_runs(golden):
    variables, rows = run_query(golden, "who-did-what-to-whom")
    assert len(rows) >= 4 and "speakerLabel" in variables


INJECTION = 'RUS" } ; DROP ALL ; { ?s ?p "x\' . } INSERT DATA { <a:b> <a:b> <a:b> } #'


def test_query_parameter_injection_matches_nothing_and_changes_nothing(golden):
    before = Graph()
    before += golden
    query = "SELECT ?m ?speakerText WHERE { ?m sg:speakerText ?speakerText }"
    assert run_query(golden, query, registry=False, speakerText=INJECTION)[1] == []
    _, rows = run_query(golden, query, registry=False, speakerText="Ukraine")
    assert [str(r[0]) for r in rows] == ["https://w3id.org/stancegraph/mention/7323cd541d6a25a7"]
    assert run_query(golden, "provenance", registry=False, statement=Literal(INJECTION))[1] == []
    with pytest.raises(InputError):  # an actor name the registry cannot resolve never reaches the query
        run_query(golden, "statements-of-actor", registry=False, actor=INJECTION)
    with pytest.raises(InputError, match="not a valid IRI"):
        run_query(golden, "provenance", registry=False, statement="https://x.org/" + INJECTION)
    assert isomorphic(before, golden) and len(before) == len(golden)
    assert len(run_query(golden, "who-did-what-to-whom", registry=False)[1]) == 4


def test_query_syntax_error_has_line_and_column(golden):
    with pytest.raises(InputError, match=r"syntax error .* at line 3, column \d+"):
        run_query(golden, "SELECT ?s\nWHERE {\n  ?s sg:speaker ?x ?y ?z FILTERR\n}")


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_query_refuses_network_and_file_access(golden, sparql):
    with pytest.raises(InputError, match="refuses"):
        run_query(golden, sparql)


def test_query_keywords_inside_strings_and_comments_are_allowed(golden):
    _, rows = run_query(golden, '# SERVICE LOAD FROM <http://x>\nSELECT ?s WHERE { ?s sg:rule "SERVICE <x> LOAD" }')
    assert rows == []


def test_query_unknown_name_and_unknown_parameter(golden):
    with pytest.raises(UnknownQuery, match="who-did-what-to-whom"):
        run_query(golden, "who-did-what")
    with pytest.raises(InputError, match=r"no variable \?nobody"):
        run_query(golden, "provenance", nobody="x")
    with pytest.raises(InputError, match="valid names"):
        run_query(golden, "who-did-what-to-whom", eventType="WARN")
