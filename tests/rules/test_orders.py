"""Cues of issue 12 item 2 found from the "no cue" misses of the PLOVER dev half: orders (DEMAND), hand-overs of
aid with a counted object (AID), stative commitments (AGREE), strikes organised (PROTEST). Hand-built parses."""
from stancegraph.rules.cues import find_cues

from .docs import parse, statements


def read(listing, registry):
    return [(st.type, st.speaker.actor.id, [t.actor.id for t in st.targets])
            for st in statements(parse(listing, registry), registry)]


def test_orders_ordering_someone_to_act_is_a_demand_on_them(registry):
    found = read("""
    0  Russia    _        PROPN  NNP  1  nsubj  B-GPE
    1  ordered   order    VERB   VBD  1  ROOT
    2  Ukraine   _        PROPN  NNP  1  dobj   B-GPE
    3  to        _        PART   TO   4  aux
    4  withdraw  _        VERB   VB   1  xcomp
    5  .         _        PUNCT  .    1  punct
    """, registry)
    assert ("DEMAND", "RUS", ["UKR"]) in found


def test_orders_troops_ordered_to_move_are_no_demand(registry):
    doc = parse("""
    0  Russia    _        PROPN  NNP  1  nsubj  B-GPE
    1  ordered   order    VERB   VBD  1  ROOT
    2  troops    troop    NOUN   NNS  1  dobj
    3  to        _        PART   TO   4  aux
    4  withdraw  _        VERB   VB   1  xcomp
    5  .         _        PUNCT  .    1  punct
    """, registry)
    assert "DEMAND" not in [c.type for c in find_cues(doc[:])]


def test_orders_handing_over_a_counted_amount_of_aid_is_aid(registry):
    found = read("""
    0  Russia    _         PROPN  NNP  1  nsubj  B-GPE
    1  handed    hand      VERB   VBD  1  ROOT
    2  over      _         ADP    RP   1  prt
    3  700       _         NUM    CD   4  nummod
    4  kg        _         NOUN   NNS  1  dobj
    5  of        _         ADP    IN   4  prep
    6  medicine  _         NOUN   NN   5  pobj
    7  to        _         ADP    IN   1  prep
    8  Ukraine   _         PROPN  NNP  7  pobj   B-GPE
    9  .         _         PUNCT  .    1  punct
    """, registry)
    assert found == [("AID", "RUS", ["UKR"])]


def test_orders_handing_over_a_document_is_no_aid(registry):
    doc = parse("""
    0  Russia    _         PROPN  NNP  1  nsubj  B-GPE
    1  handed    hand      VERB   VBD  1  ROOT
    2  over      _         ADP    RP   1  prt
    3  the       _         DET    DT   4  det
    4  document  _         NOUN   NN   1  dobj
    5  to        _         ADP    IN   1  prep
    6  Ukraine   _         PROPN  NNP  5  pobj   B-GPE
    7  .         _         PUNCT  .    1  punct
    """, registry)
    assert find_cues(doc[:]) == []


def test_orders_committed_to_an_act_is_its_subjects_agreement(registry):
    found = read("""
    0  Ukraine    _       PROPN  NNP  2  nsubjpass  B-GPE
    1  is         be      AUX    VBZ  2  auxpass
    2  committed  commit  VERB   VBN  2  ROOT
    3  to         _       ADP    IN   2  prep
    4  holding    hold    VERB   VBG  3  pcomp
    5  talks      talk    NOUN   NNS  4  dobj
    6  with       _       ADP    IN   5  prep
    7  Russia     _       PROPN  NNP  6  pobj       B-GPE
    8  .          _       PUNCT  .    2  punct
    """, registry)
    assert found == [("AGREE", "UKR", ["RUS"])]


def test_orders_committed_to_a_thing_is_no_event(registry):
    found = read("""
    0  Russia     _           PROPN  NNP  2  nsubjpass  B-GPE
    1  is         be          AUX    VBZ  2  auxpass
    2  committed  commit      VERB   VBN  2  ROOT
    3  to         _           ADP    IN   2  prep
    4  its        _           PRON   PRP$ 5  poss
    5  obligations obligation NOUN   NNS  3  pobj
    6  .          _           PUNCT  .    2  punct
    """, registry)
    assert found == []


def test_orders_organizing_a_general_strike_is_a_protest(registry):
    doc = parse("""
    0  Unions     union     NOUN   NNS  1  nsubj
    1  organized  organize  VERB   VBD  1  ROOT
    2  a          _         DET    DT   4  det
    3  general    _         ADJ    JJ   4  amod
    4  strike     _         NOUN   NN   1  dobj
    5  .          _         PUNCT  .    1  punct
    """, registry)
    assert [(c.head.text, c.type) for c in find_cues(doc[:])] == [("organized", "PROTEST")]


def test_orders_sworn_to_fight_is_a_threat_sworn_in_is_not(registry):
    doc = parse("""
    0  Rebels   rebel   NOUN   NNS  2  nsubj
    1  have     _       AUX    VBP  2  aux
    2  sworn    swear   VERB   VBN  2  ROOT
    3  to       _       PART   TO   4  aux
    4  fight    _       VERB   VB   2  xcomp
    5  .        _       PUNCT  .    2  punct
    """, registry)
    assert ("sworn", "THREATEN") in [(c.head.text, c.type) for c in find_cues(doc[:])]
    doc = parse("""
    0  He       he      PRON   PRP  2  nsubjpass
    1  was      be      AUX    VBD  2  auxpass
    2  sworn    swear   VERB   VBN  2  ROOT
    3  in       _       ADP    RP   2  prt
    4  .        _       PUNCT  .    2  punct
    """, registry)
    assert find_cues(doc[:]) == []


def test_orders_counted_troops_sent_are_a_deployment(registry):
    doc = parse("""
    0  Russia    _         PROPN  NNP  1  nsubj  B-GPE
    1  sent      send      VERB   VBD  1  ROOT
    2  hundreds  hundred   NOUN   NNS  1  dobj
    3  of        _         ADP    IN   2  prep
    4  troops    troop     NOUN   NNS  3  pobj
    5  into      _         ADP    IN   1  prep
    6  Ukraine   _         PROPN  NNP  5  pobj   B-GPE
    7  .         _         PUNCT  .    1  punct
    """, registry)
    assert [(c.head.text, c.type) for c in find_cues(doc[:])] == [("sent", "MOBILIZE")]
