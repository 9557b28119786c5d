"""Targets hidden by a quantity ("kidnapped up to 16 ...") or inside a passive subject ("a camp for ... refugees
was attacked"), on hand-built parses as the parser gave them (rules.quantified, rules.participants)."""
from stancegraph.rules.cues import find_cues
from stancegraph.rules.participants import direct_targets

from .docs import context, parse

# the parser hung the object on the particle: "up" prt, "to" prep, "advisers" its pobj
KIDNAPPED_UP_TO = """
    0  Rebels     rebel     NOUN   NNS  2  nsubj
    1  have       have      AUX    VBP  2  aux
    2  kidnapped  kidnap    VERB   VBN  2  ROOT
    3  up         up        ADP    RP   2  prt
    4  to         to        ADP    IN   3  prep
    5  16         16        NUM    CD   7  nummod
    6  Ukrainian  Ukrainian ADJ    JJ   7  amod   B-NORP
    7  advisers   adviser   NOUN   NNS  4  pobj
    8  .          .         PUNCT  .    2  punct
"""

CAMP_WAS_ATTACKED = """
    0  A          a         DET    DT   1  det
    1  camp       camp      NOUN   NN   6  nsubjpass
    2  for        for       ADP    IN   1  prep
    3  Ukrainian  Ukrainian ADJ    JJ   4  amod   B-NORP
    4  refugees   refugee   NOUN   NNS  2  pobj
    5  was        be        AUX    VBD  6  auxpass
    6  attacked   attack    VERB   VBN  6  ROOT
    7  .          .         PUNCT  .    6  punct
"""


def _targets(listing, registry, word):
    doc = parse(listing, registry)
    cue = next(c for c in find_cues(doc[:]) if c.head.text == word)
    targets, how = direct_targets(cue, cue.head, context(doc, registry))
    return [m.actors[0].id for m in targets], how


def test_group_targets_a_quantity_hides_no_object(registry):
    assert _targets(KIDNAPPED_UP_TO, registry, "kidnapped") == (["UKR"], "dobj")


def test_group_targets_the_group_inside_a_passive_subject(registry):
    assert _targets(CAMP_WAS_ATTACKED, registry, "attacked") == (["UKR"], "nsubjpass-inside")
