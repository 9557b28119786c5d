"""What an act is done to decides its type (hand-read of random press releases; parses of en_core_web_sm 3.8): a
response given to another's act is no aid or pledge, blocking economic flows is a sanction, armed forces opposing
forces fight them, market demand is no demand, a possessive in the object of a subject named by its demonym is
the subject's own (no owner target), and "party" beside a demonym names the state's side."""
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.cues import find_cues
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.sectors import sector_mentions

from .docs import parse, statements, token


def _typed(doc, registry):
    return {(s.speaker.actor.id, tuple(t.actor.id for t in s.targets), s.type) for s in statements(doc, registry)}


def test_a_response_to_another_act_is_no_aid_and_no_pledge(registry):
    # kremlin-67123: "Of course, we will provide a proper response to NATO's military activity along Russia's
    # borders": a threat of retaliation, no agreement with NATO (a transfer verb gives no reaction as aid)
    doc = parse("""
    0  Russia   _        PROPN NNP  2  nsubj     B-GPE
    1  will     _        AUX   MD   2  aux
    2  provide  _        VERB  VB   2  ROOT
    3  a        _        DET   DT   5  det
    4  proper   _        ADJ   JJ   5  amod
    5  response _        NOUN  NN   2  dobj
    6  to       _        ADP   IN   5  prep
    7  NATO     _        PROPN NNP  10 poss      B-ORG
    8  's       _        PART  POS  7  case
    9  military _        ADJ   JJ   10 amod
    10 activity _        NOUN  NN   6  pobj
    11 .        _        PUNCT .    2  punct
    """, registry)
    assert not find_cues(doc[:])
    assert not statements(doc, registry)
