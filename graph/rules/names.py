"""Persons' names within one document: which person a short name refers to ("Burns", "Mr Burns",
"Director Bill Burns", "Bill Burns" after "William Burns").

A person's short name links to the full name met in the same document: the surname ("Burns"), an
honorific or a title with the surname ("Mr. Biden", "Secretary Blinken"), a first name used as an
address ("Thank you, Boris") and a nickname ("Bill Burns" after "William Burns").
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.kb.names import plain_word
from stancegraph.kb.given_names import surname_after_given
from stancegraph.kb.places import countries_of_place
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import is_locative, mint_actor
from stancegraph.rules.doc_index import DocIndex, doc_index, select

__all__ = ["person_words", "link_person_names", "nickname_of"]

_HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir madam madame mister".split())
# plain_word of the same few name words again and again (each name word against each full name of the Doc);
# bounded, keyed on strings
_plain = functools.lru_cache(maxsize=1 << 16)(plain_word)



def nickname_of(given: str) -> str:
    """The formal given name of a nickname, else the name itself (lower case).

    >>> nickname_of("Bill"), nickname_of("Tony"), nickname_of("Joe"), nickname_of("Emmanuel")
    ('william', 'antony', 'joseph', 'emmanuel')
    """
    given = _plain(given)
    return _nicknames(lexicon()).get(given, given)


@functools.lru_cache(maxsize=4)
def _nicknames(lex: Lexicon) -> dict[str, str]:
    """Nickname -> formal given name (made once per lexicon: names are matched pair by pair)."""
    return dict(pair.split("=", 1) for pair in lex.words("nicknames") if "=" in pair)


@functools.lru_cache(maxsize=4)
def _titles(lex: Lexicon) -> frozenset[str]:
    """Title nouns and words (made once per lexicon: person_words runs for every name)."""
    return lex.title_nouns | lex.words("title_words")


def person_words(span: Span) -> list[str]:
    """The words of a person's name in ``span`` without honorifics and titles before it:
    "Mr. Biden" -> ["Biden"], "CIA Director Bill Burns" -> ["Bill", "Burns"] (a name of an organisation
    before the title goes with it).

    >>> import spacy
    >>> doc = spacy.blank("en")("US Secretary of State Antony Blinken")
    >>> person_words(doc[:])
    ['Antony', 'Blinken']
    """
    return _words_at(span.doc, span.start, span.end)


def _words_at(doc: Doc, start: int, end: int) -> list[str]:
    """:func:`person_words` of ``doc[start:end]``, read once per Doc and span: the name passes ask for the words
    of each person's mention three or four times (full names, links, bare surnames, titled surnames)."""
    lex = lexicon()
    index = doc_index(doc)
    known = index.kept("names.person_words", dict)  # (start, end) -> (the lexicon read, the words)
    words = known.get((start, end))
    if words is None or words[0] is not lex:
        words = known[start, end] = (lex, tuple(_read_words(index, start, end, lex)))
    return list(words[1])


def _read_words(index: DocIndex, start: int, end: int, lex: Lexicon) -> list[str]:
    """The words of :func:`person_words`, read from the Doc's tokens and texts (iterating a Span makes a Token per word)."""
    words = [index.text[t.i] for t in index.tokens[start:end] if not t.is_punct and not t.is_space]
    titles = _titles(lex)
    plain = [_plain(w) for w in words]
    last_title = max((n for n, w in enumerate(plain) if (w in titles or w in _HONORIFICS or w.rstrip(".") in _HONORIFICS)
                      and not (n == len(words) - 1 and surname_after_given(words))), default=-1)
    if last_title >= 0:
        words = words[last_title + 1:]
        if words and words[0].lower() == "of":  # "Secretary of State Antony Blinken", "Minister of Labour and ..."
            while len(words) > 2 and (words[0].lower() in ("of", "the", "for", "and") or _plain(words[0]) in lex.words(
                    "portfolio_words") or countries_of_place(words[0])):
                words = words[1:]  # "Governor of Sevastopol Mikhail Razvozhayev"
    if len(words) >= 3 and countries_of_place(words[0]):
        words = words[1:]  # "(Governor of) Sevastopol Mikhail Razvozhayev"
    return [re.sub(r"[’']s$", "", w) for w in words]


def _full_names(mentions, doc: Doc) -> list[tuple[int, Actor, list[str]]]:
    """(start, actor, name words as plain words) of every person named with at least a given name and a surname
    (plain once here: each short name is matched against each of them)."""
    out = []
    for m in mentions:
        if len(m.actors) != 1 or m.actors[0].kind is not ActorKind.PERSON or m.how == "pronoun":
            continue
        words = _words_at(doc, m.start, m.end)
        label = m.actors[0].label.split()
        for name in (words, label if m.actors[0].registered else []):
            if len(name) >= 2:
                out.append((m.start, m.actors[0], [_plain(w) for w in name]))
    return out


def _matches(short: list[str], full: list[str]) -> bool:
    """``short`` names the person of ``full``: the surname, a first name alone, or a first name (or its
    nickname, or an initial) with the surname."""
    return _plain_matches([_plain(w) for w in short], [_plain(w) for w in full])


def _plain_matches(short_l: list[str], full_l: list[str]) -> bool:
    """:func:`_matches` of names already as plain words."""
    if len(short_l) == 1:
        return short_l[0] in (full_l[-1], full_l[0]) or (len(full_l) > 2 and short_l[0] == full_l[-2])
    if short_l[-1] != full_l[-1]:
        return False
    first, other = short_l[0].rstrip("."), full_l[0].rstrip(".")
    return first == other or nickname_of(first) == nickname_of(other) or (len(first) == 1 and other.startswith(first))


def link_person_names(doc: Doc, mentions: list, registry: ActorRegistry) -> list:
    """``mentions`` with each short or unknown person name linked to the full name it refers to in the
    document (the nearest one before it, else the only one after it), or to the registry's person named
    by its words without honorific or title; other mentions unchanged.

    Examples
    --------
    >>> import spacy
    >>> from stancegraph.rules.actors import ActorMention, mint_actor
    >>> doc = spacy.blank("en")("William Burns spoke . Mr. Burns warned .")
    >>> burns = mint_actor("William Burns", "PERSON")
    >>> ms = [ActorMention(0, 2, 1, (burns,), "minted"), ActorMention(4, 6, 5, (mint_actor("Mr. Burns", "PERSON"),), "minted")]
    >>> [(doc[m.start:m.end].text, m.actors[0].id, m.how) for m in link_person_names(doc, ms, ActorRegistry.from_records([], [], []))]
    [('William Burns', 'x-william-burns', 'minted'), ('Mr. Burns', 'x-william-burns', 'alias')]
    """
    ordered = _one_kind([_registered_person(doc, m, registry) for m in sorted(mentions, key=lambda m: m.start)])
    full = _full_names(ordered, doc)
    nearest_first = sorted(full, key=lambda f: -f[0])  # (sorted once, not per short name)
    out = []
    for m in ordered:
        linked = _linked(doc, m, full, nearest_first) if len(m.actors) == 1 else None
        out.append(linked if linked is not None else m)
    return sorted(out + _bare_surnames(doc, out), key=lambda m: (m.start, m.end))


def _one_kind(mentions: list) -> list:
    """A name minted as a person once is a person wherever the document mints it: "... the Secretary General of the
    Council of Europe Marija Pejčinović Burić. ... the second visit of Marija Pejčinović Burić" (an ORG to the NER
    there, a person after her title: rules.title_phrase_names)."""
    persons = {a.id: a for m in mentions for a in m.actors if a.kind is ActorKind.PERSON and not a.registered}
    return [replace(m, actors=(persons[m.actors[0].id],)) if m.how == "minted" and len(m.actors) == 1
            and m.actors[0].kind is not ActorKind.PERSON and m.actors[0].id in persons else m for m in mentions]


def _bare_surnames(doc: Doc, mentions: list) -> list:
    """Surnames the NER left out, after the full name: "CIA Director Bill Burns arrived. Burns met ..."."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    persons: dict[str, object] = {}
    for m in mentions:
        if len(m.actors) == 1 and m.actors[0].kind is ActorKind.PERSON and m.how in ("name", "alias", "minted"):
            words = _words_at(doc, m.start, m.end)
            if len(words) >= 2 and len(words[-1]) >= 4:
                persons.setdefault(words[-1], m)
    if not persons:
        return []  # (no surname to look for: no scan of the Doc)
    out = []
    for tok in select(doc, text=persons.keys()):
        m = persons.get(tok.text)
        if m is None or tok.i in taken or tok.i < m.end or tok.ent_type_ in ("DATE", "GPE", "ORG", "LOC", "NORP") or not (
                tok.pos_ == "PROPN" or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
            continue  # part of a longer name
        before = _name_run(doc, tok.i)
        if before and not _matches([*before, tok.text], _words_at(doc, m.start, m.end)):
            continue  # the end of another name: "Mohammed bin Zayed Al | Nahyan" after "Khalifa bin Zayed Al Nahyan"
        out.append(replace(m, start=tok.i, end=tok.i + 1, head=tok.i, how="alias", locative=is_locative(tok),
                           antecedent=(m.start, m.end)))
    return out


def _name_run(doc: Doc, end: int) -> list[str]:
    """The words of a person's name right before token ``end`` (given names, particles), nearest last."""
    start = end
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    return [t.text for t in doc[start:end]]


def _name_word(tok) -> bool:
    """A word of a person's name before a surname: a capitalised proper noun that is no title or honorific
    ("Hunter | Biden", "Al | Nahyan"), or a name particle ("bin", "von")."""
    word = _plain(tok.text)
    if word in lexicon().words("name_particles"):
        return True
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and word not in _titles(lexicon()) and word not in _HONORIFICS


def _registered_person(doc: Doc, m, registry: ActorRegistry):
    """A minted person whose name without its title is a registered name: "Director Bill Burns"."""
    if m.how != "minted" or len(m.actors) != 1 or m.actors[0].kind is not ActorKind.PERSON:
        return m
    words = _words_at(doc, m.start, m.end)
    if not words or len(words) == len([t for t in doc[m.start:m.end] if not t.is_punct]):
        return m
    found = [a for a, _ in registry.lookup(" ".join(words)) if a.kind is ActorKind.PERSON]
    if found:
        return replace(m, actors=(found[0],), how="alias")
    if len(words) < 2:
        return m
    return replace(m, actors=(mint_actor(" ".join(words), "PERSON"),))  # "Mr Ihor Zhovkva" is Ihor Zhovkva


def _linked(doc: Doc, m, full: list[tuple[int, Actor, list[str]]], nearest_first: list[tuple[int, Actor, list[str]]]):
    """The person ``m`` names by a short name (``full``: :func:`_full_names`, in text order and nearest first)."""
    if m.how not in ("minted", "alias"):  # (first: most mentions are neither, and their words are not needed)
        return None
    actor = m.actors[0]
    words = _words_at(doc, m.start, m.end)
    if not words or len(words) > 2 or (m.how == "alias" and len(words) > 1):
        return None
    short = [_plain(w) for w in words]
    if actor.kind is not ActorKind.PERSON:
        # "Siluanov" read as an organisation: one word that is the surname of a person of the document
        if m.how != "minted" or len(words) != 1 or not any(short[0] == name[-1] for _, _, name in full):
            return None
    if m.how == "alias" and any(a.id == actor.id for _, a, name in full):
        return None  # the registry's person is named in full in the document
    matched = [(start, a) for start, a, name in full if start != m.start and a.id != actor.id and _plain_matches(short, name)]
    before = {a.id for start, a in matched if start < m.start}
    nearest = [a for start, a, name in nearest_first if start < m.start and a.id in before]
    if nearest:  # the nearest full name before it: "Simon Johnson ... Boris Johnson. Then Johnson left"
        return replace(m, actors=(nearest[0],), how="alias")
    after = {a.id: a for start, a in matched if start > m.start}
    if not before and len(after) == 1 and m.how == "minted":
        return replace(m, actors=(next(iter(after.values())),), how="alias")
    return None
