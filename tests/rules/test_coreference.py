"""stancegraph.rules.coreference on hand-built parses: pronouns, pair descriptions and definite descriptions
resolved to the actors named before them."""
from stancegraph.rules.coreference import actor_mentions

from .docs import parse


def resolved(doc, registry):
    """words -> (actor ids, how) of the mentions that refer back (pronouns and descriptions)."""
    return {doc[m.start:m.end].text: ([a.id for a in m.actors], m.how)
            for m in actor_mentions(doc, registry) if m.how in ("pronoun", "description")}


def test_coreference_subject_pronoun_continues_the_previous_subject(registry):
    # "Putin warned Biden. He said that NATO must stop.": he is Putin, not the nearer Biden
    doc = parse("""
    0  Putin   _     PROPN  NNP  1  nsubj  B-PERSON
    1  warned  warn  VERB   VBD  1  ROOT
    2  Biden   _     PROPN  NNP  1  dobj   B-PERSON
    3  .       _     PUNCT  .    1  punct
    4  He      he    PRON   PRP  5  nsubj
    5  said    say   VERB   VBD  5  ROOT
    6  that    _     SCONJ  IN   9  mark
    7  NATO    _     PROPN  NNP  9  nsubj  B-ORG
    8  must    _     AUX    MD   9  aux
    9  stop    _     VERB   VB   5  ccomp
    10 .       _     PUNCT  .    5  punct
    """, registry)
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
    doc = parse("""
    0  Hezbollah  _       PROPN  NNP  1  nsubj  B-ORG
    1  fired      fire    VERB   VBD  1  ROOT
    2  rockets    rocket  NOUN   NNS  1  dobj
    3  at         _       ADP    IN   1  prep
    4  Israel     _       PROPN  NNP  3  pobj   B-GPE
    5  .          _       PUNCT  .    1  punct
    6  The        the     DET    DT   7  det
    7  group      _       NOUN   NN   8  nsubj
    8  said       say     VERB   VBD  8  ROOT
    9  it         _       PRON   PRP  11 nsubj
    10 would      _       AUX    MD   11 aux
    11 continue   _       VERB   VB   8  ccomp
    12 .          _       PUNCT  .    8  punct
    """, registry)
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
    filler = "\n".join(f"    {4 + 3 * k}  Talks  talk  NOUN  NNS  {5 + 3 * k}  nsubj\n"
                       f"    {5 + 3 * k}  resumed  resume  VERB  VBD  {5 + 3 * k}  ROOT\n"
                       f"    {6 + 3 * k}  .  _  PUNCT  .  {5 + 3 * k}  punct" for k in range(3))
    n = 4 + 3 * 3
    doc = parse(f"""
    0  Putin   _     PROPN  NNP  1  nsubj  B-PERSON
    1  warned  warn  VERB   VBD  1  ROOT
    2  NATO    _     PROPN  NNP  1  dobj   B-ORG
    3  .       _     PUNCT  .    1  punct
{filler}
    {n}  He  he  PRON  PRP  {n + 1}  nsubj
    {n + 1}  left  leave  VERB  VBD  {n + 1}  ROOT
    {n + 2}  .  _  PUNCT  .  {n + 1}  punct
    """, registry)
    assert len(list(doc.sents)) == 5
    assert resolved(doc, registry) == {}  # four sentences back: out of the default window of three
    he = [m for m in actor_mentions(doc, registry, window=4) if m.how == "pronoun"]
    assert [(m.start, m.actors[0].id) for m in he] == [(n, "vladimir-putin")]
