"""One cue read as an act (pure): who does it to whom, its type, qualifiers, issue and flags, gathered step by step
into an :class:`Act` from which :mod:`stancegraph.rules.extract` makes the statements."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan, Token

from stancegraph.kb.codebook import load_codebook, negated_types, types_with
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import ActorKind, ActorRef, Span, Status
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.attribution import has_scare_quotes, is_quoted, reporter
from stancegraph.rules.context import Context, actor_ref, own_side
from stancegraph.rules.courtesies import objects_name_no_act
from stancegraph.rules.condolences import bereaved_only
from stancegraph.rules.cues import Cue
from stancegraph.rules.denied_objects import denied_object
from stancegraph.rules.discussed import off_topic
from stancegraph.rules.doc_index import children_of, doc_index, span_tokens
from stancegraph.rules.eventtype import decision, verbal_type, violence_type
from stancegraph.rules.intents import cooperative_intent, intent_type
from stancegraph.rules.issues import issue_concept
from stancegraph.rules.conventions import mediation_participants
from stancegraph.rules.content_doers import content_doer, told_news
from stancegraph.rules.participants import MATERIAL_CONFLICT, direct_targets, each_other, noun_participants
from stancegraph.rules.givers import givers, other_side, undergone
from stancegraph.rules.mutual_acts import on_a_third
from stancegraph.rules.partners import partner_written
from stancegraph.rules.qualifiers import (
    act_content, epistemic_status, governing_cue, has_negation, in_denial_scope, modality_of, status_of, stronger_status,
    refrained, undone_complement, when_of,
)
from stancegraph.rules.goals import attempted, goal_status, purpose_status
from stancegraph.rules.prospects import ended_act, prospect_status
from stancegraph.rules.figurative import figurative_type, modifies_a_person, takes_the_intangible
from stancegraph.rules.participation import occasion_only
from stancegraph.rules.participles import attributive_participle, means_participle
from stancegraph.rules.passive_voice import moved_force
from stancegraph.rules.performatives import performative
from stancegraph.rules.trade import traded
from stancegraph.rules.closing_orders import closing_order
from stancegraph.rules.topics import intended, mentioned_only
from stancegraph.rules.syntax import clause_verb, condition_clause, condition_tokens, in_condition, span_of, subject_of, subtree_tokens

__all__ = ["Act", "act_of", "cue_span_of", "is_material"]

_BASE_CONFIDENCE = {"verb": 0.85, "phrasal": 0.85, "light": 0.8, "noun": 0.7, "mediation": 0.7, "obligation": 0.7}


@dataclass(slots=True)
class Act:
    """What one cue of one sentence says, filled in by the steps of :func:`act_of` (spaCy tokens inside: it
    never leaves the rules)."""

    cue: Cue
    sent: SpacySpan
    verb: Token  # the clause verb (the cue itself, or the verb governing an event noun)
    governing: Cue | None  # a cue whose content this act is
    decided: bool  # the governing cue is a decision: the act is scheduled
    speakers: list[ActorMention] = field(default_factory=list)
    s_how: str = ""
    targets: list[ActorMention] = field(default_factory=list)
    t_how: str | None = None
    reciprocal: bool = False
    implicit: bool = False
    type: str = ""
    cond: Token | None = None
    content: Token | None = None
    negated: bool = False
    negated_content: bool = False
    act_modality: str | None = None  # the act's own modal verb
    modality: str | None = None  # the act's, else its content's
    status: Status = Status.ASSERTED
    day: dt.date | None = None
    granularity: str | None = None
    relation: str | None = None
    source_m: ActorMention | None = None  # who reports the act ("..., the Kremlin said")
    source_how: str | None = None  # the reporting verb's lemma
    source: ActorRef | None = None
    flags: list[str] = field(default_factory=list)
    issue: Span | None = None
    concept: str | None = None
    cond_span: Span | None = None
    sentence: Span | None = None
    cue_span: Span | None = None
    base_conf: float = 0.0


def act_of(cue: Cue, sent: SpacySpan, cue_heads: dict[int, Cue], ctx: Context) -> Act | None:
    """The act of ``cue`` in ``sent``, or None when the cue is no act of an actor (content of another cue, a
    condition, a courtesy, no speaker, "fight corruption")."""
    verb = cue.head if cue.kind != "noun" else clause_verb(cue.head)
    governing = governing_cue(cue.head, cue_heads)
    # "denied that its troops attacked": the attack is reported as denied; "denied the accusations": content
    denied_by = (governing is not None and governing.head.lemma_.lower() in lexicon().denial_verbs
                 and cue.kind != "noun" and cue.head.dep_ in ("ccomp", "conj"))
    decided = governing is not None and decision(governing, ctx)
    if (governing is not None and governing.head.lemma_.lower() not in lexicon().reporting_verbs and not denied_by
            and governing is not cue and not decided
            and not (cue.kind == "mediation" and cue.head.dep_ in ("acl", "amod", "compound"))):  # a deal's broker did mediate
        return None  # the content of a demand, threat or promise is not itself an event
    if _no_act(cue, cue_heads, ctx):
        return None
    act = Act(cue=cue, sent=sent, verb=verb, governing=governing, decided=decided)
    if not _find_participants(act, ctx):
        return None
    _mark_reciprocal(act)
    _qualify(act, ctx)
    if not _settle_type(act, cue_heads, ctx):
        return None
    _describe(act, ctx)
    return act


def _no_act(cue: Cue, cue_heads: dict[int, Cue], ctx: Context) -> bool:
    """A cue that names no act whatever its participants."""
    if modifies_a_person(cue.head) if cue.kind == "noun" else cue.kind == "verb" and takes_the_intangible(cue.head):
        return True  # "a Russian war criminal", "aid workers" name a person, "has stolen our peace" a figure: no act
    if cue.kind in ("noun", "light") and mentioned_only(cue):
        return True  # "discussed the development of the partnership", "the partnership between them retained momentum"
    if decision(cue, ctx) and any(c.dep_ == "xcomp" and c.i in cue_heads for c in children_of(cue.head)):
        return True  # "EU leaders agreed to ban Belarusian airlines": the ban is the event, not an agreement
    if occasion_only(cue):
        return True  # "took part in the farewell ceremony": no agreement, with each other or anyone
    if cue.kind not in ("noun", "mediation") and (
            cue.head.dep_ == "amod" or attributive_participle(cue.head) or means_participle(cue.head, cue_heads)
            or in_condition(cue.head)):
        return True  # "the threatened imposition", "to occupied Novoazovsk" are no acts; "if it attacks" did not happen
    return objects_name_no_act(cue, ctx)


def _find_participants(act: Act, ctx: Context) -> bool:
    """Set the speakers and targets of ``act``; False if it has no speaker."""
    cue, verb = act.cue, act.verb
    if cue.kind == "mediation":
        act.speakers, act.s_how, act.targets, act.t_how = mediation_participants(cue, ctx)
        if not act.targets:
            return False
    elif cue.kind == "noun":
        act.speakers, act.s_how, act.targets, act.t_how, act.reciprocal = noun_participants(cue.head, ctx)
        if act.reciprocal:
            act.targets = []
        elif not act.speakers and not act.targets and intended(cue.head) and (
                subj := subject_of(verb)[0]) is not None:
            # "She assured of readiness to continue deepening bilateral cooperation": the one ready, not both sides
            # (and no one when "she" stays unresolved)
            act.speakers, act.s_how = ctx.index.of_phrase(subj), "intent-subject"
        elif not act.speakers and not act.targets and any(
                c.lemma_.lower() in lexicon().reciprocal_words for c in children_of(cue.head)) and not (
                _parties_in_phrase(cue.head, ctx)):
            # "the mutual agreement to commence consultations": the two sides the discourse is about
            pair = ctx.discourse.pair(ctx.sentence)
            if pair is not None:
                act.speakers = [ActorMention(cue.head.left_edge.i, cue.head.i + 1, cue.head.i, pair, "discourse")]
                act.s_how, act.reciprocal, act.implicit = "discourse", True, True
    else:
        # "troops were withdrawn": the troops; not the listener of "informed X about ..."
        subj, act.s_how = moved_force(verb, cue.type) or content_doer(verb, *subject_of(verb))
        act.speakers = ctx.index.of_phrase(subj) if subj is not None else []
        if not act.speakers and act.s_how == "xcomp-object" and subj.lemma_.lower() in (lexicon().force_nouns | lexicon().group_nouns):
            ruler, _ = subject_of(subj.head)  # "Shoigu ordered troops to withdraw": his troops
            act.speakers = ctx.index.of_phrase(ruler) if ruler is not None else []
        side = frozenset(i for m in act.speakers for a in m.actors for i in own_side(a, ctx.reference, ctx))
        act.targets, act.t_how = direct_targets(cue, verb, ctx, side)
    if undergone(cue):  # "Ukraine has received strong support from the United States": the giver is the speaker
        giving, receiving = givers(cue, ctx), act.speakers
        if not giving or not other_side(receiving, giving, ctx):
            return False  # no giver or receiver named, or a transfer inside one side ("from the central government")
        act.speakers, act.targets, act.s_how, act.t_how = giving, other_side(receiving, giving, ctx), "prep-from", "receiver"
    if not act.speakers:
        return False
    if act.targets and not bereaved_only(cue, act.targets):
        return False  # "condolences on the passing of Alexander Gradsky": the bereaved are not named
    # "will discuss what measures are needed to support Russian businesses": the topic is no party
    act.targets, act.t_how = off_topic(cue, bereaved_only(cue, act.targets), act.t_how)
    if cue.kind == "noun" and cue.type == "CONSULT" and act.s_how in ("compound", "amod") and all(
            a.kind in (ActorKind.IGO, ActorKind.BLOC, ActorKind.ORGAN) for m in act.speakers for a in m.actors):
        return False  # "the CSTO summit", "the European Council meeting": the body's own meeting, with no one else
    return True


def _parties_in_phrase(noun: Token, ctx: Context) -> bool:
    """The noun phrase around ``noun`` names its own parties in a relative clause: "treaties of mutual
    assistance which Russia signed with the Donetsk People's Republic"."""
    top = noun
    while top.dep_ in ("pobj", "prep", "conj", "compound", "amod", "cc") and top.head.i != top.i:
        top = top.head
    return any(c.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and ctx.index.of_phrase(s) for s in children_of(c))
               for t in top.subtree for c in [t])


def _mark_reciprocal(act: Act) -> None:
    """Two or more speakers and no target do the act to each other when the words or the type say so."""
    cue = act.cue
    speaker_actors = [a for m in act.speakers for a in m.actors]
    if len(speaker_actors) >= 2 and cue.type in types_with("symmetric") and act.t_how in ("ccomp-inside", "xcomp-inside", "nsubjpass-inside"):
        # "Senior Hungarian and Romanian officials agreed that their countries should encourage Romanian
        # refugees to return": they agree with each other; who the agreement is about is no partner ("a
        # memorandum between two agencies was signed by A and B": A and B are the partners)
        act.targets, act.t_how = [], ""
    # "A, B and C will meet with media representatives": a partner is written; "X was attacked by A and B": allies
    partner = partner_written(cue.head if cue.kind == "noun" else act.verb, cue.noun if cue.kind == "light" else None)
    allies = act.s_how == "agent" and cue.type in MATERIAL_CONFLICT
    if len(speaker_actors) >= 2 and not act.targets and act.s_how != "prep-from" and not allies and (act.reciprocal or not partner) and (
        # "Russia and China held talks" are mutual; "U.S. and British warplanes struck targets" allies, "A and B visited Bucha" visitors
        act.reciprocal or (cue.type in types_with("symmetric") and not on_a_third(cue))  # (rules.mutual_acts)
        or cue.head.lemma_.lower() in lexicon().reciprocal_words  # (and "expressed their mutual support", below)
        or (cue.noun is not None and cue.noun.lemma_.lower() in lexicon().construction_words["relationship_nouns"])
        or any(c.lemma_.lower() in lexicon().reciprocal_words for c in (*children_of(cue.head), *(children_of(cue.noun) if cue.noun else ())))
        or each_other(act.verb)
    ):
        act.reciprocal = True


def _qualify(act: Act, ctx: Context) -> None:
    """Condition, content, negation, modality, status, date and reporter of the act."""
    cue, verb = act.cue, act.verb
    act.cond = condition_clause(verb if cue.kind != "noun" else cue.head)
    act.content = content = act_content(cue, verb, ctx.index)
    act.negated = has_negation(cue.head) or (cue.noun is not None and has_negation(cue.noun)) or (
        cue.kind == "noun" and has_negation(verb) and denied_object(cue.head, verb)) or (
        cue.head.dep_ == "xcomp" and has_negation(cue.head.head)) or (  # "does not intend to deploy"
        verb.dep_ in ("xcomp", "ccomp", "conj") and undone_complement(verb)) or refrained(cue.head)
    # ("failed to reach agreement", "has not yet seen the Russians withdraw", "this will not be a war between": no event)
    act.negated_content = content is not None and any(
        has_negation(t) for t in content.subtree if t.pos_ in ("VERB", "AUX", "NOUN"))
    ongoing = ended_act(cue.head, verb) or (cue.kind == "noun" and told_news(cue.head, verb))  # "war will end", "will inform X about our talks"
    act.act_modality = None if ongoing else modality_of(verb, None)
    act.modality = act.act_modality or (None if ongoing else modality_of(verb, content))
    act.status = Status.SCHEDULED if act.decided else status_of(cue, cue.head if ongoing else verb, act.act_modality, act.sent, act.governing)
    act.day, act.granularity, act.relation = when_of(cue, verb, act.sent, ctx)
    source_tok, act.source_how = reporter(cue.head, act.sent)
    act.source_m = next(iter(ctx.index.of_phrase(source_tok)), None) if source_tok is not None else None
    if act.source_how in lexicon().denial_verbs and not in_denial_scope(cue.head):
        # "Moscow denied the claims and attacked Kyiv": the denial ends at its own clause
        source_tok, act.source_how, act.source_m = None, None, None
    if act.source_how in lexicon().denial_verbs:
        act.status = Status.DENIED
        return
    elif source_tok is not None and act.status is Status.ASSERTED:
        act.status = Status.REPORTED
    # "fears of an invasion", "the alleged attack", "is preparing to attack": not asserted
    # (but "troops tried to storm Mariupol": an attack attempted is an attack made)
    rules = (epistemic_status, prospect_status) if cue.type in MATERIAL_CONFLICT and attempted(cue.head) else (
        epistemic_status, goal_status, prospect_status)
    for head, rule in ((h, r) for h in (cue.head, cue.noun) if h is not None for r in rules):
        act.status = stronger_status(act.status, rule(head))  # "the aim is to", "only when", "insisted on holding talks"
    act.status = stronger_status(act.status, purpose_status(cue))  # "coordinate steps to force Russia"
    if act.act_modality in lexicon().deontic_modals:
        # "in the future Ukraine must have a collective security agreement": owed, not done
        act.status = stronger_status(act.status, Status.HYPOTHETICAL)
    if cue.kind != "noun" and not is_material(cue.type) and performative(cue.head):
        # "I would like to thank Mr Xi", "I would ask Sirius to ...": said, so done
        act.status = Status.REPORTED if source_tok is not None else Status.ASSERTED
        act.act_modality = act.modality = None


def _settle_type(act: Act, cue_heads: dict[int, Cue], ctx: Context) -> bool:
    """The act's event type after the rules that retype a cue; False if it is no act after all."""
    cue, day, source_m = act.cue, act.day, act.source_m
    type_ = violence_type(cue, act.verb, cue_heads)
    spoken = verbal_type(cue, act.verb)
    if spoken == "":
        return False  # "asked a question", "told reporters": a verb of speaking with no type of its own
    type_ = spoken or type_  # "hit back at the allegations" rejects them
    if type_ == "FIGHT":  # "an economic war", "unleashed a sanctions war" (a verb pattern's noun): SANCTION
        nouns = [cue.noun] if cue.noun is not None else [w for w in cue.words if w.pos_ == "NOUN"] or [cue.head]
        type_ = next((t for n in nouns if (t := figurative_type(n))), None) or type_
    if type_ == "MOBILIZE" and cue.kind == "verb":
        purpose = next((c for c in children_of(cue.head) if c.dep_ in ("advcl", "xcomp")
                        and c.lemma_.lower() in lexicon().supporting_verbs), None)
        helped = [m for c in (children_of(purpose) if purpose is not None else ()) if c.dep_ == "dobj"
                  for m in (ctx.index.of_phrase(c) or ctx.index.within(c)[:1])]
        if helped:  # "sent 1,500 soldiers to support Moscow's war": military aid to Russia (CAMEO 074)
            type_, act.targets, act.t_how = "AID", helped, "purpose"
    if type_ == "FIGHT" and cue.kind == "verb" and cue.head.lemma_.lower() in lexicon().construction_words["fighting_verbs"] and any(
            c.dep_ == "dobj" and not ctx.index.of_phrase(c) for c in children_of(cue.head)):
        return False  # "help Italy fight the coronavirus", "fight corruption": no armed conflict
    if type_ == "AID" and cue.kind != "noun" and traded(cue.head, cue.noun):
        type_ = "COOPERATE"  # "supplies Hungary with natural gas under long-term contracts": trade (CAMEO 061)
    type_ = intent_type(type_, act.act_modality, act.status, act.negated, cue.head.lemma_.lower()) or type_  # "would send"
    if type_ == "DEMAND" and cue.kind == "verb" and closing_order(cue.head):
        type_ = "COERCE"  # "ordered the opposition newspaper La Prensa to suspend publication": censorship (CAMEO 17)
    lodged = cue.kind == "light" and cue.head.lemma_.lower() in lexicon().construction_words["protest_lodging_verbs"]
    if type_ == "PROTEST" and (cue.kind == "verb" or lodged) and all(
            a.kind is not ActorKind.GROUP and m.how != "demonym" for m in act.speakers for a in m.actors):
        type_ = "DISAPPROVE"  # "Japan protested to China", "lodged a protest with Albania": diplomatic, no demonstration
    if act.negated and type_ in negated_types():
        if cue.kind == "light" and cue.head.lemma_.lower() in lexicon().words("relation_having_verbs"):
            return False  # "the EU does not have aviation agreements with any country": a state, no refusal
        type_, act.negated = negated_types()[type_], False  # ("does not recognize": a refusal asserted, not "did not reject")
        if source_m is not None and len(source_m.actors) == 1 and act.source_how in lexicon().reporting_verbs and all(
                own_side(source_m.actors[0], day, ctx) & own_side(a, day, ctx) for m in act.speakers for a in m.actors):
            # "the U.S. side stressed that Biden made no such commitments": the refusal is the reporter's
            # own statement now, not an act of Biden's (who only did not commit)
            act.speakers, act.s_how = [source_m], "reporter"
    if _unless_threat(act, type_, ctx):
        type_ = "THREATEN"  # "will withdraw its force from Chad unless a ceasefire is arranged": a threat (CAMEO 13)
    if type_ == "SUPPORT" and cooperative_intent(cue):
        type_ = "AGREE"  # "reaffirmed their intention to continue developing cooperation" (CAMEO 03)
    if type_ in ("COOPERATE", "CONSULT") and cue.kind in ("noun", "light") and intended(cue.head):
        # "mutual readiness for further development of bilateral cooperation", "ready for direct talks": the intent (CAMEO 03)
        type_, act.status = "AGREE", Status.ASSERTED if act.status is Status.SCHEDULED else act.status
    act.type = type_
    return True


def _unless_threat(act: Act, type_: str, ctx: Context) -> bool:
    """An act announced for the future on an "unless" condition is a threat; its target is the condition's
    subject when no other is named ("... unless President Goukouni arranged a ceasefire")."""
    cond = act.cond
    if cond is None or act.negated or type_ in ("THREATEN", "DEMAND", "APPEAL") or act.status not in (
            Status.SCHEDULED, Status.HYPOTHETICAL) or not any(m.dep_ == "mark" and m.lower_ == "unless" for m in children_of(cond)):
        return False
    if not act.targets:
        subjects = [c for c in children_of(cond) if c.dep_ in ("nsubj", "nsubjpass")]
        act.targets = [m for c in subjects for m in ctx.index.of_phrase(c)]
        act.t_how = "condition" if act.targets else act.t_how
    return True


def cue_span_of(cue: Cue, ctx: Context) -> Span:
    """The text span of the cue's own words ("held talks", "called for")."""
    first, last = min(cue.words, key=lambda t: t.i), max(cue.words, key=lambda t: t.i)
    return Span(text=doc_index(ctx.doc).span_text(first.i, last.i + 1), start=first.idx, end=last.idx + len(last))


def _describe(act: Act, ctx: Context) -> None:
    """Flags, issue, spans, base confidence and reporting source of the act."""
    cue, cond, content = act.cue, act.cond, act.content
    flags = (["implicit_participants"] if act.implicit else []) + (["nominal"] if cue.kind == "noun" else [])
    if act.negated_content:
        flags.append("negated_content")
    if cond is not None:
        flags.append("conditional")
    if act.s_how == "agent":
        flags.append("passive")
    quoted_words = [(min(cue.words, key=lambda t: t.i), max(cue.words, key=lambda t: t.i))]
    if content is not None:
        quoted_words.append((content.left_edge, content.right_edge))
    if cond is not None:
        quoted_words += [(cond, cond)]
    if any(is_quoted(a, b) or has_scare_quotes(doc_index(ctx.doc).tokens[a.i:b.i + 1]) for a, b in quoted_words):
        flags.append("quoted")
    act.flags = flags
    _find_issue(act, ctx)
    act.cond_span = span_of(condition_tokens(cond), ctx.doc) if cond is not None else None
    act.sentence = span_of(span_tokens(act.sent), ctx.doc)  # (the shared tokens: none made again)
    act.cue_span = cue_span_of(cue, ctx)
    act.base_conf = _BASE_CONFIDENCE[cue.kind]
    if any(m.how in ("pronoun", "description") for m in act.speakers):
        act.base_conf -= 0.1
    source_m = act.source_m
    act.source = (actor_ref(source_m, source_m.actors[0], act.day, ctx)
                  if source_m is not None and len(source_m.actors) == 1 else None)
    if source_m is not None:
        act.targets = [m for m in act.targets if m is not source_m]


def _find_issue(act: Act, ctx: Context) -> None:
    """The issue phrase of the act (its content, or an event noun's issue prepositions) and its concept."""
    cue, cond, content = act.cue, act.cond, act.content
    issue_tokens = subtree_tokens(content, exclude=cond) if content is not None else []
    if cue.kind == "noun":
        issue_tokens = [t for c in children_of(cue.head) if c.dep_ == "prep" and c.lower_ in lexicon().issue_preps
                        for t in subtree_tokens(c, exclude=cond)][:40]
    if issue_tokens and issue_tokens[0].dep_ == "prep":
        issue_tokens = issue_tokens[1:]
    issue = span_of(issue_tokens, ctx.doc) if issue_tokens else None
    if issue is not None and len(issue.text) > 160:
        issue, issue_tokens = None, []
    names = _names_of(ctx.index) if issue is not None else {}
    act.issue = issue
    act.concept = issue_concept(issue_tokens, names=names) if issue is not None else None


_LAST_NAMES: tuple[object, dict[int, str]] = (None, {})  # the names of the last document's mention index


def _names_of(index) -> dict[int, str]:
    """Token index -> actor label of every one-actor mention of the document: made once per document, not
    once per act (that was quadratic in the length of a document with many acts)."""
    global _LAST_NAMES
    last = _LAST_NAMES  # one read: a thread that swaps in another document's names cannot mix the two
    if last[0] is not index:
        last = (index, {i: m.actors[0].label for m in index.mentions if len(m.actors) == 1 for i in range(m.start, m.end)})
        _LAST_NAMES = last
    return last[1]


def is_material(type_: str) -> bool:
    """A material (not verbal) event type: it happens or it does not.

    >>> is_material("FIGHT"), is_material("CONSULT")
    (True, False)
    """
    return load_codebook()[type_].quad.startswith("material")
