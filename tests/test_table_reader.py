"""Tests of stancegraph.analysis.table_reader: the flat SPARQL reads of a hand-built graph."""
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

from stancegraph.analysis.table_reader import (
    as_int, local_name, read_actors, read_documents, read_issues, read_mentions, read_states_of, read_statements,
    union_view,
)
from stancegraph.kb.vocab import ACTOR, DOCUMENT, ISSUE, MENTION, OA, ORG, SG, STATEMENT, WD

RUS, KREMLIN, PUTIN = ACTOR.RUS, ACTOR.kremlin, ACTOR["vladimir-putin"]


def sample_graph():
    g = Graph()
    for t in [
        (RUS, RDF.type, SG.State), (RUS, SKOS.prefLabel, Literal("Russie", lang="fr")),
        (RUS, SKOS.prefLabel, Literal("Russia", lang="en")), (RUS, SG.iso3, Literal("RUS")),
        (RUS, OWL.sameAs, WD.Q159), (RUS, OWL.sameAs, ACTOR.elsewhere),
        (KREMLIN, RDF.type, SG.GovernmentBody), (KREMLIN, RDF.type, SG.OtherGroup), (KREMLIN, SG.partOf, RUS),
        (PUTIN, RDF.type, SG.Person), (ACTOR.post1, ORG.member, PUTIN), (ACTOR.post1, ORG.organization, RUS),
        (STATEMENT.s1, SG.speaker, RUS), (STATEMENT.s1, SG.issue, ISSUE.talks), (ISSUE.talks, SKOS.prefLabel, Literal("talks")),
        (STATEMENT.s1, SG.hasMention, MENTION.m1), (STATEMENT.s1, SG.hasMention, MENTION.m2),
        (MENTION.m1, OA.hasSource, DOCUMENT.d2), (MENTION.m2, OA.hasSource, DOCUMENT.d1),
        (MENTION.m1, SG.speakerText, Literal("Moscow")), (MENTION.m1, SG.targetText, Literal("Kyiv")),
        (MENTION.m1, SG.targetText, Literal("Berlin")),
        (DOCUMENT.d1, DCTERMS.date, Literal("2022-01-05T10:00:00")), (DOCUMENT.d1, DCTERMS.identifier, Literal("a1")),
        (DOCUMENT.d2, DCTERMS.date, Literal("not a date")),
        (STATEMENT.s2, SG.target, RUS),  # no speaker: not a statement the views read
    ]:
        g.add(t)
    return g


def test_table_reader_statements_need_a_speaker():
    statements = read_statements(sample_graph())
    assert list(statements) == [str(STATEMENT.s1)]
    assert statements[str(STATEMENT.s1)][SG.issue] == {str(ISSUE.talks)}


def test_table_reader_actors_prefer_english_labels_and_the_first_kind():
    actors = read_actors(sample_graph())
    assert actors[str(RUS)] == {"label": "Russia", "kind": "state", "iso3": "RUS", "wikidata": "Q159"}
    assert actors[str(KREMLIN)]["kind"] == "organ"  # GovernmentBody comes before OtherGroup
    assert actors[str(PUTIN)]["label"] is None


def test_table_reader_mentions_documents_issues_states():
    g = sample_graph()
    mentions = read_mentions(g)
    assert mentions[str(MENTION.m1)]["speaker_text"] == "Moscow"
    assert mentions[str(MENTION.m1)]["target_texts"] == ["Berlin", "Kyiv"]
    documents = read_documents(g)
    assert documents[str(DOCUMENT.d1)]["date"] == "2022-01-05" and documents[str(DOCUMENT.d1)]["id"] == "a1"
    assert documents[str(DOCUMENT.d2)]["date"] is None  # malformed: ignored with a warning
    assert read_issues(g) == {str(ISSUE.talks): "talks"}
    assert read_states_of(g) == {str(KREMLIN): frozenset({str(RUS)}), str(PUTIN): frozenset({str(RUS)})}


def test_table_reader_union_view_of_a_dataset_sees_named_graphs():
    ds = Dataset()
    ds.graph(DOCUMENT.d1).add((STATEMENT.s1, SG.speaker, RUS))
    assert read_statements(ds) == {}
    assert list(read_statements(union_view(ds))) == [str(STATEMENT.s1)]
    g = Graph()
    assert union_view(g) is g


def test_table_reader_small_helpers():
    assert local_name("https://w3id.org/stancegraph/codebook/DEMAND", "https://w3id.org/stancegraph/codebook/") == "DEMAND"
    assert local_name("http://ex.org/x#y") == "y"
    assert as_int("3") == 3 and as_int(Literal(2)) == 2 and as_int("many") is None
