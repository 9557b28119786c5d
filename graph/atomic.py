"""Atomic file output: write to a temporary file in the target's folder, then ``os.replace`` it.

A reader never sees a half-written file, and if writing fails (an exception in the ``with`` block, a
full disk) the temporary file is removed and an existing target is left as it was. The new file gets
the permissions of the file it replaces, or the usual ``0o666 & ~umask`` for a new file (a plain
``tempfile`` would leave it ``0o600``).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from stancegraph.errors import OutputError

__all__ = ["atomic_write", "atomic_open"]

_MODES = ("w", "wt", "wb")


def atomic_write(path: str | os.PathLike[str], data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write ``data`` (text is encoded with ``encoding``) to ``path`` atomically.

    Raises
    ------
    OutputError
        if the folder does not exist or cannot be written, or the write fails.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.ttl"
    >>> atomic_write(target, "@prefix sg: <https://w3id.org/stancegraph/ontology#> .\\n")
    >>> target.read_text().startswith("@prefix")
    True
    """
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w", encoding=encoding) as f:
        f.write(data)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str], mode: str = "w", *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path`` for writing; on a clean exit it replaces ``path``.

    ``mode`` is ``"w"`` (text, ``encoding``, ``newline`` as for :func:`open`) or ``"wb"``. If the block
    raises, the temporary file is removed, ``path`` is untouched, and the exception propagates.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "rows.jsonl"
    >>> with atomic_open(target) as f:
    ...     _ = f.write('{"id": 1}\\n')
    >>> target.read_text()
    '{"id": 1}\\n'
    """
    if mode not in _MODES:
        raise ValueError(f"atomic_open: mode={mode!r} is not supported; use 'w' or 'wb'")
    target = os.path.abspath(os.fspath(path))
    folder = os.path.dirname(target)
    if os.path.isdir(target):
        raise OutputError(f"cannot write {os.fspath(path)}: it is a folder; give a file name")
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {os.fspath(path)}: folder {folder} does not exist; "
                          f"create it (mkdir -p {folder}) or write elsewhere")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    except OSError as e:
        raise OutputError(f"cannot write to folder {folder} ({e.strerror or e}); "
                          "choose a writable folder or fix its permissions") from None
    try:
        binary = "b" in mode
        with open(fd, "wb" if binary else "w", encoding=None if binary else encoding,
                  newline=None if binary else newline) as f:
            yield f
            try:
                f.flush()
                os.fsync(f.fileno())
            except OSError as e:
                raise OutputError(f"cannot write {os.fspath(path)} ({e.strerror or e}); "
                                  "free some space or write elsewhere") from None
        os.chmod(tmp, _mode_for(target))
        try:
            os.replace(tmp, target)
        except OSError as e:
            raise OutputError(f"cannot replace {os.fspath(path)} ({e.strerror or e}); "
                              "check the file's and the folder's permissions") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(target: str) -> int:
    """Permissions of the file being replaced, else 0o666 minus the umask."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        pass
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
