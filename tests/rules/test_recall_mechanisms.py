"""Recall on wire news (issue 12, item 2): cue verbs the lexicon knew only in other words or forms, and actors
the parse hides (the issuer of a statement, the subject of a passive's active conjunct). Hand-built parses."""
from stancegraph.rules.syntax import subject_of

from .docs import parse, statements, token


def read(listing, registry):
    return [(st.type, st.speaker.actor.id, [t.actor.id for t in st.targets], st.rule)
            for st in statements(parse(listing, registry), registry)]


def test_issuer_of_a_statement_is_the_actor_of_its_participle(registry):
    found = read("""
    0  Russia      _          PROPN  NNP  1  nsubj  B-GPE
    1  issued      issue      VERB   VBD  1  ROOT
    2  a           _          DET    DT   3  det
    3  statement   _          NOUN   NN   1  dobj
    4  condemning  condemn    VERB   VBG  3  acl
    5  NATO        _          PROPN  NNP  4  dobj   B-ORG
    6  .           _          PUNCT  .    1  punct
    """, registry)
    assert found == [("DISAPPROVE", "RUS", ["NATO"], "verb:acl-issuer>dobj")]


def test_a_light_verb_done_again_is_the_light_verb(registry):
    found = read("""
    0  Russia      _          PROPN  NNP  1  nsubj  B-GPE
    1  reimposed   reimpose   VERB   VBD  1  ROOT
    2  sanctions   sanction   NOUN   NNS  1  dobj
    3  on          _          ADP    IN   2  prep
    4  Ukraine     _          PROPN  NNP  3  pobj   B-GPE
    5  .           _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("SANCTION", "RUS", ["UKR"])]


def test_prevented_demonstration_is_coercion(registry):
    found = read("""
    0  Russia         _          PROPN  NNP  1  nsubj  B-GPE
    1  prevented      prevent    VERB   VBD  1  ROOT
    2  a              _          DET    DT   3  det
    3  demonstration  _          NOUN   NN   1  dobj
    4  in             _          ADP    IN   3  prep
    5  Ukraine        _          PROPN  NNP  4  pobj   B-GPE
    6  .              _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("COERCE", "RUS", ["UKR"])]


def test_sharing_intelligence_is_cooperation(registry):
    found = read("""
    0  Ukraine       _          PROPN  NNP  1  nsubj  B-GPE
    1  shared        share      VERB   VBD  1  ROOT
    2  intelligence  _          NOUN   NN   1  dobj
    3  with          _          ADP    IN   1  prep
    4  NATO          _          PROPN  NNP  3  pobj   B-ORG
    5  .             _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("COOPERATE", "UKR", ["NATO"])]


def test_dispatching_inspectors_is_investigation(registry):
    found = read("""
    0  NATO        _          PROPN  NNP  1  nsubj  B-ORG
    1  dispatched  dispatch   VERB   VBD  1  ROOT
    2  inspectors  inspector  NOUN   NNS  1  dobj
    3  to          _          ADP    IN   1  prep
    4  Ukraine     _          PROPN  NNP  3  pobj   B-GPE
    5  .           _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("INVESTIGATE", "NATO", ["UKR"])]


def test_an_offer_to_hand_over_is_an_agreement(registry):
    found = read("""
    0  Russia    _          PROPN  NNP  1  nsubj  B-GPE
    1  offered   offer      VERB   VBD  1  ROOT
    2  to        _          PART   TO   3  aux
    3  hand      _          VERB   VB   1  xcomp
    4  over      _          ADP    RP   3  prt
    5  suspects  suspect    NOUN   NNS  3  dobj
    6  to        _          ADP    IN   3  prep
    7  Ukraine   _          PROPN  NNP  6  pobj   B-GPE
    8  .         _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("AGREE", "RUS", ["UKR"])]


def test_an_active_conjunct_of_a_passive_takes_its_subject():
    doc = parse("""
    0  Ukraine    _          PROPN  NNP  2  nsubjpass  B-GPE
    1  was        be         AUX    VBD  2  auxpass
    2  attacked   attack     VERB   VBN  2  ROOT
    3  and        _          CCONJ  CC   2  cc
    4  will       _          AUX    MD   5  aux
    5  respond    _          VERB   VB   2  conj
    6  .          _          PUNCT  .    2  punct
    """)
    assert subject_of(token(doc, "respond")) == (token(doc, "Ukraine"), "conj-passive-subject")


def test_a_participle_conjunct_of_a_passive_stays_passive():
    doc = parse("""
    0  Navalny    _          PROPN  NNP  2  nsubjpass  B-PERSON
    1  was        be         AUX    VBD  2  auxpass
    2  arrested   arrest     VERB   VBN  2  ROOT
    3  and        _          CCONJ  CC   2  cc
    4  charged    charge     VERB   VBN  2  conj
    5  .          _          PUNCT  .    2  punct
    """)
    assert subject_of(token(doc, "charged")) == (None, "")


def test_an_effort_noun_carries_its_compound_event(registry):
    found = read("""
    0  Qatar      _          PROPN  NNP  1  nsubj     B-GPE
    1  launched   launch     VERB   VBD  1  ROOT
    2  a          _          DET    DT   4  det
    3  mediation  _          NOUN   NN   4  compound
    4  effort     _          NOUN   NN   1  dobj
    5  with       _          ADP    IN   1  prep
    6  Israel     _          PROPN  NNP  5  pobj      B-GPE
    7  .          _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("CONSULT", "QAT", ["ISR"])]


def test_ending_talks_reduces_relations(registry):
    found = read("""
    0  Russia   _          PROPN  NNP  1  nsubj  B-GPE
    1  ended    end        VERB   VBD  1  ROOT
    2  talks    talk       NOUN   NNS  1  dobj
    3  with     _          ADP    IN   2  prep
    4  Ukraine  _          PROPN  NNP  3  pobj   B-GPE
    5  .        _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("SANCTION", "RUS", ["UKR"])]


def test_a_law_recognizing_is_the_legislature_recognizing(registry):
    found = read("""
    0  Russia       _          PROPN  NNP  1  nsubj  B-GPE
    1  approved     approve    VERB   VBD  1  ROOT
    2  a            _          DET    DT   3  det
    3  law          _          NOUN   NN   1  dobj
    4  recognizing  recognize  VERB   VBG  3  acl
    5  Ukraine      _          PROPN  NNP  4  dobj   B-GPE
    6  .            _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("SUPPORT", "RUS", ["UKR"])]
