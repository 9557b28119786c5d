"""Sending a text is no aid (hand-read of kremlin releases): a verb of handing over whose thing is a document or a
message (its object, the noun its relative clause describes, or the coordinated verb's object a pronoun stands
for) communicates; goods sent stay aid."""
from .docs import parse, statements

DOCUMENTS_THAT_WE_SENT = """
    0  I          _          PRON  PRP  2   nsubj
    1  am         be         AUX   VBP  2   aux
    2  referring  refer      VERB  VBG  2   ROOT
    3  to         _          ADP   IN   2   prep
    4  our        _          PRON  PRP$ 5   poss
    5  documents  document   NOUN  NNS  3   pobj
    6  ,          _          PUNCT ,    5   punct
    7  our        _          PRON  PRP$ 9   poss
    8  draft      _          NOUN  NN   9   compound
    9  treaties   treaty     NOUN  NNS  5   conj
    10 and        _          CCONJ CC   9   cc
    11 agreements agreement  NOUN  NNS  9   conj
    12 on         _          ADP   IN   9   prep
    13 ensuring   ensure     VERB  VBG  12  pcomp
    14 strategic  _          ADJ   JJ   15  amod
    15 stability  _          NOUN  NN   13  dobj
    16 that       _          PRON  WDT  18  dobj
    17 Russia     _          PROPN NNP  18  nsubj     B-GPE
    18 sent       send       VERB  VBD  15  relcl
    19 to         _          ADP   IN   18  dative
    20 the        _          DET   DT   21  det
    21 leadership _          NOUN  NN   19  pobj
    22 of         _          ADP   IN   21  prep
    23 the        _          DET   DT   25  det
    24 United     _          PROPN NNP  25  compound  B-GPE
    25 States     _          PROPN NNP  22  pobj      I-GPE
    26 and        _          CCONJ CC   25  cc
    27 NATO       _          PROPN NNP  25  conj      B-ORG
    28 .          _          PUNCT .    2   punct
"""

DRAFT_AN_ANSWER_AND_SEND_IT = """
    0  Russia     _          PROPN NNP  2   nsubj     B-GPE
    1  is         be         AUX   VBZ  2   aux
    2  going      go         VERB  VBG  2   ROOT
    3  to         _          PART  TO   4   aux
    4  draft      _          VERB  VB   2   xcomp
    5  an         _          DET   DT   6   det
    6  answer     _          NOUN  NN   4   dobj
    7  ,          _          PUNCT ,    6   punct
    8  our        _          PRON  PRP$ 9   poss
    9  vision     _          NOUN  NN   6   appos
    10 ,          _          PUNCT ,    2   punct
    11 and        _          CCONJ CC   2   cc
    12 send       _          VERB  VB   2   conj
    13 it         _          PRON  PRP  12  dobj
    14 to         _          ADP   IN   12  dative
    15 Washington _          PROPN NNP  14  pobj      B-GPE
    16 and        _          CCONJ CC   15  cc
    17 Brussels   _          PROPN NNP  15  conj      B-ORG
    18 .          _          PUNCT .    2   punct
"""

SET_DOWN_ON_PAPER_AND_SENT = """
    0  Russia     _          PROPN NNP  1   nsubj     B-GPE
    1  set        _          VERB  VBD  1   ROOT
    2  them       they       PRON  PRP  1   dobj
    3  down       _          ADP   RP   1   prt
    4  on         _          ADP   IN   1   prep
    5  paper      _          NOUN  NN   4   pobj
    6  and        _          CCONJ CC   1   cc
    7  sent       send       VERB  VBD  1   conj
    8  them       they       PRON  PRP  7   dobj
    9  to         _          ADP   IN   7   dative
    10 Brussels   _          PROPN NNP  9   pobj      B-ORG
    11 and        _          CCONJ CC   10  cc
    12 Washington _          PROPN NNP  10  conj      B-GPE
    13 .          _          PUNCT .    1   punct
"""

BOUGHT_TANKS_AND_SENT_THEM = """
    0  Poland  _       PROPN NNP  1   nsubj     B-GPE
    1  bought  buy     VERB  VBD  1   ROOT
    2  tanks   tank    NOUN  NNS  1   dobj
    3  and     _       CCONJ CC   1   cc
    4  sent    send    VERB  VBD  1   conj
    5  them    they    PRON  PRP  4   dobj
    6  to      _       ADP   IN   4   prep
    7  Ukraine _       PROPN NNP  6   pobj      B-GPE
    8  .       _       PUNCT .    1   punct
"""


def _types(listing, registry):
    return {(s.type, tuple(t.actor.label for t in s.targets)) for s in statements(parse(listing, registry), registry)}


def test_documents_a_relative_clause_sends_are_no_aid(registry):
    # "our draft treaties ... that we sent to the leadership of the United States and NATO" (kremlin): the clause
    # hangs on "stability", inside the noun phrase of the documents
    assert not {t for t, _ in _types(DOCUMENTS_THAT_WE_SENT, registry)} & {"AID", "AGREE"}


def test_a_pronoun_for_the_drafted_answer_is_sent_text(registry):
    # "We are going to draft an answer, our vision, and send it to Washington and Brussels" (kremlin)
    assert not {t for t, _ in _types(DRAFT_AN_ANSWER_AND_SEND_IT, registry)} & {"AID", "AGREE"}


def test_what_is_set_down_on_paper_and_sent_is_text(registry):
    # "We set them down on paper and sent them to Brussels and Washington" (kremlin)
    assert not {t for t, _ in _types(SET_DOWN_ON_PAPER_AND_SENT, registry)} & {"AID", "AGREE"}


def test_goods_a_pronoun_stands_for_stay_aid(registry):
    assert ("AID", ("Ukraine",)) in _types(BOUGHT_TANKS_AND_SENT_THEM, registry)
