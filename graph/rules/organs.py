"""A state's organs named in any of their common word orders: "the Ministry of Foreign Affairs of Russia",
"the Foreign Ministry of Russia", "Russia's foreign ministry", "the Russian Emergencies Ministry".

The phrase is an organ noun ("ministry", "government") with only portfolio words ("foreign affairs",
"emergencies") and one state (a name, a demonym or a possessive) around it. It is the registry's organ of
that state with the same words in any order; else, for a government or cabinet, the state itself; else an
organ of that state the registry does not know (minted, part of the state). Never another state's organ.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import agent_sector
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.doc_index import children_of, select_any

__all__ = ["organ_key", "organ_mentions", "organ_index"]

_STOP = frozenset({"the", "of", "for", "and", "'s", "’s", "affairs", "'", "’"})
_SPELLING = {"defense": "defence", "labor": "labour", "organization": "organisation", "ministries": "ministry"}
_STATE_BODIES = frozenset({"government", "cabinet", "administration", "authorities", "ministers"})


def organ_key(words: list[str]) -> frozenset[str]:
    """The words that tell one organ of a state from another, in any order and spelling.

    >>> sorted(organ_key("Ministry of Foreign Affairs".split())) == sorted(organ_key(["foreign", "ministry"]))
    True
    >>> sorted(organ_key("Ministry of Defense".split()))
    ['defence', 'ministry']
    """
    out = set()
    for w in words:
        w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower().strip(".")
        w = re.sub(r"'s$", "", w)
        if w and w not in _STOP:
            out.add(_SPELLING.get(w, w))
    return frozenset(out)


@functools.lru_cache(maxsize=4)  # one index per registry, like the other per-registry look-ups
def organ_index(registry: ActorRegistry) -> dict[tuple[str, frozenset[str]], Actor]:
    """(state id, organ key) -> the registry's organ, from every name of every organ of a state."""
    forms = registry.surface_forms()
    state_words: dict[str, set[str]] = {}
    for surface, actor_id, how in forms:
        actor = registry.get(actor_id)
        if actor is not None and actor.kind is ActorKind.STATE and how in ("name", "alias", "demonym"):
            state_words.setdefault(actor_id, set()).update(organ_key(surface.replace("'s", " ").split()))
    index: dict[tuple[str, frozenset[str]], Actor] = {}
    for surface, actor_id, _ in sorted(forms, key=lambda f: (f[1], f[0])):
        actor = registry.get(actor_id)
        if actor is None or actor.kind is not ActorKind.ORGAN or not actor.part_of or actor.part_of not in state_words:
            continue
        key = organ_key(surface.replace("’s", " ").replace("'s", " ").split()) - state_words[actor.part_of]
        if key:
            index.setdefault((actor.part_of, frozenset(key)), actor)
    return index


def _phrase(tok: Token) -> list[Token]:
    """The organ noun with its modifiers before it and its "of" phrases after it."""
    out = [tok]
    for c in children_of(tok):
        if c.i < tok.i and c.dep_ in ("compound", "amod", "poss", "nmod", "det", "case"):
            out.extend(c.subtree)
        elif c.i > tok.i and c.dep_ == "prep" and c.lower_ == "of":
            out.append(c)
            for g in children_of(c):
                if g.dep_ == "pobj":
                    out.extend(_phrase(g) if g.pos_ in ("NOUN", "PROPN") else [g])
    return sorted(set(out), key=lambda t: t.i)


def organ_mentions(doc: Doc, mentions: list, registry: ActorRegistry) -> list:
    """``mentions`` with each organ phrase of a state made one mention of the organ (see the module's
    docstring); the state's own mention inside the phrase is dropped.

    Examples
    --------
    >>> import spacy
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    >>> mfa = Actor(id="russian-foreign-ministry", label="Russian Foreign Ministry", kind=ActorKind.ORGAN, part_of="RUS")
    >>> registry = ActorRegistry.from_records([russia, mfa], [("Russia", "RUS", "name"), ("Russian", "RUS", "demonym"),
    ...     ("Russian Foreign Ministry", "russian-foreign-ministry", "name")], [])
    >>> words = ["the", "Ministry", "of", "Foreign", "Affairs", "of", "Russia", "protested"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 7, 1, 4, 2, 1, 5, 7],
    ...           deps=["det", "nsubj", "prep", "compound", "pobj", "prep", "pobj", "ROOT"],
    ...           pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "VERB"])
    >>> [(doc[m.start:m.end].text, m.actors[0].id) for m in organ_mentions(doc, [ActorMention(6, 7, 6, (russia,), "name")], registry)]
    [('the Ministry of Foreign Affairs of Russia', 'russian-foreign-ministry')]
    """
    heads = lexicon().construction_words.get("organ_heads", frozenset())
    allowed = heads | lexicon().construction_words.get("portfolio_words", frozenset()) | _STATE_BODIES
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out, dropped = [], set()
    for tok in select_any(doc, lower=heads, lemma=heads):
        if tok.lower_ not in heads and tok.lemma_.lower() not in heads or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        own = by_token.get(tok.i)
        if own is not None and (own.how != "minted" or len(own.actors) != 1):
            continue  # a registered organ already ("the Russian Foreign Ministry")
        found = _organ_of(tok, by_token, allowed, registry)
        if found is None:
            continue
        start, end, actor, state = found
        inside = {id(m) for i in range(start, end) if (m := by_token.get(i)) is not None}
        if any(m.start < start or m.end > end for m in mentions if id(m) in inside):
            continue  # a name reaching beyond the phrase
        dropped |= inside
        how = "name" if actor.registered or actor.kind is ActorKind.STATE else "minted"
        out.append(ActorMention(start, end, tok.i, (actor,), how, False, state_hint=state))
    return sorted([m for m in mentions if id(m) not in dropped] + out, key=lambda m: (m.start, m.end))


def _organ_of(tok: Token, by_token: dict, allowed: frozenset[str], registry: ActorRegistry):
    """(start, end, organ, state) of the organ phrase headed by ``tok``, or None."""
    phrase = _phrase(tok)
    states = {by_token[t.i].actors[0].id: by_token[t.i] for t in phrase if t.i in by_token
              and len(by_token[t.i].actors) == 1 and by_token[t.i].actors[0].kind is ActorKind.STATE}
    if len(states) != 1:
        return None
    state_m = next(iter(states.values()))
    words = [t for t in phrase if t.i not in range(state_m.start, state_m.end)
             and t.dep_ not in ("det", "case", "prep", "punct") and t.lower_ not in ("'s", "’s")]
    if any(t.i in by_token and by_token[t.i] is not state_m and by_token[t.i].how != "minted" for t in words):
        return None
    key = organ_key([t.text for t in words])
    if not key or not key <= allowed:
        return None  # "Russia's support for the ministry": not an organ's name
    state = state_m.actors[0]
    organ = organ_index(registry).get((state.id, key))
    if organ is None and key <= _STATE_BODIES:
        organ = state  # "the Government of Russia": the state
    if organ is None:
        label = " ".join(t.text if t.text[:1].isupper() else t.text.capitalize() for t in words)
        slug = "-".join(sorted(key))
        # its sector from its head noun, as for "Egyptian police" (stancegraph.rules.sectors): parliament -> LEG
        sector = agent_sector(" ".join(t.lower_ for t in words)) or agent_sector(tok.lemma_.lower())
        organ = Actor(id=f"x-{state.id.lower()}-{slug}", label=f"{label} ({state.label})", kind=ActorKind.ORGAN,
                      part_of=state.id, registered=False, sector=sector)
    return phrase[0].i, max(t.i for t in phrase) + 1, organ, state
