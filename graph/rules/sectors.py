"""Sectors from the text and the registry: "Egyptian police" is Egypt's police (EGY + COP), "Colombian rebels"
Colombia's rebels (COL + REB), a minister's post gives GOV (CAMEO country + sector codes; ontology/sectors.ttl).

- :func:`sector_mentions` turns a nationality or possessive state that modifies an agent noun ("Egyptian
  police", "the Kenyan parliament", "Russian troops") into a mention of that state's sector
  actor (:func:`sector_actor`: an organ of the state for GOV MIL COP JUD LEG SPY, else a group based in it),
  and an unmodified agent noun that is an object ("arrested demonstrators", "attacked an army base") into the
  sector actor of the state the sentence's first actor acts for (a domestic reading: CAMEO codes an agent
  with no country of its own by the actor that precedes it). A political opposition is the acting state's
  whoever acts on it ("President Museveni threatened to arrest opposition leaders"); a quantity does not hide
  the group it counts ("arrested thousands of opposition supporters"); a group placed in another state is
  not the acting state's ("Kenyan troops attacked a rebel camp in Somalia").
- :func:`with_sectors` gives each actor reference of a statement its sector: the actor's own (organs, groups,
  sector actors), else the post a person held that day (``ActorRef.post``), else the agent noun its words name
  ("the defence minister" -> GOV).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.sectors import (SECTORS, STATE_SECTORS, agent_nouns, agent_sector, may_name_sector,
                                    modifier_sector, sector_actor_id)
from stancegraph.model import Actor, ActorKind, ActorRef, Statement
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.doc_index import DocIndex, children_of, doc_index, select
from stancegraph.rules.group_states import DOMESTIC_SECTORS, lends_to_objects, stateless_group
from stancegraph.rules.lent_states import TITLE_SECTORS, lends_state
from stancegraph.rules.out_of_post import sector_out_of_post

__all__ = ["sector_actor", "sector_mentions", "with_sectors"]

_MODIFIER_DEPS = ("amod", "compound", "nmod")
_OBJECT_DEPS = ("dobj", "pobj", "nsubjpass", "attr", "conj", "appos")
_NOUN_TAGS = ("NOUN",)
# a noun that heads its own name ("President Nicolas Maduro") or is a thing, not a body of people
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def sector_actor(state: Actor, sector: str) -> Actor:
    """The actor "``sector`` of ``state``": an organ of the state for its own bodies, else a group in it.

    >>> egypt = Actor(id="EGY", label="Egypt", kind=ActorKind.STATE, iso3="EGY")
    >>> police = sector_actor(egypt, "COP")
    >>> police.id, police.label, police.kind.value, police.part_of, police.sector
    ('x-egy-cop', 'police (Egypt)', 'organ', 'EGY', 'COP')
    >>> sector_actor(egypt, "REB").based_in
    'EGY'
    """
    organ = sector in STATE_SECTORS
    return Actor(id=sector_actor_id(state.id, sector), label=f"{SECTORS[sector].lower()} ({state.label})",
                 kind=ActorKind.ORGAN if organ else ActorKind.GROUP, part_of=state.id if organ else None,
                 based_in=None if organ else state.id, sector=sector)  # as known as its state: not minted


def _agent_phrase_sector(noun: Token) -> str | None:
    """The sector of the agent noun ``noun`` with its compounds ("finance minister", "army base" -> MIL)."""
    index, i = doc_index(noun.doc), noun.i  # (the words from the Doc's columns)
    pos, dep, lemma, lower = index.pos[i], index.dep, index.lemma, index.lower
    if pos not in _NOUN_TAGS and not (pos == "PROPN" and index.text[i].islower()):
        return None  # (a lower-case word tagged a proper noun is the tagger's slip: "the finance minister")
    before = [c.i for c in index.children[i] if c.i < i]
    words = " ".join([*(lower[j] for j in before if dep[j] == "compound"), lemma[i]])
    sector = agent_sector(words) or agent_sector(lower[i])
    # "an army base", "a police station": the facility of a sector; "civilian advisers": the people of one
    modifiers = [j for j in before if dep[j] in ("compound", "amod") and not index.ent_type[j]]
    for j in reversed(modifiers):
        # "media workers", "media representatives": the media's, not labour's
        if sector is None or sector == "LAB" and dep[j] == "compound":
            sector = modifier_sector(lemma[j]) or modifier_sector(lower[j]) or sector
    return sector


def _may_name_sector(i: int, index: DocIndex) -> bool:
    """False when :func:`_agent_phrase_sector` gives no sector for the token ``i``: neither its lemma nor its
    word, nor the lemma or word of a modifier before it, may name one (kb.sectors.may_name_sector).
    Read from the Doc's columns: three in four of the objects it runs for (about 23,000 in 200 releases) stop
    here, and the phrase's look-ups cost several times this test."""
    lemma, lower, dep, ent_type = index.lemma, index.lower, index.dep, index.ent_type
    return any(may_name_sector(lemma[j]) or may_name_sector(lower[j]) for j in (
        i, *(c.i for c in index.children[i] if c.i < i and dep[c.i] in ("compound", "amod") and not ent_type[c.i])))


def _modified_noun(tok: Token) -> Token | None:
    """The common noun a nationality ``tok`` modifies ("Egyptian" -> police), or None. (A possessive state,
    "Hong Kong's legislature", stays the state: the institution nouns of rules.mention_index read it.)"""
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Armenian and Azerbaijani forces"
        tok = tok.head
    noun = tok.head
    if tok.dep_ not in _MODIFIER_DEPS or noun.i == tok.i or noun.pos_ not in _NOUN_TAGS:
        return None
    # "Venezuelan President Nicolas Maduro": the noun is a title of a name, the person is the actor; "Sidhoum,
    # Algeria's leading activist": an apposition describes a person
    if (noun.dep_ in ("compound", "appos") or any(c.pos_ == "PROPN" and c.i > noun.i for c in children_of(noun))
            or noun.ent_type_):
        return None
    return noun


def sector_mentions(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry | None = None,
                    day: dt.date | None = None) -> list[ActorMention]:
    """``mentions`` with states that modify an agent noun as their sector actors, and unmodified agent-noun
    objects as the sector actors of the state the sentence's first actor acts for (see the module doc).

    Examples
    --------
    >>> import spacy
    >>> egypt = Actor(id="EGY", label="Egypt", kind=ActorKind.STATE, iso3="EGY")
    >>> doc = Doc(spacy.blank("en").vocab, words=["Egyptian", "police", "arrested", "demonstrators", "."],
    ...           heads=[1, 2, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
    ...           pos=["ADJ", "NOUN", "VERB", "NOUN", "PUNCT"], lemmas=["Egyptian", "police", "arrest", "demonstrator", "."])
    >>> found = sector_mentions(doc, [ActorMention(0, 1, 0, (egypt,), "demonym")])
    >>> [(doc[m.start:m.end].text, m.actors[0].id, m.state_hint.id) for m in found]
    [('Egyptian', 'x-egy-cop', 'EGY'), ('demonstrators', 'x-egy-opp', 'EGY')]
    """
    out: list[ActorMention] = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    used_nouns: set[int] = set()
    for m in mentions:
        state = m.actors[0] if len(m.actors) == 1 else None
        if state is None or state.kind is not ActorKind.STATE or m.how not in ("demonym", "name", "alias"):
            out.append(m)
            continue
        noun = _modified_noun(doc[m.head]) if m.how == "demonym" else None
        if noun is not None and noun.lemma_.lower() in lexicon().words("not_agent_heads"):
            noun = None  # "the Ukrainian party officially outlined its proposals" at talks: Ukraine's side, no political party
        sector = _agent_phrase_sector(noun) if noun is not None and noun.i not in taken else None
        if sector is None:
            out.append(m)
            continue
        used_nouns.add(noun.i)
        out.append(replace(m, actors=(sector_actor(state, sector),), state_hint=state))
    taken |= used_nouns
    out += _object_agents(doc, out, taken, _StateOf(registry, day))  # noqa: the unmodified objects
    return sorted(out, key=lambda m: (m.start, m.end))


class _StateOf:
    """The state a subject's mention acts for: a state itself, the state named beside it, else (with a
    registry) the state a person or organ represented on the day."""

    def __init__(self, registry: ActorRegistry | None, day: dt.date | None) -> None:
        self.registry, self.day = registry, day

    @staticmethod
    def named(m: ActorMention) -> Actor | None:
        """The state itself or the state named beside it ("Egyptian police"), not one the registry gives."""
        return m.actors[0] if m.actors[0].kind is ActorKind.STATE else m.state_hint

    def __call__(self, m: ActorMention) -> Actor | None:
        actor = m.actors[0]
        if self.named(m) is not None or self.registry is None or actor.kind not in (ActorKind.PERSON, ActorKind.ORGAN):
            return self.named(m)
        state = self.registry.state_of(actor.id, self.day)
        return state if state is not None and state.kind is ActorKind.STATE else None




def _object_agents(doc: Doc, mentions: list[ActorMention], taken: set[int], state_of: _StateOf) -> list[ActorMention]:
    """Unmodified agent nouns that are objects of a verb whose subject is a state's sector actor: that state's
    sector actors ("Egyptian police arrested demonstrators", "Colombian rebels attacked an army base"), unless
    they are placed by their own phrase ("the rebels in Darfur") or the subject is a state body and they too.
    An opposition is the acting state's whoever acts on it (a state, its organs, its officials)."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    index = doc_index(doc)
    # (the only tokens the tests below keep: _agent_phrase_sector takes nouns; they have no entity type)
    for tok in select(doc, dep={*_OBJECT_DEPS, "nsubj"}, ent_type={""}, pos={"NOUN", "PROPN"}):
        if tok.i in taken or not _may_name_sector(tok.i, index):
            continue  # (the cheap tests first: no sector below)
        complement_subject = index.dep[tok.i] == "nsubj" and tok.head.dep_ in ("ccomp", "xcomp")  # "demanded that X resign"
        if not (index.dep[tok.i] in _OBJECT_DEPS or complement_subject):
            continue
        # the agent noun first: most objects are none, and the tests after it walk the noun's and the clause's words
        sector = _agent_phrase_sector(tok)
        if (sector is None or sector == "ELI"
                or any(c.dep_ in (*_MODIFIER_DEPS, "poss") and _named_modifier(c) and not _title_word(c) for c in children_of(tok))):
            continue
        counted = _counted(tok)  # "arrested thousands of opposition supporters": the supporters are the object
        if tok.dep_ == "pobj" and tok.head.lower_ not in ("against", "on", "with", "to") and counted is None:
            continue  # "in the streets", "near the base": places and circumstances, not parties
        subject = _subject_mention(counted or tok, by_token, state_of)
        if subject is None:
            continue
        # a state's police or a country's rebels act at home ("Egyptian police arrested demonstrators"); a state
        # itself judges or names others anywhere ("Ankara regards the militia as terrorists"), and a state's
        # body of its own sector is its own ("Britain mobilized army reservists")
        # but a legislature, a court or a police act on their own state's offices ("the Kenyan parliament
        # demanded that the finance minister resign": KEN-LEG -> KEN-GOV; stancegraph.rules.lent_states);
        # other groups only by a sector actor whose state the text names ("Russian soldiers are killing thousands
        # of civilians" abroad; "the Russian Armed Forces do not threaten civilians"), and never by a count
        domestic = sector in DOMESTIC_SECTORS
        if (subject.actors[0].sector is None and not domestic
                or sector in STATE_SECTORS and subject.actors[0].kind is ActorKind.ORGAN
                and not (sector in TITLE_SECTORS and lends_state(subject.actors[0]))
                or not domestic and (counted is not None or state_of.named(subject) is None)):
            continue
        state = state_of(subject)
        placed = [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("in", "from", "of")]
        if placed and not all(_places_in(p, state, by_token) for p in placed) or _elsewhere(tok, state, by_token):
            continue  # "the rebels in Darfur" attacked by Chadian troops are no Chadian rebels
        group = sector_actor(state, sector)
        if not (lends_to_objects(subject.actors[0], sector) or placed or _at_home(tok, state, by_token)):
            # "Russian troops bombed universities": not Russia's ("... a rebel camp in northern Kenya" is Kenya's)
            group, state = stateless_group(sector), None  # (stancegraph.rules.group_states)
            if group is None:
                continue
        left = min((c.i for c in children_of(tok) if c.dep_ in ("det", "compound", "nummod") and c.i < tok.i), default=tok.i)
        found.append(ActorMention(left, tok.i + 1, tok.i, (group,), "group", False, state_hint=state))
    return found


def _title_word(modifier: Token) -> bool:
    """An adjective that makes a title with its noun, not a nationality: "the interior minister"."""
    phrase = f"{modifier.lower_} {modifier.head.lemma_.lower()}"
    return modifier.pos_ == "ADJ" and not modifier.ent_type_ and agent_nouns().get(phrase) in TITLE_SECTORS


def _named_modifier(c: Token) -> bool:
    """A modifier that says whose the noun is or of what kind ("Islamic militants", "their troops", "civilian
    buildings": Palestinian homes demolished by Israeli bulldozers are no Israeli civilians), unless it is a
    word of an armed or political body tagged an adjective ("a rebel stronghold")."""
    if c.pos_ == "ADJ" and c.is_lower and not c.ent_type_:
        return modifier_sector(c.lemma_.lower()) not in _ARMED_OR_POLITICAL
    return c.pos_ in ("PROPN", "ADJ", "PRON")


_ARMED_OR_POLITICAL = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "MIL", "COP"})


def _places_in(prep: Token, state: Actor, by_token: dict[int, ActorMention]) -> bool:
    """``prep`` ("in northern Uganda") names only places of ``state``: "Ugandan troops attacked a rebel
    stronghold in northern Uganda" are Uganda's rebels."""
    pobjs = [p for p in children_of(prep) if p.dep_ == "pobj"]
    return prep.lower_ == "in" and bool(pobjs) and all(
        (m := by_token.get(p.i)) is not None and m.actors[0].id == state.id for p in pobjs)


def _elsewhere(tok: Token, state: Actor, by_token: dict[int, ActorMention]) -> bool:
    """The clause of ``tok`` happens in another state ("Kenyan troops attacked a rebel camp in Somalia")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any((m := by_token.get(p.i)) is not None and m.actors[0].kind is ActorKind.STATE and m.actors[0].id != state.id
               for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in" for p in children_of(c) if p.dep_ == "pobj")


def _at_home(tok: Token, state: Actor, by_token: dict[int, ActorMention]) -> bool:
    """The clause of ``tok`` happens in ``state`` ("Kenyan troops attacked a rebel camp in northern Kenya")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(_places_in(c, state, by_token) for c in children_of(verb) if c.dep_ == "prep")


def _counted(tok: Token) -> Token | None:
    """The quantity noun that counts ``tok`` as an object ("arrested thousands of supporters": thousands), or None."""
    quantity = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or quantity.dep_ not in _OBJECT_DEPS:
        return None
    return quantity if quantity.lower_ in lexicon().quantity_nouns else None


def _subject_mention(tok: Token, by_token: dict[int, ActorMention], state_of: _StateOf) -> ActorMention | None:
    """The mention of a state or a state's actor that is (or modifies) the subject of ``tok``'s verb (for an
    infinitive with no subject of its own, of the verb it completes: "threatened to arrest opposition leaders")."""
    verb = tok.head
    while verb.dep_ in ("prep", "conj", "ccomp", "xcomp") and verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if tok.dep_ == "nsubj" or tok.dep_ == "conj":  # the complement's subject: the subject of the clause above
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in children_of(verb)):
        verb = verb.head
    for child in children_of(verb):
        if child.dep_ != "nsubj":
            continue
        for word in [child, *children_of(child)]:
            m = by_token.get(word.i)
            if m is not None and len(m.actors) == 1 and not m.locative and state_of(m) is not None:
                return m
    return None


def with_sectors(st: Statement, registry: ActorRegistry, day: dt.date | None) -> Statement:
    """``st`` with the sector (and, for persons, the post) of its speaker, targets and source filled in.

    >>> from stancegraph.model import Role, Span
    >>> kenya = Actor(id="KEN", label="Kenya", kind=ActorKind.STATE, iso3="KEN")
    >>> doe = Actor(id="jane-doe", label="Jane Doe", kind=ActorKind.PERSON)
    >>> registry = ActorRegistry.from_records([kenya, doe], [("Kenya", "KEN", "name")],
    ...     [Role(person="jane-doe", organisation="KEN", title="Finance Minister", sector="GOV", start=dt.date(2020, 1, 1))])
    >>> st = Statement(document="d", sentence=Span(text="", start=0, end=0), cue=Span(text="", start=0, end=0),
    ...                speaker=ActorRef(actor=doe, state=kenya), type="DEMAND",
    ...                targets=(ActorRef(actor=kenya, mention=Span(text="the finance ministry", start=0, end=0)),))
    >>> done = with_sectors(st, registry, dt.date(2023, 1, 1))
    >>> done.speaker.sector, done.speaker.post.title, done.targets[0].sector
    ('GOV', 'Finance Minister', 'GOV')
    """
    speaker = _ref_sector(st.speaker, registry, day)
    targets = tuple(_ref_sector(t, registry, day) for t in st.targets)
    source = _ref_sector(st.source, registry, day) if st.source is not None else None
    if speaker is st.speaker and source is st.source and all(a is b for a, b in zip(targets, st.targets)):
        return st
    return replace(st, speaker=speaker, targets=targets, source=source)


def _ref_sector(ref: ActorRef, registry: ActorRegistry, day: dt.date | None) -> ActorRef:
    if ref.sector is not None:
        return ref
    actor, post, sector = ref.actor, None, ref.actor.sector
    if sector is None and actor.kind is ActorKind.PERSON and ref.state is not None:
        post = registry.post_of(actor.id, day)
        # out of post: after the last one a former official (ELI), before the first none (rules.out_of_post)
        sector = post.sector if post is not None else sector_out_of_post(registry, actor.id, day)
    if sector is None and ref.mention is not None and actor.kind is not ActorKind.PERSON:
        # a common noun phrase ("the defence minister", "protesters"), not a name ("Kachin Independence Army")
        words = [w for w in ref.mention.text.split() if w.lower() not in _DETERMINERS]
        if words and words[0][:1].islower():
            sector = agent_sector(" ".join(words))
    if sector is None and post is None:
        return ref
    return replace(ref, sector=sector, post=post)
