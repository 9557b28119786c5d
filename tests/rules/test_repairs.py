"""stancegraph.nlp.repairs: each repair on the misparse it is for, and no repair on a parse that is right."""
from stancegraph.nlp.repairs import (
    coordinated_noun, coordinated_verb, infinitive_complement, participle_object, repair_parse, verbless_predicate,
)

from .docs import parse, token

# "They exchanged demands and threatened repercussions if talks failed." read with "threatened" as an
# adjective of "repercussions", the second object of "exchanged"
THREATENED_AS_ADJECTIVE = """
    0  They          they         PRON   PRP  1  nsubj
    1  exchanged     exchange     VERB   VBD  1  ROOT
    2  demands       demand       NOUN   NNS  1  dobj
    3  and           _            CCONJ  CC   1  cc
    4  threatened    threaten     VERB   VBN  5  amod
    5  repercussions repercussion NOUN   NNS  1  conj
    6  if            _            SCONJ  IN   8  mark
    7  talks         talk         NOUN   NNS  8  nsubj
    8  failed        fail         VERB   VBD  1  advcl
    9  .             _            PUNCT  .    1  punct
"""

# "Strikes killed 33 people sheltering in a school." read with "people" as the participle's subject
PEOPLE_AS_SUBJECT = """
    0  Strikes     strike   NOUN   NNS  1  nsubj
    1  killed      kill     VERB   VBD  1  ROOT
    2  33          _        NUM    CD   3  nummod
    3  people      _        NOUN   NNS  4  nsubj
    4  sheltering  shelter  VERB   VBG  1  advcl
    5  in          _        ADP    IN   4  prep
    6  a           _        DET    DT   7  det
    7  school      _        NOUN   NN   5  pobj
    8  .           _        PUNCT  .    1  punct
"""

# "Israel vowed on Tuesday to launch a ground operation." read with the infinitive as a purpose clause
VOWED_TO_AS_PURPOSE = """
    0  Israel     _        PROPN  NNP  1  nsubj     B-GPE
    1  vowed      vow      VERB   VBD  1  ROOT
    2  on         _        ADP    IN   1  prep
    3  Tuesday    _        PROPN  NNP  2  pobj      B-DATE
    4  to         _        PART   TO   5  aux
    5  launch     _        VERB   VB   1  advcl
    6  a          _        DET    DT   8  det
    7  ground     _        NOUN   NN   8  compound
    8  operation  _        NOUN   NN   5  dobj
    9  .          _        PUNCT  .    1  punct
"""

# "Venezuela's Supreme Court barred candidate Maria Corina Machado from running." built around the name
NOUN_ROOT = """
    0  Venezuela  _    PROPN  NNP  3   poss      B-GPE
    1  's         _    PART   POS  0   case
    2  Supreme    _    PROPN  NNP  3   compound  B-ORG
    3  Court      _    PROPN  NNP  4   nsubj     I-ORG
    4  barred     bar  VERB   VBD  8   amod
    5  candidate  _    NOUN   NN   8   compound
    6  Maria      _    PROPN  NNP  8   compound  B-PERSON
    7  Corina     _    PROPN  NNP  8   compound  I-PERSON
    8  Machado    _    PROPN  NNP  8   ROOT      I-PERSON
    9  from       _    ADP    IN   8   prep
    10 running    run  VERB   VBG  9   pcomp
    11 .          _    PUNCT  .    8   punct
"""

# "Protests spread, prompting condemnation from Washington and calls from the UN." ("calls" read as a verb)
CALLS_AS_VERB = """
    0  Protests      protest       NOUN   NNS  1  nsubj
    1  spread        _             VERB   VBD  1  ROOT
    2  ,             _             PUNCT  ,    1  punct
    3  prompting     prompt        VERB   VBG  1  advcl
    4  condemnation  _             NOUN   NN   3  dobj
    5  from          _             ADP    IN   4  prep
    6  Washington    _             PROPN  NNP  5  pobj   B-GPE
    7  and           _             CCONJ  CC   3  cc
    8  calls         call          VERB   VBZ  3  conj
    9  from          _             ADP    IN   8  prep
    10 the           _             DET    DT   11 det
    11 UN            _             PROPN  NNP  9  pobj   B-ORG
    12 .             _             PUNCT  .    1  punct
"""


def deps(doc, *words):
    return [(token(doc, w).dep_, token(doc, w).head.text) for w in words]


def test_repairs_coordinated_verb_read_as_adjective():
    doc = parse(THREATENED_AS_ADJECTIVE)
    assert coordinated_verb(token(doc, "threatened")).text == "exchanged"
    repair_parse(doc)
    assert deps(doc, "threatened", "repercussions", "failed") == [
        ("conj", "exchanged"), ("dobj", "threatened"), ("advcl", "threatened")]  # the if-clause goes with it


def test_repairs_adjective_without_coordinator_stays():
    doc = parse(THREATENED_AS_ADJECTIVE.replace("3  and           _            CCONJ  CC ",
                                                "3  new           _            ADJ    JJ "))
    assert coordinated_verb(token(doc, "threatened")) is None
    repair_parse(doc)
    assert deps(doc, "threatened") == [("amod", "repercussions")]


def test_repairs_object_read_as_participle_subject():
    doc = parse(PEOPLE_AS_SUBJECT)
    obj, clause = participle_object(token(doc, "killed"))
    assert (obj.text, clause.text) == ("people", "sheltering")
    repair_parse(doc)
    assert deps(doc, "people", "sheltering") == [("dobj", "killed"), ("acl", "people")]


def test_repairs_verb_with_an_object_keeps_its_participle_clause():
    # "Strikes killed civilians, people sheltering ..." is no misparse of an object: the verb has one
    doc = parse(PEOPLE_AS_SUBJECT.replace("2  33          _        NUM    CD   3  nummod",
                                          "2  civilians   civilian NOUN   NNS  1  dobj  "))
    assert participle_object(token(doc, "killed")) is None


def test_repairs_infinitive_of_a_vow_is_its_complement():
    doc = parse(VOWED_TO_AS_PURPOSE)
    assert infinitive_complement(token(doc, "launch"))
    repair_parse(doc)
    assert deps(doc, "launch") == [("xcomp", "vowed")]


def test_repairs_infinitive_of_purpose_stays_adverbial():
    doc = parse(VOWED_TO_AS_PURPOSE.replace("vowed      vow ", "struck     strike"))
    assert not infinitive_complement(token(doc, "launch"))
    repair_parse(doc)
    assert deps(doc, "launch") == [("advcl", "struck")]


def test_repairs_sentence_built_around_a_noun_gets_its_verb():
    doc = parse(NOUN_ROOT)
    assert verbless_predicate(doc[8]).text == "barred"
    repair_parse(doc)
    assert deps(doc, "barred", "Machado", "from") == [("ROOT", "barred"), ("dobj", "barred"), ("prep", "barred")]
    assert [s.root.text for s in doc.sents] == ["barred"]


def test_repairs_sentence_with_a_verb_root_has_no_verbless_predicate():
    doc = parse(PEOPLE_AS_SUBJECT)
    assert verbless_predicate(doc[1]) is None


def test_repairs_plural_noun_read_as_verb():
    doc = parse(CALLS_AS_VERB)
    assert coordinated_noun(token(doc, "calls")).text == "condemnation"
    repair_parse(doc)
    calls = token(doc, "calls")
    assert (calls.pos_, calls.tag_, calls.dep_, calls.head.text) == ("NOUN", "NNS", "conj", "condemnation")
    assert token(doc, "and").head.text == "condemnation"
