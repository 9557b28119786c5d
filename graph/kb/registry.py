"""ActorRegistry: registered actors (ontology/actors.ttl), their names and dated posts; look-up by name."""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

from stancegraph.errors import InputError
from stancegraph.kb.actor_file import read_actor_file
from stancegraph import model
from stancegraph.kb import actorkinds
from stancegraph.kb.actorkinds import kind_of
from stancegraph.kb.cache import cached
from stancegraph.kb.names import normalise_name
from stancegraph.kb import imported as imported_module
from stancegraph.kb.imported import IMPORTED_FILES, imported_actors
from stancegraph.model import Actor, ActorKind, Role

__all__ = ["ActorRegistry", "HOW", "normalise_name"]

#: How a surface form names an actor, best first: label, other name, demonym, capital/seat.
HOW = ("name", "alias", "demonym", "metonym")

_BASE = "https://w3id.org/stancegraph/"
_ACTOR = _BASE + "actor/"
_SG = _BASE + "ontology#"
_WD = "http://www.wikidata.org/entity/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_ORG = "http://www.w3.org/ns/org#"
_OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_DCTERMS_SOURCE = "http://purl.org/dc/terms/source"
_SECTOR = _BASE + "sector/"
_HOW_OF_PREDICATE = {
    _SKOS + "prefLabel": "name",
    _SKOS + "altLabel": "alias",
    _SG + "demonym": "demonym",
    _SG + "metonym": "metonym",
}

_QID = re.compile(r"[Qq][1-9][0-9]*")


def _index_key(surface: str) -> tuple[str, bool]:
    """(key, case_sensitive): short all-capital acronyms ("US", "UK", "WHO") must match in capitals."""
    name = normalise_name(surface)
    compact = name.replace(" ", "")
    if compact.isupper() and len(compact) <= 3:
        return name, True
    return name.casefold(), False


class ActorRegistry:
    """The registered actors, their surface forms and dated posts; pure, read-only after construction.

    Build it with :meth:`load` (the packaged ``ontology/actors.ttl``, parsed once and cached) or with
    :meth:`from_records` (tests, custom registries).

    >>> reg = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("the Kremlin", "RUS", "metonym"), ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> [(a.id, how) for a, how in reg.lookup("Kremlin")]
    [('RUS', 'metonym')]
    >>> reg.state_of("vladimir-putin", dt.date(2021, 12, 30)).id
    'RUS'
    """

    actors: dict[str, Actor]

    def __init__(self, actors: Iterable[Actor], names: Iterable[tuple[str, str, str]], roles: Iterable[Role]):
        self.actors = {a.id: a for a in sorted(actors, key=lambda a: a.id)}
        self.by_iso2: dict[str, str] = {}  # ISO 3166 alpha-2 -> actor id (filled from sg:iso2)
        # actors imported from external dictionaries (they have a dcterms:source): found by look-up of the
        # NER's entities, not by entity-ruler patterns (tens of thousands of names would slow pipeline load)
        self.imported: frozenset[str] = frozenset()
        names = set(names)
        for surface, actor_id, how in names:
            if how not in HOW:
                raise ValueError(f"name {surface!r}: how must be one of {HOW}, not {how!r}")
            if actor_id not in self.actors:
                raise ValueError(f"name {surface!r} refers to unknown actor {actor_id!r}")
        self._names = sorted(names, key=lambda n: (n[0].casefold(), n[0], n[1], HOW.index(n[2])))
        self._exact: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._folded: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for surface, actor_id, how in self._names:
            key, case_sensitive = _index_key(surface)
            (self._exact if case_sensitive else self._folded)[key].append((actor_id, how))
        self._roles: dict[str, list[Role]] = defaultdict(list)
        for role in roles:
            if role.person not in self.actors or role.organisation not in self.actors:
                raise ValueError(f"post {role} refers to an unknown actor")
            self._roles[role.person].append(role)
        for person_roles in self._roles.values():
            person_roles.sort(key=lambda r: (r.start or dt.date.min, r.end or dt.date.max, r.organisation, r.title))
        self._by_iso3 = {a.iso3: a.id for a in self.actors.values() if a.iso3}
        self._by_qid: dict[str, str] = {}
        for a in self.actors.values():  # sorted by id, so the first actor wins a shared QID
            if a.wikidata:
                self._by_qid.setdefault(a.wikidata.upper(), a.id)

    # ----------------------------------------------------------------- construction
    @classmethod
    def load(cls, path: str | Path | None = None, *, extra: Iterable[str | Path] = ()) -> ActorRegistry:
        """Load a registry from a Turtle file; ``None`` = the packaged ``actors.ttl`` and the actors imported
        from the event-data dictionaries (:mod:`stancegraph.kb.imported`; parsed once, cached).

        ``extra`` are a user's actors files (TOML, as ontology/sources/curated_actors.toml; see
        :mod:`stancegraph.kb.actor_file`): their actors, names and dated posts are added.

        Raises
        ------
        InputError
            if the file is missing or is not valid Turtle (:class:`~stancegraph.errors.DataFileError` for a
            bad extra file: the message names the file and the line).
        """
        registry = _default_registry() if path is None else cls._from_path(Path(path))
        for extra_path in extra:
            registry = registry.with_file(extra_path)
        return registry

    def with_file(self, path: str | Path) -> ActorRegistry:
        """A new registry with the actors, names and posts of the actors file ``path`` added to this one's."""
        found = read_actor_file(path, self.actors)
        roles = [role for person_roles in self._roles.values() for role in person_roles]
        registry = type(self)([*self.actors.values(), *found.actors], [*self._names, *found.names],
                              [*roles, *found.roles])
        registry.by_iso2 = dict(self.by_iso2)
        registry.imported = self.imported
        return registry

    @classmethod
    def _from_path(cls, path: Path) -> ActorRegistry:
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read actor registry {str(path)!r}: {exc.strerror or exc}") from exc
        return cls._from_turtle(data, origin=str(path))

    @classmethod
    def from_records(cls, actors: Iterable[Actor], names: Iterable[tuple[str, str, str]],
                     roles: Iterable[Role] = ()) -> ActorRegistry:
        """Build a registry from plain records; ``names`` are ``(surface, actor_id, how)`` triples."""
        return cls(actors, names, roles)

    @classmethod
    def _from_turtle(cls, data: bytes, *, origin: str) -> ActorRegistry:
        import pyoxigraph

        props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        try:
            for triple in pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE, lenient=True):
                obj = triple.object
                props[triple.subject.value][triple.predicate.value].append(obj)
        except SyntaxError as exc:
            raise InputError(f"actor registry {origin!r} is not valid Turtle: {exc}") from exc
        actors, names, roles, iso2_ids, imported = [], [], [], [], []
        for subject, p in props.items():
            types = {t.value for t in p.get(_RDF_TYPE, ())}
            if _SG + "Post" in types:
                roles.append(_role(subject, p, origin))
                continue
            kinds = [kind for kind in map(kind_of, types) if kind is not None]
            if not kinds:
                continue
            actor_id = _local(subject, _ACTOR, origin)
            labels = p.get(_SKOS + "prefLabel", ())
            if len(kinds) != 1 or len(labels) != 1:
                raise InputError(f"actor {actor_id!r} in {origin!r} needs exactly one kind class and one prefLabel")
            same_as = [o.value for o in p.get(_OWL_SAME_AS, ()) if o.value.startswith(_WD)]
            iso3 = p.get(_SG + "iso3")
            iso2 = p.get(_SG + "iso2")
            if iso2:
                iso2_ids.append((iso2[0].value, actor_id))
            source = p.get(_DCTERMS_SOURCE)
            if source:
                imported.append(actor_id)
            sector = p.get(_SG + "sector")
            part_of = p.get(_SG + "partOf")
            based_in = p.get(_SG + "basedIn")
            actors.append(Actor(
                id=actor_id,
                label=labels[0].value,
                kind=kinds[0],
                iso3=iso3[0].value if iso3 else None,
                wikidata=min(same_as)[len(_WD):] if same_as else None,
                part_of=_local(part_of[0].value, _ACTOR, origin) if part_of else None,
                based_in=_local(based_in[0].value, _ACTOR, origin) if based_in else None,
                sector=_local(sector[0].value, _SECTOR, origin) if sector else None,
                source=source[0].value if source else None,
            ))
            for predicate, how in _HOW_OF_PREDICATE.items():
                names.extend((o.value, actor_id, how) for o in p.get(predicate, ()))
        registry = cls(actors, names, roles)
        registry.by_iso2 = dict(sorted(iso2_ids))
        registry.imported = frozenset(imported)
        return registry

    # ----------------------------------------------------------------- queries
    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self.actors.get(actor_id)

    def state_by_iso2(self, code: str) -> Actor | None:
        """The state with ISO 3166 alpha-2 ``code`` ("UA" -> Ukraine), or None."""
        actor_id = self.by_iso2.get(code.upper())
        return self.actors.get(actor_id) if actor_id else None

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """Every ``(surface text as written, actor id, how)``, sorted case-insensitively (deterministic)."""
        return list(self._names)

    def lookup(self, text: str) -> list[tuple[Actor, str]]:
        """Candidate actors named by ``text``, each with how it names them (best first, then by id).

        Matching ignores case (except for acronyms of up to three capitals: "US" but not "us"),
        accents, a leading "the", the dots of initials ("U.S." = "US"), typographic apostrophes
        and, as a last resort, a possessive "'s". Ambiguous names return several candidates.

        >>> reg = ActorRegistry.from_records([Actor(id="USA", label="United States", kind=ActorKind.STATE)],
        ...                                  [("US", "USA", "alias"), ("American", "USA", "demonym")])
        >>> [(a.id, how) for a, how in reg.lookup("the U.S.")], reg.lookup("us")
        ([('USA', 'alias')], [])
        """
        hits = self._hits(text)
        if not hits:
            name = normalise_name(text)
            for suffix in ("'s", "s'", "'"):
                if name.endswith(suffix) and len(name) > len(suffix) + 1:
                    hits = self._hits(name[: -len(suffix)] + ("s" if suffix == "s'" else ""))
                    break
        best: dict[str, str] = {}
        for actor_id, how in hits:
            if actor_id not in best or HOW.index(how) < HOW.index(best[actor_id]):
                best[actor_id] = how
        ranked = sorted(best.items(), key=lambda item: (HOW.index(item[1]), item[0]))
        return [(self.actors[actor_id], how) for actor_id, how in ranked]

    def _hits(self, text: str) -> list[tuple[str, str]]:
        name = normalise_name(text)
        return self._exact.get(name, []) + self._folded.get(name.casefold(), [])

    def roles(self, person_id: str) -> list[Role]:
        """The dated posts of a person, oldest first (empty for unknown ids and non-persons)."""
        return list(self._roles.get(person_id, ()))

    def post_of(self, person_id: str, day: dt.date | None = None) -> Role | None:
        """The post a person held on ``day`` (the most recently taken one if several); ``None`` = latest post."""
        candidates = [r for r in self._roles.get(person_id, ()) if day is None or r.valid_on(day)]
        if not candidates:
            return None
        return max(candidates, key=lambda r: (r.start or dt.date.min, r.end is None, r.end or dt.date.min))

    def title_of(self, person_id: str, day: dt.date | None = None) -> str | None:
        """The title of :meth:`post_of` (``"President"``, ``"Foreign Minister"`` ...), or None."""
        post = self.post_of(person_id, day)
        return post.title if post else None

    def state_of(self, actor_id: str, day: dt.date | None = None) -> Actor | None:
        """The state an actor acts for on ``day``.

        Persons: the state of the post held that day (for an organ, the state it belongs to; a post in
        an IGO such as NATO Secretary General gives None; use :meth:`post_of` to see the post); no post
        that day gives None; ``day=None`` uses the latest post. Organs: the state they are part of
        (None for EU or UN organs). Groups: the state they are based in (sg:basedIn). States and other
        actors: None.
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        if actor.kind is ActorKind.PERSON:
            post = self.post_of(actor_id, day)
            return self.state_of_org(post.organisation) if post else None
        if actor.kind is ActorKind.ORGAN and actor.part_of:
            return self.state_of_org(actor.part_of)
        if actor.kind is ActorKind.GROUP and actor.based_in:
            return self.state_of_org(actor.based_in)
        return None

    def home_state_of(self, person_id: str, day: dt.date | None = None) -> Actor | None:
        """The state of a person's nearest national post to ``day`` (the latest before it, else the first
        after it): the country a person out of office belongs to for country-level coding ("former
        President Trump"), where :meth:`state_of` — whom they represented that day — gives None."""
        roles = [r for r in self._roles.get(person_id, ()) if self.state_of_org(r.organisation) is not None]
        if not roles:
            return None
        before = [r for r in roles if day is None or r.start is None or r.start <= day]
        role = max(before, key=lambda r: r.start or dt.date.min) if before else min(roles, key=lambda r: r.start or dt.date.min)
        return self.state_of_org(role.organisation)

    def state_of_org(self, org_id: str) -> Actor | None:
        """The state an organisation belongs to: itself if a state, else up its ``part_of`` organs; None if none."""
        seen = set()
        actor = self.actors.get(org_id)
        while actor is not None and actor.kind is ActorKind.ORGAN and actor.part_of and actor.id not in seen:
            seen.add(actor.id)
            actor = self.actors.get(actor.part_of)
        return actor if actor is not None and actor.kind is ActorKind.STATE else None

    def resolve(self, text: str) -> Actor:
        """The one actor named by a CLI parameter: actor id, ISO3 code, Wikidata QID, label or alias.

        Raises
        ------
        InputError
            naming ``text`` and suggesting close matches, if no actor or several actors match.
        """
        text = text.strip()
        if text in self.actors:
            return self.actors[text]
        if text.upper() in self._by_iso3 and len(text) == 3:
            return self.actors[self._by_iso3[text.upper()]]
        if _QID.fullmatch(text):
            if text.upper() in self._by_qid:
                return self.actors[self._by_qid[text.upper()]]
            raise InputError(f"no registered actor has Wikidata QID {text!r}")
        matches = self.lookup(text)
        if len(matches) == 1:
            return matches[0][0]
        if matches:
            options = ", ".join(f"{a.id} ({a.label})" for a, _ in matches)
            raise InputError(f"actor {text!r} is ambiguous: {options}; pass one of these ids")
        raise InputError(f"unknown actor {text!r} (not an id, ISO3 code, Wikidata QID or registered name)"
                         + self._suggestions(text))

    def _suggestions(self, text: str) -> str:
        choices: dict[str, str] = {}
        for surface, actor_id, _ in self._names:
            choices.setdefault(normalise_name(surface).casefold(), f"{surface!r} ({actor_id})")
        for actor_id in self.actors:
            choices.setdefault(actor_id.casefold(), f"{actor_id!r}")
        close = difflib.get_close_matches(normalise_name(text).casefold(), list(choices), n=3, cutoff=0.6)
        return f"; did you mean {', '.join(choices[c] for c in close)}?" if close else ""


def _local(iri: str, base: str, origin: str) -> str:
    if not iri.startswith(base):
        raise InputError(f"{iri!r} in {origin!r} is not under {base}")
    return iri[len(base):]


def _date(values: list) -> dt.date | None:
    return dt.date.fromisoformat(values[0].value) if values else None


def _role(subject: str, p: dict[str, list], origin: str) -> Role:
    try:
        return Role(
            person=_local(p[_ORG + "member"][0].value, _ACTOR, origin),
            organisation=_local(p[_ORG + "organization"][0].value, _ACTOR, origin),
            title=p[_SG + "roleTitle"][0].value,
            start=_date(p.get(_SG + "startDate", [])),
            end=_date(p.get(_SG + "endDate", [])),
            sector=_local(p[_SG + "sector"][0].value, _SECTOR, origin) if _SG + "sector" in p else None,
        )
    except (KeyError, ValueError) as exc:
        raise InputError(f"post {subject!r} in {origin!r} lacks a member, organization or title, "
                         f"or has a bad date: {exc}") from exc


def _packaged() -> ActorRegistry:
    """Our actors (actors.ttl), then the imported ones they leave (stancegraph.kb.imported)."""
    data = (files("stancegraph.ontology") / "actors.ttl").read_bytes()
    ours = ActorRegistry._from_turtle(data, origin="stancegraph.ontology/actors.ttl")
    found = imported_actors(ours.actors, (surface for surface, _, _ in ours.surface_forms()))
    roles = [role for person_roles in ours._roles.values() for role in person_roles]
    registry = ActorRegistry([*ours.actors.values(), *found.actors], [*ours.surface_forms(), *found.names],
                             [*roles, *found.roles])
    registry.by_iso2 = ours.by_iso2
    registry.imported = frozenset(a.id for a in found.actors)
    return registry


@functools.lru_cache(maxsize=1)
def _default_registry() -> ActorRegistry:
    # Our actors and ~24k imported ones take seconds to parse and index: the result is cached per content
    # (the data, the ontology's actor classes and the code that reads them; stancegraph.kb.cache).
    ontology, sources = files("stancegraph.ontology"), files("stancegraph.ontology.sources") / "phoenix"
    data = [(ontology / "actors.ttl").read_bytes(), (ontology / "stancegraph.ttl").read_bytes()]
    data += [(sources / name).read_bytes() for name in IMPORTED_FILES if (sources / name).is_file()]
    code = [Path(module.__file__).read_bytes() for module in (actorkinds, model, imported_module, sys.modules[__name__])]
    return cached("registry", [*data, *code], _packaged, kind=ActorRegistry)
