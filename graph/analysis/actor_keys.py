"""How an actor is recognised when scoring: labels, codes, Wikidata ids and the state it rolls up to.

See :mod:`stancegraph.analysis.evaluate` for the matching rules these keys implement.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from stancegraph.kb.registry import ActorRegistry

__all__ = ["ActorKeys", "ActorResolver", "same_actor", "normalise_label", "code_key", "default_registry"]

log = logging.getLogger(__name__)

_CODE_FIX = {"JAP": "JPN", "UK": "GBR", "UKG": "GBR", "ROM": "ROU", "GER": "DEU", "PAL": "PSE"}


@dataclass(frozen=True, slots=True)
class ActorKeys:
    """How an actor can be matched: its own keys, and the keys of the state it rolls up to."""

    own: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()
    person: bool = False

    @property
    def rolled(self) -> frozenset[str]:
        """Keys a rolled-up match may share: the state's, and the actor's own unless it is a person."""
        return self.state | (frozenset() if self.person else self.own)


def normalise_label(label: object) -> str:
    """Lower case, no dots, single spaces, no leading "the".

    >>> normalise_label("The  U.S. Government")
    'us government'
    """
    text = re.sub(r"\s+", " ", str(label or "").replace(".", "").strip().lower())
    return text.removeprefix("the ")


def code_key(code: object, *, cameo: bool = False) -> str | None:
    """``"code:XXX"`` for a country or registry code (the first three letters of a CAMEO code); None for IGO.

    >>> code_key("UK"), code_key("RUSGOV", cameo=True), code_key("IGO")
    ('code:GBR', 'code:RUS', None)
    """
    code = str(code or "").strip().upper()
    if cameo and len(code) > 3:
        code = code[:3]  # CAMEO: country first, then sector (USAGOV, RUSMIL)
    if not code.isalpha() or code == "IGO":
        return None
    return "code:" + _CODE_FIX.get(code, code)


def _id_key(actor_id: object) -> str | None:
    """``"code:RUS"`` for an upper-case id, ``"id:vladimir-putin"`` for another IRI local name."""
    local = str(actor_id or "").rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    if not local:
        return None
    return f"code:{local}" if local.isupper() and local.isalpha() else f"id:{local}"


def _wd_key(qid: object) -> str | None:
    """``"wd:Q159"`` for a Wikidata QID or entity IRI."""
    local = str(qid or "").rstrip("/").rsplit("/", 1)[-1]
    return f"wd:{local.upper()}" if re.fullmatch(r"[Qq]\d+", local) else None


def _kind(kind: object) -> str:
    return str(getattr(kind, "value", kind) or "").lower()


@lru_cache(maxsize=1)
def default_registry() -> ActorRegistry | None:
    """The packaged actor registry, loaded once; None (with a warning) if it cannot be loaded."""
    try:
        return ActorRegistry.load()
    except Exception as e:  # a registry that cannot load must not stop an evaluation
        log.warning("cannot load the actor registry (%s); gold names are matched by label only", e)
        return None


class ActorResolver:
    """Turns gold names and predicted actor dicts into :class:`ActorKeys`, with the registry if there is one."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry
        self._cache: dict[tuple[str, dt.date | None, bool], ActorKeys] = {}

    def name(self, name: str, day: dt.date | None = None, *, strict_lookup: bool = False) -> ActorKeys:
        """The keys of a gold name (on ``day``, for roll-ups); ``strict_lookup`` refuses ambiguous registry hits."""
        key = (name, day, strict_lookup)
        if key not in self._cache:
            self._cache[key] = self._name(name, day, strict_lookup)
        return self._cache[key]

    def _name(self, name: str, day: dt.date | None, strict_lookup: bool) -> ActorKeys:
        own = {f"name:{normalise_label(name)}"} if normalise_label(name) else set()
        actors = self._lookup(name, strict_lookup)
        if not actors:
            return ActorKeys(frozenset(own))
        state: set[str] = set()
        person = False
        for actor in actors:
            own |= self._actor_keys(actor)
            person = person or _kind(getattr(actor, "kind", "")) == "person"
            state |= self._state_keys(actor, day)
        return ActorKeys(frozenset(own), frozenset(state), person)

    def _lookup(self, name: str, strict_lookup: bool) -> list[Any]:
        if self.registry is None or not name.strip():
            return []
        try:
            hits = [hit[0] if isinstance(hit, tuple) else hit for hit in self.registry.lookup(name) or []]
        except Exception as e:  # noqa: BLE001 - a lookup failure only loses registry keys
            log.debug("registry lookup of %r failed: %s", name, e)
            return []
        exact = [a for a in hits if normalise_label(getattr(a, "label", "")) == normalise_label(name)]
        if exact:
            return exact
        return hits if not strict_lookup or len(hits) == 1 else []

    @staticmethod
    def _actor_keys(actor: Any) -> set[str]:
        keys = {_id_key(getattr(actor, "id", None)), code_key(getattr(actor, "iso3", None)),
                _wd_key(getattr(actor, "wikidata", None))}
        label = normalise_label(getattr(actor, "label", ""))
        if label:
            keys.add(f"name:{label}")
        return {k for k in keys if k}

    def _state_keys(self, actor: Any, day: dt.date | None) -> set[str]:
        """Keys of the state a person or organ represented on ``day``: ``registry.state_of``, else ``part_of``."""
        state: Any = None
        state_of = getattr(self.registry, "state_of", None)
        if callable(state_of):
            try:
                state = state_of(actor.id, day)
            except Exception as e:  # noqa: BLE001 - a failed roll-up only loses the state keys
                log.debug("registry.state_of(%r) failed: %s", getattr(actor, "id", actor), e)
        state = state or getattr(actor, "part_of", None)
        if not state:
            return set()
        if isinstance(state, str):
            return {_id_key(state)} - {None}
        return {k for k in self._actor_keys(state) if not k.startswith("name:")}

    def predicted(self, actor: Any) -> ActorKeys:
        """The keys of a predicted actor (an export dict, or a bare label)."""
        if not actor:
            return ActorKeys()
        if isinstance(actor, str):
            actor = {"label": actor}
        own = {code_key(actor.get("iso3")), _wd_key(actor.get("wikidata")), _id_key(actor.get("iri")),
               _id_key(actor.get("id"))}
        for field in ("code", "cameo"):
            own.add(code_key(actor.get(field), cameo=True))
        own.discard(None)
        label = actor.get("label") or actor.get("name")
        person = _kind(actor.get("kind")) == "person"
        state: set[str] = set()
        if label and not own:  # a bare label: resolve it like a gold name
            resolved = self.name(str(label), strict_lookup=True)
            own |= resolved.own
            state |= resolved.state
            person = person or resolved.person
        if label and normalise_label(label):
            own.add(f"name:{normalise_label(label)}")
        if actor.get("state"):
            st = self.predicted(actor["state"])
            state |= st.own | st.state
        return ActorKeys(frozenset(k for k in own if k), frozenset(state), person)


def same_actor(pred: ActorKeys, gold: ActorKeys, lenient: bool) -> bool:
    """Whether two actors share a key; ``lenient`` also compares their rolled-up keys.

    >>> putin = ActorKeys(frozenset({"wd:Q7747"}), frozenset({"code:RUS"}), person=True)
    >>> russia = ActorKeys(frozenset({"code:RUS"}))
    >>> same_actor(putin, russia, False), same_actor(putin, russia, True)
    (False, True)
    """
    if pred.own & gold.own:
        return True
    return lenient and bool(pred.rolled & gold.rolled)

