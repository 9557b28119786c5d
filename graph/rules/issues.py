"""Issues as shared concepts: an issue phrase's concept label, and the speaker's stance toward it.

The concept of "NATO's eastward expansion", "limiting NATO expansion" and "NATO enlargement" is the
same, "nato expansion": the head noun of the phrase (through verbs and gerunds to their object),
with its name modifiers, lemmatised and mapped through a small synonym table. Adjectives,
determiners and verbs ("limiting", "eastward", "its") do not change what the issue is; they are
kept in the issue's text.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.issue_vocabulary import IssueVocabulary
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import agent_nouns
from stancegraph.rules.doc_index import children_of

__all__ = ["issue_concept", "not_an_issue", "stance_of", "ISSUE_SYNONYMS"]

# Nouns news uses interchangeably for one issue; keys and values are lemmas.
ISSUE_SYNONYMS = {
    "enlargement": "expansion", "widening": "expansion", "eastward": "expansion",
    "guarantee": "guarantee", "assurance": "guarantee",
    "sovereignty": "sovereignty", "integrity": "integrity",
    "troop": "troops", "force": "troops", "buildup": "build-up", "build": "build-up",
    "sanction": "sanctions", "penalty": "sanctions", "measure": "measures",
    "talk": "talks", "negotiation": "talks", "consultation": "talks", "dialogue": "talks",
    "weapon": "weapons", "arm": "weapons", "missile": "missiles",
    "deployment": "deployment", "accession": "membership", "admission": "membership",
}
_NAME_DEPS = ("compound", "poss", "nmod")
# Nouns of actors besides the lexicon's titles, domestic groups and organs: no issue of their own.
_ACTOR_NOUNS = frozenset("people state nation country partner ally neighbour neighbor side staff personnel "
                         "contingent delegation leadership official officials colleague".split())
_NOUN_POS = ("NOUN", "PROPN")
_PLACE_ENTITIES = ("GPE", "LOC", "FAC")
_PERSON_ENTITIES = ("PERSON", "NORP")


def _head_noun(tokens: list[Token]) -> Token | None:
    """The noun the phrase is about: its syntactic head, followed through verbs to their object."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    node = heads[0] if heads else None
    for _ in range(4):
        if node is None or node.pos_ in _NOUN_POS:
            break
        nxt = next((c for c in children_of(node) if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and c.i in inside), None)
        if nxt is None:
            nxt = next((c for c in children_of(node) if c.dep_ in ("ccomp", "xcomp", "prep", "pcomp") and c.i in inside), None)
        node = nxt
    for _ in range(3):  # through framing, light and event nouns: "an end to X", "the issue of X", "support for X"
        if node is None or not _holds_its_issue(node):
            break
        pobj = next((g for c in children_of(node) if c.dep_ == "prep" and c.lower_ in lexicon().issue_preps
                     for g in children_of(c) if g.dep_ in ("pobj", "pcomp") and g.i in inside), None)
        if pobj is None:  # "plans to achieve carbon neutrality": the object of its infinitive
            pobj = next((g for c in children_of(node) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i in inside
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                         for g in children_of(c) if g.dep_ == "dobj" and g.i in inside), None)
        if pobj is None:
            break
        node = pobj
        for _ in range(3):  # "the idea of creating an associated trio": the object of the gerund
            if node.pos_ in _NOUN_POS:
                break
            node = next((c for c in children_of(node) if c.dep_ in ("dobj", "pobj") and c.i in inside), None)
            if node is None:
                break
    return node if node is not None and node.pos_ in _NOUN_POS else None


def _event_noun(lemma: str) -> bool:
    """A noun that names an event of the code book ("support", "visit", "invitation", "contacts"): the event
    itself, whose issue is its argument ("support for X"), not an issue of its own."""
    return lemma in lexicon().noun_cues or lemma in lexicon().light_only_nouns


def _in_vocabulary(tok: Token) -> bool:
    """The noun is an issue of the curated vocabulary ("sanctions", "talks", "troops"): an issue even where it
    also names an event or a group."""
    return IssueVocabulary.load().concept_of(_lemma(tok)) is not None


def _holds_its_issue(tok: Token) -> bool:
    """A framing, light or event noun whose issue is its prepositional object ("the end of X", "support for X")."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon().frame_nouns or lemma in lexicon().construction_words.get("light_issue_nouns", ()):
        return True
    return _event_noun(lemma) and not _in_vocabulary(tok)


def _personal_possessor(tok: Token) -> bool:
    """A person as possessor ("his re-election", "Vladimir Putin's invitation"): whose, not what the issue is;
    a state or organisation as possessor stays ("Russia's cash flow", "NATO's expansion")."""
    return tok.dep_ == "poss" and (tok.ent_type_ == "PERSON" or tok.lower_ in ("his", "her"))


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.text.lower()
    return ISSUE_SYNONYMS.get(lemma, lemma)


def _hyphenated(tok: Token) -> tuple[int, int]:
    """The token range of the hyphenated word ``tok`` is part of: "build-up", "anti-tank"."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return start, end


def _word(tok: Token) -> str:
    """The lemma of ``tok``, or of the hyphenated word it ends ("build-up", not "build-up up")."""
    start, end = _hyphenated(tok)
    if end - start == 1:
        return _lemma(tok)
    doc = tok.doc
    text = "".join(t.text for t in doc[start:end - 1]).lower() + _lemma(doc[end - 1])
    return ISSUE_SYNONYMS.get(text, ISSUE_SYNONYMS.get(text.replace("-", ""), text))


def not_an_issue(head: Token, names: dict[int, str]) -> bool:
    """The head noun of a phrase that is no issue: a pronoun, a determiner, a relative, a number, a
    light noun ("need", "way", "issue", "part"; ontology/lexicon/constructions.toml ``light_issue_nouns``),
    an event noun with no argument ("thanked for their support", "his visit": the event, not what it is
    about), a noun of agents ("civilians", "the primate") or places ("our cities", "Mariupol"), or a name of an
    actor alone ("Estonia" is a target, not an issue). Nouns of the curated issue vocabulary are issues."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("PRON", "DET", "NUM") or head.tag_ in ("WDT", "WP", "WP$", "PRP", "PRP$", "DT", "CD") or head.like_num:
        return True
    if lemma in lexicon().construction_words.get("light_issue_nouns", frozenset()) or head.lower_ in lexicon().issue_pronouns:
        return True
    if head.i in names or any(c.i in names or c.ent_type_ == "PERSON" for c in children_of(head) if c.dep_ == "appos"):
        return True  # "supported Estonia": Estonia is the target; "President-Elect ... Serdar Berdimuhamedov": a person
    if _in_vocabulary(head):
        return False
    if _event_noun(lemma) or lemma in agent_nouns() or lemma in lexicon().place_nouns:
        return True
    if head.ent_type_ in _PLACE_ENTITIES or head.ent_type_ in _PERSON_ENTITIES:
        return True  # "the Ukrainian Donbas", "Kharkiv": where, not what
    return lemma in _ACTOR_NOUNS or (lemma in lexicon().title_nouns | lexicon().domestic_groups
                                     | lexicon().construction_words.get("organ_heads", frozenset())
                                     and lemma not in lexicon().force_nouns)


def issue_concept(tokens: list[Token], *, names: dict[int, str] | None = None) -> str | None:
    """The concept label of an issue phrase, or None if it names no issue.

    The head noun (see :func:`_head_noun`), lemmatised, after its name modifiers and noun modifiers;
    no determiners, adjectives or verbs. None for a phrase with no content noun: a pronoun, a
    determiner, a relative, an infinitive without object, a light noun or an actor's name alone
    (:func:`not_an_issue`). ``names`` maps token indices to actor labels, so "its expansion" (its = NATO)
    and "NATO's expansion" agree.
    """
    names = names or {}
    head = _head_noun([t for t in tokens if not t.is_punct and not t.is_space])
    if head is None or not_an_issue(head, names):
        return None
    lo, _ = _hyphenated(head)
    mods = [c for c in children_of(head) if c.dep_ in _NAME_DEPS and c.i < lo
            and (c.pos_ in _NOUN_POS or c.i in names) and not c.like_num and not _personal_possessor(c)]
    proper = [m for m in mods if m.i in names or m.pos_ == "PROPN" or m.ent_type_]
    proper = [m for m in proper if m.ent_type_ != "PERSON" or m.i in names]
    nouns = [m for m in mods if m not in proper and m.lemma_.lower() not in lexicon().construction_words.get(
        "light_issue_nouns", frozenset())]
    words: list[str] = []
    for w in ([names.get(n.i, re.sub(r"[’']s$", "", n.text)).lower() for n in proper]
              + [_word(n) for n in nouns] + [_word(head)]):
        w = re.sub(r"[^\w\s.-]", "", w).strip()
        if w and w not in ("s", "mr", "ms", "mrs") and w not in words:
            words.append(w)
    label = " ".join(words)
    return label if label and label not in lexicon().issue_pronouns else None


def stance_of(event_type: str, negated: bool) -> str:
    """"support" for cooperative event types, "oppose" for conflictual ones; a negated act flips it.

    >>> stance_of("APPEAL", False), stance_of("REJECT", False), stance_of("SUPPORT", True)
    ('support', 'oppose', 'oppose')
    """
    cooperative = load_codebook()[event_type].quad.endswith("coop")
    if negated:
        cooperative = not cooperative
    return "support" if cooperative else "oppose"
