"""Titles that carry a body inside them: "French National Assembly president Laurent Fabius" acts for France's
legislature (FRA, LEG), "U.N. mediator Diego Cordovez" for the United Nations.

- :func:`body_affiliations` gives a person whose title is compounded onto an international organisation's
  name ("U.N. mediator", "NATO spokesman") that organisation as the body they act for, as a post in it
  would (:func:`~stancegraph.rules.mention_index.state_at`); a state named beside them wins, and a state's
  envoy to the organisation ("UN ambassador") is not its official.
- :func:`with_title_sectors` gives a person with a state (not an international organisation) and no sector (no post that day) the sector their
  title names: the body in the title ("National Assembly president" -> LEG, "Supreme Court judge" -> JUD),
  else the title itself ("President" -> GOV, "former president" -> ELI).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from stancegraph.kb.sectors import agent_nouns, agent_sector
from stancegraph.model import ActorKind, ActorRef, Statement
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.lent_states import TITLE_SECTORS

__all__ = ["body_affiliations", "title_words", "with_title_sectors"]

#: Titles of a state's envoys to an organisation, not of its officials ("UN ambassador X" is a state's).
_ENVOY_TITLES = frozenset({"ambassador", "representative", "delegate", "envoy", "permanent", "delegation"})
_BODY_SECTORS = frozenset({"LEG", "JUD"})
_SKIPPED_DEPS = ("det", "punct", "poss", "case", "cc", "prep")


def title_words(doc: Doc, start: int, root: Token) -> list[Token]:
    """The words of a title before a name starting at ``start`` (``root``: the name's head), without
    determiners and the states named in it: "the French National Assembly president" -> National Assembly
    president."""
    return [t for t in doc[root.left_edge.i:start] if t.dep_ not in _SKIPPED_DEPS and t.ent_type_ not in ("GPE", "NORP")
            and t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_punct]


def body_affiliations(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` with a person titled as an official of an international organisation named in the title
    given that organisation as the body they act for (see the module doc).

    >>> import spacy
    >>> from stancegraph.model import Actor
    >>> un = Actor(id="UN", label="United Nations", kind=ActorKind.IGO)
    >>> cordovez = Actor(id="x-diego-cordovez", label="Diego Cordovez", kind=ActorKind.PERSON, registered=False)
    >>> doc = Doc(spacy.blank("en").vocab, words=["U.N.", "mediator", "Diego", "Cordovez"], heads=[1, 3, 3, 3],
    ...           deps=["compound", "compound", "compound", "ROOT"], pos=["PROPN", "NOUN", "PROPN", "PROPN"],
    ...           ents=["B-ORG", "O", "B-PERSON", "I-PERSON"])
    >>> found = body_affiliations(doc, [ActorMention(0, 1, 0, (un,), "alias"), ActorMention(2, 4, 3, (cordovez,), "name")])
    >>> found[1].state_hint.id
    'UN'
    """
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        actor = m.actors[0] if len(m.actors) == 1 else None
        if actor is None or actor.kind is not ActorKind.PERSON or m.state_hint is not None or m.how == "pronoun":
            out.append(m)
            continue
        words = title_words(doc, m.start, doc[m.head])
        bodies = {by_token[t.i].actors[0].id: by_token[t.i].actors[0] for t in words if t.i in by_token
                  and len(by_token[t.i].actors) == 1 and by_token[t.i].actors[0].kind is ActorKind.IGO}
        title = [t for t in words if t.i not in by_token]
        if len(bodies) == 1 and title and not any(t.lower_ in _ENVOY_TITLES for t in title):
            m = replace(m, state_hint=next(iter(bodies.values())))
        out.append(m)
    return out


def _title_sector(words: list[Token]) -> str | None:
    lowered = [t.lower_ for t in words]
    if lowered and lowered[0] in ("former", "ex", "ex-"):
        return "ELI"
    for cut in range(len(words) - 1, 0, -1):  # the body before the title: "National Assembly | president"
        body = agent_nouns().get(" ".join(lowered[:cut]))  # (a phrase of the dictionary, not its last word)
        if body in _BODY_SECTORS:
            return body
    sector = agent_sector(" ".join(lowered)) if lowered else None
    return sector if sector in TITLE_SECTORS else None


def with_title_sectors(st: Statement, doc: Doc) -> Statement:
    """``st`` with each person who has a state but no sector (no post that day) given the sector of their
    title in ``doc`` (see the module doc)."""
    ends = [st.speaker, *st.targets]
    new = [_titled(ref, doc) for ref in ends]
    if all(a is b for a, b in zip(new, ends)):
        return st
    return replace(st, speaker=new[0], targets=tuple(new[1:]))


def _titled(ref: ActorRef, doc: Doc) -> ActorRef:
    if (ref.actor.kind is not ActorKind.PERSON or ref.sector is not None or ref.state is None or ref.mention is None
            or ref.state.kind is not ActorKind.STATE):
        return ref  # (an official of an international organisation has its sector, IGO, not a state's office)
    span = doc.char_span(ref.mention.start, ref.mention.end, alignment_mode="expand")
    if span is None:
        return ref
    words = [t for t in title_words(doc, span.start, span.root) if t.ent_type_ != "PERSON"]
    sector = _title_sector(words) if words else None
    return replace(ref, sector=sector) if sector is not None else ref
