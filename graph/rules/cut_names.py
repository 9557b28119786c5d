"""Organisation names the NER cut before their place: "National Union for the Total Independence of | Angola"
is one name, and the organisation of a name "... of/for <state>" is that state's national body.

A named entity that ends in "of" or "for" is no whole name: it takes the place right after it into the name;
the whole name is looked up in the registry (UNITA is a registered armed group of Angola), else minted with
the state as its home ("the National Council for Kenya" is Kenya's).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> from stancegraph.rules.actors import mint_actor
>>> angola = Actor(id="AGO", label="Angola", kind=ActorKind.STATE, iso3="AGO")
>>> registry = ActorRegistry.from_records([angola], [("Angola", "AGO", "name")], [])
>>> doc = Doc(spacy.blank("en").vocab, words="demands from National Union of Angola".split(),
...           ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-GPE"])
>>> cut = ActorMention(2, 5, 3, (mint_actor("National Union of", "ORG"),), "minted")
>>> [m] = joined_names(doc, [cut, ActorMention(5, 6, 5, (angola,), "name")], registry)
>>> doc[m.start:m.end].text, m.actors[0].label, m.state_hint.id
('National Union of Angola', 'National Union of Angola', 'AGO')

A place that describes the words after it is no end of the name: "the Center for | Ukrainian | Displaced Persons"
is one name, of no state the demonym names.

>>> doc = Doc(spacy.blank("en").vocab, words="visited the Center for Ukrainian Displaced Persons".split(),
...           heads=[0, 2, 0, 2, 6, 6, 3], deps=["ROOT", "det", "dobj", "prep", "amod", "compound", "pobj"],
...           ents=["O", "B-ORG", "I-ORG", "I-ORG", "B-NORP", "O", "O"])
>>> ukraine = Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR")
>>> cut = ActorMention(1, 4, 2, (mint_actor("the Center for", "ORG"),), "minted")
>>> [m] = joined_names(doc, [cut, ActorMention(4, 5, 4, (ukraine,), "demonym")], registry)
>>> doc[m.start:m.end].text, m.actors[0].label, m.state_hint
('Center for Ukrainian Displaced Persons', 'Center for Ukrainian Displaced Persons', None)

A title's portfolio is no organisation's name: "Minister of | Agrarian Policy of | Angola" stays as it is.

>>> doc = Doc(spacy.blank("en").vocab, words="Minister of Agrarian Policy of Angola".split(),
...           ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-GPE"])
>>> cut = ActorMention(2, 5, 3, (mint_actor("Agrarian Policy of", "ORG"),), "minted")
>>> [doc[m.start:m.end].text for m in joined_names(doc, [cut, ActorMention(5, 6, 5, (angola,), "name")], registry)]
['Agrarian Policy of', 'Angola']
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention, mint_actor
from stancegraph.rules.doc_index import doc_index, ents

__all__ = ["joined_names"]

_OPEN_ENDS = frozenset({"of", "for"})
_NAMED_KINDS = (ActorKind.GROUP, ActorKind.IGO, ActorKind.ORGAN)
_ORGAN_WORDS = frozenset({"ministry", "ministrie", "board", "administration", "agency", "bureau", "cabinet", "committee",
                          "council", "department", "directorate", "embassy", "government", "office", "parliament", "service"})


def joined_names(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry) -> list[ActorMention]:
    """``mentions`` with each organisation name that ends in "of"/"for" joined to the state named right after
    it (the state's mention, and the cut name's if it made one, become one mention: the registry's
    organisation of that name, else a minted one whose home is the state)."""
    by_start = {m.start: m for m in mentions}
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    dropped: set[int] = set()
    joined = []
    for cut in ents(doc):
        place = by_start.get(cut.end)
        own = {id(by_token[i]): by_token[i] for i in range(cut.start, cut.end) if i in by_token}
        if (cut.label_ != "ORG" or doc[cut.end - 1].lower_ not in _OPEN_ENDS or place is None or len(place.actors) != 1
                or place.actors[0].kind is not ActorKind.STATE or place.end - place.start > 4
                or any(m.how != "minted" or m.actors[0].kind is not ActorKind.GROUP or m.start < cut.start
                       for m in own.values())):
            continue
        start = cut.start + (1 if doc[cut.start].lower_ == "the" else 0)
        end = _name_end(doc, cut.end - 1, place.end)
        if _not_a_name(doc, start, cut.start, end):
            continue
        text = doc_index(doc).span_text(start, end)
        state = place.actors[0] if end == place.end else None  # ("Center for Ukrainian Displaced Persons" in Denmark)
        found = [a for a, _ in registry.lookup(text) if a.kind in _NAMED_KINDS]
        actor: Actor = found[0] if found else mint_actor(text, "ORG")
        joined.append(ActorMention(start, end, cut.root.i, (actor,), "name" if found else "minted", place.locative,
                                   state_hint=state if actor.kind is ActorKind.GROUP else None))
        dropped |= set(own) | {id(place)}
    if not joined:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + joined, key=lambda m: (m.start, m.end))


def _name_end(doc: Doc, prep: int, end: int) -> int:
    """The end of the name past the place: the capitalised words after it in the phrase of "of"/"for" (the place
    describes them: "the Center for | Ukrainian | Displaced Persons")."""
    phrase = {t.i for t in doc[prep].subtree}
    while end < len(doc) and end in phrase and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    return end


def _not_a_name(doc: Doc, start: int, ent_start: int, end: int) -> bool:
    """The cut words are a title's portfolio or a state's organ, or the place is one of several: "Minister of
    Agrarian Policy and Food of | Ukraine", "the Ministries of Economy of | Ukraine and Azerbaijan", "Chairman
    of the Board of Naftogaz of | Ukraine" (an organ's name is stancegraph.rules.organs' to read)."""
    before = doc[ent_start - 1] if ent_start > 0 else None
    if before is not None and (before.lower_ == "of" or before.lower_ in lexicon().title_nouns):
        return True
    if doc[start].lemma_.lower() in _ORGAN_WORDS or doc[start].lower_.rstrip("s") in _ORGAN_WORDS:
        return True
    if any(t.lower_ in lexicon().title_nouns for t in doc[start:end]):
        return True  # "the Federal Chancellor of | Germany": an office, not an organisation
    particles = lexicon().words("name_particles") | lexicon().words("name_connectors")
    if any(t.is_lower and t.is_alpha and t.lower_ not in particles for t in doc[start:end]):
        return True  # '"On the Urgent Need to Modernize the Air Defense of | Ukraine"': a title's words, no body
    return end + 1 < len(doc) and doc[end].lower_ in ("and", ",", "or") and doc[end + 1].ent_type_ in ("GPE", "NORP")
