"""Read the packaged ontology, code book, shapes and SPARQL queries (importlib.resources only)."""
from __future__ import annotations

import re
from importlib.resources import files

from stancegraph.errors import InputError, UnknownQuery

__all__ = ["ontology_text", "shapes_text", "query_names", "query_text", "query_summary", "SUPPORT_GRAPHS"]

_PACKAGE = "stancegraph.ontology"

SUPPORT_GRAPHS = {
    "stancegraph.ttl": "https://w3id.org/stancegraph/ontology",
    "codebook.ttl": "https://w3id.org/stancegraph/codebook/",
    "actors.ttl": "https://w3id.org/stancegraph/actor/",
    "sectors.ttl": "https://w3id.org/stancegraph/sector/",
}
"""Packaged ontology file -> the named graph it is loaded into, next to the data a query or a store sees:
the ontology, the code book (event-type weights and quad classes), our actor registry (labels; the ~24k
actors imported from event-data dictionaries are not loaded: a document's graph describes those it names)
and the CAMEO sectors (labels of sg:sector values)."""


def ontology_text(name: str) -> str:
    """Return the text of ``ontology/<name>`` (e.g. ``"stancegraph.ttl"``, ``"codebook.ttl"``).

    Raises
    ------
    InputError
        If there is no such file in the package.

    Examples
    --------
    >>> "sg:Statement" in ontology_text("stancegraph.ttl")
    True
    """
    resource = files(_PACKAGE) / name
    if not resource.is_file():
        available = sorted(p.name for p in files(_PACKAGE).iterdir() if p.name.endswith(".ttl"))
        raise InputError(f"no ontology file {name!r} in stancegraph.ontology; available: {', '.join(available)}")
    return resource.read_text(encoding="utf-8")


def shapes_text(name: str = "shapes.ttl") -> str:
    """Return the text of ``ontology/shapes/<name>`` (the SHACL shapes)."""
    resource = files(_PACKAGE) / "shapes" / name
    if not resource.is_file():
        raise InputError(f"no shapes file {name!r} in stancegraph.ontology.shapes")
    return resource.read_text(encoding="utf-8")


def query_names() -> list[str]:
    """Names of the packaged SPARQL queries (file names without ``.rq``), sorted.

    >>> "who-did-what-to-whom" in query_names()
    True
    """
    return sorted(p.name[:-3] for p in (files(_PACKAGE) / "queries").iterdir() if p.name.endswith(".rq"))


def query_text(name: str) -> str:
    """Return the SPARQL text of the packaged query ``name`` (with or without ``.rq``).

    Raises
    ------
    UnknownQuery
        If no such query is packaged; the message lists the valid names.
    """
    stem = name[:-3] if name.endswith(".rq") else name
    resource = files(_PACKAGE) / "queries" / f"{stem}.rq"
    if not resource.is_file():
        raise UnknownQuery(f"unknown query {name!r}; valid names: {', '.join(query_names())}")
    return resource.read_text(encoding="utf-8")


def query_summary(name: str) -> str:
    """The first sentence of a packaged query's header comment: what it answers.

    >>> query_summary("who-did-what-to-whom")
    'Who did what to whom: one row per statement and target (a statement without a target gives one row with ?targetLabel unbound), with the date, the number of mentions and the sentence text.'
    """
    lines = []
    for line in query_text(name).splitlines():
        if not line.startswith("#"):
            break
        text = line.lstrip("#").strip()
        if not text:
            break
        lines.append(text)
    paragraph = " ".join(lines)
    end = re.search(r"(?<!e\.g)(?<=[a-z)\]])\.(\s|$)", paragraph)
    return paragraph[: end.start() + 1] if end else paragraph
