"""Non-state groups of the Phoenix dictionaries the import used to skip, and their CAMEO codes in the exports:
al-Qaeda's block (its names an Arabic article and one word, the code on a line of its own), the religious NGOs
whose codes hold a number, and ``code`` in the JSONL export and sg:cameoCode in the RDF of an imported group."""
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from stancegraph.kb.imported import read_imported_table
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.vocab import SG
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span, Statement
from stancegraph.rdf.mint import to_rdf
from stancegraph.run.outputs import statement_record

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
import import_event_dictionaries as imp  # noqa: E402
from phoenix_dictionaries import parse_role  # noqa: E402

# copied from Phoenix.MilNonState.actors.txt and Phoenix.International.actors.txt (petrarch2 @ 676801cd)
MILNONSTATE = """\
AL_QA'IDA
+AL_QAEDA
#+AL_QAEDA_IN_IRAQ
+AL_QAEDA_LINKED_ABU_SAYYAF
+AL_QAIDA
+AL-QAEDA
+QAEDA_GROUP
\t[IMGMUSALQ]

AL_HAWSAWI [IMGMUSALQ]
AL-HADID_ [INDREB] #  kkl 21 Mar 13
"""
INTERNATIONAL = """\
MALTESER_INTERNATIONAL_\t[NGOCHRCTH603]\t# from Order of Malta
"""


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "Phoenix.Countries.actors.txt").write_text("")
    (folder / "Phoenix.International.actors.txt").write_text(INTERNATIONAL)
    (folder / "Phoenix.MilNonState.actors.txt").write_text(MILNONSTATE)
    (folder / "Phoenix.agents.txt").write_text("")
    out = folder / "out"
    imp.run(folder, out)
    return {name: read_imported_table((out / f"{name}.tsv").read_text().splitlines(), name, {}, set())
            for name in ("organisations", "groups")}


def test_al_qaeda_is_imported_under_its_own_name_with_its_code(tables):
    groups = {a.id: a for a in tables["groups"].actors}
    qaeda = groups["al-qa-ida"]
    assert (qaeda.label, qaeda.kind, qaeda.sector, qaeda.cameo) == ("al-Qa'ida", ActorKind.GROUP, "IMG", "IMGMUSALQ")
    names = {n for n, i, _ in tables["groups"].names if i == "al-qa-ida"}
    assert {"al-Qaeda", "Al-Qaeda", "Al Qaeda", "Al Qaida", "Al Qaeda Linked Abu Sayyaf"} <= names
    registry = ActorRegistry.from_records(tables["groups"].actors, tables["groups"].names, [])
    assert [a.id for a, _ in registry.lookup("al-Qaeda")] == ["al-qa-ida"]


def test_one_spelling_alone_stays_out(tables):
    # "AL HAWSAWI" is a person Phoenix codes with his group; "AL-HADID" may be a surname or a word
    assert not {"al-hawsawi", "al-hadid"} & {a.id for a in tables["groups"].actors}


def test_codes_with_a_number_are_read():
    assert parse_role("NGOCHRCTH603").code == "NGOCHRCTH603"
    assert parse_role("NGOHINDEN211DEV").code == "NGOHINDEN211DEV"
    assert parse_role("---") is None and parse_role("880917") is None


def test_ngo_with_a_numbered_code_is_imported(tables):
    [malteser] = tables["organisations"].actors
    assert (malteser.label, malteser.sector, malteser.cameo) == ("Malteser International", "NGO", "NGOCHRCTH603")


def _statement(speaker: Actor) -> Statement:
    text = "Al-Qaeda threatened France."
    france = Actor(id="FRA", label="France", kind=ActorKind.STATE, iso3="FRA")
    return Statement(document="d1", sentence=Span(text=text, start=0, end=len(text)), cue=Span(text="threatened", start=9, end=19),
                     speaker=ActorRef(actor=speaker, mention=Span(text="Al-Qaeda", start=0, end=8)),
                     targets=(ActorRef(actor=france, mention=Span(text="France", start=20, end=26)),),
                     type="THREATEN", rule="test", confidence=0.8)


def test_export_and_rdf_carry_the_code_of_an_imported_group():
    qaeda = Actor(id="al-qa-ida", label="Al-Qa'ida", kind=ActorKind.GROUP, sector="IMG", cameo="IMGMUSALQ",
                  source="https://example.org/Phoenix.MilNonState.actors.txt")
    st = _statement(qaeda)
    assert statement_record(st)["speaker"]["code"] == "IMGMUSALQ"
    ds = to_rdf([Document(id="d1", text=st.sentence.text)], [st])
    codes = {(s, o) for s, _, o, _ in ds.quads((None, SG.cameoCode, None, None))}
    assert codes == {(URIRef("https://w3id.org/stancegraph/actor/al-qa-ida"), Literal("IMGMUSALQ"))}


def test_minted_groups_get_no_code():
    minted = Actor(id="x-some-front", label="Some Front", kind=ActorKind.GROUP, registered=False, cameo=None)
    assert statement_record(_statement(minted))["speaker"]["code"] is None


def test_packaged_registry_knows_al_qaeda_with_its_code():
    [(actor, _)] = ActorRegistry.load().lookup("al-Qaeda")
    assert actor.cameo == "IMGMUSALQ" and actor.kind is ActorKind.GROUP


def test_plover_export_of_the_graph_gives_the_same_code():
    from stancegraph.analysis.networks import plover_records

    qaeda = Actor(id="al-qa-ida", label="al-Qa'ida", kind=ActorKind.GROUP, sector="IMG", cameo="IMGMUSALQ",
                  source="https://example.org/Phoenix.MilNonState.actors.txt")
    st = _statement(qaeda)
    [record] = plover_records(to_rdf([Document(id="d1", text=st.sentence.text)], [st]))
    assert [a["code"] for a in record["source"]] == ["IMGMUSALQ"] == [statement_record(st)["speaker"]["code"]]
    assert [a["code"] for a in record["recipient"]] == ["FRA"]
