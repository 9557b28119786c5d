"""A person's state named beside one mention holds for the others in the same text (pure): "Deputy Head of the Office
... met with Ambassador of Japan Kuninori Matsuda ... Kuninori Matsuda supported these proposals": Matsuda speaks
for Japan in the later sentence too, so Japan is his own side there, not a target of his support."""
from __future__ import annotations

from dataclasses import replace

from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention

__all__ = ["spread_state_hints"]


def spread_state_hints(mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with every mention of a person that has no state hint given the one state the person's hinted
    mentions agree on (none when they name two).

    >>> matsuda = Actor(id="x-kuninori-matsuda", label="Kuninori Matsuda", kind=ActorKind.PERSON, registered=False)
    >>> japan = Actor(id="JPN", label="Japan", kind=ActorKind.STATE, iso3="JPN")
    >>> first, later = ActorMention(3, 5, 4, (matsuda,), "minted", state_hint=japan), ActorMention(20, 22, 21, (matsuda,), "minted")
    >>> [m.state_hint.id for m in spread_state_hints([first, later])]
    ['JPN', 'JPN']
    """
    states: dict[str, Actor | None] = {}
    for m in mentions:
        if m.state_hint is not None and len(m.actors) == 1 and m.actors[0].kind is ActorKind.PERSON:
            known = states.setdefault(m.actors[0].id, m.state_hint)
            if known is not None and known.id != m.state_hint.id:
                states[m.actors[0].id] = None  # two states named for one person: none is sure
    if not states:
        return mentions
    return [replace(m, state_hint=states[m.actors[0].id]) if m.state_hint is None and len(m.actors) == 1
            and states.get(m.actors[0].id) is not None else m for m in mentions]
