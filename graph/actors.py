"""Actor mentions in a parsed Doc: registry entities, minted actors, metonymy guard, pronouns and
definite descriptions resolved to earlier mentions (a rule-based resolver over the parse)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from stancegraph.cues import noun_type
from stancegraph.lexicon import DOMESTIC_GROUPS, GROUP_NOUNS, LOCATIVE_PREPS, PLACE_NOUNS, QUANTITY_NOUNS, TITLE_NOUNS
from stancegraph.model import Actor, ActorKind
from stancegraph.places import countries_of_place
from stancegraph.registry import ActorRegistry

__all__ = ["ActorMention", "actor_mentions", "mint_actor", "MentionIndex"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_MINTED_KIND = {"PERSON": ActorKind.PERSON, "ORG": ActorKind.GROUP, "GPE": ActorKind.GROUP, "NORP": ActorKind.GROUP}
_PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
             "it": "thing", "its": "thing"}
_INSTITUTIONS = frozenset("legislature parliament congress government palace residence ministry headquarters court "
                          "assembly capital".split())
_FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "backer"})
# Event nouns whose modifier is the one who acts: "Israeli air strikes", "a Russian missile attack".
_FORCE_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE"})
_PAIR_NOUNS = {"president", "leader", "head", "side", "country", "state", "nation", "government",
               "minister", "power", "capital", "party"}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Actor(s) referred to by tokens ``start:end`` of a Doc; ``head`` is the span's syntactic root."""

    start: int
    end: int
    head: int
    actors: tuple[Actor, ...]  # one actor; two or more for "the two presidents", "both sides"
    how: str  # name, alias, demonym, metonym, minted, pronoun, description
    locative: bool = False  # object of a place preposition: "in Ukraine"
    antecedent: tuple[int, int] | None = None  # token span the pronoun/description was resolved to
    state_hint: Actor | None = None  # a person's state named beside them: "Venezuelan President Nicolas Maduro"


def mint_actor(text: str, label: str) -> Actor:
    """A new actor for a name the registry does not know (stable id from the normalised name)."""
    text = re.sub(r"[’']s$", "", text.strip())  # "Ihor Zhovkva's" -> "Ihor Zhovkva"
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    norm = re.sub(r"^(the|a|an)\s+", "", norm.strip(), flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "unnamed"
    label_text = re.sub(r"^(the|a|an)\s+", "", " ".join(text.split()), flags=re.I)
    return Actor(id=f"x-{slug}", label=label_text, kind=_MINTED_KIND.get(label, ActorKind.GROUP), registered=False)


def _is_locative(tok: Token) -> bool:
    """The token's phrase is the object of a place preposition ("in Moscow", "from Kyiv")."""
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in PLACE_NOUNS | {"state"}:
        tok = tok.head  # "in Sudan's Gezira state", "in Pakistan's Balochistan province"
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    # "in Moscow"; "the streets of Tbilisi"
    return prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS)


_GEOGRAPHIC_HEADS = frozenset("Columbia Ocean Sea Gulf Peninsula Strait Channel Basin Plain Plateau Desert Riviera "
                              "Alps Mountains Islands Guiana Highlands Lakes Coast".split())
_GENERIC_BODIES = frozenset("group office council committee ministry government president parliament commission "
                            "agency service department company board assembly court administration".split())
_NOT_ACTORS = frozenset("cyclone hurricane typhoon storm tropical covid coronavirus".split())


def _looks_like_name(ent: Span) -> bool:
    """A minted actor needs a proper name: capitalised, with a proper noun, no pronoun, on one line,
    and not a storm ("Cyclone Remal")."""
    text = ent.text.strip()
    words = [w.lower() for w in re.sub(r"^(the|a|an)\s+", "", text, flags=re.I).split()]
    return (len(text) >= 2 and text[0].isupper() and any(t.pos_ == "PROPN" for t in ent)
            and text.split()[0].lower() not in _NOT_ACTORS
            and not (len(words) == 1 and words[0] in _GENERIC_BODIES)  # "The Group proposes ...": no name
            and not any(t.is_space or t.pos_ == "PRON" or t.text in "()[]{}" for t in ent))


def _metonym_is_place(span: Span) -> bool:
    """'Moscow' names Russia as an actor unless the syntax makes it a place or part of a name."""
    root = span.root
    if _is_locative(root):
        return True
    if root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.ent_type_ in ("", "ORG", "FAC"):
        return True  # "Washington Post", "Kyiv Independent"
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.text == "," and span.end + 1 < len(span.doc) and span.doc[span.end + 1].ent_type_ == "GPE":
        return True  # "Moscow, Russia" — a dateline or a place
    return root.dep_ in ("npadvmod",) and root.head.pos_ in ("VERB", "AUX")


def _place(start: int, end: int, head: int, text: str, registry: ActorRegistry,
           named: frozenset[str] = frozenset()) -> ActorMention | None:
    """A city or region the registry does not know, as a place in its state ("Kharkiv" -> Ukraine);
    of the states with a place of that name, one ``named`` in the sentence wins ("Paris, Texas").
    Names are capitalised: "the west bank of the Dnipro" is no West Bank."""
    if not any(ch.isupper() for ch in text):
        return None
    states = [s for s in (registry.state_by_iso2(code) for code in countries_of_place(text)) if s is not None]
    state = next((s for s in states if s.id in named), states[0] if states else None)
    return ActorMention(start, end, head, (state,), "place", True) if state is not None else None


_OPENING = {'"', "“", "«", "``"}
_CLOSING = {'"', "”", "»", "''"}


def _in_quotes(ent: Span, *, longest: int = 8) -> bool:
    """A name inside a short quoted title or slogan ('the project "Books without Borders"') is no actor;
    a long quotation is speech, and names in it are actors."""
    doc, opened = ent.doc, None
    for t in doc[ent.sent.start:ent.start]:  # is a quotation open where the name starts?
        if t.text == '"':
            opened = None if opened is not None else t.i
        elif t.text in _OPENING:
            opened = t.i
        elif t.text in _CLOSING:
            opened = None
    if opened is None:
        return False
    closing = next((t.i for t in doc[ent.end:ent.sent.end] if t.text in _CLOSING or t.text == '"'), None)
    return closing is not None and closing - opened - 1 <= longest


def _generic_name(text: str) -> bool:
    """A body's name every state has: "Congress", "the Senate", "Parliament"."""
    key = " ".join(text.lower().split()).removeprefix("the ")
    return key in {"congress", "senate", "parliament", "cabinet", "government", "national assembly", "supreme court",
                   "constitutional court", "assembly"}


def _names_a_place(ent: Span) -> bool:
    """A name used as a place whatever the NER's label: "the Kherson region", "from Avdiivka", and any
    name that is a city or region and no person's full name ("Mariupol residents", "shelling of Mykolaiv")."""
    if countries_of_place(ent.text) and (ent.label_ != "PERSON" or len(ent) == 1):
        return True
    root = ent.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS | {"from", "to", "toward", "towards"}


def _attributive(ent: Span) -> bool:
    """The name ends in an adjective that modifies a noun after it: "Russian military" in "a Russian
    military build-up" describes the build-up; it is not the armed forces acting."""
    last = ent[-1]
    return last.pos_ == "ADJ" and last.head.i >= ent.end and last.head.pos_ in ("NOUN", "PROPN")


def _states_named(doc: Doc, registry: ActorRegistry) -> dict[int, frozenset[str]]:
    """Sentence start -> ids of the states the registry's names in that sentence name."""
    named: dict[int, set[str]] = {}
    for ent in doc.ents:
        actor = registry.get(ent.ent_id_.split("#", 1)[0]) if ent.ent_id_ else None
        if actor is not None and actor.kind is ActorKind.STATE:
            named.setdefault(ent.sent.start, set()).add(actor.id)
    return {start: frozenset(ids) for start, ids in named.items()}


def _entity_mentions(doc: Doc, registry: ActorRegistry) -> list[ActorMention]:
    out = []
    in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    named = _states_named(doc, registry)

    def place_of(start: int, end: int, head: int, text: str) -> ActorMention | None:
        return _place(start, end, head, text, registry, named.get(doc[head].sent.start, frozenset()))

    for tok in doc:  # "U.S.-owned", "Hamas-run": one token naming the owner of what it describes
        prefix, dash, suffix = tok.text.rpartition("-")
        if dash and prefix and tok.i not in in_ents and suffix.lower() in _OWNING_SUFFIXES:
            found = registry.lookup(prefix)
            if found:
                out.append(ActorMention(tok.i, tok.i + 1, tok.i, (found[0][0],), "owner", False))
    for tok in doc:  # a city name the NER missed: "Troops shelled Kharkiv"
        if tok.i not in in_ents and tok.pos_ == "PROPN" and tok.is_title and tok.dep_ in ("pobj", "dobj"):
            place = place_of(tok.i, tok.i + 1, tok.i, tok.text)
            if place is not None and not registry.lookup(tok.text):
                out.append(place)
    for ent in doc.ents:
        if ent.label_ == "LOC" and not ent.ent_id_:
            place = place_of(ent.start, ent.end, ent.root.i, ent.text)
            if place is not None:
                out.append(place)
            continue
        if ent.label_ not in _ACTOR_LABELS or not ent.text.strip():
            continue
        how = "name"
        actor = None
        if ent.ent_id_ and "#" in ent.ent_id_:
            actor_id, how = ent.ent_id_.split("#", 1)
            actor = registry.get(actor_id)
        if actor is None:
            found = registry.lookup(ent.text)
            if found:
                actor, how = found[0]
        if actor is None and (ent.label_ in ("GPE", "NORP", "FAC") or _names_a_place(ent)):
            # the NER reads "Aleppo province" as NORP, "the Kherson region" as a person
            place = place_of(ent.start, ent.end, ent.root.i, ent.text)
            if place is not None:  # "Kharkiv", "Nairobi": a city, so a place in a known state
                out.append(place)
                continue
        if actor is None:
            if ent.label_ == "NORP" or not _looks_like_name(ent) or _in_quotes(ent):
                continue  # unknown religions/parties as adjectives, NER noise ("you(I am"), titles ("Books without Borders")
            label = ent.label_
            head = ent.root.head
            if ent.root.dep_ == "compound" and (head.lower_ in GROUP_NOUNS or head.lower_ in DOMESTIC_GROUPS):
                label = "ORG"  # "Boko Haram militants": a group, whatever the NER guessed
            actor, how = mint_actor(ent.text, label), "minted"
        if actor.kind is ActorKind.ORGAN and how == "alias" and _generic_name(ent.text):
            # "Congress" is the U.S. Congress unless the sentence is about another state's ("stormed
            # Congress in Brasilia"): then it is that state's own body
            others = named.get(doc[ent.root.i].sent.start, frozenset()) - {actor.part_of}
            located = {registry.get(code) for p in out if p.how == "place" and doc[ent.root.i].sent.start <= p.head < doc[ent.root.i].sent.end
                       for code in [p.actors[0].id]}
            states = {s.id for s in located if s is not None} | set(others)
            if actor.part_of not in states and len(states - {actor.part_of}) == 1:
                state = registry.get(next(iter(states - {actor.part_of})))
                noun = ent.text.lower().removeprefix("the ")
                actor = Actor(id=f"x-{state.id.lower()}-{noun.replace(' ', '-')}", label=f"{noun} ({state.label})",
                              kind=ActorKind.GROUP, registered=False)
                out.append(ActorMention(ent.start, ent.end, ent.root.i, (actor,), "group", _is_locative(ent.root),
                                        state_hint=state))
                continue
        if actor.kind is ActorKind.ORGAN and actor.part_of and _attributive(ent):
            state = registry.get(actor.part_of)
            if state is not None and state.kind is ActorKind.STATE:
                actor, how = state, "demonym"  # "a Russian military build-up": Russia's build-up
        if how == "demonym" and ent.end < len(doc) and doc[ent.end].text in _GEOGRAPHIC_HEADS:
            continue  # "British Columbia", "the Indian Ocean", "the Arabian Sea": a place name, no actor
        if how == "metonym" and _metonym_is_place(ent):
            # "talks in Moscow" names a place, not an actor: kept only to locate domestic groups
            out.append(ActorMention(ent.start, ent.end, ent.root.i, (actor,), "place", True))
            continue
        if how == "alias" and actor.kind is ActorKind.PERSON and ent.start > 1 and doc[ent.start - 1].text == "-" and (
                doc[ent.start - 2].pos_ == "PROPN" and not registry.lookup(doc[ent.start - 2].text)):
            # "Nazanin Zaghari-Ratcliffe" is not John Ratcliffe (but "the Putin-Biden conversation" is a pair)
            start = ent.start - 2
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
                start -= 1
            out.append(ActorMention(start, ent.end, ent.root.i, (mint_actor(doc[start:ent.end].text, "PERSON"),),
                                    "minted", _is_locative(ent.root)))
            continue
        if how == "alias" and actor.kind is ActorKind.PERSON and ent.start > 0:
            prev = doc[ent.start - 1]
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in TITLE_NOUNS and not prev.ent_type_ in ("GPE", "NORP", "ORG"):
                longer = f"{prev.text} {ent.text}"
                if any(a.id == actor.id for a, _ in registry.lookup(longer)):  # "Recep Tayyip Erdogan"
                    out.append(ActorMention(ent.start - 1, ent.end, ent.root.i, (actor,), "name", _is_locative(ent.root)))
                else:  # "Brigitte Macron" is not Emmanuel Macron
                    out.append(ActorMention(ent.start - 1, ent.end, ent.root.i, (mint_actor(longer, "PERSON"),),
                                            "minted", _is_locative(ent.root)))
                continue
        out.append(ActorMention(ent.start, ent.end, ent.root.i, (actor,), how, _is_locative(ent.root)))
    return out


def _pair_description(tok: Token) -> bool:
    """'the two presidents', 'both leaders', 'both sides'."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _PAIR_NOUNS or tok.tag_ != "NNS":
        return False
    return any(c.lower_ in ("two", "both") for c in tok.children) or any(c.lower_ == "both" for c in tok.lefts)


def _resolve(tok: Token, earlier: list[ActorMention], want: str, exclude: set[str]) -> ActorMention | None:
    """The antecedent of a pronoun: the most recent mention that agrees; but a subject pronoun opening a
    new sentence continues the previous sentence's subject ("Zelensky thanked the U.S. and Biden. He also
    thanked ...": he is Zelensky), as subjects stay in focus across sentences."""
    def fits(m: ActorMention) -> bool:
        if m.locative or len(m.actors) != 1 or m.actors[0].id in exclude:
            return False
        kind = m.actors[0].kind
        if want == "person":
            return kind is ActorKind.PERSON
        return kind in (ActorKind.STATE, ActorKind.IGO, ActorKind.ORGAN, ActorKind.BLOC) and m.how != "demonym"

    candidates = [m for m in reversed(earlier) if fits(m)]
    if not candidates:
        return None
    doc = tok.doc
    latest_sent = doc[candidates[0].head].sent.start
    if tok.dep_ in ("nsubj", "nsubjpass") and latest_sent != tok.sent.start:
        subjects = [m for m in candidates if doc[m.head].sent.start == latest_sent and _in_subject(doc[m.head])]
        if subjects:
            return subjects[0]
    return candidates[0]


def _in_subject(tok: Token) -> bool:
    while tok.dep_ in ("compound", "flat", "appos", "conj", "amod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _clause_subject_actors(tok: Token, by_head: dict[int, ActorMention]) -> set[str]:
    """Actors that are subject of the pronoun's clause: 'Biden spoke with him' — him is not Biden."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    ids = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i in by_head:
            ids |= {a.id for a in by_head[c.i].actors}
    return ids


def _located_group(doc: Doc, m: ActorMention, states: dict[int, ActorMention], named: list[ActorMention]) -> ActorMention:
    """A group the registry does not know (Boko Haram, Hezbollah) is coded to the state named beside it
    ("Lebanese Hezbollah") or, failing that, to the one state the sentence places it in ("... in
    northeastern Nigeria"), as country-level event coding does."""
    root = doc[m.head]
    for i in range(root.left_edge.i, m.start):
        if i in states:
            return replace(m, state_hint=states[i].actors[0])
    sent = root.sent
    located = {p.actors[0].id: p.actors[0] for p in named
               if sent.start <= p.head < sent.end and p.locative and p.actors[0].kind is ActorKind.STATE}
    return replace(m, state_hint=next(iter(located.values()))) if len(located) == 1 else m


def _with_state_hints(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """Attach to each person the state named in their noun phrase: a demonym or country before the
    title ("Venezuelan President Nicolas Maduro", "his French counterpart Emmanuel Macron")."""
    states = {i: m for m in named if m.actors[0].kind is ActorKind.STATE for i in range(m.start, m.end)}
    out = []
    for m in named:
        actor = m.actors[0]
        if actor.kind is ActorKind.GROUP and not actor.registered:
            out.append(_located_group(doc, m, states, named))
            continue
        if actor.kind is not ActorKind.PERSON or not states:
            out.append(m)
            continue
        root = doc[m.head]
        while root.dep_ in ("compound", "flat") and root.head.i != root.i and root.head.pos_ == "PROPN":
            root = root.head  # "South Korean President Yoon Suk Yeol" when the entity is "Yoon Suk"
        anchors = [root] + ([root.head] if root.dep_ == "appos" else [])
        hint = None
        for a in anchors:
            for i in range(a.left_edge.i, a.i):
                if i in states and not (m.start <= i < m.end):
                    hint = states[i].actors[0]
        out.append(replace(m, state_hint=hint) if hint is not None else m)
    return out


def actor_mentions(doc: Doc, registry: ActorRegistry, *, window: int = 3) -> list[ActorMention]:
    """All actor mentions of ``doc`` in text order, pronouns and pair descriptions resolved against
    mentions of the same and the ``window`` previous sentences (recency, agreement, and the rule that
    an object pronoun does not refer to its own clause's subject)."""
    named = _with_state_hints(doc, _entity_mentions(doc, registry))
    taken = {i for m in named for i in range(m.start, m.end)}
    by_head = {m.head: m for m in named}
    sent_starts = [s.start for s in doc.sents]
    mentions = list(named)
    for tok in doc:
        if tok.i in taken:
            continue
        lower = tok.lower_
        if tok.pos_ == "PRON" and lower in _PERSONAL and not (lower == "it" and (
                tok.dep_ in ("dobj", "pobj", "attr", "expl") or _expletive(tok))):
            # an object "it" is mostly a thing ("the West saw it as an offensive move"), not a state
            sent_index = _sentence_index(sent_starts, tok.i)
            lo = sent_starts[max(0, sent_index - window)]
            earlier = sorted((m for m in mentions if lo <= m.start < tok.i), key=lambda m: m.start)
            exclude = set() if tok.dep_ == "poss" else _clause_subject_actors(tok, by_head)
            ante = _resolve(tok, earlier, _PERSONAL[lower], exclude)
            if ante is not None:
                m = ActorMention(tok.i, tok.i + 1, tok.i, ante.actors, "pronoun", _is_locative(tok), (ante.start, ante.end), ante.state_hint)
                mentions.append(m)
                by_head[tok.i] = m
        elif _pair_description(tok):
            sent_index = _sentence_index(sent_starts, tok.i)
            lo = sent_starts[max(0, sent_index - window)]
            want_person = tok.lemma_.lower() in ("president", "leader", "minister", "head")
            want_state = tok.lemma_.lower() in ("country", "state", "nation", "capital", "government")
            seen: list[Actor] = []
            for m in sorted((m for m in mentions if lo <= m.start < tok.i and not m.locative), key=lambda m: -m.start):
                for a in m.actors:
                    if not want_person and a.kind is ActorKind.PERSON:
                        # "X met his Australian counterpart Y, and the two sides agreed": the persons' states
                        a = registry.state_of(a.id) or (m.state_hint if len(m.actors) == 1 else None) or a
                    ok = (a.kind is ActorKind.PERSON) if want_person else (
                        a.kind is not ActorKind.PERSON and (a.kind is ActorKind.STATE or not want_state)
                        and (m.how != "demonym" or want_state))  # "U.S. and British warplanes ... the two countries"
                    if ok and a.id not in {s.id for s in seen}:
                        seen.append(a)
                if len(seen) == 2:
                    break
            if len(seen) == 2:
                left = min(c.i for c in tok.subtree)
                m = ActorMention(left, tok.i + 1, tok.i, tuple(reversed(seen)), "description", False)
                mentions.append(m)
                by_head[tok.i] = m
        elif _definite_description(tok) is not None:
            kinds = _definite_description(tok)
            sent_index = _sentence_index(sent_starts, tok.i)
            lo = sent_starts[max(0, sent_index - window)]
            earlier = sorted((m for m in mentions if lo <= m.start < tok.i and len(m.actors) == 1
                              and m.actors[0].kind in kinds and m.actors[0].registered and m.how != "description"),
                             key=lambda m: m.start)
            if earlier:  # "the group" -> Hezbollah, "the bloc" -> the EU, "the country" -> Nigeria
                # an organ ("the defence minister said") speaks for the state in focus: the last subject
                subjects = [m for m in earlier if _in_subject(doc[m.head])]
                ante = subjects[-1] if subjects and tok.lemma_.lower() in _STATE_ORGANS else earlier[-1]
                left = min(c.i for c in tok.subtree if c.i <= tok.i)
                m = ActorMention(left, tok.i + 1, tok.i, ante.actors, "description", _is_locative(tok),
                                 (ante.start, ante.end), ante.state_hint)
                mentions.append(m)
                by_head[tok.i] = m
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


# Definite descriptions that refer back to an actor of a known kind: "the group", "the bloc", "the country".
_DESCRIPTION_KINDS = {
    "group": (ActorKind.GROUP,), "movement": (ActorKind.GROUP,), "militia": (ActorKind.GROUP,),
    "organisation": (ActorKind.GROUP, ActorKind.IGO), "organization": (ActorKind.GROUP, ActorKind.IGO),
    "alliance": (ActorKind.IGO, ActorKind.BLOC), "bloc": (ActorKind.IGO, ActorKind.BLOC),
    "agency": (ActorKind.IGO,), "body": (ActorKind.IGO, ActorKind.ORGAN),
    "country": (ActorKind.STATE,), "kingdom": (ActorKind.STATE,), "island": (ActorKind.STATE,),
    "republic": (ActorKind.STATE,), "nation": (ActorKind.STATE,), "emirate": (ActorKind.STATE,),
}


_STATE_ORGANS = frozenset("government ministry army military president minister spokesman spokeswoman spokesperson "
                          "cabinet parliament embassy".split())


def _definite_description(tok: Token) -> tuple[ActorKind, ...] | None:
    """The kinds an anaphoric "the group" / "the rebel group" / "the alliance" may refer to, or None;
    "the defence minister", "the foreign ministry" (an organ with no state named) stand for the state last
    named. Only singular nouns with "the" and no name of their own ("the Kurdish group" is another group)."""
    lemma = tok.lemma_.lower()
    if lemma in _STATE_ORGANS and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NN", "NNP") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
            c.dep_ in ("compound", "amod", "poss", "prep") and (c.pos_ == "PROPN" or c.ent_type_ or c.dep_ == "prep")
            for c in tok.children):
        return (ActorKind.STATE,)  # "Poland has deployed soldiers, the defence minister said"
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or lemma not in _DESCRIPTION_KINDS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or c.ent_type_) for c in tok.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the country of origin", "the group of seven"
    return _DESCRIPTION_KINDS[tok.lemma_.lower()]


def _expletive(tok: Token) -> bool:
    """A dummy "it": "it is necessary to impose sanctions", "it was stressed that ...", "it seems that"."""
    head = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or head.i == tok.i:
        return False
    if head.lemma_.lower() in ("seem", "appear", "remain", "become", "happen") and any(c.dep_ == "ccomp" for c in head.children):
        return True
    clause = any(c.dep_ in ("xcomp", "ccomp", "csubj") or (c.dep_ == "advcl" and c.tag_ == "VB") for c in head.children)
    predicate = head.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)
    return clause and (predicate or tok.dep_ == "nsubjpass")


def _sentence_index(starts: list[int], i: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, i) - 1)


@dataclass
class MentionIndex:
    """Mentions of one Doc indexed by token for the extractor."""

    mentions: list[ActorMention]
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    by_head: dict[int, ActorMention] = field(default_factory=dict)
    registry: ActorRegistry | None = None  # for the states of persons whose followers act

    def __post_init__(self) -> None:
        self._doc = None
        self.places = [m for m in self.mentions if m.how == "place"]
        self.mentions = [m for m in self.mentions if m.how != "place"]
        self._groups: dict[int, ActorMention | None] = {}
        for m in self.mentions:
            self.by_head.setdefault(m.head, m)
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)

    def of_phrase(self, tok: Token) -> list[ActorMention]:
        self._doc = tok.doc
        return self._of_phrase(tok)

    def _of_phrase(self, tok: Token) -> list[ActorMention]:
        """The actor(s) a noun phrase headed by ``tok`` refers to.

        The phrase's own mention ("Russia", "Joe Biden"); for a title or group noun the name in
        apposition or compound ("his U.S. counterpart Joe Biden" -> Biden), else the state
        modifier ("Russian troops", "the U.S. side" -> Russia, the U.S.); coordinated phrases give one
        mention per conjunct ("Russia and China").
        """
        out = []
        for head in [tok, *_conjuncts(tok)]:
            m = self._of_single(head)
            if m is not None and m not in out:
                out.append(m)
                if self.by_token.get(head.i) is not m:  # "the ministers of France and Germany"
                    # "Ethiopian and Eritrean forces": coordinated demonyms name one actor each
                    conj = (self._of_single(c) or self.by_token.get(c.i) for c in _conjuncts(self._doc[m.head]))
                    out.extend(x for x in conj if x and x not in out)
        return out

    def _of_single(self, tok: Token) -> ActorMention | None:
        m = self.by_token.get(tok.i)
        if m is not None and m.how != "demonym":
            return m
        for c in tok.children:  # "counterpart Joe Biden": a name in apposition wins
            if c.dep_ == "appos" and c.i in self.by_token and self.by_token[c.i].how != "demonym":
                return self.by_token[c.i]
        if tok.pos_ == "PROPN":  # "Yoon Suk Yeol" when the named entity covers only "Yoon Suk"
            for c in tok.children:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in self.by_token and self.by_token[c.i].how != "demonym":
                    return self.by_token[c.i]
        lemma = tok.lemma_.lower()
        if m is not None and (tok.tag_ in ("NNPS", "NNS") or lemma.endswith("s")):
            return m  # "Russians", "Americans"
        if lemma in _FOLLOWER_NOUNS:  # "supporters of former Pakistani Prime Minister Imran Khan"
            followers = self._followers(tok)
            if followers is not None:
                return followers
        if tok.lower_ in QUANTITY_NOUNS or lemma in QUANTITY_NOUNS:  # "thousands of Georgians"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return self._of_single(g)
            for c in tok.children:  # "gang members", "opposition members": the domestic group
                if c.dep_ == "compound" and (c.lower_ in DOMESTIC_GROUPS or c.lemma_.lower() in DOMESTIC_GROUPS):
                    group = self._domestic_group(c)
                    if group is not None:
                        return group
        if (lemma in TITLE_NOUNS or lemma in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS or tok.lower_ in DOMESTIC_GROUPS
                or noun_type(tok) in _FORCE_TYPES):  # "Israeli air strikes killed ...": Israel's strikes
            # "his Japanese counterpart": a name or demonym before a possessive; the possessor of a
            # counterpart is the other side
            modifiers = sorted((c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                                and c.i in self.by_token), key=lambda c: c.dep_ == "poss")
            for c in modifiers:
                if not (c.dep_ == "poss" and lemma == "counterpart"):
                    return self.by_token[c.i]
            owner = _owner(tok, self.by_token)
            if owner is not None:
                return owner
            placed = self._placed_by_in(tok)
            if placed is not None:
                return placed
            for c in tok.children:  # "the government of Russia", "the leader of China", "teams from Greece"
                if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    for g in c.children:
                        if g.dep_ == "pobj" and g.i in self.by_token:
                            return self.by_token[g.i]
                        if g.dep_ == "pobj" and g.i > tok.i:  # "a team of Chinese medical experts"
                            inner = self._of_single(g)
                            if inner is not None:
                                return inner
            for c in tok.children:  # "government forces", "police officers": the domestic group
                if c.dep_ == "compound" and (c.lower_ in DOMESTIC_GROUPS or c.lemma_.lower() in DOMESTIC_GROUPS):
                    group = self._domestic_group(c)
                    if group is not None:
                        return group
        if m is not None and m.how == "demonym" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.pos_ == "PROPN":
            return m
        return self._domestic_group(tok) if m is None else None

    def _domestic_group(self, tok: Token) -> ActorMention | None:
        """'Police', 'protesters', 'the authorities' with no country named beside them: a group of the
        state where the sentence places them ("... in Nairobi" -> Kenya), as country-level event
        coding does; None when the sentence names no place. Armed forces are never placed this way
        (soldiers in Gaza need not be Palestinian)."""
        if tok.lemma_.lower() not in DOMESTIC_GROUPS and tok.lower_ not in DOMESTIC_GROUPS:
            return None
        if tok.i in self._groups:
            return self._groups[tok.i]
        sent = tok.sent
        # a state the sentence names as a place ("in northern Mozambique") outweighs a city name that is
        # also a city elsewhere ("the town of Palma": Palma de Mallorca is the bigger one)
        named = {m.actors[0].id: m.actors[0] for m in self.mentions
                 if sent.start <= m.head < sent.end and m.locative and m.actors[0].kind is ActorKind.STATE}
        cities = {p.actors[0].id: p.actors[0] for p in self.places
                  if sent.start <= p.head < sent.end and p.actors[0].kind is ActorKind.STATE}
        states = named if len(named) == 1 else (cities | named)
        if not states:  # "protesters surrounded Hong Kong's legislature": the state whose institution it is
            states = {m.actors[0].id: m.actors[0] for m in self.mentions if sent.start <= m.head < sent.end
                      and m.actors[0].kind is ActorKind.STATE and tok.doc[m.head].dep_ in ("poss", "compound")
                      and tok.doc[m.head].head.lemma_.lower() in _INSTITUTIONS}
        if len(states) > 1:  # "protesters stormed the embassy in Baghdad over a burning in Stockholm"
            nearest = self._nearest_place(tok)
            states = {nearest.id: nearest} if nearest is not None else states
        group = None
        if len(states) == 1:
            state = next(iter(states.values()))
            noun = tok.lower_ if tok.lower_ in DOMESTIC_GROUPS else tok.lemma_.lower()
            actor = Actor(id=f"x-{state.id.lower()}-{noun}", label=f"{noun} ({state.label})", kind=ActorKind.GROUP,
                          registered=False)
            group = ActorMention(tok.i, tok.i + 1, tok.i, (actor,), "group", False, state_hint=state)
        self._groups[tok.i] = group
        return group

    def _placed_by_in(self, tok: Token) -> ActorMention | None:
        """Security forces or police placed by their own "in" phrase: "security forces in Bangladesh"."""
        if not (tok.lemma_.lower() in ("force", "police", "guard", "troop") and any(
                c.lower_ in ("security", "riot", "police", "government", "border") for c in tok.children if c.dep_ == "compound")
                or tok.lemma_.lower() == "police"):
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    place = next((p for p in self.places + self.mentions if p.head == pobj.i and p.actors[0].kind is ActorKind.STATE), None)
                    if place is not None:
                        state = place.actors[0]
                        noun = tok.lower_
                        actor = Actor(id=f"x-{state.id.lower()}-{noun.replace(' ', '-')}", label=f"{noun} ({state.label})",
                                      kind=ActorKind.GROUP, registered=False)
                        return ActorMention(tok.i, tok.i + 1, tok.i, (actor,), "group", False, state_hint=state)
        return None

    def _followers(self, tok: Token) -> ActorMention | None:
        """The followers of a person, as a group of the person's state."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    leader = self.by_token.get(pobj.i)
                    if pobj.dep_ != "pobj" or leader is None or len(leader.actors) != 1:
                        continue
                    person = leader.actors[0]
                    state = leader.state_hint or (self.registry.home_state_of(person.id) if self.registry else None)
                    if person.kind is ActorKind.STATE:
                        state = person
                    if state is None:
                        continue
                    actor = Actor(id=f"x-supporters-of-{person.id.lower()}", label=f"supporters of {person.label}",
                                  kind=ActorKind.GROUP, registered=False)
                    return ActorMention(tok.i, tok.i + 1, tok.i, (actor,), "group", False, state_hint=state)
        return None

    def _nearest_place(self, tok: Token) -> Actor | None:
        """The state of the place named nearest to ``tok`` in the same clause, if one is."""
        clause = tok
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        lo, hi = clause.left_edge.i, clause.right_edge.i
        places = [m for m in self.places + [m for m in self.mentions if m.locative] if lo <= m.head <= hi
                  and m.actors[0].kind is ActorKind.STATE]
        # places inside a noun's own adjunct ("over a burning in Stockholm") are farther than the clause's
        places.sort(key=lambda m: (_depth(tok.doc[m.head], clause), abs(m.head - tok.i)))
        return places[0].actors[0] if places else None

    def within(self, tok: Token, *, skip_locative: bool = True, max_depth: int = 99) -> list[ActorMention]:
        """Mentions inside the subtree of ``tok`` (not inside its relative clauses), shallowest first."""
        found = {}
        clauses = {t.i for c in tok.subtree if c.dep_ in ("relcl", "acl") and c.i != tok.i for t in c.subtree}
        for t in tok.subtree:
            m = self.by_token.get(t.i)
            if m is None and t.dep_ in ("pobj", "dobj", "nsubj", "conj", "poss"):
                m = self._domestic_group(t)  # "water cannon against student demonstrators in Bangkok"
            if m is None or (skip_locative and m.locative) or t.i in clauses or _backer(t):
                continue
            depth = _depth(t, tok)
            if depth > max_depth:
                continue
            if m.start not in found or depth < found[m.start][0]:
                found[m.start] = (depth, m)
        return [m for _, m in sorted(found.values(), key=lambda dm: (dm[0], dm[1].start))]


# "U.S.-owned ship", "British-flagged tanker", "U.S.-led coalition", "Hamas-run ministry" name the owner;
# "Iran-backed militia", "Russian-made tanks" do not.
_OWNING = frozenset("own flag lead run operate register command".split())
_OWNING_SUFFIXES = frozenset("owned flagged led run operated registered commanded brokered mediated sponsored "
                             "hosted facilitated".split())


def _owner(tok: Token, by_token: dict[int, "ActorMention"]) -> "ActorMention | None":
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in _OWNING and c.i < tok.i:
            for g in c.children:
                if g.i in by_token and g.i < c.i:
                    return by_token[g.i]
    return None


_BACKING = frozenset("back support sponsor fund arm ally align inspire affiliate link make build".split())


def _backer(tok: Token) -> bool:
    """The name only says who backs or made something: "an Iran-backed militia", "Russian-made tanks"."""
    head = tok.head
    return (tok.dep_ in ("npadvmod", "compound", "amod", "nmod") and head.i != tok.i and head.lemma_.lower() in _BACKING
            and head.dep_ in ("amod", "compound"))


def _conjuncts(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "conj"] + [
        cc for c in tok.children if c.dep_ == "conj" for cc in _conjuncts(c)
    ]


def _depth(t: Token, root: Token) -> int:
    d = 0
    while t.i != root.i and t.head.i != t.i:
        t = t.head
        d += 1
    return d


def state_at(registry: ActorRegistry, actor: Actor, day: dt.date | None) -> Actor | None:
    """Whom a person or organ represented on ``day``: their state, or for officials and organs of an
    international organisation that organisation ("NATO Secretary General", "UN General Assembly");
    for a registered non-state group the state it is based in. None for states, IGOs and the unknown."""
    if actor.kind is ActorKind.GROUP:
        return registry.state_of(actor.id, day)
    if actor.kind not in (ActorKind.PERSON, ActorKind.ORGAN):
        return None
    state = registry.state_of(actor.id, day)
    if state is not None:
        return state
    org = registry.get(actor.part_of) if actor.kind is ActorKind.ORGAN and actor.part_of else None
    if actor.kind is ActorKind.PERSON:
        post = registry.post_of(actor.id, day)
        org = registry.get(post.organisation) if post is not None else None
    for _ in range(3):  # an organ of an organ: climb to the organisation itself
        if org is None or org.kind is not ActorKind.ORGAN or not org.part_of:
            break
        org = registry.get(org.part_of)
    return org if org is not None and org.kind in (ActorKind.IGO, ActorKind.BLOC, ActorKind.STATE) else None
