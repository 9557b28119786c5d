"""Statements from a parsed Doc (pure): cue verbs, phrasal verbs, light-verb constructions and event
nouns, with speaker, targets, issue, negation, modality, condition, status and date read off the
dependency parse. No Span or Token leaves this module: it yields plain ``Statement`` objects.

Each cue is read as an :class:`~stancegraph.rules.act.Act` (:func:`~stancegraph.rules.act.act_of`); this module
decides which acts are events and makes one statement per speaker and target."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Doc, Span as SpacySpan, Token

from stancegraph.kb.codebook import negated_types, types_with
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Statement, Status
from stancegraph.read.dates import explicit_dates_at
from stancegraph.rules.addressees import names_other_addressee
from stancegraph.rules.own_decisions import decided_alone
from stancegraph.rules.act import Act, act_of, cue_span_of, is_material
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.attribution import dependency_path
from stancegraph.rules.context import Context, actor_ref, own_side, state_of_body
from stancegraph.rules.confidence import with_confidence
from stancegraph.rules.conventions import domestic_target
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.domestic import domestic_state
from stancegraph.rules.cut_names import joined_names
from stancegraph.rules.cues import Cue, find_cues
from stancegraph.rules.discourse import ADDRESSED_TYPES, Discourse, side_of
from stancegraph.rules.doc_index import children_of, doc_index
from stancegraph.rules.guess_limits import ASKING_TYPES, transcript_voice, unasked_refusal, wanting
from stancegraph.rules.guessed_targets import fallback_targets
from stancegraph.rules.issues import stance_of
from stancegraph.rules.lent_states import with_lent_state
from stancegraph.rules.media_outlets import media_mentions
from stancegraph.rules.own_people import own_people
from stancegraph.rules.region_names import region_named
from stancegraph.rules.mention_index import MentionIndex
from stancegraph.rules.no_subjects import denied_subject
from stancegraph.rules.obligations import questioned
from stancegraph.rules.mutual_acts import attends, hosts, partner_acts_too
from stancegraph.rules.named_documents import names_a_document
from stancegraph.rules.out_of_post import surname_states
from stancegraph.rules.shared_hints import spread_state_hints
from stancegraph.rules.participants import addressee_named
from stancegraph.rules.placed_agents import placed_agents
from stancegraph.rules.sectors import sector_mentions, with_sectors
from stancegraph.rules.subject_titles import subject_titles
from stancegraph.rules.syntax import question_kind, span_of
from stancegraph.rules.title_bodies import body_affiliations, with_title_sectors

__all__ = ["Cue", "find_cues", "stance_statements"]


def _reference_date(dated: list[tuple[int, dt.date]], before: int, document: Document) -> dt.date | None:
    """The publication date, else the latest full date written before offset ``before``."""
    if document.date is not None:
        return document.date
    found = [day for end, day in dated if end <= before]
    return max(found) if found else None


def stance_statements(
    doc: Doc, document: Document, registry: ActorRegistry, *, mentions: list[ActorMention] | None = None
) -> Iterator[Statement]:
    """Yield the statements of a parsed ``doc`` whose text is ``document``'s (masked) text.

    One statement per (speaker, target) pair; reciprocal events ("the two presidents exchanged
    demands", "talks between Russia and NATO") give one statement per direction.

    Examples
    --------
    >>> import spacy
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE, iso3="RUS"), Actor(id="NATO", label="NATO", kind=ActorKind.IGO),
    ...      Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE, iso3="UKR")],
    ...     [("Russia", "RUS", "name"), ("NATO", "NATO", "name"), ("Ukraine", "UKR", "name")], [])
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "demanded", "guarantees", "from", "NATO", "."],
    ...           spaces=[True, True, True, True, False, False], heads=[1, 1, 1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    ...           lemmas=["Russia", "demand", "guarantee", "from", "NATO", "."], ents=["B-GPE", "O", "O", "O", "B-ORG", "O"])
    >>> document = Document(id="d1", text=doc.text, date=dt.date(2022, 1, 20))
    >>> [st] = stance_statements(doc, document, registry)
    >>> st.speaker.actor.id, st.type, [t.actor.id for t in st.targets], st.cue, st.rule
    ('RUS', 'DEMAND', ['NATO'], Span(text='demanded', start=7, end=15), 'verb:nsubj>prep-from')

    A reciprocal event gives one statement per direction:

    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "and", "Ukraine", "held", "talks", "."],
    ...           spaces=[True, True, True, True, False, False], heads=[3, 0, 0, 3, 3, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "dobj", "punct"], pos=["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
    ...           lemmas=["Russia", "and", "Ukraine", "hold", "talk", "."], ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])
    >>> document = Document(id="d2", text=doc.text, date=dt.date(2022, 1, 20))
    >>> [(st.speaker.actor.id, st.type, st.targets[0].actor.id, st.flags) for st in stance_statements(doc, document, registry)]
    [('RUS', 'CONSULT', 'UKR', ('reciprocal',)), ('UKR', 'CONSULT', 'RUS', ('reciprocal',))]
    """
    # "Egyptian police": Egypt's police, a sector actor (stancegraph.rules.sectors)
    found_mentions = mentions if mentions is not None else actor_mentions(doc, registry, document=document)
    # "withdrew from the Minsk agreements": a name inside a document's name is no participant
    # and "Latin America", "South American countries" name a region, no state (stancegraph.rules.region_names)
    found_mentions = [m for m in found_mentions if not names_a_document(doc[m.head]) and not region_named(doc, m, registry)]
    # "President Bush": the state every registered Bush shares (stancegraph.rules.out_of_post)
    # "National Union for the Total Independence of | Angola": one name cut before its place (rules.cut_names)
    found_mentions = body_affiliations(doc, surname_states(doc, joined_names(doc, found_mentions, registry), registry))
    found_mentions = spread_state_hints(found_mentions)  # "Ambassador of Japan Kuninori Matsuda ... Kuninori Matsuda"
    # "a newspaper based in east Beirut": the media of Lebanon (stancegraph.rules.placed_agents)
    found_mentions = placed_agents(doc, sector_mentions(doc, found_mentions, registry, document.date))
    found_mentions = media_mentions(doc, found_mentions)  # "journalists of the Canadian Global News": Canada's media
    index = MentionIndex(subject_titles(doc, found_mentions), registry=registry)
    # Doc.text is rebuilt from the tokens at every access: read it once, and only for undated documents
    dated = [] if document.date is not None else explicit_dates_at(doc.text)
    discourse, texts = Discourse(), doc_index(doc).text
    for n, sent in enumerate(doc_index(doc).sents):
        if not "".join(texts[sent.start:sent.end]).strip():  # (sent.text, without making its tokens)
            continue
        ctx = Context(doc, document, registry, index, _reference_date(dated, sent.start_char, document), discourse, n)
        cues = find_cues(sent)
        cue_heads = {c.head.i: c for c in cues} | {c.noun.i: c for c in cues if c.noun is not None}
        for cue in cues:
            found = [with_confidence(_with_context_states(st, ctx, sent))
                     for st in _statements_of_cue(cue, sent, cue_heads, ctx)]
            if cue.kind == "noun" and cue.type == "CONSULT" and _definite(cue.head):
                # "the first December meeting with Biden", "both meetings with Zelensky": a reference back
                # to a meeting the document already reported is no new event (GDELT: one mention per document)
                found = [st for st in found if not any(discourse.known(st.type, st.speaker, t) or (
                    t is not None and discourse.known(st.type, t, st.speaker)) for t in st.targets or (None,))]
            discourse.add(n, found)
            yield from found


def _with_context_states(st: Statement, ctx: Context, sent: SpacySpan) -> Statement:
    """``st`` with its implicit target, states lent by its domestic end, sectors and title sectors."""
    st = with_lent_state(_with_implicit_target(st, ctx, sent), ctx.doc)  # stancegraph.rules.lent_states
    return with_title_sectors(with_sectors(st, ctx.registry, ctx.reference), ctx.doc)  # rules.title_bodies


def _definite(noun: Token) -> bool:
    """A noun phrase that refers back: "the second Putin-Biden conversation", "both meetings", "their talks"."""
    return any((c.dep_ in ("det", "predet") and c.lower_ in lexicon().definite_words) or c.dep_ == "poss" and c.pos_ == "PRON"
               or (c.dep_ == "amod" and c.lower_ in lexicon().ordinal_words) for c in children_of(noun))


def _with_implicit_target(st: Statement, ctx: Context, sent: SpacySpan) -> Statement:
    """An assurance, refusal, warning, demand, appeal or concession with no addressee in its sentence
    is addressed to the speaker's counterpart in the recent discourse (:mod:`stancegraph.rules.discourse`)."""
    if st.targets or st.type not in ADDRESSED_TYPES or "reciprocal" in st.flags:
        return st
    if names_other_addressee(ctx.doc, st.cue) or (st.type == "AGREE" and decided_alone(ctx.doc, st.cue)):
        return st  # "I appeal to you and the leaders of your states", "the Cabinet agreed on a package of decisions"
    cue = ctx.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
    if cue is not None and wanting(cue.root):
        return st  # "we need peace" (stancegraph.rules.guess_limits)
    if st.speaker.mention is not None and transcript_voice(st.speaker.mention.text, sent):
        return st  # "our recent warnings have had a certain effect": a speech's addressee is its audience
    other = ctx.discourse.counterpart(st.speaker, ctx.sentence, spoken=True)
    if other is None or other.id in side_of(st.speaker):
        return st
    if unasked_refusal(st.type, any(ctx.discourse.known(t, ActorRef(actor=other), st.speaker) for t in ASKING_TYPES)):
        return st  # "Ukraine does not give in to provocations", said in talks with France
    return replace(st, targets=(ActorRef(actor=other),), rule=f"{st.rule}+discourse",
                   confidence=round(max(0.05, st.confidence - 0.15), 2),
                   flags=tuple(sorted(set(st.flags) | {"implicit_target"})))


def _statements_of_cue(cue: Cue, sent: SpacySpan, cue_heads: dict[int, Cue], ctx: Context) -> Iterator[Statement]:
    """The statements of one cue: none when it is no act, or no event (negated, hypothetical, asked about)."""
    act = act_of(cue, sent, cue_heads, ctx)
    if act is None:
        return
    source_m = act.source_m
    if (source_m is not None and act.source_how in lexicon().reporting_verbs and act.act_modality in lexicon().deontic_modals
            and not (source_m.actors[0].id in {a.id for m in act.speakers for a in m.actors}) and not questioned(act.verb)):
        # "Britain must not send troops to Ukraine, the Kremlin said": the Kremlin demands it of Britain
        yield from _deontic_demand(act, ctx)
        return
    subject = denied_subject(act.verb) if cue.kind != "noun" else None
    if subject is not None and any(subject.left_edge.i <= m.head <= subject.right_edge.i for m in act.speakers):
        return  # "no Russian strikes ... will give Russia any result": no one of them acts (rules.no_subjects)
    if cue.kind == "obligation":
        return  # "the US must allocate resources": an obligation is a reported demand or nothing (rules.obligations)
    if act.negated and act.type not in negated_types() and is_material(act.type):
        return  # "it can't fight", "did not attack": a material event that did not happen is no event
    if act.status is Status.HYPOTHETICAL and is_material(act.type):
        return  # "a blockade would disrupt supplies", "could attack": what might happen is no event
    question = question_kind(sent) if act.sentence is not None else None
    if question == "wh" and act.cue.kind == "noun" and act.modality not in lexicon().hypothetical_modals:
        question = None  # "what can you tell us about Russia's talks with the alliance": the talks are no question
    if question is not None:
        if is_material(act.type) or question == "polar" or act.modality in lexicon().hypothetical_modals:
            return  # "Will NATO fight against Russia?", "Does Russia recognize ...", "what can Russia guarantee": no event
        act.status = Status.HYPOTHETICAL  # "Why did Russia reject our proposal?" presupposes the rejection
    if act.reciprocal:
        yield from _reciprocal_statements(act, ctx)
    else:
        yield from _directed_statements(act, ctx)


def _deontic_demand(act: Act, ctx: Context) -> Iterator[Statement]:
    """One DEMAND from the reporter to each subject of a reported must/should clause."""
    cue, source_m, day = act.cue, act.source_m, act.day
    cue_span = cue_span_of(cue, ctx)
    speaker = source_m.actors[0]
    side = own_side(speaker, day, ctx)
    for m in act.speakers:
        for a in m.actors:
            if a.id in side or state_of_body(a) in side:
                continue  # "The President stated that the Armed Forces of Ukraine should move from Soviet technology"
            yield Statement(
                document=ctx.document.id, sentence=span_of(list(act.sent), ctx.doc), cue=cue_span,
                speaker=actor_ref(source_m, speaker, day, ctx), targets=(actor_ref(m, a, day, ctx),), type="DEMAND",
                negated=False, modality="must", condition=act.cond_span, status=Status.ASSERTED, issue=act.issue,
                issue_concept=act.concept, date=day, rule="reported-deontic:reporter>subject", confidence=0.6,
                flags=("deontic",) + (("negated_content",) if act.negated else ()),
                stance=stance_of("DEMAND", False) if act.issue is not None else None,
                path=f"{dependency_path(cue.head, ctx.doc[source_m.head])}; {dependency_path(cue.head, ctx.doc[m.head])}",
            )


def _statement(act: Act, ctx: Context, speaker_m: ActorMention, speaker: Actor,
               target_pairs: list[tuple[ActorMention | None, Actor]], rule: str, conf: float,
               extra_flags: tuple[str, ...] = ()) -> Statement:
    """One statement of ``act`` by ``speaker`` against the targets of ``target_pairs``."""
    # a target with no mention (None) is one no words name: the state a domestic act happens in
    cue, day, type_ = act.cue, act.day, act.type
    path = "; ".join(dependency_path(cue.head, ctx.doc[m.head]) for m in [speaker_m, *[m for m, _ in target_pairs]]
                     if m is not None)
    speaker_ref = actor_ref(speaker_m, speaker, day, ctx)
    targets = tuple(actor_ref(m, a, day, ctx) if m is not None else ActorRef(actor=a) for m, a in target_pairs)
    home = speaker_ref.state or (speaker if speaker.kind is ActorKind.STATE else None)
    own = domestic_state(home, ctx.document, ctx.registry) if type_ in ("COERCE", "ASSAULT") else None
    if own is not None:  # (persons only: a seized ship is no citizen)
        # "a Moscow court sentenced opposition politician Vladimir Kara-Murza": whom a state's courts and
        # police act on, when no country is named for them, are that state's people (domestic coding)
        targets = tuple(replace(t, state=own) if t.state is None and t.actor.kind is ActorKind.PERSON
                        else t for t in targets)
    if home is not None:
        # a dual national held or freed by one of their states is coded by the other ("Iran executed
        # British-Iranian Alireza Akbari": Iran against Britain), as event data code foreign detainees
        targets = tuple(replace(t, state=m.dual_state) if m is not None and m.dual_state is not None
                        and t.state is not None and t.state.id == home.id and m.dual_state.id != home.id else t
                        for t, (m, _) in zip(targets, target_pairs))
    source = act.source
    return Statement(
        document=ctx.document.id, sentence=act.sentence, cue=act.cue_span,
        speaker=speaker_ref,
        targets=targets,
        type=type_, negated=act.negated, modality=act.modality, condition=act.cond_span, status=act.status,
        issue=act.issue, issue_concept=act.concept, date=day, rule=rule, confidence=round(max(0.05, min(conf, 0.99)), 2),
        flags=tuple(sorted(set(act.flags) | set(extra_flags))),
        source=source if source is not None and source.actor.id != speaker.id else None,
        stance=stance_of(type_, act.negated) if act.issue is not None else None,
        date_granularity=act.granularity, date_relation=act.relation, path=path,
    )


def _reciprocal_statements(act: Act, ctx: Context) -> Iterator[Statement]:
    """One statement per ordered pair of speakers on different sides: "Russia and China held talks"."""
    day = act.day
    pairs = [(m, a) for m in act.speakers for a in m.actors]
    sides = {(m.start, a.id): own_side(a, day, ctx) | ({r.id} if (r := actor_ref(m, a, day, ctx).state) else set())
             for m, a in pairs if a.kind is not ActorKind.GROUP} if len(pairs) > 1 else {}
    if len(pairs) > 2:
        # "Taking part in the meeting were Mishustin, Vaino, Golikova, Novak ...": in a list of more than
        # two, only those whose side is known meet across sides; a cabinet's unknown names are no edges
        pairs = [(m, a) for m, a in pairs if a.kind in (ActorKind.STATE, ActorKind.IGO, ActorKind.BLOC)
                 or len(sides.get((m.start, a.id), ())) > 1]
    for sm, sa in pairs:
        for tm, ta in pairs:
            # one side does not consult itself: "Putin and Shoigu met" is no event between states, and a
            # cabinet meeting of ten ministers is no 90 edges
            if sa.id != ta.id and not (sides.get((sm.start, sa.id), {sa.id}) & sides.get((tm.start, ta.id), {ta.id})):
                yield _statement(act, ctx, sm, sa, [(tm, ta)], f"{act.cue.kind}:{act.s_how}>reciprocal",
                                 act.base_conf - 0.05, ("reciprocal",))


def _speakers_side(act: Act, ctx: Context) -> set[str]:
    """The speakers and the states the persons among them speak for: no guessed target of any of them ("... will be
    attended by US President Joe Biden, French President Emmanuel Macron ...": not Macron -> the US)."""
    return {a.id for m in act.speakers for a in m.actors} | {
        ref.state.id for m in act.speakers for a in m.actors
        if a.kind is ActorKind.PERSON and (ref := actor_ref(m, a, act.day, ctx)).state is not None}


_DIRECT = frozenset({"dobj", "prep-with", "reciprocal"})  # (the target rules that name a partner outright)


def _directed_statements(act: Act, ctx: Context) -> Iterator[Statement]:
    """One statement per speaker and target not on the speaker's side; the nearest actor, the state a domestic
    act happens in, or no target when the sentence names none."""
    cue, day, type_ = act.cue, act.day, act.type
    # "called on the world to block Putin's cash": the addressee is written, and it is no actor
    addressed = cue.kind != "noun" and type_ in ("APPEAL", "DEMAND") and addressee_named(cue, act.verb)
    # (what one side would or wants to do is not the other's: "could cooperate with", "wants talks with")
    mutual = act.status is not Status.HYPOTHETICAL and partner_acts_too(type_, act.t_how, act.reciprocal, cue)
    for sm in act.speakers:
        for sa in sm.actors:
            own = own_side(sa, day, ctx)
            represented = actor_ref(sm, sa, day, ctx).state
            if sa.kind is not ActorKind.GROUP and represented is not None:
                own |= {represented.id}  # "Israeli Prime Minister Benjamin Netanyahu": his side is Israel
            # a state's police and courts act on its own people: "Myanmar's military detained Aung San Suu Kyi"
            # "reneged on his commitment to the Zambian people": a state's people are no side of its officials
            tgt = [(m, a) for m in own_people(ctx.doc, act.targets, own, type_) for a in m.actors if a.id not in own and (
                not (own & own_side(a, day, ctx)) or (type_ in ("COERCE", "ASSAULT") and a.kind is ActorKind.PERSON)
                or (a.sector and sa.sector and a.sector != sa.sector)  # a domestic dyad: "parliament demanded the minister resign"
                or a.kind is sa.kind is ActorKind.PERSON and act.t_how in _DIRECT and m.how != "pronoun")]  # two persons of
            # one state named as each other's object or partner: "Sergei Sobyanin briefed the President"
            rule = f"{cue.kind}:{act.s_how}>{act.t_how or 'none'}"
            conf = act.base_conf
            if not tgt and not addressed:
                fb = fallback_targets(act.sent, cue, act.cond, ctx, own | _speakers_side(act, ctx), sm)
                if attends(cue):  # whom one attends an event with is not guessed, but its host is named: "the G7 summit"
                    fb = [m for m in fb if hosts(cue, ctx.doc[m.head])]
                if type_ in types_with("self_targeting"):  # "drills near Taiwan": only a place may name the other side
                    fb = [m for m in fb if m.locative]
                tgt = [(m, a) for m in fb for a in m.actors if a.id not in own and not (own & own_side(a, day, ctx))]
                if tgt:
                    rule += "+nearest"
                    conf -= 0.25
            if not tgt:
                if type_ in ("CONSULT", "COOPERATE"):
                    continue  # "the G20 summit", "the CSTO met", "held a meeting on the budget": no partner, no event
                home = domestic_target(sm, sa, type_, cue, day, ctx)
                if home is not None:
                    yield _statement(act, ctx, sm, sa, [(None, home)], f"{rule}+domestic", conf - 0.15, ("domestic",))
                    continue
                yield _statement(act, ctx, sm, sa, [], rule, conf - 0.1)
            for tm, ta in tgt:
                yield _statement(act, ctx, sm, sa, [(tm, ta)], rule, conf - (0.1 if not ta.registered else 0))
                if mutual and "+" not in rule:  # "held talks with Y": Y held talks with the speaker too
                    yield _statement(act, ctx, tm, ta, [(sm, sa)], f"{cue.kind}:{act.t_how}>reciprocal",
                                     conf - 0.05 - (0.1 if not ta.registered else 0), ("reciprocal",))
