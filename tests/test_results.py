"""Query results read from Oxigraph's TSV (stancegraph.rdf.results): the same rows as term-by-term reading."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from stancegraph.rdf.io import rdflib_term as _to_rdflib
from stancegraph.rdf.results import rows_from_oxigraph, term_from_tsv, text_from_tsv

XSD = "http://www.w3.org/2001/XMLSchema#"
TEXT = "".join(chr(i) for i in range(0x800)) + "\u2028\u2029\ufeff\U0001f642 end"


@pytest.fixture(scope="module")
def store():
    st = ox.Store()
    s, p = ox.NamedNode("http://ex.org/s"), lambda n: ox.NamedNode(f"http://ex.org/p{n}")
    objects = [ox.Literal(TEXT), ox.Literal(TEXT, language="en"), ox.Literal("a\tb"), ox.BlankNode("b1"),
               ox.NamedNode("http://ex.org/o")] + [
        ox.Literal(v, datatype=ox.NamedNode(XSD + d)) for v, d in
        [("1", "integer"), ("-3", "integer"), ("0.5", "decimal"), ("true", "boolean"), ("1.5e3", "double"),
         ("2022-01-03", "date"), ("x", "string"), ("y", "token")]]
    for i, o in enumerate(objects):
        st.add(ox.Quad(s, p(i), o))
    return st


QUERY = "SELECT ?p ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?p"


def test_results_rows_equal_term_by_term_reading(store):
    variables, rows = rows_from_oxigraph(store.query(QUERY))
    # the reference: reading the solutions term by term with the converter the rest of stancegraph uses
    expected = [tuple(_to_rdflib(sol[v]) for v in ("p", "o", "unbound")) for sol in store.query(QUERY)]
    assert variables == ["p", "o", "unbound"] and rows == expected
    assert any(r[1] == Literal(TEXT) for r in rows)  # every character read back as written


def test_results_as_text_gives_what_a_table_shows(store):
    # the lexical form as stored (rdflib would print the double "1500" as "1500.0")
    _, rows = rows_from_oxigraph(store.query(QUERY), as_text=True)
    expected = [tuple(None if sol[v] is None else sol[v].value for v in ("p", "o", "unbound")) for sol in store.query(QUERY)]
    assert rows == expected


def test_results_ask_construct_and_no_variables(store):
    assert rows_from_oxigraph(store.query("ASK { ?s ?p ?o }")) == (["ask"], [(Literal(True),)])
    variables, triples = rows_from_oxigraph(store.query("CONSTRUCT WHERE { ?s <http://ex.org/p2> ?o }"))
    assert variables == ["subject", "predicate", "object"] and triples == [
        (URIRef("http://ex.org/s"), URIRef("http://ex.org/p2"), Literal("a\tb"))]
    assert rows_from_oxigraph(store.query("SELECT * WHERE {}")) == ([], [()])
    assert rows_from_oxigraph(store.query("SELECT ?x WHERE {}")) == (["x"], [(None,)])


@pytest.mark.parametrize("cell, term, text", [
    ("", None, None),
    ("12", Literal("12", datatype=URIRef(XSD + "integer")), "12"),
    ("-.5", Literal("-.5", datatype=URIRef(XSD + "decimal")), "-.5"),
    ("1E3", Literal("1E3", datatype=URIRef(XSD + "double")), "1E3"),
    ("false", Literal("false", datatype=URIRef(XSD + "boolean")), "false"),
    ('"a\\"b"@en-gb', Literal('a"b', lang="en-gb"), 'a"b'),
    ("_:x1", BNode("x1"), "x1"),
])
def test_results_cells(cell, term, text):
    assert term_from_tsv(cell) == term and text_from_tsv(cell) == text
