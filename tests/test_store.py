"""The embedded Oxigraph store: incremental, idempotent builds, replacement, removal, mention recount, CLI."""
from __future__ import annotations

import dataclasses
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS

from stancegraph.cli import cli
from stancegraph.errors import InputError
from stancegraph.rdf.io import oxigraph_quads as to_ox_quads, read_quads, serialize, write_rdf
from stancegraph.rdf.query import run_query
from stancegraph.rdf.mint import document_iri, statement_iri, to_quads, to_rdf
from stancegraph.kb.resources import query_names
from stancegraph.rdf.store import (
    DOCUMENTS_GRAPH, SUPPORT_GRAPHS, VOCABULARY_GRAPH, EmbeddedStore, GraphStore, open_store,
)
from stancegraph.kb.vocab import SG
from test_query_library import EXPECTED_ROWS, TEXT_A, sample_dataset, sample_documents


def _split():
    """The sample as two separate builds (one document each) and as one build of both."""
    documents, statements = sample_documents()
    a, b = documents
    return (to_rdf([a], [s for s in statements if s.document == a.id]),
            to_rdf([b], [s for s in statements if s.document == b.id]),
            to_rdf(documents, statements))


def _counts(store: GraphStore) -> dict[str, set[int]]:
    """Statement IRI -> the sg:mentionCount values found in any graph of the store."""
    found: dict[str, set[int]] = {}
    for q in store.oxigraph.quads_for_pattern(None, ox.NamedNode(str(SG.mentionCount)), None, None):
        found.setdefault(q.subject.value, set()).add(int(q.object.value))
    return found


def test_store_add_is_idempotent_and_queries_match_a_file(tmp_path):
    dataset = sample_dataset()
    with open_store(tmp_path / "st", create=True) as store:
        assert isinstance(store, EmbeddedStore)
        report = store.add(dataset)
        assert len(report.added) == 2 and report.summary() == "2 added"
        first = {fmt: store.export(fmt)[0] for fmt in ("TURTLE", "N_QUADS", "TRIG")}
        again = store.add(dataset)
        assert again.summary() == "2 unchanged" and not again.changed
        assert {fmt: store.export(fmt)[0] for fmt in first} == first  # byte-identical exports
        for name, params, n in EXPECTED_ROWS:
            assert run_query(store, name, **params) == run_query(dataset, name, **params), name
            assert len(run_query(store, name, **params)[1]) == n
        assert [d.identifier for d in store.documents()] == ["doc-b", "doc-a"] or len(store.documents()) == 2


def test_store_recounts_mentions_across_builds_and_order_does_not_matter(tmp_path):
    build_a, build_b, both = _split()
    shared = str(statement_iri(sample_documents()[1][0]))
    exports = []
    for order, name in (((build_a, build_b), "ab"), ((build_b, build_a), "ba"), ((both,), "one")):
        with open_store(tmp_path / name, create=True) as store:
            for dataset in order:
                store.add(dataset)
            counts = _counts(store)
            assert counts[shared] == {2}, counts[shared]  # each graph holding it says 2, as one build would
            assert all(v == {1} for k, v in counts.items() if k != shared)
            exports.append(store.export("N_QUADS")[0])
            assert set(to_ox_quads(store.dataset())) == set(to_ox_quads(both))
    assert exports[0] == exports[1] == exports[2]


def test_store_replaces_a_changed_document_and_removes_one(tmp_path):
    documents, statements = sample_documents()
    a, b = documents
    changed_text = TEXT_A.replace("China supported Russia", "China backed Russia")
    a2 = dataclasses.replace(a, text=changed_text)
    kept = [dataclasses.replace(s, document=a2.id) for s in statements if s.document == a.id and s.type != "SUPPORT"]
    with open_store(tmp_path / "st", create=True) as store:
        store.add(to_rdf(documents, statements))
        report = store.add(to_rdf([a2], kept))
        assert report.added == [str(document_iri(a2))] and report.replaced == [str(document_iri(a))]
        assert {d.iri for d in store.documents()} == {str(document_iri(a2)), str(document_iri(b))}
        # the SUPPORT statement was only in the old graph: gone from the union too
        assert len(run_query(store, "who-did-what-to-whom", eventType="SUPPORT")[1]) == 0
        assert len(run_query(store, "who-did-what-to-whom")[1]) == 7
        removed = store.remove("doc-b")
        assert removed.removed == [str(document_iri(b))]
        shared = str(statement_iri(statements[0]))
        assert _counts(store)[shared] == {1}  # recounted after the removal
        assert len(run_query(store, "who-did-what-to-whom")[1]) == 4
        store.remove(str(document_iri(a2))[-16:])  # by hash
        assert store.documents() == [] and len(run_query(store, "who-did-what-to-whom")[1]) == 0
        assert store.export("TURTLE")[1] == 0
        # the vocabulary (code book, registry) is still there for the next documents
        assert run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { sgc:DEMAND sg:weight ?w }")[1][0][0].toPython() == 1
        with pytest.raises(InputError, match="no document 'doc-b' in store"):
            store.remove("doc-b")


def test_store_union_keeps_triples_that_another_document_holds(tmp_path):
    documents, statements = sample_documents()
    with open_store(tmp_path / "st", create=True) as store:
        store.add(to_rdf(documents, statements))
        store.remove("doc-a")
        # Russia's DEMAND was reported by both documents: still in the union, with its labels
        rows = run_query(store, "who-did-what-to-whom", speaker="RUS")[1]
        assert len(rows) == 1 and str(rows[0][2]) == "Russia" and str(rows[0][6]) == "United States"
        dataset = store.dataset()
        assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {str(document_iri(documents[1]))}


def test_store_refuses_bad_locations_and_a_second_opener(tmp_path):
    (tmp_path / "file.ttl").write_text("x")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.txt").write_text("x")
    with pytest.raises(InputError, match="is a file"):
        open_store(tmp_path / "file.ttl", create=True)
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_store(tmp_path / "folder", create=True)
    with pytest.raises(InputError, match="no store at .*; build into it first"):
        open_store(tmp_path / "missing")
    with open_store(tmp_path / "st", create=True):
        with pytest.raises(InputError, match="open in another process"):
            open_store(tmp_path / "st")
    open_store(tmp_path / "st").close()  # released


def test_store_refuses_graphs_that_are_not_documents(tmp_path):
    from rdflib import Dataset, Graph

    with open_store(tmp_path / "st", create=True) as store:
        with pytest.raises(InputError, match="not a Graph"):
            store.add(Graph())
        ds = Dataset()
        ds.graph(URIRef("https://example.org/g")).add((URIRef("https://example.org/a"), DCTERMS.title, Literal("x")))
        with pytest.raises(InputError, match="not a document graph"):
            store.add(ds)


def test_store_injection_in_parameters_harms_nothing(tmp_path):
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        before = store.export("N_QUADS")[0]
        for value in ['} ; DROP ALL ; {', 'x" } ; DROP ALL ; { "', "'; CLEAR ALL #"]:
            assert run_query(store, "SELECT ?m ?speakerText WHERE { ?m sg:speakerText ?speakerText }",
                             speakerText=value)[1] == []
            assert run_query(store, "provenance", statement=value)[1] == []
        with pytest.raises(InputError, match="refuses"):
            run_query(store, "DROP ALL")
        assert store.export("N_QUADS")[0] == before


def test_store_export_formats_are_isomorphic_to_the_dataset(tmp_path):
    dataset = sample_dataset()
    with open_store(tmp_path / "st", create=True) as store:
        store.add(dataset)
        for suffix in (".ttl", ".trig", ".nt", ".nq", ".jsonld", ".rdf"):
            path = tmp_path / f"out{suffix}"
            n = write_rdf(store, path)
            got, want = read_quads(path), list(to_ox_quads(dataset))
            if suffix in (".trig", ".nq", ".jsonld"):
                assert set(got) == set(want) and n == len(want), suffix
            else:
                assert {(q.subject, q.predicate, q.object) for q in got} == {(q.subject, q.predicate, q.object)
                                                                           for q in want}, suffix


# ---------------------------------------------------------------- CLI, through the real pipeline


def _corpus(tmp_path, second_text: str):
    path = tmp_path / "two.jsonl"
    rows = [
        {"id": "one", "date": "2022-01-10", "text": "Russia demanded that NATO stop its eastward expansion."},
        {"id": "two", "date": "2022-01-11", "text": second_text},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_store_cli_build_twice_then_changed_document_then_remove(tmp_path):
    store = tmp_path / "store"
    runner = CliRunner()
    corpus = _corpus(tmp_path, "The United States rejected Russia's demands.")
    first = runner.invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "store " + str(store) + ": 2 added" in first.output and not (tmp_path / "out").exists()
    exported = tmp_path / "a.ttl"
    assert runner.invoke(cli, ["convert", "--store", str(store), "-o", str(exported)]).exit_code == 0
    again = runner.invoke(cli, ["build", str(corpus), "--store", str(store), "-o", str(tmp_path / "files"),
                                "--no-diagram"])
    assert again.exit_code == 0 and "2 unchanged" in again.output
    assert (tmp_path / "files" / "graph.ttl").is_file()  # -o still writes the files
    exported2 = tmp_path / "b.ttl"
    runner.invoke(cli, ["convert", "--store", str(store), "-o", str(exported2)])
    assert exported.read_bytes() == exported2.read_bytes()  # a re-run changes nothing
    changed = _corpus(tmp_path, "The United States rejected Russia's demands again.")
    third = runner.invoke(cli, ["build", str(changed), "--store", str(store)])
    assert third.exit_code == 0 and "1 added, 1 replaced, 1 unchanged" in third.output
    listed = runner.invoke(cli, ["query", "--store", str(store), "--sparql",
                                 "SELECT ?id WHERE { ?d a sg:Document ; dcterms:identifier ?id } ORDER BY ?id",
                                 "--format", "csv"])
    assert listed.stdout.splitlines() == ["id", "one", "two"]
    assert runner.invoke(cli, ["validate", "--store", str(store)]).exit_code == 0
    drawn = runner.invoke(cli, ["draw", "--store", str(store), "-o", str(tmp_path / "d.png")])
    assert drawn.exit_code == 0, drawn.output
    removed = runner.invoke(cli, ["remove", "--store", str(store), "two"])
    assert removed.exit_code == 0, removed.output
    listed = runner.invoke(cli, ["query", "--store", str(store), "--sparql",
                                 "SELECT ?id WHERE { ?d a sg:Document ; dcterms:identifier ?id }", "--format", "csv"])
    assert listed.stdout.splitlines() == ["id", "one"]


def test_store_cli_errors_are_one_line(tmp_path):
    runner = CliRunner()
    graph = tmp_path / "g.ttl"
    write_rdf(sample_dataset(), graph)
    cases = [
        (["query", "--store", str(tmp_path / "none"), "who-did-what-to-whom"], "no store at"),
        (["remove", "--store", str(tmp_path / "none"), "x"], "no store at"),
        (["validate", "--store", str(tmp_path / "none")], "no store at"),
        (["query", str(graph), "who-did-what-to-whom", "--store", str(tmp_path / "none")], "not both"),
        (["convert", "-o", str(tmp_path / "x.ttl")], "give a GRAPH file"),
        (["convert", str(graph), "-o", str(tmp_path / "x.xml")], "cannot tell the RDF syntax"),
    ]
    for args, message in cases:
        result = runner.invoke(cli, args)
        assert result.exit_code != 0 and message in result.output, (args, result.output)
        assert "Traceback" not in result.output


def test_store_query_names_cover_the_library():
    assert {"congruence", "issues-most-disputed"} <= set(query_names())
    assert DOCUMENTS_GRAPH.startswith("https://w3id.org/stancegraph/")


def test_store_in_memory_copy_answers_like_the_disk_and_follows_changes(tmp_path):
    documents, statements = sample_documents()
    with open_store(tmp_path / "st", create=True) as store:
        store.add(to_rdf(documents, statements))
    with open_store(tmp_path / "st") as disk:
        expected = {(n, str(p)): run_query(disk, n, **p) for n, p, _ in EXPECTED_ROWS}
    with open_store(tmp_path / "st", in_memory=True) as store:
        for name, params, _ in EXPECTED_ROWS:
            assert run_query(store, name, **params) == expected[(name, str(params))], name
        graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a sg:Document } }"  # GRAPH: answered from disk
        assert len(run_query(store, graphs)[1]) == 2
        store.remove("doc-b")  # a change drops the copy
        assert len(run_query(store, "who-did-what-to-whom")[1]) == 5
        assert len(run_query(store, graphs)[1]) == 1


# ---------------------------------------------------------------- exports and the graphs a store holds


def test_store_exports_the_bytes_a_build_writes(tmp_path):
    documents, statements = sample_documents()
    quads = to_quads(documents, statements)
    with open_store(tmp_path / "st", create=True) as store:
        store.add(quads)
        for fmt in ("TURTLE", "TRIG", "N_TRIPLES", "N_QUADS"):
            assert store.export(fmt) == (serialize(quads, fmt), len(quads) if fmt in ("TRIG", "N_QUADS")
                                         else len(quads.triples())), fmt
    out = tmp_path / "from-store.ttl"
    result = CliRunner().invoke(cli, ["convert", "--store", str(tmp_path / "st"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == serialize(quads, "TURTLE")


def _a_only():
    documents, statements = sample_documents()
    return documents[:1], [s for s in statements if s.document == documents[0].id]


def test_store_exports_follow_the_mention_recount(tmp_path):
    build_a, build_b, both = _split()
    with open_store(tmp_path / "st", create=True) as store:
        store.add(build_a)
        store.add(build_b)  # the statement both report: its count in doc-a's graph goes from 1 to 2
        assert store.export("TRIG")[0] == serialize(both, "TRIG")
        assert store.export("TURTLE")[0] == serialize(both, "TURTLE")
        store.remove("doc-b")
        assert store.export("TURTLE")[0] == serialize(to_quads(*_a_only()), "TURTLE")


def test_store_holds_data_only(tmp_path):
    """Documents, their union, the three support graphs and the vocabulary: no literal copies of graphs."""
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        names = {g.value for g in store.oxigraph.named_graphs()}
        documents = {d.iri for d in store.documents()}
        assert names == documents | {DOCUMENTS_GRAPH, VOCABULARY_GRAPH, *SUPPORT_GRAPHS.values()}
        longest = max(len(q.object.value) for q in store.oxigraph.quads_for_pattern(None, None, None, None)
                      if isinstance(q.object, ox.Literal))
        assert longest < 5000  # no graph held as one N-Triples literal


def test_store_drops_the_literal_copies_an_older_version_kept(tmp_path):
    old = ox.NamedNode("https://w3id.org/stancegraph/graph/canonical")
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        store.oxigraph.add(ox.Quad(old, old, ox.Literal("<a> <b> <c> ."), old))
        store.remove("doc-b")
        assert not store.oxigraph.contains_named_graph(old)


def test_store_does_not_see_the_ontology_as_changed_on_every_run(tmp_path):
    """The ontology's blank nodes get new labels at every parse: graphs are compared without them."""
    with open_store(tmp_path / "st", create=True) as store:
        store.add(sample_dataset())
        ontology = ox.NamedNode(SUPPORT_GRAPHS["stancegraph.ttl"])
        assert any(isinstance(q.subject, ox.BlankNode) for q in store.oxigraph.quads_for_pattern(None, None, None, ontology))
        assert store._support_changes() == []
        store.oxigraph.remove_graph(ontology)
        assert [name for name, _ in store._support_changes()] == [ontology.value]
        assert store.add(sample_dataset()).summary() == "2 unchanged"  # the ontology went back in
        assert store._support_changes() == []
