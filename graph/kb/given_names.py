"""Given names: the first words of the registry's persons' names ("Dmitry", "Ihor"), to tell a person's name from
the word of an organisation's name run into it ("Company Uralchem | Dmitry Mazepin").

Examples
--------
>>> "dmitry" in given_names(), "uralchem" in given_names()
(True, False)
"""
from __future__ import annotations

import functools
from collections import Counter

from stancegraph.kb.names import plain_word
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import ActorKind

__all__ = ["given_names", "surname_after_given"]

#: A first word counts as a given name when at least this many registered persons' names start with it (one is
#: noise: an organisation's name the import read as a person's).
MIN_PERSONS = 2


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of the packaged registry's persons (lower case, :func:`stancegraph.kb.names.plain_word`)."""
    counts = Counter(plain_word(a.label.split()[0]) for a in ActorRegistry.load().actors.values()
                     if a.kind is ActorKind.PERSON and len(a.label.split()) >= 2)
    return frozenset(w for w, n in counts.items() if n >= MIN_PERSONS)


def surname_after_given(words: list[str]) -> bool:
    """The last of a name's ``words`` follows a given name, so it is a surname even when it is also a title word
    ("Defence Secretary Tom King", "John Major").

    >>> surname_after_given(["Secretary", "Tom", "King"]), surname_after_given(["Merited", "Artist"])
    (True, False)
    """
    return len(words) >= 2 and words[-2][:1].isupper() and plain_word(words[-2]) in given_names()
