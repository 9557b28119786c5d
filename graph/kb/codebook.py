"""The code book of event types (PLOVER + APPEAL), read from ontology/codebook.ttl."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from stancegraph.errors import InputError

__all__ = ["EventType", "QUAD_CLASSES", "load_codebook", "event_type"]

QUAD_CLASSES: tuple[str, ...] = ("verbal-coop", "material-coop", "verbal-conflict", "material-conflict")
"""The four quad classes, in CAMEO/GDELT order."""


@dataclass(frozen=True)
class EventType:
    """One code-book concept, e.g. ``DEMAND`` (CAMEO root ``"10"``, verbal-conflict, weight -5.0)."""

    name: str  # IRI local name = skos:prefLabel: "DEMAND"
    label: str  # skos:prefLabel
    definition: str  # skos:definition
    cameo: tuple[str, ...]  # CAMEO root codes, sorted: ("18", "20"); () for CRIME
    quad: str  # one of QUAD_CLASSES
    weight: float  # Goldstein weight, -10 .. +10

    @property
    def iri(self) -> str:
        """The concept IRI, e.g. ``https://w3id.org/stancegraph/codebook/DEMAND``."""
        from stancegraph.kb.vocab import CODEBOOK

        return str(CODEBOOK[self.name])


@lru_cache(maxsize=1)
def load_codebook() -> dict[str, EventType]:
    """Parse ontology/codebook.ttl into ``{name: EventType}``, sorted by name.

    >>> book = load_codebook()
    >>> book["DEMAND"].cameo, book["DEMAND"].quad, book["DEMAND"].weight
    (('10',), 'verbal-conflict', -5.0)
    >>> len(book)
    20
    """
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    from stancegraph.kb.resources import ontology_text
    from stancegraph.kb.vocab import CODEBOOK, SG

    graph = Graph()
    graph.parse(data=ontology_text("codebook.ttl"), format="turtle")
    prefix = str(CODEBOOK)
    book: dict[str, EventType] = {}
    for concept in graph.subjects(RDF.type, SG.EventType):
        iri = str(concept)
        if not iri.startswith(prefix):
            continue
        name = iri[len(prefix):]
        book[name] = EventType(
            name=name,
            label=str(graph.value(concept, SKOS.prefLabel)),
            definition=str(graph.value(concept, SKOS.definition)),
            cameo=tuple(sorted(str(c) for c in graph.objects(concept, SG.cameoRoot))),
            quad=str(graph.value(concept, SG.quadClass)),
            weight=float(graph.value(concept, SG.weight).toPython()),
        )
    return dict(sorted(book.items()))


def event_type(name: str) -> EventType:
    """Return the code-book entry ``name`` (case-insensitive: ``"demand"`` works too).

    Raises
    ------
    InputError
        If ``name`` is not in the code book; the message lists the valid names.

    >>> event_type("threaten").weight
    -6.0
    """
    book = load_codebook()
    key = name.strip().upper() if isinstance(name, str) else name
    try:
        return book[key]
    except (KeyError, TypeError):
        raise InputError(f"unknown event type {name!r}; valid names: {', '.join(book)}") from None
