"""Groups named by whom they follow: "supporters of former Prime Minister Imran Khan" (a follower noun and its "of"
phrase) and "militants loyal to Abu Musab al-Zarqawi", "forces loyal to the general" (a group noun and its "loyal
to" phrase: ``loyalty_adjectives`` in ontology/lexicon/constructions.toml). Read by
:class:`stancegraph.rules.mention_index.MentionIndex`, which codes such a group to its leader's state. A
spokesperson speaks for the body of a "for" phrase ("a spokesman for Hamas said": ``speaking_for_nouns``).

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Militants", "loyal", "to", "Zarqawi", "said", "."],
...           heads=[4, 0, 1, 2, 4, 4], deps=["nsubj", "amod", "prep", "pobj", "ROOT", "punct"],
...           pos=["NOUN", "ADJ", "ADP", "PROPN", "VERB", "PUNCT"], lemmas=["militant", "loyal", "to", "Zarqawi", "say", "."])
>>> leader_phrases(doc[0]), leader_phrases(doc[3])
([Zarqawi], [])
>>> speaks_for(Doc(spacy.blank("en").vocab, words=["spokesman"])[0])
True
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import agent_sector
from stancegraph.rules.doc_index import children_of

__all__ = ["leader_phrases", "speaks_for"]


def leader_phrases(tok: Token) -> list[Token]:
    """The phrases naming whom the group ``tok`` heads follows: the "of" objects of a follower noun, the "to"
    objects of a loyalty adjective of a group noun; none for other nouns."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon().follower_nouns:
        preps = [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"]
    elif tok.pos_ == "NOUN" and (lemma in lexicon().group_nouns or tok.lower_ in lexicon().group_nouns or agent_sector(lemma)):
        loyal = [c for c in children_of(tok) if c.dep_ in ("amod", "acl") and c.lower_ in lexicon().words("loyalty_adjectives")]
        preps = [p for c in loyal for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "to"]
    else:
        return []
    return [p for prep in preps for p in children_of(prep) if p.dep_ == "pobj"]


def speaks_for(tok: Token) -> bool:
    """``tok`` names one who speaks for the body of its "for" phrase: "a spokesman for Hamas"."""
    return tok.lower_ in lexicon().words("speaking_for_nouns") or tok.lemma_.lower() in lexicon().words("speaking_for_nouns")
