"""A police or court with no state as the subject of an act on a state's domestic body: "Police arrested Kenyan
opposition leaders" is KEN-COP -> KEN-OPP, "the judge summoned Zimbabwean opposition activists" ZWE-JUD ->
ZWE-OPP (the rule of :mod:`stancegraph.rules.lent_states`, from the object to the subject).

Only an opposition, a party, rebels, a legislature or a judiciary lends its state this way: civilians of a
state are often acted on abroad ("police arrested two British tourists" in Thailand), so they never do.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from stancegraph.kb.sectors import agent_sector
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.doc_index import children_of, select, sentence_of
from stancegraph.rules.lent_states import LENDING_SECTORS, TITLE_SECTORS
from stancegraph.rules.sectors import sector_actor

__all__ = ["subject_titles"]

_OBJECT_LENDERS = LENDING_SECTORS - {"CVL"}
#: Subjects that act at home: police and courts. A president or minister meets or blames a foreign state's
#: opposition as often as their own ("The President met Belarusian opposition leader ..."), so they borrow none.
_ENFORCERS = TITLE_SECTORS & {"COP", "JUD"}


def _title_subject(tok: Token) -> str | None:
    """The sector of a subject that is a bare title of a state's office ("police", "the finance minister")."""
    if tok.dep_ not in ("nsubj",) or tok.ent_type_ or not (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (
            tok.text.islower() or tok.i == sentence_of(tok).start)):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod", "poss", "appos") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_)
           or c.dep_ == "prep" for c in children_of(tok)):
        return None  # "Kenyan police", "its police", "police in Nairobi": a state or place of its own
    compounds = [c.lower_ for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i]
    sector = agent_sector(" ".join([*compounds, tok.lemma_.lower()])) or agent_sector(tok.lower_)
    return sector if sector in _ENFORCERS else None


def _object_lender(verb: Token, by_token: dict[int, ActorMention]) -> Actor | None:
    """The state of the one domestic body (opposition, rebels ...) that is the object of ``verb``."""
    states = {}
    for obj in (c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")):
        for word in (w for o in [obj, *(c for c in children_of(obj) if c.dep_ == "conj")] for w in [o, *children_of(o)]):
            m = by_token.get(word.i)
            if m is None or len(m.actors) != 1:
                continue
            actor, state = m.actors[0], m.state_hint
            if actor.kind in (ActorKind.ORGAN, ActorKind.GROUP) and actor.sector in _OBJECT_LENDERS and state is not None:
                states[state.id] = state
    return next(iter(states.values())) if len(states) == 1 else None


def subject_titles(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """``mentions`` and a mention of the sector actor of state X for each bare title that is the subject of a
    verb whose object is a domestic body of X (see the module doc).

    >>> import spacy
    >>> from stancegraph.rules.sectors import sector_actor
    >>> kenya = Actor(id="KEN", label="Kenya", kind=ActorKind.STATE, iso3="KEN")
    >>> doc = Doc(spacy.blank("en").vocab, words=["Police", "arrested", "Kenyan", "opposition", "leaders"],
    ...           heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "amod", "compound", "dobj"],
    ...           pos=["NOUN", "VERB", "ADJ", "NOUN", "NOUN"], lemmas=["police", "arrest", "Kenyan", "opposition", "leader"])
    >>> opposition = ActorMention(2, 3, 2, (sector_actor(kenya, "OPP"),), "demonym", state_hint=kenya)
    >>> [(doc[m.start:m.end].text, m.actors[0].id) for m in subject_titles(doc, [opposition])]
    [('Police', 'x-ken-cop'), ('Kenyan', 'x-ken-opp')]
    """
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found = []
    for tok in select(doc, dep={"nsubj"}):  # (_title_subject takes subjects only)
        sector = _title_subject(tok) if tok.i not in by_token else None
        state = _object_lender(tok.head, by_token) if sector is not None else None
        if state is None or state.kind is not ActorKind.STATE:
            continue
        left = min((c.i for c in children_of(tok) if c.dep_ in ("det", "compound", "amod") and c.i < tok.i), default=tok.i)
        found.append(ActorMention(left, tok.i + 1, tok.i, (sector_actor(state, sector),), "group", False, state_hint=state))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, m.end))
