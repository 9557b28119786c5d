"""The rule lexicon: the word lists of ontology/lexicon/*.toml, read once into an immutable :class:`Lexicon`.

The rules of :mod:`stancegraph.rules` and the prefilter read the *active* lexicon (:func:`active`): the packaged
one, or one with a user's additions installed by :func:`use` (``stancegraph build --lexicon FILE``). Which list
does what, and which rule reads it, is written next to each list in the data files.

>>> lex = Lexicon.load()
>>> lex.verb_cues["condemn"], lex.phrasal_cues[("call", "for")], "talks" in lex.noun_cues
('DISAPPROVE', 'APPEAL', True)
"""
from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

from stancegraph.errors import DataFileError
from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.tomlfile import read_toml

__all__ = ["Lexicon", "LEXICON_FILES", "TABLES", "VerbPattern", "active", "use", "use_lexicon_files", "ENV_VAR"]

LEXICON_FILES = ("cues.toml", "judging.toml", "actors.toml", "clauses.toml", "grammar.toml", "constructions.toml",
                 "predicates.toml", "cameo_verbs.toml", "event_patterns.toml", "publishers.toml", "recall.toml",
                 "prospects.toml")
"""The packaged data files, in ontology/lexicon/."""

# How each table is written in TOML and what it becomes:
#   words    ["w", ...]                        -> frozenset of words
#   by_type  {TYPE = ["w", ...], ...}          -> {word: TYPE}, in file order ("_" or " " join multi-word keys)
#   pairs    {"verb particle" = "TYPE", ...}  -> {(verb, particle): TYPE}
#   mapping  {"key" = "TYPE", ...}             -> {key: TYPE}
#   groups   {name = ["w", ...], ...}          -> {name: frozenset of words} (one list per rule construction)
#   patterns [{verb = "w", object = "w", ...}]  -> tuple of VerbPattern (a file's entries follow the packaged ones)
TABLES: Mapping[str, str] = MappingProxyType({
    "verb_patterns": "patterns", "verb_pattern_synsets": "groups",
    "verb_cues": "by_type", "noun_cues": "by_type", "phrasal_cues": "pairs", "light_verb_overrides": "pairs",
    "ending_verbs": "mapping", "ending_noun_types": "mapping", "construction_words": "groups", "publishers": "groups",
    **{name: "words" for name in (
        "light_verbs", "container_nouns", "light_only_nouns", "transfer_verbs", "rule_verbs", "mediation_verbs",
        "reciprocal_words", "judging_verbs", "negative_words", "want_verbs", "speech_nouns", "domestic_documents",
        "trade_nouns", "aid_nouns", "captive_nouns", "force_means", "weapon_nouns", "exercise_nouns", "title_nouns",
        "group_nouns", "domestic_groups", "quantity_nouns", "force_nouns", "diplomat_nouns", "enforcer_nouns",
        "protest_crowds", "marchers", "irregular_attackers", "civilian_nouns", "combatant_nouns", "insurgent_nouns",
        "reporting_verbs", "reporting_nouns", "locative_preps", "place_nouns", "time_preps", "condition_marks",
        "scheduling_words", "reported_markers",
        "accepting_verbs", "addressee_nouns", "adjunct_preps", "aiming_verbs", "audience_words", "backing_verbs",
        "cause_nouns", "craft_nouns", "definite_words", "denial_verbs", "deontic_modals", "deployable_nouns",
        "drawing_verbs", "dropping_verbs", "equating_verbs", "follower_nouns", "frame_nouns", "generic_bodies",
        "geographic_heads", "hypothetical_modals", "institution_nouns", "inverting_auxiliaries", "issue_preps",
        "issue_pronouns", "mediated_participles", "meeting_preps", "missile_nouns", "non_target_preps",
        "not_actor_words", "ordinal_words", "owning_verbs", "pair_nouns", "policy_nouns", "relative_adverbs",
        "sea_words", "state_organs", "subject_control_verbs", "supporting_verbs", "verb_pattern_bare_types",
        "willingness_words", "cooperating_verbs", "offered_nouns", "predicate_preps",
    )},
    "predicate_cues": "by_type",
})
"""Every table a lexicon file may hold, with its shape (see the comment above)."""

_FORMAT_HINT = "see the header of ontology/lexicon/cues.toml for the format"
_PATTERN_KEYS = frozenset({"verb", "verbs", "particle", "object", "prep", "cameo", "type", "mode", "bare", "undergone"})


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A verb pattern: verb lemmas, optional particle, object (words, head last; ``&name`` = a synset of
    ``verb_pattern_synsets``) and preposition phrase (preposition, then words, head last), with its CAMEO code,
    code-book type and PLOVER mode. ``bare``: the verb alone. ``undergone``: the verb's subject undergoes the act
    and the act's doer is named by "from"/"by" (CAMEO's ":" codes: "received tanks from", "faced criticism").

    >>> VerbPattern.from_entry({"verb": "break", "particle": "off", "object": "diplomatic relations",
    ...                         "cameo": "161", "type": "SANCTION"}).object
    ('diplomatic', 'relations')
    """

    verbs: tuple[str, ...]
    type: str
    cameo: str = ""
    mode: str = ""
    particle: str = ""
    object: tuple[str, ...] = ()
    prep: tuple[str, ...] = ()
    bare: bool = False
    undergone: bool = False

    @classmethod
    def from_entry(cls, entry: Mapping) -> VerbPattern:
        verbs = entry.get("verbs") or [entry.get("verb")]
        return cls(tuple(v.lower() for v in verbs), entry["type"], str(entry.get("cameo", "")), entry.get("mode", ""),
                   entry.get("particle", "").lower(), tuple(entry.get("object", "").lower().split()),
                   tuple(entry.get("prep", "").lower().split()), bool(entry.get("bare", False)),
                   bool(entry.get("undergone", False)))


_NO_WORDS: frozenset[str] = frozenset()


class Lexicon:
    """The rule word lists, one attribute per table of :data:`TABLES` (frozensets and read-only mappings).

    Immutable: build one with :meth:`load`. ``marchers`` includes ``protest_crowds``.
    """

    def __init__(self, tables: Mapping[str, object]):
        missing = set(TABLES) - set(tables)
        if missing:
            raise ValueError(f"lexicon tables missing: {sorted(missing)}")
        for name, shape in TABLES.items():
            value = tables[name]
            if shape == "words":
                value = frozenset(value)
            elif shape == "patterns":
                value = tuple(value)
            elif shape == "groups":
                value = MappingProxyType({group: frozenset(words) for group, words in value.items()})
            else:
                value = MappingProxyType(dict(value))
            object.__setattr__(self, name, value)
        object.__setattr__(self, "marchers", self.marchers | self.protest_crowds)

    def __setattr__(self, name, value):
        raise AttributeError("a Lexicon is immutable; build a new one with Lexicon.load(extra=[...])")

    def words(self, group: str) -> frozenset[str]:
        """The words of one ``construction_words`` group ("goal_nouns", "artifact_nouns" ...); none if absent.

        >>> "aim" in Lexicon.load().words("goal_nouns"), Lexicon.load().words("no such group")
        (True, frozenset())
        """
        return self.construction_words.get(group, _NO_WORDS)  # (one shared empty set: the rules ask 100,000s of times)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Lexicon:
        """The packaged lexicon (read once per process), plus the entries of the ``extra`` TOML files.

        Raises
        ------
        DataFileError
            if an extra file is missing, is not valid TOML (the message gives the line) or has an unknown
            table or a value of the wrong shape.
        """
        extra = [Path(p) for p in extra]
        if not extra:
            return _packaged()
        tables = {name: _copy(value) for name, value in _packaged_tables().items()}
        for path in extra:
            data = read_toml(path, what="lexicon")
            text = path.read_text(encoding="utf-8", errors="replace")  # for the line of a bad entry
            for name, entries in _tables_of(data, str(path), text).items():
                if TABLES[name] in ("words", "patterns"):
                    tables[name].extend(entries)
                elif TABLES[name] == "groups":  # a list gains words; a new name is a new list
                    for group, words in entries.items():
                        tables[name][group] = [*tables[name].get(group, ()), *words]
                else:
                    tables[name].update(entries)
        return cls(tables)


def _copy(value):
    return list(value) if isinstance(value, (list, tuple)) else dict(value)


_PATTERN_FIELDS = ("verbs", "particle", "object", "prep", "cameo", "type", "mode", "flag")


def _list_of_tables(value, bad) -> list[dict]:
    """Pattern entries as tables; a string entry is the compact form of a generated file, its fields in the order
    of _PATTERN_FIELDS separated by "|": "ease | | sanctions | | 085 | RETREAT | ease | " (faster to read)."""
    if not isinstance(value, list) or not all(isinstance(e, (dict, str)) for e in value):
        raise bad('a list of tables: name = [{ verb = "ease", object = "sanctions", type = "RETREAT" }, ...]')
    return [e if isinstance(e, dict) else _compact(e) for e in value]


def _compact(entry: str) -> dict:
    fields = dict(zip(_PATTERN_FIELDS, (f.strip() for f in entry.split("|"))))
    out = {k: v for k, v in fields.items() if v and k not in ("verbs", "flag")}
    out["verbs"] = fields.get("verbs", "").split()
    if fields.get("flag"):  # "bare" or "undergone" (another word is an unknown key, reported by _pattern)
        out[fields["flag"]] = True
    return out


def _pattern(entry: dict, name: str, where: str, event_type) -> VerbPattern:
    """One verb-pattern entry, checked: known keys, a verb, a type, and an object, particle, prep or bare."""
    def bad(why: str) -> DataFileError:
        return DataFileError(f"{where}: table {name!r} entry {entry!r}: {why}; write e.g. "
                             '{ verb = "ease", object = "sanctions", type = "RETREAT" }')

    unknown = set(entry) - _PATTERN_KEYS
    if unknown:
        raise bad(f"unknown key(s) {sorted(unknown)} (valid: {', '.join(sorted(_PATTERN_KEYS))})")
    verbs = entry.get("verbs", [entry.get("verb")])
    if not verbs or not all(isinstance(v, str) and v.strip() and " " not in v.strip() for v in verbs):
        raise bad("it needs verb = \"lemma\" (one word) or verbs = [\"lemma\", ...]")
    if "type" not in entry:
        raise bad("it needs type = \"TYPE\"")
    event_type(entry["type"])
    if not any(entry.get(k) for k in ("particle", "object", "prep", "bare")) or not all(
            isinstance(entry.get(k, ""), str) for k in ("particle", "object", "prep", "cameo", "mode")):
        raise bad("it needs an object, particle or prep (text), or bare = true")
    return VerbPattern.from_entry(entry)


def _tables_of(data: dict, origin: str, text: str = "") -> dict[str, object]:
    """The tables of one parsed file in their loaded form: lists of words, or dicts."""
    types = set(load_codebook())
    out: dict[str, object] = {}
    for name, value in data.items():
        where = f"lexicon file {origin!r}, line {_line_of(text, name)}"
        shape = TABLES.get(name)
        if shape is None:
            raise DataFileError(f"{where}: unknown table {name!r}; valid tables: {', '.join(sorted(TABLES))}")
        out[name] = _entries(name, shape, value, where, types)
    return out


def _line_of(text: str, table: str) -> int:
    """The line where ``table`` starts (``name = ...`` or ``[name]``; 1 if not found)."""
    found = re.search(rf"^[ \t]*\[?[ \t]*\"?{re.escape(table)}\"?\s*[\]=.]", text, re.M)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _entries(name: str, shape: str, value, where: str, types: set[str]):
    def bad(expected: str) -> DataFileError:
        return DataFileError(f"{where}: table {name!r} must be {expected}; {_FORMAT_HINT}")

    def event_type(t) -> str:
        if t not in types:
            raise DataFileError(f"{where}: table {name!r} names unknown event type {t!r}; "
                                f"valid types: {', '.join(sorted(types))}")
        return t

    if shape == "words":
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise bad('a list of words: name = ["word", ...]')
        return list(value)
    if shape == "patterns":
        return [_pattern(entry, name, where, event_type) for entry in _list_of_tables(value, bad)]
    if not isinstance(value, dict):
        raise bad("a table: name = { KEY = VALUE, ... }")
    if shape == "groups":
        if not all(isinstance(ws, list) and all(isinstance(w, str) for w in ws) for ws in value.values()):
            raise bad('a table of word lists: name = { list_name = ["word", ...] }')
        return {group: list(words) for group, words in value.items()}
    if shape == "by_type":
        if not all(isinstance(ws, list) and all(isinstance(w, str) for w in ws) for ws in value.values()):
            raise bad('a table of event types to word lists: name = { TYPE = ["word", ...] }')
        return {w.replace("_", " "): event_type(t) for t, ws in value.items() for w in ws}
    if not all(isinstance(t, str) for t in value.values()):
        raise bad('a table of words to event types: name = { "word" = "TYPE" }')
    if shape == "pairs":
        if not all(len(k.split()) == 2 for k in value):
            raise bad('a table of two-word keys: name = { "verb particle" = "TYPE" }')
        return {tuple(k.split()): event_type(t) for k, t in value.items()}
    return {k: event_type(t) for k, t in value.items()}


@functools.lru_cache(maxsize=1)
def _packaged_tables() -> dict[str, object]:
    tables: dict[str, object] = {}
    folder = files("stancegraph.ontology") / "lexicon"
    for name in LEXICON_FILES:
        origin = f"stancegraph.ontology/lexicon/{name}"
        for table, entries in _tables_of(tomllib.loads((folder / name).read_text(encoding="utf-8")), origin).items():
            if table in tables and TABLES[table] == "patterns":  # CAMEO's generated patterns and our own
                tables[table] = [*tables[table], *entries]
            elif table in tables and TABLES[table] == "groups":  # a construction's words from several files
                tables[table] = {group: sorted({*tables[table].get(group, ()), *words})
                                 for group, words in {**tables[table], **entries}.items()}
            elif table in tables:
                raise DataFileError(f"{origin}: table {table!r} is also in another packaged lexicon file")
            else:
                tables[table] = entries
    return tables


@functools.lru_cache(maxsize=1)
def _packaged() -> Lexicon:
    return Lexicon(_packaged_tables())


ENV_VAR = "STANCEGRAPH_LEXICON"
"""Environment variable: extra lexicon files (separated by os.pathsep) for every process that reads it at start,
so worker processes see the lexicon of the process that started them."""

_ACTIVE: list[Lexicon] = []  # the lexicon the rules read, set on first use


def active() -> Lexicon:
    """The lexicon the rules read: the packaged one (plus the files of :data:`ENV_VAR`) unless :func:`use`
    installed another."""
    if not _ACTIVE:
        extra = os.environ.get(ENV_VAR, "")
        _ACTIVE.append(Lexicon.load(extra=[p for p in extra.split(os.pathsep) if p]))
    return _ACTIVE[0]


def use(lexicon: Lexicon | None) -> Lexicon:
    """Make ``lexicon`` the one the rules read in this process (``None``: the packaged one); return the one it
    replaces, so a caller can put it back.

    >>> previous = use(Lexicon.load())
    >>> use(previous) is not None
    True
    """
    previous = active()
    _ACTIVE[:] = [lexicon if lexicon is not None else _packaged()]
    return previous


def use_lexicon_files(paths: Iterable[str | Path]) -> Lexicon:
    """Make the packaged lexicon plus the files ``paths`` the active one, in this process and (through
    :data:`ENV_VAR`) in the worker processes it starts; no paths: leave the active lexicon as it is.

    Raises
    ------
    DataFileError
        if a file is missing or malformed (before anything changes).
    """
    paths = [str(Path(p).resolve()) for p in paths]
    if not paths:
        return active()
    lexicon = Lexicon.load(extra=paths)
    os.environ[ENV_VAR] = os.pathsep.join(paths)
    use(lexicon)
    return lexicon


def __getattr__(name: str):
    """``lexicon.VERB_CUES`` etc.: the upper-case names of the former constants, read from the active lexicon."""
    if name.lower() in TABLES and name.isupper():
        return getattr(active(), name.lower())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
