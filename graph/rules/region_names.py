"""Names of regions that end in a state's name or demonym: "Latin America", "South American", "Pan-American".

The actor ruler marks "America" and "American" as the United States wherever they stand, so "the leading
parties of many European, Asian, African and Latin American countries" named the US, and "Russia's ties with
Latin America" were ties with Washington. A continent or region is no state: a name or demonym of a state
right after a region word of its own ("Latin", "South", "North", "Central": the lexicon's ``region_words``)
or joined to a region prefix by a hyphen ("Pan-", "Inter-": ``region_prefixes``) names the region, unless
the longer name is itself a registry name ("South Africa", "North Korea" stay states).

>>> import spacy
>>> from spacy.tokens import Doc, Span
>>> from stancegraph.model import Actor, ActorKind
>>> usa = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")
>>> registry = ActorRegistry.from_records([usa], [("America", "USA", "alias"), ("American", "USA", "demonym")], [])
>>> doc = Doc(spacy.blank("en").vocab, words=["Latin", "American", "countries", "and", "American", "troops"])
>>> region_named(Span(doc, 1, 2, label="NORP"), registry), region_named(Span(doc, 4, 5, label="NORP"), registry)
(True, False)
"""
from __future__ import annotations

from spacy.tokens import Span

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry

__all__ = ["region_named"]


def region_named(ent: Span, registry: ActorRegistry) -> bool:
    """``ent`` (a state's name or demonym) is the end of a region's name: "Latin | America", "South | American",
    "Pan- | American", and the words before it with it are no registry name."""
    doc, start = ent.doc, ent.start
    words = lexicon().construction_words
    if start == 0:
        return False
    before = doc[start - 1]
    if before.text == "-" and start >= 2 and not doc[start - 2].whitespace_:  # "Pan-American": prefix, dash, name
        prefix = doc[start - 2]
        return prefix.lower_ in words["region_prefixes"] and not registry.lookup(doc[start - 2:ent.end].text)
    if before.text.endswith("-") and len(before.text) > 1:  # "Inter-" as one token
        return before.lower_.rstrip("-") in words["region_prefixes"] and not registry.lookup(before.text + ent.text)
    if before.whitespace_ and before.is_title and before.lower_ in words["region_words"]:
        return not registry.lookup(f"{before.text} {ent.text}")
    return False
