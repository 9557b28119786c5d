"""Canonical N-Triples (stancegraph.rdf.ntriples), the writer (stancegraph.rdf.io, Oxigraph) and to_quads vs to_rdf."""
from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from stancegraph.errors import InputError, OutputError
from stancegraph.rdf.ntriples import Quads, iri, literal, term
from stancegraph.rdf.mint import to_quads, to_rdf
from stancegraph.rdf.io import oxigraph_quads, serialize as to_bytes

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_query_library import sample_documents  # noqa: E402
from test_rdf import sample_statements  # noqa: E402

XSD = "http://www.w3.org/2001/XMLSchema#"
CHARS = "".join(chr(i) for i in range(0x800)) + "\u2028\u2029\ufeff\ufffd\U0001f642"


def test_ntriples_literal_is_written_as_oxigraph_writes_it():
    for i, c in enumerate(CHARS):
        assert literal(c) == str(ox.Literal(c)), hex(ord(c))
    assert literal(CHARS, language="EN-gb") == str(ox.Literal(CHARS, language="en-gb"))
    assert literal("1", XSD + "integer") == str(ox.Literal("1", datatype=ox.NamedNode(XSD + "integer")))
    assert literal("x", XSD + "string") == '"x"'


@pytest.mark.parametrize("bad", ["http://ex.org/a b", "http://ex.org/<a>", 'http://ex.org/"', "no-scheme", "http://x/{y}"])
def test_ntriples_iri_refuses_what_is_no_iri(bad):
    with pytest.raises(InputError, match="is not an IRI"):
        iri(bad)


def test_ntriples_terms_of_rdflib_and_oxigraph_agree():
    from rdflib import Literal, URIRef

    assert term(Literal("a\nb", lang="en")) == term(ox.Literal("a\nb", language="en"))
    assert term(Literal("2", datatype=URIRef(XSD + "integer"))) == term(ox.Literal("2", datatype=ox.NamedNode(XSD + "integer")))
    assert term(URIRef("http://ex.org/a")) == "<http://ex.org/a>"
    with pytest.raises(InputError):
        term(3)


@pytest.fixture(scope="module", params=["rdf-sample", "query-sample"])
def built(request):
    documents, statements = sample_statements() if request.param == "rdf-sample" else sample_documents()
    return documents, statements


def test_to_quads_holds_the_triples_of_to_rdf(built):
    quads = to_quads(*built)
    assert quads.graphs == Quads.from_rdflib(to_rdf(*built)).graphs
    assert quads.triples() == sorted({line for lines in quads.graphs.values() for line in lines})
    assert Quads(quads.graphs).triples() == quads.triples()  # the general union gives the same


def test_to_quads_does_not_depend_on_input_order(built):
    documents, statements = built
    assert to_quads(documents[::-1], statements[::-1]).graphs == to_quads(documents, statements).graphs


def test_quads_from_oxigraph_and_from_rdflib_agree(built):
    dataset = to_rdf(*built)
    assert Quads.from_oxigraph(oxigraph_quads(dataset)).graphs == Quads.from_rdflib(dataset).graphs
    assert Quads.from_oxigraph(to_quads(*built).to_oxigraph()).graphs == to_quads(*built).graphs


def _awkward() -> Quads:
    """Terms a writer can get wrong: IRIs that are no prefixed name, escapes, bare and typed literals,
    blank nodes, rdf:type in every position, a default graph next to named ones."""
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    sg = "https://w3id.org/stancegraph/ontology#"
    lines = {
        "": [f"{rdf_type} {rdf_type} <http://www.w3.org/1999/02/22-rdf-syntax-ns#Property> ."],
        "<https://w3id.org/stancegraph/document/abc>": [
            f"<https://w3id.org/stancegraph/actor/x-a.b> <{sg}flag> {literal(CHARS)} .",
            f"<https://w3id.org/stancegraph/actor/ends.> <{sg}flag> {literal('ends with a dot', language='en')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('-12', XSD + 'integer')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('+.5', XSD + 'decimal')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('5.', XSD + 'decimal')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('true', XSD + 'boolean')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('TRUE', XSD + 'boolean')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('1e3', XSD + 'double')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> {literal('2022-01-03', XSD + 'date')} .",
            f"<https://w3id.org/stancegraph/actor/a/b> <{sg}flag> <http://example.org/no/prefix#> .",
            f"<https://w3id.org/stancegraph/actor/-x> {rdf_type} <{sg}State> .",
            f"_:b1 <{sg}flag> <https://w3id.org/stancegraph/actor/RUS> .",
            f"<urn:x:y> <{sg}flag> _:b1 .",
        ],
        "<https://w3id.org/stancegraph/document/def>": [f"_:b1 <{sg}flag> {literal('other graph')} ."],
    }
    return Quads.from_lines(lines)


@pytest.mark.parametrize("fmt, rdf_format", [("TURTLE", ox.RdfFormat.TURTLE), ("N_TRIPLES", ox.RdfFormat.N_TRIPLES)])
def test_turtle_writer_round_trips_in_oxigraph(fmt, rdf_format):
    quads = _awkward()
    data = to_bytes(quads, fmt)
    assert Quads.from_oxigraph(ox.parse(data, format=rdf_format)).graphs == {"": quads.triples()}


@pytest.mark.parametrize("fmt, rdf_format", [("TRIG", ox.RdfFormat.TRIG), ("N_QUADS", ox.RdfFormat.N_QUADS)])
def test_trig_writer_round_trips_in_oxigraph(fmt, rdf_format):
    quads = _awkward()
    assert Quads.from_oxigraph(ox.parse(to_bytes(quads, fmt), format=rdf_format)).graphs == quads.graphs


def test_writers_round_trip_in_rdflib():
    # rdflib renames blank nodes and normalises lexical forms ("+.5" -> "0.5") when it parses: compare
    # with what it reads from N-Triples / N-Quads, without blank nodes
    # rdflib 7.6 cannot read the (valid) prefixed name Oxigraph writes for an IRI ending in a dot
    # (actor:ends\.): leave that one out here; Oxigraph reads it back (the tests above)
    quads = Quads.from_lines({g: [line for line in lines if "/ends.>" not in line] for g, lines in _awkward().graphs.items()})
    named = lambda lines: {line for line in lines if "_:" not in line}  # noqa: E731
    g = Graph().parse(data=to_bytes(quads, "TURTLE").decode("utf-8"), format="turtle")
    expected = Graph().parse(data=to_bytes(quads, "N_TRIPLES").decode("utf-8"), format="nt")
    assert named(Quads.from_rdflib(g).triples()) == named(Quads.from_rdflib(expected).triples())
    ds, expected_ds = Dataset(), Dataset()
    ds.parse(data=to_bytes(quads, "TRIG").decode("utf-8"), format="trig")
    expected_ds.parse(data=to_bytes(quads, "N_QUADS").decode("utf-8"), format="nquads")
    graphs = lambda d: {g: named(v) for g, v in Quads.from_rdflib(d).graphs.items() if named(v)}  # noqa: E731
    assert graphs(ds) == graphs(expected_ds) and len(graphs(ds)) == 2  # "def" holds only a blank node


def test_turtle_writer_abbreviates_and_groups():
    text = to_bytes(to_quads(*sample_statements()), "TURTLE").decode("utf-8")
    assert "\nactor:RUS a sg:State ;\n\towl:sameAs wd:Q159 ;\n" in text
    assert re.search(r"\toa:start \d+ \.\n", text) and "\tsg:negated false ;" in text and '"2022-01-03"^^xsd:date' in text
    assert "a skos:Concept , sg:Issue ;" in text
    assert "@prefix sg: <https://w3id.org/stancegraph/ontology#> .\n" in text  # kb.vocab.PREFIXES declared
    assert "<https://w3id.org/stancegraph/" not in text.split("\n", 19)[-1]  # every IRI of ours abbreviated
    assert text.count("\nactor:RUS ") == 1  # one block per subject


def test_writer_refuses_an_unknown_format():
    with pytest.raises(OutputError, match="unknown RDF format 'N3'.*TURTLE"):
        to_bytes(_awkward(), "N3")


def test_to_quads_leaves_out_a_url_that_is_no_iri():
    documents, statements = sample_statements()
    bad = dataclasses.replace(documents[0], url="https://example.org/a|b")
    quads = to_quads([bad, *documents[1:]], statements)
    assert not any("schema.org/url" in line for lines in quads.graphs.values() for line in lines)
