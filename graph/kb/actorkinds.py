"""Actor kinds and their ontology classes, read from ontology/stancegraph.ttl (one map for every module).

Each actor class of the ontology carries its kind token as ``skos:notation`` (``sg:State skos:notation
"state"``): the value of :class:`stancegraph.model.ActorKind`, of the JSONL/CSV ``kind`` field and of the
``kind`` node attribute of the networkx views. RDF writers ask for the class of a kind, readers for the
kind of a class.

Examples
--------
>>> from stancegraph.model import ActorKind
>>> str(class_of(ActorKind.STATE))
'https://w3id.org/stancegraph/ontology#State'
>>> kind_of("https://w3id.org/stancegraph/ontology#Person")
<ActorKind.PERSON: 'person'>
>>> [k.value for k in actor_classes()]
['state', 'igo', 'bloc', 'organ', 'person', 'group']
"""
from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Mapping

import pyoxigraph as ox
from rdflib import URIRef

from stancegraph.errors import InputError
from stancegraph.kb.resources import ontology_text
from stancegraph.kb.vocab import SG
from stancegraph.model import ActorKind

__all__ = ["actor_classes", "class_of", "kind_of"]

_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?class ?kind WHERE { ?class rdfs:subClassOf <%s> ; skos:notation ?kind }
""" % SG.Actor


@functools.cache
def actor_classes() -> Mapping[ActorKind, URIRef]:
    """Every actor kind -> its ontology class, in the order of :class:`ActorKind` (read once)."""
    store = ox.Store()
    store.load(ontology_text("stancegraph.ttl").encode("utf-8"), ox.RdfFormat.TURTLE)
    found = {row["kind"].value: URIRef(row["class"].value) for row in store.query(_QUERY)}
    missing = [k.value for k in ActorKind if k.value not in found]
    if missing:  # a packaging or editing error of the ontology, not of the user's input
        raise InputError(f"ontology/stancegraph.ttl gives no actor class with skos:notation {missing}; "
                         "reinstall stancegraph or restore the notation")
    return MappingProxyType({kind: found[kind.value] for kind in ActorKind})


def class_of(kind: ActorKind) -> URIRef:
    """The ontology class of an actor kind."""
    return actor_classes()[kind]


@functools.cache
def _kinds_by_class() -> dict[str, ActorKind]:
    return {str(cls): kind for kind, cls in actor_classes().items()}


def kind_of(cls: str) -> ActorKind | None:
    """The actor kind of an ontology class IRI (a plain string or URIRef), or None for another class."""
    return _kinds_by_class().get(str(cls))
