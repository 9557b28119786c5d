"""Event classes of wire news (issue 12, the event side of the PLOVER dev misses): withdrawing inspectors,
violating a ceasefire, evacuating settlements, calling off a strike, announced de-escalation as a promise, an
order to close down, a reporter the parser read as a participle. Hand-built parses of made-up sentences."""
from .docs import parse, statements


def read(listing, registry):
    return [(st.type, st.speaker.actor.id, [t.actor.id for t in st.targets], st.status.value)
            for st in statements(parse(listing, registry), registry)]


def test_withdrawing_inspectors_reduces_relations(registry):
    found = read("""
    0  NATO        _          PROPN  NNP  1  nsubj  B-ORG
    1  withdrew    withdraw   VERB   VBD  1  ROOT
    2  its         its        PRON   PRP$ 3  poss
    3  inspectors  inspector  NOUN   NNS  1  dobj
    4  from        _          ADP    IN   1  prep
    5  Russia      _          PROPN  NNP  4  pobj   B-GPE
    6  .           _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("SANCTION", "NATO", ["RUS"])]


def test_withdrawing_troops_stays_a_retreat(registry):
    found = read("""
    0  Russia      _          PROPN  NNP  1  nsubj  B-GPE
    1  withdrew    withdraw   VERB   VBD  1  ROOT
    2  its         its        PRON   PRP$ 3  poss
    3  troops      troop      NOUN   NNS  1  dobj
    4  from        _          ADP    IN   1  prep
    5  Ukraine     _          PROPN  NNP  4  pobj   B-GPE
    6  .           _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("RETREAT", "RUS", ["UKR"])]


def test_violating_a_ceasefire_is_fighting(registry):
    found = read("""
    0  Russia      _          PROPN  NNP  1  nsubj  B-GPE
    1  violated    violate    VERB   VBD  1  ROOT
    2  the         _          DET    DT   3  det
    3  ceasefire   _          NOUN   NN   1  dobj
    4  with        _          ADP    IN   3  prep
    5  Ukraine     _          PROPN  NNP  4  pobj   B-GPE
    6  .           _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("FIGHT", "RUS", ["UKR"])]


def test_an_announced_evacuation_of_settlements_is_a_promise(registry):
    found = read("""
    0  Russia       _          PROPN  NNP  2  nsubj  B-GPE
    1  will         _          AUX    MD   2  aux
    2  evacuate     _          VERB   VB   2  ROOT
    3  its          its        PRON   PRP$ 4  poss
    4  settlements  settlement NOUN   NNS  2  dobj
    5  in           _          ADP    IN   4  prep
    6  Ukraine      _          PROPN  NNP  5  pobj   B-GPE
    7  .            _          PUNCT  .    2  punct
    """, registry)
    assert found == [("AGREE", "RUS", ["UKR"], "scheduled")]


def test_a_done_evacuation_of_settlements_is_a_retreat(registry):
    found = read("""
    0  Russia       _          PROPN  NNP  1  nsubj  B-GPE
    1  evacuated    evacuate   VERB   VBD  1  ROOT
    2  its          its        PRON   PRP$ 3  poss
    3  settlements  settlement NOUN   NNS  1  dobj
    4  in           _          ADP    IN   3  prep
    5  Ukraine      _          PROPN  NNP  4  pobj   B-GPE
    6  .            _          PUNCT  .    1  punct
    """, registry)
    assert found == [("RETREAT", "RUS", ["UKR"], "asserted")]


def test_an_announced_release_is_a_promise(registry):
    found = read("""
    0  Russia     _          PROPN  NNP  2  nsubj  B-GPE
    1  will       _          AUX    MD   2  aux
    2  release    _          VERB   VB   2  ROOT
    3  the        _          DET    DT   5  det
    4  Ukrainian  _          ADJ    JJ   5  amod   B-NORP
    5  hostages   hostage    NOUN   NNS  2  dobj
    6  .          _          PUNCT  .    2  punct
    """, registry)
    assert [(t, s, st) for t, s, _, st in found] == [("AGREE", "RUS", "scheduled")]


def test_calling_off_a_strike_is_a_concession(registry):
    found = read("""
    0  Ukraine  _          PROPN  NNP  1  nsubj  B-GPE
    1  called   call       VERB   VBD  1  ROOT
    2  off      _          ADP    RP   1  prt
    3  the      _          DET    DT   4  det
    4  strike   _          NOUN   NN   1  dobj
    5  against  _          ADP    IN   4  prep
    6  Russia   _          PROPN  NNP  5  pobj   B-GPE
    7  .        _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("CONCEDE", "UKR", ["RUS"])]


def test_an_order_to_suspend_publication_is_coercion(registry):
    found = read("""
    0  Russia       _          PROPN  NNP  1  nsubj  B-GPE
    1  ordered      order      VERB   VBD  1  ROOT
    2  the          _          DET    DT   3  det
    3  newspaper    _          NOUN   NN   1  dobj
    4  Meduza       _          PROPN  NNP  3  appos  B-ORG
    5  to           _          PART   TO   6  aux
    6  suspend      _          VERB   VB   1  xcomp
    7  publication  _          NOUN   NN   6  dobj
    8  .            _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("COERCE", "RUS", ["x-meduza"])]


def test_an_order_to_appear_stays_a_demand(registry):
    found = read("""
    0  Russia   _          PROPN  NNP  1  nsubj  B-GPE
    1  ordered  order      VERB   VBD  1  ROOT
    2  Navalny  _          PROPN  NNP  1  dobj   B-PERSON
    3  to       _          PART   TO   4  aux
    4  appear   _          VERB   VB   1  xcomp
    5  .        _          PUNCT  .    1  punct
    """, registry)
    assert [f[0] for f in found] == ["DEMAND"]


def test_a_reporter_read_as_a_participle_is_its_subject(registry):
    # the parser reads "The Red Cross operating in Ukraine said" with the participle as the subject of "said"
    found = read("""
    0  NATO       _          PROPN  NNP  1  nsubj  B-ORG
    1  operating  operate    VERB   VBG  5  nsubj
    2  in         _          ADP    IN   1  prep
    3  Ukraine    _          PROPN  NNP  2  pobj   B-GPE
    4  ,          _          PUNCT  ,    1  punct
    5  said       say        VERB   VBD  5  ROOT
    6  Russia     _          PROPN  NNP  8  nsubj  B-GPE
    7  must       _          AUX    MD   8  aux
    8  withdraw   _          VERB   VB   5  ccomp
    9  .          _          PUNCT  .    5  punct
    """, registry)
    assert [f[:3] for f in found] == [("DEMAND", "NATO", ["RUS"])]


def test_mobilizing_pressure_groups_is_no_show_of_force(registry):
    # "mobilized pressure groups to help support Ukraine": the support is the act, no MOBILIZE and no AID
    found = read("""
    0  Russia     _          PROPN  NNP  1  nsubj     B-GPE
    1  mobilized  mobilize   VERB   VBD  1  ROOT
    2  pressure   _          NOUN   NN   3  compound
    3  groups     group      NOUN   NNS  1  dobj
    4  to         _          PART   TO   5  aux
    5  help       _          VERB   VB   1  advcl
    6  support    _          VERB   VB   5  xcomp
    7  Belarus    _          PROPN  NNP  6  dobj      B-GPE
    8  .          _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("SUPPORT", "RUS", ["BLR"])]


def test_mobilizing_troops_stays_a_mobilization(registry):
    found = read("""
    0  Russia     _          PROPN  NNP  1  nsubj  B-GPE
    1  mobilized  mobilize   VERB   VBD  1  ROOT
    2  troops     troop      NOUN   NNS  1  dobj
    3  near       _          ADP    IN   2  prep
    4  Ukraine    _          PROPN  NNP  3  pobj   B-GPE
    5  .          _          PUNCT  .    1  punct
    """, registry)
    assert [f[0] for f in found] == ["MOBILIZE"]


def test_helping_someone_stays_aid(registry):
    found = read("""
    0  NATO     _          PROPN  NNP  1  nsubj  B-ORG
    1  helped   help       VERB   VBD  1  ROOT
    2  Ukraine  _          PROPN  NNP  1  dobj   B-GPE
    3  rebuild  _          VERB   VB   1  xcomp
    4  .        _          PUNCT  .    1  punct
    """, registry)
    assert [f[:3] for f in found] == [("AID", "NATO", ["UKR"])]
