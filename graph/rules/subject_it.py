"""What a subject "it" can stand for (pure, over the parse): a state or body named as a subject, or named in its own
sentence; nothing when the nearest such name is inside another noun's phrase (that noun is then what "it" means)
or a nearer "we" is the subject.

"We had to show the European Union that we were ready. [...] it will help Ukraine a lot" is the joining, not the
EU; "give the advantage only to the Russian Federation, because it bombs us" is Russia; "the interaction between
Russia and China [...], it occupies an important place" is the interaction.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.rules.actors import ActorMention
from stancegraph.rules.guess_limits import FIRST_PERSON
from stancegraph.rules.doc_index import sentence_at, sentence_of

__all__ = ["phrase_head", "in_subject", "subject_it_candidates"]

_SPEAKING_PRONOUNS = FIRST_PERSON | {"you"}  # a subject "we", "I" or "you"


def phrase_head(tok: Token) -> Token:
    """The head of the noun phrase ``tok`` is in (through names, appositions, conjuncts and modifiers)."""
    while tok.dep_ in ("compound", "flat", "appos", "conj", "amod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def in_subject(tok: Token) -> bool:
    """``tok`` is in the subject of its clause."""
    return phrase_head(tok).dep_ in ("nsubj", "nsubjpass")


def subject_it_candidates(tok: Token, candidates: list[ActorMention]) -> list[ActorMention]:
    """The ``candidates`` (nearest first) a subject "it" may stand for; none when the nearest is inside another noun's
    phrase or a "we" or "I" is the nearer subject.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["We", "showed", "NATO", ".", "It", "helps", "."], heads=[1, 1, 1, 1, 5, 5, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"], sent_starts=[1, 0, 0, 0, 1, 0, 0])
    >>> subject_it_candidates(doc[4], [ActorMention(2, 3, 2, (), "name")])
    []
    """
    doc = tok.doc
    kept = [m for m in candidates if in_subject(doc[m.head]) or (sentence_at(doc, m.head).start == sentence_of(tok).start
                                                                 and doc[m.head].dep_ != "poss")]  # ("Ukraine's affairs")
    if not kept:
        return []
    nearest = doc[kept[0].head]
    if (not in_subject(nearest) and _in_noun_phrase(nearest)) or any(
            t.lower_ in _SPEAKING_PRONOUNS and t.dep_ == "nsubj" for t in doc[kept[0].end:tok.i]):
        return []  # the noun the name qualifies, or what "we" said, is what "it" means
    return kept


def _in_noun_phrase(tok: Token) -> bool:
    """A name that only qualifies another noun: "the EU energy system", "the interaction between Russia and China";
    not the one a measure is aimed at ("Sanctions pressure on Russia should increase until it ends the war")."""
    tok = phrase_head(tok) if tok.dep_ in ("conj", "appos", "flat") else tok
    return tok.dep_ in ("compound", "amod", "nmod") or (
        tok.dep_ == "pobj" and tok.head.lower_ in ("between", "of", "among") and tok.head.head.pos_ in ("NOUN", "PROPN"))
