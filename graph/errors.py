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
    """Base class of every error stancegraph raises on purpose."""


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
