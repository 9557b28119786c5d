"""Persons outside their dated posts: the state of a titled surname every registered bearer shares, and the
sector of a former official.

- :func:`surname_states` gives a title + surname the registry cannot resolve to one person ("President Bush":
  George Bush and George W. Bush) the state all its registered bearers hold posts in, when they agree and
  each held a post of the title's sector ("President" -> GOV). The person stays unresolved (a minted actor);
  only the state is known. Bare surnames are no aliases of the registry, so this never names a person.
- :func:`sector_out_of_post` is Phoenix's convention for a registered person on a day they held no post:
  after their last post they are a former official, sector ELI (CAMEO "elites"); before their first post
  no sector is given (their role then is unknown, not elite); an imported person past the dictionaries'
  horizon (2016) gets none either. The state is the registry's
  (:meth:`~stancegraph.kb.registry.ActorRegistry.home_state_of`).
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.kb.imported import HORIZON
from stancegraph.kb.names import name_key
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.doc_index import doc_index
from stancegraph.rules.lent_states import title_sector

__all__ = ["sector_out_of_post", "surname_bearers", "surname_states"]

_MIN_SURNAME = 3  # "Li", "Ng": too short to mean one family



@functools.lru_cache(maxsize=4)
def surname_bearers(registry: ActorRegistry) -> dict[str, tuple[tuple[str, frozenset[str], frozenset[str | None]], ...]]:
    """Surname key -> ``(person id, states of their posts, sectors of their posts)`` of every registered
    person with posts (the state of an international post is ``""``).

    >>> from stancegraph.model import Role
    >>> usa = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")
    >>> persons = [Actor(id="george-bush", label="George Bush", kind=ActorKind.PERSON),
    ...            Actor(id="george-w-bush", label="George W. Bush", kind=ActorKind.PERSON)]
    >>> registry = ActorRegistry.from_records([usa, *persons], [], [
    ...     Role(person="george-bush", organisation="USA", title="President", sector="GOV", start=dt.date(1989, 1, 20)),
    ...     Role(person="george-w-bush", organisation="USA", title="President", sector="GOV", start=dt.date(2001, 1, 20))])
    >>> sorted(pid for pid, _, _ in surname_bearers(registry)["bush"])
    ['george-bush', 'george-w-bush']
    """
    found: dict[str, list] = defaultdict(list)
    for actor in registry.actors.values():
        roles = registry.roles(actor.id) if actor.kind is ActorKind.PERSON else []
        if not roles:
            continue
        states = frozenset((s.id if (s := registry.state_of_org(r.organisation)) is not None else "") for r in roles)
        found[name_key(actor.label).rsplit(" ", 1)[-1]].append((actor.id, states, frozenset(r.sector for r in roles)))
    return {key: tuple(sorted(bearers)) for key, bearers in found.items()}


def _surname_state(registry: ActorRegistry, surname: str, sector: str) -> Actor | None:
    bearers = surname_bearers(registry).get(name_key(surname), ())
    states = {s for _, person_states, _ in bearers for s in person_states}
    if not bearers or len(states) != 1 or "" in states or not all(sector in sectors for _, _, sectors in bearers):
        return None
    return registry.get(next(iter(states)))


def surname_states(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` with a titled, unresolved surname given the state all its registered bearers share (and
    the pronouns resolved to it too); a mention with a state of its own is left as it is.

    >>> import spacy
    >>> from stancegraph.model import Role
    >>> from stancegraph.rules.actors import mint_actor
    >>> usa = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")
    >>> registry = ActorRegistry.from_records([usa, Actor(id="george-bush", label="George Bush", kind=ActorKind.PERSON)], [],
    ...     [Role(person="george-bush", organisation="USA", title="President", sector="GOV", start=dt.date(1989, 1, 20))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["President", "Bush", "spoke"], heads=[1, 2, 2],
    ...           deps=["compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"], ents=["O", "B-PERSON", "O"])
    >>> [m] = surname_states(doc, [ActorMention(1, 2, 1, (mint_actor("Bush", "PERSON"),), "minted")], registry)
    >>> m.actors[0].id, m.state_hint.id
    ('x-bush', 'USA')
    """
    hinted: dict[tuple[int, int], Actor] = {}
    out = []
    index = doc_index(doc)
    for m in mentions:
        actor = m.actors[0] if len(m.actors) == 1 else None
        if (actor is None or actor.kind is not ActorKind.PERSON or actor.registered or m.how != "minted"
                or m.state_hint is not None):
            out.append(m)
            continue  # (the cheap tests first: most mentions are no minted person)
        words = [index.text[i] for i in range(m.start, m.end) if index.ent_type[i] == "PERSON"]
        if len(words) == 1 and len(words[0]) >= _MIN_SURNAME:
            sector = title_sector(doc, m.start, m.end)
            state = _surname_state(registry, words[0], sector) if sector is not None else None
            if state is not None:
                m = replace(m, state_hint=state)
                hinted[(m.start, m.end)] = state
        out.append(m)
    return [replace(m, state_hint=hinted[m.antecedent]) if m.state_hint is None and m.antecedent in hinted else m
            for m in out]


def sector_out_of_post(registry: ActorRegistry, person_id: str, day: dt.date | None) -> str | None:
    """ELI for a registered person after the end of their last post ("former President Menem"), else None.
    An imported person (Phoenix) is ELI only within the dictionaries' horizon (2016), and not if a post was
    still open there: what they did after it the dictionaries do not say.

    >>> from stancegraph.model import Role
    >>> usa = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")
    >>> registry = ActorRegistry.from_records([usa, Actor(id="george-bush", label="George Bush", kind=ActorKind.PERSON)], [],
    ...     [Role(person="george-bush", organisation="USA", title="President", sector="GOV",
    ...           start=dt.date(1989, 1, 20), end=dt.date(1993, 1, 20))])
    >>> [sector_out_of_post(registry, "george-bush", dt.date(y, 1, 1)) for y in (1980, 1990, 2000)]
    [None, None, 'ELI']
    """
    roles = registry.roles(person_id)
    if day is None or not roles or registry.post_of(person_id, day) is not None:
        return None
    ends = [r.end for r in roles]
    if person_id in registry.imported and (day > HORIZON or HORIZON in ends):
        return None  # past the dictionaries' horizon an imported person's posts are unknown (Golikova in 2022)
    return "ELI" if all(end is not None and end < day for end in ends) else None
