"""Tests of stancegraph.kb.registry (the actor registry) and of scripts/build_registry.py (its generator)."""
import datetime as dt
import os
import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from rdflib.namespace import RDF, SKOS

from stancegraph.errors import InputError
from stancegraph.model import Actor, ActorKind, Role
from stancegraph.kb.registry import ActorRegistry, _default_registry

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "build_registry.py"
ACTORS_TTL = files("stancegraph.ontology") / "actors.ttl"
SG = Namespace("https://w3id.org/stancegraph/ontology#")
ACTOR = "https://w3id.org/stancegraph/actor/"
ORG = Namespace("http://www.w3.org/ns/org#")

# The 193 UN Member States (un.org/en/about-us/member-states; country_converter's UNmember column).
UN_MEMBERS = set("""
AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA
BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK
DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY
HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ
MRT MUS MWI MYS NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY
QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD
TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB
ZWE
""".split())
OBSERVERS = {"PSE", "VAT"}
NEWS_STATES = {"TWN", "XKX", "HKG"}  # not UN members, registered on purpose


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


def _ids(candidates):
    return [actor.id for actor, _ in candidates]


def test_registry_has_the_un_members_observers_and_news_states(registry):
    assert len(UN_MEMBERS) == 193
    states = {a.id for a in registry.actors.values() if a.kind is ActorKind.STATE}
    assert states == UN_MEMBERS | OBSERVERS | NEWS_STATES
    for code in states:
        actor = registry.get(code)
        assert actor.iso3 == code
        assert re.fullmatch(r"Q[1-9][0-9]*", actor.wikidata or ""), code


@pytest.mark.parametrize("actor_id, qid", [
    ("RUS", "Q159"), ("USA", "Q30"), ("UKR", "Q212"), ("BLR", "Q184"), ("CHN", "Q148"),
    ("NATO", "Q7184"), ("EU", "Q458"), ("OSCE", "Q81299"),
    ("vladimir-putin", "Q7747"), ("joe-biden", "Q6279"), ("volodymyr-zelenskyy", "Q3874799"),
])
def test_registry_has_verified_wikidata_qids(registry, actor_id, qid):
    assert registry.get(actor_id).wikidata == qid


@pytest.mark.parametrize("text, actor_id, how", [
    ("U.S.", "USA", "alias"),
    ("US", "USA", "alias"),
    ("the United States", "USA", "name"),
    ("America", "USA", "alias"),
    ("Washington", "USA", "metonym"),
    ("the White House", "USA", "metonym"),
    ("the Kremlin", "RUS", "metonym"),
    ("Kremlin", "RUS", "metonym"),
    ("Moscow", "RUS", "metonym"),
    ("Kiev", "UKR", "metonym"),
    ("Kyiv", "UKR", "metonym"),
    ("Minsk", "BLR", "metonym"),
    ("Russian", "RUS", "demonym"),
    ("Russians", "RUS", "demonym"),
    ("Ukrainian", "UKR", "demonym"),
    ("Belarusian", "BLR", "demonym"),
    ("Belarussian", "BLR", "demonym"),
    ("Americans", "USA", "demonym"),
    ("Chinese", "CHN", "demonym"),
    ("China", "CHN", "name"),
    ("Georgia", "GEO", "name"),
    ("Türkiye", "TUR", "alias"),
    ("Turkiye", "TUR", "alias"),
    ("Côte d’Ivoire", "CIV", "alias"),  # typographic apostrophe
    ("the Élysée", "FRA", "metonym"),
    ("Elysee", "FRA", "metonym"),
    ("Downing Street", "GBR", "metonym"),
    ("Brussels", "EU", "metonym"),
    ("Nato", "NATO", "name"),
    ("the Alliance", "NATO", "alias"),
    ("the West", "WEST", "name"),
    ("Western countries", "WEST", "alias"),
    ("UN Security Council", "un-security-council", "name"),
    ("the Pentagon", "pentagon", "name"),
    ("Zelensky", "volodymyr-zelenskyy", "alias"),
    ("Erdogan", "recep-tayyip-erdogan", "alias"),
    ("Russia's", "RUS", "name"),  # possessive, last resort
    ("Kampuchean", "KHM", "demonym"),  # former names of a renamed state (ISO 3166-3, curated_actors.toml)
    ("Kampuchea", "KHM", "alias"),
    ("Zaire", "COD", "alias"),
    ("Ceylon", "LKA", "alias"),
])
def test_registry_lookup_resolves_news_names(registry, text, actor_id, how):
    assert [(a.id, h) for a, h in registry.lookup(text)] == [(actor_id, how)]


@pytest.mark.parametrize("text", ["us", "who", "eu", "Russland", ""])
def test_registry_lookup_keeps_short_acronyms_case_sensitive_and_misses_unknown_names(registry, text):
    assert registry.lookup(text) == []


def test_registry_lookup_returns_every_candidate_of_ambiguous_names(registry):
    assert _ids(registry.lookup("Congo")) == ["COD", "COG"]
    assert _ids(registry.lookup("Congolese")) == ["COD", "COG"]


@pytest.mark.parametrize("text", ["Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia", "East Germany"])
def test_registry_predecessor_states_that_split_or_merged_are_no_alias_of_a_successor(registry, text):
    assert registry.lookup(text) == []  # "former Soviet republics" are not Russia


def test_registry_demonym_american_names_only_the_united_states(registry):
    assert registry.lookup("American") == [(registry.get("USA"), "demonym")]
    assert {actor_id for s, actor_id, how in registry.surface_forms() if s == "American"} == {"USA"}


def test_registry_surface_forms_are_sorted_typed_and_known(registry):
    forms = registry.surface_forms()
    assert forms == sorted(forms, key=lambda f: (f[0].casefold(), f[0], f[1], ("name", "alias", "demonym", "metonym").index(f[2])))
    assert {how for _, _, how in forms} == {"name", "alias", "demonym", "metonym"}
    assert all(actor_id in registry for _, actor_id, _ in forms)
    assert ("the Kremlin", "RUS", "metonym") in forms


@pytest.mark.parametrize("person, day, state", [
    ("vladimir-putin", dt.date(2021, 12, 30), "RUS"),
    ("volodymyr-zelenskyy", dt.date(2022, 3, 1), "UKR"),
    ("volodymyr-zelenskyy", dt.date(2019, 5, 19), None),  # the day before his inauguration
    ("antony-blinken", dt.date(2022, 1, 1), "USA"),
    ("antony-blinken", dt.date(2021, 1, 26), "USA"),
    ("antony-blinken", dt.date(2021, 1, 25), None),
    ("sergey-lavrov", dt.date(2021, 12, 30), "RUS"),
    ("alexander-lukashenko", dt.date(2020, 8, 9), "BLR"),
    ("jens-stoltenberg", dt.date(2021, 12, 30), None),  # NATO Secretary General: no state
    ("jens-stoltenberg", dt.date(2025, 6, 1), "NOR"),  # then Norway's Finance Minister
    ("sergei-shoigu", dt.date(2024, 6, 1), "RUS"),  # post in an organ of Russia
    ("ursula-von-der-leyen", dt.date(2018, 1, 1), "DEU"),
    ("ursula-von-der-leyen", dt.date(2022, 1, 1), None),  # European Commission
])
def test_registry_state_of_persons_follows_dated_posts(registry, person, day, state):
    result = registry.state_of(person, day)
    assert (result.id if result else None) == state


def test_registry_post_of_shows_the_igo_post_that_has_no_state(registry):
    post = registry.post_of("jens-stoltenberg", dt.date(2021, 12, 30))
    assert (post.organisation, post.title) == ("NATO", "Secretary General")
    assert registry.title_of("antony-blinken", dt.date(2022, 1, 1)) == "Secretary of State"
    assert registry.title_of("antony-blinken", dt.date(2020, 1, 1)) is None


def test_registry_state_of_without_day_uses_the_latest_post(registry):
    assert registry.state_of("donald-trump", None).id == "USA"
    assert registry.state_of("jens-stoltenberg", None).id == "NOR"
    assert registry.title_of("donald-tusk", None) == "Prime Minister"
    # on a handover day the post taken that day wins
    assert registry.title_of("recep-tayyip-erdogan", dt.date(2014, 8, 28)) == "President"


def test_registry_state_of_organs_and_states(registry):
    assert registry.state_of("russian-foreign-ministry", None).id == "RUS"
    assert registry.state_of("pentagon", dt.date(2022, 1, 1)).id == "USA"
    assert registry.state_of("european-commission", None) is None
    assert registry.state_of("RUS", None) is None
    assert registry.state_of("no-such-actor", None) is None


def test_registry_roles_are_dated_and_sorted(registry):
    roles = registry.roles("donald-trump")
    assert [(r.start, r.end) for r in roles] == [
        (dt.date(2017, 1, 20), dt.date(2021, 1, 20)), (dt.date(2025, 1, 20), None)]
    for person in (a.id for a in registry.actors.values() if a.kind is ActorKind.PERSON):
        for role in registry.roles(person):
            # our posts all have a start; Phoenix's undated roles stay undated (valid on every date)
            assert role.start is not None or person in registry.imported
            assert role.start is None or role.end is None or role.start <= role.end
    assert registry.roles("RUS") == []


@pytest.mark.parametrize("text, actor_id", [
    ("RUS", "RUS"), ("rus", "RUS"), ("Q159", "RUS"), ("q159", "RUS"), ("Russia", "RUS"),
    ("vladimir-putin", "vladimir-putin"), ("Putin", "vladimir-putin"), ("Q7747", "vladimir-putin"),
    ("NATO", "NATO"), (" the Kremlin ", "RUS"),
])
def test_registry_resolve_accepts_ids_iso3_qids_and_names(registry, text, actor_id):
    assert registry.resolve(text).id == actor_id


def test_registry_resolve_unknown_name_suggests_close_matches(registry):
    with pytest.raises(InputError) as excinfo:
        registry.resolve("Russland")
    message = str(excinfo.value)
    assert "'Russland'" in message and "Russia" in message and "\n" not in message


def test_registry_resolve_rejects_ambiguous_names_and_unknown_qids(registry):
    with pytest.raises(InputError, match="ambiguous.*COD.*COG"):
        registry.resolve("Congo")
    with pytest.raises(InputError, match="Q1"):
        registry.resolve("Q1")


def test_registry_load_is_cached(tmp_path, monkeypatch):
    # how fast it loads is measured by bench/load_time.py, not here (no timed tests)
    assert ActorRegistry.load() is ActorRegistry.load()
    data = ACTORS_TTL.read_bytes()
    fresh = ActorRegistry._from_turtle(data, origin="test")
    packaged = ActorRegistry.load()  # ours, then the imported actors ours leave (stancegraph.kb.imported)
    assert set(fresh.actors) < set(packaged.actors) and not set(fresh.actors) & packaged.imported
    assert len(fresh) + len(packaged.imported) == len(packaged)
    # the packaged registry is parsed once per content: later loads read the pickle cache
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _default_registry.cache_clear()
    try:
        first = ActorRegistry.load()
        assert len(list((tmp_path / "stancegraph").glob("registry-*.pickle"))) == 1
        _default_registry.cache_clear()
        assert ActorRegistry.load() is not first and len(ActorRegistry.load()) == len(first)
    finally:
        _default_registry.cache_clear()


def test_registry_load_reports_missing_and_invalid_files(tmp_path):
    with pytest.raises(InputError, match="cannot read actor registry"):
        ActorRegistry.load(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="not valid Turtle"):
        ActorRegistry.load(bad)


def test_registry_from_records_checks_references():
    russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    with pytest.raises(ValueError, match="unknown actor 'XYZ'"):
        ActorRegistry.from_records([russia], [("Xyz", "XYZ", "name")], [])
    with pytest.raises(ValueError, match="how must be one of"):
        ActorRegistry.from_records([russia], [("Russia", "RUS", "label")], [])
    with pytest.raises(ValueError, match="unknown actor"):
        ActorRegistry.from_records([russia], [], [Role(person="nobody", organisation="RUS", title="President")])


def test_registry_every_actor_in_actors_ttl_has_a_label_and_one_kind_class():
    g = Graph().parse(data=ACTORS_TTL.read_text(encoding="utf-8"), format="turtle")
    kinds = {SG.State, SG.InternationalOrganisation, SG.Bloc, SG.GovernmentBody, SG.Person, SG.OtherGroup}
    actors = {s for s in g.subjects(RDF.type, None) if str(s).startswith(ACTOR)}
    registry = ActorRegistry.load()
    assert len(actors) == len(registry) - len(registry.imported)  # the imported ones are not in actors.ttl
    for actor in actors:
        assert len(set(g.objects(actor, RDF.type)) & kinds) == 1, actor
        labels = list(g.objects(actor, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language == "en", actor
    for post in g.subjects(RDF.type, SG.Post):
        for prop in (ORG.member, ORG.organization, SG.roleTitle, SG.startDate):
            assert g.value(post, prop) is not None, (post, prop)


def _build(out: Path, seed: str, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run([sys.executable, str(SCRIPT), "-o", str(out), *extra],
                          env=env, capture_output=True, text=True, timeout=300)


def test_registry_generator_is_deterministic(tmp_path):
    pytest.importorskip("pycountry")
    pytest.importorskip("countrystatecity_countries")
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    for out, seed in ((first, "1"), (second, "2")):
        result = _build(out, seed)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()


def test_registry_packaged_file_is_up_to_date():
    pytest.importorskip("pycountry")
    pytest.importorskip("countrystatecity_countries")
    header = ACTORS_TTL.read_text(encoding="utf-8").split("\n", 4)[2]
    try:
        installed = f"pycountry {version('pycountry')}, countrystatecity-countries {version('countrystatecity-countries')}"
    except PackageNotFoundError:
        pytest.skip("registry data packages not installed as distributions")
    if installed not in header:
        pytest.skip(f"actors.ttl was generated from other package versions ({header!r})")
    result = _build(Path(str(ACTORS_TTL)), "0", "--check")
    assert result.returncode == 0, result.stderr
