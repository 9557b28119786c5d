"""A build's output files replaced together: written into a staging folder, then committed as one set.

A build writes all its files into ``FOLDER/.build-<pid>-<random>/``. To commit, it writes there a plan
(``.commit.json``: the files to install and the stale outputs to delete, such as an old
``diagram.png`` when this build draws none), then renames the staging folder to ``FOLDER/.build-commit``
— the moment the new outputs win — and moves each file into place. A stop before the rename leaves the
old outputs; a stop after it is finished by the next build (or by :func:`finish_outputs`), which moves
the rest of the files and deletes the stale ones. The next build also removes what stopped runs left:
staging folders of processes that are gone, ``.shards-*`` folders of an older streaming build, and the
``.NAME.*.tmp`` files of :func:`stancegraph.atomic.atomic_open`. One build per folder at a time.

:data:`OUTPUT_FILES` lists every file a build may write; a writer that adds one appends its name (or
passes it to :func:`replaced_together`), so that an older copy is removed when a build does not write it.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> (folder / "diagram.png").write_bytes(b"old")
3
>>> with staged_outputs(folder) as stage:
...     _ = (stage / "graph.ttl").write_text("new")
>>> sorted(p.name for p in folder.iterdir())
['graph.ttl']
"""
from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

from stancegraph.errors import OutputError

__all__ = ["OUTPUT_FILES", "staged_outputs", "finish_outputs", "replaced_together"]

OUTPUT_FILES: list[str] = ["graph.ttl", "graph.trig", "statements.jsonl", "diagram.png"]
"""Every file a build may write into its folder; one a build does not write is removed as stale."""

_COMMIT = ".build-commit"
_PLAN = ".commit.json"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a staging folder of this process is a leftover: only one is open at a time
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def finish_outputs(folder: str | os.PathLike[str]) -> list[str]:
    """Finish a commit that a stop interrupted and remove what stopped builds left in ``folder``;
    return the names of the leftovers removed (a finished commit is not among them)."""
    out = Path(folder)
    commit = out / _COMMIT
    if (commit / _PLAN).is_file():
        plan = json.loads((commit / _PLAN).read_text(encoding="utf-8"))
        for name in plan["install"]:
            if (commit / name).exists():
                os.replace(commit / name, out / name)
        for name in plan["remove"]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(out / name)
    removed = []
    if commit.exists():
        shutil.rmtree(commit, ignore_errors=True)
    for path in sorted(out.glob(".build-*")):
        pid = path.name.split("-")[1] if path.name.count("-") >= 2 else ""
        if path.is_dir() and not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    for path in sorted(out.glob(".shards-*")):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    for name in OUTPUT_FILES:
        for path in sorted(out.glob(f".{name}.*.tmp")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path.name)
    return removed


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def staged_outputs(folder: str | os.PathLike[str], known: Iterable[str] = ()) -> Iterator[Path]:
    """A staging folder inside ``folder``: on a clean exit, the files written into it replace the outputs
    together, and the :data:`OUTPUT_FILES` (and ``known``) it lacks are removed; on an error nothing changes.

    Raises
    ------
    OutputError
        if ``folder`` cannot be written.
    """
    out = Path(folder)
    for name in known:
        if name not in OUTPUT_FILES:
            OUTPUT_FILES.append(name)
    finish_outputs(out)
    try:
        stage = Path(tempfile.mkdtemp(dir=out, prefix=f".build-{os.getpid()}-"))
    except OSError as exc:
        raise OutputError(f"cannot write to folder {out} ({exc.strerror or exc}); choose a writable folder",
                          option="out_dir") from None
    try:
        yield stage
        names = sorted(p.name for p in stage.iterdir() if not p.name.startswith("."))
        stale = [n for n in OUTPUT_FILES if n not in names and (out / n).exists()]
        for path in stage.iterdir():  # leftovers of the writers (temp folders) are not outputs
            if path.name.startswith(".") and path.is_dir():
                shutil.rmtree(path)
        (stage / _PLAN).write_text(json.dumps({"install": names, "remove": stale}), encoding="utf-8")
        for name in names:
            with open(stage / name, "rb") as f:
                os.fsync(f.fileno())
        _fsync_folder(stage)
        os.rename(stage, out / _COMMIT)  # the commit point
        _fsync_folder(out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    finish_outputs(out)


def replaced_together(prepare: Callable[[str | os.PathLike[str]], Path], known: Iterable[str] = ()):
    """Decorate ``write(result, folder, ...) -> list[Path]`` so that it writes into a staging folder whose
    files replace ``folder``'s outputs together (:func:`staged_outputs`); ``prepare(folder)`` makes and
    checks the folder first. The paths returned point into ``folder``."""
    def decorate(write):
        @functools.wraps(write)
        def wrapper(result, folder, *args, **kwargs):
            out = prepare(folder)
            with staged_outputs(out, known) as stage:
                written = write(result, stage, *args, **kwargs)
            return [out / Path(p).name for p in written]
        return wrapper
    return decorate
