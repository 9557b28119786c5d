"""A state's own people as the target of its own officials: "President Levy Mwanawasa has reneged on his commitment
to the Zambian people" is Zambia's government against Zambia's civilians (PLOVER codes ZMBGOV -> ZMBCVL).

A target on the speaker's own side is dropped ("recalled its ambassador", "Putin and Shoigu met"), and a
demonym names its state: so the people of the speaker's state vanished from the statement. A demonym that
modifies a noun of a whole people ("people", "citizens", "nation", "population": the lexicon's
``public_nouns``), written as a target of an actor of that same state, names the state's civilians (sector
CVL), a party of its own; only there, so "Biden supports the Ukrainian people" keeps Ukraine. Only a
demonym: "our people" in a president's narration is his audience, no party to his acts. Only acts that set
a state against its people or yield to them (rejections, demands, coercion, concessions ...): a leader's
thanks, meetings and promises to his own people ("grateful to the Ukrainian people") are the ritual of
press releases, and a "commitment to the Zambian people" reneged on is no support.

>>> import spacy
>>> from spacy.tokens import Doc
>>> from stancegraph.rules.actors import ActorMention
>>> zambia = Actor(id="ZMB", label="Zambia", kind=ActorKind.STATE, iso3="ZMB")
>>> doc = Doc(spacy.blank("en").vocab, words=["to", "the", "Zambian", "people"], heads=[0, 3, 3, 0],
...           deps=["ROOT", "det", "amod", "pobj"], pos=["ADP", "DET", "ADJ", "NOUN"])
>>> mentions = [ActorMention(2, 3, 2, (zambia,), "demonym")]
>>> [m.actors[0].label for m in own_people(doc, mentions, {"ZMB"}, "REJECT")]
['civilians (Zambia)']
>>> [m.actors[0].label for m in own_people(doc, mentions, {"USA"}, "REJECT") + own_people(doc, mentions, {"ZMB"}, "SUPPORT")]
['Zambia', 'Zambia']
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.sectors import sector_actor

__all__ = ["own_people"]

_CIVILIANS = "CVL"
# types a leader's narration gives his own people as a ritual (thanks, meetings, promises, help), no domestic event
_RITUAL_TYPES = frozenset({"SUPPORT", "CONSULT", "AGREE", "COOPERATE", "AID"})


def _people_noun(tok: Token) -> bool:
    """``tok`` (a demonym) modifies a noun of a whole people: "the Zambian people", "Kenyan citizens"."""
    noun = tok.head
    return (tok.dep_ in ("amod", "compound", "nmod") and noun.i != tok.i and noun.pos_ == "NOUN"
            and {noun.lower_, noun.lemma_.lower()} & lexicon().construction_words["public_nouns"] != set())


def own_people(doc: Doc, mentions: list, own: set[str], type_: str) -> list:
    """``mentions`` (:class:`~stancegraph.rules.actors.ActorMention`, the targets of an act of ``type_``) with a
    demonym of a state in ``own`` (the speaker's side) that names that state's people made the state's civilians."""
    if type_ in _RITUAL_TYPES:
        return mentions
    out = []
    for m in mentions:
        actor = m.actors[0] if len(m.actors) == 1 else None
        if (actor is not None and actor.kind is ActorKind.STATE and actor.id in own and m.how == "demonym"
                and _people_noun(doc[m.head])):
            m = replace(m, actors=(sector_actor(actor, _CIVILIANS),), state_hint=actor)
        out.append(m)
    return out
