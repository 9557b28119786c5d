"""The loaded pipeline, lexicon, registry and look-up indexes live as long as the process: set apart from the
cyclic garbage collector's passes once they are loaded (I/O edge: process-wide state).

CPython's collector walks every tracked object of its oldest generation at each full collection. After loading,
that is some 400,000 objects (the spaCy pipeline, the lexicon, the registry, the places index), none of which
becomes garbage while documents are read; a full collection triggered by reading documents walked them all
(0.13 s each: 9% of the extractor's time on 200 press releases, ``bench/README.md``). :func:`settle` collects what
is garbage, then moves every live object to the permanent generation (:func:`gc.freeze`), which the collector
skips; objects made later are collected as usual.

An object frozen here and dropped later is freed by its reference count; if it is part of a reference cycle it
waits for the next :func:`settle` (each call first returns the frozen objects to the collector, so a pipeline
loaded again after the first one dropped is collected then).
"""
from __future__ import annotations

import gc

__all__ = ["settle"]


def settle() -> int:
    """Collect the garbage, then freeze the live objects (see the module doc); the number frozen.

    >>> settle() > 0
    True
    """
    gc.unfreeze()  # (what an earlier call froze: garbage made of it since is collected now)
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
