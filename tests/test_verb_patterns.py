"""Verb patterns as data (ontology/lexicon/cameo_verbs.toml and a user's --lexicon file) compiled into one
DependencyMatcher: an object, particle or preposition phrase decides the verb's type."""
import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from stancegraph.errors import DataFileError
from stancegraph.kb.lexicon import ENV_VAR, Lexicon, VerbPattern, active, use
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.rules.cues import find_cues
from stancegraph.rules.extract import stance_statements
from stancegraph.rules.verb_patterns import compile_patterns, pattern_match

USER_PATTERN = 'verb_patterns = [{ verb = "torpedo", object = "talks", type = "REJECT", cameo = "125" }]\n'


@pytest.fixture
def restore_lexicon(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = active()
    yield
    use(previous)


def parsed(words, heads, deps, pos, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def cues_of(doc):
    return [(c.head.text, c.type, [w.text for w in c.words]) for c in find_cues(doc[:])]


def test_verb_patterns_packaged_from_cameo_with_code_type_and_mode():
    lex = Lexicon.load()
    assert len(lex.verb_patterns) > 3000
    lift = [p for p in lex.verb_patterns if "lift" in p.verbs and p.object == ("blockade",)]
    assert [(p.cameo, p.type, p.mode) for p in lift] == [("0872", "RETREAT", "withdraw")]
    assert all(p.type in ("FIGHT", "COERCE") for p in lex.verb_patterns if p.cameo.startswith("19"))


def test_verb_patterns_object_decides_over_the_bare_verb():
    # "ease" alone is CONCEDE in the lexicon; "eased sanctions" is CAMEO 085, RETREAT
    doc = parsed(["Washington", "eased", "sanctions", "on", "Cuba"], [1, 1, 1, 1, 3],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
                 ["Washington", "ease", "sanction", "on", "Cuba"])
    assert cues_of(doc)[0] == ("eased", "RETREAT", ["eased", "sanctions"])
    doc = parsed(["Washington", "eased"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"], ["Washington", "ease"])
    assert cues_of(doc) == [("eased", "CONCEDE", ["eased"])]


def test_verb_patterns_particle_and_modifier():
    # "put off the talks": particle + object (CAMEO 164, halt negotiations)
    doc = parsed(["Kigali", "put", "off", "the", "talks"], [1, 1, 1, 4, 1],
                 ["nsubj", "ROOT", "prt", "det", "dobj"], ["PROPN", "VERB", "ADP", "DET", "NOUN"],
                 ["Kigali", "put", "off", "the", "talk"])
    found = pattern_match(doc[1])
    assert (found.pattern.type, found.pattern.cameo) == ("SANCTION", "164")
    assert [t.text for t in found.words] == ["put", "off", "talks"]
    # "cut diplomatic relations": an object with its modifier (CAMEO 161)
    doc = parsed(["Kigali", "cut", "diplomatic", "relations"], [1, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj"],
                 ["PROPN", "VERB", "ADJ", "NOUN"], ["Kigali", "cut", "diplomatic", "relation"])
    assert pattern_match(doc[1]).pattern.object == ("diplomatic", "relations")


def test_verb_patterns_need_their_object():
    doc = parsed(["They", "lifted", "the", "box"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["PRON", "VERB", "DET", "NOUN"], ["they", "lift", "the", "box"])
    assert pattern_match(doc[1]) is None and cues_of(doc) == []


def test_verb_patterns_compiled_once_per_vocab_and_lexicon():
    vocab = spacy.blank("en").vocab
    assert compile_patterns(vocab) is compile_patterns(vocab)
    # what make_nlp compiles at load (no lexicon named) is what pattern_match reads (the active one): not twice
    assert compile_patterns(vocab) is compile_patterns(vocab, active())
    assert len(compile_patterns(vocab).matcher) < 30  # one matcher pattern per shape, not per entry


def test_verb_patterns_user_file_adds_a_pattern(tmp_path, restore_lexicon):
    path = tmp_path / "mine.toml"
    path.write_text(USER_PATTERN, encoding="utf-8")
    doc = parsed(["Moscow", "torpedoed", "the", "talks"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["PROPN", "VERB", "DET", "NOUN"], ["Moscow", "torpedo", "the", "talk"])
    assert ("torpedoed", "REJECT", ["torpedoed", "talks"]) not in cues_of(doc)
    lex = Lexicon.load(extra=[path])
    assert lex.verb_patterns[-1] == VerbPattern(("torpedo",), "REJECT", "125", object=("talks",))
    use(lex)
    assert ("torpedoed", "REJECT", ["torpedoed", "talks"]) in cues_of(doc)


def test_verb_patterns_user_pattern_makes_a_statement(nlp, tmp_path, restore_lexicon):
    path = tmp_path / "mine.toml"
    path.write_text(USER_PATTERN, encoding="utf-8")
    text = "Russia torpedoed the talks on Monday."
    document = Document(id="t", text=text, date=dt.date(2022, 1, 10))
    registry = ActorRegistry.load()
    assert "REJECT" not in [s.type for s in stance_statements(nlp(text), document, registry)]
    use(Lexicon.load(extra=[path]))
    found = [(s.type, s.speaker.actor.id) for s in stance_statements(nlp(text), document, registry)]
    assert ("REJECT", "RUS") in found


@pytest.mark.parametrize("text, words", [
    ('verb_patterns = [{ verb = "torpedo", type = "REJECT" }]\n', "needs an object, particle or prep"),
    ('verb_patterns = [{ verb = "torpedo", object = "talks", type = "REJEKT" }]\n', "unknown event type 'REJEKT'"),
    ('verb_patterns = [{ verb = "torpedo", objects = "talks", type = "REJECT" }]\n', "unknown key(s) ['objects']"),
    ('verb_patterns = [{ object = "talks", type = "REJECT" }]\n', "needs verb"),
    ('verb_patterns = { verb = "torpedo" }\n', "must be a list of tables"),
])
def test_verb_patterns_bad_entry_is_a_one_line_error(tmp_path, text, words):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        Lexicon.load(extra=[path])
    assert "\n" not in str(err.value) and str(path) in str(err.value) and words in str(err.value)


def test_verb_patterns_cli_lexicon_file_adds_a_pattern(nlp, tmp_path, restore_lexicon):
    from click.testing import CliRunner

    from stancegraph.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("Russia torpedoed the talks on Monday.\n", encoding="utf-8")
    lexicon_file = tmp_path / "lex.toml"
    lexicon_file.write_text(USER_PATTERN, encoding="utf-8")
    # --min-confidence 0: the statement names no target, below the default threshold
    plain = CliRunner().invoke(cli, ["extract", str(article), "--date", "2022-01-10", "--min-confidence", "0"])
    mine = CliRunner().invoke(cli, ["extract", str(article), "--date", "2022-01-10", "--lexicon", str(lexicon_file),
                                    "--min-confidence", "0"])
    assert plain.exit_code == 0 and mine.exit_code == 0, mine.output
    assert '"type": "REJECT"' not in plain.output and '"type": "REJECT"' in mine.output


def test_verb_patterns_synset_modifier_of_an_object():
    # CAMEO "{&MILITARY AID}" (072): the synset as the object's modifier, expanded by the compiler
    lex = Lexicon.load()
    assert any(p.object == ("&military", "aid") and p.type == "AID" for p in lex.verb_patterns)
    doc = parsed(["Kyiv", "received", "army", "aid"], [1, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj"],
                 ["PROPN", "VERB", "NOUN", "NOUN"], ["Kyiv", "receive", "army", "aid"])
    found = pattern_match(doc[1])
    assert found is not None and found.pattern.object == ("&military", "aid")


def test_verb_patterns_synset_after_a_comment_line_is_imported():
    # &CURRENCY has a comment line after its name; its words were lost before
    lex = Lexicon.load()
    assert {"money", "dollar", "euro"} <= set(lex.verb_pattern_synsets["currency"])


def test_verb_patterns_object_with_a_bare_preposition():
    # CAMEO "OPERATION (AGAINST)": the object and the preposition, with no word after it
    lex = Lexicon.load()
    assert any(p.object == ("operation",) and p.prep == ("against",) for p in lex.verb_patterns)


def test_verb_patterns_counted_object_is_the_object():
    # "delivered 20 tons of food": the amount is the parser's object, the food the pattern's
    doc = parsed(["Turkey", "delivered", "20", "tons", "of", "food"], [1, 1, 3, 1, 3, 4],
                 ["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NUM", "NOUN", "ADP", "NOUN"],
                 ["Turkey", "deliver", "20", "ton", "of", "food"])
    found = pattern_match(doc[1])
    assert found is not None and found.pattern.type == "AID" and found.words[-1].text == "food"


def test_verb_patterns_signing_an_agreement_is_agree_whatever_its_topic():
    # CAMEO codes "sign &DEFENSE &TREATY" 062 (military cooperation) by its topic; the code book's AGREE
    lex = Lexicon.load()
    signed = [p for p in lex.verb_patterns if "sign" in p.verbs and p.object[-1:] == ("&treaty",)]
    assert signed and all(p.type == "AGREE" for p in signed)


def test_verb_patterns_undergone_codes_are_flagged():
    # CAMEO "- * TANKS [:072] # RECEIVE", "- * CRITICISM [:111] # FACE": the ":" says the subject undergoes the act
    lex = Lexicon.load()
    receive = [p for p in lex.verb_patterns if "receive" in p.verbs and p.object == ("tanks",)]
    face = [p for p in lex.verb_patterns if "face" in p.verbs and p.object == ("criticism",)]
    assert receive and all(p.undergone for p in receive) and face and all(p.undergone for p in face)
    assert not any(p.undergone for p in lex.verb_patterns if "give" in p.verbs)


@pytest.mark.parametrize("text, expected", [
    # the doer is the "from" phrase, the subject the target (a statement with the subject as doer was wrong)
    ("Ukraine received tanks from the United States.", {("AID", "USA", ("UKR",))}),
    ("Russia faced criticism from the European Union.", {("DISAPPROVE", "EU", ("RUS",))}),
    # no doer named: no act (president.gov.ua, 2022: the refugees give Slovakia nothing)
    ("Today, 78,000 Ukrainians have taken refuge in Slovakia.", set()),
    # a transfer inside one state is no act between two sides, and no receiver is guessed (president.gov.ua, 2022)
    ("Communities in at least ten regions of Ukraine will receive concrete money from the central government to "
     "ensure that all IDPs are provided with everything necessary.", set()),
])
def test_verb_patterns_undergone_act_is_the_givers(nlp, text, expected):
    document = Document(id="t", text=text, date=dt.date(2022, 4, 10))
    found = {(s.type, s.speaker.actor.id, tuple(t.actor.id for t in s.targets))
             for s in stance_statements(nlp(text), document, ActorRegistry.load())}
    assert found == expected, found


def test_verb_patterns_object_before_its_verb_is_a_quotation():
    # president.gov.ua, 2022: '... Unprecedented support for the Ukrainian people from the Polish people," the
    # President said' is no "say support" (CAMEO 051) by the President; "said support" after the verb still is
    said = parsed(["Support", "for", "Kyiv", ",", "the", "President", "said"], [6, 0, 1, 6, 5, 6, 6],
                  ["dobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT"],
                  ["NOUN", "ADP", "PROPN", "PUNCT", "DET", "PROPN", "VERB"],
                  ["support", "for", "Kyiv", ",", "the", "President", "say"])
    assert pattern_match(said[6]) is None
    voiced = parsed(["The", "President", "said", "support"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                    ["DET", "PROPN", "VERB", "NOUN"], ["the", "President", "say", "support"])
    assert pattern_match(voiced[2]).pattern.type == "SUPPORT"
