"""stancegraph.rules.actors on hand-built parses: registry names, demonyms, metonyms used as places or as actors,
minted actors, owners and the state named beside a person."""
import pytest
from spacy.tokens import Span

from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import mint_actor, named_mentions

from .docs import parse
from .listings import (
    IRAN_SEIZED_A_US_OWNED_SHIP, MACRON_MET_HIS_US_COUNTERPART_JOE_BIDEN,
    MOSCOW_DEMANDED_WASHINGTON_WITHDRAW_ITS_TROOPS, RUSSIAN_TROOPS_SHELLED_KHARKIV,
    RUSSIA_DEMANDED_GUARANTEES_FROM_NATO,
)


def found(doc, registry):
    """(words, actor ids, how, locative) of each mention, in text order."""
    return [(doc[m.start:m.end].text, [a.id for a in m.actors], m.how, m.locative) for m in named_mentions(doc, registry)]


def test_actors_registry_names(registry):
    doc = parse(RUSSIA_DEMANDED_GUARANTEES_FROM_NATO, registry)
    assert found(doc, registry) == [("Russia", ["RUS"], "name", False), ("NATO", ["NATO"], "name", False)]


def test_actors_demonym(registry):
    doc = parse("""
    0  Russian  russian  ADJ    JJ   1  amod   B-NORP
    1  troops   troop    NOUN   NNS  3  nsubj
    2  must     _        AUX    MD   3  aux
    3  leave    _        VERB   VB   3  ROOT
    4  .        _        PUNCT  .    3  punct
    """, registry)
    assert found(doc, registry) == [("Russian", ["RUS"], "demonym", False)]


def test_actors_metonym_as_actor(registry):
    doc = parse(MOSCOW_DEMANDED_WASHINGTON_WITHDRAW_ITS_TROOPS, registry)
    assert found(doc, registry) == [("Moscow", ["RUS"], "metonym", False), ("Washington", ["USA"], "metonym", False)]


def test_actors_metonym_after_a_place_preposition_is_a_place(registry):
    doc = parse("""
    0  Talks   talk   NOUN   NNS  3  nsubj
    1  in      _      ADP    IN   0  prep
    2  Moscow  _      PROPN  NNP  1  pobj   B-GPE
    3  failed  fail   VERB   VBD  3  ROOT
    4  .       _      PUNCT  .    3  punct
    """, registry)
    assert found(doc, registry) == [("Moscow", ["RUS"], "place", True)]


def test_actors_metonym_inside_a_name_is_no_actor(registry):
    doc = parse("""
    0  The         the     DET    DT   2  det
    1  Washington  _       PROPN  NNP  2  compound  B-GPE
    2  Post        _       PROPN  NNP  3  nsubj
    3  reported    report  VERB   VBD  3  ROOT
    4  that        _       SCONJ  IN   6  mark
    5  Moscow      _       PROPN  NNP  6  nsubj     B-GPE
    6  demanded    demand  VERB   VBD  3  ccomp
    7  talks       talk    NOUN   NNS  6  dobj
    8  .           _       PUNCT  .    3  punct
    """, registry)
    assert found(doc, registry) == [("Washington", ["USA"], "place", True), ("Moscow", ["RUS"], "metonym", False)]


def test_actors_dateline_is_a_place(registry):
    # "MOSCOW, Russia - Lavrov met Blinken." (en_core_web_sm 3.8; the ruler does not match the capitals)
    doc = parse("""
    0  MOSCOW   _     PROPN  NNP   5  nsubj     B-GPE
    1  ,        _     PUNCT  ,     0  punct
    2  Russia   _     PROPN  NNP   4  compound  B-GPE
    3  -        _     PUNCT  HYPH  4  punct
    4  Lavrov   _     PROPN  NNP   0  appos     B-PERSON
    5  met      meet  VERB   VBD   5  ROOT
    6  Blinken  _     PROPN  NNP   5  dobj      B-PERSON
    7  .        _     PUNCT  .     5  punct
    """, registry)
    doc.ents = [Span(doc, 0, 1, label="GPE"), *doc.ents[1:]]  # no ruler id: the NER found "MOSCOW"
    mentions = found(doc, registry)
    assert mentions[0] == ("MOSCOW", ["RUS"], "place", True)
    assert mentions[1:] == [("Russia", ["RUS"], "name", False), ("Lavrov", ["sergey-lavrov"], "alias", False),
                            ("Blinken", ["antony-blinken"], "alias", False)]


def test_actors_state_named_beside_a_person(registry):
    doc = parse(MACRON_MET_HIS_US_COUNTERPART_JOE_BIDEN, registry)
    hints = {doc[m.start:m.end].text: m.state_hint.id for m in named_mentions(doc, registry) if m.state_hint}
    assert hints == {"Emmanuel Macron": "FRA", "Joe Biden": "USA"}


def test_actors_unknown_name_is_minted(registry):
    doc = parse("""
    0  The       the     DET    DT   3  det       B-ORG
    1  Blue      _       PROPN  NNP  3  compound  I-ORG
    2  Falcon    _       PROPN  NNP  3  compound  I-ORG
    3  Brigade   _       PROPN  NNP  4  nsubj     I-ORG
    4  attacked  attack  VERB   VBD  4  ROOT
    5  the       _       DET    DT   6  det
    6  convoy    _       NOUN   NN   4  dobj
    7  .         _       PUNCT  .    4  punct
    """, registry)
    [m] = named_mentions(doc, registry)
    assert m.how == "minted"
    assert m.actors == (Actor(id="x-blue-falcon-brigade", label="Blue Falcon Brigade", kind=ActorKind.GROUP,
                              registered=False),)


def test_actors_surname_of_another_person_is_not_the_registered_one(registry):
    doc = parse("""
    0  Brigitte  _      PROPN  NNP  1  compound
    1  Macron    _      PROPN  NNP  2  nsubj     B-PERSON
    2  visited   visit  VERB   VBD  2  ROOT
    3  Kyiv      _      PROPN  NNP  2  dobj      B-GPE
    4  .         _      PUNCT  .    2  punct
    """, registry)
    assert found(doc, registry) == [("Brigitte Macron", ["x-brigitte-macron"], "minted", False),
                                    ("Kyiv", ["UKR"], "metonym", False)]


def test_actors_owner_in_a_hyphenated_modifier(registry):
    doc = parse(IRAN_SEIZED_A_US_OWNED_SHIP, registry)
    assert sorted(found(doc, registry)) == [("Iran", ["IRN"], "name", False), ("U.S.-owned", ["USA"], "owner", False)]


def test_actors_named_mentions_in_text_order(registry):
    doc = parse(IRAN_SEIZED_A_US_OWNED_SHIP, registry)
    starts = [m.start for m in named_mentions(doc, registry)]
    assert starts == sorted(starts)


def test_actors_storm_name_is_no_actor(registry):
    doc = parse("""
    0  Cyclone     cyclone  PROPN  NNP  1  compound  B-PERSON
    1  Remal       _        PROPN  NNP  2  nsubj     I-PERSON
    2  hit         _        VERB   VBD  2  ROOT
    3  Bangladesh  _        PROPN  NNP  2  dobj      B-GPE
    4  .           _        PUNCT  .    2  punct
    """, registry)
    assert found(doc, registry) == [("Bangladesh", ["BGD"], "name", False)]


def test_actors_generic_body_of_the_state_the_sentence_names(registry):
    # "Congress" is the U.S. Congress, unless the sentence places it in another state
    doc = parse("""
    0  Protesters  protester  NOUN   NNS  1  nsubj
    1  stormed     storm      VERB   VBD  1  ROOT
    2  Congress    _          PROPN  NNP  1  dobj   B-ORG
    3  in          _          ADP    IN   1  prep
    4  Brasilia    _          PROPN  NNP  3  pobj   B-GPE
    5  .           _          PUNCT  .    1  punct
    """, registry)
    congress, brasilia = named_mentions(doc, registry)
    assert ([a.id for a in congress.actors], congress.how, congress.state_hint.id) == (["x-bra-congress"], "group", "BRA")
    assert (brasilia.actors[0].id, brasilia.how, brasilia.locative) == ("BRA", "place", True)


def test_actors_city_the_ner_missed_is_a_place(registry):
    doc = parse("""
    0  Troops   troop  NOUN   NNS  1  nsubj
    1  shelled  shell  VERB   VBD  1  ROOT
    2  Kharkiv  _      PROPN  NNP  1  dobj
    3  .        _      PUNCT  .    1  punct
    """, registry)
    assert found(doc, registry) == [("Kharkiv", ["UKR"], "place", True)]


@pytest.mark.parametrize("entity", [
    "B-GPE",
    pytest.param("B-FAC", marks=pytest.mark.xfail(strict=True, reason=(
        "a FAC entity is skipped before the place lookup that names FAC (actors._entity_mentions: label check precedes "
        "the GPE/NORP/FAC branch); en_core_web_sm 3.8 labels 'Kharkiv' FAC in 'Russian troops shelled Kharkiv.'"))),
])
def test_actors_city_read_as_gpe_or_facility_is_a_place(registry, entity):
    doc = parse(RUSSIAN_TROOPS_SHELLED_KHARKIV.format(entity=entity), registry)
    assert found(doc, registry) == [("Russian", ["RUS"], "demonym", False), ("Kharkiv", ["UKR"], "place", True)]


@pytest.mark.parametrize("text, label, expected", [
    ("the Ihor Zhovkva's", "PERSON", Actor(id="x-ihor-zhovkva", label="Ihor Zhovkva", kind=ActorKind.PERSON,
                                           registered=False)),
    ("Sécurité  Civile", "ORG", Actor(id="x-securite-civile", label="Sécurité Civile", kind=ActorKind.GROUP,
                                      registered=False)),
])
def test_actors_mint_actor(text, label, expected):
    assert mint_actor(text, label) == expected
