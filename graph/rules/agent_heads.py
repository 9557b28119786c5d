"""Heads of phrases that name people, bodies or instruments of force of a state named beside them
("Burundian militiamen", "Swiss doctors", "Palestinian youths", "U.N. helicopters", "the Palestinian Islamic
Jihad movement"), and the antecedent of "they" in a reported clause ("The rebels said they will ...").

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Burundian", "militiamen", "said", "they", "left", "homes"],
...           heads=[1, 2, 2, 4, 2, 4], deps=["amod", "nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
...           pos=["ADJ", "NOUN", "VERB", "PRON", "VERB", "NOUN"], tags=["JJ", "NNS", "VBD", "PRP", "VBD", "NNS"],
...           lemmas=["burundian", "militiaman", "say", "they", "leave", "home"])
>>> agent_head(doc[1]), agent_head(doc[5])  # the subject; "homes" are no agents
(True, False)
>>> reported_subject(doc[3]).text
'militiamen'
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import agent_nouns
from stancegraph.rules.doc_index import children_of

__all__ = ["agent_head", "reported_subject"]

_PLURAL_PRONOUNS = frozenset({"they"})


def agent_head(tok: Token) -> bool:
    """``tok`` is a common noun naming people who act (an agent noun with a sector, a group, force or
    civilian noun), a body ("movement", "network") or an instrument of force ("bulldozers", "helicopters"),
    and it is the subject of its clause or the agent of a passive: only there does the noun's own state act
    ("war criminals" or "exporters" elsewhere are those the act is about, and guesses of targets among
    them went wrong in hand-reads). "Party" and "side" are no agents: "the Ukrainian party" at talks is
    the state itself."""
    if tok.pos_ != "NOUN" or not _subject_role(tok):
        return False
    lex = lexicon()
    words = lex.construction_words
    keys = {tok.lower_, tok.lemma_.lower()}
    if keys & words["not_agent_heads"]:
        return False
    if keys & (words["agent_group_nouns"] | words["force_instrument_nouns"]):
        return True
    # civilians ("Ukrainian citizens", "every Ukrainian man and woman") are no speakers of their state: in
    # press releases they "demonstrate unity" and "protest against the invaders" as its people, and such
    # statements were wrong in the hand-read
    nouns = agent_nouns()
    if any(nouns.get(k) not in (None, "CVL") for k in keys):
        return True
    return bool(keys & (lex.force_nouns | lex.combatant_nouns | lex.craft_nouns))


def _subject_role(tok: Token) -> bool:
    """The subject of a clause, the agent of a passive ("attacked by Burundian militiamen"), a conjunct
    of one, or the group a subject comes from ("Doctors from two American aid groups donated ..."; the
    parser may make that subject the root)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "of") and tok.head.head.pos_ in ("NOUN", "PROPN"):
        holder = tok.head.head
        return holder.dep_ == "ROOT" or _subject_role(holder)
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def reported_subject(tok: Token) -> Token | None:
    """For "they" as the subject of a clause reported by a verb of saying, the subject of that verb
    ("The Fijian rebels said they will release ...": the rebels); else None. The subject must be a
    plural common noun, so "they" agrees with it."""
    if tok.lower_ not in _PLURAL_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "said they would meet and talk"
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ not in ("NNS", "NNPS") and not subject.lower_.endswith("s"):
        return None
    return subject
