"""A per-user cache of parsed packaged data: the result of an expensive parse, pickled once per content.

The packaged registry (~25k actors and their posts) takes seconds to parse from Turtle and a fraction
of a second to unpickle. The cache file is named by a hash of everything the result depends on (the data
files and the code that reads them), so a new stancegraph or new data never reads an old result; it is
written atomically (parallel workers never read half a file) to ``$XDG_CACHE_HOME/stancegraph`` or
``~/.cache/stancegraph``; a home that cannot be written only means parsing every time.

Examples
--------
>>> import tempfile, os
>>> os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp()
>>> calls = []
>>> cached("demo", [b"data v1"], lambda: calls.append(1) or {"parsed": True})
{'parsed': True}
>>> cached("demo", [b"data v1"], lambda: calls.append(1) or {"parsed": True}), len(calls)
({'parsed': True}, 1)
>>> del os.environ["XDG_CACHE_HOME"]
"""
from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["cached", "cache_path"]

T = TypeVar("T")


def cache_path(name: str, parts: Iterable[bytes]) -> Path:
    """The cache file of ``name`` for the content ``parts`` (data files, source code)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "stancegraph" / f"{name}-{digest.hexdigest()[:24]}.pickle"


def cached(name: str, parts: Iterable[bytes], build: Callable[[], T], kind: type | None = None) -> T:
    """``build()``'s result for the content ``parts``, from the cache when it holds one (of type ``kind``
    when given), else built and stored."""
    path = cache_path(name, parts)
    try:
        with open(path, "rb") as fh:
            found = pickle.load(fh)  # our own file, named by the hash of what it was made from
        if kind is None or isinstance(found, kind):
            return found
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
        pass
    result = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with open(partial, "wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except OSError:
        pass  # a read-only home: parse every time
    return result
