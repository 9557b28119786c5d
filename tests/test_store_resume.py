"""build --store parses only what the store does not hold yet: re-runs, stopped builds, a changed extractor."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.rdf.store import open_store
from stancegraph.run import build as build_module
from stancegraph.run.resume import build_into_store, extractor_fingerprint
from test_query_library import sample_dataset, sample_documents
from test_store_faults import visible


@pytest.fixture()
def parsed(monkeypatch):
    """extract_documents replaced by the sample's statements; yields the ids of the documents it was given."""
    seen: list[str] = []
    _, statements = sample_documents()

    def extract(documents, nlp=None, registry=None, *, stop_at=None, **options):
        for document in documents:
            seen.append(document.id)
            if document.id == stop_at:
                raise KeyboardInterrupt
            yield document, [s for s in statements if s.document == document.id]

    monkeypatch.setattr(build_module, "extract_documents", extract)
    return seen


def test_store_resume_a_rerun_parses_nothing(tmp_path, parsed):
    documents, _ = sample_documents()
    with open_store(tmp_path / "st", create=True) as store:
        first = build_into_store(documents, store)
        assert (first.report.summary(), first.parsed, first.known) == ("2 added", 2, 0)
        again = build_into_store(documents, store)
        assert (again.report.summary(), again.parsed, again.known) == ("2 unchanged", 0, 2)
        assert parsed == ["doc-a", "doc-b"]  # the second run parsed nothing


def test_store_resume_a_changed_extractor_parses_again(tmp_path, parsed):
    documents, _ = sample_documents()
    lexicon = tmp_path / "extra.toml"
    lexicon.write_text("# one more cue\n")
    assert extractor_fingerprint(data_files=[lexicon]) != extractor_fingerprint()
    with open_store(tmp_path / "st", create=True) as store:
        build_into_store(documents, store)
        other = build_into_store(documents, store, data_files=[lexicon])
        assert (other.report.summary(), other.parsed) == ("2 unchanged", 2)  # parsed again, same statements
        assert build_into_store(documents, store, data_files=[lexicon]).parsed == 0


def test_store_resume_a_stopped_build_resumes_after_the_last_commit(tmp_path, parsed):
    documents, _ = sample_documents()
    with open_store(tmp_path / "clean", create=True) as clean:
        clean.add(sample_dataset())
        expected = visible(clean)[0]
    with open_store(tmp_path / "st", create=True) as store:
        with pytest.raises(KeyboardInterrupt):
            build_into_store(documents, store, batch=1, stop_at="doc-b")
        assert [d.identifier for d in store.documents()] == ["doc-a"]  # the first batch was committed
        parsed.clear()
        rerun = build_into_store(documents, store, batch=1)
        assert parsed == ["doc-b"] and rerun.report.summary() == "1 added, 1 unchanged"
        assert visible(store) == (expected, set())  # as one uninterrupted build (mention counts too)


def test_store_resume_cli_second_run_loads_no_model(tmp_path, monkeypatch):
    corpus = tmp_path / "one.txt"
    corpus.write_text("Russia demanded that NATO stop its eastward expansion.\n", encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert first.exit_code == 0 and "1 added" in first.output, first.output

    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(build_module, "make_nlp", no_model)
    again = runner.invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert again.exit_code == 0, again.output
    assert "1 unchanged (1 stored already, not parsed again)" in again.output
    assert "0 document(s) parsed" in again.output
