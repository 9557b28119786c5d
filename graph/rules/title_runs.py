"""Persons' names run into the title before them: "Minister of Education and | Science Serhiy Shkarlet".

Press releases write a long title right before the name, and the NER often takes the last words of the
portfolio into the name ("Science Serhiy Shkarlet", "Economy Taras Kachka", "Natural Resources and
Environment Alexander Kozlov"). When an entity continues a title (a title noun before it, joined by
"of"/"for"/"and"/"the" and capitalised words) or starts with one, the person is the name after the last
word of the portfolio; the portfolio is the title, no part of the name. The words of portfolios and organs
are in ontology/lexicon/constructions.toml (portfolio_words, organ_words).
"""
from __future__ import annotations


from spacy.tokens import Span, Token

from stancegraph.kb.given_names import given_names
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.names import plain_word

__all__ = ["name_after_title"]

_JOINERS = frozenset({"of", "for", "and", "the", "&", "on"})
_LOOK_BACK = 12  # tokens of a title before the entity ("Chair of the Council for Civil Society and Human Rights")



def _title_word(tok: Token) -> bool:
    lex = lexicon()
    word = plain_word(tok.text)
    return word in lex.title_nouns or word in lex.words("title_words")


def _portfolio_word(tok: Token) -> bool:
    lex = lexicon()
    word = plain_word(tok.text)
    return (word in _JOINERS or word in lex.words("portfolio_words") or word in lex.words("organ_words")
            or _title_word(tok))


def _continues_title(ent: Span) -> bool:
    """The words right before ``ent`` are a title and its portfolio: "Minister of Education and | Science ..."."""
    doc = ent.doc
    i = ent.start - 1
    if i < 0 or doc[i].lower_ not in _JOINERS:
        return False
    while i >= max(0, ent.start - _LOOK_BACK):
        tok = doc[i]
        if _title_word(tok) and tok.text[:1].isupper():
            return True
        if not (tok.lower_ in _JOINERS or (tok.is_alpha and tok.text[:1].isupper())):
            return False
        i -= 1
    return False


def name_after_title(ent: Span) -> Span | None:
    """The person's name at the end of an entity that continues a title or starts with one, when the entity
    holds words of the portfolio before the name; else None.

    >>> import spacy
    >>> doc = spacy.blank("en")("instructed Minister of Education and Science Serhiy Shkarlet to act")
    >>> name_after_title(doc[5:8]).text
    'Serhiy Shkarlet'
    >>> name_after_title(doc[6:8]) is None  # the name alone: nothing to take off
    True
    >>> doc = spacy.blank("en")("met with CEO of United Chemical Company Uralchem Dmitry Mazepin")
    >>> name_after_title(doc[4:10]).text  # a company's name run into the person's
    'Dmitry Mazepin'
    >>> doc = spacy.blank("en")("met Secretary General of the Organization for Economic Development - GUAM Altai Efendiev")
    >>> name_after_title(doc[5:13]).text  # the organisation's acronym run into the person's name
    'Altai Efendiev'
    >>> doc = spacy.blank("en")("met Minister of Economy Maxim Gennadyevich Reshetnikov")
    >>> name_after_title(doc[3:7]).text  # a patronymic stays
    'Maxim Gennadyevich Reshetnikov'

    >>> doc = spacy.blank("en")("Speaker Science Serhiy Shkarlet said")
    >>> name_after_title(doc[1:4]) is None  # no title before it: a name of its own
    True
    """
    words = [t for t in ent if not t.is_punct and not t.is_space]
    if len(words) < 3 or not (_continues_title(ent) or (_title_word(words[0]) and words[0].text[:1].isupper())):
        return None
    last = max((n for n, t in enumerate(words) if _portfolio_word(t)), default=-1)
    name = words[last + 1:]
    if last < 0 or words[last].lower_ in _JOINERS or len(name) < 2:
        return None  # ("President of | the Desautel Group Jerome Desautel": "the" alone is no portfolio)
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
        return None  # "... State Statistics Pavel | Malkov": the name goes on past the entity
    if not all((t.is_alpha or "-" in t.text) and (t.text[:1].isupper() or t.lower_ in lexicon().words("name_particles")) for t in name):
        return None
    if not (name[0].text[:1].isupper() and name[-1].text[:1].isupper()):
        return None
    given = given_names()
    if len(name) >= 3 and plain_word(name[0].text) not in given and plain_word(name[1].text) in given:
        name = name[1:]  # "CEO of United Chemical Company Uralchem | Dmitry Mazepin": the company's last word
    elif len(name) >= 3 and len(name[0].text) >= 2 and name[0].text.isupper() and not name[1].text.isupper():
        name = name[1:]  # "Secretary General of the Organization for ... Development - GUAM | Altai Efendiev": its acronym
    return ent.doc[name[0].i:name[-1].i + 1]
