"""stancegraph.rules.eventtype on hand-built parses: who uses force against whom decides the type of violence;
one actor "agreeing to" act takes a decision."""
import pytest

from stancegraph.rules.cues import find_cues
from stancegraph.rules.eventtype import decision, violence_type

from .docs import context, parse, token


def typed(listing, word):
    """(cue type, violence type) of the cue headed by ``word``."""
    doc = parse(listing)
    cues = find_cues(doc[:])
    heads = {c.head.i: c for c in cues} | {c.noun.i: c for c in cues if c.noun is not None}
    cue = heads[token(doc, word).i]
    return cue.type, violence_type(cue, cue.head, heads)


@pytest.mark.parametrize("subject, lemma, verb, verb_lemma, obj, expected", [
    ("Police", "police", "raided", "raid", "office", ("FIGHT", "COERCE")),  # law enforcement
    ("Protesters", "protester", "stormed", "storm", "parliament", ("FIGHT", "PROTEST")),  # a violent protest
    ("Gunmen", "gunman", "stormed", "storm", "hotel", ("FIGHT", "ASSAULT")),  # irregular attackers
    ("Soldiers", "soldier", "stormed", "storm", "hotel", ("FIGHT", "FIGHT")),  # combat
])
def test_eventtype_violence_by_who_acts(subject, lemma, verb, verb_lemma, obj, expected):
    assert typed(f"""
    0  {subject}  {lemma}       NOUN   NNS  1  nsubj
    1  {verb}     {verb_lemma}  VERB   VBD  1  ROOT
    2  the        _             DET    DT   3  det
    3  {obj}      _             NOUN   NN   1  dobj
    4  .          _             PUNCT  .    1  punct
    """, verb) == expected


def test_eventtype_security_forces_firing_on_students_assault_them():
    assert typed("""
    0  Security  security  NOUN   NN   1  compound
    1  forces    force     NOUN   NNS  2  nsubj
    2  opened    open      VERB   VBD  2  ROOT
    3  fire      _         NOUN   NN   2  dobj
    4  on        _         ADP    IN   2  prep
    5  students  student   NOUN   NNS  4  pobj
    6  .         _         PUNCT  .    2  punct
    """, "opened") == ("FIGHT", "ASSAULT")


def test_eventtype_air_strikes_killing_people_are_combat():
    assert typed("""
    0  Israeli  israeli  ADJ    JJ   2  amod      B-NORP
    1  air      _        NOUN   NN   2  compound
    2  strikes  strike   NOUN   NNS  3  nsubj
    3  killed   kill     VERB   VBD  3  ROOT
    4  33       _        NUM    CD   5  nummod    B-CARDINAL
    5  people   _        NOUN   NNS  3  dobj
    6  .        _        PUNCT  .    3  punct
    """, "killed") == ("ASSAULT", "FIGHT")


def test_eventtype_insurgents_killing_civilians_assault():
    assert typed("""
    0  Insurgents  insurgent  NOUN   NNS  1  nsubj
    1  attacked    attack     VERB   VBD  1  ROOT
    2  the         _          DET    DT   3  det
    3  town        _          NOUN   NN   1  dobj
    4  ,           _          PUNCT  ,    1  punct
    5  killing     kill       VERB   VBG  1  advcl
    6  dozens      dozen      NOUN   NNS  5  dobj
    7  of          _          ADP    IN   6  prep
    8  people      _          NOUN   NNS  7  pobj
    9  .           _          PUNCT  .    1  punct
    """, "attacked") == ("FIGHT", "ASSAULT")


def test_eventtype_crowd_blocking_roads_protests():
    assert typed("""
    0  Supporters  supporter  NOUN   NNS  1  nsubj
    1  blocked     block      VERB   VBD  1  ROOT
    2  roads       road       NOUN   NNS  1  dobj
    3  .           _          PUNCT  .    1  punct
    """, "blocked") == ("COERCE", "PROTEST")


def test_eventtype_event_noun_keeps_its_type():
    assert typed("""
    0  Police   police  NOUN  NNS  2  poss 
    1  's       _       PART  POS  0  case
    2  attack   _       NOUN  NN   2  ROOT
    3  on       _       ADP   IN   2  prep
    4  students student NOUN  NNS  3  pobj
    """, "attack") == ("FIGHT", "FIGHT")


AGREED_TO = """
    0  EU          _          PROPN  NNP  1  compound  B-ORG
    1  leaders     leader     NOUN   NNS  2  nsubj
    2  agreed      agree      VERB   VBD  2  ROOT
    3  to          _          PART   TO   4  aux
    4  ban         _          VERB   VB   2  xcomp
    5  Belarusian  _          PROPN  NNP  6  amod      B-NORP
    6  airlines    airline    NOUN   NNS  4  dobj
    7  .           _          PUNCT  .    2  punct
"""


def test_eventtype_one_actor_agreeing_to_act_decides(registry):
    doc = parse(AGREED_TO, registry)
    agreed = next(c for c in find_cues(doc[:]) if c.head.text == "agreed")
    assert decision(agreed, context(doc, registry))


def test_eventtype_two_actors_agreeing_is_an_agreement(registry):
    doc = parse("""
    0  Russia     _          PROPN  NNP  3  nsubj  B-GPE
    1  and        _          CCONJ  CC   0  cc
    2  China      _          PROPN  NNP  0  conj   B-GPE
    3  agreed     agree      VERB   VBD  3  ROOT
    4  to         _          PART   TO   5  aux
    5  cooperate  _          VERB   VB   3  xcomp
    6  .          _          PUNCT  .    3  punct
    """, registry)
    agreed = next(c for c in find_cues(doc[:]) if c.head.text == "agreed")
    assert agreed.type == "AGREE" and not decision(agreed, context(doc, registry))
