"""Constructions behind false statements of a hand-read of random press releases (round 14): a fight against a group
no registry names is not aimed at the place where it happens, nor at the fighters' own state, and a place belongs to
the act whose object it follows; a blockade of access or ports is coercion, not a veto; counting on support is no support
given; a negated verb denies the act completing its object ("does not show willingness for a real conversation"); the
initiative one is thanked for is the thanked's; a violent noun is placed by the place in its own phrase; a numbered
decree signed is no agreement; people forcing someone to do something do not protest; a given name before a
registered person's surname makes another person; a meeting someone else takes part in ("her participation in the
meeting") is not the clause subject's; a name the NER took for a nationality after a title is a person's; a
person's state named once holds in the text's other sentences; a civil war is fought against no place it is
fought in; talks a wh-question asks about are presupposed, not hypothetical; two persons of one state are each
other's partners; coming to someone's aid is the comer's aid to them; the words of a treaty's title are no
acts; what is done "without" is not done; a party named by an unresolved pronoun or by people no registry names
leaves no name to guess; a doer named or denied in the act's "by" phrase is not its target; a negation coded as a
refusal is no negated refusal (its stance opposes); a protest in occupied places is not against the home state; a title the NER took for an organisation ("Federal Minister for
Foreign Affairs") is no actor. Hand-built
parses as en_core_web_sm reads them (the sentences are real ones from the corpus, some shortened)."""
from stancegraph.model import Status

from .docs import context, parse, statements

# Today's Russian officers and soldiers are selflessly fighting for the Fatherland, for our people, fighting international terrorists in Syria, protecting Donbass from neo-Nazis.
FIGHTING_TERRORISTS_IN_SYRIA = """
    0  Today         today         NOUN  NN   3   poss      B-DATE
    1  's            _             PART  POS  0   case
    2  Russian       russian       ADJ   JJ   3   amod      B-NORP
    3  officers      officer       NOUN  NNS  8   nsubj
    4  and           _             CCONJ CC   3   cc
    5  soldiers      soldier       NOUN  NNS  3   conj
    6  are           be            AUX   VBP  8   aux
    7  selflessly    _             ADV   RB   8   advmod
    8  fighting      fight         VERB  VBG  8   ROOT
    9  for           _             ADP   IN   8   prep
    10 the           _             DET   DT   11  det
    11 Fatherland    _             PROPN NNP  9   pobj      B-ORG
    12 ,             _             PUNCT ,    8   punct
    13 for           _             ADP   IN   8   prep
    14 our           _             PRON  PRP$ 15  poss
    15 people        _             NOUN  NNS  13  pobj
    16 ,             _             PUNCT ,    8   punct
    17 fighting      fight         VERB  VBG  8   advcl
    18 international _             ADJ   JJ   19  amod
    19 terrorists    terrorist     NOUN  NNS  17  dobj
    20 in            _             ADP   IN   19  prep
    21 Syria         _             PROPN NNP  20  pobj      B-GPE
    22 ,             _             PUNCT ,    17  punct
    23 protecting    protect       VERB  VBG  17  advcl
    24 Donbass       _             PROPN NNP  23  dobj      B-PERSON
    25 from          _             ADP   IN   23  prep
    26 neo           _             NOUN  NNS  25  pobj      B-NORP
    27 -             _             PROPN NNP  25  pobj      I-NORP
    28 Nazis         nazi          NOUN  NNS  25  pobj      I-NORP
    29 .             _             PUNCT .    8   punct
"""

# Russia has blocked access to our ports in the Black Sea.
BLOCKED_ACCESS_TO_PORTS = """
    0  Russia  _      PROPN NNP  2   nsubj     B-GPE
    1  has     have   AUX   VBZ  2   aux
    2  blocked block  VERB  VBN  2   ROOT
    3  access  _      NOUN  NN   2   dobj
    4  to      _      ADP   IN   3   prep
    5  our     _      PRON  PRP$ 6   poss
    6  ports   port   NOUN  NNS  4   pobj
    7  in      _      ADP   IN   6   prep
    8  the     _      DET   DT   10  det       B-LOC
    9  Black   _      PROPN NNP  10  compound  I-LOC
    10 Sea     _      PROPN NNP  7   pobj      I-LOC
    11 .       _      PUNCT .    2   punct
"""

# I count on Spain's support for the prospects of our membership in the European Union.
COUNT_ON_SUPPORT = """
    0  I          _          PRON  PRP  1   nsubj
    1  count      _          VERB  VBP  1   ROOT
    2  on         _          ADP   IN   1   prep
    3  Spain      _          PROPN NNP  5   poss      B-GPE
    4  's         _          PART  POS  3   case
    5  support    _          NOUN  NN   2   pobj
    6  for        _          ADP   IN   5   prep
    7  the        _          DET   DT   8   det
    8  prospects  prospect   NOUN  NNS  6   pobj
    9  of         _          ADP   IN   8   prep
    10 our        _          PRON  PRP$ 11  poss
    11 membership _          NOUN  NN   9   pobj
    12 in         _          ADP   IN   11  prep
    13 the        _          DET   DT   15  det
    14 European   _          PROPN NNP  15  compound  B-ORG
    15 Union      _          PROPN NNP  12  pobj      I-ORG
    16 .          _          PUNCT .    1   punct
"""

# Ukraine is ready for talks, but the Russian side does not show willingness for a real conversation.
NO_WILLINGNESS_FOR_CONVERSATION = """
    0  Ukraine      _            PROPN NNP  1   nsubj     B-GPE
    1  is           be           AUX   VBZ  1   ROOT
    2  ready        _            ADJ   JJ   1   acomp
    3  for          _            ADP   IN   2   prep
    4  talks        talk         NOUN  NNS  3   pobj
    5  ,            _            PUNCT ,    1   punct
    6  but          _            CCONJ CC   1   cc
    7  the          _            DET   DT   9   det
    8  Russian      russian      ADJ   JJ   9   amod      B-NORP
    9  side         _            NOUN  NN   12  nsubj
    10 does         do           AUX   VBZ  12  aux
    11 not          _            PART  RB   12  neg
    12 show         _            VERB  VB   1   conj
    13 willingness  _            NOUN  NN   12  dobj
    14 for          _            ADP   IN   13  prep
    15 a            _            DET   DT   17  det
    16 real         _            ADJ   JJ   17  amod
    17 conversation _            NOUN  NN   14  pobj
    18 .            _            PUNCT .    12  punct
"""

# The President of Ukraine thanked the President of the United States for the initiative to hold a summit on combating corruption.
THANKED_FOR_THE_INITIATIVE = """
    0  The        the        DET   DT   1   det
    1  President  _          PROPN NNP  4   nsubj
    2  of         _          ADP   IN   1   prep
    3  Ukraine    _          PROPN NNP  2   pobj      B-GPE
    4  thanked    thank      VERB  VBD  4   ROOT
    5  the        _          DET   DT   6   det
    6  President  _          PROPN NNP  4   dobj
    7  of         _          ADP   IN   6   prep
    8  the        _          DET   DT   10  det
    9  United     _          PROPN NNP  10  compound  B-GPE
    10 States     _          PROPN NNP  7   pobj      I-GPE
    11 for        _          ADP   IN   4   prep
    12 the        _          DET   DT   13  det
    13 initiative _          NOUN  NN   11  pobj
    14 to         _          PART  TO   15  aux
    15 hold       _          VERB  VB   4   advcl
    16 a          _          DET   DT   17  det
    17 summit     _          NOUN  NN   15  dobj
    18 on         _          ADP   IN   17  prep
    19 combating  combat     VERB  VBG  18  pcomp
    20 corruption _          NOUN  NN   19  dobj
    21 .          _          PUNCT .    4   punct
"""

# Russia's illegal occupation of the territories of Georgia, its aggression in the east of Ukraine and temporary occupation of Crimea pose a serious threat to the region.
AGGRESSION_IN_THE_EAST = """
    0  Russia      _          PROPN NNP  3   poss      B-GPE
    1  's          _          PART  POS  0   case
    2  illegal     _          ADJ   JJ   3   amod
    3  occupation  _          NOUN  NN   22  nsubj
    4  of          _          ADP   IN   3   prep
    5  the         _          DET   DT   6   det
    6  territories territory  NOUN  NNS  4   pobj
    7  of          _          ADP   IN   6   prep
    8  Georgia     _          PROPN NNP  7   pobj      B-GPE
    9  ,           _          PUNCT ,    3   punct
    10 its         _          PRON  PRP$ 11  poss
    11 aggression  _          NOUN  NN   22  nsubj
    12 in          _          ADP   IN   11  prep
    13 the         _          DET   DT   14  det
    14 east        _          NOUN  NN   12  pobj
    15 of          _          ADP   IN   14  prep
    16 Ukraine     _          PROPN NNP  15  pobj      B-GPE
    17 and         _          CCONJ CC   16  cc
    18 temporary   _          ADJ   JJ   19  amod
    19 occupation  _          NOUN  NN   16  conj
    20 of          _          ADP   IN   19  prep
    21 Crimea      _          PROPN NNP  20  pobj      B-ORG
    22 pose        _          VERB  VBP  22  ROOT
    23 a           _          DET   DT   25  det
    24 serious     _          ADJ   JJ   25  amod
    25 threat      _          NOUN  NN   22  dobj
    26 to          _          ADP   IN   25  prep
    27 the         _          DET   DT   28  det
    28 region      _          NOUN  NN   26  pobj
    29 .           _          PUNCT .    22  punct
"""


# President Volodymyr Zelenskyy signed Decree № 344/2022 on the establishment of the national brand UNITED 24.
SIGNED_DECREE_NUMBER = """
    0  President     _             PROPN NNP  2   compound
    1  Volodymyr     _             PROPN NNP  2   compound  B-PERSON
    2  Zelenskyy     _             PROPN NNP  3   nsubj     I-PERSON
    3  signed        sign          VERB  VBD  3   ROOT
    4  Decree        decree        NOUN  NN   5   compound
    5  №             _             NOUN  NN   6   compound
    6  344/2022      _             NUM   CD   3   dobj
    7  on            _             ADP   IN   3   prep
    8  the           _             DET   DT   9   det
    9  establishment _             NOUN  NN   7   pobj
    10 of            _             ADP   IN   9   prep
    11 the           _             DET   DT   13  det
    12 national      _             PROPN NNP  13  compound
    13 brand         _             PROPN NNP  10  pobj
    14 UNITED        _             PROPN NNP  13  appos     B-ORG
    15 24            _             NUM   CD   14  nummod    I-ORG
    16 .             _             PUNCT .    3   punct
"""

# The Ukrainian people will force the invaders to fully recognize reality.
PEOPLE_FORCE_INVADERS = """
    0  The       the       DET   DT   2   det
    1  Ukrainian ukrainian ADJ   JJ   2   amod      B-NORP
    2  people    _         NOUN  NNS  4   nsubj
    3  will      _         AUX   MD   4   aux
    4  force     _         VERB  VB   4   ROOT
    5  the       _         DET   DT   6   det
    6  invaders  invader   NOUN  NNS  4   dobj
    7  to        _         PART  TO   9   aux
    8  fully     _         ADV   RB   9   advmod
    9  recognize _         VERB  VB   4   xcomp
    10 reality   _         NOUN  NN   9   dobj
    11 .         _         PUNCT .    4   punct
"""

# The President talked to 12-year-old patient Vladyslav Honcharuk.
PATIENT_WITH_A_MINISTERS_SURNAME = """
    0  The       the       DET   DT   1   det
    1  President _         PROPN NNP  2   nsubj
    2  talked    talk      VERB  VBD  2   ROOT
    3  to        _         ADP   IN   2   prep
    4  12        _         NUM   CD   6   nummod    B-DATE
    5  -         _         PUNCT HYPH 6   punct     I-DATE
    6  year      _         NOUN  NN   8   npadvmod  I-DATE
    7  -         _         PUNCT HYPH 8   punct     I-DATE
    8  old       _         ADJ   JJ   9   amod      I-DATE
    9  patient   _         NOUN  NN   11  compound
    10 Vladyslav _         PROPN NNP  11  compound  B-NORP
    11 Honcharuk _         PROPN NNP  3   pobj      B-PERSON
    12 .         _         PUNCT .    2   punct
"""

# Zelenskyy held a video conference with Kristalina Georgieva on the eve of her participation in the meeting of the G7 finance ministers.
HER_PARTICIPATION_IN_THE_MEETING = """
    0  Zelenskyy     zelenskyy     NOUN  NN   1   nsubj     B-PERSON
    1  held          hold          VERB  VBD  1   ROOT
    2  a             _             DET   DT   4   det
    3  video         _             NOUN  NN   4   compound
    4  conference    _             NOUN  NN   1   dobj
    5  with          _             ADP   IN   4   prep
    6  Kristalina    _             PROPN NNP  7   compound  B-PERSON
    7  Georgieva     _             PROPN NNP  5   pobj      I-PERSON
    8  on            _             ADP   IN   1   prep
    9  the           _             DET   DT   10  det
    10 eve           _             NOUN  NN   8   pobj
    11 of            _             ADP   IN   10  prep
    12 her           _             PRON  PRP$ 13  poss
    13 participation _             NOUN  NN   11  pobj
    14 in            _             ADP   IN   13  prep
    15 the           _             DET   DT   16  det
    16 meeting       _             NOUN  NN   14  pobj
    17 of            _             ADP   IN   16  prep
    18 the           _             DET   DT   21  det
    19 G7            _             PROPN NNP  21  compound  B-NORP
    20 finance       _             NOUN  NN   21  compound
    21 ministers     minister      NOUN  NNS  17  pobj
    22 .             _             PUNCT .    1   punct
"""


# Deputy Head of the Office of the President of Ukraine Roman Mashovets met with Ambassador of Japan Kuninori Matsuda.
NAME_TAKEN_FOR_A_NATIONALITY = """
    0  Deputy     _          PROPN NNP  1   compound
    1  Head       _          PROPN NNP  12  nsubj
    2  of         _          ADP   IN   1   prep
    3  the        _          DET   DT   4   det
    4  Office     _          PROPN NNP  2   pobj      B-ORG
    5  of         _          ADP   IN   4   prep      I-ORG
    6  the        _          DET   DT   7   det       I-ORG
    7  President  _          PROPN NNP  5   pobj      I-ORG
    8  of         _          ADP   IN   7   prep      I-ORG
    9  Ukraine    _          PROPN NNP  11  compound  I-ORG
    10 Roman      _          PROPN NNP  11  compound  B-NORP
    11 Mashovets  _          PROPN NNPS 8   pobj      I-NORP
    12 met        meet       VERB  VBD  12  ROOT
    13 with       _          ADP   IN   12  prep
    14 Ambassador _          PROPN NNP  13  pobj
    15 of         _          ADP   IN   14  prep
    16 Japan      _          PROPN NNP  15  pobj      B-GPE
    17 Kuninori   _          PROPN NNP  18  compound  B-PERSON
    18 Matsuda    _          PROPN NNP  14  appos     I-PERSON
    19 .          _          PUNCT .    12  punct
"""

# Roman Mashovets met with Ambassador of Japan Kuninori Matsuda and discussed the security situation around Ukraine.
# Kuninori Matsuda supported these proposals and assured of Japan's intentions to fill them with practical initiatives.
AMBASSADOR_NAMED_TWICE = """
    0  Roman       roman      ADJ   JJ   1   amod      B-NORP
    1  Mashovets   _          PROPN NNPS 2   nsubj     I-NORP
    2  met         meet       VERB  VBD  2   ROOT
    3  with        _          ADP   IN   2   prep
    4  Ambassador  _          PROPN NNP  8   nmod
    5  of          _          ADP   IN   4   prep
    6  Japan       _          PROPN NNP  5   pobj      B-GPE
    7  Kuninori    _          PROPN NNP  8   compound  B-PERSON
    8  Matsuda     _          PROPN NNP  3   pobj      I-PERSON
    9  and         _          CCONJ CC   2   cc
    10 discussed   discuss    VERB  VBD  2   conj
    11 the         _          DET   DT   13  det
    12 security    _          NOUN  NN   13  compound
    13 situation   _          NOUN  NN   10  dobj
    14 around      _          ADP   IN   13  prep
    15 Ukraine     _          PROPN NNP  14  pobj      B-GPE
    16 .           _          PUNCT .    2   punct
    17 Kuninori    _          PROPN NNP  18  compound  B-PERSON
    18 Matsuda     _          PROPN NNP  19  nsubj     I-PERSON
    19 supported   support    VERB  VBD  19  ROOT
    20 these       _          DET   DT   21  det
    21 proposals   proposal   NOUN  NNS  19  dobj
    22 and         _          CCONJ CC   21  cc
    23 assured     _          NOUN  NN   21  conj
    24 of          _          ADP   IN   21  prep
    25 Japan       _          PROPN NNP  27  poss      B-GPE
    26 's          _          PART  POS  25  case
    27 intentions  intention  NOUN  NNS  24  pobj
    28 to          _          PART  TO   29  aux
    29 fill        _          VERB  VB   27  acl
    30 them        they       PRON  PRP  29  dobj
    31 with        _          ADP   IN   29  prep
    32 practical   _          ADJ   JJ   33  amod
    33 initiatives initiative NOUN  NNS  31  pobj
    34 .           _          PUNCT .    19  punct
"""

# Vladimir Putin visited a memorial complex dedicated to the end of the Russian Civil War in Sevastopol.
END_OF_A_CIVIL_WAR = """
    0  Vladimir   _          PROPN NNP  1   compound  B-PERSON
    1  Putin      _          PROPN NNP  2   nsubj     I-PERSON
    2  visited    visit      VERB  VBD  2   ROOT
    3  a          _          DET   DT   5   det
    4  memorial   _          ADJ   JJ   5   amod
    5  complex    _          NOUN  NN   2   dobj
    6  dedicated  dedicate   VERB  VBN  5   acl
    7  to         _          ADP   IN   6   prep
    8  the        _          DET   DT   9   det
    9  end        _          NOUN  NN   7   pobj
    10 of         _          ADP   IN   9   prep
    11 the        _          DET   DT   14  det
    12 Russian    russian    ADJ   JJ   14  amod      B-NORP
    13 Civil      _          PROPN NNP  14  compound
    14 War        _          PROPN NNP  10  pobj
    15 in         _          ADP   IN   9   prep
    16 Sevastopol _          PROPN NNP  15  pobj      B-NORP
    17 .          _          PUNCT .    2   punct
"""

# What can you tell us about Russia's talks with NATO?
ASKED_ABOUT_TALKS = """
    0  What   what   PRON  WP   5   pobj
    1  can    _      AUX   MD   3   aux
    2  you    _      PRON  PRP  3   nsubj
    3  tell   _      VERB  VB   3   ROOT
    4  us     we     PRON  PRP  3   dobj
    5  about  _      ADP   IN   3   prep
    6  Russia _      PROPN NNP  8   poss      B-GPE
    7  's     _      PART  POS  6   case
    8  talks  talk   NOUN  NNS  5   pobj
    9  with   _      ADP   IN   8   prep
    10 NATO   _      PROPN NNP  9   pobj      B-ORG
    11 ?      _      PUNCT .    3   punct
"""

# Moscow Mayor Sergei Sobyanin briefed Russian President Vladimir Putin on the situation.
MAYOR_BRIEFED_PRESIDENT = """
    0  Moscow    _         PROPN NNP  1   compound  B-GPE
    1  Mayor     _         PROPN NNP  3   compound
    2  Sergei    _         PROPN NNP  3   compound  B-PERSON
    3  Sobyanin  _         PROPN NNP  4   nsubj     I-PERSON
    4  briefed   brief     VERB  VBD  4   ROOT
    5  Russian   russian   ADJ   JJ   6   amod      B-NORP
    6  President _         PROPN NNP  8   compound
    7  Vladimir  _         PROPN NNP  8   compound  B-PERSON
    8  Putin     _         PROPN NNP  4   dobj      I-PERSON
    9  on        _         ADP   IN   4   prep
    10 the       _         DET   DT   11  det
    11 situation _         NOUN  NN   9   pobj
    12 .         _         PUNCT .    4   punct
"""

# Italians were among the first to come to our aid when our people were affected by the terrible floods.
CAME_TO_OUR_AID = """
    0  Italians _        PROPN NNPS 1   nsubj     B-NORP
    1  were     be       AUX   VBD  1   ROOT
    2  among    _        ADP   IN   1   prep
    3  the      _        DET   DT   4   det
    4  first    _        ADJ   JJ   2   pobj      B-ORDINAL
    5  to       _        PART  TO   6   aux
    6  come     _        VERB  VB   1   advcl
    7  to       _        ADP   IN   6   prep
    8  our      _        PRON  PRP$ 9   poss
    9  aid      _        NOUN  NN   7   pobj
    10 when     _        SCONJ WRB  14  advmod
    11 our      _        PRON  PRP$ 12  poss
    12 people   _        NOUN  NNS  14  nsubjpass
    13 were     be       AUX   VBD  14  auxpass
    14 affected affect   VERB  VBN  6   advcl
    15 by       _        ADP   IN   14  agent
    16 the      _        DET   DT   18  det
    17 terrible _        ADJ   JJ   18  amod
    18 floods   flood    NOUN  NNS  15  pobj
    19 .        _        PUNCT .    1   punct
"""

# Vladimir Putin and Head of the DPR Denis Pushilin signed a Treaty of Friendship, Cooperation and Mutual Assistance
# between the Russian Federation and the Donetsk People's Republic.
TREATY_OF_MUTUAL_ASSISTANCE = """
    0  Vladimir    _           PROPN NNP  1   compound  B-PERSON
    1  Putin       _           PROPN NNP  9   nsubj     I-PERSON
    2  and         _           CCONJ CC   1   cc
    3  Head        _           PROPN NNP  1   conj
    4  of          _           ADP   IN   3   prep
    5  the         _           DET   DT   8   det
    6  DPR         _           PROPN NNP  8   compound
    7  Denis       _           PROPN NNP  8   compound  B-PERSON
    8  Pushilin    _           PROPN NNP  4   pobj      I-PERSON
    9  signed      sign        VERB  VBD  9   ROOT
    10 a           _           DET   DT   11  det       B-LAW
    11 Treaty      _           PROPN NNP  9   dobj      I-LAW
    12 of          _           ADP   IN   11  prep      I-LAW
    13 Friendship  _           PROPN NNP  12  pobj      I-LAW
    14 ,           _           PUNCT ,    13  punct     I-LAW
    15 Cooperation _           PROPN NNP  13  conj      I-LAW
    16 and         _           CCONJ CC   15  cc        I-LAW
    17 Mutual      _           PROPN NNP  18  compound  I-LAW
    18 Assistance  _           PROPN NNP  15  conj      I-LAW
    19 between     _           ADP   IN   11  prep
    20 the         _           DET   DT   22  det
    21 Russian     _           PROPN NNP  22  compound  B-GPE
    22 Federation  _           PROPN NNP  19  pobj      I-GPE
    23 and         _           CCONJ CC   22  cc
    24 the         _           DET   DT   26  det
    25 Donetsk     _           PROPN NNP  26  compound  B-ORG
    26 People      _           PROPN NNPS 28  poss      I-ORG
    27 's          _           PART  POS  26  case      I-ORG
    28 Republic    _           PROPN NNP  22  conj      I-ORG
    29 .           _           PUNCT .    9   punct
"""

# The Donetsk People's Republic and the Lugansk People's Republic can enjoy the same right without seeking permission
# from Ukraine's central government.
WITHOUT_SEEKING_PERMISSION = """
    0  The        the        DET   DT   2   det
    1  Donetsk    _          PROPN NNP  2   compound  B-ORG
    2  People     _          PROPN NNPS 4   poss      I-ORG
    3  's         _          PART  POS  2   case      I-ORG
    4  Republic   _          PROPN NNP  12  nsubj     I-ORG
    5  and        _          CCONJ CC   4   cc
    6  the        _          DET   DT   8   det
    7  Lugansk    _          PROPN NNP  8   compound  B-ORG
    8  People     _          PROPN NNPS 10  poss      I-ORG
    9  's         _          PART  POS  8   case      I-ORG
    10 Republic   _          PROPN NNP  4   conj      I-ORG
    11 can        _          AUX   MD   12  aux
    12 enjoy      _          VERB  VB   12  ROOT
    13 the        _          DET   DT   15  det
    14 same       _          ADJ   JJ   15  amod
    15 right      _          NOUN  NN   12  dobj
    16 without    _          ADP   IN   12  prep
    17 seeking    seek       VERB  VBG  16  pcomp
    18 permission _          NOUN  NN   17  dobj
    19 from       _          ADP   IN   18  prep
    20 Ukraine    _          PROPN NNP  23  poss      B-GPE
    21 's         _          PART  POS  20  case
    22 central    _          ADJ   JJ   23  amod
    23 government _          NOUN  NN   19  pobj
    24 .          _          PUNCT .    12  punct
"""

# Ukraine proactively imposed sanctions on us even before the West, including the Americans.
SANCTIONS_ON_US = """
    0  Ukraine     _           PROPN NNP  2   nsubj     B-GPE
    1  proactively _           ADV   RB   2   advmod
    2  imposed     impose      VERB  VBD  2   ROOT
    3  sanctions   sanction    NOUN  NNS  2   dobj
    4  on          _           ADP   IN   3   prep
    5  us          we          PRON  PRP  4   pobj
    6  even        _           ADV   RB   7   advmod
    7  before      _           ADP   IN   2   prep
    8  the         _           DET   DT   9   det       B-NORP
    9  West        _           PROPN NNP  7   pobj      I-NORP
    10 ,           _           PUNCT ,    9   punct
    11 including   include     VERB  VBG  9   prep
    12 the         _           DET   DT   13  det
    13 Americans   _           PROPN NNPS 11  pobj      B-NORP
    14 .           _           PUNCT .    2   punct
"""

# They were killed not by Russia and not by the representatives of these republics, but by the current Kiev authorities.
KILLED_NOT_BY = """
    0  They            they           PRON  PRP  2   nsubjpass
    1  were            be             AUX   VBD  2   auxpass
    2  killed          kill           VERB  VBN  2   ROOT
    3  not             _              PART  RB   4   neg
    4  by              _              ADP   IN   2   agent
    5  Russia          _              PROPN NNP  4   pobj      B-GPE
    6  and             _              CCONJ CC   4   cc
    7  not             _              PART  RB   8   neg
    8  by              _              ADP   IN   4   conj
    9  the             _              DET   DT   10  det
    10 representatives representative NOUN  NNS  8   pobj
    11 of              _              ADP   IN   10  prep
    12 these           _              DET   DT   13  det
    13 republics       republic       NOUN  NNS  11  pobj
    14 ,               _              PUNCT ,    2   punct
    15 but             _              CCONJ CC   2   cc
    16 by              _              ADP   IN   2   conj
    17 the             _              DET   DT   20  det
    18 current         _              ADJ   JJ   20  amod
    19 Kiev            _              PROPN NNP  20  compound  B-GPE
    20 authorities     authority      NOUN  NNS  16  pobj
    21 .               _              PUNCT .    2   punct
"""

# Friends and colleagues, Putin will agree with the previous speakers– indeed, in the past few decades, the Collective
# Security Treaty Organisation has become considerably stronger.
AGREE_WITH_SPEAKERS = """
    0  Friends      friend       NOUN  NNS  6   npadvmod
    1  and          _            CCONJ CC   0   cc
    2  colleagues   colleague    NOUN  NNS  0   conj
    3  ,            _            PUNCT ,    6   punct
    4  Putin        _            PROPN NNP  6   nsubj     B-PERSON
    5  will         _            AUX   MD   6   aux
    6  agree        _            VERB  VB   26  ccomp
    7  with         _            ADP   IN   6   prep
    8  the          _            DET   DT   10  det
    9  previous     _            ADJ   JJ   10  amod
    10 speakers     speaker      NOUN  NNS  7   pobj
    11 –            _            PUNCT :    6   punct
    12 indeed       _            ADV   RB   6   advmod
    13 ,            _            PUNCT ,    6   punct
    14 in           _            ADP   IN   26  prep
    15 the          _            DET   DT   18  det       B-DATE
    16 past         _            ADJ   JJ   18  amod      I-DATE
    17 few          _            ADJ   JJ   18  amod      I-DATE
    18 decades      decade       NOUN  NNS  14  pobj      I-DATE
    19 ,            _            PUNCT ,    26  punct
    20 the          _            DET   DT   24  det
    21 Collective   _            PROPN NNP  22  compound  B-ORG
    22 Security     _            PROPN NNP  24  compound  I-ORG
    23 Treaty       _            PROPN NNP  24  compound  I-ORG
    24 Organisation _            PROPN NNP  26  nsubj     I-ORG
    25 has          have         AUX   VBZ  26  aux
    26 become       _            VERB  VBN  26  ROOT
    27 considerably _            ADV   RB   28  advmod
    28 stronger     strong       ADJ   JJR  26  acomp
    29 .            _            PUNCT .    26  punct
"""

# Russia does not recognize the right of the Ukrainian people to independent existence.
DOES_NOT_RECOGNIZE = """
    0  Russia      _           PROPN NNP  3   nsubj     B-GPE
    1  does        do          AUX   VBZ  3   aux
    2  not         _           PART  RB   3   neg
    3  recognize   _           VERB  VB   3   ROOT
    4  the         _           DET   DT   5   det
    5  right       _           NOUN  NN   3   dobj
    6  of          _           ADP   IN   5   prep
    7  the         _           DET   DT   9   det
    8  Ukrainian   ukrainian   ADJ   JJ   9   amod      B-NORP
    9  people      _           NOUN  NNS  6   pobj
    10 to          _           ADP   IN   3   prep
    11 independent _           ADJ   JJ   12  amod
    12 existence   _           NOUN  NN   10  pobj
    13 .           _           PUNCT .    3   punct
"""

# On the tenth day, unarmed Ukrainians protested everywhere in the occupied cities.
PROTESTED_IN_OCCUPIED_CITIES = """
    0  On         on         ADP   IN   7   prep
    1  the        _          DET   DT   3   det       B-DATE
    2  tenth      _          ADJ   JJ   3   amod      I-DATE
    3  day        _          NOUN  NN   0   pobj      I-DATE
    4  ,          _          PUNCT ,    7   punct
    5  unarmed    _          ADJ   JJ   6   amod
    6  Ukrainians _          PROPN NNPS 7   nsubj     B-NORP
    7  protested  protest    VERB  VBD  7   ROOT
    8  everywhere _          ADV   RB   7   advmod
    9  in         _          ADP   IN   7   prep
    10 the        _          DET   DT   12  det
    11 occupied   _          ADJ   JJ   12  amod
    12 cities     city       NOUN  NNS  9   pobj
    13 .          _          PUNCT .    7   punct
"""

def test_a_fight_against_terrorists_is_not_aimed_at_where_it_happens_nor_at_home(registry):
    found = statements(parse(FIGHTING_TERRORISTS_IN_SYRIA, registry), registry)
    assert found and all(st.speaker.actor.id == "RUS" for st in found)
    assert not [t.actor.id for st in found for t in st.targets]  # neither Syria nor Russia (domestic)


def test_blocking_access_to_ports_is_coercion(registry):
    found = statements(parse(BLOCKED_ACCESS_TO_PORTS, registry), registry)
    assert [st.type for st in found] == ["COERCE"]


def test_support_counted_on_is_not_given(registry):
    found = statements(parse(COUNT_ON_SUPPORT, registry), registry)
    support = [st for st in found if st.type == "SUPPORT"]
    assert support and all(st.status is Status.HYPOTHETICAL for st in support)


def test_a_negated_verb_denies_the_act_completing_its_object(registry):
    found = statements(parse(NO_WILLINGNESS_FOR_CONVERSATION, registry), registry)
    russian = [st for st in found if st.speaker.actor.id == "RUS"]
    assert russian and all(st.negated for st in russian)


def test_the_initiative_one_is_thanked_for_is_the_thanked_ones(registry):
    found = statements(parse(THANKED_FOR_THE_INITIATIVE, registry), registry)
    assert [(st.speaker.actor.id, st.type) for st in found if st.type == "SUPPORT"] == [("UKR", "SUPPORT")]
    assert all(st.speaker.actor.id == "USA" for st in found if st.type == "CONSULT")  # the US holds the summit


def test_a_violent_noun_is_placed_by_the_place_in_its_own_phrase(registry):
    found = statements(parse(AGGRESSION_IN_THE_EAST, registry), registry)
    aggression = [st for st in found if st.cue.text == "aggression"]
    assert [[t.actor.id for t in st.targets] for st in aggression] == [["UKR"]]


def test_a_numbered_decree_signed_is_no_agreement(registry):
    assert statements(parse(SIGNED_DECREE_NUMBER, registry), registry) == []


def test_people_forcing_someone_to_act_do_not_protest(registry):
    found = statements(parse(PEOPLE_FORCE_INVADERS, registry), registry)
    assert [st.type for st in found] == ["COERCE"]


def test_a_given_name_before_a_registered_surname_makes_another_person(registry):
    ctx = context(parse(PATIENT_WITH_A_MINISTERS_SURNAME, registry), registry)
    assert not [m for m in ctx.index.mentions if any(a.id == "oleksiy-honcharuk" for a in m.actors)]


def test_a_meeting_someone_else_takes_part_in_is_not_the_subjects(registry):
    found = statements(parse(HER_PARTICIPATION_IN_THE_MEETING, registry), registry)
    meeting = [(st.speaker.actor.label, [t.actor.label for t in st.targets]) for st in found if st.cue.text == "meeting"]
    assert meeting == [("Kristalina Georgieva", ["G7"])]  # she takes part, not Zelenskyy


def test_a_name_tagged_as_a_nationality_after_a_title_is_a_person(registry):
    found = statements(parse(NAME_TAKEN_FOR_A_NATIONALITY, registry), registry)
    assert [(st.speaker.actor.label, [t.actor.label for t in st.targets]) for st in found] == [
        ("Roman Mashovets", ["Kuninori Matsuda"])]  # not the Office of the President


def test_a_persons_state_named_once_holds_in_the_next_sentence(registry):
    found = statements(parse(AMBASSADOR_NAMED_TWICE, registry), registry)
    support = [st for st in found if st.type == "SUPPORT"]
    assert support and all(st.speaker.state is not None and st.speaker.state.id == "JPN" and not st.targets for st in support)


def test_a_civil_war_is_fought_against_no_place(registry):
    found = statements(parse(END_OF_A_CIVIL_WAR, registry), registry)
    assert not [t for st in found for t in st.targets]  # not Ukraine (Sevastopol)


def test_talks_a_wh_question_asks_about_are_presupposed(registry):
    found = statements(parse(ASKED_ABOUT_TALKS, registry), registry)
    assert found and all(st.status is Status.ASSERTED and st.type == "CONSULT" for st in found)


def test_two_persons_of_one_state_are_each_others_partners(registry):
    found = statements(parse(MAYOR_BRIEFED_PRESIDENT, registry), registry)
    assert [(st.speaker.actor.label, [t.actor.label for t in st.targets]) for st in found] == [
        ("Sergei Sobyanin", ["Vladimir Putin"])]


def test_coming_to_our_aid_is_aid_by_who_comes(registry):
    found = statements(parse(CAME_TO_OUR_AID, registry), registry)
    assert [(st.speaker.actor.id, st.type) for st in found] == [("ITA", "AID")]  # not "our" aid to Italy


def test_the_words_of_a_treatys_title_are_no_acts(registry):
    found = statements(parse(TREATY_OF_MUTUAL_ASSISTANCE, registry), registry)
    assert found and {st.cue.text for st in found} == {"signed a Treaty"}  # no "Assistance" (AID) of its own


def test_what_is_done_without_is_not_done(registry):
    found = statements(parse(WITHOUT_SEEKING_PERMISSION, registry), registry)
    assert found and all(st.negated for st in found)


def test_a_party_named_by_a_pronoun_leaves_no_name_to_guess(registry):
    found = statements(parse(SANCTIONS_ON_US, registry), registry)
    assert [(st.type, [t.actor.label for t in st.targets]) for st in found] == [("SANCTION", [])]  # not the West


def test_people_no_registry_names_leave_no_name_to_guess(registry):
    found = statements(parse(AGREE_WITH_SPEAKERS, registry), registry)
    assert found and not [t for st in found for t in st.targets]  # not the CSTO


def test_a_doer_denied_in_the_by_phrase_is_not_the_target(registry):
    found = statements(parse(KILLED_NOT_BY, registry), registry)
    assert found and "RUS" not in {t.actor.id for st in found for t in st.targets}


def test_a_negation_coded_as_a_refusal_is_no_negated_refusal(registry):
    [st] = statements(parse(DOES_NOT_RECOGNIZE, registry), registry)
    assert (st.type, st.negated, st.stance) == ("REJECT", False, "oppose")  # not "did not reject": support


def test_a_protest_in_occupied_places_is_not_against_the_home_state(registry):
    found = statements(parse(PROTESTED_IN_OCCUPIED_CITIES, registry), registry)
    assert [(st.type, [t.actor.id for t in st.targets]) for st in found] == [("PROTEST", [])]  # not Ukraine


# President of Ukraine Volodymyr Zelenskyy had a meeting with Federal Minister for Foreign Affairs of Germany Annalena Baerbock.
MEETING_WITH_A_TITLE = """
    0  President _         PROPN NNP  5   nsubj
    1  of        _         ADP   IN   0   prep
    2  Ukraine   _         PROPN NNP  1   pobj      B-GPE
    3  Volodymyr _         PROPN NNP  4   compound  B-PERSON
    4  Zelenskyy _         PROPN NNP  0   appos     I-PERSON
    5  had       have      VERB  VBD  5   ROOT
    6  a         _         DET   DT   7   det
    7  meeting   _         NOUN  NN   5   dobj
    8  with      _         ADP   IN   7   prep
    9  Federal   _         PROPN NNP  10  compound  B-ORG
    10 Minister  _         PROPN NNP  8   pobj      I-ORG
    11 for       _         ADP   IN   10  prep      I-ORG
    12 Foreign   _         PROPN NNP  13  compound  I-ORG
    13 Affairs   _         PROPN NNPS 11  pobj      I-ORG
    14 of        _         ADP   IN   13  prep
    15 Germany   _         PROPN NNP  17  compound  B-GPE
    16 Annalena  _         PROPN NNP  17  compound  B-PERSON
    17 Baerbock  _         PROPN NNP  14  pobj      I-PERSON
    18 .         _         PUNCT .    5   punct
"""


def test_a_title_the_ner_took_for_an_organisation_is_no_actor(registry):
    found = statements(parse(MEETING_WITH_A_TITLE, registry), registry)
    assert not [t for st in found for t in st.targets if "minister" in t.actor.id]  # no "Federal Minister for Foreign Affairs"
