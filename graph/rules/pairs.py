"""Pairs named by modifiers of an event noun (pure): "the Russia-Ukraine war", "Russian and Ukrainian talks" name
two sides of one act; a list run into a noun ("Syria, Ukraine... Massacres") names none; and bodies named together
("at our CSTO, CIS and SCO meetings") hold each their own meetings: bodies pair only by a dash ("NATO-EU talks")."""
from __future__ import annotations

from spacy.tokens import Doc

from stancegraph.model import ActorKind
from stancegraph.rules.actors import ActorMention

__all__ = ["joined_pair"]

_DASHES = frozenset({"-", "–", "—", "/"})
_BODIES = (ActorKind.IGO, ActorKind.BLOC, ActorKind.ORGAN)


def joined_pair(found: list[ActorMention], doc: Doc) -> bool:
    """The mentions ``found`` (modifiers of one noun, two or more) are actors of one kind joined by a dash, a slash or
    "and" (bodies by a dash or slash only), with nothing else between them.

    >>> import spacy
    >>> from stancegraph.model import Actor
    >>> doc = spacy.blank("en")("CIS and SCO meetings , Russian and Ukrainian talks")
    >>> cis, sco = (Actor(id=i, label=i, kind=ActorKind.IGO) for i in ("CIS", "SCO"))
    >>> rus, ukr = (Actor(id=i, label=i, kind=ActorKind.STATE) for i in ("RUS", "UKR"))
    >>> joined_pair([ActorMention(0, 1, 0, (cis,), "name"), ActorMention(2, 3, 2, (sco,), "name")], doc)
    False
    >>> joined_pair([ActorMention(5, 6, 5, (rus,), "demonym"), ActorMention(7, 8, 7, (ukr,), "demonym")], doc)
    True
    """
    kind = found[0].actors[0].kind
    joins = _DASHES if kind in _BODIES else _DASHES | {"and", "&"}
    spans = sorted((m.start, m.end) for m in found)
    return all(m.actors[0].kind is kind for m in found) and all(
        all(t.text in joins for t in doc[a_end:b_start]) for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
