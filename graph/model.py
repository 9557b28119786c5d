"""Plain data of stancegraph: documents, actors, roles, statements (frozen dataclasses, no I/O, no spaCy)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

__all__ = ["ActorKind", "Status", "Span", "Document", "Actor", "Role", "ActorRef", "Statement"]


class ActorKind(str, Enum):
    """What kind of actor a registry entry or minted actor is.

    Examples
    --------
    >>> ActorKind("igo"), ActorKind.STATE.value
    (<ActorKind.IGO: 'igo'>, 'state')
    """

    STATE = "state"
    IGO = "igo"  # international organisation: UN, NATO, EU, OSCE ...
    BLOC = "bloc"  # a collective without a secretariat: "the West", "the Allies"
    ORGAN = "organ"  # a body of a state: ministry, army, parliament
    PERSON = "person"
    GROUP = "group"  # any other group: companies, parties, armed groups, NGOs


class Status(str, Enum):
    """Epistemic / temporal status of a statement.

    Examples
    --------
    >>> [s.value for s in Status]
    ['asserted', 'reported', 'scheduled', 'hypothetical', 'denied']
    """

    ASSERTED = "asserted"  # the text states the act happened
    REPORTED = "reported"  # the text attributes the account to someone ("according to", "reportedly")
    SCHEDULED = "scheduled"  # a future event ("talks scheduled to begin on January 10")
    HYPOTHETICAL = "hypothetical"  # conditional or counterfactual
    DENIED = "denied"  # the text reports someone denying it ("Moscow denied that its troops ...")


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of a document's original text: 0-based, end-exclusive Unicode code point offsets.

    Examples
    --------
    >>> text = "Russia demanded talks."
    >>> cue = Span(text="demanded", start=7, end=15)
    >>> text[cue.start:cue.end] == cue.text
    True
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """One input document. ``text`` is the original input; ``masked`` lists boilerplate spans kept out of extraction.

    Examples
    --------
    >>> doc = Document(id="d1", text="Russia demanded talks.", date=dt.date(2022, 1, 20), source="Example News")
    >>> doc.id, doc.date, doc.masked
    ('d1', datetime.date(2022, 1, 20), ())
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None  # publication date
    source: str | None = None  # publisher / site
    url: str | None = None
    origin: str | None = None  # path (and line) it was read from, for error messages
    masked: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A political actor: registry entry or minted from an unknown name.

    Examples
    --------
    >>> Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS", wikidata="Q159")
    Actor(id='RUS', label='Russia', kind=<ActorKind.STATE: 'state'>, iso3='RUS', wikidata='Q159', part_of=None, based_in=None, registered=True)
    """

    id: str  # IRI local name: "RUS", "NATO", "vladimir-putin", "x-some-group"
    label: str
    kind: ActorKind
    iso3: str | None = None  # states only
    wikidata: str | None = None  # QID, e.g. "Q159"
    part_of: str | None = None  # organs: id of the state they belong to
    based_in: str | None = None  # non-state groups: the state they operate in (country-level coding places them there)
    registered: bool = True  # False for actors minted from unknown mentions
    # (repr=False: the printed form stays the short one of the fields above)
    sector: str | None = field(default=None, repr=False)  # CAMEO sector of ontology/sectors.ttl when fixed: "COP", "REB"
    source: str | None = field(default=None, repr=False)  # imported actors: the dictionary they came from (an IRI)
    cameo: str | None = field(default=None, repr=False)  # imported actors: the CAMEO actor code the dictionary gives ("IMGMUSALQ")


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """A dated post: ``person`` holds ``title`` in/for ``organisation`` from ``start`` to ``end`` (None = open).

    Examples
    --------
    >>> Role(person="vladimir-putin", organisation="RUS", title="President", start=dt.date(2012, 5, 7))
    Role(person='vladimir-putin', organisation='RUS', title='President', start=datetime.date(2012, 5, 7), end=None)
    """

    person: str  # actor id
    organisation: str  # actor id (a state, IGO or organ)
    title: str  # "President", "Foreign Minister", "Secretary General"
    start: dt.date | None = None
    end: dt.date | None = None
    sector: str | None = field(default=None, repr=False)  # CAMEO sector of the post: "GOV", "MIL" ... (ontology/sectors.ttl)

    def valid_on(self, day: dt.date | None) -> bool:
        """True if the post was held on ``day`` (an unknown day matches any post).

        Examples
        --------
        >>> post = Role(person="jane-doe", organisation="FRA", title="Foreign Minister",
        ...             start=dt.date(2031, 1, 5), end=dt.date(2032, 2, 1))
        >>> post.valid_on(dt.date(2031, 6, 1)), post.valid_on(dt.date(2032, 2, 2)), post.valid_on(None)
        (True, False, True)
        """
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorRef:
    """An actor as mentioned in one statement: the actor, the words, and whom it represented then.

    Examples
    --------
    >>> putin = Actor(id="vladimir-putin", label="Vladimir Putin", kind=ActorKind.PERSON)
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    >>> ref = ActorRef(actor=putin, mention=Span(text="Putin", start=0, end=5), state=russia)
    >>> ref.actor.label, ref.mention.text, ref.state.id
    ('Vladimir Putin', 'Putin', 'RUS')
    """

    actor: Actor
    mention: Span | None = None
    state: Actor | None = None  # for persons and organs: the state they represented on the statement date
    sector: str | None = None  # CAMEO sector they acted in (their post's, or the text's: "Egyptian police" = COP)
    post: Role | None = None  # for persons: the post that gave ``state`` and ``sector`` on the statement date


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """One actor's act or statement toward target actors, as found in one sentence of one document.

    Examples
    --------
    "Russia demanded talks with NATO.": Russia (the speaker) DEMANDs of NATO (the target).

    >>> text = "Russia demanded talks with NATO."
    >>> russia = Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS")
    >>> nato = Actor(id="NATO", label="NATO", kind=ActorKind.IGO)
    >>> st = Statement(document="d1", sentence=Span(text=text, start=0, end=32),
    ...                cue=Span(text="demanded", start=7, end=15),
    ...                speaker=ActorRef(actor=russia, mention=Span(text="Russia", start=0, end=6)),
    ...                targets=(ActorRef(actor=nato, mention=Span(text="NATO", start=27, end=31)),),
    ...                type="DEMAND", rule="verb:nsubj>prep-with", confidence=0.8)
    >>> st.speaker.actor.id, [t.actor.id for t in st.targets], st.type, st.status, st.negated
    ('RUS', ['NATO'], 'DEMAND', <Status.ASSERTED: 'asserted'>, False)
    """

    document: str  # Document.id
    sentence: Span
    cue: Span  # the trigger words ("demanded", "threat of", "held a conversation")
    speaker: ActorRef
    targets: tuple[ActorRef, ...] = ()
    type: str  # code-book name: "DEMAND", "THREATEN", "CONSULT" ...
    negated: bool = False  # the act itself is negated ("did not reject")
    modality: str | None = None  # "must", "should", "will", "may", "can", "intend" ...
    condition: Span | None = None  # "if it invades Ukraine"
    status: Status = Status.ASSERTED
    issue: Span | None = None  # what it is about, as written
    issue_concept: str | None = None  # the issue as a concept shared across documents: "nato expansion"
    date: dt.date | None = None  # date of the act, resolved against the publication date
    rule: str = ""  # id of the extraction rule, e.g. "verb:nsubj-dobj"
    confidence: float = 0.5
    flags: tuple[str, ...] = field(default=())  # "nominal", "negated_content", "reciprocal", "passive", "quoted" ...
    source: ActorRef | None = None  # who the text attributes it to: "according to Russia", "officials said"
    stance: str | None = None  # the speaker's stance toward the issue: "support" or "oppose"
    date_granularity: str | None = None  # "day", "month" or "year" when ``date`` is set
    date_relation: str | None = None  # "before" / "after" the publication when no date can be fixed ("earlier")
    path: str = ""  # the dependency path that produced it, for ``stancegraph explain``
