"""stancegraph.rules.cues on hand-built parses: cue verbs, phrasal verbs, light verbs with event nouns, event nouns,
and the constructions that change a cue's type."""
import pytest

from stancegraph.rules.cues import find_cues, verb_lemma
from stancegraph.rules.event_nouns import noun_type, quantified

from .docs import parse, token
from .listings import THE_EU_IMPOSED_SANCTIONS_ON_RUSSIA, THE_EU_VERB_SANCTIONS_ON_RUSSIA


def cues(listing):
    return [(c.head.text, c.type, c.kind) for c in find_cues(parse(listing)[:])]


def test_cues_cue_verb():
    assert cues("""
    0  NATO       _        PROPN  NNP  1  nsubj  B-ORG
    1  condemned  condemn  VERB   VBD  1  ROOT
    2  Russia     _        PROPN  NNP  1  dobj   B-GPE
    3  .          _        PUNCT  .    1  punct
    """) == [("condemned", "DISAPPROVE", "verb")]


def test_cues_phrasal_verb_and_its_event_noun():
    found = find_cues(parse("""
    0  Poland  _     PROPN  NNP  1  nsubj  B-GPE
    1  called  call  VERB   VBD  1  ROOT
    2  for     _     ADP    IN   1  prep
    3  talks   talk  NOUN   NNS  2  pobj
    4  .       _     PUNCT  .    1  punct
    """)[:])
    assert [(c.head.text, c.type, c.kind) for c in found] == [("called", "APPEAL", "phrasal"), ("talks", "CONSULT", "noun")]
    assert [t.text for t in found[0].words] == ["called", "for"]


def test_cues_dated_preposition_is_no_particle():
    # "Biden called Xi on Tuesday": a phone call, not "call on"
    assert cues("""
    0  Biden    _     PROPN  NNP  1  nsubj  B-PERSON
    1  called   call  VERB   VBD  1  ROOT
    2  Xi       _     PROPN  NNP  1  dobj   B-PERSON
    3  on       _     ADP    IN   1  prep
    4  Tuesday  _     PROPN  NNP  3  pobj   B-DATE
    5  .        _     PUNCT  .    1  punct
    """) == [("called", "CONSULT", "verb")]


def test_cues_light_verb_and_event_noun_counted_once():
    found = find_cues(parse(THE_EU_IMPOSED_SANCTIONS_ON_RUSSIA)[:])
    assert [(c.head.text, c.type, c.kind, c.noun.text) for c in found] == [("imposed", "SANCTION", "light", "sanctions")]
    assert [t.text for t in found[0].words] == ["imposed", "sanctions"]


def test_cues_lifting_sanctions_is_a_retreat():
    assert cues(THE_EU_VERB_SANCTIONS_ON_RUSSIA.format(verb="lifted", lemma="lift")) == [("lifted", "RETREAT", "light")]


@pytest.mark.parametrize("verb, lemma, noun, noun_lemma, expected", [
    ("accepted", "accept", "proposal", "proposal", "AGREE"),  # taking up a proposal
    pytest.param("met", "meet", "demands", "demand", "CONCEDE", marks=pytest.mark.xfail(strict=True, reason=(
        "cues._ACCEPTING names meet/heed/grant/fulfil/satisfy/honour, but the rule runs only for LIGHT_VERBS, which "
        "hold none of them: 'met their demands' gives CONSULT + a DEMAND noun, not CONCEDE"))),  # yielding to demands
    pytest.param("heeded", "heed", "calls", "call", "AGREE", marks=pytest.mark.xfail(strict=True, reason=(
        "as above: 'heeded their calls' finds no cue at all (heed is a RULE_VERB for the prefilter only)"))),
    ("severed", "sever", "ties", "tie", "SANCTION"),  # ending cooperation
    ("dropped", "drop", "opposition", "opposition", "CONCEDE"),  # giving up a position
])
def test_cues_light_verb_changes_the_nouns_type(verb, lemma, noun, noun_lemma, expected):
    assert cues(f"""
    0  Kyiv     _              PROPN  NNP   1  nsubj  B-GPE
    1  {verb}   {lemma}        VERB   VBD   1  ROOT
    2  their    _              PRON   PRP$  3  poss
    3  {noun}   {noun_lemma}   NOUN   NNS   1  dobj
    4  .        _              PUNCT  .     1  punct
    """) == [(verb, expected, "light")]


def test_cues_event_noun_with_a_possessive_actor():
    assert cues("""
    0  Biden      _         PROPN  NNP  2  poss   B-PERSON
    1  's         _         PART   POS  0  case
    2  threat     _         NOUN   NN   2  ROOT
    3  of         _         ADP    IN   2  prep
    4  sanctions  sanction  NOUN   NNS  3  pobj
    """) == [("threat", "THREATEN", "noun"), ("sanctions", "SANCTION", "noun")]


def test_cues_mediation_in_a_hyphenated_modifier():
    assert cues("""
    0  China          _              PROPN  NNP  1  nsubj  B-GPE
    1  condemned      condemn        VERB   VBD  1  ROOT
    2  the            _              DET    DT   4  det
    3  U.S.-brokered  u.s.-brokered  ADJ    JJ   4  amod
    4  ceasefire      _              NOUN   NN   1  dobj
    5  .              _              PUNCT  .    1  punct
    """) == [("condemned", "DISAPPROVE", "verb"), ("U.S.-brokered", "CONSULT", "mediation"), ("ceasefire", "AGREE", "noun")]


@pytest.mark.parametrize("victims, lemma, expected", [
    ("soldiers", "soldier", "FIGHT"),  # combat
    ("civilians", "civilian", "ASSAULT"),  # violence against civilians
])
def test_cues_killing_soldiers_is_combat(victims, lemma, expected):
    assert cues(f"""
    0  Rebels     rebel    NOUN   NNS  1  nsubj
    1  killed     kill     VERB   VBD  1  ROOT
    2  dozens     dozen    NOUN   NNS  1  dobj
    3  of         _        ADP    IN   2  prep
    4  {victims}  {lemma}  NOUN   NNS  3  pobj
    5  .          _        PUNCT  .    1  punct
    """) == [("killed", expected, "verb")]


@pytest.mark.parametrize("goods, lemma, expected", [("troops", "troop", "MOBILIZE"), ("helmets", "helmet", "AID")])
def test_cues_sending_forces_or_goods(goods, lemma, expected):
    assert cues(f"""
    0  Germany  _        PROPN  NNP  1  nsubj  B-GPE
    1  sent     send     VERB   VBD  1  ROOT
    2  {goods}  {lemma}  NOUN   NNS  1  dobj
    3  to       _        ADP    IN   1  prep
    4  Ukraine  _        PROPN  NNP  3  pobj   B-GPE
    5  .        _        PUNCT  .    1  punct
    """) == [("sent", expected, "verb")]


@pytest.mark.parametrize("listing, expected", [
    ("""
    0  Moscow    _       PROPN  NNP   1  nsubj  B-GPE
    1  recalled  recall  VERB   VBD   1  ROOT
    2  its       _       PRON   PRP$  3  poss
    3  envoy     _       NOUN   NN    1  dobj
    4  .         _       PUNCT  .     1  punct
    """, [("recalled", "SANCTION", "verb")]),
    ("""
    0  Iran       _         PROPN  NNP  1  nsubj   B-GPE
    1  released   release   VERB   VBD  1  ROOT
    2  six        _         NUM    CD   3  nummod  B-CARDINAL
    3  detainees  detainee  NOUN   NNS  1  dobj
    4  .          _         PUNCT  .    1  punct
    """, [("released", "RETREAT", "verb")]),
    # a ban on trade is a sanction, not coercion
    ("""
    0  Russia   _       PROPN  NNP  1  nsubj  B-GPE
    1  banned   ban     VERB   VBD  1  ROOT
    2  imports  import  NOUN   NNS  1  dobj
    3  from     _       ADP    IN   2  prep
    4  Belarus  _       PROPN  NNP  3  pobj   B-GPE
    5  .        _       PUNCT  .    1  punct
    """, [("banned", "SANCTION", "verb")]),
    # a decree signed at home is no agreement with anyone
    ("""
    0  Putin   _     PROPN  NNP  1  nsubj  B-PERSON
    1  signed  sign  VERB   VBD  1  ROOT
    2  the     _     DET    DT   3  det
    3  decree  _     NOUN   NN   1  dobj
    4  .       _     PUNCT  .    1  punct
    """, []),
    # wanting something from someone is a demand
    ("""
    0  Kyiv        _          PROPN  NNP  1  nsubj  B-GPE
    1  wants       want       VERB   VBZ  1  ROOT
    2  guarantees  guarantee  NOUN   NNS  1  dobj
    3  from        _          ADP    IN   2  prep
    4  Moscow      _          PROPN  NNP  3  pobj   B-GPE
    5  .           _          PUNCT  .    1  punct
    """, [("wants", "DEMAND", "verb"), ("guarantees", "AGREE", "noun")]),
    # judging something as hostile disapproves of it
    ("""
    0  China      _          PROPN  NNP  1  nsubj  B-GPE
    1  saw        see        VERB   VBD  1  ROOT
    2  it         _          PRON   PRP  1  dobj
    3  as         _          ADP    IN   1  prep
    4  an         _          DET    DT   6  det
    5  offensive  _          ADJ    JJ   6  amod
    6  move       _          NOUN   NN   3  pobj
    7  .          _          PUNCT  .    1  punct
    """, [("saw", "DISAPPROVE", "verb")]),
    # a verb of saying whose complement condemns
    ("""
    0  Beijing    _         PROPN  NNP  1  nsubj  B-GPE
    1  said       say       VERB   VBD  1  ROOT
    2  the        _         DET    DT   3  det
    3  sanctions  sanction  NOUN   NNS  4  nsubj
    4  were       be        AUX    VBD  1  ccomp
    5  illegal    _         ADJ    JJ   4  acomp
    6  .          _         PUNCT  .    1  punct
    """, [("said", "DISAPPROVE", "verb"), ("sanctions", "SANCTION", "noun")]),
])
def test_cues_constructions(listing, expected):
    assert cues(listing) == expected


@pytest.mark.parametrize("modifier, lemma, noun, expected", [
    ("general", "general", "strike", "PROTEST"),
    ("air", "air", "strike", "FIGHT"),
    ("martial", "martial", "law", "COERCE"),
    ("export", "export", "controls", "SANCTION"),
    ("border", "border", "control", None),
    ("phone", "phone", "call", "CONSULT"),
    ("joint", "joint", "drills", "COOPERATE"),
    ("naval", "naval", "drills", "MOBILIZE"),
    ("military", "military", "operation", "FIGHT"),
])
def test_cues_noun_type_by_its_modifier(modifier, lemma, noun, expected):
    doc = parse(f"""
    0  {modifier}  {lemma}  ADJ   JJ   1  amod
    1  {noun}      _        NOUN  NN   1  ROOT
    """)
    assert noun_type(doc[1]) == expected


def test_cues_quantified_noun():
    doc = parse("""
    0  dozens    dozen    NOUN  NNS  0  ROOT
    1  of        _        ADP   IN   0  prep
    2  soldiers  soldier  NOUN  NNS  1  pobj
    """)
    assert quantified(doc[0]).text == "soldiers"
    assert quantified(doc[2]).text == "soldiers"


def test_cues_verb_lemma_mended_for_a_past_form():
    doc = parse("""
    0  Workers  worker  NOUN   NNS  1  nsubj
    1  staged   stag    VERB   VBD  1  ROOT
    2  rallies  rally   NOUN   NNS  1  dobj
    3  .        _       PUNCT  .    1  punct
    """)
    assert verb_lemma(token(doc, "staged")) == "stage"
    assert verb_lemma(token(doc, "rallies")) == "rally"
