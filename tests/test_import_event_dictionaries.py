"""Tests of scripts/import_event_dictionaries.py and scripts/phoenix_dictionaries.py (the Phoenix import),
on snippets copied from the real dictionaries, and of the imported actors in the packaged registry."""
import datetime as dt
import sys
import tomllib
from pathlib import Path

import pytest

from stancegraph.errors import InputError
from stancegraph.kb.imported import read_imported_table
from stancegraph.kb.registry import ActorRegistry
from stancegraph.nlp.pipeline import ruler_patterns

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
import import_event_dictionaries as imp  # noqa: E402
from phoenix_dictionaries import parse_actor_file, parse_agents, parse_date, parse_role, proper_name, split_code  # noqa: E402

# Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt (petrarch2 @ 676801cd)
COUNTRIES = """\
HAITI_  [HTI]
+HAITIAN_
PROSPER_AVRIL_  # CountryInfo.txt
\t[HTIELI 550101-880917]
\t[HTIGOV 880917-900310]
\t[HTIELI]
FIDEL_CASTRO_  # CountryInfo.txt
\t[CUBGOV 761203-080224]
\t[CUBGOV 761203-080224]
\t[CUBELI]
ABDUL_LATIF_BISWAS_  # CountryInfo.txt
\t[BGDGOVAGR >090201]
"""
INTERNATIONAL = """\
KOFI_ANNAN_\t
+SECRETARY-GENERAL_KOFI_ANNAN
+K._ANNAN_
+KOFI_ATTA_ANNAN_
\t[IGOUNO 970101-061231] 
\t[ELI]# IGOrulers.txt
MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\t[---] #MleH 06 Jul 2009# NGO_Actors
INTERNATIONAL_ASSOCIATION_OF_JUDGES_\t[NGOJUD] #MleH 01 Jul 2010
"""
MILNONSTATE = """\
ARMED_ISLAMIC_GROUP_ [DZAREB] #  kkl 21 Mar 13
+AL-JAMAAH_AL-ISLAMIYAH_AL-MUSALLAH_
BLACK_STAR_ [GRCREB] #  kkl 21 Mar 13
21_JUNE_ [GRCREB] #  kkl 21 Mar 13
"""


def test_parse_actor_file_reads_names_synonyms_and_roles():
    entries = parse_actor_file(COUNTRIES.splitlines())
    assert [e.name for e in entries] == ["HAITI", "PROSPER AVRIL", "FIDEL CASTRO", "ABDUL LATIF BISWAS"]
    assert entries[0].aliases == ["HAITIAN"]
    avril = entries[1]
    assert [(r.code, r.start, r.end, r.dated) for r in avril.roles] == [
        ("HTIELI", dt.date(1955, 1, 1), dt.date(1988, 9, 17), True),
        ("HTIGOV", dt.date(1988, 9, 17), dt.date(1990, 3, 10), True),
        ("HTIELI", None, None, False)]
    montas = parse_actor_file(INTERNATIONAL.splitlines())[1]
    assert [(r.code, r.end) for r in montas.roles] == [("HTIOPPMED", dt.date(2006, 12, 31)), ("IGOUNOMED", None)]


@pytest.mark.parametrize("text, expected", [
    ("CUBGOV >060731", ("CUBGOV", dt.date(2006, 7, 31), None)),
    ("HTIOPPMED <061231", ("HTIOPPMED", None, dt.date(2006, 12, 31))),
    ("IGOUNO >20070101", ("IGOUNO", dt.date(2007, 1, 1), None)),
    ("KORGOVBUS 2004017-20061201", None),  # a typo in the source: dropped, not made undated
    ("---", None),
    ("IGOUNO", ("IGOUNO", None, None)),
])
def test_parse_role_codes_and_dates(text, expected):
    role = parse_role(text)
    assert (None if role is None else (role.code, role.start, role.end)) == expected


def test_parse_date_two_digit_years_and_bad_days():
    assert parse_date("451024") == dt.date(1945, 10, 24)
    assert parse_date("160101") == dt.date(2016, 1, 1)
    assert parse_date("010231") == dt.date(2001, 2, 28)
    assert parse_date("011301") is None


@pytest.mark.parametrize("code, expected", [
    ("ARGGOV", ("ARG", "GOV", "")), ("USAMIL", ("USA", "MIL", "")), ("BGDGOVHLH", ("BGD", "GOV", "HLH")),
    ("ROMGOV", ("ROU", "GOV", "")), ("IGOUNO", (None, "IGO", "UNO")), ("MNCUSA", ("USA", "MNC", "")),
    ("IMGMUSALQ", (None, "IMG", "MUSALQ")),
])
def test_split_code_state_sector_rest(code, expected):
    assert split_code(code, {"ARG", "USA", "BGD", "ROU", "MUS"}) == expected


@pytest.mark.parametrize("raw, label", [
    ("FIDEL CASTRO", "Fidel Castro"), ("BASHAR AL-ASSAD", "Bashar al-Assad"), ("DENIS MCDONOUGH", "Denis McDonough"),
    ("RAFAEL ALBURQUERQUE DE CASTRO", "Rafael Alburquerque de Castro"), ("K. ANNAN", "K. Annan"),
    ("SAEB EREKAT", "Saeb Erekat"), ("ROBERT O'BRIEN", "Robert O'Brien"),
])
def test_proper_name(raw, label):
    assert proper_name(raw) == label


@pytest.mark.parametrize("alias, usable", [
    ("KOFI ATTA ANNAN", True), ("K. ANNAN", True), ("ANNAN", False), ("SECRETARY-GENERAL KOFI ANNAN", False),
    ("PRESIDENT YELTSIN", False), ("LA LIGA", False), ("21 JUNE", False),
])
def test_usable_alias_rules(alias, usable):
    assert imp.usable_alias(alias) is usable


def test_parse_agents_expands_macros():
    agents = parse_agents(["!PERSON! = MAN, MEN, WOMAN", "POLICE!PERSON! [~COP]", "REBEL [~REB]", "IMAM [~MUS]"])
    assert agents == {"policeman": "COP", "policemen": "COP", "policewoman": "COP", "rebel": "REB", "imam": "MUS"}


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "Phoenix.Countries.actors.txt").write_text(COUNTRIES)
    (folder / "Phoenix.International.actors.txt").write_text(INTERNATIONAL)
    (folder / "Phoenix.MilNonState.actors.txt").write_text(MILNONSTATE)
    (folder / "Phoenix.agents.txt").write_text("REBEL [~REB]\n")
    out = folder / "out"
    imp.run(folder, out)
    tables = {name: read_imported_table((out / f"{name}.tsv").read_text().splitlines(), name, {}, set())
              for name in ("persons", "organisations", "groups")}
    rows = {name: (out / f"{name}.tsv").read_text().splitlines() for name in ("organisations", "groups")}
    return tables, rows, tomllib.loads((out / "agents.toml").read_text())


def _posts(found, person):
    return [(r.organisation, r.title, r.sector, r.start, r.end) for r in found.roles if r.person == person]


def test_import_persons_posts_sectors_and_aliases(imported):
    persons = imported[0]["persons"]
    # ELI and the undated fall-back dropped beside a GOV post
    assert _posts(persons, "prosper-avril") == [("HTI", "Government", "GOV", dt.date(1988, 9, 17), dt.date(1990, 3, 10))]
    # open in Phoenix: it ends at the dictionaries' horizon
    assert _posts(persons, "abdul-latif-biswas") == [("BGD", "Government", "GOV", dt.date(2009, 2, 1), dt.date(2016, 12, 31))]
    # the duplicate role counted once
    assert _posts(persons, "fidel-castro") == [("CUB", "Government", "GOV", dt.date(1976, 12, 3), dt.date(2008, 2, 24))]
    assert _posts(persons, "kofi-annan")[0][0] == "UN"
    assert sorted(n for n, i, how in persons.names if i == "kofi-annan" and how == "alias") == ["K. Annan", "Kofi Atta Annan"]
    annan = next(a for a in persons.actors if a.id == "kofi-annan")
    assert annan.source.endswith("Phoenix.International.actors.txt")
    assert "haiti" not in {a.id for a in persons.actors}  # the country entry is no person


def test_import_skips_persons_we_curate(imported):
    assert not {"vladimir-putin", "donald-trump"} & {a.id for a in imported[0]["persons"].actors}


def test_import_organisations_and_armed_groups(imported):
    tables, rows, agents = imported
    judges = next(a for a in tables["organisations"].actors if a.id == "international-association-of-judges")
    assert (judges.label, judges.kind.value, judges.sector) == ("International Association of Judges", "group", "NGO")
    assert "international-association-of-judges\tgroup\tInternational Association of Judges\t\t\tNGO\tNGOJUD\t" \
           "Phoenix.International.actors.txt" in rows["organisations"]
    armed = {a.id: a for a in tables["groups"].actors}
    assert armed["armed-islamic-group"].based_in == "DZA" and armed["armed-islamic-group"].sector == "REB"
    assert "21-june" not in armed  # a date, not a name
    assert agents["agents"] == {"rebel": "REB"}


def test_read_imported_table_ours_win_and_bad_lines_are_named():
    from stancegraph.model import Actor, ActorKind

    ours = {"jane-doe": Actor(id="jane-doe", label="Jane Doe", kind=ActorKind.PERSON)}
    lines = ["id\tlabel\taliases\tposts\tsource", "jane-doe\tJane Doe\t\t\tx.txt",
             "john-roe\tJohn Roe\tJane Doe|Johnny Roe\tFRA/Government/GOV/2001-01-01/\tx.txt"]
    found = read_imported_table(lines, "t.tsv", ours, {"jane doe"})
    assert [a.id for a in found.actors] == ["john-roe"]  # our id wins
    assert [(n, how) for n, _, how in found.names] == [("John Roe", "name"), ("Johnny Roe", "alias")]  # our name wins
    assert found.roles[0].end is None
    with pytest.raises(InputError, match=r"t.tsv, line 2: post 'FRA/GOV' is not org/title/sector/start/end"):
        read_imported_table([lines[0], "x\tX Y\t\tFRA/GOV\tx.txt"], "t.tsv", {}, set())
    with pytest.raises(InputError, match=r"t.tsv, line 2: 2 columns"):
        read_imported_table([lines[0], "x\tX Y"], "t.tsv", {}, set())


# ---------------------------------------------------------------- the packaged registry


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


@pytest.mark.parametrize("day, state", [
    (dt.date(1989, 6, 1), "HTI"), (dt.date(1988, 9, 17), "HTI"), (dt.date(1990, 3, 10), "HTI"),
    (dt.date(1987, 1, 1), None), (dt.date(1995, 1, 1), None),
])
def test_registry_phoenix_person_coded_to_state_only_while_in_post(registry, day, state):
    # Prosper Avril, President of Haiti 1988-09-17 .. 1990-03-10, is known from Phoenix.Countries.actors.txt only
    assert [a.id for a, _ in registry.lookup("Prosper Avril")] == ["prosper-avril"]
    result = registry.state_of("prosper-avril", day)
    assert (result.id if result else None) == state
    assert registry.home_state_of("prosper-avril", dt.date(1995, 1, 1)).id == "HTI"


def test_registry_curated_persons_win_over_phoenix(registry):
    assert [a.id for a, _ in registry.lookup("Vladimir Putin")] == ["vladimir-putin"]
    assert "vladimir-putin" not in registry.imported and "prosper-avril" in registry.imported


def test_ruler_patterns_leave_imported_actors_to_lookup(registry):
    ids = {p["id"].split("#")[0] for p in ruler_patterns(registry)}
    assert "vladimir-putin" in ids and "prosper-avril" not in ids
