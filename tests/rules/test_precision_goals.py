"""Precision on press releases (hand-read of unseen releases): goals and restricted conditions are not acts,
transcript turns with a bracketed note end the host's turn, title fragments are no actors, a body's own
state outranks the sentence's."""
import spacy

from stancegraph.model import Status
from stancegraph.nlp.brackets import split_brackets
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.goals import goal_status
from stancegraph.rules.mintable import mintable

from .docs import parse, statements, token


def test_goal_subject_of_be_makes_its_act_hypothetical(registry):
    # "The second stage is to make Russia withdraw troops": a goal, no withdrawal
    doc = parse("""
    0  The       the       DET    DT   2  det
    1  second    _         ADJ    JJ   2  amod
    2  stage     _         NOUN   NN   3  nsubj
    3  is        be        AUX    VBZ  3  ROOT
    4  to        _         PART   TO   5  aux
    5  make      _         VERB   VB   3  xcomp
    6  Russia    _         PROPN  NNP  7  nsubj  B-GPE
    7  withdraw  _         VERB   VB   5  ccomp
    8  troops    troop     NOUN   NNS  7  dobj
    9  .         _         PUNCT  .    3  punct
    """, registry)
    assert goal_status(token(doc, "withdraw")) is Status.HYPOTHETICAL
    assert not [s for s in statements(doc, registry) if s.type == "RETREAT"]


def test_striving_verb_over_a_that_clause_makes_it_hypothetical(registry):
    # "Ukraine is working to ensure that the EU agrees on sanctions": the agreement is a goal
    doc = parse("""
    0  Ukraine    _          PROPN  NNP  2  nsubj  B-GPE
    1  is         be         AUX    VBZ  2  aux
    2  working    work       VERB   VBG  2  ROOT
    3  to         _          PART   TO   4  aux
    4  ensure     _          VERB   VB   2  xcomp
    5  that       _          SCONJ  IN   8  mark
    6  the        _          DET    DT   7  det
    7  EU         _          PROPN  NNP  8  nsubj  B-ORG
    8  agrees     agree      VERB   VBZ  4  ccomp
    9  on         _          ADP    IN   8  prep
    10 sanctions  sanction   NOUN   NNS  9  pobj
    11 .          _          PUNCT  .    2  punct
    """, registry)
    assert goal_status(token(doc, "agrees")) is Status.HYPOTHETICAL
    assert goal_status(token(doc, "working")) is None
    assert all(s.status is not Status.ASSERTED for s in statements(doc, registry) if s.cue.text.startswith("agree"))


def test_only_when_is_a_condition_and_an_event_noun_object_is_no_goal(registry):
    # "a ceasefire can be established only when he meets Putin" (the small English pipeline's parse)
    doc = parse("""
    0  A            a          DET    DT   1  det
    1  ceasefire    _          NOUN   NN   4  nsubjpass
    2  can          _          AUX    MD   4  aux
    3  be           _          AUX    VB   4  auxpass
    4  established  establish  VERB   VBN  4  ROOT
    5  only         _          ADV    RB   6  advmod
    6  when         _          SCONJ  WRB  8  advmod
    7  he           _          PRON   PRP  8  nsubj
    8  meets        meet       VERB   VBZ  4  advcl
    9  Putin        _          PROPN  NNP  8  dobj  B-PERSON
    10 .            _          PUNCT  .    4  punct
    """, registry)
    assert goal_status(token(doc, "meets")) is Status.HYPOTHETICAL
    # "our colleagues are trying to separate Russia's proposals": the proposals exist
    doc = parse("""
    0  They       they      PRON   PRP  1  nsubj
    1  try        _         VERB   VBP  1  ROOT
    2  to         _         PART   TO   3  aux
    3  separate   _         VERB   VB   1  xcomp
    4  Russia     _         PROPN  NNP  6  poss  B-GPE
    5  's         _         PART   POS  4  case
    6  proposals  proposal  NOUN   NNS  3  dobj
    7  .          _         PUNCT  .    1  punct
    """, registry)
    assert goal_status(token(doc, "separate")) is Status.HYPOTHETICAL
    assert goal_status(token(doc, "proposals")) is None


def test_bracketed_note_in_a_turn_label_is_split_and_ends_the_hosts_turn(registry):
    nlp = spacy.blank("en")
    split_brackets(nlp)
    assert [t.text for t in nlp("Rocca(retranslated): Thank you.")][:5] == ["Rocca", "(", "retranslated", ")", ":"]
    doc = parse("""
    0  Vladimir      _      PROPN  NNP  1  compound  B-PERSON
    1  Putin         _      PROPN  NNP  1  ROOT      I-PERSON
    2  :             _      PUNCT  :    1  punct
    3  We            we     PRON   PRP  4  nsubj
    4  help          _      VERB   VBP  4  ROOT
    5  .             _      PUNCT  .    4  punct
    6  Francesco     _      PROPN  NNP  7  compound  B-PERSON
    7  Rocca         _      PROPN  NNP  7  ROOT      I-PERSON
    8  (             _      PUNCT  -LRB-  9  punct
    9  retranslated  _      VERB   VBN  7  appos
    10 )             _      PUNCT  -RRB-  9  punct
    11 :             _      PUNCT  :    7  punct
    12 We            we     PRON   PRP  13 nsubj
    13 help          _      VERB   VBP  13 ROOT
    14 .             _      PUNCT  .    13 punct
    """, registry)
    we = {m.start: [a.id for a in m.actors] for m in actor_mentions(doc, registry) if m.how == "pronoun"}
    assert we.get(3) == ["RUS"] and 12 not in we


def test_title_before_of_and_a_place_run_into_a_name_are_not_mintable():
    nlp = spacy.blank("en")
    doc = nlp("General Designer of Almaz-Antey Pavel Sozinov")
    assert not mintable(doc[1:2])
    assert not mintable(nlp("Kamchatka Territory Vladimir Solodov")[:])
    assert mintable(nlp("Pavel Sozinov")[:])


def test_body_with_its_own_state_keeps_it(registry):
    # "Zelenskyy met a delegation of the US Congress": the US Congress, not "congress (Ukraine)"
    doc = parse("""
    0  Ukraine     _           PROPN  NNP  1  nsubj     B-GPE
    1  met         meet        VERB   VBD  1  ROOT
    2  a           _           DET    DT   3  det
    3  delegation  _           NOUN   NN   1  dobj
    4  of          _           ADP    IN   3  prep
    5  the         _           DET    DT   7  det
    6  US          _           PROPN  NNP  7  compound  B-GPE
    7  Congress    _           PROPN  NNP  4  pobj      B-ORG
    8  .           _           PUNCT  .    1  punct
    """, registry)
    congress = [m for m in actor_mentions(doc, registry) if m.head == 7]
    assert [a.id for a in congress[0].actors] == ["us-congress"]


def test_an_addressee_the_text_names_blocks_a_discourse_guess():
    # "we can count on support from many states": the states are named, only no actor; not "the EU countries"
    from stancegraph.model import Span
    from stancegraph.rules.addressees import names_other_addressee
    doc = parse("""
    0  we       we       PRON   PRP  2  nsubj
    1  can      _        AUX    MD   2  aux
    2  count    _        VERB   VB   2  ROOT
    3  on       _        ADP    IN   2  prep
    4  support  _        NOUN   NN   3  pobj
    5  from     _        ADP    IN   4  prep
    6  many     _        ADJ    JJ   7  amod
    7  states   state    NOUN   NNS  5  pobj
    8  .        _        PUNCT  .    2  punct
    """)
    assert names_other_addressee(doc, Span(text="count", start=doc[2].idx, end=doc[2].idx + 5))
    doc = parse("""
    0  He         he        PRON   PRP  1  nsubj
    1  called     call      VERB   VBD  1  ROOT
    2  on         _         ADP    IN   1  prep
    3  EU         _         PROPN  NNP  4  compound  B-ORG
    4  countries  country   NOUN   NNS  2  pobj
    5  .          _         PUNCT  .    1  punct
    """)
    assert not names_other_addressee(doc, Span(text="called", start=doc[1].idx, end=doc[1].idx + 6))


def test_accepting_greetings_is_no_agreement(registry):
    # "Mr Putin, please accept our sincere greetings": a courtesy (the parse is the small English pipeline's)
    doc = parse("""
    0  Mr         _         PROPN  NNP  1  compound
    1  Putin      _         PROPN  NNP  4  nsubj     B-PERSON
    2  ,          _         PUNCT  ,    4  punct
    3  please     _         INTJ   UH   4  intj
    4  accept     _         VERB   VB   4  ROOT
    5  Ukraine    _         PROPN  NNP  7  poss      B-GPE
    6  's         _         PART   POS  5  case
    7  greetings  greeting  NOUN   NNS  4  dobj
    8  .          _         PUNCT  .    4  punct
    """, registry)
    assert not [s for s in statements(doc, registry) if s.type == "AGREE"]


def test_an_own_partner_phrase_blocks_the_nearest_guess(registry):
    # "Speaking with the media following the meeting with President of Lithuania Gitanas Nauseda, Zelenskyy
    # thanked ...": the media, not Lithuania (the parse is the small English pipeline's)
    doc = parse("""
    0  Speaking   speak      VERB   VBG  16 advcl
    1  with       _          ADP    IN   0  prep
    2  the        _          DET    DT   3  det
    3  media      medium     NOUN   NNS  1  pobj
    4  following  follow     VERB   VBG  0  prep
    5  the        _          DET    DT   7  det
    6  trilateral _          ADJ    JJ   7  amod
    7  meeting    _          NOUN   NN   4  pobj
    8  with       _          ADP    IN   7  prep
    9  President  _          PROPN  NNP  8  pobj
    10 of         _          ADP    IN   9  prep
    11 Lithuania  _          PROPN  NNP  13 compound  B-GPE
    12 Gitanas    _          PROPN  NNP  13 compound  B-PERSON
    13 Nauseda    _          PROPN  NNP  10 pobj      I-PERSON
    14 ,          _          PUNCT  ,    16 punct
    15 Zelenskyy  _          PROPN  NNP  16 nsubj     B-PERSON
    16 thanked    thank      VERB   VBD  16 ROOT
    17 his        his        PRON   PRP$ 18 poss
    18 colleagues colleague  NOUN   NNS  16 dobj
    19 .          _          PUNCT  .    16 punct
    """, registry)
    assert not [s for s in statements(doc, registry) if s.cue.text.startswith("Speaking") and s.rule.endswith("+nearest")]
