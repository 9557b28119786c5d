"""Verb forms the cue lexicon does not list but knows the base of: "reimposed blockades" is "imposed blockades"
again (pure).

Only the lexicon's light verbs are unprefixed: their object decides the event ("reimposed the blockade",
"relaunched talks", "reestablished diplomatic relations"), so the prefix cannot change its type. A free
"re-" before any known verb would be wrong: "recommend" is no "commend", "repress" no "press", "revisit"
no "visit".
"""
from __future__ import annotations

__all__ = ["unprefixed"]

_MIN_BASE = 5  # "reopen", "reset": a short base is too often another word ("resign", "remove")


def unprefixed(lemma: str, light_verbs: frozenset[str]) -> str | None:
    """The light verb ``lemma`` repeats ("reimpose" -> "impose"), or None.

    >>> light = frozenset({"impose", "launch", "establish", "sign"})
    >>> unprefixed("reimpose", light), unprefixed("re-launch", light), unprefixed("reestablish", light)
    ('impose', 'launch', 'establish')
    >>> unprefixed("resign", light) is None, unprefixed("impose", light) is None
    (True, True)
    """
    if not lemma.startswith("re"):
        return None
    base = lemma[3:] if lemma.startswith("re-") else lemma[2:]
    return base if len(base) >= _MIN_BASE and base in light_verbs else None
