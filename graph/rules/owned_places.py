"""The owner of the thing force is aimed into (pure, over the parse): "tried to hack into the computers of South
Korean army officers" is aimed at the officers, "broke into the Iranian embassy" at Iran.

The phrase of a place preposition ("into", "at") names where an act happens, and a place is no target of its
own (:mod:`stancegraph.rules.guessed_targets` places violence by its state); but when the preposition's object
is a thing, not a place, the one who owns it, named in its possessor or its "of" phrase, is whom the force is
aimed at. A place noun ("the city of Kharkiv", "the area of ...") and names in a place phrase stay places."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context

__all__ = ["owners_inside", "AIMED_PREPS"]

#: Place prepositions that aim force into or at a thing: "hack into", "fired at".
AIMED_PREPS = frozenset({"into", "at"})


def owners_inside(prep: Token, ctx: Context, exclude: frozenset[str] = frozenset()) -> list[ActorMention]:
    """The owners of the objects of ``prep`` named in their possessor, modifiers or "of" phrase, when the
    object is a thing, not a place; ``exclude`` is the speaker's side.

    Examples
    --------
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Russia", "hacked", "into", "the", "computers", "of", "Ukraine"], [1, 1, 1, 4, 2, 4, 5],
    ...               ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"], ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    ...               ["Russia", "hack", "into", "the", "computer", "of", "Ukraine"], ["B-GPE", "O", "O", "O", "O", "O", "B-GPE"])
    >>> [m.actors[0].id for m in owners_inside(ctx.doc[2], ctx)]
    ['UKR']

    A place noun's "of" phrase names a place: "into the territory of Ukraine" is where, not whose.

    >>> ctx = context(["Russia", "moved", "into", "the", "city", "of", "Ukraine"], [1, 1, 1, 4, 2, 4, 5],
    ...               ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"], ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    ...               ["Russia", "move", "into", "the", "city", "of", "Ukraine"], ["B-GPE", "O", "O", "O", "O", "O", "B-GPE"])
    >>> owners_inside(ctx.doc[2], ctx)
    []
    """
    if prep.lower_ not in AIMED_PREPS:
        return []
    found: list[ActorMention] = []
    for pobj in (p for p in prep.children if p.dep_ == "pobj"):
        if pobj.pos_ != "NOUN" or pobj.lemma_.lower() in lexicon().place_nouns or pobj.lower_ in lexicon().place_nouns:
            continue  # a place ("into the city of Kharkiv") or a name ("into Ukraine"): where, not whose
        owners = [c for c in pobj.children if c.dep_ in ("poss", "amod", "compound")] + [
            g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for owner in owners:
            for m in ctx.index.of_phrase(owner) or ctx.index.within(owner, max_depth=1):
                if m not in found and not m.locative and not ({a.id for a in m.actors} & exclude):
                    found.append(m)
    return found[:1]
