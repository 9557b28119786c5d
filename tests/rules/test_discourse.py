"""stancegraph.rules.discourse: the counterpart of a speaker and the pair of sides a document is about, read from
the statements of the last sentences (hand-built statements; the extractor's use is in test_extract)."""
from stancegraph.model import ActorRef, Span, Statement
from stancegraph.rules.discourse import WINDOW, Discourse, rolled_up, side_of

from .docs import parse, statements


def statement(registry, speaker, target, type_="DEMAND", *, speaker_state=None, target_state=None):
    def ref(actor_id, state):
        return ActorRef(actor=registry.get(actor_id), state=registry.get(state) if state else None)
    span = Span(text="x", start=0, end=1)
    return Statement(document="t", sentence=span, cue=span, speaker=ref(speaker, speaker_state),
                     targets=(ref(target, target_state),) if target else (), type=type_)


def test_discourse_counterpart_of_either_side(registry):
    discourse = Discourse()
    discourse.add(0, [statement(registry, "RUS", "USA")])
    russia, usa = ActorRef(actor=registry.get("RUS")), ActorRef(actor=registry.get("USA"))
    assert discourse.counterpart(usa, 1).id == "RUS"
    assert discourse.counterpart(russia, 1).id == "USA"
    assert discourse.counterpart(ActorRef(actor=registry.get("CHN")), 1) is None


def test_discourse_persons_stand_for_their_states(registry):
    discourse = Discourse()
    discourse.add(0, [statement(registry, "vladimir-putin", "joe-biden", speaker_state="RUS", target_state="USA")])
    assert discourse.counterpart(ActorRef(actor=registry.get("USA")), 2).id == "RUS"  # rolled up to the state
    assert discourse.pair(2) == (registry.get("RUS"), registry.get("USA"))


def test_discourse_forgets_beyond_its_window(registry):
    discourse = Discourse()
    discourse.add(0, [statement(registry, "RUS", "USA")])
    usa = ActorRef(actor=registry.get("USA"))
    assert WINDOW == 8
    assert discourse.counterpart(usa, WINDOW).id == "RUS"
    assert discourse.counterpart(usa, WINDOW + 1) is None
    assert discourse.known("DEMAND", ActorRef(actor=registry.get("RUS")), usa)  # known stays, at any distance


def test_discourse_only_registered_exchanges_name_a_counterpart(registry):
    discourse = Discourse()
    discourse.add(0, [statement(registry, "RUS", None), statement(registry, "RUS", "RUS")])  # no target; one side
    assert discourse.counterpart(ActorRef(actor=registry.get("RUS")), 1) is None
    assert discourse.pair(1) is None
    assert discourse.known("DEMAND", ActorRef(actor=registry.get("RUS")), None)
    assert not discourse.known("THREATEN", ActorRef(actor=registry.get("RUS")), None)


def test_discourse_side_of_and_rolled_up(registry):
    putin = ActorRef(actor=registry.get("vladimir-putin"), state=registry.get("RUS"))
    assert side_of(putin) == frozenset({"vladimir-putin", "RUS"})
    assert rolled_up(putin).id == "RUS"
    assert rolled_up(ActorRef(actor=registry.get("NATO"))).id == "NATO"


def test_discourse_implicit_addressee_of_a_refusal(registry):
    # "Putin demanded guarantees from Biden. Biden refused.": the refusal is addressed to Russia
    doc = parse("""
    0  Putin       _          PROPN  NNP  1  nsubj  B-PERSON
    1  demanded    demand     VERB   VBD  1  ROOT
    2  guarantees  guarantee  NOUN   NNS  1  dobj
    3  from        _          ADP    IN   2  prep
    4  Biden       _          PROPN  NNP  3  pobj   B-PERSON
    5  .           _          PUNCT  .    1  punct
    6  Biden       _          PROPN  NNP  7  nsubj  B-PERSON
    7  refused     refuse     VERB   VBD  7  ROOT
    8  .           _          PUNCT  .    7  punct
    """, registry)
    demand, refusal = statements(doc, registry)
    assert (demand.type, demand.speaker.actor.id, [t.actor.id for t in demand.targets]) == (
        "DEMAND", "vladimir-putin", ["joe-biden"])
    assert (refusal.type, refusal.speaker.actor.id, [t.actor.id for t in refusal.targets]) == ("REJECT", "joe-biden", ["RUS"])
    assert refusal.flags == ("implicit_target",)
    assert refusal.rule == "verb:nsubj>none+discourse"
    assert refusal.targets[0].mention is None  # no words name the addressee


def test_discourse_a_fight_names_no_addressee_of_speech(registry):
    # "Russia attacked Ukraine. ... the military assured ...": the side one fights is no addressee of an assurance
    discourse = Discourse()
    discourse.add(0, [statement(registry, "RUS", "UKR", "FIGHT")])
    ukraine = ActorRef(actor=registry.get("UKR"))
    assert discourse.counterpart(ukraine, 1, spoken=True) is None
    assert discourse.counterpart(ukraine, 1).id == "RUS"  # still the pair the paragraph is about
    discourse.add(1, [statement(registry, "USA", "UKR", "CONSULT")])
    assert discourse.counterpart(ukraine, 2, spoken=True).id == "USA"


def test_discourse_no_addressee_guessed_when_the_listener_is_spoken_to(registry):
    # "Putin demanded guarantees from Biden. I am asking for your approval.": "your" is the addressee
    doc = parse("""
    0  Putin       _          PROPN  NNP  1  nsubj  B-PERSON
    1  demanded    demand     VERB   VBD  1  ROOT
    2  guarantees  guarantee  NOUN   NNS  1  dobj
    3  from        _          ADP    IN   2  prep
    4  Biden       _          PROPN  NNP  3  pobj   B-PERSON
    5  .           _          PUNCT  .    1  punct
    6  Biden       _          PROPN  NNP  8  nsubj  B-PERSON
    7  is          be         AUX    VBZ  8  aux
    8  asking      ask        VERB   VBG  8  ROOT
    9  for         _          ADP    IN   8  prep
    10  your       your       PRON   PRP$  11  poss
    11  approval   _          NOUN   NN   9  pobj
    12  .           _          PUNCT  .    8  punct
    """, registry)
    appeal = [st for st in statements(doc, registry) if st.speaker.actor.id == "joe-biden"]
    assert [(st.type, st.targets) for st in appeal] == [("APPEAL", ())]


def test_no_nearest_name_guessed_when_the_listener_is_spoken_to(registry):
    # "Biden is asking for your permission to visit Russia": the listener is asked, not Russia
    doc = parse("""
    0  Biden       _          PROPN  NNP  2  nsubj  B-PERSON
    1  is          be         AUX    VBZ  2  aux
    2  asking      ask        VERB   VBG  2  ROOT
    3  for         _          ADP    IN   2  prep
    4  your        your       PRON   PRP$  5  poss
    5  permission  _          NOUN   NN   3  pobj
    6  to          _          PART   TO   7  aux
    7  visit       _          VERB   VB   5  acl
    8  Russia      _          PROPN  NNP  7  dobj   B-GPE
    9  .           _          PUNCT  .    2  punct
    """, registry)
    assert not any(t.actor.id == "RUS" for st in statements(doc, registry) for t in st.targets)
