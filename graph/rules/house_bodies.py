"""The publisher's own body: "the Security Council" in a Kremlin release is Russia's Security Council.

A presidency's press service names its state's bodies bare ("Vladimir Putin held a briefing session with
permanent members of the Security Council") and foreign or international ones with their owner ("the UN
Security Council"). So in a release of a publisher that speaks for a state (:func:`stancegraph.rules.publisher.
publisher_state`), a bare body name the registry reads as an international organisation's organ is the
publisher state's own body when the registry knows one by that name ("Security Council of Russia"), unless its
sentence names the organisation or another state ("the Security Council's endorsement ... a German": the UN's).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import ActorKind, Document
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.phrase_state import of_igo
from stancegraph.rules.publisher import publisher_state
from stancegraph.rules.doc_index import doc_index, sentence_at

__all__ = ["house_bodies"]


def house_bodies(doc: Doc, mentions: list[ActorMention], document: Document,
                 registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` with each bare organ of an international organisation read as the publisher state's own body
    of that name, where the registry has one and the sentence names neither the organisation nor another state.

    >>> import spacy
    >>> from stancegraph.model import Actor
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="UN", label="United Nations", kind=ActorKind.IGO),
    ...      Actor(id="unsc", label="UN Security Council", kind=ActorKind.ORGAN, part_of="UN"),
    ...      Actor(id="rsc", label="Security Council of Russia", kind=ActorKind.ORGAN, part_of="RUS")],
    ...     [("Russia", "RUS", "name"), ("Security Council", "unsc", "alias"), ("Security Council of Russia", "rsc", "name")], [])
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Putin met the Security Council .")
    >>> m = ActorMention(3, 5, 4, (registry.get("unsc"),), "alias")
    >>> kremlin = Document(id="d", text=doc.text, source="en.kremlin.ru")
    >>> [x.actors[0].id for x in house_bodies(doc, [m], kremlin, registry)]
    ['rsc']
    >>> [x.actors[0].id for x in house_bodies(doc, [m], Document(id="d", text=doc.text), registry)]
    ['unsc']
    """
    state = publisher_state(document, registry)
    if state is None:
        return mentions
    out = []
    for m in mentions:
        actor = m.actors[0]
        if len(m.actors) == 1 and m.how == "alias" and actor.kind is ActorKind.ORGAN and of_igo(actor, registry):
            text = doc_index(doc).span_text(m.start, m.end).removeprefix("the ").removeprefix("The ")
            own = next((a for a, _ in registry.lookup(f"{text} of {state.label}") if a.part_of == state.id), None)
            sent = sentence_at(doc, m.head)
            others = {a.id for n in mentions if sent.start <= n.head < sent.end and n is not m for a in n.actors
                      if a.kind in (ActorKind.STATE, ActorKind.IGO) and a.id != state.id}
            if own is not None and not others:
                m = replace(m, actors=(own,))
        out.append(m)
    return out
