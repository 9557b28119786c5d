"""Event nouns (pure, over the parse): the code-book type of a noun ("sanctions", "drills", "talks"), the event
noun a light verb takes ("held talks"), the counted noun of a quantity ("dozens of soldiers"), places, and
plural event nouns the tagger read as verbs."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.kb.places import countries_of_place
from stancegraph.rules.doc_index import DocIndex, children_of, doc_index
from stancegraph.rules.efforts import effort_of
from stancegraph.rules.market_demand import market_demand

__all__ = ["noun_key", "noun_type", "event_noun", "quantified", "is_place", "mistagged_noun"]


def noun_key(tok: Token, index: DocIndex | None = None) -> str:
    """'build-up' for the tokens build - up; the lemma otherwise (``index``: the
    :class:`~stancegraph.rules.doc_index.DocIndex` of the Doc, when the caller holds it).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "military", "build", "-", "up"], heads=[4, 4, 4, 4, 4],
    ...           deps=["det", "amod", "compound", "punct", "ROOT"], pos=["DET", "ADJ", "NOUN", "PUNCT", "NOUN"],
    ...           tags=["DT", "JJ", "NN", "HYPH", "NN"], lemmas=["a", "military", "build", "-", "up"])
    >>> noun_key(doc[4]), noun_key(doc[1])
    ('build-up', 'military')
    """
    index = doc_index(tok.doc) if index is None else index
    if tok.i == 0 or index.tag[tok.i - 1] != "HYPH":
        return index.lemma[tok.i]  # no hyphen right before it: the test below fails (without making its lefts)
    lefts = list(tok.lefts)
    if len(lefts) >= 2 and lefts[-1].tag_ == "HYPH" and lefts[-1].i == tok.i - 1:
        return f"{lefts[-2].lemma_.lower()}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def noun_type(tok: Token, index: DocIndex | None = None) -> str | None:
    """The code-book type of an event noun ("talks" CONSULT, "build-up" MOBILIZE), or None for no event noun;
    some nouns depend on their modifiers ("a general strike" is PROTEST, "an air strike" FIGHT). ``index``: the
    :class:`~stancegraph.rules.doc_index.DocIndex` of the Doc, when the caller holds it (find_cues).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "military", "build", "-", "up"], heads=[4, 4, 4, 4, 4],
    ...           deps=["det", "amod", "compound", "punct", "ROOT"], pos=["DET", "ADJ", "NOUN", "PUNCT", "NOUN"],
    ...           tags=["DT", "JJ", "NN", "HYPH", "NN"], lemmas=["a", "military", "build", "-", "up"])
    >>> noun_type(doc[4]), noun_type(doc[1])
    ('MOBILIZE', None)
    """
    lex = lexicon()  # (one look-up for the many rules below: this runs for every candidate)
    index = doc_index(tok.doc) if index is None else index  # (its columns: no string look-up per attribute read)
    key = noun_key(tok, index)
    if key not in _read_in_context(lex):  # most nouns: none of the tests below applies, only the look-up
        return lex.noun_cues.get(key) or lex.noun_cues.get(index.lower[tok.i])
    if key == "strike" and (any(c.lower_ in lex.construction_words["labour_strike_words"]
                                for c in tok.lefts) or (tok.dep_ == "pobj" and tok.head.lower_ == "on")):
        return "PROTEST"  # "a general strike", "went on strike": no air strike
    if key in lex.construction_words["control_nouns"] and not any(c.lower_ in lex.construction_words["trade_control_words"]
                                                  for c in tok.lefts):
        return None  # "export controls" restrict trade; "took control" does not
    if key in lex.words("market_nouns") and market_demand(tok):
        return None  # "meets over 40 percent of Greece's demand in natural gas": a market's, no one demands
    if key == "deal" and any(c.lower_ in lex.words("amount_deal_words") for c in tok.lefts):
        return None  # "has been paying a great deal of attention to": an amount, no deal
    if key == "law" and any(c.lower_ == "martial" for c in tok.lefts):
        return "COERCE"  # "declared martial law" (CAMEO 1724)
    if key == "emergency" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "state":
        return "COERCE"  # "a state of emergency"
    if key == "call" and any(c.lemma_.lower() in lex.construction_words["phone_words"] for c in tok.lefts):
        return "CONSULT"
    if key == "operation" and any(c.lower_ in lex.construction_words["joint_words"] for c in tok.lefts):
        return "COOPERATE"  # "arrested nine suspects in a joint operation"
    if key == "operation" and any(c.lower_ in lex.construction_words["military_operation_words"]
                                  for c in tok.lefts):
        return "FIGHT"  # "launched a military operation"
    if key in lex.exercise_nouns:  # drills are a show of force, joint drills cooperation
        joint = any(c.lower_ in lex.construction_words["joint_drill_words"] for c in tok.lefts) or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in children_of(tok))
        return "COOPERATE" if joint else "MOBILIZE"
    return lex.noun_cues.get(key) or lex.noun_cues.get(tok.lower_)


@functools.lru_cache(maxsize=4)
def _read_in_context(lex: Lexicon) -> frozenset[str]:
    """The nouns whose type :func:`noun_type` reads off their modifiers or their head (its tests below)."""
    return (frozenset({"strike", "deal", "law", "emergency", "call", "operation"})
            | lex.construction_words["control_nouns"] | lex.exercise_nouns | lex.words("market_nouns"))


def event_noun(obj: Token) -> Token | None:
    """The event noun an object carries: itself, or through a container ('lists of demands').

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "sent", "a", "list", "of", "demands"],
    ...           heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN"], lemmas=["Kyiv", "send", "a", "list", "of", "demand"])
    >>> event_noun(doc[3]), event_noun(doc[0])
    (demands, None)

    A coordinated object whose last noun names the event: "launched artillery and rocket fire".

    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "launched", "artillery", "and", "rocket", "fire"],
    ...           heads=[1, 1, 1, 2, 5, 2], deps=["nsubj", "ROOT", "dobj", "cc", "compound", "conj"],
    ...           pos=["PRON", "VERB", "NOUN", "CCONJ", "NOUN", "NOUN"], lemmas=["they", "launch", "artillery", "and", "rocket", "fire"])
    >>> event_noun(doc[2])
    fire
    """
    if noun_type(obj):
        return obj
    carried = effort_of(obj, noun_type)  # "launched a mediation effort": the mediation
    if carried is not None:
        return carried
    if obj.lemma_.lower() in lexicon().container_nouns:
        for prep in children_of(obj):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj" and noun_type(pobj):
                        return pobj
    # "launched artillery, mortar, and rocket fire against ...": an act of force closes a coordinated object of bare
    # nouns that share it as their head (not "have common values and developed contacts": two things had)
    if any(c.dep_ not in ("cc", "conj", "punct", "compound") for c in children_of(obj)):
        return None
    return next((c for c in _conjuncts(obj) if c.pos_ == "NOUN" and noun_type(c) in _FORCE_TYPES), None)


_FORCE_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE"})


def _conjuncts(tok: Token) -> list[Token]:
    """The nouns coordinated with ``tok`` after it, in order ("artillery, mortar, and rocket fire")."""
    out, seen = [], tok
    while (nxt := next((c for c in children_of(seen) if c.dep_ == "conj" and c.i > seen.i), None)) is not None:
        out.append(nxt)
        seen = nxt
    return out


def is_place(tok: Token) -> bool:
    """A place name or a place noun ("the city of Mariupol", "the port"); a city the tagger took for an
    organisation ("Mariupol, which has been blocked") by the gazetteer of :mod:`stancegraph.kb.places`."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in lexicon().place_nouns:
        return True
    if tok.pos_ == "PROPN" and countries_of_place(tok.text):
        return True
    return any(c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in children_of(tok))


def mistagged_noun(tok: Token, cues: list) -> bool:
    """A plural event noun the tagger read as a verb ("announcement of February and March drills
    with Belarus" -> drills/VBZ): a -s form of a noun cue that is no verb cue, with a noun subject and
    no object of its own."""
    return (tok.tag_ == "VBZ" and tok.lemma_.lower() not in lexicon().verb_cues and noun_type(tok) is not None
            and not any(c.head.i == tok.i for c in cues)
            and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children_of(tok))
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(tok)))


def quantified(tok: Token) -> Token:
    """The counted noun of a quantity ("dozens of soldiers" -> soldiers), else ``tok``.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["dozens", "of", "soldiers"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], pos=["NOUN", "ADP", "NOUN"], lemmas=["dozen", "of", "soldier"])
    >>> quantified(doc[0]), quantified(doc[2])
    (soldiers, soldiers)
    """
    if tok.lower_ in lexicon().quantity_nouns or tok.lemma_.lower() in lexicon().quantity_nouns:
        for prep in children_of(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj":
                        return pobj
    return tok
