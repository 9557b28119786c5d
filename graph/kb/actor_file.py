"""A user's actors file: actors, names and dated posts in the TOML of ontology/sources/curated_actors.toml.

Read by :meth:`stancegraph.kb.registry.ActorRegistry.load` (``extra=[path]``; ``stancegraph build --actors FILE``).
The file may hold these tables, as curated_actors.toml does (ids: lower-case slugs; IGOs: upper-case acronyms;
states: ISO 3166-1 alpha-3); an id the registry already has gains the file's names and posts::

    [persons.jane-doe]                   # a person, with dated posts
    label = "Jane Doe"
    aliases = ["J. Doe"]
    posts = [{org = "FRA", title = "Foreign Minister", start = 2031-01-05, end = 2032-02-01}]

    [organs.french-coast-guard]          # an organ of a state: part_of = the state's id
    label = "French Coast Guard"
    part_of = "FRA"

    [groups.some-militia]                # a non-state group: home = the state it is coded to
    label = "Some Militia"
    home = "COD"

    [igos.XYZ]                           # an international organisation (kind = "igo") or a bloc ("bloc")
    kind = "igo"
    label = "Example Organisation"

    [states.RUS]                         # more names of a registered state
    metonyms = ["Moscow's leadership"]

Names: ``label``, ``aliases`` (other names), ``demonyms`` (states, IGOs, groups: "Russian"), ``metonyms`` (states,
IGOs, organs: a seat of government, "the Kremlin"). Post dates are TOML dates (YYYY-MM-DD); no ``end`` = in office.
A post, organ or group may name its CAMEO sector (``sector = "MIL"``; the codes of ontology/sectors.ttl).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from stancegraph.errors import DataFileError
from stancegraph.kb.sectors import SECTORS
from stancegraph.kb.tomlfile import read_toml
from stancegraph.model import Actor, ActorKind, Role

__all__ = ["ActorFile", "read_actor_file"]

_KINDS = {"states": ActorKind.STATE, "igos": None, "organs": ActorKind.ORGAN, "groups": ActorKind.GROUP,
          "persons": ActorKind.PERSON}
_NAME_KEYS = {"label": "name", "aliases": "alias", "demonyms": "demonym", "metonyms": "metonym"}
_KEYS = {"label", "aliases", "demonyms", "metonyms", "kind", "part_of", "home", "posts", "wikidata", "iso3",
         "drop_aliases", "comment", "sector"}


@dataclass
class ActorFile:
    """The records of one actors file, ready to add to a registry.

    Examples
    --------
    >>> ActorFile()
    ActorFile(actors=[], names=[], roles=[])
    """

    actors: list[Actor] = field(default_factory=list)  # new actors (ids the registry lacks)
    names: list[tuple[str, str, str]] = field(default_factory=list)  # (surface, actor id, how)
    roles: list[Role] = field(default_factory=list)


def read_actor_file(path: str | Path, known: dict[str, Actor]) -> ActorFile:
    """Read one actors file; ``known`` are the registry's actors (an id there gains names and posts only).

    Raises
    ------
    DataFileError
        if the file is missing, is not valid TOML, or an entry lacks a label, names an unknown actor or has a bad
        post; the message names the file and the line of the entry.

    Examples
    --------
    A new person with a post in a state the registry already has:

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "actors.toml"
    >>> _ = path.write_text('''
    ... [persons.jane-doe]
    ... label = "Jane Doe"
    ... aliases = ["J. Doe"]
    ... posts = [{org = "FRA", title = "Foreign Minister", start = 2031-01-05}]
    ... ''')
    >>> known = {"FRA": Actor(id="FRA", label="France", kind=ActorKind.STATE, iso3="FRA")}
    >>> found = read_actor_file(path, known)
    >>> [(a.id, a.kind.value) for a in found.actors]
    [('jane-doe', 'person')]
    >>> found.names
    [('Jane Doe', 'jane-doe', 'name'), ('J. Doe', 'jane-doe', 'alias')]
    >>> found.roles[0].organisation, found.roles[0].title, found.roles[0].start
    ('FRA', 'Foreign Minister', datetime.date(2031, 1, 5))

    A post in an actor neither the registry nor the file has is refused, naming the line:

    >>> read_actor_file(path, {})
    Traceback (most recent call last):
    stancegraph.errors.DataFileError: actors file '...actors.toml', line 2: post 'Foreign Minister' of 'jane-doe' is held in unknown actor 'FRA'; ...
    """
    path = Path(path)
    data = read_toml(path, what="actors")
    text = path.read_text(encoding="utf-8", errors="replace")
    out = ActorFile()
    new: dict[str, Actor] = {}
    for section, entries in data.items():
        if section not in _KINDS or not isinstance(entries, dict):
            raise DataFileError(f"actors file {str(path)!r}: unknown table [{section}]; valid tables: "
                                f"{', '.join(f'[{k}.ID]' for k in _KINDS)} (see the header of ontology/sources/curated_actors.toml)")
        for actor_id, entry in entries.items():
            where = f"actors file {str(path)!r}, line {_line_of(text, section, actor_id)} ([{section}.{actor_id}])"
            if not isinstance(entry, dict) or set(entry) - _KEYS:
                raise DataFileError(f"{where}: unknown keys {sorted(set(entry) - _KEYS) if isinstance(entry, dict) else entry!r}; "
                                    f"use {', '.join(sorted(_KEYS - {'drop_aliases', 'comment'}))}")
            if actor_id not in known and actor_id not in new:
                new[actor_id] = _actor(section, actor_id, entry, where)
            out.names += [(surface, actor_id, how) for key, how in _NAME_KEYS.items()
                          for surface in _strings(entry.get(key, [] if key != "label" else None), key, where)]
            out.roles += [_post(actor_id, post, where) for post in entry.get("posts", [])]
    out.actors = list(new.values())
    ids = set(known) | set(new)
    for actor in out.actors:
        for ref in (actor.part_of, actor.based_in):
            if ref is not None and ref not in ids:
                raise DataFileError(f"actors file {str(path)!r}: {actor.id!r} refers to unknown actor {ref!r}; "
                                    "use a registered id (stancegraph lookup NAME shows it) or add that actor")
    for role in out.roles:
        if role.organisation not in ids:
            raise DataFileError(f"actors file {str(path)!r}, line {_line_of(text, 'persons', role.person)}: post "
                                f"{role.title!r} of {role.person!r} is held in unknown actor {role.organisation!r}; use "
                                "a registered id (ISO3 for a state; stancegraph lookup NAME shows it) or add that actor")
    return out


def _actor(section: str, actor_id: str, entry: dict, where: str) -> Actor:
    if not isinstance(entry.get("label"), str):
        raise DataFileError(f'{where}: a new actor needs a label: label = "Name"')
    kind = _KINDS[section]
    if kind is None:
        kinds = {"igo": ActorKind.IGO, "bloc": ActorKind.BLOC}
        if entry.get("kind") not in kinds:
            raise DataFileError(f'{where}: kind must be "igo" or "bloc"')
        kind = kinds[entry["kind"]]
    if kind is ActorKind.ORGAN and not isinstance(entry.get("part_of"), str):
        raise DataFileError(f'{where}: an organ needs the state it belongs to: part_of = "ISO3"')
    return Actor(id=actor_id, label=entry["label"], kind=kind, wikidata=entry.get("wikidata"),
                 iso3=actor_id if kind is ActorKind.STATE else None,
                 part_of=entry.get("part_of"), based_in=entry.get("home"), sector=_sector(entry, where))


def _strings(value, key: str, where: str) -> list[str]:
    if value is None:
        return []
    values = [value] if key == "label" else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise DataFileError(f'{where}: {key} must be ' + ('a string' if key == "label" else 'a list of strings: ["...", ...]'))
    return values


def _post(person: str, post, where: str) -> Role:
    if not isinstance(post, dict) or not isinstance(post.get("org"), str) or not isinstance(post.get("title"), str):
        raise DataFileError(f'{where}: a post needs org and title: {{org = "FRA", title = "Foreign Minister", '
                            'start = 2030-01-31}}')
    start, end = post.get("start"), post.get("end")
    for value in (start, end):
        if value is not None and type(value) is not dt.date:
            raise DataFileError(f"{where}: post date {value!r} is not a TOML date (write it as 2030-01-31, no quotes)")
    if start and end and end < start:
        raise DataFileError(f"{where}: post {post['title']!r} ends before it starts")
    return Role(person=person, organisation=post["org"], title=post["title"], start=start, end=end,
                sector=_sector(post, where))


def _sector(entry: dict, where: str) -> str | None:
    sector = entry.get("sector")
    if sector is not None and sector not in SECTORS:
        raise DataFileError(f"{where}: sector {sector!r} is not one of ontology/sectors.ttl: {', '.join(SECTORS)}")
    return sector


def _line_of(text: str, section: str, actor_id: str) -> int:
    """The line of the entry's table header ``[section.id]`` (1-based; 1 if written another way)."""
    found = re.search(rf"^[ \t]*\[[ \t]*{re.escape(section)}\s*\.\s*\"?{re.escape(actor_id)}\"?\s*\]", text, re.M)
    return text.count("\n", 0, found.start()) + 1 if found else 1
