"""Organisations named by their own names (stancegraph.rules.named_bodies), followers named by their loyalty
(stancegraph.rules.allegiance) and an apposition the parser made a second subject (stancegraph.rules.syntax), on
hand-built parses of short sentences in the constructions of wire news."""
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.mention_index import MentionIndex

from .docs import parse, statements, token

# "The Nigerian Union of Teachers (NUT) called off a strike. The NUT said ...": the NER split the name
UNION_OF_TEACHERS = """
0   The        the        DET    DT     2   det
1   Nigerian   Nigerian   PROPN  NNP    2   compound  B-NORP
2   Union      Union      PROPN  NNP    8   nsubj
3   of         of         ADP    IN     2   prep
4   Teachers   Teachers   PROPN  NNPS   3   pobj
5   (          (          PUNCT  -LRB-  4   punct
6   NUT        NUT        PROPN  NNP    4   appos     B-ORG
7   )          )          PUNCT  -RRB-  4   punct
8   called     call       VERB   VBD    8   ROOT
9   off        off        ADP    RP     8   prt
10  a          a          DET    DT     11  det
11  strike     strike     NOUN   NN     8   dobj
12  .          .          PUNCT  .      8   punct
13  The        the        DET    DT     14  det
14  NUT        NUT        PROPN  NNP    15  nsubj     B-ORG
15  said       say        VERB   VBD    15  ROOT
16  so         so         ADV    RB     15  advmod
17  .          .          PUNCT  .      15  punct
"""

# "Members of the Association of African Jurists, a body linked to the Organization of African Unity, investigated
# welfare of 2,000 Libyans.": the NER's entity starts with "the", the apposition is parsed as a second subject
AFRICAN_JURISTS = """
0   Members       member        NOUN   NNS   18  nsubj
1   of            of            ADP    IN    0   prep
2   the           the           DET    DT    3   det       B-ORG
3   Association   Association   PROPN  NNP   1   pobj      I-ORG
4   of            of            ADP    IN    3   prep      I-ORG
5   African       African       PROPN  NNP   6   compound  I-ORG
6   Jurists       Jurists       PROPN  NNPS  4   pobj      I-ORG
7   ,             ,             PUNCT  ,     18  punct
8   a             a             DET    DT    9   det
9   body          body          NOUN   NN    18  nsubj
10  linked        link          VERB   VBN   9   acl
11  to            to            ADP    IN    10  prep
12  the           the           DET    DT    13  det       B-ORG
13  Organization  Organization  PROPN  NNP   11  pobj      I-ORG
14  of            of            ADP    IN    13  prep      I-ORG
15  African       African       PROPN  NNP   16  compound  I-ORG
16  Unity         Unity         PROPN  NNP   14  pobj      I-ORG
17  ,             ,             PUNCT  ,     9   punct
18  investigated  investigate   VERB   VBD   18  ROOT
19  welfare       welfare       NOUN   NN    18  dobj
20  of            of            ADP    IN    19  prep
21  2,000         2,000         NUM    CD    22  nummod
22  Libyans       Libyans       PROPN  NNPS  20  pobj      B-NORP
23  .             .             PUNCT  .     18  punct
"""

# "Our Aerospace Forces and the Food and Agriculture Organization met.": a state's body, a name cut by the parse
NO_BODIES = """
0   Our           our           PRON   PRP$  2   poss
1   Aerospace     Aerospace     PROPN  NNP   2   compound
2   Forces        Forces        PROPN  NNPS  9   nsubj
3   and           and           CCONJ  CC    2   cc
4   the           the           DET    DT    8   det
5   Food          Food          PROPN  NNP   8   nmod
6   and           and           CCONJ  CC    5   cc
7   Agriculture   Agriculture   PROPN  NNP   8   compound
8   Organization  Organization  PROPN  NNP   2   conj
9   met           meet          VERB   VBD   9   ROOT
10  .             .             PUNCT  .     9   punct
"""

# "Militants loyal to Iraq's frontman Abu Musab al-Zarqawi said they attacked the convoy."
LOYAL_MILITANTS = """
0   Militants  militant   NOUN   NNS   8   nsubj
1   loyal      loyal      ADJ    JJ    0   amod
2   to         to         ADP    IN    1   prep
3   Iraq       Iraq       PROPN  NNP   4   poss      B-GPE
4   frontman   frontman   NOUN   NN    2   pobj
5   Abu        Abu        PROPN  NNP   7   compound  B-PERSON
6   Musab      Musab      PROPN  NNP   7   compound  I-PERSON
7   Zarqawi    Zarqawi    PROPN  NNP   4   appos     I-PERSON
8   said       say        VERB   VBD   8   ROOT
9   they       they       PRON   PRP   10  nsubj
10  attacked   attack     VERB   VBD   8   ccomp
11  the        the        DET    DT    12  det
12  convoy     convoy     NOUN   NN    10  dobj
13  .          .          PUNCT  .     8   punct
"""


def _mentions(doc, registry):
    return [(doc[m.start:m.end].text, m.actors[0].label, m.how, m.state_hint.id if m.state_hint else None)
            for m in actor_mentions(doc, registry)]


def test_named_bodies_name_split_by_the_ner_is_one_body_with_its_acronym(registry):
    doc = parse(UNION_OF_TEACHERS, registry)
    assert _mentions(doc, registry) == [
        ("Nigerian Union of Teachers (NUT)", "Nigerian Union of Teachers", "minted", "NGA"),
        ("NUT", "Nigerian Union of Teachers", "alias", "NGA")]


def test_named_bodies_members_of_a_named_body_speak_for_it(registry):
    doc = parse(AFRICAN_JURISTS, registry)
    found = [(st.speaker.actor.label, st.type, [t.actor.id for t in st.targets]) for st in statements(doc, registry)]
    assert found == [("Association of African Jurists", "INVESTIGATE", ["LBY"])]


def test_named_bodies_leave_state_bodies_and_cut_names_alone(registry):
    doc = parse(NO_BODIES, registry)
    assert [label for _, label, how, _ in _mentions(doc, registry) if how == "minted"] == []


def test_allegiance_militants_loyal_to_a_leader_are_his_followers_of_his_state(registry):
    doc = parse(LOYAL_MILITANTS, registry)
    index = MentionIndex(actor_mentions(doc, registry), registry=registry)
    group = index.of_phrase(token(doc, "they"))
    assert [(m.actors[0].label.startswith("supporters of "), m.actors[0].label.endswith("Zarqawi"), m.state_hint.id)
            for m in group] == [(True, True, "IRQ")]


# "Osama bin Laden's al-Qaeda terror network has threatened Israel.": the network is al-Qaeda, not its leader
AL_QAEDA_NETWORK = """
0   Osama       Osama       PROPN  NNP  2   compound  B-PERSON
1   bin         bin         PROPN  NNP  2   compound  I-PERSON
2   Laden       Laden       PROPN  NNP  8   poss      I-PERSON
3   's          's          PART   POS  2   case
4   al          al          PROPN  NNP  6   compound  B-ORG
5   -           -           PUNCT  HYPH 6   punct     I-ORG
6   Qaeda       Qaeda       PROPN  NNP  8   compound  I-ORG
7   terror      terror      NOUN   NN   8   compound
8   network     network     NOUN   NN   10  nsubj
9   has         have        AUX    VBZ  10  aux
10  threatened  threaten    VERB   VBN  10  ROOT
11  Israel      Israel      PROPN  NNP  10  dobj      B-GPE
12  .           .           PUNCT  .    10  punct
"""


def test_named_bodies_lower_case_arabic_article_name_is_the_network(registry):
    doc = parse(AL_QAEDA_NETWORK, registry)
    found = [(st.speaker.actor.id, st.type, [t.actor.id for t in st.targets]) for st in statements(doc, registry)]
    assert found == [("al-qa-ida", "THREATEN", ["ISR"])]  # (the registry's al-Qaeda, imported from Phoenix)


# "A spokesman for Hamas criticised Israel."
SPOKESMAN_FOR = """
0  A           a           DET    DT   1  det
1  spokesman   spokesman   NOUN   NN   4  nsubj
2  for         for         ADP    IN   1  prep
3  Hamas       Hamas       PROPN  NNP  2  pobj   B-ORG
4  criticised  criticise   VERB   VBD  4  ROOT
5  Israel      Israel      PROPN  NNP  4  dobj   B-GPE
6  .           .           PUNCT  .    4  punct
"""


def test_allegiance_a_spokesman_speaks_for_the_body_of_his_for_phrase(registry):
    doc = parse(SPOKESMAN_FOR, registry)
    found = [(st.speaker.actor.id, st.type, [t.actor.id for t in st.targets]) for st in statements(doc, registry)]
    assert found == [("hamas", "DISAPPROVE", ["ISR"])]


# "The Homeland Union announced that it called off a strike.": "it" is the union that announced
IT_CALLED_OFF = """
0  The        the        DET    DT   2  det
1  Homeland   Homeland   PROPN  NNP  2  compound  B-ORG
2  Union      Union      PROPN  NNP  3  nsubj     I-ORG
3  announced  announce   VERB   VBD  3  ROOT
4  that       that       SCONJ  IN   6  mark
5  it         it         PRON   PRP  6  nsubj
6  called     call       VERB   VBD  3  ccomp
7  off        off        ADP    RP   6  prt
8  a          a          DET    DT   9  det
9  strike     strike     NOUN   NN   6  dobj
10 .          .          PUNCT  .    3  punct
"""


def test_named_bodies_it_reported_by_a_body_is_the_body(registry):
    doc = parse(IT_CALLED_OFF, registry)
    found = [(st.speaker.actor.label, st.type) for st in statements(doc, registry)]
    assert found == [("Homeland Union", "CONCEDE")]


# "Russia left the Soviet Union.": a state the NER found, whatever its head noun
SOVIET_UNION = """
0  Russia  Russia  PROPN  NNP  1  nsubj     B-GPE
1  left    leave   VERB   VBD  1  ROOT
2  the     the     DET    DT   4  det       B-GPE
3  Soviet  Soviet  PROPN  NNP  4  compound  I-GPE
4  Union   Union   PROPN  NNP  1  dobj      I-GPE
5  .       .       PUNCT  .    1  punct
"""


def test_named_bodies_a_state_named_union_is_no_body(registry):
    doc = parse(SOVIET_UNION, registry)
    assert [how for _, _, how, _ in _mentions(doc, registry) if how == "minted"] == []
