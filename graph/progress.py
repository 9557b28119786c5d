"""Progress bars on stderr for the long steps (parsing, writing, drawing): one helper used everywhere.

Bars are off in the library (a notebook or a program calling :func:`stancegraph.build_graph` sees nothing);
the command line turns them on with :func:`enable`, and even then they stay silent when stderr is not a
terminal (logs, pipes, CI: tqdm's ``disable=None``). Every bar has a total where one is known, so it can
say how far along it is and how long is left.

>>> list(progress([1, 2, 3], total=3, desc="documents"))  # off unless enabled: the items, nothing printed
[1, 2, 3]
>>> with steps(["graph.ttl", "diagram.png"], desc="writing") as step:
...     step("graph.ttl"); step("diagram.png")
"""
from __future__ import annotations

import contextlib
import gzip
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from stancegraph.read.ingest import FOLDER_SUFFIXES

__all__ = ["enable", "enabled", "progress", "steps", "count_documents"]

_STATE = {"on": False}


def enable(on: bool = True) -> None:
    """Show bars (on stderr, if it is a terminal) from now on; ``enable(False)`` hides them again."""
    _STATE["on"] = bool(on)


def enabled() -> bool:
    """Whether bars are turned on (they still stay silent when stderr is not a terminal)."""
    return _STATE["on"]


def _bar(**options: Any):
    from tqdm import tqdm

    # disable=None: no bar when stderr is not a terminal (logs, pipes, CI)
    return tqdm(file=sys.stderr, dynamic_ncols=True, disable=None if _STATE["on"] else True, **options)


def progress(items: Iterable, *, total: int | None = None, desc: str = "", unit: str = "it") -> Iterable:
    """``items``, counted on a bar of ``total`` (None: count up without a total) while bars are on."""
    if not _STATE["on"]:
        return items
    return _bar(iterable=items, total=total, desc=desc, unit=unit)


@contextlib.contextmanager
def steps(names: list[str], *, desc: str = "") -> Iterator:
    """A bar over named steps: call the yielded function with each step's name as it starts.

    The bar shows the step at work (``writing: graph.trig``) and how many of ``len(names)`` are done.
    """
    if not _STATE["on"]:
        yield lambda name: None
        return
    bar = _bar(total=len(names), desc=desc, unit="step", bar_format="{desc} {n_fmt}/{total_fmt} |{bar}| [{elapsed}]")
    started = [False]

    def step(name: str) -> None:
        if started[0]:
            bar.update(1)
        started[0] = True
        bar.set_description_str(f"{desc}: {name}" if desc else name)

    try:
        yield step
        if started[0]:
            bar.update(1)
    finally:
        bar.close()


def count_documents(inputs: Iterable[str | os.PathLike[str]]) -> int | None:
    """How many documents ``inputs`` hold, cheaply (lines of JSONL, files of a folder), or None if unknown
    (stdin, a file that cannot be read): the total of the parsing bar.

    >>> count_documents(["-"]) is None
    True
    """
    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        try:
            files = sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts)) if path.is_dir() else [path]
            total += sum(_documents_in(p, inside=path.is_dir()) for p in files)
        except (OSError, EOFError):  # unreadable, or a truncated .gz: reading reports it, the bar has no total
            return None
    return total


def _documents_in(path: Path, *, inside: bool) -> int:
    """Documents in one file: lines of JSONL, else 1 (in a folder, only the files it reads count)."""
    name = path.name.lower()
    if inside and not name.endswith(FOLDER_SUFFIXES):
        return 0
    if name.endswith(".jsonl.gz"):
        with gzip.open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    if name.endswith((".jsonl", ".ndjson")):
        with path.open("rb") as f:
            return sum(1 for line in f if line.strip())
    return 1
