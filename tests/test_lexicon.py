"""The lexicon as data (ontology/lexicon/*.toml), the code book's rule properties, regions, and a user's
--lexicon / --actors files."""
import datetime as dt

import pytest
from click.testing import CliRunner

from stancegraph.cli import cli
from stancegraph.errors import DataFileError, StanceGraphError
from stancegraph.kb import lexicon as lexicon_module
from stancegraph.kb.codebook import load_codebook, negated_types, types_with
from stancegraph.kb.lexicon import ENV_VAR, TABLES, Lexicon, active, use
from stancegraph.kb.places import REGIONS, country_of_place
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document
from stancegraph.rules.extract import stance_statements

USER_VERB = 'verb_cues = { DISAPPROVE = ["excoriate"] }\n'
USER_ACTOR = """
[persons.jane-quxley]
label = "Jane Quxley"
aliases = ["Quxley"]
posts = [{org = "FRA", title = "Foreign Minister", start = 2020-01-01}]
"""


@pytest.fixture
def restore_lexicon(monkeypatch):
    """Put the active lexicon and the environment back after a test that installs a user lexicon."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    previous = active()
    yield
    use(previous)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- packaged data

def test_lexicon_packaged_has_every_table_and_is_cached_and_immutable():
    lex = Lexicon.load()
    assert Lexicon.load() is lex
    for name, shape in TABLES.items():
        value = getattr(lex, name)
        assert value or name == "verb_pattern_bare_types", name
        assert isinstance(value, frozenset) == (shape == "words"), name
        assert isinstance(value, tuple) == (shape == "patterns"), name
    assert lex.phrasal_cues[("crack", "down")] == "COERCE"
    assert lex.marchers >= lex.protest_crowds
    with pytest.raises(AttributeError):
        lex.verb_cues = {}
    with pytest.raises(TypeError):
        lex.verb_cues["excoriate"] = "DISAPPROVE"


def test_lexicon_event_types_are_code_book_types():
    types = set(load_codebook())
    lex = Lexicon.load()
    for name, shape in TABLES.items():
        if shape in ("by_type", "pairs", "mapping"):
            assert set(getattr(lex, name).values()) <= types, name


def test_lexicon_upper_case_names_read_the_active_lexicon():
    assert lexicon_module.VERB_CUES is active().verb_cues
    with pytest.raises(AttributeError):
        lexicon_module.NO_SUCH_TABLE


def test_codebook_rule_properties():
    assert types_with("symmetric") == {"CONSULT", "AGREE", "COOPERATE", "FIGHT"}
    assert types_with("self_targeting") == {"MOBILIZE"}
    assert types_with("takes_content") == {"DEMAND", "APPEAL", "THREATEN", "AGREE", "REJECT", "DISAPPROVE",
                                           "SUPPORT", "CONCEDE", "MOBILIZE", "PROTEST"}
    assert negated_types() == {"AGREE": "REJECT", "SUPPORT": "REJECT", "CONCEDE": "REJECT"}


def test_places_regions_from_sources_file():
    assert REGIONS["crimea"] == "UA" and REGIONS["sahel"] is None
    assert country_of_place("the West Bank") == "PS"


# ---------------------------------------------------------------- user lexicon

def test_lexicon_extra_file_adds_entries(tmp_path):
    path = write(tmp_path, "mine.toml", USER_VERB + 'phrasal_cues = { "rail against" = "DISAPPROVE" }\n'
                 'group_nouns = ["gendarmes"]\n')
    lex = Lexicon.load(extra=[path])
    packaged = Lexicon.load()
    assert lex.verb_cues["excoriate"] == "DISAPPROVE" and "excoriate" not in packaged.verb_cues
    assert lex.phrasal_cues[("rail", "against")] == "DISAPPROVE"
    assert "gendarmes" in lex.group_nouns and lex.group_nouns > packaged.group_nouns
    assert list(lex.verb_cues)[:len(packaged.verb_cues)] == list(packaged.verb_cues)  # packaged order kept


def test_lexicon_user_verb_makes_a_new_statement(nlp, tmp_path, restore_lexicon):
    text = "Russia excoriated NATO on Monday."
    registry = ActorRegistry.load()
    document = Document(id="t", text=text, date=dt.date(2022, 1, 10))
    assert list(stance_statements(nlp(text), document, registry)) == []
    use(Lexicon.load(extra=[write(tmp_path, "mine.toml", USER_VERB)]))
    found = list(stance_statements(nlp(text), document, registry))
    assert [(s.type, s.speaker.actor.id, [t.actor.id for t in s.targets]) for s in found] == [
        ("DISAPPROVE", "RUS", ["NATO"])]


@pytest.mark.parametrize("text, line, words", [
    ('# mine\n\nverb_cues = { DISAPPROVE = ["x"\nlight_verbs = []\n', "line 4", "not valid TOML"),
    ('light_verbs = ["x"]\nfoo = ["y"]\n', "line 2", "unknown table 'foo'"),
    ('# mine\nverb_cues = { DISAPPROV = ["x"] }\n', "line 2", "unknown event type 'DISAPPROV'"),
    ('light_verbs = "x"\n', "line 1", "must be a list of words"),
    ('phrasal_cues = { "rail" = "DISAPPROVE" }\n', "line 1", "two-word keys"),
])
def test_lexicon_bad_file_is_a_one_line_error_with_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(DataFileError) as err:
        Lexicon.load(extra=[path])
    message = str(err.value)
    assert "\n" not in message and str(path) in message and line in message and words in message
    assert isinstance(err.value, StanceGraphError)


def test_lexicon_missing_file():
    with pytest.raises(DataFileError, match="cannot read lexicon file 'no-such.toml'"):
        Lexicon.load(extra=["no-such.toml"])


# ---------------------------------------------------------------- user actors

def test_registry_extra_actor_with_dated_post(tmp_path):
    registry = ActorRegistry.load(extra=[write(tmp_path, "actors.toml", USER_ACTOR)])
    assert [a.id for a, _ in registry.lookup("Quxley")] == ["jane-quxley"]
    assert registry.state_of("jane-quxley", dt.date(2022, 1, 10)).id == "FRA"
    assert registry.state_of("jane-quxley", dt.date(2019, 1, 10)) is None
    assert "jane-quxley" not in ActorRegistry.load()  # the packaged registry is unchanged
    assert len(registry) == len(ActorRegistry.load()) + 1


def test_registry_extra_names_for_a_registered_actor(tmp_path):
    registry = ActorRegistry.load(extra=[write(tmp_path, "actors.toml", '[states.RUS]\nmetonyms = ["Lubyanka"]\n')])
    assert [(a.id, how) for a, how in registry.lookup("Lubyanka")] == [("RUS", "metonym")]


def test_registry_user_actor_is_coded_to_its_state(nlp, tmp_path):
    from stancegraph.nlp.pipeline import make_nlp

    registry = ActorRegistry.load(extra=[write(tmp_path, "actors.toml", USER_ACTOR)])
    text = "Jane Quxley condemned Russia on Tuesday."
    found = list(stance_statements(make_nlp(None, registry)(text), Document(id="t", text=text, date=dt.date(2022, 1, 10)),
                                   registry))
    assert [(s.speaker.actor.id, s.speaker.state.id, s.type) for s in found] == [("jane-quxley", "FRA", "DISAPPROVE")]


@pytest.mark.parametrize("text, words", [
    ('[persons.x]\nlabel = "X"\nposts = [{org = "ZZZ", title = "Envoy"}]\n', "line 1: post 'Envoy' of 'x' is held in unknown actor 'ZZZ'"),
    ('\n[persons.x]\nlabel = "X"\nposts = [{org = "FRA", title = "Envoy", start = "2020-01-01"}]\n', "line 2"),
    ('[persons.x]\naliases = ["X"]\n', "a new actor needs a label"),
    ('[people.x]\nlabel = "X"\n', "unknown table [people]"),
    ('[persons.x]\nlabel = "X"\nnick = "x"\n', "unknown keys ['nick']"),
    ('[persons.x\n', "not valid TOML"),
])
def test_registry_bad_actors_file_is_a_one_line_error(tmp_path, text, words):
    path = write(tmp_path, "actors.toml", text)
    with pytest.raises(DataFileError) as err:
        ActorRegistry.load(extra=[path])
    assert "\n" not in str(err.value) and str(path) in str(err.value) and words in str(err.value)


# ---------------------------------------------------------------- CLI

def test_cli_extract_with_user_lexicon_and_actors(nlp, tmp_path, restore_lexicon):
    article = write(tmp_path, "a.txt", "Russia excoriated NATO on Monday.\n\nJane Quxley condemned Russia on Tuesday.\n")
    plain = CliRunner().invoke(cli, ["extract", str(article), "--date", "2022-01-10"])
    assert plain.exit_code == 0, plain.output
    result = CliRunner().invoke(cli, ["extract", str(article), "--date", "2022-01-10",
                                      "--lexicon", str(write(tmp_path, "lex.toml", USER_VERB)),
                                      "--actors", str(write(tmp_path, "actors.toml", USER_ACTOR))])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == len(plain.output.splitlines()) + 1
    assert '"iri": "https://w3id.org/stancegraph/actor/jane-quxley"' in result.output
    assert '"iso3": "FRA"' in result.output


def test_cli_build_bad_lexicon_is_one_line_error(tmp_path, restore_lexicon):
    bad = write(tmp_path, "bad.toml", 'verb_cues = { DISAPPROVE = ["x"\nlight_verbs = []\n')
    result = CliRunner().invoke(cli, ["build", str(write(tmp_path, "a.txt", "Russia met NATO.")), "-o",
                                      str(tmp_path / "out"), "--lexicon", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: lexicon file") and "line 2" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_lexicon_extra_construction_words_extend_one_list(tmp_path):
    path = write(tmp_path, "mine.toml", 'construction_words = { deploying_verbs = ["redeploy"], new_list = ["x"] }\n')
    lex = Lexicon.load(extra=[path])
    packaged = Lexicon.load().construction_words
    assert lex.construction_words["deploying_verbs"] == packaged["deploying_verbs"] | {"redeploy"}
    assert lex.construction_words["new_list"] == {"x"}
    assert lex.construction_words["joint_words"] == packaged["joint_words"]
