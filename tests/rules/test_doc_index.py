"""The per-Doc index the rules' passes share (stancegraph.rules.doc_index): its columns are the tokens' own
attributes, it is rebuilt for another Doc or a retokenised one, and the passes that use it to skip tokens
find exactly what they find walking every token (on the real pipeline and the example article)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.rules import doc_index
from stancegraph.rules.doc_index import DocIndex, ents, select, select_any, sentences, span_tokens, tokens, tokens_containing

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"


@pytest.fixture(scope="module")
def example_doc(nlp):
    return nlp(EXAMPLE.read_text(encoding="utf-8"))


def test_doc_index_columns_are_the_token_attributes(example_doc):
    index = DocIndex(example_doc)
    reads = {"pos": lambda t: t.pos_, "tag": lambda t: t.tag_, "dep": lambda t: t.dep_, "lower": lambda t: t.lower_,
             "lemma": lambda t: t.lemma_.lower(), "ent_type": lambda t: t.ent_type_, "text": lambda t: t.text,
             "is_space": lambda t: t.is_space, "ent_iob": lambda t: t.ent_iob_, "text_with_ws": lambda t: t.text_with_ws}
    for name, read in reads.items():
        assert getattr(index, name) == [read(t) for t in example_doc], name
    assert [t.i for t in index.tokens] == list(range(len(example_doc)))
    assert [(s.start, s.end) for s in index.sents] == [(s.start, s.end) for s in example_doc.sents]
    assert sentences(example_doc) is sentences(example_doc) and sentences(example_doc) == list(example_doc.sents)
    assert ents(example_doc) is ents(example_doc) and ents(example_doc) == example_doc.ents
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in ents(example_doc)] == [
        (e.start, e.end, e.label_, e.ent_id_) for e in example_doc.ents]
    sent = index.sents[3]
    spans = [(s.start, s.end) for s in index.sents] + [(e.start, e.end) for e in ents(example_doc)] + [(5, 5), (0, 1)]
    assert [index.span_text(a, b) for a, b in spans] == [example_doc[a:b].text for a, b in spans]
    assert [t.i for t in span_tokens(sent)] == [t.i for t in sent]


def test_doc_index_select_keeps_text_order_and_every_match(example_doc):
    found = select(example_doc, pos={"PROPN"}, dep={"nsubj", "pobj"})
    assert [t.i for t in found] == [t.i for t in example_doc if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "pobj")]
    either = select_any(example_doc, lower={"he", "it"}, lemma={"country"})
    assert [t.i for t in either] == [t.i for t in example_doc if t.lower_ in ("he", "it") or t.lemma_.lower() == "country"]
    assert [t.i for t in tokens_containing(example_doc, "-")] == [t.i for t in example_doc if "-" in t.text]



@pytest.mark.parametrize("count", [0, 1, 3, 12, 13, 20, 40, 41])
def test_doc_index_select_finds_any_number_of_wanted_words(example_doc, count):
    """A few wanted words are compared one by one, more are looked up sorted, past _FEW_VALUES per token:
    every way finds what a walk over the tokens finds (wanted words in and out of the Doc)."""
    words = sorted({t.lower_ for t in example_doc})
    wanted = set(words[::7][:count // 2]) | {f"absent{n}" for n in range(count - count // 2)}
    assert len(wanted) == count
    assert [t.i for t in select(example_doc, lower=wanted)] == [t.i for t in example_doc if t.lower_ in wanted]
    assert [t.i for t in select(example_doc, dep={"pobj"}, lower=wanted)] == [
        t.i for t in example_doc if t.dep_ == "pobj" and t.lower_ in wanted]

def test_doc_index_is_rebuilt_for_another_doc_and_after_retokenising(nlp):
    first, second = nlp("Russia warned NATO."), nlp("Putin met Biden in Geneva.")
    assert tokens(first) is tokens(first)
    assert [t.text for t in tokens(second)] == ["Putin", "met", "Biden", "in", "Geneva", "."]
    assert [t.text for t in tokens(first)] == ["Russia", "warned", "NATO", "."]
    with second.retokenize() as retokenizer:
        retokenizer.merge(second[2:5])
    assert [t.text for t in tokens(second)] == ["Putin", "met", "Biden in Geneva", "."]
    assert doc_index.doc_index(second).pos == [t.pos_ for t in second]


def _every_token(doc, **_allowed):
    return list(doc)


class _Everything:
    """A set that holds every word: noun_type then reads every noun's modifiers, as before its look-up shortcut."""

    def __contains__(self, _word) -> bool:
        return True


def test_passes_that_skip_tokens_find_what_walking_every_token_finds(nlp, example_doc, monkeypatch):
    """Each pass keeps its own full test after the index's selection, so walking every token must give the
    same statements: a rule added to one of those loops that the selection would skip fails here."""
    from stancegraph.rules.extract import stance_statements

    registry = ActorRegistry.load()
    document = Document(id="ex", text=example_doc.text, date=dt.date(2022, 1, 20))
    fast = list(stance_statements(example_doc, document, registry))
    for module in ("actors", "coreference", "quotations", "sectors", "names", "organs", "publisher", "named_bodies",
                   "subject_titles", "placed_agents"):
        target = __import__(f"stancegraph.rules.{module}", fromlist=["_"])
        for name in ("select", "select_any", "tokens_containing"):
            if hasattr(target, name):
                monkeypatch.setattr(target, name, lambda doc, *args, **kw: _every_token(doc))
    # find_cues asks every token of the sentence; noun_type reads every noun's modifiers
    from stancegraph.rules import cues, event_nouns

    monkeypatch.setattr(cues, "verb_candidates", lambda sent: list(sent))
    monkeypatch.setattr(cues, "noun_candidates", lambda sent: list(sent))
    monkeypatch.setattr(event_nouns, "_read_in_context", lambda lex: _Everything())
    slow = list(stance_statements(example_doc, document, registry))
    assert len(fast) > 10
    assert slow == fast


def test_string_columns_stay_right_when_the_shared_table_is_emptied(example_doc, nlp, monkeypatch):
    """The process-wide table of strings (keys are string hashes, the same in every Vocab) gives each Doc its own
    words, also after it was emptied for growing past its limit, and for a Doc of another vocabulary."""
    monkeypatch.setattr(doc_index, "_TABLE_LIMIT", 50)
    other = spacy.blank("en")("Zelenskyy thanked Lithuania .")
    for doc in (example_doc, other, example_doc):
        index = DocIndex(doc)
        assert index.lower == [t.lower_ for t in doc] and index.lemma == [t.lemma_.lower() for t in doc]
        assert index.text == [t.text for t in doc]
    assert len(doc_index._STRINGS) <= 50 + len(set(t.text for t in example_doc) | set(t.lower_ for t in example_doc))
