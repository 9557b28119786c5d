"""Media outlets and journalists named with a state: the state's media (CAMEO sector MED), never the state itself.

"An online conversation with journalists of the Canadian Global News" was a meeting with Canada, "an
interview to the German Bild newspaper" one with Germany. A journalist or an outlet speaks for no state: a
state's demonym or bloc word in the phrase of a media noun ("newspaper", "TV channel", "journalists": the
Phoenix agent nouns of sector MED) or of an outlet's name ending in a word of news names ("Global News", "Fox
News", "The Kyiv Post": the lexicon's ``media_name_words``), and a state in the of-phrase of a media noun
("journalists of Ukraine"), name that state's media (:func:`stancegraph.rules.sectors.sector_actor`). A bloc
("Western media") gives media of no state. A demonym before a journalist's own name stays the person's state
("Italian journalist Maria Rossi").

>>> import spacy
>>> from spacy.tokens import Doc
>>> from stancegraph.rules.actors import ActorMention
>>> canada = Actor(id="CAN", label="Canada", kind=ActorKind.STATE, iso3="CAN")
>>> doc = Doc(spacy.blank("en").vocab, words=["journalists", "of", "the", "Canadian", "Global", "News"],
...           heads=[0, 0, 5, 5, 5, 1], deps=["ROOT", "prep", "det", "compound", "compound", "pobj"],
...           pos=["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"],
...           lemmas=["journalist", "of", "the", "Canadian", "Global", "News"])
>>> [m.actors[0].label for m in media_mentions(doc, [ActorMention(3, 4, 3, (canada,), "demonym")])]
['media (Canada)']
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.sectors import agent_sector
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.group_states import stateless_group
from stancegraph.rules.sectors import sector_actor
from stancegraph.rules.doc_index import children_of

__all__ = ["media_mentions"]

_MEDIA = "MED"
_CHAIN_DEPS = ("amod", "compound", "nmod")


def _media_word(tok: Token) -> bool:
    """A media noun ("newspaper", "TV", "journalists") or a news name's last word ("News", "Post", "Times")."""
    if tok.pos_ == "PROPN" and tok.is_title and tok.lower_ in lexicon().construction_words["media_name_words"]:
        return True
    return tok.pos_ in ("NOUN", "PROPN") and _MEDIA in (agent_sector(tok.lemma_.lower()), agent_sector(tok.lower_))


def _media_phrase(tok: Token) -> bool:
    """``tok`` (a demonym or bloc word) modifies, alone or through a short chain of names and compounds, a media
    noun or an outlet's name, and no person's name: "the Canadian Global News", "the German Bild newspaper"."""
    for _ in range(3):
        if tok.dep_ not in _CHAIN_DEPS or tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = tok.head
        if tok.ent_type_ == "PERSON":
            return False
        if _media_word(tok) or any(c.dep_ == "compound" and _media_word(c) for c in children_of(tok)):
            return not any(c.ent_type_ == "PERSON" for c in children_of(tok) if c.dep_ == "appos")
    return False


def _of_media(tok: Token) -> bool:
    """``tok`` is the object of "of" after a media noun: "journalists of Ukraine"."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i
            and prep.head.pos_ == "NOUN" and _media_word(prep.head))


def _media_of(actor: Actor) -> Actor | None:
    if actor.kind is ActorKind.STATE:
        return sector_actor(actor, _MEDIA)
    return stateless_group(_MEDIA) if actor.kind is ActorKind.BLOC else None


def media_mentions(doc: Doc, mentions: list) -> list:
    """``mentions`` (:class:`~stancegraph.rules.actors.ActorMention`) with each state or bloc named in a media
    phrase made the media of that state (a bloc's: of no state); see the module doc."""
    out = []
    for m in mentions:
        actor = m.actors[0] if len(m.actors) == 1 else None
        head = doc[m.head]
        media = None
        if actor is not None and (m.how == "demonym" and _media_phrase(head)
                                  or m.how in ("name", "alias") and actor.kind is ActorKind.STATE and _of_media(head)):
            media = _media_of(actor)
        if media is None:
            out.append(m)
            continue
        state = actor if actor.kind is ActorKind.STATE else None
        out.append(replace(m, actors=(media,), how="group" if state is None else m.how, state_hint=state))
    return out
