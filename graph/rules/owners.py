"""The owner of the thing an act is done to (pure, over the parse): "welcomed President Reagan's latest policy
statement" is aimed at Reagan, "captured part of a Karen guerrilla stronghold" at the Karen guerrillas,
"launched rocket fire against Kampuchean guerrilla camps" at Cambodia, "tried to hack into the computers of
South Korean army officers" at the officers.

When the object of an act (the verb's object, the object of its preposition, or the object of its light noun's
preposition) is a thing, not an actor, the act is aimed at the thing's owner: the actor named in its possessor
("Reagan's statement"), in its "of", "by" or "from" phrase ("the computers of the officers", "victories by the
opposition coalition", "a letter from the president") or in a name or demonym before it
("Russian positions", "Kampuchean camps"). A thing is a common noun that names no one by itself: not a person,
group, force, title or quantity noun (those name actors and are read by
:meth:`~stancegraph.rules.mention_index.MentionIndex.of_phrase`: "thousands of Nigerians" are Nigerians), and
not an event noun (an act has a doer, not an owner: :func:`~stancegraph.rules.participants.noun_participants`).
Partitives pass to what they are part of ("part of the stronghold"), and a place noun's "of" phrase names the
place itself, not an owner ("the city of Kharkiv"). Place prepositions ("in Lagos") name where an act happens,
so a thing after one counts only for force aimed into or at it and for a protest held at it
(``owner_place_preps`` of ``ontology/lexicon/constructions.toml``). Talks have topics, not targets: a CONSULT
act takes no owner ("discussed Ukraine's security")."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.kb.sectors import agent_nouns
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of

__all__ = ["owner_targets", "owners_of", "owned_thing", "untargeted_preps"]

#: Event types whose force or protest is aimed at a thing behind a place preposition ("fired at", "hack into",
#: "protested outside the embassy").
AIMED_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})

# a possessor or name the registry does not know still owns a thing when the tagger names a person or body
_OWNER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def owned_thing(noun: Token) -> bool:
    """``noun`` is a common noun naming a thing that can belong to someone: not a person, group, force,
    title or quantity noun, and no event noun.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "computers", "of", "the", "officers"],
    ...           pos=["DET", "NOUN", "ADP", "DET", "NOUN"], lemmas=["the", "computer", "of", "the", "officer"])
    >>> owned_thing(doc[1]), owned_thing(doc[4])
    (True, False)
    """
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return False
    keys = {noun.lower_, noun.lemma_.lower()}
    if keys & _people(lexicon()) or any(k in agent_nouns() for k in keys):
        return False
    return noun_type(noun) is None


@functools.lru_cache(maxsize=4)
def untargeted_preps(lex: Lexicon) -> frozenset[str]:
    """Prepositions whose object is no target: places, times (not "on"), issues and comparisons (read here and
    by :func:`stancegraph.rules.participants.direct_targets`)."""
    return lex.locative_preps | (lex.time_preps - {"on"}) | lex.non_target_preps


@functools.lru_cache(maxsize=4)
def _people(lex: Lexicon) -> frozenset[str]:
    """Nouns that name people, groups, forces, titles or quantities of them: no things."""
    return (lex.title_nouns | lex.group_nouns | lex.domestic_groups | lex.force_nouns | lex.combatant_nouns | lex.craft_nouns
            | lex.quantity_nouns | lex.words("agent_group_nouns") | lex.words("force_instrument_nouns"))


def owners_of(noun: Token, ctx: Context, exclude: frozenset[str] = frozenset()) -> list[ActorMention]:
    """The owners of the thing ``noun`` names, the speaker's side (``exclude``) left out: its possessor, the
    actor of its "of" phrase, else a name or demonym before it; [] when ``noun`` is no thing or has no owner.

    Examples
    --------
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Russia", "shelled", "Ukraine", "'s", "positions"], [1, 1, 4, 2, 1], ["nsubj", "ROOT", "poss", "case", "dobj"],
    ...               ["PROPN", "VERB", "PROPN", "PART", "NOUN"], ["Russia", "shell", "Ukraine", "'s", "position"],
    ...               ["B-GPE", "O", "B-GPE", "O", "O"])
    >>> [m.actors[0].id for m in owners_of(ctx.doc[4], ctx)]
    ['UKR']

    The "of" phrase of a place noun is the place itself, no owner:

    >>> ctx = context(["Russia", "shelled", "the", "city", "of", "Ukraine"], [1, 1, 3, 1, 3, 4],
    ...               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    ...               ["Russia", "shell", "the", "city", "of", "Ukraine"], ["B-GPE", "O", "O", "O", "O", "B-GPE"])
    >>> owners_of(ctx.doc[3], ctx)
    []
    """
    noun = _whole(noun)
    if not owned_thing(noun):
        return []
    place = noun.lemma_.lower() in lexicon().place_nouns or noun.lower_ in lexicon().place_nouns
    found = [_named_owner(c, ctx) for c in children_of(noun) if c.dep_ == "poss"]
    if not place:  # "the computers of the officers"; its maker or sender: "victories by X's coalition", "a letter from Y"
        found += [m for prep in ("of", "by", "from") if (p := _of_object(noun, prep)) is not None for m in ctx.index.of_phrase(p)
                  if prep == "of" or all(a.registered for a in m.actors)]  # (a known maker or sender only)
    found += [_named_owner(c, ctx, named_only=True) for c in children_of(noun)
              if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    out: list[ActorMention] = []
    for m in found:
        if m is not None and m not in out and not m.locative and not ({a.id for a in m.actors} & exclude):
            out.append(m)
    return out[:1] + [m for m in out[1:] if ctx.doc[m.head].dep_ == "conj"]  # "of Iran and Syria": both


def owner_targets(cue: Cue, verb: Token, ctx: Context, exclude: frozenset[str] = frozenset()) -> tuple[list[ActorMention], str]:
    """The owners of the first thing the act of ``cue`` is done to, and how it was found ("dobj-owner",
    "prep-owner"); ([], "") when it names none.

    Examples
    --------
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Russia", "hacked", "into", "the", "computers", "of", "Ukraine"], [1, 1, 1, 4, 2, 4, 5],
    ...               ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"], ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    ...               ["Russia", "hack", "into", "the", "computer", "of", "Ukraine"], ["B-GPE", "O", "O", "O", "O", "O", "B-GPE"])
    >>> targets, how = owner_targets(verb_cue(ctx.doc[1]), ctx.doc[1], ctx)
    >>> [m.actors[0].id for m in targets], how
    (['UKR'], 'prep-owner')
    """
    if cue.type == "CONSULT":
        return [], ""
    heads = [cue.noun, verb] if cue.kind == "light" and cue.noun is not None else [verb]  # "opened fire | on X"
    for obj, how in (pair for head in heads for pair in _objects(cue, head, dobj=head is verb and cue.kind != "light")):
        # "protested outside the Russian embassy", "fired into Ukrainian troops": aimed at the actor itself
        owners = [m for m in ctx.index.of_phrase(_whole(obj)) if not ({a.id for a in m.actors} & exclude)] if (
            how == "prep-aimed" and _whole(obj).pos_ == "NOUN") else []
        owners = owners or owners_of(obj, ctx, exclude)
        if owners:
            return owners, "prep-owner" if how == "prep-aimed" else how
    return [], ""


def _objects(cue: Cue, head: Token, *, dobj: bool) -> list[tuple[Token, str]]:
    """The things the act is done to, in order: the verb's object (``dobj``), then the objects of the prepositions
    of ``head`` (a place preposition only for force or a protest aimed at a thing)."""
    lex = lexicon()
    out = []
    if dobj:
        out += [(c, "dobj-owner") for c in children_of(head) if c.dep_ == "dobj"]
    aimed = lex.words("owner_place_preps") if cue.type in AIMED_TYPES else frozenset()
    skipped = untargeted_preps(lex)
    for c in children_of(head):
        for p in (p for p in children_of(c) if c.dep_ == "prep" and p.dep_ == "pobj"):
            # "rallied in front of the embassy": a place preposition over a noun that only places beside a thing
            beside = aimed and p.lemma_.lower() in lex.words("relative_place_nouns")
            if c.lower_ in aimed or beside:
                out.append((p, "prep-aimed"))
            elif c.lower_ not in skipped:
                out.append((p, "prep-owner"))
    return out


def _whole(noun: Token) -> Token:
    """What a partitive or relative place noun belongs to: "part of the stronghold", "in front of the embassy"."""
    lex = lexicon()
    for _ in range(3):
        whole = _of_object(noun) if noun.lemma_.lower() in lex.words("partitive_nouns") | lex.words("relative_place_nouns") else None
        if whole is None:
            break
        noun = whole
    return noun


def _of_object(noun: Token, prep: str = "of") -> Token | None:
    """The object of ``noun``'s "of" (or ``prep``) phrase, if it has one."""
    return next((p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == prep for p in children_of(c) if p.dep_ == "pobj"), None)


def _named_owner(tok: Token, ctx: Context, *, named_only: bool = False) -> ActorMention | None:
    """The actor a possessor or modifier ``tok`` names: a registered actor, or (as a possessor) a name the tagger
    marks as a person or body ("President Reagan's statement"); a modifier that is no name is a group noun whose
    own phrase names the actor ("South Korean army officers"). An unknown name before a thing only qualifies it
    ("the Amazon rainforest"); a backer is no owner ("Iran-backed")."""
    m = ctx.index.by_token.get(tok.i)
    if m is None and not named_only:
        return next(iter(ctx.index.of_phrase(tok)), None)
    if m is None:
        return next(iter(ctx.index.of_phrase(tok)), None) if tok.pos_ == "NOUN" and not owned_thing(tok) else None
    if all(a.registered for a in m.actors) or (not named_only and tok.ent_type_ in _OWNER_ENTS):
        return m
    return None
