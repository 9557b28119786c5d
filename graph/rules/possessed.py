"""Possessed paths (pure): an actor named behind a thing that someone owns belongs to the owner's thing, not to the act.

"I am grateful for Italy's full support on our path to the European Union": the path is the speaker's own, so the
European Union, where it leads, is no target of Italy's support. A search for a target inside a phrase stops at a
thing with a possessive ("our path"); the possessor itself ("Ukraine's path to the EU": Ukraine) may still be found.
Not at people (``companion_nouns``: "grateful to our American friends", "spoke with my colleague from the African
Union Commission") nor at an act ("reneged on his commitment to the Zambian people"): see :func:`stancegraph.rules.owners.owned_thing`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.owners import owned_thing
from stancegraph.rules.doc_index import children_of

if TYPE_CHECKING:
    from stancegraph.rules.actors import ActorMention
    from stancegraph.rules.mention_index import MentionIndex

__all__ = ["behind_possessive", "unowned_within"]


def behind_possessive(tok: Token, top: Token, *, own_top: bool = True) -> bool:
    """``tok`` lies under a thing (:func:`~stancegraph.rules.owners.owned_thing`) with a possessive of its own on
    the way up to ``top`` (inclusive), and not inside that possessive: "on our path to the European Union" hides
    the European Union.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["on", "our", "path", "to", "Europe"], heads=[0, 2, 0, 2, 3],
    ...           deps=["ROOT", "poss", "pobj", "prep", "pobj"], pos=["ADP", "PRON", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["on", "our", "path", "to", "Europe"])
    >>> behind_possessive(doc[4], doc[0]), behind_possessive(doc[1], doc[0])
    (True, False)
    """
    node = tok
    # (``own_top=False``: the object of the act may have its own possessive, the speaker's: "thanked his interlocutor
    # for Estonia's support", "expressed his disappointment with the US and NATO response")
    while node.i != top.i and node.head.i != node.i and (own_top or node.head.i != top.i):
        # (a conjunct has its own determiner: "his efforts and the efforts of France" do not hide France)
        owner = next((c for c in children_of(node.head) if c.dep_ == "poss"), None) if node.dep_ != "conj" else None
        if owner is not None and owner.i != node.i and owned_thing(node.head) and not _companion(node.head):
            return True
        node = node.head
    return False


def _companion(noun: Token) -> bool:
    """``noun`` names people by their tie to the possessor: "our American friends", "my colleague"."""
    keys = {noun.lower_, noun.lemma_.lower()}
    return bool(keys & (lexicon().words("companion_nouns") | lexicon().words("other_side_nouns")))


def unowned_within(index: MentionIndex, top: Token) -> list[ActorMention]:
    """The mentions inside ``top`` (shallowest first) that no possessed noun hides: in "support on our path to
    the European Union", none under "on"."""
    return [m for m in index.within(top) if not behind_possessive(top.doc[m.head], top)]
