"""Read a user's TOML data file (extra lexicon, extra actors) with one-line errors that name the file and line."""
from __future__ import annotations

import tomllib
from pathlib import Path

from stancegraph.errors import DataFileError

__all__ = ["read_toml"]


def read_toml(path: str | Path, *, what: str) -> dict:
    """Parse the TOML file ``path``; ``what`` ("lexicon", "actors") names it in errors.

    Raises
    ------
    DataFileError
        if the file cannot be read or is not valid TOML (the message gives the line and column).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "lexicon.toml"
    >>> _ = path.write_text('[verbs]\\ncourt = "APPEAL"\\n')
    >>> read_toml(path, what="lexicon")
    {'verbs': {'court': 'APPEAL'}}
    >>> _ = path.write_text('[verbs]\\ncourt = APPEAL\\n')
    >>> read_toml(path, what="lexicon")
    Traceback (most recent call last):
    stancegraph.errors.DataFileError: lexicon file '...lexicon.toml' is not valid TOML: ... (at line 2, column 9); fix the TOML syntax there
    >>> read_toml(path.with_name("missing.toml"), what="actors")
    Traceback (most recent call last):
    stancegraph.errors.DataFileError: cannot read actors file '...missing.toml': No such file or directory
    """
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise DataFileError(f"cannot read {what} file {str(path)!r}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:  # its message ends "(at line L, column C)"
        raise DataFileError(f"{what} file {str(path)!r} is not valid TOML: {exc}; fix the TOML syntax there") from None
