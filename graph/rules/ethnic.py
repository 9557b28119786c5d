"""Ethnic groups named by a demonym ("ethnic Albanians", "ethnic Turks"): a people, not the state of that name.

"Serb forces killed three ethnic Albanians in southeastern Serbia" is no act against Albania. The mention
becomes a group of its own ("ethnic Albanians"); like other unregistered groups it is then coded to the
state the sentence places it in (:func:`stancegraph.rules.actors.named_mentions`), as country-level event
coding does; when the sentence names no place, to the state of the people's name ("Kosovo police arrested
ethnic Serbs near the border": Serbs).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.model import Actor, ActorKind

__all__ = ["ethnic_groups"]

_ETHNIC = frozenset({"ethnic"})


def ethnic_groups(doc: Doc, mentions: list) -> list:
    """``mentions`` (:class:`~stancegraph.rules.actors.ActorMention`) with each demonym modified by "ethnic" made an unregistered group of that people.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.actors import ActorMention
    >>> albania = Actor(id="ALB", label="Albania", kind=ActorKind.STATE, iso3="ALB")
    >>> doc = Doc(spacy.blank("en").vocab, words=["three", "ethnic", "Albanians"], heads=[2, 2, 2],
    ...           deps=["nummod", "amod", "ROOT"], pos=["NUM", "ADJ", "PROPN"])
    >>> [m] = ethnic_groups(doc, [ActorMention(2, 3, 2, (albania,), "demonym")])
    >>> m.actors[0].label, m.actors[0].kind.value, m.actors[0].registered, doc[m.start:m.end].text, m.state_hint.id
    ('ethnic Albanians', 'group', False, 'ethnic Albanians', 'ALB')
    """
    out = []
    for m in mentions:
        tok = doc[m.head]
        ethnic = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in _ETHNIC]
        if m.how != "demonym" or len(m.actors) != 1 or m.actors[0].kind is not ActorKind.STATE or not ethnic:
            out.append(m)
            continue
        people = doc[m.start:m.end].text
        actor = Actor(id=f"x-ethnic-{people.lower().replace(' ', '-')}", label=f"ethnic {people}",
                      kind=ActorKind.GROUP, registered=False)
        out.append(replace(m, start=min(m.start, ethnic[0].i), actors=(actor,), how="group", state_hint=m.actors[0]))
    return out
