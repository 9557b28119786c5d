"""Names of regions that end in a state's name or demonym: "Latin America", "South American", "Pan-American".

The actor ruler marks "America" and "American" as the United States wherever they stand, so "the leading
parties of many European, Asian, African and Latin American countries" named the US, and "Russia's ties with
Latin America" were ties with Washington. A continent or region is no state: a name or demonym of a state
right after a region word of its own ("Latin", "South", "North", "Central": the lexicon's ``region_words``)
or joined to a region prefix by a hyphen ("Pan-", "Inter-": ``region_prefixes``) names the region, unless
the longer name is itself a registry name ("South Africa", "North Korea" stay states).

>>> import spacy
>>> from spacy.tokens import Doc
>>> from stancegraph.model import Actor, ActorKind
>>> from stancegraph.rules.actors import ActorMention
>>> usa = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")
>>> registry = ActorRegistry.from_records([usa], [("America", "USA", "alias"), ("American", "USA", "demonym")], [])
>>> doc = Doc(spacy.blank("en").vocab, words=["Latin", "American", "countries", "and", "American", "troops"])
>>> [region_named(doc, ActorMention(i, i + 1, i, (usa,), "demonym"), registry) for i in (1, 4)]
[True, False]
"""
from __future__ import annotations

from spacy.tokens import Doc

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import ActorKind
from stancegraph.rules.doc_index import doc_index

__all__ = ["region_named"]


def region_named(doc: Doc, mention, registry: ActorRegistry) -> bool:
    """``mention`` (:class:`~stancegraph.rules.actors.ActorMention`) names a state by the end of a region's name:
    "Latin | America", "South | American", "Pan- | American", and the words before it with it are no registry name."""
    start, end = mention.start, mention.end
    words = lexicon().construction_words
    if start == 0 or len(mention.actors) != 1 or mention.actors[0].kind is not ActorKind.STATE:
        return False
    text = doc_index(doc).span_text(start, end)  # (doc[start:end].text, without making its tokens)
    before = doc[start - 1]
    if before.text == "-" and start >= 2 and not doc[start - 2].whitespace_:  # "Pan-American": prefix, dash, name
        prefix = doc[start - 2]
        return prefix.lower_ in words["region_prefixes"] and not registry.lookup(doc[start - 2:end].text)
    if before.text.endswith("-") and len(before.text) > 1:  # "Inter-" as one token
        return before.lower_.rstrip("-") in words["region_prefixes"] and not registry.lookup(before.text + text)
    if before.whitespace_ and before.is_title and before.lower_ in words["region_words"]:
        return not registry.lookup(f"{before.text} {text}")
    return False
