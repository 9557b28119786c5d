"""The state of an actor whose phrase names none, lent by the other, domestic end of its event.

Event coders (PETRARCH, Phoenix) give an agent with no country of its own the country of the actor it acts
with: "The Kenyan parliament demanded that the finance minister resign" is KEN-LEG -> KEN-GOV, "Rebels in
the Ivory Coast dismissed an appeal from President Laurent Gbago" CIV-REB -> CIV-GOV. Here that holds only
where the evidence is unambiguous:

- the lending end is a body *inside* a state X, not the state or its government: a legislature, a
  judiciary, a police, rebels, an opposition, civilians of X (:data:`LENDING_SECTORS`). A state or a
  government acts abroad ("Kenya expelled the ambassador"), so it never lends;
- exactly one state is in play among the statement's ends, and the borrowing end has none: a state the
  text or a post gives is never overridden;
- the borrowing end is a person named with a title, or a title alone, whose title names a sector of a
  state's own (:data:`TITLE_SECTORS`: "President", "Judge", "the finance minister", "the police").

:func:`lends_state` is the test of the lending end (also used by :mod:`stancegraph.rules.sectors` for titles
with no name); :func:`with_lent_state` applies the rule to a statement.

Examples
--------
>>> kenya = Actor(id="KEN", label="Kenya", kind=ActorKind.STATE, iso3="KEN")
>>> parliament = Actor(id="x-ken-leg", label="legislature (Kenya)", kind=ActorKind.ORGAN, part_of="KEN", sector="LEG")
>>> lends_state(parliament), lends_state(kenya)
(True, False)
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from stancegraph.kb.sectors import STATE_SECTORS, agent_sector
from stancegraph.model import Actor, ActorKind, ActorRef, Statement

__all__ = ["LENDING_SECTORS", "TITLE_SECTORS", "lends_state", "title_sector", "with_lent_state"]

#: Sectors of bodies inside one state, which act at home: their counterpart with no state is of their state.
LENDING_SECTORS = frozenset({"LEG", "JUD", "COP", "OPP", "PTY", "REB", "SEP", "INS", "CVL"})
#: Sectors a title with no state may borrow a state for: the state's own offices (a "general" or "envoy"
#: of no named state may serve anyone, but a president, a minister, a judge serve their state).
TITLE_SECTORS = STATE_SECTORS - {"SPY", "MIL"}


def lends_state(actor: Actor, sector: str | None = None) -> bool:
    """``actor`` (acting in ``sector``, else its own) is a body inside a state that lends it to a stateless
    counterpart: a legislature, judiciary, police, opposition, rebels or civilians; never a state, a
    government, a military or an international body."""
    sector = sector or actor.sector
    return actor.kind in (ActorKind.ORGAN, ActorKind.GROUP) and sector in LENDING_SECTORS


def title_sector(doc: Doc, start: int, end: int) -> str | None:
    """The sector of the title written just before (or at the start of) a person's name ``doc[start:end]``
    ("President Laurent Gbago" -> GOV, "Judge Alejandro Rivera" -> JUD), if it is one of :data:`TITLE_SECTORS`.
    A title's words are the common or capitalised nouns compounded onto the name, no entity of their own
    ("French National Assembly president": "president", not the assembly).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["from", "President", "Laurent", "Gbago"], heads=[0, 3, 3, 0],
    ...           deps=["ROOT", "compound", "compound", "pobj"], pos=["ADP", "PROPN", "PROPN", "PROPN"],
    ...           ents=["O", "O", "B-PERSON", "I-PERSON"])
    >>> title_sector(doc, 2, 4), title_sector(doc, 1, 4), title_sector(doc, 3, 4)
    ('GOV', 'GOV', None)
    """
    first = next((t.i for t in doc[start:end] if t.ent_type_ == "PERSON"), start)
    title = list(doc[start:first])
    i = start - 1
    while i >= 0 and start - i <= 3 and doc[i].pos_ in ("NOUN", "PROPN") and doc[i].dep_ == "compound" \
            and not doc[i].ent_type_ and start <= doc[i].head.i < end:
        title.insert(0, doc[i])
        i -= 1
    if not title:
        return None
    sector = agent_sector(" ".join(t.lower_ for t in title))
    return sector if sector in TITLE_SECTORS else None


def _state_of(ref: ActorRef) -> Actor | None:
    return ref.state or (ref.actor if ref.actor.kind is ActorKind.STATE else None)


def with_lent_state(st: Statement, doc: Doc) -> Statement:
    """``st`` with the state of its one domestic, sub-state end lent to a titled end that names none.

    The borrowing end is a person (or title) with no state whose title in ``doc`` names a sector of a
    state's own offices; it gets the state and that sector.

    Examples
    --------
    >>> import spacy
    >>> from stancegraph.model import Span
    >>> doc = Doc(spacy.blank("en").vocab, words="Rebels dismissed an appeal from President Laurent Gbago".split(),
    ...           heads=[1, 1, 3, 1, 3, 7, 7, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "compound", "compound", "pobj"],
    ...           pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN"], ents=["O"] * 6 + ["B-PERSON", "I-PERSON"])
    >>> civ = Actor(id="CIV", label="Ivory Coast", kind=ActorKind.STATE, iso3="CIV")
    >>> rebels = Actor(id="x-civ-reb", label="rebels (Ivory Coast)", kind=ActorKind.GROUP, based_in="CIV", sector="REB")
    >>> gbago = Actor(id="x-laurent-gbago", label="Laurent Gbago", kind=ActorKind.PERSON, registered=False)
    >>> st = Statement(document="d", sentence=Span(text=doc.text, start=0, end=55), cue=Span(text="dismissed", start=7, end=16),
    ...                speaker=ActorRef(actor=rebels, state=civ, mention=Span(text="Rebels", start=0, end=6)), type="REJECT",
    ...                targets=(ActorRef(actor=gbago, mention=Span(text="Laurent Gbago", start=41, end=54)),))
    >>> lent = with_lent_state(st, doc)
    >>> lent.targets[0].state.id, lent.targets[0].sector, "lent_state" in lent.flags
    ('CIV', 'GOV', True)
    """
    ends = [st.speaker, *st.targets]
    states = {s.id: s for s in map(_state_of, ends) if s is not None}
    if len(states) != 1:
        return st
    state = next(iter(states.values()))
    sectors = [_end_sector(e, doc) if _state_of(e) is not None else None for e in ends]
    if state.kind is not ActorKind.STATE or not any(s is not None and lends_state(e.actor, s) for e, s in zip(ends, sectors)):
        return st
    changed = False
    new_ends = []
    for ref, own in zip(ends, sectors):
        sector = _borrower_sector(ref, doc) if _state_of(ref) is None else None
        if sector is not None:
            ref = replace(ref, state=state, sector=ref.sector or sector)
            changed = True
        elif own is not None and ref.sector is None:
            ref = replace(ref, sector=own)  # "Rebels in the Ivory Coast" (capitalised: the sentence's first word)
        new_ends.append(ref)
    if not changed:
        return st
    return replace(st, speaker=new_ends[0], targets=tuple(new_ends[1:]),
                   flags=tuple(sorted(set(st.flags) | {"lent_state"})))


def _span(ref: ActorRef, doc: Doc):
    return doc.char_span(ref.mention.start, ref.mention.end, alignment_mode="expand") if ref.mention is not None else None


def _end_sector(ref: ActorRef, doc: Doc) -> str | None:
    """The sector of an end with a state: its own, else its head noun's for a group named by a common noun."""
    if ref.sector or ref.actor.sector:
        return ref.sector or ref.actor.sector
    span = _span(ref, doc) if ref.actor.kind is ActorKind.GROUP and not ref.actor.registered else None
    if span is None or span.root.pos_ not in ("NOUN", "PROPN"):
        return None
    word = span.root.lower_  # (a capitalised first word is tagged a proper noun and keeps its plural: "Rebels")
    forms = [span.root.lemma_.lower(), word] + ([word[:-1]] if word.endswith("s") else [])
    return next((s for s in map(agent_sector, forms) if s is not None), None)


def _borrower_sector(ref: ActorRef, doc: Doc) -> str | None:
    """The sector of a stateless person named with a title of a state's own offices, else None."""
    if ref.actor.kind is not ActorKind.PERSON or ref.mention is None:
        return None
    span = _span(ref, doc)
    if span is None or any(t.ent_type_ in ("GPE", "NORP") for t in span.root.subtree if not span.start <= t.i < span.end):
        return None  # "President Jean Quxley of Niger": a place in the person's own phrase is the text's say
    return title_sector(doc, span.start, span.end)
