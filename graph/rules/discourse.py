"""Implicit participants from the discourse (pure, over the statements already read in a document).

A reader fills in what a sentence leaves out from the sentences before it: in "Putin insisted that the
U.S. should not deploy missiles. ... Biden reassured that Washington does not intend to", Biden
reassures Putin's side, though no addressee is written; "the mutual agreement" of a paragraph about
the U.S. and Russia is theirs. This module keeps the recent statements of a document and answers two
questions from them: who is the counterpart of a speaker, and which pair of sides the discourse is
about. Implicit participants are coded at the level of their state (the text names no person), and
the statements that use them are flagged ``implicit_target`` or ``implicit_participants``.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from stancegraph.kb.codebook import load_codebook
from stancegraph.model import Actor, ActorRef, Statement

__all__ = ["Discourse", "ADDRESSED_TYPES", "WINDOW", "side_of", "rolled_up"]

# Speech acts that always have an addressee, written or not: an assurance, a refusal, a warning,
# a demand, an appeal, a concession are made *to* someone.
ADDRESSED_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "DEMAND", "APPEAL", "CONCEDE"})
WINDOW = 8
"""How many sentences back a counterpart is looked for (about a paragraph or two of news prose)."""


def side_of(ref: ActorRef) -> frozenset[str]:
    """The ids an actor stands for: itself and the state (or organisation) it represented.

    Examples
    --------
    >>> from stancegraph.model import ActorKind
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
    >>> putin = ActorRef(actor=Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON), state=russia)
    >>> sorted(side_of(putin)), sorted(side_of(ActorRef(actor=russia)))
    (['RUS', 'vladimir-putin'], ['RUS'])
    """
    return frozenset({ref.actor.id} | ({ref.state.id} if ref.state is not None else set()))


def rolled_up(ref: ActorRef) -> Actor:
    """The state (or organisation) a person or organ represented, else the actor itself.

    Examples
    --------
    >>> from stancegraph.model import ActorKind
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
    >>> putin = ActorRef(actor=Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON), state=russia)
    >>> rolled_up(putin).id, rolled_up(ActorRef(actor=russia)).id
    ('RUS', 'RUS')
    """
    return ref.state if ref.state is not None else ref.actor


@dataclass
class Discourse:
    """The statements of the last ``window`` sentences of one document, newest last.

    Examples
    --------
    Sentence 0 reads "Putin warned Ukraine."; a later sentence that leaves out the other side
    finds it here, for eight sentences:

    >>> from stancegraph.model import ActorKind, Span
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
    >>> putin = ActorRef(actor=Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON), state=russia)
    >>> ukraine = ActorRef(actor=Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE))
    >>> s = Span(text="Putin warned Ukraine.", start=0, end=21)
    >>> discourse = Discourse()
    >>> discourse.add(0, [Statement(document="d1", sentence=s, cue=s, speaker=putin, targets=(ukraine,), type="THREATEN")])
    >>> discourse.counterpart(ukraine, 3).id, discourse.counterpart_of({"RUS"}, 3).id
    ('RUS', 'UKR')
    >>> [a.id for a in discourse.pair(3)], discourse.pair(9)
    (['RUS', 'UKR'], None)
    >>> discourse.known("THREATEN", ActorRef(actor=russia), ukraine), discourse.known("DEMAND", putin, ukraine)
    (True, False)
    """

    window: int = WINDOW
    _recent: deque = field(default_factory=deque)  # (sentence number, statement)
    _events: list = field(default_factory=list)  # (type, speaker side, target side) of every statement so far

    def add(self, sentence: int, statements: list[Statement]) -> None:
        """Remember the ``statements`` read in sentence number ``sentence`` (those between registered
        actors as exchanges; every one as an event) and forget exchanges older than the window.

        Examples
        --------
        >>> from stancegraph.model import ActorKind, Span
        >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE)
        >>> putin = ActorRef(actor=Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON), state=russia)
        >>> ukraine = ActorRef(actor=Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE))
        >>> s = Span(text="Putin warned Ukraine.", start=0, end=21)
        >>> discourse = Discourse()
        >>> discourse.add(0, [Statement(document="d1", sentence=s, cue=s, speaker=putin, targets=(ukraine,), type="THREATEN")])
        >>> discourse.add(9, [])
        >>> discourse.counterpart(ukraine, 9) is None, discourse.known("THREATEN", putin, ukraine)
        (True, True)
        """
        for st in statements:
            for t in st.targets or (None,):
                self._events.append((st.type, side_of(st.speaker), side_of(t) if t is not None else frozenset()))
        for st in statements:
            if st.targets and st.speaker.actor.registered and all(t.actor.registered for t in st.targets):
                self._recent.append((sentence, st))
        while self._recent and self._recent[0][0] < sentence - self.window:
            self._recent.popleft()

    def _dyads(self, sentence: int, spoken: bool = False):
        """(speaker ref, target ref) of recent statements, newest first, across sides only; ``spoken``: only
        exchanges one speaks in, no material conflict (:meth:`counterpart`)."""
        for n, st in reversed(self._recent):
            if n < sentence - self.window:
                break
            if spoken and _fought(st.type):
                continue
            for t in st.targets:
                if not (side_of(st.speaker) & side_of(t)):
                    yield st.speaker, t

    def counterpart(self, speaker: ActorRef, sentence: int, *, spoken: bool = False) -> Actor | None:
        """The other side of the newest recent exchange ``speaker``'s side took part in, as a state.
        ``spoken``: the one a speech act of ``speaker``'s is addressed to, so only from an exchange of words or
        cooperation: the side one fights is no addressee of an assurance, a pledge or a request ("Russian
        troops blocked Mariupol. ... the military assured that they are determined to defend it" assures no
        Russian; a hand-read of press releases found no right addressee taken from a fight)."""
        return self.counterpart_of(side_of(speaker), sentence, spoken=spoken)

    def counterpart_of(self, mine: frozenset[str] | set[str], sentence: int, *, spoken: bool = False) -> Actor | None:
        """:meth:`counterpart` for a side given by its actor ids."""
        for a, b in self._dyads(sentence, spoken):
            if side_of(a) & mine:
                return rolled_up(b)
            if side_of(b) & mine:
                return rolled_up(a)
        return None

    def known(self, type_: str, speaker: ActorRef, target: ActorRef | None) -> bool:
        """An event of this type between these sides was already read in the document (any distance)."""
        mine, theirs = side_of(speaker), side_of(target) if target is not None else frozenset()
        return any(t == type_ and s & mine and (o & theirs if theirs else True) for t, s, o in self._events)

    def pair(self, sentence: int) -> tuple[Actor, Actor] | None:
        """The two sides of the newest recent exchange, as states (speaker's side first)."""
        for a, b in self._dyads(sentence):
            first, second = rolled_up(a), rolled_up(b)
            if first.id != second.id:
                return first, second
        return None


def _fought(type_: str) -> bool:
    """A material conflict in the code book (fighting, coercion, assault, ...)."""
    return getattr(load_codebook().get(type_), "quad", "") == "material-conflict"
