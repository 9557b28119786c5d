"""stancegraph.rules.attribution on hand-built parses: reported speech, denials, "according to", scare quotes."""
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.attribution import dependency_path, has_scare_quotes, is_quoted, reporter

from .docs import parse, token
from .listings import (
    KYIV_DENIED_ITS_TROOPS_ATTACKED_THE_VILLAGE, OFFICIALS_SAID_RUSSIA_ATTACKED_THE_VILLAGE,
    RUSSIA_ATTACKED_THE_VILLAGE_ACCORDING_TO_BRITAIN, RUSSIA_WARNED_OF_PROVOCATIONS_IF_NATO_EXPANDS,
)

STRESSED_BY = """
    0  It        it       PRON   PRP  2   nsubjpass
    1  was       be       AUX    VBD  2   auxpass
    2  stressed  stress   VERB   VBN  2   ROOT
    3  by        _        ADP    IN   2   agent
    4  the       _        DET    DT   6   det
    5  U.S.      _        PROPN  NNP  6   compound  B-GPE
    6  side      _        NOUN   NN   3   pobj
    7  that      _        SCONJ  IN   10  mark
    8  Russia    _        PROPN  NNP  10  nsubj     B-GPE
    9  must      _        AUX    MD   10  aux
    10 withdraw  _        VERB   VB   2   ccomp
    11 .         _        PUNCT  .    2   punct
"""

# "Kyiv dismissed the offer and said Russian troops must leave." (en_core_web_sm 3.8)
DISMISSED_AND_SAID = """
    0  Kyiv       _        PROPN  NNP  1  nsubj  B-GPE
    1  dismissed  dismiss  VERB   VBD  1  ROOT
    2  the        _        DET    DT   3  det
    3  offer      _        NOUN   NN   1  dobj
    4  and        _        CCONJ  CC   1  cc
    5  said       say      VERB   VBD  1  conj
    6  Russian    russian  ADJ    JJ   7  amod   B-NORP
    7  troops     troop    NOUN   NNS  9  nsubj
    8  must       _        AUX    MD   9  aux
    9  leave      _        VERB   VB   5  ccomp
    10 .          _        PUNCT  .    1  punct
"""

# '"We will never accept NATO expansion," Putin said.': a quotation, not a scare quote
QUOTATION = """
    0  "          _          PUNCT  ``   10  punct
    1  We         we         PRON   PRP  4   nsubj
    2  will       _          AUX    MD   4   aux
    3  never      _          ADV    RB   4   neg
    4  accept     _          VERB   VB   10  ccomp
    5  NATO       _          PROPN  NNP  6   compound  B-ORG
    6  expansion  _          NOUN   NN   4   dobj
    7  ,          _          PUNCT  ,    10  punct
    8  "          _          PUNCT  ''   10  punct
    9  Putin      _          PROPN  NNP  10  nsubj     B-PERSON
    10 said       say        VERB   VBD  10  ROOT
    11 .          _          PUNCT  .    10  punct
"""


def test_attribution_verb_of_saying_reports_its_complement():
    doc = parse(OFFICIALS_SAID_RUSSIA_ATTACKED_THE_VILLAGE)
    source, how = reporter(token(doc, "attacked"), doc[:])
    assert (source.text, how) == ("Officials", "say")


def test_attribution_author_asserts_a_main_clause():
    doc = parse(OFFICIALS_SAID_RUSSIA_ATTACKED_THE_VILLAGE)
    assert reporter(token(doc, "said"), doc[:]) == (None, None)


def test_attribution_denial_verb_gives_its_lemma():
    doc = parse(KYIV_DENIED_ITS_TROOPS_ATTACKED_THE_VILLAGE)
    source, how = reporter(token(doc, "attacked"), doc[:])
    assert (source.text, how) == ("Kyiv", "deny")
    assert how in lexicon().denial_verbs and "refute" in lexicon().denial_verbs


def test_attribution_according_to():
    doc = parse(RUSSIA_ATTACKED_THE_VILLAGE_ACCORDING_TO_BRITAIN)
    source, how = reporter(token(doc, "attacked"), doc[:])
    assert (source.text, how) == ("Britain", "according")


def test_attribution_passive_verb_of_saying_reports_its_agent():
    doc = parse(STRESSED_BY)
    source, how = reporter(token(doc, "withdraw"), doc[:])
    assert (source.text, how) == ("side", "stress")


def test_attribution_coordinated_verb_of_saying_reports_the_first_verbs_subject():
    doc = parse(DISMISSED_AND_SAID)
    source, how = reporter(token(doc, "leave"), doc[:])
    assert (source.text, how) == ("Kyiv", "say")


def test_attribution_scare_quotes_around_one_word():
    doc = parse(RUSSIA_WARNED_OF_PROVOCATIONS_IF_NATO_EXPANDS)
    assert doc.text == 'Russia warned of "provocations" if NATO expands.'
    provocations = token(doc, "provocations")
    assert is_quoted(provocations, provocations)
    assert not is_quoted(doc[1], doc[1])
    assert has_scare_quotes(list(doc))


def test_attribution_a_long_quotation_is_no_scare_quote():
    doc = parse(QUOTATION)
    assert not has_scare_quotes(list(doc))
    assert has_scare_quotes(list(doc), longest=8)
    assert is_quoted(doc[1], doc[7])  # the words between the quotation marks


def test_attribution_dependency_path_up_then_down():
    doc = parse(OFFICIALS_SAID_RUSSIA_ATTACKED_THE_VILLAGE)
    assert dependency_path(token(doc, "Russia"), token(doc, "village")) == "Russia <nsubj attacked >dobj village"
    assert dependency_path(token(doc, "attacked"), token(doc, "Officials")) == "attacked <ccomp said >nsubj Officials"
