"""Names the NER takes for actors that name a place, a memorial, a title or a cut name (stancegraph.rules.non_actor_names,
rules.cut_names, rules.title_runs), on hand-built parses as en_core_web_sm read the press releases they come from."""
from spacy.tokens import Doc

from stancegraph.model import ActorKind
from stancegraph.rules.actors import named_mentions
from stancegraph.rules.cut_names import joined_names

from .docs import parse

# the President said during a meeting with Chornobyl workers at the Office.
MEETING_WITH_CHORNOBYL_WORKERS = """
    0  the  the  DET  DT  1  det
    1  President  _  PROPN  NNP  2  nsubj
    2  said  say  VERB  VBD  2  ROOT
    3  during  _  ADP  IN  2  prep
    4  a  _  DET  DT  5  det
    5  meeting  _  NOUN  NN  3  pobj
    6  with  _  ADP  IN  5  prep
    7  Chornobyl  _  PROPN  NNP  8  compound  B-GPE
    8  workers  worker  NOUN  NNS  6  pobj
    9  .  _  PUNCT  .  2  punct
"""

# The Babyn Yar – a symbol of the Holocaust.
THE_BABYN_YAR = """
    0  The  the  DET  DT  2  det  B-ORG
    1  Babyn  _  PROPN  NNP  2  compound  I-ORG
    2  Yar  _  PROPN  NNP  2  ROOT  I-ORG
    3  –  _  PUNCT  :  2  punct
    4  a  _  DET  DT  5  det
    5  symbol  _  NOUN  NN  2  appos
    6  of  _  ADP  IN  5  prep
    7  the  _  DET  DT  8  det
    8  Holocaust  _  PROPN  NNP  6  pobj  B-EVENT
    9  .  _  PUNCT  .  2  punct
"""

# Russia gained control over the Sea of Azov.
SEA_OF_AZOV = """
    0  Russia  _  PROPN  NNP  1  nsubj  B-GPE
    1  gained  gain  VERB  VBD  1  ROOT
    2  control  _  NOUN  NN  1  dobj
    3  over  _  ADP  IN  1  prep
    4  the  _  DET  DT  5  det  B-LOC
    5  Sea  _  PROPN  NNP  3  pobj  I-LOC
    6  of  _  ADP  IN  5  prep  I-LOC
    7  Azov  _  PROPN  NNP  6  pobj  B-ORG
    8  .  _  PUNCT  .  1  punct
"""

# Putin wished a happy birthday to singer and National Artist of the RSFSR Lev Leshchenko.
NATIONAL_ARTIST = """
    0  Putin  _  PROPN  NNP  1  nsubj  B-PERSON
    1  wished  wish  VERB  VBD  1  ROOT
    2  a  _  DET  DT  4  det
    3  happy  _  ADJ  JJ  4  amod
    4  birthday  _  NOUN  NN  1  dobj
    5  to  _  ADP  IN  1  prep
    6  singer  _  NOUN  NN  5  pobj
    7  and  _  CCONJ  CC  6  cc
    8  National  _  PROPN  NNP  9  compound  B-ORG
    9  Artist  _  PROPN  NNP  6  conj  I-ORG
    10  of  _  ADP  IN  9  prep
    11  the  _  DET  DT  12  det
    12  RSFSR  _  PROPN  NNP  10  pobj  B-GPE
    13  Lev  _  PROPN  NNP  14  compound  B-PERSON
    14  Leshchenko  _  PROPN  NNP  12  appos  I-PERSON
    15  .  _  PUNCT  .  1  punct
"""

# Ihor Zhovkva visited the Center for Ukrainian Displaced Persons.
CENTER_FOR_UKRAINIAN = """
    0  Ihor  _  PROPN  NNP  1  compound  B-PERSON
    1  Zhovkva  _  PROPN  NNP  2  nsubj  I-PERSON
    2  visited  visit  VERB  VBD  2  ROOT
    3  the  _  DET  DT  4  det  B-ORG
    4  Center  _  PROPN  NNP  2  dobj  I-ORG
    5  for  _  ADP  IN  4  prep  I-ORG
    6  Ukrainian  _  ADJ  JJ  8  amod  B-NORP
    7  Displaced  _  PROPN  NNP  8  compound
    8  Persons  _  PROPN  NNPS  5  pobj
    9  .  _  PUNCT  .  2  punct
"""

# Putin had a meeting with CEO of JSC United Chemical Company Uralchem Dmitry Mazepin.
CEO_OF_URALCHEM = """
    0  Putin  _  PROPN  NNP  1  nsubj  B-PERSON
    1  had  have  VERB  VBD  1  ROOT
    2  a  _  DET  DT  3  det
    3  meeting  _  NOUN  NN  1  dobj
    4  with  _  ADP  IN  3  prep
    5  CEO  _  NOUN  NN  4  pobj
    6  of  _  ADP  IN  5  prep
    7  JSC  _  PROPN  NNP  10  compound  B-ORG
    8  United  _  PROPN  NNP  10  compound  I-ORG
    9  Chemical  _  PROPN  NNP  10  compound  I-ORG
    10  Company  _  PROPN  NNP  11  compound  I-ORG
    11  Uralchem  _  PROPN  NNP  13  compound  I-ORG
    12  Dmitry  _  PROPN  NNP  13  compound  I-ORG
    13  Mazepin  _  PROPN  NNP  6  pobj  I-ORG
    14  .  _  PUNCT  .  1  punct
"""


def _labels(doc, registry):
    mentions = joined_names(doc, named_mentions(doc, registry), registry)  # (as rules.extract joins them)
    return [(doc[m.start:m.end].text, m.actors[0].label, m.actors[0].kind) for m in mentions]


def test_place_describing_people_is_no_actor(registry):
    doc = parse(MEETING_WITH_CHORNOBYL_WORKERS, registry)
    assert not any(m.actors[0].label == "Chornobyl" for m in named_mentions(doc, registry))


def test_a_ravine_is_a_place(registry):  # "yar": the head of Ukrainian place names, among facility_heads
    doc = parse(THE_BABYN_YAR, registry)
    assert not any("Babyn" in m.actors[0].label for m in named_mentions(doc, registry))


def test_the_name_after_sea_of_is_no_actor(registry):
    doc = parse(SEA_OF_AZOV, registry)
    assert [m.actors[0].id for m in named_mentions(doc, registry) if m.how != "place"] == ["RUS"]


def test_a_title_ending_in_an_honorary_noun_is_no_actor(registry):
    doc = parse(NATIONAL_ARTIST, registry)
    labels = [m.actors[0].label for m in named_mentions(doc, registry)]
    assert "National Artist" not in labels and "Lev Leshchenko" in labels


def test_a_cut_name_goes_on_past_the_demonym_describing_its_words(registry):
    doc = parse(CENTER_FOR_UKRAINIAN, registry)
    found = {text: (label, kind) for text, label, kind in _labels(doc, registry)}
    assert found["Center for Ukrainian Displaced Persons"] == ("Center for Ukrainian Displaced Persons", ActorKind.GROUP)
    assert "Ukrainian" not in found  # the demonym describes the displaced persons: no Ukraine visited


def test_a_company_run_into_a_person_after_a_title_is_left_to_the_company(registry):
    doc = parse(CEO_OF_URALCHEM, registry)
    persons = [m.actors[0].label for m in named_mentions(doc, registry) if m.actors[0].kind is ActorKind.PERSON]
    assert "Dmitry Mazepin" in persons and "Uralchem Dmitry Mazepin" not in persons


# The Central Bank of Russia signed an agreement.
CENTRAL_BANK_OF_RUSSIA = """
    0  The  the  DET  DT  2  det  B-ORG
    1  Central  _  PROPN  NNP  2  compound  I-ORG
    2  Bank  _  PROPN  NNP  5  nsubj  I-ORG
    3  of  _  ADP  IN  2  prep  I-ORG
    4  Russia  _  PROPN  NNP  3  pobj  B-GPE
    5  signed  sign  VERB  VBD  5  ROOT
    6  an  _  DET  DT  7  det
    7  agreement  _  NOUN  NN  5  dobj
    8  .  _  PUNCT  .  5  punct
"""


def test_a_bank_of_a_state_is_no_place(registry):  # ("Bank" heads a place only after its name: "the West Bank")
    doc = parse(CENTRAL_BANK_OF_RUSSIA, registry)
    assert "RUS" in [m.actors[0].id for m in named_mentions(doc, registry)]
    assert [label for text, label, _ in _labels(doc, registry)] == ["Central Bank of Russia"]


# We are extending the tariff of UAH 1.44 per kilowatt.
TARIFF_OF_UAH = """
    0  We  we  PRON  PRP  2  nsubj
    1  are  be  AUX  VBP  2  aux
    2  extending  extend  VERB  VBG  2  ROOT
    3  the  _  DET  DT  4  det
    4  tariff  _  NOUN  NN  2  dobj
    5  of  _  ADP  IN  4  prep
    6  UAH  _  PROPN  NNP  5  pobj  B-ORG
    7  1.44  _  NUM  CD  6  nummod  B-MONEY
    8  per  _  ADP  IN  4  prep
    9  kilowatt  _  NOUN  NN  8  pobj
    10  .  _  PUNCT  .  2  punct
"""

# I met members of the Presidential Council for[Civil Society and] Human Rights.
COUNCIL_FOR_BRACKET = """
    0  I  I  PRON  PRP  1  nsubj
    1  met  meet  VERB  VBD  1  ROOT
    2  members  member  NOUN  NNS  1  dobj
    3  of  _  ADP  IN  2  prep
    4  the  _  DET  DT  6  det  B-ORG
    5  Presidential  _  PROPN  NNP  6  compound  I-ORG
    6  Council  _  PROPN  NNP  3  pobj  I-ORG
    7  for  _  ADP  IN  6  prep
    8  [  _  PUNCT  -LRB-  10  punct
    9  Civil  _  PROPN  NNP  10  compound
    10  Society  _  PROPN  NNP  7  pobj
    11  and  _  CCONJ  CC  10  cc
    12  ]  _  PUNCT  -RRB-  14  punct
    13  Human  _  PROPN  NNP  14  compound
    14  Rights  _  PROPN  NNPS  10  conj
    15  .  _  PUNCT  .  1  punct
"""


def test_a_currency_code_before_an_amount_is_no_actor(registry):
    doc = parse(TARIFF_OF_UAH, registry)
    assert not any(m.actors[0].label == "UAH" for m in named_mentions(doc, registry))


def test_a_name_inside_an_editors_brackets_is_no_body(registry):
    from stancegraph.rules.named_bodies import named_bodies

    parsed = parse(COUNCIL_FOR_BRACKET, registry)
    spaces = [bool(t.whitespace_) and t.i != 7 for t in parsed]  # "for[Civil": glued in the release
    doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=spaces, heads=[t.head.i for t in parsed],
              deps=[t.dep_ for t in parsed], pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed], ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in parsed])
    labels = [m.actors[0].label for m in named_bodies(doc, named_mentions(doc, registry), registry)]
    assert "Civil Society" not in labels
