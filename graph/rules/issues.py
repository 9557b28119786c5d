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

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.codebook import load_codebook

__all__ = ["issue_concept", "stance_of", "ISSUE_SYNONYMS"]

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
_NOUN_POS = ("NOUN", "PROPN")


def _head_noun(tokens: list[Token]) -> Token | None:
    """The noun the phrase is about: its syntactic head, followed through verbs to their object."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    node = heads[0] if heads else None
    for _ in range(4):
        if node is None or node.pos_ in _NOUN_POS:
            break
        nxt = next((c for c in node.children if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and c.i in inside), None)
        if nxt is None:
            nxt = next((c for c in node.children if c.dep_ in ("ccomp", "xcomp", "prep", "pcomp") and c.i in inside), None)
        node = nxt
    for _ in range(3):  # through framing nouns: "an end to X", "the issue of X"
        if node is None or node.lemma_.lower() not in lexicon().frame_nouns:
            break
        pobj = next((g for c in node.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "on")
                     for g in c.children if g.dep_ == "pobj" and g.i in inside), None)
        if pobj is None:
            break
        node = pobj
    return node if node is not None and node.pos_ in _NOUN_POS else None


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower() if tok.pos_ != "PROPN" else tok.text.lower()
    return ISSUE_SYNONYMS.get(lemma, lemma)


def issue_concept(tokens: list[Token], *, names: dict[int, str] | None = None) -> str | None:
    """The concept label of an issue phrase, or None if it has no noun.

    Proper-name modifiers come first, then noun modifiers, then the head noun; ``names`` maps token
    indices to actor labels, so "its expansion" (its = NATO) and "NATO's expansion" agree.
    """
    names = names or {}
    head = _head_noun([t for t in tokens if not t.is_punct and not t.is_space])
    if head is None:
        return None
    mods = [c for c in head.children if c.dep_ in _NAME_DEPS and c.i < head.i
            and (c.pos_ in _NOUN_POS or c.i in names)]
    proper = [m for m in mods if m.i in names or m.pos_ == "PROPN" or m.ent_type_]
    nouns = [m for m in mods if m not in proper]
    words = ([names.get(n.i, re.sub(r"[’']s$", "", n.text)).lower() for n in proper]
             + [_lemma(n) for n in nouns] + [_lemma(head)])
    label = " ".join(w for w in words if w and w not in ("’s", "'s"))
    label = re.sub(r"[^\w\s.-]", "", label).strip()
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
