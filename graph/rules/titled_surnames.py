"""A title and a surname name the registry's person of that surname who held a post of that title: "President
Reagan" is Ronald Reagan, "Chancellor Kohl" Helmut Kohl, "Israeli Prime Minister Shamir" Yitzhak Shamir.

Wire news names leaders by title and surname alone, with no full name earlier in the document. Such a mention
links to a registered person when exactly one fits: their name's last word is the surname (or its first, for a
name written surname first: "President Kim" may be Kim Dae Jung), and they held a post of the title's kind (the
lexicon's ``post_title_kinds``: "Premier" is a prime minister, "Foreign Secretary" a foreign minister) in the state
named beside the title, if one is. Of several, the one in office on the document's date wins; with none in
office, the only one who held such a post before it; "former President X" looks at past holders only. A title
with a given name and the surname is read the same way among the persons of that given name ("former president
Carlos Menem" is Carlos Saul Menem, "Gambian President Dawda Jawara" Sir Dawda Jawara: spellings the registry's
names leave out).

The imported dictionaries title most posts by their sector only ("Government"), which cannot tell a president
from a minister of the same surname. Such a post fits a government title (not a monarch's: "King Hussein" is named
by a given name, which many bear as their last) only when no post is titled as the title is and one person of the
surname holds such posts ("President Reagan" in 2000, a former president; "Chancellor Kohl"; not "President Bush":
two, or "Chancellor Schroeder": the chancellor and a minister; a state named beside the title narrows them:
"Egyptian President Mubarak"), and only if they held it by the date (before it, for "former").

Otherwise the mention stays as it was (minted), and so does a bare surname, an honorific ("Mr. X"), a title of an
unknown body ("FIFA President X", "opposition leader X") and a surname the document names in full elsewhere
(:mod:`stancegraph.rules.names` links it to that name).
"""
from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.given_names import given_names
from stancegraph.kb.names import plain_word
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind, Role
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.names import nickname_of, person_words

__all__ = ["post_kind", "titled_surnames", "name_bearers"]

#: Kinds of the heads of a state or government: what "leader" names.
_HEADS = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir", "sultan", "emperor",
                    "supreme leader", "leader"})
#: Titles of monarchs, named by a given name: they link only with the state named.
_MONARCHS = frozenset({"king", "queen", "emir", "sultan", "emperor", "crown prince"})
#: Kinds a post of an imported person titled by its sector ("Government") does not fit.
_NOT_BY_SECTOR = frozenset({"general", "secretary general"}) | _MONARCHS
_EDGE_WORDS = ("of", "the", "-")
_ARTICLES = ("al-", "el-", "al ", "el ")
_MIN_SURNAME = 3


def _kinds() -> dict[str, str]:
    return _kind_table(lexicon().words("post_title_kinds"))


@functools.lru_cache(maxsize=4)  # one table per lexicon
def _kind_table(pairs: frozenset[str]) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def post_kind(title: str) -> str | None:
    """The kind of post a title names ("Premier" -> prime minister), by the lexicon's ``post_title_kinds``, without
    words such as "Acting"; a title of another minister is its own kind ("Health Minister"); else None.

    >>> post_kind("Premier"), post_kind("Acting President"), post_kind("President of the Swiss Confederation")
    ('prime minister', 'president', 'president')
    >>> post_kind("Health Minister"), post_kind("Government"), post_kind("Deputy Health Minister")
    ('health minister', None, None)
    """
    words = title.lower().replace("\u2019", "'").split()
    prefixes = lexicon().words("post_title_prefixes")
    while words and words[0] in prefixes:
        words = words[1:]
    phrase, kinds = " ".join(words), _kinds()
    if phrase in kinds:
        return kinds[phrase]
    if " of " in phrase and phrase.split(" of ", 1)[0] in kinds:
        return kinds[phrase.split(" of ", 1)[0]]  # "President of the Swiss Confederation"
    if len(words) >= 2 and words[-1] == "minister" and not {"deputy", "vice", "prime", "first"} & set(words):
        return phrase  # "Health Minister"
    return None


def _ministers(kind: str) -> bool:
    return kind.endswith("minister") and kind not in ("prime minister", "deputy prime minister")


def _same_kind(said: str, held: str) -> bool:
    """A title of kind ``said`` names the holder of a post of kind ``held``."""
    if said == held or (said == "leader" and held in _HEADS) or (held == "leader" and said in _HEADS):
        return True
    return _ministers(said) and _ministers(held) and "minister" in (said, held)


def _fits(kind: str, role: Role) -> bool:
    """The post ``role`` is of the title's ``kind`` by its title (a general's by its sector)."""
    if kind == "general":
        return role.sector == "MIL"
    held = post_kind(role.title)
    return held is not None and _same_kind(kind, held)


def _fits_by_sector(kind: str, role: Role) -> bool:
    """An imported post titled by its sector only ("Government") fits a government title, but no monarch's (a
    monarch is named by a given name, which many others bear as their last) and no general's."""
    return role.sector == "GOV" and post_kind(role.title) is None and kind not in _NOT_BY_SECTOR


def _surname_key(word: str) -> str:
    key = plain_word(word)
    return next((key[len(a):] for a in _ARTICLES if key.startswith(a) and len(key) > len(a) + 2), key)


@functools.lru_cache(maxsize=4)  # one index per registry, like the other per-registry look-ups
def name_bearers(registry: ActorRegistry) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Name word -> ids of the registered persons with posts whose name ends in it ("assad" for "Bashar al-Assad"),
    and whose name starts with it: the surname of a name written surname first ("Kim Dae Jung", "Wen Jiabao")."""
    last: dict[str, list[str]] = defaultdict(list)
    first: dict[str, list[str]] = defaultdict(list)
    for actor in registry.actors.values():
        words = actor.label.split()
        if actor.kind is ActorKind.PERSON and registry.roles(actor.id) and len(words) >= 2:
            last[_surname_key(words[-1])].append(actor.id)
            first[_surname_key(words[0])].append(actor.id)
    return ({key: tuple(sorted(ids)) for key, ids in last.items()}, {key: tuple(sorted(ids)) for key, ids in first.items()})


def _surname_bearers(registry: ActorRegistry, surname: str, given: str | None,
                     particle: str | None) -> tuple[list[str], list[str]]:
    """Ids of the persons ``surname`` names, and of those it may name but does not tell: by their name's last word
    (with a ``given`` name, those of that given name; after a ``particle``, those with it: "Ben Ali"), and by its
    first, for a name written surname first ("Kim Dae Jung"); a first word many registered names start with is a
    given name ("Ali Bongo", "Nelson Mandela"): its persons are told by no title with the surname."""
    last, first = name_bearers(registry)
    key = _surname_key(surname)
    if given is not None or particle is not None:
        return [pid for pid in last.get(key, ()) if (given is None or _given_fits(given, registry.actors[pid].label))
                and (particle is None or particle in [plain_word(w) for w in registry.actors[pid].label.split()[:-1]])], []
    named = [pid for pid in first.get(key, ()) if pid not in last.get(key, ())]
    if key in given_names():
        return list(last.get(key, ())), named
    return list(last.get(key, ())) + named, []


def _holder(registry: ActorRegistry, surname: str, kind: str, state: Actor | None, day: dt.date | None,
            past: bool, given: str | None = None, particle: str | None = None) -> Actor | None:
    """The one person of ``surname`` who held a post of ``kind`` (in ``state``) on ``day``, else before it; or None.

    Posts titled as the title is decide first, by the date. A post of an imported person titled by its sector only
    cannot tell a president from a minister ("Chancellor Schroeder" in 2012: Gerhard Schroeder, not the minister
    Kristina Schroeder then in office): such posts count only if one person of the surname (written either way)
    holds them and no one holds a post titled as the title is."""
    def in_state(role: Role) -> bool:
        return state is None or role.organisation == state.id or getattr(registry.state_of_org(role.organisation), "id", None) == state.id

    def fitting(pids: list[str], fits) -> dict[str, list[Role]]:
        return {pid: roles for pid in pids if (roles := [r for r in registry.roles(pid) if fits(kind, r) and in_state(r)])}

    if kind in _MONARCHS and state is None:
        return None  # "King Abdullah": a given name, the kingdom unnamed
    bearers, untold = _surname_bearers(registry, surname, given, particle)
    if fitting(untold, _fits) or fitting(untold, _fits_by_sector):
        return None  # "President Kim": Kim Dae Jung, Kim Young Sam ...
    last = name_bearers(registry)[0].get(_surname_key(surname), ())
    titled = fitting(bearers, _fits)
    for chosen in _stages(titled, day, past):
        if chosen:
            return registry.get(chosen[0]) if len(chosen) == 1 else None
    imported = [pid for pid in bearers if pid in registry.imported]
    by_sector = fitting(imported, _fits_by_sector)
    if titled or len(by_sector) != 1 or next(iter(by_sector)) not in last:
        return None
    return next((registry.get(chosen[0]) for chosen in _stages(by_sector, day, past) if chosen), None)


def _stages(posts: dict[str, list[Role]], day: dt.date | None, past: bool) -> Iterator[list[str]]:
    """The persons of ``posts`` (id -> posts) to choose from, best first: with no date all; for a former holder
    those whose post ended before ``day``; else those in office on ``day``, then those in such a post before it."""
    if day is None:
        yield list(posts)
    elif past:
        yield [pid for pid, roles in posts.items() if any(r.end is not None and r.end < day for r in roles)]
    else:
        yield [pid for pid, roles in posts.items() if any(r.valid_on(day) for r in roles)]
        yield [pid for pid, roles in posts.items() if any(r.start is None or r.start <= day for r in roles)]


def _title_words() -> frozenset[str]:
    """Every word of the titles of ``post_title_kinds``, their prefixes and the words of a past holder."""
    words = {w for title in _kinds() for w in title.split()}
    return frozenset(words | lexicon().words("post_title_prefixes") | lexicon().words("past_office_words"))


def _title(doc: Doc, name: Token, end: int, by_token: dict[int, ActorMention]) -> tuple[str, bool, Actor | None] | None:
    """(kind, past, state) of the title written right before the name ``name`` starts (it ends before ``end``), or
    None if there is none or it is qualified by anything but a state ("opposition leader", "FIFA President",
    "Microsoft's President")."""
    vocab, start = _title_words(), name.i
    while start > 0 and (plain_word(doc[start - 1].text) in vocab or doc[start - 1].text == "-"):
        start -= 1
    while start < name.i and doc[start].lower_ in _EDGE_WORDS:
        start += 1
    words = [t.lower_ for t in doc[start:name.i]]
    past_words = lexicon().words("past_office_words")
    past = any(w.rstrip("-") in past_words for w in words)
    words = [w for w in words if w.rstrip("-") not in past_words and w != "-"]
    kind = post_kind(" ".join(words)) if words else None
    if kind is None:
        return None
    state = None
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.tag_ == "POS" and start > 1:
        before = doc[start - 2]  # "Israel's Prime Minister"
    elif before is not None and before.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        before = None
    if before is not None:
        named = by_token.get(before.i)
        actor = named.actors[0] if named is not None and len(named.actors) == 1 else None
        if actor is not None and actor.kind in (ActorKind.STATE, ActorKind.IGO):
            state = actor  # "U.S. President", "Israeli Prime Minister"
        elif start <= before.head.i < end or doc[start - 1].tag_ == "POS":
            return None  # "opposition leader", "FIFA President", "Microsoft's President"
    return kind, past, state


def titled_surnames(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry,
                    day: dt.date | None) -> list[ActorMention]:
    """``mentions`` with each minted title + surname ("President Reagan") linked to the registry's one person of
    that surname and post on ``day`` (see the module doc); other mentions unchanged.

    Examples
    --------
    >>> import spacy
    >>> from stancegraph.rules.actors import mint_actor
    >>> usa = Actor(id="USA", label="United States", kind=ActorKind.STATE, iso3="USA")
    >>> reagan = Actor(id="ronald-reagan", label="Ronald Reagan", kind=ActorKind.PERSON)
    >>> registry = ActorRegistry.from_records([usa, reagan], [], [Role(person="ronald-reagan", organisation="USA",
    ...     title="President", sector="GOV", start=dt.date(1981, 1, 20), end=dt.date(1989, 1, 20))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["President", "Reagan", "spoke"], heads=[1, 2, 2],
    ...           deps=["compound", "nsubj", "ROOT"], pos=["PROPN", "PROPN", "VERB"], ents=["O", "B-PERSON", "O"])
    >>> [m] = titled_surnames(doc, [ActorMention(1, 2, 1, (mint_actor("Reagan", "PERSON"),), "minted")], registry, dt.date(2000, 1, 1))
    >>> m.actors[0].id, m.how
    ('ronald-reagan', 'alias')
    """
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    full = {plain_word(words[-1]) for m in mentions if len(m.actors) == 1 and m.actors[0].kind is ActorKind.PERSON
            and m.how != "pronoun" and len(words := person_words(doc[m.start:m.end])) >= 2}
    out = []
    for m in mentions:
        linked = _linked(doc, m, registry, day, by_token, full)
        out.append(linked if linked is not None else m)
    return out


def _linked(doc: Doc, m: ActorMention, registry: ActorRegistry, day: dt.date | None,
            by_token: dict[int, ActorMention], full: set[str]) -> ActorMention | None:
    actor = m.actors[0] if len(m.actors) == 1 else None
    if actor is None or actor.kind is not ActorKind.PERSON or actor.registered or m.how != "minted":
        return None
    particles = lexicon().words("name_particles")
    named = person_words(doc[m.start:m.end])
    words = [w for w in named if w.lower() not in particles]
    particle = plain_word(named[-2]) if len(named) >= 2 and named[-2].lower() in particles else None  # "Ben Ali"
    if not 1 <= len(words) <= 2 or len(words[-1]) < _MIN_SURNAME or (len(words) == 1 and plain_word(words[0]) in full):
        return None  # a longer name, or a surname the document names in full (rules.names links it)
    if len(words) == 2 and (len(words[0].rstrip(".")) < 2 or not words[0][:1].isupper()):
        return None  # an initial: "G. Bush"
    first = next((t for t in doc[m.start:m.end] if plain_word(t.text) == plain_word(named[0])), None)
    title = _title(doc, first, m.end, by_token) if first is not None else None
    if title is None:
        return None
    kind, past, state = title
    given = words[0] if len(words) == 2 else None
    person = _holder(registry, words[-1], kind, state or m.state_hint, day, past, given, particle)
    return replace(m, actors=(person,), how="alias") if person is not None else None


def _given_fits(given: str, label: str) -> bool:
    """``given`` is a given name of the person ``label`` names: a word before the surname, or its nickname's
    ("Carlos" of "Carlos Saul Menem", "Dawda" of "Sir Dawda Jawara", "Bill" of "William Clinton")."""
    names = [plain_word(w) for w in label.split()[:-1]]
    return plain_word(given) in names or nickname_of(given) in {nickname_of(n) for n in names}
