"""stancegraph.rules.participants on hand-built parses: the speaker and targets of verbs, light verbs and event
nouns, the guessed other side, mediators and their parties, and the state a domestic act is aimed at."""
from stancegraph.rules.cues import find_cues
from stancegraph.rules.conventions import domestic_target, mediation_participants
from stancegraph.rules.guessed_targets import fallback_targets
from stancegraph.rules.participants import actors_of, addressee_named, direct_targets, each_other, noun_participants
from stancegraph.rules.syntax import condition_clause, subject_of

from .docs import PUBLISHED, context, parse, token
from .listings import (
    HEZBOLLAH_FIRED_ROCKETS_AT_ISRAEL, MOSCOW_DEMANDED_WASHINGTON_WITHDRAW_ITS_TROOPS,
    POLAND_URGED_RUSSIA_TO_WITHDRAW_ITS_TROOPS, PUTIN_WARNED_BIDEN, THE_EU_IMPOSED_SANCTIONS_ON_RUSSIA,
    THOUSANDS_OF_PROTESTERS_RALLIED_IN_MINSK, TURKEY_HOSTED_TALKS_BETWEEN_LAVROV_AND_KULEBA,
)


def ids(mentions):
    return [[a.id for a in m.actors] for m in mentions]


def cue_of(doc, word):
    return next(c for c in find_cues(doc[:]) if c.head.text == word)


def targets_of(listing, registry, word, exclude=frozenset()):
    doc = parse(listing, registry)
    cue = cue_of(doc, word)
    targets, how = direct_targets(cue, cue.head, context(doc, registry), exclude)
    return ids(targets), how


def test_participants_active_subject_and_object(registry):
    assert targets_of(PUTIN_WARNED_BIDEN, registry, "warned") == ([["joe-biden"]], "dobj")
    doc = parse(PUTIN_WARNED_BIDEN, registry)
    assert ids(context(doc, registry).index.of_phrase(subject_of(doc[1])[0])) == [["vladimir-putin"]]


PASSIVE = """
    0  Ukraine   _       PROPN  NNP  2  nsubjpass  B-GPE
    1  was       be      AUX    VBD  2  auxpass
    2  attacked  attack  VERB   VBN  2  ROOT
    3  by        _       ADP    IN   2  agent
    4  Russia    _       PROPN  NNP  3  pobj       B-GPE
    5  .         _       PUNCT  .    2  punct
"""


def test_participants_passive_subject_is_the_target_and_the_by_agent_acts(registry):
    assert targets_of(PASSIVE, registry, "attacked") == ([["UKR"]], "nsubjpass")
    doc = parse(PASSIVE, registry)
    agent, how = subject_of(doc[2])
    assert (ids(context(doc, registry).index.of_phrase(agent)), how) == ([["RUS"]], "agent")


def test_participants_subject_of_a_demanded_clause_is_the_target(registry):
    assert targets_of(MOSCOW_DEMANDED_WASHINGTON_WITHDRAW_ITS_TROOPS, registry, "demanded") == ([["USA"]], "ccomp-subj")


def test_participants_object_control_the_urged_one_is_target_and_actor(registry):
    assert targets_of(POLAND_URGED_RUSSIA_TO_WITHDRAW_ITS_TROOPS, registry, "urged") == ([["RUS"]], "dobj")
    doc = parse(POLAND_URGED_RUSSIA_TO_WITHDRAW_ITS_TROOPS, registry)
    actor, how = subject_of(token(doc, "withdraw"))  # Russia is to withdraw, not Poland
    assert (ids(context(doc, registry).index.of_phrase(actor)), how) == ([["RUS"]], "xcomp-object")


def test_participants_light_verb_target_in_the_nouns_phrase(registry):
    assert targets_of(THE_EU_IMPOSED_SANCTIONS_ON_RUSSIA, registry, "imposed") == ([["RUS"]], "prep-on")


def test_participants_place_is_no_target_but_the_partner_is(registry):
    assert targets_of("""
    0  Lavrov   _     PROPN  NNP  1  nsubj  B-PERSON
    1  held     hold  VERB   VBD  1  ROOT
    2  talks    talk  NOUN   NNS  1  dobj
    3  with     _     ADP    IN   2  prep
    4  Blinken  _     PROPN  NNP  3  pobj   B-PERSON
    5  in       _     ADP    IN   2  prep
    6  Geneva   _     PROPN  NNP  5  pobj   B-GPE
    7  .        _     PUNCT  .    1  punct
    """, registry, "held") == ([["antony-blinken"]], "prep-with")


def test_participants_what_a_weapon_is_fired_at_is_the_target(registry):
    assert targets_of(HEZBOLLAH_FIRED_ROCKETS_AT_ISRAEL, registry, "fired") == ([["ISR"]], "prep-at")


CALLED_ON_THE_WORLD = """
    0  Zelensky  _      PROPN  NNP  1  nsubj  B-PERSON
    1  called    call   VERB   VBD  1  ROOT
    2  on        _      ADP    IN   1  prep
    3  the       _      DET    DT   4  det
    4  world     _      NOUN   NN   2  pobj
    5  to        _      PART   TO   6  aux
    6  block     _      VERB   VB   1  xcomp
    7  Putin     _      PROPN  NNP  9  poss   B-PERSON
    8  's        _      PART   POS  7  case
    9  cash      _      NOUN   NN   6  dobj
    10 .         _      PUNCT  .    1  punct
"""


def test_participants_addressee_written_as_a_noun_is_no_actor(registry):
    doc = parse(CALLED_ON_THE_WORLD, registry)
    cue = cue_of(doc, "called")
    assert (cue.type, cue.kind) == ("APPEAL", "phrasal")
    assert addressee_named(cue, cue.head)
    assert direct_targets(cue, cue.head, context(doc, registry)) == ([], "")  # not Putin


def test_participants_each_other():
    doc = parse("""
    0  The      the     DET    DT   2  det
    1  two      _       NUM    CD   2  nummod
    2  sides    side    NOUN   NNS  3  nsubj
    3  accused  accuse  VERB   VBD  3  ROOT
    4  each     _       DET    DT   5  det
    5  other    _       ADJ    JJ   3  dobj
    6  .        _       PUNCT  .    3  punct
    """)
    assert each_other(doc[3])
    assert not each_other(parse(PASSIVE)[2])


DEMAND_NOUN = """
    0  Russia      _          PROPN  NNP  2  poss   B-GPE
    1  's          _          PART   POS  0  case
    2  demand      _          NOUN   NN   2  ROOT
    3  for         _          ADP    IN   2  prep
    4  guarantees  guarantee  NOUN   NNS  3  pobj
    5  from        _          ADP    IN   4  prep
    6  NATO        _          PROPN  NNP  5  pobj   B-ORG
"""


def test_participants_event_noun_possessive_speaker(registry):
    doc = parse(DEMAND_NOUN, registry)
    speakers, how, targets, thow, reciprocal = noun_participants(token(doc, "demand"), context(doc, registry))
    assert (ids(speakers), how, ids(targets), thow, reciprocal) == ([["RUS"]], "poss", [["NATO"]], "prep-for", False)


def test_participants_talks_between_two_sides_are_reciprocal(registry):
    doc = parse("""
    0  talks    talk  NOUN   NNS  0  ROOT
    1  between  _     ADP    IN   0  prep
    2  Russia   _     PROPN  NNP  1  pobj  B-GPE
    3  and      _     CCONJ  CC   2  cc
    4  NATO     _     PROPN  NNP  2  conj  B-ORG
    """, registry)
    speakers, how, targets, _, reciprocal = noun_participants(doc[0], context(doc, registry))
    assert (ids(speakers), how, targets, reciprocal) == ([["RUS"], ["NATO"]], "prep-between", [], True)


def test_participants_reaction_from_someone_is_theirs(registry):
    doc = parse("""
    0  condemnation  _  NOUN   NN   0  ROOT
    1  from          _  ADP    IN   0  prep
    2  Washington    _  PROPN  NNP  1  pobj  B-GPE
    """, registry)
    speakers, how, targets, _, reciprocal = noun_participants(doc[0], context(doc, registry))
    assert (ids(speakers), how, targets, reciprocal) == ([["USA"]], "prep-from", [], False)


def test_participants_two_names_before_a_noun_are_a_pair(registry):
    doc = parse("""
    0  the           _  DET    DT    4  det
    1  Putin         _  PROPN  NNP   3  compound  B-PERSON
    2  -             _  PUNCT  HYPH  3  punct
    3  Biden         _  PROPN  NNP   4  compound  B-PERSON
    4  conversation  _  NOUN   NN    4  ROOT
    """, registry)
    speakers, how, _, _, reciprocal = noun_participants(doc[4], context(doc, registry))
    assert (ids(speakers), how, reciprocal) == ([["vladimir-putin"], ["joe-biden"]], "compound-pair", True)


def test_participants_fallback_is_the_subject_of_the_condition(registry):
    doc = parse("""
    0  Biden       _          PROPN  NNP  1  nsubj  B-PERSON
    1  threatened  threaten   VERB   VBD  1  ROOT
    2  a           _          DET    DT   4  det
    3  heavy       _          ADJ    JJ   4  amod
    4  price       _          NOUN   NN   1  dobj
    5  if          _          SCONJ  IN   7  mark
    6  Russia      _          PROPN  NNP  7  nsubj  B-GPE
    7  invades     invade     VERB   VBZ  1  advcl
    8  Ukraine     _          PROPN  NNP  7  dobj   B-GPE
    9  .           _          PUNCT  .    1  punct
    """, registry)
    ctx, cue = context(doc, registry), cue_of(doc, "threatened")
    assert direct_targets(cue, cue.head, ctx) == ([], "")
    cond = condition_clause(cue.head)
    assert ids(fallback_targets(doc[:], cue, cond, ctx, {"joe-biden", "USA"})) == [["RUS"]]


def test_participants_fallback_for_force_is_where_it_happens(registry):
    doc = parse("""
    0  Troops   troop  NOUN   NNS  1  nsubj
    1  shelled  shell  VERB   VBD  1  ROOT
    2  areas    area   NOUN   NNS  1  dobj
    3  in       _      ADP    IN   2  prep
    4  Kharkiv  _      PROPN  NNP  3  pobj
    5  .        _      PUNCT  .    1  punct
    """, registry)
    ctx, cue = context(doc, registry), cue_of(doc, "shelled")
    assert ids(fallback_targets(doc[:], cue, None, ctx, set())) == [["UKR"]]


def test_participants_mediator_and_parties(registry):
    doc = parse(TURKEY_HOSTED_TALKS_BETWEEN_LAVROV_AND_KULEBA, registry)
    cue = cue_of(doc, "hosted")
    assert (cue.type, cue.kind) == ("CONSULT", "mediation")
    mediators, how, parties, phow = mediation_participants(cue, context(doc, registry))
    assert (ids(mediators), how, ids(parties), phow) == ([["TUR"]], "nsubj", [["sergey-lavrov"], ["dmytro-kuleba"]],
                                                         "mediated")


def test_participants_actors_of_coordinated_phrases_once_each(registry):
    doc = parse(TURKEY_HOSTED_TALKS_BETWEEN_LAVROV_AND_KULEBA, registry)
    ctx = context(doc, registry)
    assert ids(actors_of([doc[4], doc[6], doc[0]], ctx)) == [["sergey-lavrov"], ["dmytro-kuleba"], ["TUR"]]


def test_participants_protesters_protest_against_their_state(registry):
    doc = parse(THOUSANDS_OF_PROTESTERS_RALLIED_IN_MINSK, registry)
    ctx, cue = context(doc, registry), cue_of(doc, "rallied")
    [crowd] = ctx.index.of_phrase(doc[0])
    assert domestic_target(crowd, crowd.actors[0], "PROTEST", cue, PUBLISHED, ctx).id == "BLR"
    assert domestic_target(crowd, crowd.actors[0], "FIGHT", cue, PUBLISHED, ctx) is None  # only domestic types
