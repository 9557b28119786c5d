"""The code book of event types (PLOVER + APPEAL), read from ontology/codebook.ttl."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from stancegraph.errors import InputError

__all__ = ["EventType", "QUAD_CLASSES", "load_codebook", "event_type", "types_with", "negated_types"]

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
    takes_content: bool = False  # sg:takesContent: "demanded that NATO withdraw" (no withdrawal happened)
    symmetric: bool = False  # sg:symmetric: "Russia and NATO met" is mutual
    self_targeting: bool = False  # sg:selfTargeting: "Russia mobilized" needs no target
    negated_as: str | None = None  # sg:negatedAs: "did not agree" is a REJECT

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
            takes_content=_flag(graph, concept, SG.takesContent),
            symmetric=_flag(graph, concept, SG.symmetric),
            self_targeting=_flag(graph, concept, SG.selfTargeting),
            negated_as=_local_name(graph.value(concept, SG.negatedAs), prefix),
        )
    return dict(sorted(book.items()))


def _flag(graph, concept, predicate) -> bool:
    value = graph.value(concept, predicate)
    return bool(value.toPython()) if value is not None else False


def _local_name(iri, prefix: str) -> str | None:
    return str(iri)[len(prefix):] if iri is not None else None


def types_with(flag: str) -> frozenset[str]:
    """Names of the event types whose boolean property ``flag`` (an :class:`EventType` field) is true.

    >>> sorted(types_with("symmetric"))
    ['AGREE', 'CONSULT', 'COOPERATE', 'FIGHT']
    """
    return _types_with(flag)


@lru_cache(maxsize=None)
def _types_with(flag: str) -> frozenset[str]:
    return frozenset(name for name, t in load_codebook().items() if getattr(t, flag))


@lru_cache(maxsize=1)
def negated_types() -> dict[str, str]:
    """``{type: type of its negation}``: a negated AGREE, SUPPORT or CONCEDE is a REJECT.

    >>> negated_types()
    {'AGREE': 'REJECT', 'CONCEDE': 'REJECT', 'SUPPORT': 'REJECT'}
    """
    return {name: t.negated_as for name, t in load_codebook().items() if t.negated_as}


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
