"""A toy world for the examples in the rules' docstrings: three states (Russia, Ukraine, Turkey) and a parse
context built from a hand-written parse listing, so an example shows one rule without loading a model.

>>> ctx = toy_context(["Russia", "attacked", "Ukraine"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"],
...                   ["Russia", "attack", "Ukraine"], ["B-GPE", "O", "B-GPE"])
>>> [m.actors[0].id for m in ctx.index.mentions]
['RUS', 'UKR']
"""
from __future__ import annotations

import functools

import spacy
from spacy.tokens import Doc

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind, Document
from stancegraph.rules.context import Context
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.mention_index import MentionIndex

__all__ = ["toy_registry", "toy_context"]


@functools.lru_cache(maxsize=1)
def toy_registry() -> ActorRegistry:
    """Russia (with the demonym "Russians"), Ukraine and Turkey."""
    states = [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
              Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)]
    names = [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")]
    return ActorRegistry.from_records(states, names, [])


def toy_context(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
                ents: list[str]) -> Context:
    """The extraction context of one sentence given as a parse listing, with the toy registry's mentions."""
    registry = toy_registry()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
                   index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
