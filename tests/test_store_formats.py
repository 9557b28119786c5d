"""Six RDF syntaxes: write, read back losslessly (graph isomorphism), convert on the command line."""
from __future__ import annotations

from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from stancegraph.cli import cli
from stancegraph.errors import InputError, OutputError
from stancegraph.rdf.io import (
    QUAD_FORMATS, RDF_FORMATS, convert, load_graph, oxigraph_quads, read_quads, serialize, write_rdf,
)
from stancegraph.rdf.ntriples import Quads
from test_query_library import sample_dataset

SUFFIXES = sorted(RDF_FORMATS)


def _union(dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _graphs(dataset) -> dict:
    """Graph name -> Graph, for the non-empty graphs of a Dataset."""
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = sample_dataset()
    # awkward literals on top of the sample: quotes, newline, backslash, non-BMP, language tag, decimals
    g = ds.graph(URIRef(sorted(_graphs(ds))[0]))
    s = URIRef("https://w3id.org/stancegraph/mention/awkward")
    g.add((s, URIRef("https://w3id.org/stancegraph/ontology#flag"), Literal('he said "no" \\ then\nleft 🙂')))
    g.add((s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Россия", lang="ru")))
    g.add((s, URIRef("https://w3id.org/stancegraph/ontology#confidence"), Literal(Decimal("0.85"))))
    g.add((s, URIRef("https://w3id.org/stancegraph/ontology#date"), Literal("2022-01-03", datatype=XSD.date)))
    return ds


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_formats_round_trip_is_lossless(tmp_path, dataset, suffix):
    path = tmp_path / f"graph{suffix}"
    n = write_rdf(dataset, path)
    got, want = Quads.from_oxigraph(read_quads(path)), Quads.from_rdflib(dataset)  # term for term
    loaded = load_graph(path)
    if RDF_FORMATS[suffix] in QUAD_FORMATS:
        assert isinstance(loaded, Dataset)
        assert got.graphs == want.graphs and n == len(want)
        assert {name for name, g in _graphs(loaded).items()} == set(_graphs(dataset))
    else:
        assert got.graphs == {"": want.triples()} and n == len(want.triples())
        assert isinstance(loaded, Graph) and len(loaded) == len(_union(dataset))


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_formats_output_is_deterministic_and_sorted_like_export(dataset, suffix):
    fmt = RDF_FORMATS[suffix]
    once = serialize(oxigraph_quads(dataset), fmt)
    assert serialize(reversed(list(oxigraph_quads(dataset))), fmt) == once
    assert serialize(dataset, fmt) == once  # the same bytes as build's graph.ttl / graph.trig


@pytest.mark.parametrize(("source", "target"), [(".trig", ".jsonld"), (".jsonld", ".nq"), (".nq", ".rdf"),
                                                (".rdf", ".nt"), (".nt", ".ttl"), (".ttl", ".trig")])
def test_formats_convert_chain(tmp_path, dataset, source, target):
    first = tmp_path / f"a{source}"
    write_rdf(dataset, first)
    second = tmp_path / f"b{target}"
    convert(first, second)
    a, b = read_quads(first), read_quads(second)
    triples = lambda qs: {(q.subject, q.predicate, q.object) for q in qs}  # noqa: E731
    assert triples(a) == triples(b)
    if RDF_FORMATS[source] in QUAD_FORMATS and RDF_FORMATS[target] in QUAD_FORMATS:
        assert set(a) == set(b)


def test_formats_cli_convert_and_query_of_every_syntax(tmp_path, dataset):
    trig = tmp_path / "graph.trig"
    write_rdf(dataset, trig)
    runner = CliRunner()
    for suffix in SUFFIXES:
        out = tmp_path / f"out{suffix}"
        result = runner.invoke(cli, ["convert", str(trig), "-o", str(out)])
        assert result.exit_code == 0 and f"wrote {out}" in result.output, result.output
        rows = runner.invoke(cli, ["query", str(out), "who-did-what-to-whom", "--format", "csv"])
        assert rows.exit_code == 0, rows.output
        assert len(rows.stdout.splitlines()) == 9, suffix
    assert runner.invoke(cli, ["validate", str(tmp_path / "out.jsonld")]).exit_code in (0, 1)


def test_formats_errors_name_the_file_and_the_fix(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .")
    with pytest.raises(InputError, match=r"bad.ttl.*is it really TURTLE"):
        read_quads(bad)
    with pytest.raises(InputError, match="no such file"):
        read_quads(tmp_path / "missing.nq")
    with pytest.raises(OutputError, match=r"use one of \.ttl, \.trig, \.nt, \.nq, \.jsonld, \.rdf"):
        write_rdf(Graph(), tmp_path / "x.owl")
    before = tmp_path / "keep.ttl"
    before.write_text("kept")
    with pytest.raises(InputError):
        convert(bad, before)
    assert before.read_text() == "kept"  # atomic: a failed conversion leaves the target alone
