"""Agent nouns placed by their own phrase: "a newspaper based in east Beirut", "opposition parties in Nepal" are
the media and the opposition of the state the place is in, as country-level event coding reads them. Armed
forces and diplomats are left alone: they are often posted abroad ("troops in Syria", "diplomats in Moscow")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import agent_sector
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.doc_index import children_of, select
from stancegraph.rules.sectors import sector_actor

__all__ = ["placed_agents"]

_PLACE_PREPS = frozenset({"in", "from"})
# armed forces, elites and bodies of no one state are not placed by where they are
_UNPLACED_SECTORS = frozenset({"MIL", "ELI", "IGO", "IMG", "MNC", "SPY", "UAF"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def placed_agents(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with the agent-noun subjects that a place phrase of their own puts in one state ("A
    newspaper based in east Beirut has violated a ban": the media of Lebanon).

    Only a subject with no modifier saying whose it is ("Syrian", "its", "Hamas"): those are read by
    :mod:`stancegraph.rules.sectors`.

    >>> import spacy
    >>> lebanon = Actor(id="LBN", label="Lebanon", kind=ActorKind.STATE, iso3="LBN")
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "newspaper", "based", "in", "Beirut", "violated", "a", "ban"],
    ...           heads=[1, 5, 1, 2, 3, 5, 7, 5], deps=["det", "nsubj", "acl", "prep", "pobj", "ROOT", "det", "dobj"],
    ...           pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "VERB", "DET", "NOUN"],
    ...           lemmas=["a", "newspaper", "base", "in", "Beirut", "violate", "a", "ban"],
    ...           tags=["DT", "NN", "VBN", "IN", "NNP", "VBD", "DT", "NN"])
    >>> found = placed_agents(doc, [ActorMention(4, 5, 4, (lebanon,), "place", True)])
    >>> [(doc[m.start:m.end].text, m.actors[0].id, m.how) for m in found]
    [('A newspaper', 'x-lbn-med', 'group'), ('Beirut', 'LBN', 'place')]
    """
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for tok in select(doc, dep=_SUBJECT_DEPS, pos={"NOUN"}):  # the only tokens the test below keeps
        if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.i in by_token or tok.ent_type_:
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ or c.i in by_token)
               for c in children_of(tok)):
            continue
        sector = _sector(tok)
        if sector is None or sector in _UNPLACED_SECTORS or tok.lower_ in lexicon().diplomat_nouns:
            continue
        state = _place_state(tok, by_token)
        if state is None:
            continue
        left = min((c.i for c in children_of(tok) if c.dep_ in ("det", "compound", "nummod", "amod") and c.i < tok.i), default=tok.i)
        found.append(ActorMention(left, tok.i + 1, tok.i, (sector_actor(state, sector),), "group", False, state_hint=state))
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))


def _sector(noun: Token) -> str | None:
    """The sector of ``noun`` with its compounds ("opposition parties" -> OPP)."""
    compounds = [c.lower_ for c in children_of(noun) if c.dep_ == "compound" and c.i < noun.i]
    return agent_sector(" ".join([*compounds, noun.lemma_.lower()])) or agent_sector(noun.lemma_.lower())


def _place_state(noun: Token, by_token: dict[int, ActorMention]) -> Actor | None:
    """The one state that "in X" / "from X" after ``noun``, or a participle's "based in X", names."""
    preps = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS]
    preps += [p for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
              for p in children_of(c) if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS]
    states = set()
    for prep in preps:
        for pobj in (p for p in children_of(prep) if p.dep_ == "pobj"):
            for t in (pobj, *(c for c in children_of(pobj) if c.dep_ == "conj")):
                m = by_token.get(t.i)
                if m is None or len(m.actors) != 1 or m.actors[0].kind is not ActorKind.STATE:
                    return None  # a place no state is known for, or an organisation: not placed
                states.add(m.actors[0])
    return next(iter(states)) if len(states) == 1 else None
