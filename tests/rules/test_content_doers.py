"""Who does an act reported inside the content of another and who says a quotation: the listener of "informed X
about ..." neither does the act told about nor suffers it (stancegraph.rules.content_doers); a recipient named in an
intent's own phrase ("willingness to continue gas supplies to Italy") is its target (rules.content_targets); "he"
after a quotation is not a person the quotation names (rules.quote_sayers); "our" in a presidency's narration is
its state (rules.publisher_voice). The listings are real sentences of president.gov.ua and kremlin.ru (2021-22) as
the pipeline parses them, one changed in a word ("our decisions") to pin that construction."""
from .docs import PUBLISHED, parse, statements

# president.gov.ua, 2021-11-11: the parser makes the listener ("his Lithuanian counterpart") the subject of "adopted"
INFORMED_ABOUT_DECISIONS_OF = """
    0   The            the            DET    DT    1   det
    1   President      _              PROPN  NNP   4   nsubj
    2   of             _              ADP    IN    1   prep
    3   Ukraine        _              PROPN  NNP   2   pobj       B-GPE
    4   informed       inform         VERB   VBD   4   ROOT
    5   his            _              PRON   PRP$  7   poss
    6   Lithuanian     lithuanian     ADJ    JJ    7   compound   B-NORP
    7   counterpart    _              NOUN   NN    18  nsubj
    8   about          _              ADP    IN    7   prep
    9   the            _              DET    DT    10  det
    10  decisions      decision       NOUN   NNS   8   pobj
    11  of             _              ADP    IN    10  prep
    12  the            _              DET    DT    17  det        B-ORG
    13  National       _              PROPN  NNP   17  nmod       I-ORG
    14  Security       _              PROPN  NNP   17  nmod       I-ORG
    15  and            _              CCONJ  CC    14  cc         I-ORG
    16  Defense        _              PROPN  NNP   14  conj       I-ORG
    17  Council        _              PROPN  NNP   11  pobj       I-ORG
    18  adopted        adopt          VERB   VBD   4   ccomp
    19  the            _              DET    DT    20  det        B-DATE
    20  day            _              NOUN   NN    18  npadvmod   I-DATE
    21  before         _              ADV    RB    20  advmod
    22  to             _              PART   TO    23  aux
    23  enhance        _              VERB   VB    18  advcl
    24  security       _              NOUN   NN    25  compound
    25  measures       measure        NOUN   NNS   23  dobj
    26  on             _              ADP    IN    25  prep
    27  the            _              DET    DT    31  det
    28  Ukrainian      ukrainian      ADJ    JJ    30  amod       B-NORP
    29  -              _              PUNCT  HYPH  30  punct
    30  Belarusian     _              PROPN  NNP   31  compound   B-NORP
    31  border         _              NOUN   NN    26  pobj
    32  .              _              PUNCT  .     4   punct
"""

# The same with "about our decisions adopted ...": the informer's own decisions
INFORMED_ABOUT_OUR_DECISIONS = """
    0   The            the            DET    DT    1   det
    1   President      _              PROPN  NNP   4   nsubj
    2   of             _              ADP    IN    1   prep
    3   Ukraine        _              PROPN  NNP   2   pobj       B-GPE
    4   informed       inform         VERB   VBD   4   ROOT
    5   his            _              PRON   PRP$  7   poss
    6   Lithuanian     lithuanian     ADJ    JJ    7   compound   B-NORP
    7   counterpart    _              NOUN   NN    11  nsubj
    8   about          _              ADP    IN    7   prep
    9   our            _              PRON   PRP$  10  poss
    10  decisions      decision       NOUN   NNS   8   pobj
    11  adopted        adopt          VERB   VBD   4   ccomp
    12  to             _              PART   TO    13  aux
    13  enhance        _              VERB   VB    11  advcl
    14  security       _              NOUN   NN    15  compound
    15  measures       measure        NOUN   NNS   13  dobj
    16  on             _              ADP    IN    15  prep
    17  the            _              DET    DT    21  det
    18  Ukrainian      ukrainian      ADJ    JJ    20  amod       B-NORP
    19  -              _              PUNCT  HYPH  20  punct
    20  Belarusian     _              PROPN  NNP   21  compound   B-NORP
    21  border         _              NOUN   NN    16  pobj
    22  .              _              PUNCT  .     4   punct
"""

# kremlin.ru, 2022-05-26
WILLINGNESS_TO_CONTINUE_SUPPLIES_TO = """
    0   While          while          SCONJ  IN    1   mark
    1   discussing     discuss        VERB   VBG   9   advcl
    2   energy         _              NOUN   NN    3   compound
    3   security       _              NOUN   NN    4   compound
    4   issues         issue          NOUN   NNS   1   dobj
    5   ,              _              PUNCT  ,     9   punct
    6   the            _              DET    DT    8   det
    7   Russian        russian        ADJ    JJ    8   amod       B-NORP
    8   leader         _              NOUN   NN    9   nsubj
    9   reaffirmed     reaffirm       VERB   VBD   9   ROOT
    10  Russia         _              PROPN  NNP   12  poss       B-GPE
    11  's             _              PART   POS   10  case
    12  willingness    _              NOUN   NN    9   dobj
    13  to             _              PART   TO    14  aux
    14  continue       _              VERB   VB    12  acl
    15  failsafe       _              ADJ    JJ    18  amod
    16  natural        _              ADJ    JJ    17  amod
    17  gas            _              NOUN   NN    18  compound
    18  supplies       supply         NOUN   NNS   14  dobj
    19  to             _              ADP    IN    14  prep
    20  Italy          _              PROPN  NNP   19  pobj       B-GPE
    21  at             _              ADP    IN    14  prep
    22  contractual    _              ADJ    JJ    23  amod
    23  prices         price          NOUN   NNS   21  pobj
    24  .              _              PUNCT  .     9   punct
"""


def _pairs(found):
    return sorted((s.speaker.actor.label, tuple(t.actor.label for t in s.targets), s.type) for s in found)


def test_the_listener_does_not_do_what_it_is_told_about(registry):
    found = statements(parse(INFORMED_ABOUT_DECISIONS_OF, registry), registry)
    # the NSDC (no registered actor here) adopted the measures, not Lithuania: no statement rather than a wrong one
    assert not any(s.speaker.actor.label == "Lithuania" for s in found), _pairs(found)


def test_our_decisions_told_to_a_listener_are_the_informers(registry):
    found = statements(parse(INFORMED_ABOUT_OUR_DECISIONS, registry), registry)
    doers = {s.speaker.actor.label for s in found if s.cue.text.startswith("enhance")}
    assert doers and "Lithuania" not in doers and doers <= {"Ukraine", "Volodymyr Zelensky"}, _pairs(found)


def test_a_recipient_named_in_the_intent_is_the_target(registry):
    found = statements(parse(WILLINGNESS_TO_CONTINUE_SUPPLIES_TO, registry), registry)
    agreed = [s for s in found if s.type == "AGREE"]
    assert agreed and all([t.actor.label for t in s.targets] == ["Italy"] for s in agreed), _pairs(found)
    assert all(s.rule.endswith("content-recipient") for s in agreed), [s.rule for s in agreed]


# president.gov.ua, 2022-05: "he" after the quotation is its sayer, Zelenskyy, not Charles Michel whom it addresses,
# so "our territory" is Ukraine's (Belgium's before)
THANKFUL_TO_YOU_MICHEL_HE_SAID = """
    0   Volodymyr      _              PROPN  NNP   1   compound   B-PERSON
    1   Zelenskyy      _              PROPN  NNP   2   nsubj      I-PERSON
    2   thanked        thank          VERB   VBD   2   ROOT
    3   the            _              DET    DT    5   det
    4   European       _              PROPN  NNP   5   compound   B-ORG
    5   Union          _              PROPN  NNP   2   dobj       I-ORG
    6   for            _              ADP    IN    2   prep
    7   its            _              PRON   PRP$  8   poss
    8   support        _              NOUN   NN    6   pobj
    9   to             _              ADP    IN    8   prep
    10  Ukraine        _              PROPN  NNP   9   pobj       B-GPE
    11  .              _              PUNCT  .     2   punct
    12  "              _              PUNCT  ``    14  punct
    13  I              _              PRON   PRP   14  nsubj
    14  am             be             AUX    VBP   14  ROOT
    15  thankful       _              ADJ    JJ    14  acomp
    16  to             _              ADP    IN    15  prep
    17  you            _              PRON   PRP   16  pobj
    18  ,              _              PUNCT  ,     14  punct
    19  Charles        _              PROPN  NNP   20  compound   B-PERSON
    20  Michel         _              PROPN  NNP   14  npadvmod   I-PERSON
    21  and            _              CCONJ  CC    20  cc
    22  the            _              DET    DT    24  det
    23  European       _              PROPN  NNP   24  compound   B-ORG
    24  Union          _              PROPN  NNP   20  conj       I-ORG
    25  who            _              PRON   WP    28  nsubj
    26  are            be             AUX    VBP   28  aux
    27  actively       _              ADV    RB    28  advmod
    28  working        work           VERB   VBG   20  relcl
    29  against        _              ADP    IN    28  prep
    30  Russia         _              PROPN  NNP   32  poss       B-GPE
    31  's             _              PART   POS   30  case
    32  occupation     _              NOUN   NN    29  pobj
    33  of             _              ADP    IN    32  prep
    34  part           _              NOUN   NN    33  pobj
    35  of             _              ADP    IN    34  prep
    36  our            _              PRON   PRP$  37  poss
    37  territory      _              NOUN   NN    35  pobj
    38  .              _              PUNCT  .     14  punct
    39  Working        work           VERB   VBG   55  advcl
    40  with           _              ADP    IN    39  prep
    41  sanctions      sanction       NOUN   NNS   40  pobj
    42  ,              _              PUNCT  ,     39  punct
    43  diplomatically _              ADV    RB    39  advmod
    44  ,              _              PUNCT  ,     43  punct
    45  financially    _              ADV    RB    43  advmod
    46  ,              _              PUNCT  ,     39  punct
    47  supporting     support        VERB   VBG   39  advcl
    48  our            _              PRON   PRP$  49  poss
    49  state          _              NOUN   NN    47  dobj
    50  with           _              ADP    IN    47  prep
    51  armaments      armament       NOUN   NNS   50  pobj
    52  ,              _              PUNCT  ,     55  punct
    53  "              _              PUNCT  ''    55  punct
    54  he             _              PRON   PRP   55  nsubj
    55  said           say            VERB   VBD   55  ROOT
    56  .              _              PUNCT  .     55  punct
"""


def test_the_sayer_after_a_quotation_is_not_named_in_it(registry):
    doc = parse(THANKFUL_TO_YOU_MICHEL_HE_SAID, registry)
    found = statements(doc, registry)
    assert not any("Belgium" in (s.speaker.actor.label, *(t.actor.label for t in s.targets)) for s in found), _pairs(found)
    assert ("Russia", ("Ukraine",), "FIGHT") in _pairs(found), _pairs(found)


# president.gov.ua, 2022-06: "our state" in the presidency's narration is Ukraine, whoever is thanked nearby
WAR_AGAINST_OUR_STATE = """
    0   Volodymyr      _              PROPN  NNP   1   compound   B-PERSON
    1   Zelenskyy      _              PROPN  NNP   2   nsubj      I-PERSON
    2   thanked        thank          VERB   VBD   2   ROOT
    3   the            _              DET    DT    5   det
    4   Prime          _              PROPN  NNP   5   compound
    5   Minister       _              PROPN  NNP   2   dobj
    6   of             _              ADP    IN    5   prep
    7   Luxembourg     _              PROPN  NNP   6   pobj       B-GPE
    8   for            _              ADP    IN    2   prep
    9   the            _              DET    DT    10  det
    10  assistance     _              NOUN   NN    8   pobj
    11  provided       provide        VERB   VBN   10  acl
    12  by             _              ADP    IN    11  agent
    13  his            _              PRON   PRP$  14  poss
    14  country        _              NOUN   NN    12  pobj
    15  and            _              CCONJ  CC    14  cc
    16  him            he             PRON   PRP   14  conj
    17  personally     _              ADV    RB    14  advmod
    18  to             _              ADP    IN    11  prep
    19  Ukraine        _              PROPN  NNP   18  pobj       B-GPE
    20  since          _              SCONJ  IN    11  prep
    21  the            _              DET    DT    23  det        B-DATE
    22  first          _              ADJ    JJ    23  amod       I-DATE
    23  days           day            NOUN   NNS   20  pobj       I-DATE
    24  of             _              ADP    IN    23  prep
    25  Russia         _              PROPN  NNP   30  poss       B-GPE
    26  's             _              PART   POS   25  case
    27  full           _              ADJ    JJ    29  amod
    28  -              _              PUNCT  HYPH  29  punct
    29  scale          _              NOUN   NN    30  compound
    30  war            _              NOUN   NN    24  pobj
    31  against        _              ADP    IN    30  prep
    32  our            _              PRON   PRP$  33  poss
    33  state          _              NOUN   NN    31  pobj
    34  .              _              PUNCT  .     2   punct
"""


def _published_by(doc, registry, source):
    from stancegraph.model import Document
    from stancegraph.rules.extract import stance_statements

    return list(stance_statements(doc, Document(id="t", text=doc.text, date=PUBLISHED, source=source), registry))


def test_our_in_a_presidencys_narration_is_its_state(registry):
    doc = parse(WAR_AGAINST_OUR_STATE, registry)
    found = _published_by(doc, registry, "president.gov.ua/en")
    war = [s for s in found if s.type == "FIGHT"]
    # the target is read off "against our state", not guessed from the nearest name (Ukraine, in another phrase)
    assert [(s.speaker.actor.label, [t.actor.label for t in s.targets], s.rule) for s in war] == [
        ("Russia", ["Ukraine"], "noun:poss>prep-against")], _pairs(found)
    assert all(s.rule != "noun:poss>prep-against" for s in _published_by(doc, registry, "Reuters")), "no publisher, no voice"


# kremlin.ru, 2022-03: the parser coordinates the content's infinitives ("launch", "start") with "told"; the talks
# are the two countries' (no doer named), not Putin's
TOLD_ABOUT_STEPS_TAKEN_TO = """
    0   In             in             ADP    IN    6   prep
    1   this           _              DET    DT    2   det
    2   context        _              NOUN   NN    0   pobj
    3   ,              _              PUNCT  ,     6   punct
    4   Vladimir       _              PROPN  NNP   5   compound   B-PERSON
    5   Putin          _              PROPN  NNP   6   nsubj      I-PERSON
    6   told           tell           VERB   VBD   6   ROOT
    7   Charles        _              PROPN  NNP   8   compound   B-PERSON
    8   Michel         _              PROPN  NNP   6   dobj       I-PERSON
    9   about          _              ADP    IN    6   prep
    10  the            _              DET    DT    11  det
    11  steps          step           NOUN   NNS   9   pobj
    12  taken          take           VERB   VBN   11  acl
    13  to             _              PART   TO    14  aux
    14  restore        _              VERB   VB    12  advcl
    15  economic       _              ADJ    JJ    18  amod
    16  and            _              CCONJ  CC    15  cc
    17  transport      _              NOUN   NN    15  conj
    18  links          link           NOUN   NNS   14  dobj
    19  ,              _              PUNCT  ,     6   punct
    20  launch         _              VERB   VB    6   conj
    21  the            _              DET    DT    22  det
    22  process        _              NOUN   NN    20  dobj
    23  of             _              ADP    IN    22  prep
    24  delimiting     delimit        VERB   VBG   23  pcomp
    25  the            _              DET    DT    29  det
    26  Armenia        _              PROPN  NNP   28  compound   B-GPE
    27  -              _              PUNCT  HYPH  28  punct
    28  Azerbaijan     _              PROPN  NNP   29  compound   B-GPE
    29  border         _              NOUN   NN    24  dobj
    30  ,              _              PUNCT  ,     20  punct
    31  and            _              CCONJ  CC    20  cc
    32  start          _              VERB   VB    20  conj
    33  talks          talk           NOUN   NNS   32  dobj
    34  on             _              ADP    IN    33  prep
    35  a              _              DET    DT    37  det
    36  peace          _              NOUN   NN    37  compound
    37  treaty         _              NOUN   NN    34  pobj
    38  between        _              ADP    IN    37  prep
    39  the            _              DET    DT    41  det
    40  two            _              NUM    CD    41  nummod     B-CARDINAL
    41  countries      country        NOUN   NNS   38  pobj
    42  .              _              PUNCT  .     6   punct
"""

# kremlin.ru, 2021-12: "his talks" in what Putin tells Niinisto about are Putin's, not the listener's
TOLD_ABOUT_RESULTS_OF_HIS_TALKS = """
    0   President      _              PROPN  NNP   4   nmod
    1   of             _              ADP    IN    0   prep
    2   Russia         _              PROPN  NNP   1   pobj       B-GPE
    3   Vladimir       _              PROPN  NNP   4   compound   B-PERSON
    4   Putin          _              PROPN  NNP   5   nsubj      I-PERSON
    5   told           tell           VERB   VBD   5   ROOT
    6   Sauli          _              PROPN  NNP   7   compound   B-GPE
    7   Niinistö       _              PROPN  NNP   5   dobj       B-PERSON
    8   about          _              ADP    IN    5   prep
    9   the            _              DET    DT    10  det
    10  results        result         NOUN   NNS   8   pobj
    11  of             _              ADP    IN    10  prep
    12  his            _              PRON   PRP$  13  poss
    13  talks          talk           NOUN   NNS   11  pobj
    14  with           _              ADP    IN    13  prep
    15  US             _              PROPN  NNP   16  compound   B-GPE
    16  President      _              PROPN  NNP   18  compound
    17  Joseph         _              PROPN  NNP   18  compound   B-PERSON
    18  Biden          _              PROPN  NNP   14  pobj       I-PERSON
    19  via            _              ADP    IN    10  prep
    20  videoconference _              NOUN   NN    19  pobj
    21  on             _              ADP    IN    20  prep
    22  December       _              PROPN  NNP   21  pobj       B-DATE
    23  7              _              NUM    CD    22  nummod     I-DATE
    24  ,              _              PUNCT  ,     22  punct      I-DATE
    25  2021           _              NUM    CD    22  nummod     I-DATE
    26  ,              _              PUNCT  ,     5   punct
    27  and            _              CCONJ  CC    5   cc
    28  made           make           VERB   VBD   5   conj
    29  principled     _              ADJ    JJ    30  amod
    30  assessments    assessment     NOUN   NNS   28  dobj
    31  of             _              ADP    IN    30  prep
    32  the            _              DET    DT    33  det
    33  developments   development    NOUN   NNS   31  pobj
    34  regarding      regard         VERB   VBG   33  prep
    35  Ukraine        _              PROPN  NNP   34  pobj       B-GPE
    36  .              _              PUNCT  .     5   punct
"""


def test_the_teller_does_not_do_a_content_with_no_doer(registry):
    found = statements(parse(TOLD_ABOUT_STEPS_TAKEN_TO, registry), registry)
    assert not any(s.speaker.actor.label == "Vladimir Putin" and s.cue.text.startswith("start") for s in found), _pairs(found)


def test_a_possessive_in_what_is_told_is_the_tellers(registry):
    found = statements(parse(TOLD_ABOUT_RESULTS_OF_HIS_TALKS, registry), registry)
    talks = [p for p in _pairs(found) if p[2] == "CONSULT" and p[1] == ("Joe Biden",)]
    assert talks and all(p[0] == "Vladimir Putin" for p in talks), _pairs(found)

