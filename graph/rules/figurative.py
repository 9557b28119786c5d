"""Conflict nouns that are no armed conflict (pure, over the parse): an "economic war" or a "financial war"
reduces relations (SANCTION, CAMEO 16), an "information war" or a "propaganda war" is verbal hostility
(DISAPPROVE, CAMEO 11); an event noun that only modifies a person or a thing ("a Russian war criminal",
"aid workers", "invasion forces", "the war museum") names no act of its own; nor does a verb of taking whose object
is intangible ("Russia has stolen our peace", "let us seize this opportunity")."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["figurative_type", "modifies_a_person", "takes_the_intangible"]


def _modifiers(noun: Token) -> list[Token]:
    """The noun's adjective and compound modifiers, with those coordinated to them ("financial and economic")."""
    out = [c for c in children_of(noun) if c.dep_ in ("amod", "compound")]
    return out + [g for c in out for g in children_of(c) if g.dep_ == "conj"]


def _misparsed_compound_head(noun: Token) -> Token | None:
    """The last noun of a noun-gerund-noun compound the parser read as a clause: "the ceasefire monitoring
    centre" parsed as ceasefire <-acl- monitoring -dobj-> centre, with nothing between the three words."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return None
    gerund, last = doc[noun.i + 1], doc[noun.i + 2]
    if gerund.tag_ == "VBG" and gerund.dep_ == "acl" and gerund.head.i == noun.i and last.dep_ == "dobj" and (
            last.head.i == gerund.i and last.pos_ == "NOUN"):
        return last
    return None


def figurative_type(noun: Token) -> str | None:
    """The type of a conflict noun whose modifier makes it economic (SANCTION) or verbal (DISAPPROVE), else None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["an", "economic", "war", "and", "an", "information", "war", "and", "a", "war"],
    ...           heads=[2, 2, 2, 2, 6, 6, 2, 6, 9, 6], deps=["det", "amod", "ROOT", "cc", "det", "compound", "conj", "cc", "det", "conj"],
    ...           lemmas=["an", "economic", "war", "and", "an", "information", "war", "and", "a", "war"])
    >>> figurative_type(doc[2]), figurative_type(doc[6]), figurative_type(doc[9])
    ('SANCTION', 'DISAPPROVE', None)
    """
    groups = lexicon().construction_words
    if noun.lemma_.lower() not in groups["figurative_conflict_nouns"]:
        return None
    words = {m.lemma_.lower() for m in _modifiers(noun)} | {m.lower_ for m in _modifiers(noun)}
    if words & groups["economic_war_words"]:
        return "SANCTION"
    if words & groups["verbal_war_words"]:
        return "DISAPPROVE"
    return None


def modifies_a_person(noun: Token) -> bool:
    """The event noun is a compound modifier of a person or a thing: "war criminal", "aid workers".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "war", "criminal", "and", "war", "crimes"], heads=[2, 2, 2, 2, 5, 2],
    ...           deps=["det", "compound", "ROOT", "cc", "compound", "conj"], lemmas=["a", "war", "criminal", "and", "war", "crime"])
    >>> modifies_a_person(doc[1]), modifies_a_person(doc[4])
    (True, False)
    """
    head = _misparsed_compound_head(noun)
    if head is None:
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            return False
        head = noun.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "the ceasefire monitoring centre"
        head = head.head
    lex = lexicon()
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & (lex.construction_words["event_modified_heads"] | lex.civilian_nouns | lex.combatant_nouns
                         | lex.force_nouns | lex.title_nouns))


def takes_the_intangible(verb: Token) -> bool:
    """``verb`` is a verb of taking (``taking_verbs``) whose taken things are all intangible (``intangible_possessions``,
    ``intangible_gifts``): "Russia has stolen our peace" is a figure, no theft (real text: "But we cannot do that
    because the most terrible has happened - Russia has stolen our peace.").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "stole", "our", "peace", "and", "stole", "grain"],
    ...           heads=[1, 1, 3, 1, 1, 1, 5], deps=["nsubj", "ROOT", "poss", "dobj", "cc", "conj", "dobj"],
    ...           lemmas=["Russia", "steal", "our", "peace", "and", "steal", "grain"])
    >>> takes_the_intangible(doc[1]), takes_the_intangible(doc[5])
    (True, False)
    """
    lex = lexicon()
    if verb.lemma_.lower() not in lex.words("taking_verbs"):
        return False
    # the object, or the subject of a passive ("our peace was stolen"), with its conjuncts ("our peace and our future")
    taken = [t for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)]
    intangible = lex.words("intangible_possessions") | lex.words("intangible_gifts")
    return bool(taken) and all(t.lemma_.lower() in intangible or t.lower_ in intangible for t in taken)
