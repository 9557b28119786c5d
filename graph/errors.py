"""Exceptions raised by stancegraph; messages name the bad input and the fix."""

__all__ = [
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
