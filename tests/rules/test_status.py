"""Status and modality from a hand-read of random press releases: figurative taking, fronted clauses, predictions
under a belief, obligations with "have to", news told about, terms of an agreement."""
from stancegraph.model import Status
from stancegraph.rules.prospects import prospect_status
from stancegraph.rules.qualifiers import epistemic_status

from .docs import parse, statements, token


def test_status_stolen_peace_is_no_theft(registry):
    # "But we cannot do that because the most terrible has happened - Russia has stolen our peace."
    listing = """
    0  Russia  _      PROPN  NNP   2  nsubj  B-GPE
    1  has     have   AUX    VBZ   2  aux
    2  stolen  steal  VERB   VBN   2  ROOT
    3  our     _      PRON   PRP$  4  poss
    4  {obj}   _      NOUN   NN    2  dobj
    5  .       _      PUNCT  .     2  punct
    """
    assert not [s for s in statements(parse(listing.format(obj="peace"), registry), registry) if s.type == "CRIME"]
    # goods are stolen: "stole gas", "stole grain"
    assert [s for s in statements(parse(listing.format(obj="grain"), registry), registry) if s.type == "CRIME"]


def test_status_fronted_clause_lends_no_modality_to_an_act_without_content(registry):
    # "But we cannot do that because the most terrible has happened - Russia has ...": the parser hangs the
    # first clause under the second verb as its ccomp
    doc = parse("""
    0  Ukraine   _       PROPN  NNP  3  nsubj  B-GPE
    1  can       _       AUX    MD   3  aux
    2  not       _       PART   RB   3  neg
    3  rest      _       VERB   VB   7  ccomp
    4  -         _       PUNCT  :    7  punct
    5  Russia    _       PROPN  NNP  7  nsubj  B-GPE
    6  has       have    AUX    VBZ  7  aux
    7  attacked  attack  VERB   VBN  7  ROOT
    8  Kyiv      _       PROPN  NNP  7  dobj   B-GPE
    9  .         _       PUNCT  .    7  punct
    """, registry)
    fights = [s for s in statements(doc, registry) if s.type == "FIGHT"]
    assert fights and all(s.modality is None and s.status is Status.ASSERTED and "negated_content" not in s.flags
                          and (s.issue is None or "rest" not in s.issue.text) for s in fights)



def test_status_have_to_is_an_obligation_as_must(registry):
    # "In any case, we will have to block all export-import operations with Russia."
    doc = parse("""
    0  Ukraine     _          PROPN  NNP  2  nsubj  B-GPE
    1  will        _          AUX    MD   2  aux
    2  have        _          VERB   VB   2  ROOT
    3  to          _          PART   TO   4  aux
    4  block       _          VERB   VB   2  xcomp
    5  all         _          DET    DT   6  det
    6  operations  operation  NOUN   NNS  4  dobj
    7  with        _          ADP    IN   4  prep
    8  Russia      _          PROPN  NNP  7  pobj   B-GPE
    9  .           _          PUNCT  .    2  punct
    """, registry)
    blocks = [s for s in statements(doc, registry) if s.cue.text == "block"]
    assert blocks and all(s.status is Status.HYPOTHETICAL and s.modality == "must" for s in blocks)


def test_status_had_to_was_done(registry):
    # "Russia had to withdraw its troops": the past obligation was met
    doc = parse("""
    0  Ukraine     _          PROPN  NNP  1  nsubj  B-GPE
    1  had         have       VERB   VBD  1  ROOT
    2  to          _          PART   TO   3  aux
    3  block       _          VERB   VB   1  xcomp
    4  all         _          DET    DT   5  det
    5  operations  operation  NOUN   NNS  3  dobj
    6  with        _          ADP    IN   3  prep
    7  Russia      _          PROPN  NNP  6  pobj   B-GPE
    8  .           _          PUNCT  .    1  punct
    """, registry)
    blocks = [s for s in statements(doc, registry) if s.cue.text == "block"]
    assert blocks and all(s.status is Status.ASSERTED and s.modality is None for s in blocks)


def test_status_what_another_will_do_under_a_belief_is_foretold(registry):
    # "And I believe that the people of Portugal, and with them the Portuguese politicians, will support our state"
    doc = parse("""
    0  I         _        PRON   PRP  1  nsubj
    1  believe   _        VERB   VBP  1  ROOT
    2  that      _        SCONJ  IN   5  mark
    3  Portugal  _        PROPN  NNP  5  nsubj  B-GPE
    4  will      _        AUX    MD   5  aux
    5  support   _        VERB   VB   1  ccomp
    6  Ukraine   _        PROPN  NNP  5  dobj   B-GPE
    7  .         _        PUNCT  .    1  punct
    """, registry)
    assert epistemic_status(token(doc, "support")) is Status.HYPOTHETICAL
    supports = [s for s in statements(doc, registry) if s.type == "SUPPORT"]
    assert supports and all(s.status is Status.HYPOTHETICAL for s in supports)
    # "I am sure that ... will": an adjective of opinion
    doc = parse("""
    0  I         _        PRON   PRP  1  nsubj
    1  am        be       AUX    VBP  1  ROOT
    2  sure      _        ADJ    JJ   1  acomp
    3  that      _        SCONJ  IN   6  mark
    4  Portugal  _        PROPN  NNP  6  nsubj  B-GPE
    5  will      _        AUX    MD   6  aux
    6  support   _        VERB   VB   2  ccomp
    7  Ukraine   _        PROPN  NNP  6  dobj   B-GPE
    8  .         _        PUNCT  .    1  punct
    """, registry)
    assert epistemic_status(token(doc, "support")) is Status.HYPOTHETICAL


def test_status_own_plan_under_a_belief_and_a_belief_of_the_past_are_not_foretold(registry):
    # "I believe that we will hold talks with Poland": the speaker's own plan (scheduled by its "will")
    doc = parse("""
    0  I        _     PRON   PRP  1  nsubj
    1  believe  _     VERB   VBP  1  ROOT
    2  that     _     SCONJ  IN   5  mark
    3  we       _     PRON   PRP  5  nsubj
    4  will     _     AUX    MD   5  aux
    5  hold     _     VERB   VB   1  ccomp
    6  talks    talk  NOUN   NNS  5  dobj
    7  with     _     ADP    IN   6  prep
    8  Poland   _     PROPN  NNP  7  pobj  B-GPE
    9  .        _     PUNCT  .    1  punct
    """, registry)
    assert epistemic_status(token(doc, "hold")) is None
    # "... that they will take our version or we will accept their version": their act foretold, ours not
    doc = parse("""
    0   I        _  PRON   PRP   1   nsubj
    1   believe  _  VERB   VBP   1   ROOT
    2   that     _  SCONJ  IN    5   mark
    3   they     _  PRON   PRP   5   nsubj
    4   will     _  AUX    MD    5   aux
    5   take     _  VERB   VB    1   ccomp
    6   our      _  PRON   PRP$  7   poss
    7   version  _  NOUN   NN    5   dobj
    8   or       _  CCONJ  CC    5   cc
    9   we       _  PRON   PRP   11  nsubj
    10  will     _  AUX    MD    11  aux
    11  accept   _  VERB   VB    5   conj
    12  theirs   _  PRON   PRP   11  dobj
    13  .        _  PUNCT  .     1   punct
    """, registry)
    assert epistemic_status(token(doc, "take")) is Status.HYPOTHETICAL
    assert epistemic_status(token(doc, "accept")) is None
    # "Kyiv believes that Russia attacked Ukraine": told, not foretold
    doc = parse("""
    0  Kyiv      _       PROPN  NNP  1  nsubj  B-GPE
    1  believes  believe VERB   VBZ  1  ROOT
    2  that      _       SCONJ  IN   4  mark
    3  Russia    _       PROPN  NNP  4  nsubj  B-GPE
    4  attacked  attack  VERB   VBD  1  ccomp
    5  Ukraine   _       PROPN  NNP  4  dobj   B-GPE
    6  .         _       PUNCT  .    1  punct
    """, registry)
    assert epistemic_status(token(doc, "attacked")) is None


def test_status_talks_told_about_do_not_take_the_telling_future(registry):
    # "Of course, we will inform our Iranian friends and partners in detail about our dialogue with the Americans"
    doc = parse("""
    0   Russia    _  PROPN  NNP   2   nsubj     B-GPE
    1   will      _  AUX    MD    2   aux
    2   inform    _  VERB   VB    2   ROOT
    3   Iran      _  PROPN  NNP   2   dobj      B-GPE
    4   about     _  ADP    IN    2   prep
    5   its       _  PRON   PRP$  6   poss
    6   dialogue  _  NOUN   NN    4   pobj
    7   with      _  ADP    IN    6   prep
    8   the       _  DET    DT    10  det
    9   United    _  PROPN  NNP   10  compound  B-GPE
    10  States    _  PROPN  NNP   7   pobj      I-GPE
    11  .         _  PUNCT  .     2   punct
    """, registry)
    found = statements(doc, registry)
    dialogue = [s for s in found if s.cue.text == "dialogue"]
    assert dialogue and all(s.status is Status.ASSERTED and s.modality is None for s in dialogue)
    # the informing itself is to come
    assert [s for s in found if s.cue.text == "inform" and s.status is Status.SCHEDULED]


_CEASEFIRE_AND_WITHDRAWAL_ARE_AMONG = """
    0   Ceasefire   ceasefire  NOUN   NN   8   nsubj
    1   and         _          CCONJ  CC   0   cc
    2   withdrawal  _          NOUN   NN   0   conj
    3   of          _          ADP    IN   2   prep
    4   Russian     russian    ADJ    JJ   5   amod   B-NORP
    5   troops      troop      NOUN   NNS  3   pobj
    6   from        _          ADP    IN   2   prep
    7   Ukraine     _          PROPN  NNP  6   pobj   B-GPE
    8   are         be         AUX    VBP  8   ROOT
    9   among       _          ADP    IN   8   prep
    10  the         _          DET    DT   12  det
    11  key         _          ADJ    JJ   12  amod
    12  aspects     aspect     NOUN   NNS  9   pobj
    13  of          _          ADP    IN   12  prep
    14  a           _          DET    DT   16  det
    15  peace       _          NOUN   NN   16  compound
    16  {text}      _          NOUN   NN   13  pobj
    17  .           _          PUNCT  .    8   punct
"""


def test_status_a_term_of_an_agreement_is_not_done(registry):
    # "Immediate ceasefire and withdrawal of Russian troops from the territory of Ukraine are among the key aspects
    # of a peace agreement that could be signed as a result of negotiations with Russia"
    doc = parse(_CEASEFIRE_AND_WITHDRAWAL_ARE_AMONG.format(text="agreement"), registry)
    assert prospect_status(token(doc, "withdrawal")) is Status.HYPOTHETICAL
    assert not [s for s in statements(doc, registry) if s.type == "RETREAT"]
    # a part of something that is no text of terms sets nothing down
    assert prospect_status(token(parse(_CEASEFIRE_AND_WITHDRAWAL_ARE_AMONG.format(text="process"), registry),
                                 "withdrawal")) is None
