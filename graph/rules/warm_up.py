"""Look-up indexes built before the first document (pure data loading): the GeoNames places, the head nouns of
organisations' names, the registry's posts, its persons by surname, its organs by state, and dateparser's English
locale are built on first use and kept for the process; building them when the pipeline is made
(:func:`stancegraph.nlp.pipeline.make_nlp`, as the verb patterns are compiled) makes them part of loading the
pipeline, not of reading the first document."""
from __future__ import annotations

import datetime as dt

from stancegraph.kb.body_nouns import body_nouns
from stancegraph.kb.places import countries_of_place
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import ActorKind
from stancegraph.read.dates import resolve_date
from stancegraph.rules.organs import organ_index
from stancegraph.rules.out_of_post import surname_bearers
from stancegraph.rules.publisher import post_holder
from stancegraph.rules.titled_surnames import name_bearers

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
    name_bearers(registry)
    organ_index(registry)
    surname_bearers(registry)
    resolve_date("three days ago", dt.date(2022, 1, 10))  # (imports dateparser and compiles its English locale)
