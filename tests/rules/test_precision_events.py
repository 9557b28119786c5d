"""Precision on press releases, the event side (hand-reads 6 and 7 of unseen releases): acts inside an
opportunity or attempt are not asserted, a verdict is no verb, a participle after "to" is no act, taking part
in a ceremony is no agreement, condolences are no support of the deceased, the topic of a talk or an agreement
is no party, an intent to cooperate is AGREE."""
import spacy
from spacy.tokens import Doc

from stancegraph.model import Status
from stancegraph.rules.goals import goal_status
from stancegraph.rules.judgements import negative_verdict

from .docs import parse, statements, token


def _pairs(doc, registry, type_=None):
    return {(s.speaker.actor.label, tuple(t.actor.label for t in s.targets), s.type, s.status)
            for s in statements(doc, registry) if type_ is None or s.type == type_}


def test_act_inside_an_opportunity_is_not_asserted_but_a_taken_one_is(registry):
    # "every day of delay is an opportunity for the Russian military to kill Ukrainians"
    doc = parse("""
    0  Every       every  DET    DT   1  det
    1  delay       _      NOUN   NN   2  nsubj
    2  is          be     AUX    VBZ  2  ROOT
    3  an          _      DET    DT   4  det
    4  opportunity _      NOUN   NN   2  attr
    5  for         _      SCONJ  IN   8  mark
    6  Russia      _      PROPN  NNP  8  nsubj  B-GPE
    7  to          _      PART   TO   8  aux
    8  attack      _      VERB   VB   4  advcl
    9  Ukraine     _      PROPN  NNP  8  dobj   B-GPE
    10 .           _      PUNCT  .    2  punct
    """, registry)
    assert goal_status(token(doc, "attack")) is Status.HYPOTHETICAL
    assert not [s for s in statements(doc, registry) if s.status is Status.ASSERTED]
    # "took the opportunity to thank": taken, so done
    doc = parse("""
    0  Putin       _      PROPN  NNP  1  nsubj  B-PERSON
    1  took        take   VERB   VBD  1  ROOT
    2  the         _      DET    DT   3  det
    3  opportunity _      NOUN   NN   1  dobj
    4  to          _      PART   TO   5  aux
    5  thank       _      VERB   VB   3  acl
    6  Erdogan     _      PROPN  NNP  5  dobj   B-PERSON
    7  .           _      PUNCT  .    1  punct
    """, registry)
    assert goal_status(token(doc, "thank")) is None


def test_a_verdict_is_a_noun_or_an_adjective_not_a_verb():
    # "said that there was an attempt to remove the bodies lying in the open air": "lying" tells no lie
    vocab = spacy.blank("en").vocab
    words = ["He", "said", "the", "problem", "was", "the", "bodies", "lying", "outside"]
    heads = [1, 1, 3, 4, 1, 6, 4, 6, 7]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "attr", "acl", "advmod"]
    pos = ["PRON", "VERB", "DET", "NOUN", "AUX", "DET", "NOUN", "VERB", "ADV"]
    lemmas = ["he", "say", "the", "problem", "be", "the", "body", "lie", "outside"]
    assert not negative_verdict(Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)[1])
    words[6:8], lemmas[6:8], pos[6:8] = ["lies", "told"], ["lie", "tell"], ["NOUN", "VERB"]
    assert negative_verdict(Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)[1])


def test_participle_after_to_is_an_adjective_not_an_occupation(registry):
    # "the Russian military forcibly took the boy to occupied Novoazovsk"
    doc = parse("""
    0  Russian     russian  ADJ    JJ   1  amod   B-NORP
    1  troops      troop    NOUN   NNS  2  nsubj
    2  took        take     VERB   VBD  2  ROOT
    3  the         _        DET    DT   4  det
    4  boy         _        NOUN   NN   2  dobj
    5  to          _        PART   TO   6  aux
    6  occupied    occupy   VERB   VBN  2  advcl
    7  Mariupol    _        PROPN  NNP  6  dobj   B-GPE
    8  .           _        PUNCT  .    2  punct
    """, registry)
    assert not _pairs(doc, registry)


def test_taking_part_in_a_ceremony_is_no_agreement(registry):
    # "Zelenskyy and his wife Olena took part in the farewell ceremony"
    doc = parse("""
    0  Biden     _     PROPN  NNP  3  nsubj  B-PERSON
    1  and       _     CCONJ  CC   0  cc
    2  Macron    _     PROPN  NNP  0  conj   B-PERSON
    3  took      take  VERB   VBD  3  ROOT
    4  part      _     NOUN   NN   3  dobj
    5  in        _     ADP    IN   3  prep
    6  the       _     DET    DT   7  det
    7  ceremony  _     NOUN   NN   5  pobj
    8  .         _     PUNCT  .    3  punct
    """, registry)
    assert not _pairs(doc, registry, "AGREE")


def test_condolences_are_no_support_of_the_deceased(registry):
    # "Vladimir Putin conveyed his deepest condolences on the passing of Alexander Gradsky"
    doc = parse("""
    0  Putin        _           PROPN  NNP   1  nsubj     B-PERSON
    1  conveyed     convey      VERB   VBD   1  ROOT
    2  his          _           PRON   PRP$  3  poss
    3  condolences  condolence  NOUN   NNS   1  dobj
    4  on           _           ADP    IN    3  prep
    5  the          _           DET    DT    6  det
    6  passing      _           NOUN   NN    4  pobj
    7  of           _           ADP    IN    6  prep
    8  Joe          _           PROPN  NNP   9  compound  B-PERSON
    9  Biden        _           PROPN  NNP   7  pobj      I-PERSON
    10 .            _           PUNCT  .     1  punct
    """, registry)
    assert not [s for s in statements(doc, registry) if any(t.actor.label == "Joe Biden" for t in s.targets)]


def test_the_topic_of_a_talk_or_an_agreement_is_no_party(registry):
    # "will discuss what measures are needed to support Russian businesses"
    doc = parse("""
    0  Germany   _         PROPN  NNP  2  nsubj      B-GPE
    1  will      _         AUX    MD   2  aux
    2  discuss   _         VERB   VB   2  ROOT
    3  what      _         PRON   WP   4  det
    4  measures  measure   NOUN   NNS  6  nsubjpass
    5  are       be        AUX    VBP  6  auxpass
    6  needed    need      VERB   VBN  2  ccomp
    7  to        _         PART   TO   8  aux
    8  support   _         VERB   VB   6  advcl
    9  Ukraine   _         PROPN  NNP  8  dobj       B-GPE
    10 .         _         PUNCT  .    2  punct
    """, registry)
    assert not _pairs(doc, registry, "CONSULT")
    # "the European Union is now agreeing on the sixth package of sanctions against Russia"
    doc = parse("""
    0  The        the       DET    DT   1  det
    1  EU         _         PROPN  NNP  2  nsubj  B-ORG
    2  agreed     agree     VERB   VBD  2  ROOT
    3  on         _         ADP    IN   2  prep
    4  sanctions  sanction  NOUN   NNS  3  pobj
    5  against    _         ADP    IN   4  prep
    6  Russia     _         PROPN  NNP  5  pobj   B-GPE
    7  .          _         PUNCT  .    2  punct
    """, registry)
    assert not [s for s in statements(doc, registry) if s.type == "AGREE" and s.targets]


def test_reaffirmed_intention_to_cooperate_is_an_agreement(registry):
    # "the two leaders reaffirmed their intention to continue developing economic cooperation"
    doc = parse("""
    0  Putin        _         PROPN  NNP   3  nsubj  B-PERSON
    1  and          _         CCONJ  CC    0  cc
    2  Erdogan      _         PROPN  NNP   0  conj   B-PERSON
    3  reaffirmed   reaffirm  VERB   VBD   3  ROOT
    4  their        _         PRON   PRP$  5  poss
    5  intention    _         NOUN   NN    3  dobj
    6  to           _         PART   TO    7  aux
    7  develop      _         VERB   VB    5  acl
    8  cooperation  _         NOUN   NN    7  dobj
    9  .            _         PUNCT  .     3  punct
    """, registry)
    types = {s.type for s in statements(doc, registry) if s.cue.text == "reaffirmed"}
    assert types == {"AGREE"}


def test_using_weapons_is_military_force_and_a_means_participle_no_act(registry):
    # "the Russian army uses missile artillery and aircraft for direct strikes on Ukrainian cities"
    doc = parse("""
    0  The        the        DET    DT   2  det
    1  Russian    russian    ADJ    JJ   2  amod   B-ORG
    2  army       _          NOUN   NN   3  nsubj  I-ORG
    3  uses       use        VERB   VBZ  3  ROOT
    4  artillery  _          NOUN   NN   3  dobj
    5  against    _          ADP    IN   3  prep
    6  Ukrainian  ukrainian  ADJ    JJ   7  amod   B-NORP
    7  cities     city       NOUN   NNS  5  pobj
    8  .          _          PUNCT  .    3  punct
    """, registry)
    assert {s.type for s in statements(doc, registry) if s.cue.text.startswith("uses")} == {"FIGHT"}
    # "Ukraine cannot shoot down Russian missiles using shotguns": the means of the shooting, no coercion
    doc = parse("""
    0  Ukraine   _        PROPN  NNP  3  nsubj  B-GPE
    1  can       _        AUX    MD   3  aux
    2  not       _        PART   RB   3  neg
    3  shoot     _        VERB   VB   3  ROOT
    4  down      _        ADP    RP   3  prt
    5  Russian   russian  ADJ    JJ   6  amod   B-NORP
    6  missiles  missile  NOUN   NNS  3  dobj
    7  using     use      VERB   VBG  6  acl
    8  shotguns  shotgun  NOUN   NNS  7  dobj
    9  .         _        PUNCT  .    3  punct
    """, registry)
    assert not [s for s in statements(doc, registry) if s.cue.text.startswith("using")]


def test_reaffirmed_striving_to_cooperate_read_as_an_adverbial_is_an_agreement(registry):
    # "both sides ... reaffirmed their mutual striving to develop them still further, including cooperation"
    doc = parse("""
    0  Russia       _         PROPN  NNP   3  nsubj  B-GPE
    1  and          _         CCONJ  CC    0  cc
    2  Angola       _         PROPN  NNP   0  conj   B-GPE
    3  reaffirmed   reaffirm  VERB   VBD   3  ROOT
    4  their        _         PRON   PRP$  6  poss
    5  mutual       _         ADJ    JJ    6  amod
    6  striving     strive    VERB   VBG   3  dobj
    7  to           _         PART   TO    8  aux
    8  develop      _         VERB   VB    3  advcl
    9  cooperation  _         NOUN   NN    8  dobj
    10 .            _         PUNCT  .     3  punct
    """, registry)
    assert {s.type for s in statements(doc, registry) if s.cue.text == "reaffirmed"} == {"AGREE"}


def test_inspecting_a_building_is_no_investigation(registry):
    # "President of Ukraine Volodymyr Zelenskyy inspected the newly built building of the ... Medical Center"
    doc = parse("""
    0  Zelensky   _        PROPN  NNP  1  nsubj  B-PERSON
    1  inspected  inspect  VERB   VBD  1  ROOT
    2  the        _        DET    DT   3  det
    3  building   _        NOUN   NN   1  dobj
    4  of         _        ADP    IN   3  prep
    5  the        _        DET    DT   6  det
    6  center     _        NOUN   NN   4  pobj
    7  in         _        ADP    IN   6  prep
    8  Kyiv       _        PROPN  NNP  7  pobj   B-GPE
    9  .          _        PUNCT  .    1  punct
    """, registry)
    assert not _pairs(doc, registry, "INVESTIGATE")
