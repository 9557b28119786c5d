"""Whom praise, blame and criticism are aimed at (stancegraph.rules.judged_doers, rules.judgements.to_blame) on
hand-built parses: the agent of a participle in the judged object, the phrase of a stance adjective, a verdict
of guilt ("X is to blame") and expressed appreciation."""
from .docs import parse, statements

CONDEMNED_ATROCITIES_COMMITTED_BY = """
    0  Poland  _  PROPN  NNP  1  nsubj  B-GPE
    1  condemned  condemn  VERB  VBD  1  ROOT
    2  the  _  DET  DT  3  det
    3  atrocities  atrocity  NOUN  NNS  1  dobj
    4  committed  commit  VERB  VBN  3  acl
    5  {prep}  _  ADP  IN  4  {dep}
    6  Russian  russian  ADJ  JJ  7  amod  B-NORP
    7  troops  troop  NOUN  NNS  5  pobj
    8  .  _  PUNCT  .  1  punct
"""

GRATEFUL_TO = """
    0  Kyiv  _  PROPN  NNP  1  nsubj  B-GPE
    1  is  be  AUX  VBZ  1  ROOT
    2  grateful  _  ADJ  JJ  1  acomp
    3  to  _  ADP  IN  2  prep
    4  Poland  _  PROPN  NNP  3  pobj  B-GPE
    5  for  _  ADP  IN  1  prep
    6  its  _  PRON  PRP$  7  poss
    7  support  _  NOUN  NN  5  pobj
    8  .  _  PUNCT  .  1  punct
"""

SAID_IS_TO_BLAME = """
    0  Zelensky  _  PROPN  NNP  1  nsubj  B-PERSON
    1  said  say  VERB  VBD  1  ROOT
    2  {subject}  _  PROPN  NNP  3  nsubj  B-GPE
    3  is  be  AUX  VBZ  1  ccomp
    4  {adverb}  _  {adverb_pos}  RB  3  {adverb_dep}
    5  to  _  PART  TO  6  aux
    6  blame  _  VERB  VB  3  xcomp
    7  .  _  PUNCT  .  1  punct
"""

EXPRESSED_APPRECIATION_TO = """
    0  Aliyev  _  PROPN  NNP  1  nsubj  B-PERSON
    1  expressed  express  VERB  VBD  1  ROOT
    2  his  _  PRON  PRP$  3  poss
    3  appreciation  _  NOUN  NN  1  dobj
    4  to  _  ADP  IN  1  prep
    5  Russia  _  PROPN  NNP  4  pobj  B-GPE
    6  .  _  PUNCT  .  1  punct
"""


def _read(listing, registry):
    return [(st.speaker.actor.label, st.type, [t.state.id if t.state else t.actor.id for t in st.targets], st.rule)
            for st in statements(parse(listing, registry), registry)]


def test_condemned_atrocities_are_aimed_at_the_agent_who_committed_them(registry):
    found = _read(CONDEMNED_ATROCITIES_COMMITTED_BY.format(prep="by", dep="agent"), registry)
    assert [(s, t, targets) for s, t, targets, _ in found] == [("Poland", "DISAPPROVE", ["RUS"])]
    assert found[0][3] == "verb:nsubj>dobj-agent"


def test_a_participle_without_agent_names_no_doer(registry):
    # "the atrocities committed against Russian troops": the victims are no target of the condemnation's doer rule
    found = _read(CONDEMNED_ATROCITIES_COMMITTED_BY.format(prep="against", dep="prep"), registry)
    assert all(rule != "verb:nsubj>dobj-agent" for _, _, _, rule in found)


def test_grateful_to_reads_the_adjectives_phrase_not_a_nearest_guess(registry):
    assert _read(GRATEFUL_TO, registry) == [("Ukraine", "SUPPORT", ["POL"], "verb:nsubj>prep-to")]


def test_a_named_subject_to_blame_is_disapproved_by_the_reporter(registry):
    found = _read(SAID_IS_TO_BLAME.format(subject="Russia", adverb="only", adverb_pos="ADV", adverb_dep="advmod"), registry)
    assert [(t, targets) for _, t, targets, _ in found] == [("DISAPPROVE", ["RUS"])]


def test_a_hedged_or_negated_blame_is_no_verdict(registry):
    for adverb, dep in (("allegedly", "advmod"), ("not", "neg")):
        found = _read(SAID_IS_TO_BLAME.format(subject="Russia", adverb=adverb, adverb_pos="ADV" if dep == "advmod" else "PART",
                                              adverb_dep=dep), registry)
        assert [t for _, t, _, _ in found if t == "DISAPPROVE"] == []


def test_expressed_appreciation_to_is_support(registry):
    assert [(t, targets) for _, t, targets, _ in _read(EXPRESSED_APPRECIATION_TO, registry)] == [("SUPPORT", ["RUS"])]


UNDERSCORED_SUPPORT = """
    0  Draghi  _  PROPN  NNP  1  nsubj  B-PERSON
    1  underscored  underscore  VERB  VBD  1  ROOT
    2  {det}  _  {det_pos}  {det_tag}  3  {det_dep}
    3  {noun}  _  NOUN  NN  1  dobj
    4  for  _  ADP  IN  3  prep
    5  Ukraine  _  PROPN  NNP  4  pobj  B-GPE
    6  .  _  PUNCT  .  1  punct
"""


def _underscored(registry, noun, det="his"):
    pos, tag, dep = ("PRON", "PRP$", "poss") if det == "his" else ("DET", "DT", "det")
    listing = UNDERSCORED_SUPPORT.format(noun=noun, det=det, det_pos=pos, det_tag=tag, det_dep=dep)
    return [(st.speaker.actor.label, st.type, [t.actor.id for t in st.targets], st.rule)
            for st in statements(parse(listing, registry), registry)]


def test_a_verb_of_stressing_carries_the_subjects_own_support(registry):
    assert [(s, t, targets) for s, t, targets, _ in _underscored(registry, "support")] == [("Mario Draghi", "SUPPORT", ["UKR"])]
    assert _underscored(registry, "support")[0][3] == "light:nsubj>prep-for"


def test_a_verb_of_stressing_carries_no_other_event_noun(registry):
    assert all(not rule.startswith("light:") for _, _, _, rule in _underscored(registry, "cooperation", det="the"))


SUPPORT_OF_FOR = """
    0  Zelensky  _  PROPN  NNP  1  nsubj  B-PERSON
    1  stressed  stress  VERB  VBD  1  ROOT
    2  the  _  DET  DT  3  det
    3  support  _  NOUN  NN  1  dobj
    4  of  _  ADP  IN  3  prep
    5  Turkey  _  PROPN  NNP  4  pobj  B-GPE
    6  for  _  ADP  IN  3  prep
    7  Ukraine  _  PROPN  NNP  6  pobj  B-GPE
    8  .  _  PUNCT  .  1  punct
"""


def test_the_of_phrase_of_support_for_someone_is_its_holder(registry):
    found = [(st.speaker.actor.id, st.type, [t.actor.id for t in st.targets])
             for st in statements(parse(SUPPORT_OF_FOR, registry), registry)]
    assert found == [("TUR", "SUPPORT", ["UKR"])]


WELCOMED_SANCTIONS_AGAINST = """
    0  Poland  _  PROPN  NNP  1  nsubj  B-GPE
    1  {verb}  {lemma}  VERB  VBD  1  ROOT
    2  the  _  DET  DT  3  det
    3  sanctions  sanction  NOUN  NNS  1  dobj
    4  against  _  ADP  IN  3  prep
    5  Russia  _  PROPN  NNP  4  pobj  B-GPE
    6  .  _  PUNCT  .  1  punct
"""

SUPPORT_FOR_SANCTIONS_AGAINST = """
    0  Poland  _  PROPN  NNP  2  poss  B-GPE
    1  's  _  PART  POS  0  case
    2  support  _  NOUN  NN  8  nsubj
    3  for  _  ADP  IN  2  prep
    4  the  _  DET  DT  5  det
    5  sanctions  sanction  NOUN  NNS  3  pobj
    6  against  _  ADP  IN  5  prep
    7  Russia  _  PROPN  NNP  6  pobj  B-GPE
    8  grew  grow  VERB  VBD  8  ROOT
    9  .  _  PUNCT  .  8  punct
"""


def test_praise_or_blame_of_sanctions_is_not_aimed_at_the_sanctioned(registry):
    for verb, lemma in (("welcomed", "welcome"), ("condemned", "condemn")):
        found = statements(parse(WELCOMED_SANCTIONS_AGAINST.format(verb=verb, lemma=lemma), registry), registry)
        assert [(st.type, [t.actor.id for t in st.targets]) for st in found if st.type in ("SUPPORT", "DISAPPROVE")
                and any(t.actor.id == "RUS" for t in st.targets)] == []


def test_support_for_sanctions_is_not_support_of_the_sanctioned(registry):
    found = statements(parse(SUPPORT_FOR_SANCTIONS_AGAINST, registry), registry)
    assert [st for st in found if st.type == "SUPPORT" and any(t.actor.id == "RUS" for t in st.targets)] == []
