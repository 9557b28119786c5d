"""Actor mentions of one Doc indexed by token for the extractor: whose phrase a token is, the group or
state a phrase stands for (owners, followers, domestic groups, places), and the state a person or organ
represented on a day."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from stancegraph.rules.actors import OWNING_SUFFIXES, ActorMention
from stancegraph.rules.allegiance import leader_phrases, speaks_for
from stancegraph.rules.named_bodies import reporting_body
from stancegraph.rules.agent_heads import agent_head, reported_subject
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.group_states import of_many_states
from stancegraph.rules.titled_names import titled_person
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.places import contested
from stancegraph.model import Actor, ActorKind
from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.doc_index import children_of, doc_index, sentence_of
from stancegraph.rules.represented_states import state_at  # (the extractor's other look-up of states, read from here)

__all__ = ["MentionIndex", "state_at"]

_FORCE_TYPES = frozenset({"FIGHT", "ASSAULT", "COERCE"})  # event nouns whose modifier acts: "Russian air strikes"


@dataclass
class MentionIndex:
    """Mentions of one Doc indexed by token for the extractor.

    Examples
    --------
    "Russian troops attacked Ukraine.": the troops are Russia's.

    >>> import datetime as dt, spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.model import Role
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR"),
    ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
    ...     [("Russia", "RUS", "name"), ("Russian", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Putin", "vladimir-putin", "alias")],
    ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russian", "troops", "attacked", "Ukraine", "."],
    ...           heads=[1, 2, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
    ...           pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"], lemmas=["Russian", "troop", "attack", "Ukraine", "."],
    ...           ents=["B-NORP", "O", "O", "B-GPE", "O"])
    >>> index = MentionIndex(actor_mentions(doc, registry), registry=registry)
    >>> sorted(index.by_token), [(m.actors[0].id, m.how) for m in index.mentions]
    ([0, 3], [('RUS', 'demonym'), ('UKR', 'name')])
    >>> [m.actors[0].id for m in index.of_phrase(doc[1])], [m.actors[0].id for m in index.of_phrase(doc[3])]
    (['RUS'], ['UKR'])
    """

    mentions: list[ActorMention]
    by_token: dict[int, ActorMention] = field(default_factory=dict)
    by_head: dict[int, ActorMention] = field(default_factory=dict)
    registry: ActorRegistry | None = None  # for the states of persons whose followers act

    def __post_init__(self) -> None:
        self._doc = None
        # the answers of of_phrase and _of_single per token of self._doc: the cue rules ask again for the same
        # subjects and objects (a fifth of the calls), and the answers read only this index and the Doc
        self._phrases: dict[int, list[ActorMention]] = {}
        self._singles: dict[int, ActorMention | None] = {}
        self.places = [m for m in self.mentions if m.how == "place"]
        self.mentions = [m for m in self.mentions if m.how != "place"]
        self._groups: dict[int, ActorMention | None] = {}
        for m in self.mentions:
            self.by_head.setdefault(m.head, m)
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)

    def of_phrase(self, tok: Token) -> list[ActorMention]:
        """The actor(s) the noun phrase headed by ``tok`` refers to: its own name, a name in apposition,
        the state modifying a title or group noun ("Russian troops"), one per conjunct ("Russia and China").

        Examples
        --------
        >>> import datetime as dt, spacy
        >>> from spacy.tokens import Doc
        >>> from stancegraph.model import Role
        >>> from stancegraph.rules.coreference import actor_mentions
        >>> registry = ActorRegistry.from_records(
        ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR"),
        ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
        ...     [("Russia", "RUS", "name"), ("Russian", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Putin", "vladimir-putin", "alias")],
        ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
        >>> doc = Doc(spacy.blank("en").vocab, words=["Russian", "troops", "attacked", "Ukraine", "."],
        ...           heads=[1, 2, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
        ...           pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"], lemmas=["Russian", "troop", "attack", "Ukraine", "."],
        ...           ents=["B-NORP", "O", "O", "B-GPE", "O"])
        >>> index = MentionIndex(actor_mentions(doc, registry), registry=registry)
        >>> [(doc[m.start:m.end].text, m.actors[0].id) for m in index.of_phrase(doc[1])]
        [('Russian', 'RUS')]
        >>> index.of_phrase(doc[2])
        []
        """
        if tok.doc is not self._doc:
            self._doc, self._phrases, self._singles = tok.doc, {}, {}
        found = self._phrases.get(tok.i)
        if found is None:
            found = self._phrases[tok.i] = self._of_phrase(tok)
        return list(found)  # (a list of the caller's own)

    def _of_phrase(self, tok: Token) -> list[ActorMention]:
        """The actor(s) a noun phrase headed by ``tok`` refers to: the phrase's own mention; for a title or group
        noun the name in apposition or compound ("his U.S. counterpart Joe Biden" -> Biden) or right after its
        phrase ("President of Egypt Abdel Fattah el-Sisi"), else the state modifier ("Russian troops", "the
        U.S. side" -> Russia, the U.S.); coordinated phrases give one mention per conjunct."""
        out = []
        for head in [tok, *_conjuncts(tok)]:
            m = titled_person(head, self.by_token) or self._of_single(head)  # "President of Belarus | A. Lukashenko"
            if m is not None and m not in out:
                out.append(m)
                if self.by_token.get(head.i) is not m:  # "the ministers of France and Germany"
                    # "Ethiopian and Eritrean forces": coordinated demonyms name one actor each
                    # "scores of Sierra Leonean and Liberian refugees": a conjunct's own demonym
                    conj = (self._of_single(c) or self.by_token.get(c.i) or _demonym_of(c, self.by_token)
                            for c in _conjuncts(self._doc[m.head]))
                    out.extend(x for x in conj if x and x not in out)
        return out

    def _of_single(self, tok: Token) -> ActorMention | None:
        if tok.i not in self._singles:
            self._singles[tok.i] = self._single(tok)
        return self._singles[tok.i]

    def _single(self, tok: Token) -> ActorMention | None:
        """The actor of the phrase headed by ``tok`` alone (no conjuncts), as :meth:`_of_phrase` reads it."""
        m = self.by_token.get(tok.i)
        if m is not None and m.how != "demonym":
            return m
        # (the token's and its children's words and labels from the Doc's columns: most phrases are no actor's,
        # and every test below runs for them)
        index, lex = doc_index(tok.doc), lexicon()
        dep, pos, lemma, lower = index.dep, index.pos[tok.i], index.lemma[tok.i], index.lower[tok.i]
        if m is None and pos == "NOUN":
            owner = _owner(tok, self.by_token)
            if owner is not None:  # "the British-flagged tanker Stena Impero": the owner, not the ship's name
                return owner
        for c in children_of(tok):  # "counterpart Joe Biden": a name in apposition wins
            if dep[c.i] == "appos" and c.i in self.by_token and self.by_token[c.i].how != "demonym":
                return self.by_token[c.i]
        if pos == "PROPN":  # "Yoon Suk Yeol" when the named entity covers only "Yoon Suk"
            for c in children_of(tok):
                if dep[c.i] == "compound" and c.pos_ == "PROPN" and c.i in self.by_token and self.by_token[c.i].how != "demonym":
                    return self.by_token[c.i]
        if m is not None and (index.tag[tok.i] in ("NNPS", "NNS") or lemma.endswith("s")):
            return m  # "Russians", "Americans"
        if leader_phrases(tok):  # "supporters of former Pakistani Prime Minister Imran Khan", "militants loyal to X"
            followers = self._followers(tok)
            if followers is not None:
                return followers
        if lower in lex.quantity_nouns or lemma in lex.quantity_nouns:  # "thousands of Georgians"
            for c in children_of(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in children_of(c):  # "thousands of opposition supporters": the group the quantity counts
                        if g.dep_ == "pobj":
                            return self._of_single(g) or self._compound_group(g)
            if (group := self._compound_group(tok)) is not None:  # "gang members", "opposition members"
                return group
        if m is None and (subject := reported_subject(tok) or reporting_body(tok)) is not None:  # "The Fijian rebels said they"
            return self._of_single(subject)
        if (lemma in lex.title_nouns or lemma in lex.group_nouns or lower in lex.group_nouns or lower in lex.domestic_groups
                or noun_type(tok) in _FORCE_TYPES or agent_head(tok)):  # "Israeli air strikes", "Burundian militiamen"
            # "his Japanese counterpart": a name or demonym before a possessive; the possessor of a
            # counterpart is the other side
            modifiers = sorted((c for c in children_of(tok) if c.dep_ in ("compound", "amod", "poss", "nmod")
                                and c.i in self.by_token), key=lambda c: c.dep_ == "poss")
            for c in modifiers:
                if not (c.dep_ == "poss" and lemma in lexicon().words("other_side_nouns")):
                    return self.by_token[c.i]
            owner = _owner(tok, self.by_token)
            if owner is not None:
                return owner
            placed = self._placed_by_in(tok)
            if placed is not None:
                return placed
            for c in children_of(tok):  # "the government of Russia", "the leader of China", "teams from Greece"
                if c.dep_ == "prep" and (c.lower_ in ("of", "from") or c.lower_ == "for" and speaks_for(tok)):  # "a spokesman for X"
                    for g in children_of(c):
                        if g.dep_ == "pobj" and g.i in self.by_token:
                            return self.by_token[g.i]
                        if g.dep_ == "pobj" and g.i > tok.i:  # "a team of Chinese medical experts"
                            inner = self._of_single(g)
                            if inner is not None:
                                return inner
            group = self._compound_group(tok)  # "government forces", "police officers": the domestic group
            if group is not None:
                return group
        if m is not None and m.how == "demonym" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.pos_ == "PROPN":
            return m
        return self._domestic_group(tok) if m is None else None

    def _compound_group(self, tok: Token) -> ActorMention | None:
        """The domestic group a compound of ``tok`` names ("opposition supporters", "gang members"), or None."""
        groups = lexicon().domestic_groups
        return next((g for c in children_of(tok) if c.dep_ == "compound" and (c.lower_ in groups or c.lemma_.lower() in groups)
                     and (g := self._domestic_group(c)) is not None), None)

    def _domestic_group(self, tok: Token) -> ActorMention | None:
        """'Police', 'protesters', 'the authorities' with no country named beside them: a group of the
        state where the sentence places them ("... in Nairobi" -> Kenya), as country-level event
        coding does; None when the sentence names no place. Armed forces are never placed this way
        (soldiers in Gaza need not be Palestinian)."""
        index, groups = doc_index(tok.doc), lexicon().domestic_groups  # (the words from the Doc's columns: most are none)
        if index.lemma[tok.i] not in groups and index.lower[tok.i] not in groups or of_many_states(tok):
            return None  # (and "the parliaments of the member states": stancegraph.rules.group_states)
        if tok.pos_ == "PROPN" and tok.i != sentence_of(tok).start and tok.is_title:
            return None  # part of a name: "the Union State", "the Opposition Platform party"
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in ("republic", "republics"):
            return None  # part of a name: "the Donetsk and Lugansk people's republics"
        if tok.lower_ in lexicon().quantity_nouns and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)):
            return None  # "hundreds of infrastructure facilities": its "of" phrase says what is counted
        if tok.i in self._groups:
            return self._groups[tok.i]
        sent = sentence_of(tok)
        # a state the sentence names as a place ("in northern Mozambique") outweighs a city name that is
        # also a city elsewhere ("the town of Palma": Palma de Mallorca is the bigger one)
        # not where the reporters are: "killing about 20 people, relief officials in Nairobi said"
        away = _reporters(sent) - {tok.i}
        named = {m.actors[0].id: m.actors[0] for m in self.mentions if sent.start <= m.head < sent.end
                 and m.locative and m.actors[0].kind is ActorKind.STATE and (m.head not in away or tok.i in away)}
        cities = {p.actors[0].id: p.actors[0] for p in self.places if sent.start <= p.head < sent.end  # (no people of
                  and p.actors[0].kind is ActorKind.STATE and (p.head not in away or tok.i in away)  # Sevastopol by
                  and not contested(doc_index(tok.doc).span_text(p.start, p.end))}  # its place alone: kb.places.contested)
        states = named if len(named) == 1 else (cities | named)
        if not states:  # "protesters surrounded Hong Kong's legislature": the state whose institution it is
            states = {m.actors[0].id: m.actors[0] for m in self.mentions if sent.start <= m.head < sent.end
                      and m.actors[0].kind is ActorKind.STATE and tok.doc[m.head].dep_ in ("poss", "compound")
                      and tok.doc[m.head].head.lemma_.lower() in lexicon().institution_nouns}
        if len(states) > 1:  # "protesters stormed the embassy in Baghdad over a burning in Stockholm"
            nearest = self._nearest_place(tok)
            states = {nearest.id: nearest} if nearest is not None else states
        group = None
        if len(states) == 1:
            state = next(iter(states.values()))
            noun = tok.lower_ if tok.lower_ in lexicon().domestic_groups else tok.lemma_.lower()
            actor = Actor(id=f"x-{state.id.lower()}-{noun}", label=f"{noun} ({state.label})", kind=ActorKind.GROUP,
                          registered=False)
            group = ActorMention(tok.i, tok.i + 1, tok.i, (actor,), "group", False, state_hint=state)
        self._groups[tok.i] = group
        return group

    def _placed_by_in(self, tok: Token) -> ActorMention | None:
        """Security forces or police placed by their own "in" phrase: "security forces in Bangladesh"."""
        if not (tok.lemma_.lower() in lexicon().construction_words["domestic_force_nouns"] and any(
                c.lower_ in lexicon().construction_words["domestic_force_modifiers"] for c in children_of(tok) if c.dep_ == "compound")
                or tok.lemma_.lower() == "police"):
            return None
        for prep in children_of(tok):
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in children_of(prep):
                    place = next((p for p in self.places + self.mentions if p.head == pobj.i and p.actors[0].kind is ActorKind.STATE), None)
                    if place is not None:
                        state = place.actors[0]
                        noun = tok.lower_
                        actor = Actor(id=f"x-{state.id.lower()}-{noun.replace(' ', '-')}", label=f"{noun} ({state.label})",
                                      kind=ActorKind.GROUP, registered=False)
                        return ActorMention(tok.i, tok.i + 1, tok.i, (actor,), "group", False, state_hint=state)
        return None

    def _followers(self, tok: Token) -> ActorMention | None:
        """The followers of a person, as a group of the person's state (:mod:`stancegraph.rules.allegiance`)."""
        for pobj in leader_phrases(tok):
            leader = self.by_token.get(pobj.i) or self._of_single(pobj)  # "loyal to Al-Qaeda frontman Zarqawi"
            if leader is None or len(leader.actors) != 1:
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
        """Mentions inside the subtree of ``tok`` (not inside its relative clauses), shallowest first.

        Examples
        --------
        >>> import datetime as dt, spacy
        >>> from spacy.tokens import Doc
        >>> from stancegraph.model import Role
        >>> from stancegraph.rules.coreference import actor_mentions
        >>> registry = ActorRegistry.from_records(
        ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR"),
        ...      Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)],
        ...     [("Russia", "RUS", "name"), ("Russian", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Putin", "vladimir-putin", "alias")],
        ...     [Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))])
        >>> doc = Doc(spacy.blank("en").vocab, words=["Russian", "troops", "attacked", "Ukraine", "."],
        ...           heads=[1, 2, 2, 2, 2], deps=["amod", "nsubj", "ROOT", "dobj", "punct"],
        ...           pos=["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"], lemmas=["Russian", "troop", "attack", "Ukraine", "."],
        ...           ents=["B-NORP", "O", "O", "B-GPE", "O"])
        >>> index = MentionIndex(actor_mentions(doc, registry), registry=registry)
        >>> [m.actors[0].id for m in index.within(doc[2])], [m.actors[0].id for m in index.within(doc[2], max_depth=1)]
        (['UKR', 'RUS'], ['UKR'])
        """
        found = {}
        dep = doc_index(tok.doc).dep
        subtree = list(tok.subtree)  # (walked once, its labels read from the Doc's column: spaCy makes a Token per step)
        clauses = {t.i for c in subtree if dep[c.i] in ("relcl", "acl") and c.i != tok.i for t in c.subtree}
        for t in subtree:
            m = self.by_token.get(t.i)
            if m is None and dep[t.i] in ("pobj", "dobj", "nsubj", "conj", "poss"):
                m = self._domestic_group(t)  # "water cannon against student demonstrators in Bangkok"
            if m is None or (skip_locative and m.locative) or t.i in clauses or _backer(t):
                continue
            depth = _depth(t, tok)
            if depth > max_depth:
                continue
            if m.start not in found or depth < found[m.start][0]:
                found[m.start] = (depth, m)
        return [m for _, m in sorted(found.values(), key=lambda dm: (dm[0], dm[1].start))]


def _owner(tok: Token, by_token: dict[int, "ActorMention"]) -> "ActorMention | None":
    """The owner named in a modifier: "U.S.-owned" (one token), "British-flagged" (three), "Iran's
    -run"; "Iran-backed" names a backer, not an owner."""
    dep = doc_index(tok.doc).dep
    for c in children_of(tok):
        if dep[c.i] not in ("amod", "compound", "npadvmod") or c.i > tok.i:
            continue
        if c.i in by_token and by_token[c.i].how == "owner":
            return by_token[c.i]
        if c.lemma_.lower() in lexicon().owning_verbs or c.lower_ in OWNING_SUFFIXES:
            for g in children_of(c):
                if g.i in by_token and g.i < c.i:
                    return by_token[g.i]
    return None


def _backer(tok: Token) -> bool:
    """The name only says who backs or made something: "an Iran-backed militia", "Russian-made tanks"."""
    head = tok.head
    return (tok.dep_ in ("npadvmod", "compound", "amod", "nmod") and head.i != tok.i and head.lemma_.lower() in lexicon().backing_verbs
            and head.dep_ in ("amod", "compound"))


def _conjuncts(tok: Token) -> list[Token]:
    index = doc_index(tok.doc)  # (the labels from the Doc's column: every phrase asked for is tested, few have any)
    conj = [c for c in index.children[tok.i] if index.dep[c.i] == "conj"]
    return conj + [cc for c in conj for cc in _conjuncts(c)] if conj else conj


def _depth(t: Token, root: Token) -> int:
    d = 0
    while t.i != root.i and t.head.i != t.i:
        t = t.head
        d += 1
    return d


def _demonym_of(tok: Token, by_token: dict[int, ActorMention]) -> ActorMention | None:
    """The demonym modifying ``tok`` ("Liberian refugees" -> Liberia), or None."""
    return next((by_token[c.i] for c in children_of(tok) if c.dep_ in ("amod", "compound") and c.i in by_token
                 and by_token[c.i].how == "demonym"), None)


def _reporters(sent) -> set[int]:
    """The tokens of the subjects of the sentence's reporting verbs ("relief officials in Nairobi said")."""
    return {t.i for v in sent if v.lemma_.lower() in lexicon().reporting_verbs
            for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
