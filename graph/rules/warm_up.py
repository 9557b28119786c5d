"""Look-up indexes built before the first document (pure data loading): the GeoNames places, the head nouns of
organisations' names and the registry's posts are built on first use and kept for the process; building them
when the pipeline is made (:func:`stancegraph.nlp.pipeline.make_nlp`, as the verb patterns are compiled) makes
them part of loading the pipeline, not of reading the first document."""
from __future__ import annotations

from stancegraph.kb.body_nouns import body_nouns
from stancegraph.kb.places import countries_of_place
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import ActorKind
from stancegraph.rules.publisher import post_holder

__all__ = ["warm_up"]


def warm_up(registry: ActorRegistry) -> None:
    """Build the indexes the rules read on first use.

    >>> warm_up(ActorRegistry.load())
    """
    countries_of_place("Kyiv")
    body_nouns()
    state = next((a for a in registry.actors.values() if a.kind is ActorKind.STATE), None)
    if state is not None:
        post_holder(state, "president", None, registry)
