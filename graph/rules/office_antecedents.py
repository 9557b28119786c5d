"""Unnamed office holders as antecedents of "he" and "she": "The President of Kazakhstan informed Vladimir Putin
about the developments ... In the same context, he thanked ...": he is Kazakhstan's president on the document's
date (the registry's dated posts), not Vladimir Putin, the only person named before.

A readout names a foreign leader once and then refers to them by title ("the President of Kazakhstan", "the
Turkish President", "Finland's Prime Minister"); their state is the title's mention, so a person pronoun that
follows found only the other, named leader. These antecedents serve pronouns only: the title itself keeps its
ordinary reading (the state). A title with a name of its own ("President of Poland Andrzej Duda") is the
name's, and a state with no holder of the post on the day gives none.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.doc_index import children_of, ents, sentence_of, text_of
from stancegraph.rules.publisher import post_holder

__all__ = ["office_antecedents"]


def _title_of(state: Token) -> Token | None:
    """The title a state's token qualifies: "President" of "the President of Kazakhstan", of "Turkey's
    President" and of "the Turkish President"; None otherwise."""
    if state.dep_ == "pobj" and state.head.lower_ == "of" and state.head.dep_ == "prep":
        return state.head.head
    if state.dep_ in ("poss", "amod", "compound") and state.head.i > state.i:
        return state.head
    return None


def _post(title: Token) -> str | None:
    """The registry's post of a title token ("prime minister" for "Prime Minister"), or None if it is no head
    office (the lexicon's ``head_office_titles``) or has a name of its own ("President of Poland Andrzej Duda",
    "President Duda")."""
    words = [c.lower_ for c in children_of(title)
             if c.dep_ == "compound" and c.i < title.i and (c.pos_ != "PROPN" or c.lower_ == "prime")]
    post = " ".join(words + [title.lower_])
    if post not in lexicon().words("head_office_titles"):
        return None
    if any(c.dep_ in ("appos", "compound", "flat") and c.i > title.i for c in children_of(title)) or (
            title.dep_ in ("compound", "flat", "appos") and title.head.pos_ == "PROPN"):
        return None
    return post


def _of_the_past(title: Token, day: dt.date) -> bool:
    """The title speaks of an earlier holder: "the then president", "the former prime minister", "I talked with
    the US president at that time", a sentence dated before the document's year ("in 2014")."""
    past = lexicon().words("past_office_words")
    if any(c.lower_ in past for c in children_of(title) if c.i < title.i):
        return True
    sent = sentence_of(title)
    text = " " + text_of(sent).lower() + " "
    if any(f" {phrase} " in text for phrase in lexicon().words("past_time_phrases")):
        return True
    dates = [e for e in ents(sent.doc) if sent.start <= e.start and e.end <= sent.end]  # sent.ents, without making
    return any(e.label_ == "DATE" and any(t.like_num and len(t.text) == 4 and t.text.isdigit() and int(t.text) < day.year
                                          for t in e) for e in dates)  # every entity Span of the Doc again


def office_antecedents(doc: Doc, mentions: list[ActorMention], registry: ActorRegistry,
                       day: dt.date | None) -> list[ActorMention]:
    """Person mentions for the unnamed holders of a state's head offices named by title in ``doc`` ("the
    President of Kazakhstan" -> Kassym-Jomart Tokayev on ``day``); none without a day or a holder.

    >>> import spacy
    >>> office_antecedents(spacy.blank("en")("He spoke."), [], ActorRegistry.from_records([], [], []), None)
    []
    """
    if day is None:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        if len(m.actors) != 1 or m.actors[0].kind is not ActorKind.STATE:
            continue
        title = _title_of(doc[m.head])
        post = _post(title) if title is not None and title.i not in taken else None
        if post and _of_the_past(title, day):
            continue  # the holder then is not the holder on the document's day
        holder = post_holder(m.actors[0], post, day, registry) if post else None
        if holder is not None:
            left = min(c.i for c in title.subtree if c.i <= title.i)
            out.append(ActorMention(left, title.i + 1, title.i, (holder,), "description", False, (m.start, m.end),
                                    m.actors[0]))
    return out
