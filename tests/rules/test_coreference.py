"""stancegraph.rules.coreference on hand-built parses: pronouns, pair descriptions and definite descriptions
resolved to the actors named before them."""
from stancegraph.rules.coreference import actor_mentions

from .docs import parse, sentences
from .listings import HEZBOLLAH_FIRED_ROCKETS_AT_ISRAEL, PUTIN_WARNED_BIDEN


def resolved(doc, registry):
    """words -> (actor ids, how) of the mentions that refer back (pronouns and descriptions)."""
    return {doc[m.start:m.end].text: ([a.id for a in m.actors], m.how)
            for m in actor_mentions(doc, registry) if m.how in ("pronoun", "description")}


def test_coreference_subject_pronoun_continues_the_previous_subject(registry):
    # "Putin warned Biden. He said that NATO must stop.": he is Putin, not the nearer Biden
    doc = parse(sentences(PUTIN_WARNED_BIDEN, """
    0  He      he    PRON   PRP  1  nsubj
    1  said    say   VERB   VBD  1  ROOT
    2  that    _     SCONJ  IN   5  mark
    3  NATO    _     PROPN  NNP  5  nsubj  B-ORG
    4  must    _     AUX    MD   5  aux
    5  stop    _     VERB   VB   1  ccomp
    6  .       _     PUNCT  .    1  punct
    """), registry)
    assert resolved(doc, registry) == {"He": (["vladimir-putin"], "pronoun")}
    he = next(m for m in actor_mentions(doc, registry) if m.how == "pronoun")
    assert he.antecedent == (0, 1)


def test_coreference_object_pronoun_is_not_its_clauses_subject(registry):
    doc = parse("""
    0  Putin    _      PROPN  NNP  1  nsubj  B-PERSON
    1  called   call   VERB   VBD  1  ROOT
    2  Biden    _      PROPN  NNP  1  dobj   B-PERSON
    3  .        _      PUNCT  .    1  punct
    4  Biden    _      PROPN  NNP  5  nsubj  B-PERSON
    5  thanked  thank  VERB   VBD  5  ROOT
    6  him      he     PRON   PRP  5  dobj
    7  .        _      PUNCT  .    5  punct
    """, registry)
    assert resolved(doc, registry) == {"him": (["vladimir-putin"], "pronoun")}


def test_coreference_possessive_pronoun_may_be_its_clauses_subject(registry):
    doc = parse("""
    0  Macron     _         PROPN  NNP   1  nsubj  B-PERSON
    1  praised    praise    VERB   VBD   1  ROOT
    2  his        _         PRON   PRP$  3  poss
    3  ministers  minister  NOUN   NNS   1  dobj
    4  .          _         PUNCT  .     1  punct
    """, registry)
    assert resolved(doc, registry) == {"his": (["emmanuel-macron"], "pronoun")}


def test_coreference_it_is_the_latest_state_in_subject(registry):
    doc = parse("""
    0  Russia      _          PROPN  NNP  1  nsubj   B-GPE
    1  warned      warn       VERB   VBD  1  ROOT
    2  the         _          DET    DT   3  det     B-NORP
    3  West        _          PROPN  NNP  1  dobj    I-NORP
    4  .           _          PUNCT  .    1  punct
    5  It          it         PRON   PRP  7  nsubj
    6  also        _          ADV    RB   7  advmod
    7  criticised  criticise  VERB   VBD  7  ROOT
    8  Britain     _          PROPN  NNP  7  dobj    B-GPE
    9  .           _          PUNCT  .    7  punct
    """, registry)
    assert resolved(doc, registry) == {"It": (["RUS"], "pronoun")}


def test_coreference_object_it_is_a_thing(registry):
    doc = parse("""
    0  Russia      _          PROPN  NNP  1  nsubj  B-GPE
    1  criticised  criticise  VERB   VBD  1  ROOT
    2  NATO        _          PROPN  NNP  1  dobj   B-ORG
    3  .           _          PUNCT  .    1  punct
    4  Poland      _          PROPN  NNP  5  nsubj  B-GPE
    5  rejected    reject     VERB   VBD  5  ROOT
    6  it          _          PRON   PRP  5  dobj
    7  .           _          PUNCT  .    5  punct
    """, registry)
    assert resolved(doc, registry) == {}


def test_coreference_dummy_it_is_no_actor(registry):
    doc = parse("""
    0  China      _         PROPN  NNP  1  nsubj  B-GPE
    1  warned     warn      VERB   VBD  1  ROOT
    2  Russia     _         PROPN  NNP  1  dobj   B-GPE
    3  .          _         PUNCT  .    1  punct
    4  It         it        PRON   PRP  5  nsubj
    5  is         be        AUX    VBZ  5  ROOT
    6  necessary  _         ADJ    JJ   5  acomp
    7  to         _         PART   TO   8  aux
    8  impose     _         VERB   VB   5  xcomp
    9  sanctions  sanction  NOUN   NNS  8  dobj
    10 .          _         PUNCT  .    5  punct
    """, registry)
    assert resolved(doc, registry) == {}


def test_coreference_the_two_presidents(registry):
    doc = parse("""
    0  Biden       _          PROPN  NNP  1  nsubj   B-PERSON
    1  met         meet       VERB   VBD  1  ROOT
    2  Xi          _          PROPN  NNP  1  dobj    B-PERSON
    3  .           _          PUNCT  .    1  punct
    4  The         the        DET    DT   6  det
    5  two         _          NUM    CD   6  nummod  B-CARDINAL
    6  presidents  president  NOUN   NNS  7  nsubj
    7  discussed   discuss    VERB   VBD  7  ROOT
    8  trade       _          NOUN   NN   7  dobj
    9  .           _          PUNCT  .    7  punct
    """, registry)
    assert resolved(doc, registry) == {"The two presidents": (["joe-biden", "xi-jinping"], "description")}


def test_coreference_the_group_is_the_last_group_named(registry):
    doc = parse(sentences(HEZBOLLAH_FIRED_ROCKETS_AT_ISRAEL, """
    0  The        the     DET    DT   1  det
    1  group      _       NOUN   NN   2  nsubj
    2  said       say     VERB   VBD  2  ROOT
    3  it         _       PRON   PRP  5  nsubj
    4  would      _       AUX    MD   5  aux
    5  continue   _       VERB   VB   2  ccomp
    6  .          _       PUNCT  .    2  punct
    """), registry)
    assert resolved(doc, registry) == {"The group": (["hezbollah"], "description")}


def test_coreference_an_organ_speaks_for_the_state_in_focus(registry):
    doc = parse("""
    0  Poland     _        PROPN  NNP  1   nsubj  B-GPE
    1  deployed   deploy   VERB   VBD  1   ROOT
    2  soldiers   soldier  NOUN   NNS  1   dobj
    3  .          _        PUNCT  .    1   punct
    4  The        the      DET    DT   6   det
    5  defence    _        NOUN   NN   6   compound
    6  minister   _        NOUN   NN   7   nsubj
    7  said       say      VERB   VBD  7   ROOT
    8  the        _        DET    DT   9   det
    9  move       _        NOUN   NN   10  nsubj
    10 was        be       AUX    VBD  7   ccomp
    11 necessary  _        ADJ    JJ   10  acomp
    12 .          _        PUNCT  .    7   punct
    """, registry)
    assert resolved(doc, registry) == {"The defence minister": (["POL"], "description")}


def test_coreference_pronoun_looks_back_only_a_window_of_sentences(registry):
    talks_resumed = """
    0  Talks    talk    NOUN   NNS  1  nsubj
    1  resumed  resume  VERB   VBD  1  ROOT
    2  .        _       PUNCT  .    1  punct
    """
    doc = parse(sentences("""
    0  Putin   _     PROPN  NNP  1  nsubj  B-PERSON
    1  warned  warn  VERB   VBD  1  ROOT
    2  NATO    _     PROPN  NNP  1  dobj   B-ORG
    3  .       _     PUNCT  .    1  punct
    """, talks_resumed, talks_resumed, talks_resumed, """
    0  He    he     PRON   PRP  1  nsubj
    1  left  leave  VERB   VBD  1  ROOT
    2  .     _      PUNCT  .    1  punct
    """), registry)
    n = 4 + 3 * 3  # "He": after "Putin warned NATO." and three times "Talks resumed."
    assert len(list(doc.sents)) == 5
    assert resolved(doc, registry) == {}  # four sentences back: out of the default window of three
    he = [m for m in actor_mentions(doc, registry, window=4) if m.how == "pronoun"]
    assert [(m.start, m.actors[0].id) for m in he] == [(n, "vladimir-putin")]
