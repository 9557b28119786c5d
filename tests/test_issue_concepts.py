"""Issue concepts on the real pipeline, from phrases of real press releases (../shared/corpus): a content noun
phrase, normalised, optionally linked to the curated issue vocabulary (ontology/issues.ttl)."""
import pytest

from stancegraph.kb.issue_vocabulary import IssueVocabulary
from stancegraph.rules.issues import issue_concept


def concept(nlp, text, start, end=None):
    doc = nlp(text)
    words = [t for t in doc]
    first = next(i for i, t in enumerate(words) if t.text == start)
    last = len(words) if end is None else next(i for i, t in enumerate(words) if t.text == end and i >= first) + 1
    return issue_concept(words[first:last])


@pytest.mark.parametrize("text, start, end, expected", [
    # a light noun with "of": the issue is its object
    ("They supported the idea of creating an associated trio.", "idea", "trio", "trio"),
    ("We discussed the possibility of Azerbaijan's involvement in the process.", "possibility", "process", None),
    # the hyphenated noun is one word, its parts once
    ("We are concerned about the military build-up near the border.", "military", "up", "build-up"),
    # pronouns, relatives, light nouns and infinitives are no issue
    ("Russia rejected it.", "it", None, None),
    ("They talked about each other.", "each", "other", None),
    ("The President declined to comment.", "to", "comment", None),
    ("We also appreciate Russia's support, including advice, on this issue.", "this", "issue", None),
    # an event noun is the event, its issue its argument: "support for X"; alone it names no issue
    ("He thanked Kazakhstan for their invaluable support.", "their", "support", None),
    ("We count on the support for Ukraine's European future.", "the", "future", "ukraine future"),
    # nouns of speech acts, occasions and aims: their argument, else no issue; persons as possessors say whose
    ("He thanked Putin for his kind invitation.", "his", "invitation", None),
    ("He congratulated Macron on his 95th birthday.", "his", "birthday", None),
    ("They welcomed Russia's plans to achieve carbon neutrality by 2060.", "Russia", "2060", "carbon neutrality"),
    # places and agents are where and who, not what
    ("The shelling of our cities continued.", "our", "cities", None),
    ("He met with Ukrainian civilians.", "Ukrainian", "civilians", None),
])
def test_issue_concepts_are_content_noun_phrases(nlp, text, start, end, expected):
    assert concept(nlp, text, start, end) == expected


@pytest.mark.parametrize("label, concept_", [
    ("nato expansion", "nato-expansion"), ("russia sanctions", "sanctions"), ("refugee", "refugees"),
    ("ukraine sovereignty integrity", "territorial-integrity"), ("gold reserve", None),
])
def test_issue_concepts_link_to_the_vocabulary(label, concept_):
    assert IssueVocabulary.load().concept_of(label) == concept_


def test_issue_vocabulary_keeps_its_attribution():
    from importlib.resources import files

    text = (files("stancegraph.ontology") / "issues.ttl").read_text(encoding="utf-8")
    assert "Open Event Data" in text and "MIT" in text and "skos:ConceptScheme" in text
