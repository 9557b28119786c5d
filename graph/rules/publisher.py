"""The publisher as context: in a presidency's own releases an unqualified "the President" or "the Head of
State" is that state's president on the document's date.

A press service names foreign presidents ("President of Poland Andrzej Duda", "the Polish President") and
leaves its own unnamed: "The President thanked Andrzej Duda for ...". Which publishers speak for which
state is data (the ``publishers`` table of ``ontology/lexicon/publishers.toml``; a user adds theirs with
``--lexicon``). The person is the registry's holder of a "President" post of that state on the day (dated
posts); with no such post, the state itself. A document of any other publisher, or with no source, keeps
the ordinary reading of :mod:`stancegraph.rules.coreference` (the subject in focus).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import urlsplit

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind, Document
from stancegraph.rules.actors import ActorMention, is_locative
from stancegraph.rules.doc_index import children_of, select

__all__ = ["publisher_state", "head_of_state", "post_holder", "house_mentions"]

_TITLE = "president"


def _publisher_name(document: Document) -> str:
    """'en.kremlin.ru', 'president.gov.ua/en': the source field, else the url's host and path, lower case."""
    name = (document.source or "").strip().lower()
    if not name and document.url:
        parts = urlsplit(document.url.strip().lower())
        name = parts.netloc + parts.path
    name = re.sub(r"^[a-z]+://", "", name)
    return name.removeprefix("www.").rstrip("/")


def _matches(name: str, publisher: str) -> bool:
    """'en.kremlin.ru/events' is 'kremlin.ru'; 'president.gov.ua/en' is 'president.gov.ua'; 'notkremlin.ru' is not."""
    publisher = publisher.strip().lower().removeprefix("www.").rstrip("/")
    if not publisher:
        return False
    host, _, path = name.partition("/")
    p_host, _, p_path = publisher.partition("/")
    same_host = host == p_host or host.endswith("." + p_host)
    return same_host and (not p_path or path == p_path or path.startswith(p_path + "/"))


def publisher_state(document: Document, registry: ActorRegistry) -> Actor | None:
    """The state whose voice the document's publisher is (the ``publishers`` lexicon table), or None.

    >>> from stancegraph.model import Actor, ActorKind
    >>> reg = ActorRegistry.from_records([Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR")],
    ...                                  [("Ukraine", "UKR", "name")], [])
    >>> publisher_state(Document(id="d", text="", source="president.gov.ua/en"), reg).id
    'UKR'
    >>> publisher_state(Document(id="d", text="", source="Reuters"), reg) is None
    True
    """
    name = _publisher_name(document)
    if not name:
        return None
    for state_id, publishers in sorted(lexicon().publishers.items()):
        if any(_matches(name, p) for p in publishers):
            state = registry.get(state_id)
            if state is not None and state.kind is ActorKind.STATE:
                return state
    return None


@functools.lru_cache(maxsize=4)  # one index per registry, like the other per-registry look-ups
def _holders(registry: ActorRegistry) -> dict[tuple[str, str], list]:
    """(organisation id, lower-case title) -> [(post, person)] of the registry's posts (built once per registry)."""
    index: dict[tuple[str, str], list] = {}
    for actor in registry.actors.values():
        if actor.kind is not ActorKind.PERSON:
            continue
        for role in registry.roles(actor.id):
            index.setdefault((role.organisation, role.title.strip().lower()), []).append((role, actor))
    return index


def post_holder(state: Actor, title: str, day: dt.date | None, registry: ActorRegistry) -> Actor | None:
    """The person who held the post ``title`` ("president", "prime minister") of ``state`` on ``day`` (the
    latest holder if ``day`` is None), else None.

    >>> from stancegraph.model import Actor, ActorKind, Role
    >>> kaz = Actor(id="KAZ", label="Kazakhstan", kind=ActorKind.STATE, iso3="KAZ")
    >>> reg = ActorRegistry.from_records(
    ...     [kaz, Actor(id="kassym-jomart-tokayev", label="Kassym-Jomart Tokayev", kind=ActorKind.PERSON)], [],
    ...     [Role(person="kassym-jomart-tokayev", organisation="KAZ", title="President", start=dt.date(2019, 3, 20))])
    >>> post_holder(kaz, "president", dt.date(2022, 1, 8), reg).id, post_holder(kaz, "president", dt.date(2018, 1, 8), reg)
    ('kassym-jomart-tokayev', None)
    """
    posts = [(r, a) for r, a in _holders(registry).get((state.id, title), ()) if day is None or r.valid_on(day)]
    if not posts:
        return None
    return max(posts, key=lambda p: (p[0].start or dt.date.min, p[1].id))[1]


def head_of_state(state: Actor, day: dt.date | None, registry: ActorRegistry) -> Actor:
    """The person who held ``state``'s presidency on ``day`` (the latest post if ``day`` is None), else ``state``.

    >>> from stancegraph.model import Actor, ActorKind, Role
    >>> ukr = Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR")
    >>> reg = ActorRegistry.from_records(
    ...     [ukr, Actor(id="petro-poroshenko", label="Petro Poroshenko", kind=ActorKind.PERSON),
    ...      Actor(id="volodymyr-zelenskyy", label="Volodymyr Zelenskyy", kind=ActorKind.PERSON)], [],
    ...     [Role(person="petro-poroshenko", organisation="UKR", title="President", start=dt.date(2014, 6, 7), end=dt.date(2019, 5, 20)),
    ...      Role(person="volodymyr-zelenskyy", organisation="UKR", title="President", start=dt.date(2019, 5, 20))])
    >>> head_of_state(ukr, dt.date(2022, 3, 1), reg).id, head_of_state(ukr, dt.date(2016, 3, 1), reg).id
    ('volodymyr-zelenskyy', 'petro-poroshenko')
    """
    return post_holder(state, _TITLE, day, registry) or state


def _bare_title(tok: Token) -> tuple[int, int] | None:
    """The span of an unqualified "the President" / "the Head of State" headed by ``tok``, else None:
    no name, country, possessive or "of ..." of its own ("President Duda", "the Polish President",
    "the President of Poland", "the President's Office" and "Office of the President" are not)."""
    words = [c for c in children_of(tok) if c.dep_ not in ("det", "punct")]
    if tok.lower_ == _TITLE and tok.tag_ in ("NN", "NNP") and not words:
        pass
    elif tok.lower_ == "head" and len(words) == 1 and words[0].lower_ == "of" and [
            (g.lower_, [c.dep_ for c in children_of(g)]) for g in children_of(words[0])] == [("state", [])]:
        pass
    else:
        return None
    det = [c for c in children_of(tok) if c.dep_ == "det"]
    if [c.lower_ for c in det] not in (["the"], []) or tok.dep_ in ("compound", "poss", "appos", "conj"):
        return None
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return None  # "the Office of the President", "a meeting of the President"
    if tok.ent_type_ not in ("", "PERSON") or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ == "PERSON"):
        return None  # inside an organisation's name; "President Zelensky" mis-parsed
    start = det[0].i if det else tok.i
    return start, max(c.i for c in tok.subtree) + 1


def house_mentions(doc: Doc, mentions: list[ActorMention], document: Document,
                   registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` with each unqualified "the President" / "the Head of State" of a presidency's own release
    resolved to its head of state on the document's date (:func:`head_of_state`); unchanged for other publishers.

    Replaces any reading of those words made before (a description resolved to the subject in focus).
    """
    state = publisher_state(document, registry)
    if state is None:
        return mentions
    holder = head_of_state(state, document.date, registry)
    hint = state if holder is not state else None
    by_head = {m.head: m for m in mentions}
    found: dict[int, ActorMention] = {}
    for tok in select(doc, lower={_TITLE, "head"}):
        own = by_head.get(tok.i)
        if own is not None and own.how not in ("description", "minted"):
            continue
        span = _bare_title(tok)
        if span is not None:
            found[tok.i] = ActorMention(span[0], span[1], tok.i, (holder,), "alias", is_locative(tok), state_hint=hint)
    if not found:
        return mentions
    taken = {i for m in found.values() for i in range(m.start, m.end)}
    kept = [m for m in mentions if m.head not in found and not (taken & set(range(m.start, m.end)))]
    return sorted(kept + list(found.values()), key=lambda m: (m.start, m.end))

