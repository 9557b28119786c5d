"""Organisations the registry does not know, read from their own proper names: a capitalised name whose head is a
noun that heads organisations' names (:func:`stancegraph.kb.body_nouns.body_nouns`: union, association, front,
committee, party ...), with the capitalised words before it and its "of"/"for" phrase ("The Nigerian Union of
Teachers (NUT)", "Members of the Association of African Jurists", "The Homeland Union"), is one minted actor,
wherever the named-entity recogniser cut the name or left it out. An acronym in brackets right after the name is
its alias for the rest of the document ("the NUT"). The state is the one the name itself names ("Nigerian")
or, failing that, the one :func:`stancegraph.rules.located_groups.located_group` finds.

A name is minted only when it holds a distinctive word: not the head, not a state's name or demonym, not a
generic word ("National", "Central", "Supreme": ``body_generic_words`` in ontology/lexicon/constructions.toml).
Heads that name a state's bodies are left to the organ and sector rules: the organs' heads (``organ_heads``:
council, committee, service ...), the agent nouns of a state's sectors (army, force) and ``state_body_nouns``
("the Aerospace Forces", "the Foreign Ministry Board"). So is a name cut from a longer one ("Food and | Agriculture
Organization"), a name run into a person's ("Board of Directors of Tesla | Kimbal Musk") and a name with a
registered organisation inside ("Parliamentary Assembly of the OSCE").

Names that open with an Arabic article are written in lower case ("Osama bin Laden's al-Qaeda terror network"):
an organisation the entity recogniser found there is minted too, and the network it names is al-Qaeda's
(:meth:`stancegraph.rules.mention_index.MentionIndex.of_phrase` reads a named modifier before the possessor).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.body_nouns import body_nouns
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.sectors import STATE_SECTORS, agent_sector
from stancegraph.model import Actor, ActorKind  # (Actor: for the examples)
from stancegraph.rules.actors import ActorMention, is_locative, mint_actor
from stancegraph.rules.doc_index import children_of, doc_index, ents, select, sentence_of, span_tokens, text_of
from stancegraph.rules.located_groups import located_group
from stancegraph.rules.mintable import mintable
from stancegraph.rules.non_actor_names import after_glued_bracket

__all__ = ["named_bodies", "reporting_body"]

_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "&", "-", "'s", "’s"})
_OPENING, _CLOSING = frozenset({"(", "["}), frozenset({")", "]"})


def named_bodies(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` with the organisations named by their own proper names (see the module's docstring): a
    name replaces the mentions inside it ("Nigerian", a minted "NUT"); a registered name found this way is the
    registered actor.

    >>> import spacy
    >>> nga = Actor(id="NGA", label="Nigeria", kind=ActorKind.STATE, iso3="NGA")
    >>> registry = ActorRegistry.from_records([nga], [("Nigeria", "NGA", "name"), ("Nigerian", "NGA", "demonym")], [])
    >>> words = ["The", "Nigerian", "Union", "of", "Teachers", "(", "NUT", ")", "called", "off", "a", "strike", "."]
    >>> spaces = [True, True, True, True, True, False, False, True, True, True, True, False, False]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=[2, 2, 8, 2, 3, 4, 4, 4, 8, 8, 11, 8, 8],
    ...           deps=["det", "compound", "nsubj", "prep", "pobj", "punct", "appos", "punct", "ROOT", "prt", "det", "dobj", "punct"],
    ...           pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    ...           tags=["DT", "NNP", "NNP", "IN", "NNPS", "-LRB-", "NNP", "-RRB-", "VBD", "RP", "DT", "NN", "."])
    >>> nigerian = ActorMention(1, 2, 1, (nga,), "demonym")
    >>> nut = ActorMention(6, 7, 6, (mint_actor("NUT", "ORG"),), "minted")
    >>> [(doc[m.start:m.end].text, m.actors[0].label, m.how, m.state_hint.id) for m in named_bodies(doc, [nigerian, nut], registry)]
    [('Nigerian Union of Teachers (NUT)', 'Nigerian Union of Teachers', 'minted', 'NGA')]
    """
    nouns = _heads()
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[ActorMention] = []
    acronyms: dict[str, ActorMention] = {}
    taken: set[int] = set()
    for tok in select(doc, lower=nouns):  # the only tokens the test below keeps
        if (tok.i in taken or tok.lower_ not in nouns or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN")
                or tok.ent_type_ in ("GPE", "LOC", "FAC")):  # "the Soviet Union": a state, whatever its head
            continue
        own = by_token.get(tok.i)
        if own is not None and (own.how not in ("minted", "place") or own.how == "place" and own.end - own.start > 1):
            continue  # a registered name, a demonym's organ, "the Soviet Union": the other rules' reading stands
        span = _name_span(tok)
        if span is None:
            continue
        start, end = span
        # a person's name the title rules cut out of the entity ends the body's: "Secretary General of the
        # Organization for Democracy and Economic Development - GUAM | Altai Efendiev" (rules.title_runs)
        end = next((i for i in range(tok.i + 1, end) if (p := by_token.get(i)) is not None and p.actors[0].kind is ActorKind.PERSON), end)
        while end - 1 > tok.i and not _capitalised(doc[end - 1]):
            end -= 1
        inside = [m for i in range(start, end) if (m := by_token.get(i)) is not None]
        if any(m.actors[0].registered and m.actors[0].kind is not ActorKind.STATE for m in inside) or _cut(doc, start):
            continue
        states = {m.actors[0].id: m.actors[0] for m in inside if m.actors[0].kind is ActorKind.STATE and m is not own}
        first = [a for a, _ in registry.lookup(doc[start].text) if a.kind is ActorKind.STATE]
        if not states and first:  # "the Russian Union of Industrialists": a demonym the entity swallowed
            states = {first[0].id: first[0]}
        if not _distinctive(doc, start, end, tok, by_token):
            continue
        name = doc_index(doc).span_text(start, end)
        acronym = _acronym(doc, end)
        stop = end + 3 if acronym else end
        known = registry.lookup(name)
        if known and own is not None and own.how == "place":
            continue  # "in the Soviet Union": a registered place stays a place
        actor, how = (known[0][0], known[0][1]) if known else (mint_actor(name, "ORG"), "minted")
        hint = next(iter(states.values())) if len(states) == 1 and not known else None
        m = ActorMention(start, stop, tok.i, (actor,), how, is_locative(tok), state_hint=hint)
        found.append(m)
        taken.update(range(start, stop))
        if acronym and not known:
            acronyms[acronym] = m
    found += _article_names(doc, mentions, taken) + _gatherings(doc, mentions, taken)
    if not found:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found)]
    kept = [_as_acronym(doc, m, acronyms) for m in kept]
    kept += _bare_acronyms(doc, acronyms, {i for m in kept + found for i in range(m.start, m.end)})
    states = {i: m for m in kept if m.actors[0].kind is ActorKind.STATE for i in range(m.start, m.end)}
    found = [m if m.state_hint is not None or m.actors[0].registered else located_group(doc, m, states, kept) for m in found]
    return sorted(kept + found, key=lambda m: (m.start, m.end))


@functools.lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The heads of names of organisations that are no state's bodies (see the module's docstring)."""
    lex = lexicon()
    return frozenset(w for w in body_nouns() - lex.words("organ_heads") - lex.words("state_body_nouns")
                     if agent_sector(w) not in STATE_SECTORS)


def _cut(doc: Doc, start: int) -> bool:
    """The name is the end of a longer one: "Food and | Agriculture Organization", "Security and | Defense Council",
    "Council for[Civil Society and] Human Rights"."""
    return start >= 2 and (doc[start - 1].lower_ in _CONNECTORS and _capitalised(doc[start - 2]) or after_glued_bracket(doc, start))


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


def _name_span(head: Token) -> tuple[int, int] | None:
    """Token range of the name ``head`` heads: the capitalised words before it in its phrase, and an "of"/"for"
    phrase of capitalised words after it; None if the head is no part of a name (lower case)."""
    doc = head.doc
    subtree = {t.i for t in head.subtree}
    start = head.i
    while start - 1 >= sentence_of(head).start and start - 1 in subtree and _in_name(doc[start - 1]) and (
            _capitalised(doc[start - 1]) or doc[start - 1].text in ("-", "'s", "’s", "&") and start - 2 in subtree
            and _capitalised(doc[start - 2])):
        start -= 1
    end = head.i + 1
    preps = [c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == head.i + 1]
    if preps:
        inner = {t.i for t in preps[0].subtree}
        i, last = head.i + 2, None
        while i in inner and (_in_name(doc[i]) or doc[i].lower_ == "the") and (_capitalised(doc[i]) or doc[i].lower_ in _CONNECTORS):
            if _capitalised(doc[i]):
                last = i
            i += 1
        if last is not None:
            end = last + 1
    return (start, end) if end - start > 1 else None


def _in_name(tok: Token) -> bool:
    """A word that may be part of a body's name: no determiner or pronoun ("Our Armed Forces"), no person's name."""
    return tok.pos_ not in ("DET", "PRON") and tok.ent_type_ != "PERSON"


def _distinctive(doc: Doc, start: int, end: int, head: Token, by_token: dict[int, ActorMention]) -> bool:
    """The name holds a word that is not its head, a state's name or demonym, a connector or a generic word."""
    generic = lexicon().words("body_generic_words") | body_nouns()
    for t in doc[start:end]:
        m = by_token.get(t.i)
        if t.i == head.i or not _capitalised(t) or t.lower_ in generic or t.lower_ in _CONNECTORS:
            continue
        if m is not None and m.actors[0].kind is ActorKind.STATE:
            continue
        return True
    return False


def _acronym(doc: Doc, end: int) -> str | None:
    """The acronym in brackets right after a name: "(NUT)"."""
    if end + 2 < len(doc) and doc[end].text in _OPENING and doc[end + 2].text in _CLOSING:
        word = doc[end + 1].text
        if 2 <= len(word) <= 8 and word.replace("/", "").replace("-", "").isalpha() and word.upper() == word:
            return word
    return None


def _as_acronym(doc: Doc, m: ActorMention, acronyms: dict[str, ActorMention]) -> ActorMention:
    """A minted mention of a name's acronym is the named body ("the NUT said")."""
    text = doc_index(doc).span_text(m.start, m.end).removeprefix("the ").removeprefix("The ")
    body = acronyms.get(text)
    if body is None or m.how != "minted":
        return m
    return replace(m, actors=body.actors, how="alias", state_hint=body.state_hint)


def _bare_acronyms(doc: Doc, acronyms: dict[str, ActorMention], taken: set[int]) -> list[ActorMention]:
    """Later tokens that are an acronym no entity covers."""
    out = []
    for tok in select(doc, text=acronyms):
        body = acronyms.get(tok.text)
        if body is not None and tok.i not in taken and tok.i > body.end:
            out.append(ActorMention(tok.i, tok.i + 1, tok.i, body.actors, "alias", is_locative(tok), state_hint=body.state_hint))
    return out


_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")


def _article_names(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """Organisations whose names open with an Arabic article, written in lower case as news writes them
    ("al-Qaeda", "al-Shabaab"): the entity recogniser's organisations no other mention covers."""
    covered = taken | {i for m in mentions for i in range(m.start, m.end)}
    return [ActorMention(ent.start, ent.end, ent.root.i, (mint_actor(text_of(ent), "ORG"),), "minted", is_locative(ent.root))
            for ent in ents(doc) if ent.label_ == "ORG" and _ARTICLE.match(text_of(ent))
            and not any(i in covered for i in range(ent.start, ent.end)) and mintable(ent)]


def _gatherings(doc: Doc, mentions: list[ActorMention], taken: set[int]) -> list[ActorMention]:
    """A named forum or conference that is the subject of its clause speaks as a body ("The Third World Water Forum
    concluded that ..."); elsewhere it is an event ("spoke at the Eastern Economic Forum"), no actor. The heads are
    ``speaking_gathering_heads`` in ontology/lexicon/constructions.toml."""
    covered = taken | {i for m in mentions for i in range(m.start, m.end)}
    heads = lexicon().words("speaking_gathering_heads")
    out = []
    lower = doc_index(doc).lower
    for ent in ents(doc):
        if ent.label_ != "ORG" or lower[ent.end - 1] not in heads:
            continue  # (the cheap tests first, without the entity's tokens: most entities end in no such head)
        words = [t for t in span_tokens(ent) if t.pos_ != "DET"]
        if (len(words) < 2 or ent.root.i != ent.end - 1
                or ent.root.dep_ != "nsubj" or any(i in covered for i in range(ent.start, ent.end))
                or not all(_capitalised(t) for t in words)):
            continue
        out.append(ActorMention(words[0].i, ent.end, ent.root.i, (mint_actor(doc[words[0].i:ent.end].text, "ORG"),), "minted"))
    return out


def reporting_body(tok: Token) -> Token | None:
    """For "it" as the subject of a clause reported by a verb of saying whose subject is an organisation's name, that
    name ("The Nigerian Union of Teachers announced that it has called off a strike": the union); else None. A
    pronoun the coreference rules resolve (a state, an organ) never comes here; a person's name is no "it".

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "said", "it", "would", "talk", "."], heads=[1, 1, 4, 4, 1, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"], pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
    ...           lemmas=["Hamas", "say", "it", "would", "talk", "."])
    >>> reporting_body(doc[2])
    Hamas
    """
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    subject = next((c for c in children_of(clause.head) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    return subject
