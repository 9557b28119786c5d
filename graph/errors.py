"""Exceptions raised by stancegraph; messages name the bad input and the fix; the command line's exit codes."""

from enum import IntEnum

__all__ = [
    "ExitCode",
    "StanceGraphError",
    "InputError",
    "DataFileError",
    "ModelNotInstalled",
    "UnknownQuery",
    "OntologyTermError",
    "OutputError",
]


class StanceGraphError(Exception):
    """Base class of every error stancegraph raises on purpose.

    The message names the bad input and the fix in the library's terms (parameter names, not command-line
    flags). ``option`` is the name of the parameter whose value is wrong, if one is; a message about such a
    value starts with that name, so a front end can put its own name for it there (the CLI its flag).

    >>> err = InputError("workers 0 is not a whole number >= 1; use e.g. 2", option="workers")
    >>> err.option, str(err)
    ('workers', 'workers 0 is not a whole number >= 1; use e.g. 2')
    """

    def __init__(self, *args: object, option: str | None = None):
        super().__init__(*args)
        self.option = option

    def __reduce__(self):  # keep ``option`` when the error crosses a process boundary (workers, Dask)
        return _rebuild, (type(self), self.args, self.option)


def _rebuild(cls: type, args: tuple, option: str | None) -> StanceGraphError:
    return cls(*args, option=option)


class InputError(StanceGraphError):
    """An input path or document cannot be read (missing, empty, binary, not UTF-8, bad JSONL)."""


class ModelNotInstalled(StanceGraphError):
    """The requested spaCy pipeline cannot be loaded."""


class UnknownQuery(StanceGraphError):
    """A named query is not in ontology/queries and no such .rq file exists."""


class OntologyTermError(StanceGraphError):
    """A term used in the code is not declared in the ontology."""


class OutputError(StanceGraphError):
    """An output file or folder cannot be written."""


class DataFileError(InputError):
    """A user data file (an extra lexicon or actors file) cannot be read, is not valid TOML, or has an entry of
    the wrong shape; the message names the file, the line where TOML gives one, and the fix."""


class ExitCode(IntEnum):
    """The exit codes of the ``stancegraph`` command, the one place they are defined.

    ======  =========  ===================================================================================
    code    name       when
    ======  =========  ===================================================================================
    0       OK         done; every input was read
    1       ERROR      nothing done: one ``Error: ...`` line (an unreadable input, no document read, a bad
                       option value, an output that cannot be written, validate: violations)
    2       USAGE      a wrong command line (click's usage errors: unknown option, missing argument)
    3       SKIPPED    done, but some input was left out: each problem has a ``skipped: ...`` line and the
                       run ends with the summary line ``N input problem(s) skipped ...``; the outputs hold
                       every document that could be read (``--no-keep-going`` stops at the first instead:
                       exit 1, nothing written)
    ======  =========  ===================================================================================

    >>> int(ExitCode.SKIPPED), ExitCode(1).name
    (3, 'ERROR')
    """

    OK = 0
    ERROR = 1
    USAGE = 2
    SKIPPED = 3
