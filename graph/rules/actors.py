"""Actor mentions named in a parsed Doc: registry entities (names, aliases, demonyms), metonyms of
capitals and institutions, minted actors for unknown names, places kept apart, and the state named beside
a person or group ("Venezuelan President Nicolas Maduro", "Lebanese Hezbollah"). Pronouns and descriptions
that refer back to these are resolved in stancegraph.rules.coreference."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Actor, ActorKind
from stancegraph.kb.places import contested, countries_of_place
from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.body_words import body_word, inside_longer_name, named_body_elsewhere
from stancegraph.rules.doc_index import children_of, doc_index, ents, select, sentence_at, sentence_of, text_of, tokens_containing
from stancegraph.rules.ethnic import ethnic_groups
from stancegraph.rules.located_groups import located_group
from stancegraph.rules.mintable import mintable
from stancegraph.rules.non_actor_names import in_place_name
from stancegraph.rules.phrase_state import of_igo, phrase_state, state_body
from stancegraph.rules.title_runs import name_after_title
from stancegraph.rules.title_phrase_names import person_after_title, state_word, unnamed_after_titles

__all__ = ["ActorMention", "mint_actor", "named_mentions", "is_locative", "OWNING_SUFFIXES"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_MINTED_KIND = {"PERSON": ActorKind.PERSON, "ORG": ActorKind.GROUP, "GPE": ActorKind.GROUP, "NORP": ActorKind.GROUP}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Actor(s) referred to by tokens ``start:end`` of a Doc; ``head`` is the span's syntactic root.

    Examples
    --------
    "Venezuelan President Nicolas Maduro" (tokens 2 to 4), with the state named beside him:

    >>> maduro = Actor(id="nicolas-maduro", label="Nicolas Maduro", kind=ActorKind.PERSON)
    >>> venezuela = Actor(id="VEN", label="Venezuela", kind=ActorKind.STATE, iso3="VEN")
    >>> m = ActorMention(2, 4, 3, (maduro,), "name", state_hint=venezuela)
    >>> m.actors[0].id, m.how, m.locative, m.state_hint.id
    ('nicolas-maduro', 'name', False, 'VEN')
    """

    start: int
    end: int
    head: int
    actors: tuple[Actor, ...]  # one actor; two or more for "the two presidents", "both sides"
    how: str  # name, alias, demonym, metonym, minted, pronoun, description
    locative: bool = False  # object of a place preposition: "in Ukraine"
    antecedent: tuple[int, int] | None = None  # token span the pronoun/description was resolved to
    state_hint: Actor | None = None  # a person's state named beside them: "Venezuelan President Nicolas Maduro"
    dual_state: Actor | None = None  # the other of two nationalities: "British-Iranian aid worker ..." (British)


def mint_actor(text: str, label: str) -> Actor:
    """A new actor for a name the registry does not know (stable id from the normalised name).

    ``label`` is the entity label: PERSON gives a person, any other label a group.

    Examples
    --------
    >>> mint_actor("the Wagner Group's", "ORG")
    Actor(id='x-wagner-group', label='Wagner Group', kind=<ActorKind.GROUP: 'group'>, iso3=None, wikidata=None, part_of=None, based_in=None, registered=False)
    >>> mint_actor("Ihor Zhovkva", "PERSON").id, mint_actor("Ihor Zhovkva", "PERSON").kind
    ('x-ihor-zhovkva', <ActorKind.PERSON: 'person'>)
    """
    text = re.sub(r"[’']s$", "", text.strip())  # "Ihor Zhovkva's" -> "Ihor Zhovkva"
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    norm = re.sub(r"^(the|a|an)\s+", "", norm.strip(), flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-") or "unnamed"
    label_text = re.sub(r"^(the|a|an)\s+", "", " ".join(text.split()), flags=re.I)
    return Actor(id=f"x-{slug}", label=label_text, kind=_MINTED_KIND.get(label, ActorKind.GROUP), registered=False)


# "U.S.-owned ship", "British-flagged tanker", "U.S.-led coalition", "Hamas-run ministry" name the owner;
# "Iran-backed militia", "Russian-made tanks" do not.
OWNING_SUFFIXES = frozenset("owned flagged led run operated registered commanded brokered mediated sponsored "
                             "hosted facilitated".split())


def is_locative(tok: Token) -> bool:
    """The token's phrase is the object of a place preposition ("in Moscow", "from Kyiv").

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "warned", "NATO", "in", "Moscow", "."], heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"])
    >>> is_locative(doc[4]), is_locative(doc[2])
    (True, False)
    """
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in lexicon().place_nouns | {"state"}:
        tok = tok.head  # "in Sudan's Gezira state", "in Pakistan's Balochistan province"
    if tok.dep_ != "pobj":
        return False
    prep = tok.head  # "in Moscow"; "the streets of Tbilisi"
    return prep.lower_ in lexicon().locative_preps or (prep.lower_ == "of" and prep.head.lemma_.lower() in lexicon().place_nouns)


def _looks_like_name(ent: Span) -> bool:
    """A minted actor needs a proper name: capitalised, with a proper noun, no pronoun, on one line,
    and not a storm ("Cyclone Remal")."""
    text = text_of(ent).strip()
    words = [w.lower() for w in re.sub(r"^(the|a|an)\s+", "", text, flags=re.I).split()]
    return (len(text) >= 2 and text[0].isupper() and any(t.pos_ == "PROPN" for t in ent)
            and text.split()[0].lower() not in lexicon().not_actor_words
            and not (len(words) == 1 and words[0] in lexicon().generic_bodies)  # "The Group proposes ...": no name
            and not any(t.is_space or t.pos_ == "PRON" or t.text in "()[]{}" for t in ent))


def _metonym_is_place(span: Span) -> bool:
    """'Moscow' names Russia as an actor unless the syntax makes it a place or part of a name."""
    root = span.root
    if is_locative(root):
        return True
    if root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.ent_type_ in ("", "ORG", "FAC"):
        return True  # "Washington Post", "Kyiv Independent"
    if span.end + 1 < len(span.doc) and span.doc[span.end].text == "," and span.doc[span.end + 1].ent_type_ == "GPE":
        return True  # "Moscow, Russia" — a dateline or a place
    return root.dep_ == "npadvmod" and root.head.pos_ in ("VERB", "AUX")


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


_OPENING, _CLOSING = {'"', "“", "«", "``"}, {'"', "”", "»", "''"}


def _in_quotes(ent: Span, *, longest: int = 8) -> bool:
    """A name inside a short quoted title or slogan ('the project "Books without Borders"') is no actor;
    a long quotation is speech, and names in it are actors."""
    words, sent, opened = doc_index(ent.doc).text, sentence_of(ent), None  # (the text column: no Token made)
    for i in range(sent.start, ent.start):  # is a quotation open where the name starts?
        if words[i] == '"':
            opened = None if opened is not None else i
        elif words[i] in _OPENING:
            opened = i
        elif words[i] in _CLOSING:
            opened = None
    if opened is None:
        return False
    closing = next((i for i in range(ent.end, sent.end) if words[i] in _CLOSING or words[i] == '"'), None)
    return closing is not None and closing - opened - 1 <= longest


def _generic_name(text: str) -> bool:
    """A body's name every state has: "Congress", "the Senate", "Parliament"."""
    key = " ".join(text.lower().split()).removeprefix("the ")
    return key in lexicon().construction_words["generic_body_names"]


def _names_a_place(ent: Span) -> bool:
    """A name used as a place whatever the NER's label: "the Kherson region", "from Avdiivka", and any
    name that is a city or region and no person's full name ("Mariupol residents", "shelling of Mykolaiv")."""
    if countries_of_place(text_of(ent)) and (ent.label_ != "PERSON" or len(ent) == 1 and not _titled(ent)):
        return True
    root = ent.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in lexicon().place_nouns:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in lexicon().locative_preps | {"from", "to", "toward", "towards"}


def _titled(ent: Span) -> bool:
    """A title stands before the name: "President Bush" is a person, whatever towns are called Bush."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_title and before.lemma_.lower() in lexicon().title_nouns


def _attributive(ent: Span) -> bool:
    """The name ends in an adjective that modifies a noun after it: "Russian military" in "a Russian
    military build-up" describes the build-up; it is not the armed forces acting."""
    last = ent[-1]
    return last.pos_ == "ADJ" and last.head.i >= ent.end and last.head.pos_ in ("NOUN", "PROPN")


def _states_named(doc: Doc, registry: ActorRegistry) -> dict[int, frozenset[str]]:
    """Sentence start -> ids of the states the registry's names in that sentence name."""
    named: dict[int, set[str]] = {}
    for ent in ents(doc):
        actor = registry.get(ent.ent_id_.split("#", 1)[0]) if ent.ent_id_ else None
        if actor is not None and actor.kind is ActorKind.STATE:
            named.setdefault(sentence_of(ent).start, set()).add(actor.id)
    return {start: frozenset(ids) for start, ids in named.items()}


def _entity_mentions(doc: Doc, registry: ActorRegistry) -> list[ActorMention]:
    in_ents = {i for ent in ents(doc) for i in range(ent.start, ent.end)}
    named = _states_named(doc, registry)

    def place_of(start: int, end: int, head: int, text: str) -> ActorMention | None:
        return _place(start, end, head, text, registry, named.get(sentence_at(doc, head).start, frozenset()))

    out = _token_mentions(doc, registry, in_ents, place_of)
    for ent in (*ents(doc), *unnamed_after_titles(doc, in_ents)):  # (and "... the President of Ukraine | Ihor Zhovkva")
        mention = _mention_of_entity(ent, registry, named, out, place_of)
        if mention is not None:
            out.append(mention)
    return out


def _token_mentions(doc: Doc, registry: ActorRegistry, in_ents: set[int], place_of) -> list[ActorMention]:
    """Mentions in single tokens outside the entities: owners ("U.S.-owned") and cities the NER missed."""
    out = []
    for tok in tokens_containing(doc, "-"):  # "U.S.-owned", "Hamas-run": one token naming the owner of what it describes
        prefix, dash, suffix = tok.text.rpartition("-")
        if dash and prefix and tok.i not in in_ents and suffix.lower() in OWNING_SUFFIXES:
            found = registry.lookup(prefix)
            if found:
                out.append(ActorMention(tok.i, tok.i + 1, tok.i, (found[0][0],), "owner", False))
    index = doc_index(doc)  # (select gives PROPN objects only: their part of speech and relation are not read again)
    for tok in select(doc, pos={"PROPN"}, dep={"pobj", "dobj"}):  # a city name the NER missed: "Troops shelled Kharkiv"
        if tok.i not in in_ents and tok.is_title and not any(
                index.dep[c.i] == "compound" and index.pos[c.i] == "PROPN" for c in children_of(tok)):  # no "Moscow State | University"
            place = place_of(tok.i, tok.i + 1, tok.i, tok.text)
            if place is not None and not registry.lookup(tok.text):
                out.append(place)
    return out


def _mention_of_entity(ent: Span, registry: ActorRegistry, named: dict[int, frozenset[str]],
                       found: list[ActorMention], place_of) -> ActorMention | None:
    """The mention one entity makes (an actor, a place, or none); ``found`` are the mentions before it."""
    doc, text = ent.doc, text_of(ent)  # (the text read once: each text_of joins the words anew)
    if ent.label_ == "LOC" and not ent.ent_id_:
        return place_of(ent.start, ent.end, ent.root.i, text)
    if ent.label_ not in _ACTOR_LABELS or not text.strip() or in_place_name(ent):
        return None  # ("the Sea of | Azov": a place's name, not the Azov regiment)
    if body_word(ent) and (inside_longer_name(ent) or named_body_elsewhere(ent)):
        return None  # "the Ukrainian World Congress", and "the Congress" after it (stancegraph.rules.body_words)
    if (name := name_after_title(ent)) is not None:  # "Minister of Education and | Science Serhiy Shkarlet"
        ent, text = Span(doc, name.start, name.end, label="PERSON"), doc_index(doc).span_text(name.start, name.end)  # the person after the portfolio
    actor, how = _registered_actor(ent, registry, text)
    if actor is None and (ent.label_ in ("GPE", "NORP", "FAC") or _names_a_place(ent)):
        # the NER reads "Aleppo province" as NORP, "the Kherson region" as a person
        place = place_of(ent.start, ent.end, ent.root.i, text)
        if place is not None:  # "Kharkiv", "Nairobi": a city, so a place in a known state
            return place
    if actor is None:
        if ent.label_ == "NORP" and not person_after_title(ent) or contested(text) or not _looks_like_name(ent) or _in_quotes(ent) or not mintable(ent):
            return None  # unknown religions/parties as adjectives (a NORP after a title is a name: "... of Ukraine | Roman Mashovets"), NER noise, titles
        label, head = "PERSON" if person_after_title(ent) else ent.label_, ent.root.head  # "First Lady of Ukraine | Olena Zelenska"
        if ent.root.dep_ == "compound" and (head.lower_ in lexicon().group_nouns or head.lower_ in lexicon().domestic_groups):
            label = "ORG"  # "Boko Haram militants": a group, whatever the NER guessed
        actor, how = mint_actor(text, label), "minted"
    if actor.kind is ActorKind.ORGAN and how == "alias" and (_generic_name(text) or of_igo(actor, registry)):
        if (local := _local_body(ent, actor, registry, named, found)) is not None:
            return local
    if actor.kind is ActorKind.ORGAN and actor.part_of and _attributive(ent):
        state = registry.get(actor.part_of)
        if state is not None and state.kind is ActorKind.STATE:
            actor, how = state, "demonym"  # "a Russian military build-up": Russia's build-up
    if (how == "demonym" or actor.kind is ActorKind.BLOC) and ent.end < len(doc) and doc[ent.end].text in lexicon().geographic_heads:
        # "British Columbia", "the West Bank": a place name, no actor (in its state if the gazetteer knows it)
        return place_of(ent.start, ent.end + 1, ent.end, doc[ent.start:ent.end + 1].text)
    if how == "metonym" and _metonym_is_place(ent):
        # "talks in Moscow" names a place, not an actor: kept only to locate domestic groups
        return ActorMention(ent.start, ent.end, ent.root.i, (actor,), "place", True)
    if how == "alias" and actor.kind is ActorKind.PERSON:
        person = _longer_person_name(ent, actor, registry)
        if person is not None:
            return person
    return ActorMention(ent.start, ent.end, ent.root.i, (actor,), how, is_locative(ent.root))


def _registered_actor(ent: Span, registry: ActorRegistry, text: str) -> tuple[Actor | None, str]:
    """The registered actor the entity ruler marked, else the first the registry finds by the text (``text``, the entity's)."""
    actor, how = None, "name"
    if ent.ent_id_ and "#" in ent.ent_id_:
        actor_id, how = ent.ent_id_.split("#", 1)
        actor = registry.get(actor_id)
    found = registry.lookup(text) if actor is None and not (text.islower() and _generic_name(text)) else None
    if found:  # (not a common noun: "host this international congress")
        actor, how = found[0]
    return actor, how


def _local_body(ent: Span, actor: Actor, registry: ActorRegistry, named: dict[int, frozenset[str]],
                found: list[ActorMention]) -> ActorMention | None:
    """"Congress" is the U.S. Congress unless its phrase ("the Brazilian Congress") or its sentence ("stormed Congress
    in Brasilia") names another state: then that state's own body (:mod:`stancegraph.rules.phrase_state`)."""
    own = phrase_state(ent, registry)  # "the US Congress", "the Russian Federation Security Council"
    if own is not None or not _generic_name(text_of(ent)):
        return None if own is None or own.id == actor.part_of else _body_of(ent, own, registry)
    sent = sentence_at(ent.doc, ent.root.i)
    others = named.get(sent.start, frozenset())  # ("the American people, ..., Congress": its own)
    located = {registry.get(code) for p in found if p.how == "place" and sent.start <= p.head < sent.end
               for code in [p.actors[0].id]}
    states = {s.id for s in located if s is not None} | set(others)
    if actor.part_of in states or len(states - {actor.part_of}) != 1:
        return None
    return _body_of(ent, registry.get(next(iter(states - {actor.part_of}))), registry)


def _body_of(ent: Span, state: Actor, registry: ActorRegistry) -> ActorMention:
    """The body named by ``ent`` as ``state``'s own (:func:`stancegraph.rules.phrase_state.state_body`)."""
    body = state_body(text_of(ent), state, registry)
    return ActorMention(ent.start, ent.end, ent.root.i, (body,), "alias" if body.registered else "group",
                        is_locative(ent.root), state_hint=None if body.registered else state)


def _longer_person_name(ent: Span, actor: Actor, registry: ActorRegistry) -> ActorMention | None:
    """A person's alias inside a longer name: "Nazanin Zaghari-Ratcliffe" is not John Ratcliffe, "Brigitte Macron" not
    Emmanuel Macron, but "Recep Tayyip Erdogan" is Erdogan; None when the alias stands alone."""
    doc = ent.doc
    if ent.start > 1 and doc[ent.start - 1].text == "-" and (
            doc[ent.start - 2].pos_ == "PROPN" and not registry.lookup(doc[ent.start - 2].text)):
        # (but "the Putin-Biden conversation" is a pair)
        start = ent.start - 2
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and not state_word(doc[start - 1], registry):
            start -= 1  # ("the First Lady of Poland | Agata Kornhauser-Duda": the state is a mention of its own)
        return ActorMention(start, ent.end, ent.root.i, (mint_actor(doc[start:ent.end].text, "PERSON"),),
                            "minted", is_locative(ent.root))
    if ent.start > 0:
        prev = doc[ent.start - 1]
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in lexicon().title_nouns and not (
                prev.ent_type_ == "ORG" or prev.ent_type_ in ("GPE", "NORP") and (prev.ent_iob_ == "I" or registry.lookup(prev.text))):
            longer = f"{prev.text} {text_of(ent)}"  # (a given name tagged NORP: "patient Vladyslav Honcharuk")
            if any(a.id == actor.id for a, _ in registry.lookup(longer)):  # "Recep Tayyip Erdogan"
                return ActorMention(ent.start - 1, ent.end, ent.root.i, (actor,), "name", is_locative(ent.root))
            return ActorMention(ent.start - 1, ent.end, ent.root.i, (mint_actor(longer, "PERSON"),),
                                "minted", is_locative(ent.root))
    return None


def _with_state_hints(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """Attach to each person the state named in their noun phrase: a demonym or country before the
    title ("Venezuelan President Nicolas Maduro", "his French counterpart Emmanuel Macron")."""
    states = {i: m for m in named if m.actors[0].kind is ActorKind.STATE for i in range(m.start, m.end)}
    out = []
    for m in named:
        actor = m.actors[0]
        if actor.kind is ActorKind.GROUP and not actor.registered:
            out.append(located_group(doc, m, states, named))
            continue
        if actor.kind is not ActorKind.PERSON or not states:
            out.append(m)
            continue
        root = doc[m.head]
        while root.dep_ in ("compound", "flat") and root.head.i != root.i and root.head.pos_ == "PROPN":
            root = root.head  # "South Korean President Yoon Suk Yeol" when the entity is "Yoon Suk"
        anchors = [root] + ([root.head] if root.dep_ == "appos" else [])
        hints: list[Actor] = []
        for a in anchors:
            for i in range(a.left_edge.i, a.i):
                if i in states and not (m.start <= i < m.end) and states[i].actors[0] not in hints:
                    hints.append(states[i].actors[0])
        if not hints:  # "A member of the Syrian parliament, Mohammed Mamoun,": the role's "of" phrase in apposition
            hints = [states[i].actors[0] for i in _role_of_phrase(root) if i in states and not (m.start <= i < m.end)][:1]
        if hints:
            m = replace(m, state_hint=hints[-1], dual_state=hints[0] if len(hints) == 2 else None)
        out.append(m)
    return out


def _role_of_phrase(person: Token) -> list[int]:
    """The tokens of the "of" phrase of a role noun in apposition with ``person`` ("a member of the Syrian
    parliament, Mohammed Mamoun", "Mohammed Mamoun, a deputy of the Syrian parliament")."""
    roles = ([person.head] if person.dep_ == "appos" else []) + [c for c in children_of(person) if c.dep_ == "appos"]
    return [t.i for r in roles if r.pos_ == "NOUN" and (r.lemma_.lower() in lexicon().title_nouns or r.lemma_.lower() == "member")
            for c in children_of(r) if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]


def named_mentions(doc: Doc, registry: ActorRegistry) -> list[ActorMention]:
    """The actors ``doc`` names, in text order, with the state named beside each person or group.

    Examples
    --------
    "Putin warned NATO in Moscow.": Moscow, a metonym of Russia, is a place here.

    >>> import datetime as dt, spacy
    >>> from stancegraph.model import Role
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="NATO", label="NATO", kind=ActorKind.IGO),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("Moscow", "RUS", "metonym"), ("NATO", "NATO", "name"),
    ...      ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "warned", "NATO", "in", "Moscow", "."],
    ...           heads=[1, 1, 1, 1, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], lemmas=["Putin", "warn", "NATO", "in", "Moscow", "."],
    ...           ents=["B-PERSON", "O", "B-ORG", "O", "B-GPE", "O"])
    >>> [(doc[m.start:m.end].text, m.actors[0].id, m.how, m.locative) for m in named_mentions(doc, registry)]
    [('Putin', 'vladimir-putin', 'alias', False), ('NATO', 'NATO', 'name', False), ('Moscow', 'RUS', 'place', True)]
    """
    # "ethnic Albanians" is a people, not Albania (stancegraph.rules.ethnic)
    return sorted(_with_state_hints(doc, ethnic_groups(doc, _entity_mentions(doc, registry))), key=lambda m: (m.start, m.end))
