"""stancegraph.rules.mention_index on hand-built parses: whom a noun phrase stands for (names, demonyms, titles,
owners, followers, domestic groups placed by the sentence), and whom a person or organ represented on a day."""
import datetime as dt

from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.mention_index import MentionIndex, state_at

from .docs import parse, token
from .listings import (
    IRAN_SEIZED_A_US_OWNED_SHIP, MACRON_MET_HIS_US_COUNTERPART_JOE_BIDEN, RUSSIAN_TROOPS_SHELLED_KHARKIV,
    RUSSIA_AND_CHINA_HELD_TALKS, THOUSANDS_OF_PROTESTERS_RALLIED_IN_MINSK,
)


def index_of(doc, registry):
    return MentionIndex(actor_mentions(doc, registry), registry=registry)


def phrase(index, tok):
    """(actor ids, how, state hint) of each mention the phrase headed by ``tok`` stands for."""
    return [([a.id for a in m.actors], m.how, m.state_hint.id if m.state_hint else None) for m in index.of_phrase(tok)]


def test_mention_index_demonym_names_the_group(registry):
    doc = parse(RUSSIAN_TROOPS_SHELLED_KHARKIV.format(entity=""), registry)  # the NER missed Kharkiv
    index = index_of(doc, registry)
    assert phrase(index, token(doc, "troops")) == [(["RUS"], "demonym", None)]
    assert [m.actors[0].id for m in index.places] == ["UKR"]  # Kharkiv: a place, kept apart
    assert phrase(index, token(doc, "Kharkiv")) == []


def test_mention_index_name_in_apposition_wins_over_the_title(registry):
    doc = parse(MACRON_MET_HIS_US_COUNTERPART_JOE_BIDEN, registry)
    index = index_of(doc, registry)
    assert phrase(index, token(doc, "counterpart")) == [(["joe-biden"], "name", "USA")]
    assert phrase(index, token(doc, "Macron")) == [(["emmanuel-macron"], "name", "FRA")]


def test_mention_index_coordinated_phrase_gives_each_conjunct(registry):
    doc = parse(RUSSIA_AND_CHINA_HELD_TALKS, registry)
    assert phrase(index_of(doc, registry), doc[0]) == [(["RUS"], "name", None), (["CHN"], "name", None)]


def test_mention_index_crowd_is_a_group_of_the_state_it_is_in(registry):
    doc = parse(THOUSANDS_OF_PROTESTERS_RALLIED_IN_MINSK, registry)
    index = index_of(doc, registry)
    assert phrase(index, doc[0]) == [(["x-blr-protesters"], "group", "BLR")]
    assert [m.how for m in index.mentions] == []  # Minsk is a place, not a mention of an actor


def test_mention_index_crowd_nowhere_is_no_actor(registry):
    doc = parse("""
    0  Protesters  protester  NOUN   NNS  1  nsubj
    1  rallied     rally      VERB   VBD  1  ROOT
    2  .           _          PUNCT  .    1  punct
    """, registry)
    assert phrase(index_of(doc, registry), doc[0]) == []


def test_mention_index_followers_are_a_group_of_their_leaders_state(registry):
    doc = parse("""
    0  Supporters  supporter  NOUN   NNS  4  nsubj
    1  of          _          ADP    IN   0  prep
    2  Imran       _          PROPN  NNP  3  compound  B-PERSON
    3  Khan        _          PROPN  NNP  1  pobj      I-PERSON
    4  attacked    attack     VERB   VBD  4  ROOT
    5  the         _          DET    DT   6  det
    6  police      _          NOUN   NN   4  dobj
    7  .           _          PUNCT  .    4  punct
    """, registry)
    assert phrase(index_of(doc, registry), doc[0]) == [(["x-supporters-of-imran-khan"], "group", "PAK")]


def test_mention_index_police_placed_by_their_own_in_phrase(registry):
    doc = parse("""
    0  Police      _          NOUN   NNS  3  nsubj
    1  in          _          ADP    IN   0  prep
    2  Nairobi     _          PROPN  NNP  1  pobj   B-GPE
    3  arrested    arrest     VERB   VBD  3  ROOT
    4  protesters  protester  NOUN   NNS  3  dobj
    5  .           _          PUNCT  .    3  punct
    """, registry)
    index = index_of(doc, registry)
    assert phrase(index, doc[0]) == [(["x-ken-police"], "group", "KEN")]
    assert phrase(index, token(doc, "protesters")) == [(["x-ken-protesters"], "group", "KEN")]


def test_mention_index_owner_of_a_ship(registry):
    doc = parse(IRAN_SEIZED_A_US_OWNED_SHIP, registry)
    assert phrase(index_of(doc, registry), token(doc, "ship")) == [(["USA"], "owner", None)]


def test_mention_index_backer_is_not_inside_the_phrase(registry):
    # "Iran-backed militias attacked U.S. troops." (en_core_web_sm 3.8): Iran backs, it does not act
    doc = parse("""
    0  Iran      _        PROPN  NNP   2  npadvmod  B-GPE
    1  -         _        PUNCT  HYPH  2  punct
    2  backed    back     VERB   VBN   3  amod
    3  militias  militia  NOUN   NNS   4  nsubj
    4  attacked  attack   VERB   VBD   4  ROOT
    5  U.S.      _        PROPN  NNP   6  compound  B-GPE
    6  troops    troop    NOUN   NNS   4  dobj
    7  .         _        PUNCT  .     4  punct
    """, registry)
    index = index_of(doc, registry)
    assert phrase(index, token(doc, "militias")) == []
    assert index.within(token(doc, "militias")) == []
    assert [m.actors[0].id for m in index.within(doc[4])] == ["USA"]


def test_mention_index_state_at_follows_dated_posts(registry):
    day, later = dt.date(2022, 1, 20), dt.date(2025, 1, 1)
    putin, stoltenberg, pentagon, russia, hezbollah = (
        registry.get(i) for i in ("vladimir-putin", "jens-stoltenberg", "pentagon", "RUS", "hezbollah"))
    assert state_at(registry, putin, day).id == "RUS"
    assert state_at(registry, stoltenberg, day).id == "NATO"  # Secretary General in 2022
    assert state_at(registry, stoltenberg, later) is None  # out of that post
    assert state_at(registry, pentagon, day).id == "USA"  # an organ: its state
    assert state_at(registry, hezbollah, day).id == "LBN"  # a registered group: where it is based
    assert state_at(registry, russia, day) is None
