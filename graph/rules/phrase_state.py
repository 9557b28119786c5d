"""The state a body's own phrase names: "the US Congress", "the Ukrainian parliament", "Russia's Security Council".

A generic body ("Congress", "Parliament", "Security Council") is read by the states its sentence names; the
state written inside its own phrase outranks them: "a delegation of the US Congress" in a Ukrainian release
is the United States' Congress, never "congress (Ukraine)", and "the Russian Federation Security Council" is
Russia's, not the UN's. :func:`phrase_state` finds that state, :func:`state_body` the state's own body.
"""
from __future__ import annotations

from spacy.tokens import Span

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.doc_index import children_of

__all__ = ["phrase_state", "of_igo", "state_body"]

_MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod")


def _state_of_token(tok, registry: ActorRegistry) -> Actor | None:
    if not tok.ent_id_ or tok.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    actor = registry.get(tok.ent_id_.split("#", 1)[0])
    return actor if actor is not None and actor.kind is ActorKind.STATE else None


def phrase_state(ent: Span, registry: ActorRegistry) -> Actor | None:
    """The state named by a modifier of the entity's head or by the words right before it, else None.

    >>> import spacy
    >>> from stancegraph.model import Actor, ActorKind
    >>> reg = ActorRegistry.from_records([Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")],
    ...                                  [("US", "USA", "alias")], [])
    >>> doc = spacy.blank("en")("a delegation of the US Congress")
    >>> doc.ents = [doc.char_span(20, 22, label="GPE", span_id="USA#alias"), doc.char_span(23, 31, label="ORG")]
    >>> phrase_state(doc.ents[1], reg).id
    'USA'
    >>> phrase_state(doc[1:2], reg) is None
    True
    """
    doc = ent.doc
    candidates = [c for c in children_of(ent.root) if c.dep_ in _MODIFIERS and c.i < ent.start]
    i = ent.start - 1
    while i >= 0 and doc[i].ent_type_ in ("GPE", "NORP") and doc[i].ent_id_:
        candidates.append(doc[i])
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS" and i > 0:  # "Russia's Security Council"
        candidates.append(doc[i - 1])
    for tok in candidates:
        state = _state_of_token(tok, registry)
        if state is not None:
            return state
    return None


def of_igo(actor: Actor, registry: ActorRegistry) -> bool:
    """The organ belongs to an international organisation ("Security Council" of the UN)."""
    owner = registry.get(actor.part_of) if actor.part_of else None
    return owner is not None and owner.kind is ActorKind.IGO


def state_body(name: str, state: Actor, registry: ActorRegistry) -> Actor:
    """The body ``name`` of ``state``: the registry's ("Security Council of Russia"), else minted ("congress (Brazil)").

    >>> from stancegraph.model import Actor, ActorKind
    >>> brazil = Actor(id="BRA", label="Brazil", kind=ActorKind.STATE, iso3="BRA")
    >>> reg = ActorRegistry.from_records([brazil], [("Brazil", "BRA", "name")], [])
    >>> state_body("the Congress", brazil, reg).label
    'congress (Brazil)'
    """
    name = name.removeprefix("the ").removeprefix("The ")
    for known, _how in registry.lookup(f"{name} of {state.label}"):
        if known.part_of == state.id:
            return known
    noun = name.lower()
    return Actor(id=f"x-{state.id.lower()}-{noun.replace(' ', '-')}", label=f"{noun} ({state.label})",
                 kind=ActorKind.GROUP, registered=False)
