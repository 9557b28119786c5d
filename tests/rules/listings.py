"""Parse listings (see docs.py) that more than one rule test reads: one constant a sentence, named by its words.

A test of a longer text puts one of these before its own sentences with :func:`tests.rules.docs.sentences`; a test
of a variant edits a copy where it is read. The few constants with ``{fields}`` are templates: ``.format`` them.
"""

RUSSIA_DEMANDED_GUARANTEES_FROM_NATO = """
    0  Russia      _          PROPN  NNP  1  nsubj  B-GPE
    1  demanded    demand     VERB   VBD  1  ROOT
    2  guarantees  guarantee  NOUN   NNS  1  dobj
    3  from        _          ADP    IN   2  prep
    4  NATO        _          PROPN  NNP  3  pobj   B-ORG
    5  .           _          PUNCT  .    1  punct
"""

MOSCOW_DEMANDED_WASHINGTON_WITHDRAW_ITS_TROOPS = """
    0  Moscow      _         PROPN  NNP   1  nsubj  B-GPE
    1  demanded    demand    VERB   VBD   1  ROOT
    2  that        _         SCONJ  IN    4  mark
    3  Washington  _         PROPN  NNP   4  nsubj  B-GPE
    4  withdraw    _         VERB   VB    1  ccomp
    5  its         _         PRON   PRP$  6  poss
    6  troops      troop     NOUN   NNS   4  dobj
    7  .           _         PUNCT  .     1  punct
"""

MACRON_MET_HIS_US_COUNTERPART_JOE_BIDEN = """
    0  French       french  ADJ    JJ    1  amod      B-NORP
    1  President    _       PROPN  NNP   3  compound
    2  Emmanuel     _       PROPN  NNP   3  compound  B-PERSON
    3  Macron       _       PROPN  NNP   4  nsubj     I-PERSON
    4  met          meet    VERB   VBD   4  ROOT
    5  his          _       PRON   PRP$  7  poss
    6  U.S.         _       PROPN  NNP   7  compound  B-GPE
    7  counterpart  _       NOUN   NN    4  dobj
    8  Joe          _       PROPN  NNP   9  compound  B-PERSON
    9  Biden        _       PROPN  NNP   7  appos     I-PERSON
    10 .            _       PUNCT  .     4  punct
"""

IRAN_SEIZED_A_US_OWNED_SHIP = """
    0  Iran        _           PROPN  NNP  1  nsubj  B-GPE
    1  seized      seize       VERB   VBD  1  ROOT
    2  a           _           DET    DT   4  det
    3  U.S.-owned  u.s.-owned  ADJ    JJ   4  amod
    4  ship        _           NOUN   NN   1  dobj
    5  .           _           PUNCT  .    1  punct
"""

KYIV_DENIED_ITS_TROOPS_ATTACKED_THE_VILLAGE = """
    0  Kyiv      _       PROPN  NNP  1  nsubj  B-GPE
    1  denied    deny    VERB   VBD  1  ROOT
    2  that      _       SCONJ  IN   5  mark
    3  its       _       PRON   PRP$  4  poss
    4  troops    troop   NOUN   NNS  5  nsubj
    5  attacked  attack  VERB   VBD  1  ccomp
    6  the       _       DET    DT   7  det
    7  village   _       NOUN   NN   5  dobj
    8  .         _       PUNCT  .    1  punct
"""

RUSSIA_ATTACKED_THE_VILLAGE_ACCORDING_TO_BRITAIN = """
    0  Russia     _       PROPN  NNP  1  nsubj  B-GPE
    1  attacked   attack  VERB   VBD  1  ROOT
    2  the        _       DET    DT   3  det
    3  village    _       NOUN   NN   1  dobj
    4  ,          _       PUNCT  ,    1  punct
    5  according  accord  VERB   VBG  1  prep
    6  to         _       ADP    IN   5  prep
    7  Britain    _       PROPN  NNP  6  pobj   B-GPE
    8  .          _       PUNCT  .    1  punct
"""

# 'Russia warned of "provocations" if NATO expands.' (en_core_web_sm 3.8)
RUSSIA_WARNED_OF_PROVOCATIONS_IF_NATO_EXPANDS = """
    0  Russia        _            PROPN  NNP  1  nsubj  B-GPE
    1  warned        warn         VERB   VBD  1  ROOT
    2  of            _            ADP    IN   1  prep
    3  "             _            PUNCT  ``   4  punct
    4  provocations  provocation  NOUN   NNS  2  pobj
    5  "             _            PUNCT  ''   4  punct
    6  if            _            SCONJ  IN   8  mark
    7  NATO          _            PROPN  NNP  8  nsubj  B-ORG
    8  expands       expand       VERB   VBZ  1  advcl
    9  .             _            PUNCT  .    1  punct
"""

RUSSIA_WILL_ATTACK_UKRAINE_IF_NATO_EXPANDS = """
    0  Russia   _       PROPN  NNP  2  nsubj  B-GPE
    1  will     _       AUX    MD   2  aux
    2  attack   _       VERB   VB   2  ROOT
    3  Ukraine  _       PROPN  NNP  2  dobj   B-GPE
    4  if       _       SCONJ  IN   6  mark
    5  NATO     _       PROPN  NNP  6  nsubj  B-ORG
    6  expands  expand  VERB   VBZ  2  advcl
    7  .        _       PUNCT  .    2  punct
"""

WILL_NATO_FIGHT_AGAINST_RUSSIA = """
    0  Will     will  AUX    MD   2  aux
    1  NATO     _     PROPN  NNP  2  nsubj  B-ORG
    2  fight    _     VERB   VB   2  ROOT
    3  against  _     ADP    IN   2  prep
    4  Russia   _     PROPN  NNP  3  pobj   B-GPE
    5  ?        _     PUNCT  .    2  punct
"""

SANCTIONS_IMPOSED_ON_IRAN_BY_THE_UNITED_STATES = """
    0  Sanctions  sanction  NOUN   NNS  2  nsubjpass
    1  were       be        AUX    VBD  2  auxpass
    2  imposed    impose    VERB   VBN  2  ROOT
    3  on         _         ADP    IN   2  prep
    4  Iran       _         PROPN  NNP  3  pobj      B-GPE
    5  by         _         ADP    IN   2  agent
    6  the        _         DET    DT   8  det
    7  United     _         PROPN  NNP  8  compound  B-GPE
    8  States     _         PROPN  NNP  5  pobj      I-GPE
    9  .          _         PUNCT  .    2  punct
"""

POLAND_URGED_RUSSIA_TO_WITHDRAW_ITS_TROOPS = """
    0  Poland    _         PROPN  NNP   1  nsubj  B-GPE
    1  urged     urge      VERB   VBD   1  ROOT
    2  Russia    _         PROPN  NNP   1  dobj   B-GPE
    3  to        _         PART   TO    4  aux
    4  withdraw  _         VERB   VB    1  xcomp
    5  its       _         PRON   PRP$  6  poss
    6  troops    troop     NOUN   NNS   4  dobj
    7  .         _         PUNCT  .     1  punct
"""

RUSSIA_AND_CHINA_HELD_TALKS = """
    0  Russia  _     PROPN  NNP  3  nsubj  B-GPE
    1  and     _     CCONJ  CC   0  cc
    2  China   _     PROPN  NNP  0  conj   B-GPE
    3  held    hold  VERB   VBD  3  ROOT
    4  talks   talk  NOUN   NNS  3  dobj
    5  .       _     PUNCT  .    3  punct
"""

TURKEY_HOSTED_TALKS_BETWEEN_LAVROV_AND_KULEBA = """
    0  Turkey   _     PROPN  NNP  1  nsubj  B-GPE
    1  hosted   host  VERB   VBD  1  ROOT
    2  talks    talk  NOUN   NNS  1  dobj
    3  between  _     ADP    IN   2  prep
    4  Lavrov   _     PROPN  NNP  3  pobj   B-PERSON
    5  and      _     CCONJ  CC   4  cc
    6  Kuleba   _     PROPN  NNP  4  conj   B-PERSON
    7  .        _     PUNCT  .    1  punct
"""

THOUSANDS_OF_PROTESTERS_RALLIED_IN_MINSK = """
    0  Thousands   thousand   NOUN   NNS  3  nsubj  B-CARDINAL
    1  of          _          ADP    IN   0  prep
    2  protesters  protester  NOUN   NNS  1  pobj
    3  rallied     rally      VERB   VBD  3  ROOT
    4  in          _          ADP    IN   3  prep
    5  Minsk       _          PROPN  NNP  4  pobj   B-GPE
    6  .           _          PUNCT  .    3  punct
"""

OFFICIALS_SAID_RUSSIA_ATTACKED_THE_VILLAGE = """
    0  Officials  official  NOUN   NNS  1  nsubj
    1  said       say       VERB   VBD  1  ROOT
    2  Russia     _         PROPN  NNP  3  nsubj  B-GPE
    3  attacked   attack    VERB   VBD  1  ccomp
    4  the        _         DET    DT   5  det
    5  village    _         NOUN   NN   3  dobj
    6  .          _         PUNCT  .    1  punct
"""

PUTIN_WARNED_BIDEN = """
    0  Putin   _     PROPN  NNP  1  nsubj  B-PERSON
    1  warned  warn  VERB   VBD  1  ROOT
    2  Biden   _     PROPN  NNP  1  dobj   B-PERSON
    3  .       _     PUNCT  .    1  punct
"""

HEZBOLLAH_FIRED_ROCKETS_AT_ISRAEL = """
    0  Hezbollah  _       PROPN  NNP  1  nsubj  B-ORG
    1  fired      fire    VERB   VBD  1  ROOT
    2  rockets    rocket  NOUN   NNS  1  dobj
    3  at         _       ADP    IN   1  prep
    4  Israel     _       PROPN  NNP  3  pobj   B-GPE
    5  .          _       PUNCT  .    1  punct
"""

# format with entity= the NER's tag of "Kharkiv": "B-GPE", "B-FAC", or "" where the NER missed the city
RUSSIAN_TROOPS_SHELLED_KHARKIV = """
    0  Russian  russian  ADJ    JJ   1  amod   B-NORP
    1  troops   troop    NOUN   NNS  2  nsubj
    2  shelled  shell    VERB   VBD  2  ROOT
    3  Kharkiv  _        PROPN  NNP  2  dobj   {entity}
    4  .        _        PUNCT  .    2  punct
"""

# "The EU <verb> sanctions on Russia.": format with the verb and its lemma
THE_EU_VERB_SANCTIONS_ON_RUSSIA = """
    0  The        the       DET    DT   1  det
    1  EU         _         PROPN  NNP  2  nsubj  B-ORG
    2  {verb}     {lemma}   VERB   VBD  2  ROOT
    3  sanctions  sanction  NOUN   NNS  2  dobj
    4  on         _         ADP    IN   3  prep
    5  Russia     _         PROPN  NNP  4  pobj   B-GPE
    6  .          _         PUNCT  .    2  punct
"""

THE_EU_IMPOSED_SANCTIONS_ON_RUSSIA = THE_EU_VERB_SANCTIONS_ON_RUSSIA.format(verb="imposed", lemma="impose")

# Kyiv, 2021 (Olena Zelenska at the Summit of First Ladies and Gentlemen)
SHE_THANKED_THE_WIVES = """
    0   She            she          PRON   PRP   1   nsubj
    1   thanked        thank        VERB   VBD   1   ROOT
    2   the            _            DET    DT    3   det
    3   wives          wife         NOUN   NNS   1   dobj
    4   of             _            ADP    IN    3   prep
    5   the            _            DET    DT    6   det
    6   presidents     president    NOUN   NNS   4   pobj
    7   for            _            ADP    IN    1   prep
    8   the            _            DET    DT    10  det
    9   warm           _            ADJ    JJ    10  amod
    10  welcome        _            NOUN   NN    7   pobj
    11  of             _            ADP    IN    10  prep
    12  Ukrainian      ukrainian    ADJ    JJ    13  amod       B-NORP
    13  citizens       citizen      NOUN   NNS   11  pobj
    14  .              _            PUNCT  .     1   punct
"""
