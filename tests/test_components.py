"""stancegraph's spaCy components: factories with configs, doc._.statements, a saved pipeline that loads
in a fresh process (through the spacy_factories entry points), and pipelines that callers do not share."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import stancegraph
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.nlp.components import StatementExtractor, hard_wrapped
from stancegraph.nlp.pipeline import make_nlp
from stancegraph.read.clean import masked_text
from stancegraph.read.ingest import load_documents
from stancegraph.run.build import build_graph
from stancegraph.run.outputs import statement_record

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"
FACTORIES = ("stancegraph_paragraphs", "stancegraph_repairs", "stancegraph_statements")


@pytest.fixture(scope="module")
def pipeline():
    return stancegraph.load()


def records(statements) -> list[str]:
    return [json.dumps(statement_record(st), sort_keys=True) for st in statements]


def test_components_factories_are_entry_points():
    declared = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    for name in FACTORIES:
        assert declared.get(name, "").startswith("stancegraph.nlp.components:"), name
        assert Language.has_factory(name)


def test_components_statements_factory_config():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("stancegraph_statements", config={"actors": "my-actors.ttl"})
    assert isinstance(component, StatementExtractor) and component.actors == "my-actors.ttl"
    assert nlp.get_pipe_meta("stancegraph_statements").assigns == ["doc._.statements"]
    assert nlp.config["components"]["stancegraph_statements"]["actors"] == "my-actors.ttl"


def test_components_load_puts_statements_on_the_doc(pipeline):
    assert pipeline.pipe_names[-1] == "stancegraph_statements"
    doc = pipeline("Russia accused NATO of provoking the crisis.")
    assert [(s.speaker.actor.id, [t.actor.id for t in s.targets], s.type) for s in doc._.statements] == [
        ("RUS", ["NATO"], "DISAPPROVE")]


def test_components_statements_equal_the_builds(pipeline):
    """The component gives the statements the build's fast path gives (the document from the pipe's context)."""
    documents = list(load_documents([EXAMPLE]))
    built = build_graph(documents).statements
    piped = [st for doc, _ in pipeline.pipe(((masked_text(d), d) for d in documents), as_tuples=True)
             for st in doc._.statements]
    assert built and records(piped) == records(built)


def test_components_document_attribute_sets_id_and_date(pipeline):
    document = Document(id="d1", text="China praised Russia on Monday.", date=__import__("datetime").date(2022, 2, 9))
    doc = pipeline.make_doc(document.text)
    doc._.document = document
    for _, proc in pipeline.pipeline:
        doc = proc(doc)
    assert [(s.document, s.date) for s in doc._.statements] == [("d1", __import__("datetime").date(2022, 2, 7))]


def test_components_build_skips_the_statements_component(pipeline, monkeypatch):
    """Given a pipeline with the component, the build still reads statements once, on its fast path."""
    calls = []
    extractor = pipeline.get_pipe("stancegraph_statements")
    monkeypatch.setattr(type(extractor), "__call__", lambda self, doc: calls.append(doc) or doc)
    result = build_graph([Document(id="d", text="China praised Russia.")], pipeline)
    assert [s.type for s in result.statements] == ["SUPPORT"] and calls == []


def test_components_each_caller_gets_its_own_pipeline():
    first, second = make_nlp(), make_nlp()
    assert first is not second and first.vocab is not second.vocab
    first.remove_pipe("stancegraph_actors")  # a caller changes its pipeline ...
    first.get_pipe("stancegraph_paragraphs").name = "changed"
    assert "stancegraph_actors" in second.pipe_names  # ... the other's is untouched
    assert second("Putin met Biden.").ents[0].ent_id_.startswith("vladimir-putin")
    assert "stancegraph_actors" in make_nlp().pipe_names


def test_components_custom_registry_travels_with_the_pipeline(tmp_path):
    """A registry object given to the pipeline is saved with it (the packaged one is not: it is in the package)."""
    from importlib.resources import files

    own = ActorRegistry.load(Path(str(files("stancegraph.ontology") / "actors.ttl")))  # a copy, not the packaged object
    nlp = spacy.blank("en")
    nlp.add_pipe("stancegraph_statements").use_registry(own)
    nlp.to_disk(tmp_path / "p")
    assert (tmp_path / "p" / "stancegraph_statements" / "registry.pickle").exists()
    loaded = spacy.load(tmp_path / "p").get_pipe("stancegraph_statements").registry
    assert loaded is not own and sorted(loaded.actors) == sorted(own.actors)
    packaged = spacy.blank("en")
    packaged.add_pipe("stancegraph_statements").use_registry(ActorRegistry.load())
    packaged.to_disk(tmp_path / "q")
    assert not (tmp_path / "q" / "stancegraph_statements" / "registry.pickle").exists()


def test_components_saved_pipeline_loads_in_a_fresh_process(pipeline, tmp_path):
    """nlp.to_disk, then spacy.load in a new Python that does not import stancegraph: same statements."""
    path = tmp_path / "pipeline"
    pipeline.to_disk(path)
    documents = list(load_documents([EXAMPLE]))
    expected = records(build_graph(documents).statements)
    script = textwrap.dedent("""
        import json, pickle, sys
        import spacy
        nlp = spacy.load(sys.argv[1])
        document = pickle.loads(open(sys.argv[2], "rb").read())
        assert "stancegraph" in sys.modules  # imported by spaCy, through the entry points, not by us
        from stancegraph.read.clean import masked_text
        from stancegraph.run.outputs import statement_record
        doc = nlp.make_doc(masked_text(document))
        doc._.document = document
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        print(json.dumps([json.dumps(statement_record(st), sort_keys=True) for st in doc._.statements]))
    """)
    saved = tmp_path / "document.pickle"
    saved.write_bytes(__import__("pickle").dumps(documents[0]))
    out = subprocess.run([sys.executable, "-c", script, str(path), str(saved)], capture_output=True, text=True,
                         check=True, cwd=tmp_path)
    assert json.loads(out.stdout) == expected


def test_components_saved_pipeline_without_stancegraph_import(pipeline, tmp_path):
    """spacy.load alone finds the factories (the E002 "Can't find factory" of issue 10)."""
    path = tmp_path / "pipeline"
    pipeline.to_disk(path)
    script = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); "
              "print([s.type for s in nlp('Russia accused NATO of provoking the crisis.')._.statements])")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                         cwd=tmp_path)
    assert out.stdout.strip() == "['DISAPPROVE']"


@pytest.mark.parametrize("text, wrapped", [
    ("Headline\n\nOne short paragraph.\n", False),
    ("\n".join(["This line of hard-wrapped prose is sixty-odd characters long and"] * 5), True),
])
def test_components_hard_wrapped(text, wrapped):
    assert hard_wrapped(text) is wrapped


def test_components_make_nlp_of_a_saved_pipeline(pipeline, tmp_path):
    """A pipeline saved with our components loads through make_nlp / stancegraph.load as it was saved."""
    pipeline.to_disk(tmp_path / "p")
    again = stancegraph.load(str(tmp_path / "p"))
    assert again.pipe_names == pipeline.pipe_names
    assert [s.type for s in again("China praised Russia.")._.statements] == ["SUPPORT"]
