"""Prospects: acts advocated, prescribed, pending, conditional or still to come are not asserted; a call for a
measure against a third party is not addressed to it (constructions from a hand-read of unseen press releases)."""
from stancegraph.model import Status
from stancegraph.rules.asked_measures import asks_for_a_measure
from stancegraph.rules.goals import goal_status
from stancegraph.rules.performatives import performative
from stancegraph.rules.prospects import ended_act, prospect_status
from stancegraph.rules.qualifiers import epistemic_status

from .docs import parse, statements, token


def test_prospects_advocated_act_is_hypothetical(registry):
    # "He also spoke in favor of helping Ukraine document the crimes"
    doc = parse("""
    0  He       he      PRON   PRP  1  nsubj
    1  spoke    speak   VERB   VBD  1  ROOT
    2  in       _       ADP    IN   1  prep
    3  favor    _       NOUN   NN   2  pobj
    4  of       _       ADP    IN   3  prep
    5  helping  help    VERB   VBG  4  pcomp
    6  Ukraine  _       PROPN  NNP  5  dobj  B-GPE
    7  .        _       PUNCT  .    1  punct
    """, registry)
    assert prospect_status(token(doc, "helping")) is Status.HYPOTHETICAL
    assert prospect_status(token(doc, "spoke")) is None


def test_prospects_insisting_on_talks_leaves_the_talks_unheld(registry):
    # "he insisted on holding direct talks with Russia": the talks are asked for
    doc = parse("""
    0  Kyiv      _        PROPN  NNP  1  nsubj  B-GPE
    1  insisted  insist   VERB   VBD  1  ROOT
    2  on        _        ADP    IN   1  prep
    3  holding   hold     VERB   VBG  2  pcomp
    4  direct    _        ADJ    JJ   5  amod
    5  talks     talk     NOUN   NNS  3  dobj
    6  with      _        ADP    IN   5  prep
    7  Russia    _        PROPN  NNP  6  pobj  B-GPE
    8  .         _        PUNCT  .    1  punct
    """, registry)
    assert prospect_status(token(doc, "holding")) is Status.HYPOTHETICAL
    consults = [s for s in statements(doc, registry) if s.type == "CONSULT"]
    assert consults and all(s.status is Status.HYPOTHETICAL for s in consults)


def test_prospects_relative_clause_with_a_modal_prescribes_the_act(registry):
    # "a dialogue that must continue between Russia and NATO"; "that will continue" is scheduled
    listing = """
    0  a          _         DET    DT   1  det
    1  dialogue   _         NOUN   NN   1  ROOT
    2  that       _         PRON   WDT  4  nsubj
    3  {modal}    _         AUX    MD   4  aux
    4  continue   _         VERB   VB   1  relcl
    5  between    _         ADP    IN   4  prep
    6  Russia     _         PROPN  NNP  5  pobj  B-GPE
    7  and        _         CCONJ  CC   6  cc
    8  NATO       _         PROPN  NNP  6  conj  B-ORG
    """
    assert prospect_status(token(parse(listing.format(modal="must"), registry), "dialogue")) is Status.HYPOTHETICAL
    assert prospect_status(token(parse(listing.format(modal="will"), registry), "dialogue")) is Status.SCHEDULED


def test_prospects_time_clause_of_a_prescribed_clause_is_pending(registry):
    # "they must be taken into account when applying sanctions"; "... when Russia attacked" told what happened
    listing = """
    0  they       _        PRON   PRP  3  nsubjpass
    1  {modal}    _        AUX    MD   3  aux
    2  be         _        AUX    VB   3  auxpass
    3  taken      take     VERB   VBN  3  ROOT
    4  into       _        ADP    IN   3  prep
    5  account    _        NOUN   NN   4  pobj
    6  when       _        SCONJ  WRB  7  advmod
    7  {verb}     {lemma}  VERB   {tag}  3  advcl
    8  sanctions  sanction NOUN   NNS  7  dobj
    """
    pending = parse(listing.format(modal="must", verb="applying", lemma="apply", tag="VBG"), registry)
    assert prospect_status(token(pending, "applying")) is Status.HYPOTHETICAL
    told = parse(listing.format(modal="must", verb="applied", lemma="apply", tag="VBD"), registry)
    assert prospect_status(token(told, "applied")) is None


def test_prospects_in_the_event_of_is_a_condition_but_not_in_the_case_of(registry):
    # "in the event of a referendum they will not recognise it"; "in the case of Ukraine they recognised it"
    listing = """
    0  in          _          ADP    IN   5  prep
    1  the         _          DET    DT   2  det
    2  {noun}      _          NOUN   NN   0  pobj
    3  of          _          ADP    IN   2  prep
    4  referendums referendum NOUN   NNS  3  pobj
    5  recognised  recognise  VERB   VBD  5  ROOT
    6  it          _          PRON   PRP  5  dobj
    """
    assert prospect_status(token(parse(listing.format(noun="event"), registry), "recognised")) is Status.HYPOTHETICAL
    assert prospect_status(token(parse(listing.format(noun="case"), registry), "recognised")) is None


def test_prospects_on_the_eve_of_a_meeting_it_is_still_to_come(registry):
    # "held a video conference with Georgieva on the eve of the meeting of the G7"
    doc = parse("""
    0  Kyiv        _       PROPN  NNP  1  nsubj  B-GPE
    1  held        hold    VERB   VBD  1  ROOT
    2  talks       talk    NOUN   NNS  1  dobj
    3  on          _       ADP    IN   1  prep
    4  the         _       DET    DT   5  det
    5  eve         _       NOUN   NN   3  pobj
    6  of          _       ADP    IN   5  prep
    7  the         _       DET    DT   8  det
    8  meeting     _       NOUN   NN   6  pobj
    9  .           _       PUNCT  .    1  punct
    """, registry)
    assert prospect_status(token(doc, "meeting")) is Status.SCHEDULED
    assert prospect_status(token(doc, "talks")) is None


def test_prospects_bare_verb_hung_on_a_finite_one_belongs_to_the_infinitive(registry):
    # "Palantir is ready to invest in Ukraine and help us": ready to help, not helping
    doc = parse("""
    0  Palantir  _       PROPN  NNP  1  nsubj  B-ORG
    1  is        be      AUX    VBZ  1  ROOT
    2  ready     _       ADJ    JJ   1  acomp
    3  to        _       PART   TO   4  aux
    4  invest    _       VERB   VB   2  xcomp
    5  and       _       CCONJ  CC   1  cc
    6  help      _       VERB   VB   1  conj
    7  us        we      PRON   PRP  6  dobj
    """, registry)
    assert prospect_status(token(doc, "help")) is Status.SCHEDULED


def test_prospects_necessity_over_a_for_infinitive_is_a_goal(registry):
    # "I consider it necessary for Sirius to coordinate the creation of a network"
    doc = parse("""
    0  I           _           PRON   PRP  1  nsubj
    1  consider    _           VERB   VBP  1  ROOT
    2  it          _           PRON   PRP  3  nsubj
    3  necessary   _           ADJ    JJ   1  ccomp
    4  for         _           SCONJ  IN   7  mark
    5  Sirius      _           PROPN  NNP  7  nsubj  B-ORG
    6  to          _           PART   TO   7  aux
    7  coordinate  _           VERB   VB   3  advcl
    8  creation    _           NOUN   NN   7  dobj
    """, registry)
    assert goal_status(token(doc, "coordinate")) is Status.HYPOTHETICAL


def test_prospects_call_for_a_measure_is_not_addressed_to_its_target(registry):
    # "Kyiv called for an embargo on Russia": Russia is what the embargo targets, not who is asked
    doc = parse("""
    0  Kyiv     _        PROPN  NNP  1  nsubj  B-GPE
    1  called   call     VERB   VBD  1  ROOT
    2  for      _        ADP    IN   1  prep
    3  an       _        DET    DT   4  det
    4  embargo  _        NOUN   NN   2  pobj
    5  on       _        ADP    IN   4  prep
    6  Russia   _        PROPN  NNP  5  pobj  B-GPE
    7  .        _        PUNCT  .    1  punct
    """, registry)
    assert asks_for_a_measure(token(doc, "called"))
    asked = [s for s in statements(doc, registry) if s.type in ("APPEAL", "DEMAND")]
    assert not any(t.actor.id == "RUS" for s in asked for t in s.targets)
    # "Kyiv demanded an end to Russia's blockade": the blockade is Russia's own act, Russia may be asked
    doc = parse("""
    0  Kyiv      _         PROPN  NNP  1  nsubj  B-GPE
    1  demanded  demand    VERB   VBD  1  ROOT
    2  an        _         DET    DT   3  det
    3  end       _         NOUN   NN   1  dobj
    4  to        _         ADP    IN   3  prep
    5  Russia    _         PROPN  NNP  7  poss  B-GPE
    6  's        _         PART   POS  5  case
    7  blockade  _         NOUN   NN   4  pobj
    8  .         _         PUNCT  .    1  punct
    """, registry)
    assert not asks_for_a_measure(token(doc, "demanded"))


def test_prospects_circumstance_is_no_complement_of_a_wish(registry):
    # "During a conversation with Biden, Zelenskyy invited academics": the conversation happened
    doc = parse("""
    0  During        during        ADP    IN   7  prep
    1  a             _             DET    DT   2  det
    2  conversation  _             NOUN   NN   0  pobj
    3  with          _             ADP    IN   2  prep
    4  Biden         _             PROPN  NNP  3  pobj  B-PERSON
    5  ,             _             PUNCT  ,    7  punct
    6  Zelenskyy     _             PROPN  NNP  7  nsubj  B-PERSON
    7  invited       invite        VERB   VBD  7  ROOT
    8  academics     academic      NOUN   NNS  7  dobj
    9  .             _             PUNCT  .    7  punct
    """, registry)
    assert epistemic_status(token(doc, "conversation")) is None
    assert prospect_status(token(doc, "conversation")) is None


def test_prospects_aimed_at_forcing_is_a_goal(registry):
    # "measures aimed at forcing Russia to end the war": the war has not ended
    doc = parse("""
    0  Measures  measure  NOUN   NNS  0  ROOT
    1  aimed     aim      VERB   VBN  0  acl
    2  at        _        ADP    IN   1  prep
    3  forcing   force    VERB   VBG  2  pcomp
    4  Russia    _        PROPN  NNP  3  dobj  B-GPE
    5  to        _        PART   TO   6  aux
    6  end       _        VERB   VB   3  xcomp
    7  the       _        DET    DT   8  det
    8  war       _        NOUN   NN   6  dobj
    """, registry)
    assert goal_status(token(doc, "end")) is Status.HYPOTHETICAL


def test_prospects_joining_others_in_thanking_thanks(registry):
    # "I would like to join the previous speakers in thanking Xi": said, so done
    doc = parse("""
    0  I         _         PRON   PRP  2  nsubj
    1  would     _         AUX    MD   2  aux
    2  like      _         VERB   VB   2  ROOT
    3  to        _         PART   TO   4  aux
    4  join      _         VERB   VB   2  xcomp
    5  the       _         DET    DT   7  det
    6  previous  _         ADJ    JJ   7  amod
    7  speakers  speaker   NOUN   NNS  4  dobj
    8  in        _         ADP    IN   4  prep
    9  thanking  thank     VERB   VBG  8  pcomp
    10 Xi        _         PROPN  NNP  9  dobj  B-PERSON
    11 .         _         PUNCT  .    2  punct
    """, registry)
    assert performative(token(doc, "thanking"))


def test_prospects_preposition_after_an_object_of_wanting_belongs_to_it(registry):
    # "The leaders expressed their interest in advancing cooperation" (the parser hangs "in" on the verb)
    doc = parse("""
    0  The          the         DET    DT   1  det
    1  leaders      leader      NOUN   NNS  2  nsubj
    2  expressed    express     VERB   VBD  2  ROOT
    3  their        their       PRON   PRP$ 4  poss
    4  interest     _           NOUN   NN   2  dobj
    5  in           _           ADP    IN   2  prep
    6  advancing    advance     VERB   VBG  5  pcomp
    7  cooperation  _           NOUN   NN   6  dobj
    8  .            _           PUNCT  .    2  punct
    """, registry)
    assert prospect_status(token(doc, "cooperation")) is Status.HYPOTHETICAL
    assert prospect_status(token(doc, "expressed")) is None


def test_prospects_an_act_whose_end_is_to_come_goes_on(registry):
    # "the sooner Russia's war against Ukraine will end": the war is no plan
    doc = parse("""
    0  Russia   _        PROPN  NNP  2  poss  B-GPE
    1  's       _        PART   POS  0  case
    2  war      _        NOUN   NN   7  nsubj
    3  against  _        ADP    IN   2  prep
    4  Ukraine  _        PROPN  NNP  3  pobj  B-GPE
    5  will     _        AUX    MD   7  aux
    6  soon     _        ADV    RB   7  advmod
    7  end      _        VERB   VB   7  ROOT
    8  .        _        PUNCT  .    7  punct
    """, registry)
    assert ended_act(token(doc, "war"), token(doc, "end"))
    wars = [s for s in statements(doc, registry) if s.type == "FIGHT"]
    assert wars and all(s.status is Status.ASSERTED and s.modality is None for s in wars)


def test_prospects_ending_under_a_prescribed_until_clause_is_no_event(read):
    # the ending a prescription aims at has not happened; told in the past, it has
    pending = read("Sanctions pressure on Russia should increase until it ends the war.")
    assert not [s for s in pending if s.type == "RETREAT"]
    told = read("Sanctions pressure on Russia increased until it ended the war.")
    assert [s for s in told if s.type == "RETREAT" and s.status is Status.ASSERTED]
