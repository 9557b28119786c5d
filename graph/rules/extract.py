"""Statements from a parsed Doc (pure): cue verbs, phrasal verbs, light-verb constructions and event
nouns, with speaker, targets, issue, negation, modality, condition, status and date read off the
dependency parse. No Span or Token leaves this module: it yields plain ``Statement`` objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Doc, Span as SpacySpan, Token

from stancegraph.rules.actors import ActorMention
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.mention_index import MentionIndex
from stancegraph.rules.attribution import dependency_path, has_scare_quotes, is_quoted, reporter
from stancegraph.kb.codebook import load_codebook, negated_types, types_with
from stancegraph.rules.context import Context, actor_ref, own_side
from stancegraph.rules.cues import Cue, find_cues
from stancegraph.read.dates import explicit_dates_at, resolve_when
from stancegraph.rules.discourse import ADDRESSED_TYPES, Discourse, side_of
from stancegraph.rules.eventtype import decision, violence_type
from stancegraph.rules.issues import issue_concept, stance_of
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import ActorKind, ActorRef, Document, Span, Statement, Status
from stancegraph.rules.participants import (
    actors_of, addressee_named, direct_targets, domestic_target, each_other, fallback_targets, mediation_participants,
    noun_participants,
)
from stancegraph.kb.registry import ActorRegistry
from stancegraph.rules.syntax import (
    clause_verb, condition_clause, condition_tokens, in_condition, is_condition, question_kind, reported_by_verb, span_of,
    subject_of, subtree_tokens,
)

__all__ = ["Cue", "find_cues", "stance_statements"]

_MODALS = {"will", "would", "shall", "should", "must", "may", "might", "can", "could", "ought"}



def _purpose(node: Token) -> bool:
    """An infinitive or participle clause of purpose or manner without a subject of its own: "to demand his
    resignation", "demanding his resignation"."""
    return node.dep_ in ("advcl", "xcomp") and node.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)



# ---------------------------------------------------------------- helpers over the parse

def _governing_cue(tok: Token, cue_heads: dict[int, Cue]) -> Cue | None:
    """A cue whose complement contains ``tok``: 'demanded that Washington guarantee' governs 'guarantee'.

    The climb stops at clause boundaries that start an independent event (advcl, conj, parataxis).
    """
    node = tok
    if _purpose(node) and node.head.i in cue_heads and (
            cue_heads[node.head.i].type in ("MOBILIZE", "PROTEST")
            or violence_type(cue_heads[node.head.i], node.head, cue_heads) == "PROTEST"):
        return cue_heads[node.head.i]  # "rallied to demand his resignation", "sent troops to support Moscow's war"
    while node.head.i != node.i and (node.dep_ not in ("advcl", "conj", "parataxis", "relcl", "ROOT") or is_condition(node)
                                     or (node.dep_ == "conj" and node.head.dep_ in ("xcomp", "ccomp"))):
        if (node.dep_ == "prep" and node.lower_ in lexicon().adjunct_preps) or (
                node.dep_ == "pobj" and node.lemma_.lower() in lexicon().cause_nouns):
            return None  # "during talks with Tusk", "in response to Pelosi's visit": circumstances, not content
        parent = node.head
        if parent.i in cue_heads and (is_condition(node) or (
                cue_heads[parent.i].type in types_with("takes_content")
                and node.dep_ in ("ccomp", "xcomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr")
                and (cue_heads[parent.i].type != "MOBILIZE" or node.dep_ == "xcomp"))):
            return cue_heads[parent.i]  # (a mobilisation governs only its purpose: "called up reservists to fight")
        node = parent
    return None


# ---------------------------------------------------------------- the extractor


def _negations(head: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children)


def _content(cue: Cue, verb: Token, index: MentionIndex | None = None) -> Token | None:
    """What the act is about: its complement clause, else its object or an issue preposition —
    not an object that is itself an actor ("warned Moscow of measures" is about the measures)."""
    head = cue.noun or verb
    for c in head.children:
        if c.dep_ in ("ccomp", "xcomp"):
            return c
    for c in head.children:
        if c.dep_ == "dobj" and not (index is not None and index.of_phrase(c)):
            return c
        if c.dep_ == "prep" and c.lower_ in lexicon().issue_preps and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            if not (index is not None and all(index.of_phrase(p) for p in c.children if p.dep_ == "pobj")):
                return c
    return None


def _modality(verb: Token, content: Token | None) -> str | None:
    for v in (verb, content):
        if v is None:
            continue
        for c in v.children:
            if c.dep_ == "aux" and c.tag_ == "MD":
                return c.lemma_.lower()
        if v.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in v.children):
            for c in v.head.children:  # "would order a ceasefire and begin negotiations": both are would
                if c.dep_ == "aux" and c.tag_ == "MD":
                    return c.lemma_.lower()
    return None


def _status(cue: Cue, verb: Token, modality: str | None, sent: SpacySpan, governing: Cue | None) -> Status:
    head = cue.head if cue.kind == "noun" else verb
    words = {c.lower_ for c in head.children} | {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "advmod")}
    if words & lexicon().reported_markers or any(t.lower_ == "according" for t in sent):
        return Status.REPORTED
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return Status.SCHEDULED
    if {c.lemma_.lower() for c in head.children if c.dep_ == "amod"} & lexicon().scheduling_words:
        return Status.SCHEDULED
    node, below = head, None
    for _ in range(8):  # "talks scheduled to begin", "plans to meet", "which are expected to begin"
        if (node.lemma_.lower() in lexicon().scheduling_words and node.i != head.i and node.pos_ in ("VERB", "ADJ")
                and below is not None and below.dep_ in ("xcomp", "ccomp", "acl")):
            return Status.SCHEDULED  # (not "set buildings on fire after police arrested him")
        for c in node.children:
            if c.dep_ == "relcl" and (c.lemma_.lower() in lexicon().scheduling_words or any(g.lemma_.lower() in lexicon().scheduling_words for g in c.children)):
                return Status.SCHEDULED
        node, below = node.head, node
    if modality in lexicon().hypothetical_modals:
        return Status.HYPOTHETICAL
    anc = verb
    while anc.head.i != anc.i:
        if is_condition(anc):
            return Status.HYPOTHETICAL
        if anc.dep_ == "advcl":  # "..., while Russia demanded ...": an independent clause
            break
        anc = anc.head
    if reported_by_verb(head):
        return Status.REPORTED
    return Status.ASSERTED




def _when(cue: Cue, verb: Token, sent: SpacySpan, ctx: Context) -> tuple[dt.date | None, str | None, str | None]:
    """Date, granularity and relative order of the act: a DATE expression attached to the cue's
    clause (or inside an event noun's phrase), else an adverb such as "previously"."""
    heads = {verb.i, cue.head.i} | ({cue.noun.i} if cue.noun is not None else set())
    ents = [e for e in sent.ents if e.label_ == "DATE"]
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    if cue.kind == "noun":  # "meetings ... on January 12": the noun's own phrase first, then its container's
        for scope in (cue.head, cue.head.head.head if cue.head.dep_ == "pobj" else cue.head):
            for ent in ents:
                if scope.left_edge.i <= ent.start and ent.end <= scope.right_edge.i + 1 and not (
                        cue.head.left_edge.i > ent.start and scope.i != cue.head.i and ent.end <= cue.head.i):
                    when = resolve_when(ent.text, ctx.reference, future)
                    if when != (None, None, None):
                        return when
    for ent in ents:
        node = ent.root
        while node.i not in heads and node.head.i != node.i and node.pos_ not in ("VERB",):
            node = node.head
        if node.i in heads or (cue.kind == "noun" and cue.head.left_edge.i <= ent.start and ent.end <= cue.head.right_edge.i + 1):
            when = resolve_when(ent.text, ctx.reference, future)
            if when != (None, None, None):
                return when
    for head in (verb, cue.head):
        for c in head.children:
            if c.dep_ == "advmod" and c.lower_ in lexicon().relative_adverbs:
                return resolve_when(c.lower_, ctx.reference)
    return None, None, None


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
    """
    index = MentionIndex(mentions if mentions is not None else actor_mentions(doc, registry), registry=registry)
    # Doc.text is rebuilt from the tokens at every access: read it once, and only for undated documents
    dated = [] if document.date is not None else explicit_dates_at(doc.text)
    discourse = Discourse()
    for n, sent in enumerate(doc.sents):
        if not sent.text.strip():
            continue
        ctx = Context(doc, document, registry, index, _reference_date(dated, sent.start_char, document), discourse, n)
        cues = find_cues(sent)
        cue_heads = {c.head.i: c for c in cues} | {c.noun.i: c for c in cues if c.noun is not None}
        for cue in cues:
            found = [_with_implicit_target(st, ctx) for st in _statements_of_cue(cue, sent, cue_heads, ctx)]
            if cue.kind == "noun" and cue.type == "CONSULT" and _definite(cue.head):
                # "the first December meeting with Biden", "both meetings with Zelensky": a reference back
                # to a meeting the document already reported is no new event (GDELT: one mention per document)
                found = [st for st in found if not any(discourse.known(st.type, st.speaker, t) or (
                    t is not None and discourse.known(st.type, t, st.speaker)) for t in st.targets or (None,))]
            discourse.add(n, found)
            yield from found


def _parties_in_phrase(noun: Token, ctx: Context) -> bool:
    """The noun phrase around ``noun`` names its own parties in a relative clause: "treaties of mutual
    assistance which Russia signed with the Donetsk People's Republic"."""
    top = noun
    while top.dep_ in ("pobj", "prep", "conj", "compound", "amod", "cc") and top.head.i != top.i:
        top = top.head
    return any(c.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and ctx.index.of_phrase(s) for s in c.children)
               for t in top.subtree for c in [t])




def _definite(noun: Token) -> bool:
    """A noun phrase that refers back: "the second Putin-Biden conversation", "both meetings", "their talks"."""
    return any((c.dep_ in ("det", "predet") and c.lower_ in lexicon().definite_words) or c.dep_ == "poss" and c.pos_ == "PRON"
               or (c.dep_ == "amod" and c.lower_ in lexicon().ordinal_words) for c in noun.children)


def _with_implicit_target(st: Statement, ctx: Context) -> Statement:
    """An assurance, refusal, warning, demand, appeal or concession with no addressee in its sentence
    is addressed to the speaker's counterpart in the recent discourse (:mod:`stancegraph.rules.discourse`)."""
    if st.targets or st.type not in ADDRESSED_TYPES or "reciprocal" in st.flags:
        return st
    other = ctx.discourse.counterpart(st.speaker, ctx.sentence)
    if other is None or other.id in side_of(st.speaker):
        return st
    return replace(st, targets=(ActorRef(actor=other),), rule=f"{st.rule}+discourse",
                   confidence=round(max(0.05, st.confidence - 0.15), 2),
                   flags=tuple(sorted(set(st.flags) | {"implicit_target"})))


def _deontic_demand(cue, sent, source_m, subjects, negated, cond_span, issue, concept, day, ctx) -> Iterator[Statement]:
    """One DEMAND from the reporter to each subject of a reported must/should clause."""
    first, last = min(cue.words, key=lambda t: t.i), max(cue.words, key=lambda t: t.i)
    cue_span = Span(text=ctx.doc[first.i:last.i + 1].text, start=first.idx, end=last.idx + len(last))
    speaker = source_m.actors[0]
    for m in subjects:
        for a in m.actors:
            if a.id in own_side(speaker, day, ctx):
                continue
            yield Statement(
                document=ctx.document.id, sentence=span_of(list(sent), ctx.doc), cue=cue_span,
                speaker=actor_ref(source_m, speaker, day, ctx), targets=(actor_ref(m, a, day, ctx),), type="DEMAND",
                negated=False, modality="must", condition=cond_span, status=Status.ASSERTED, issue=issue,
                issue_concept=concept, date=day, rule="reported-deontic:reporter>subject", confidence=0.6,
                flags=("deontic",) + (("negated_content",) if negated else ()),
                stance=stance_of("DEMAND", False) if issue is not None else None,
                path=f"{dependency_path(cue.head, ctx.doc[source_m.head])}; {dependency_path(cue.head, ctx.doc[m.head])}",
            )


def _statements_of_cue(cue: Cue, sent: SpacySpan, cue_heads: dict[int, Cue], ctx: Context) -> Iterator[Statement]:
    verb = cue.head if cue.kind != "noun" else clause_verb(cue.head)
    governing = _governing_cue(cue.head, cue_heads)
    # "denied that its troops attacked": the attack is reported as denied; "denied the accusations": content
    denied_by = (governing is not None and governing.head.lemma_.lower() in lexicon().denial_verbs
                 and cue.kind != "noun" and cue.head.dep_ in ("ccomp", "conj"))
    decided = governing is not None and decision(governing, ctx)
    if (governing is not None and governing.head.lemma_.lower() not in lexicon().reporting_verbs and not denied_by
            and governing is not cue and not decided
            and not (cue.kind == "mediation" and cue.head.dep_ in ("acl", "amod", "compound"))):  # a deal's broker did mediate
        return  # the content of a demand, threat or promise is not itself an event
    if decision(cue, ctx) and any(c.dep_ == "xcomp" and c.i in cue_heads for c in cue.head.children):
        return  # "EU leaders agreed to ban Belarusian airlines": the ban is the event, not an agreement
    if cue.kind not in ("noun", "mediation") and (cue.head.dep_ == "amod" or in_condition(cue.head)):
        return  # "the threatened imposition" is no act; "if it attacks Ukraine" did not happen
    if cue.kind != "noun" and any(c.dep_ == "dobj" and c.lower_ in lexicon().audience_words for c in cue.head.children):
        return  # "Thank you, Mr President": a courtesy, not an event
    objects = [c for c in cue.head.children if c.dep_ == "dobj"]
    if cue.kind == "verb" and cue.type == "CONSULT" and objects and not any(
            c.pos_ != "NOUN" or ctx.index.of_phrase(c) or c.lemma_.lower() in lexicon().addressee_nouns for c in objects):
        return  # "meeting the requirements", "discussed the budget" without a partner: no consultation
    reciprocal = implicit = False
    if cue.kind == "mediation":
        speakers, s_how, targets, t_how = mediation_participants(cue, ctx)
        if not targets:
            return
    elif cue.kind == "noun":
        speakers, s_how, targets, t_how, reciprocal = noun_participants(cue.head, ctx)
        if reciprocal:
            speakers, targets = speakers, []
        elif not speakers and not targets and any(c.lemma_.lower() in lexicon().reciprocal_words for c in cue.head.children) and not (
                _parties_in_phrase(cue.head, ctx)):
            # "the mutual agreement to commence consultations": the two sides the discourse is about
            pair = ctx.discourse.pair(ctx.sentence)
            if pair is not None:
                speakers = [ActorMention(cue.head.left_edge.i, cue.head.i + 1, cue.head.i, pair, "discourse")]
                s_how, reciprocal, implicit = "discourse", True, True
    else:
        subj, s_how = subject_of(verb)
        speakers = ctx.index.of_phrase(subj) if subj is not None else []
        if not speakers and s_how == "xcomp-object" and subj.lemma_.lower() in lexicon().force_nouns | lexicon().group_nouns:
            ruler, _ = subject_of(subj.head)  # "Shoigu ordered troops to withdraw": his troops
            speakers = ctx.index.of_phrase(ruler) if ruler is not None else []
        side = frozenset(i for m in speakers for a in m.actors for i in own_side(a, ctx.reference, ctx))
        targets, t_how = direct_targets(cue, verb, ctx, side)
    if cue.kind == "light" and cue.head.lemma_.lower() in ("receive", "get", "win", "obtain", "enjoy"):
        # "Ukraine has received strong support from the United States": the giver is the speaker
        givers = actors_of([p for c in (*cue.head.children, *cue.noun.children) if c.dep_ == "prep" and c.lower_ == "from"
                             for p in c.children if p.dep_ == "pobj"], ctx)
        if not givers:
            return
        speakers, targets, s_how, t_how = givers, speakers, "prep-from", "receiver"
    if not speakers:
        return
    if cue.kind == "noun" and cue.type == "CONSULT" and s_how in ("compound", "amod") and all(
            a.kind in (ActorKind.IGO, ActorKind.BLOC) for m in speakers for a in m.actors):
        return  # "the CSTO summit" is a meeting of the organisation, not the organisation meeting someone
    speaker_actors = [a for m in speakers for a in m.actors]
    if len(speaker_actors) >= 2 and not targets and s_how != "prep-from" and (
        reciprocal or any(m.how == "description" for m in speakers)
        # "Russia and China held talks" are mutual; "U.S. and British warplanes struck targets" are allies
        or (cue.type in types_with("symmetric") and not (cue.type == "FIGHT" and any(c.dep_ == "dobj" for c in cue.head.children)))
        or cue.head.lemma_.lower() in lexicon().reciprocal_words
        or any(c.lemma_.lower() in lexicon().reciprocal_words for c in cue.head.children)
        or each_other(verb)
    ):
        reciprocal = True
    cond = condition_clause(verb if cue.kind != "noun" else cue.head)
    content = _content(cue, verb, ctx.index)
    negated = _negations(cue.head) or (cue.noun is not None and _negations(cue.noun)) or (
        cue.kind == "noun" and _negations(verb) and cue.head.dep_ in ("dobj", "nsubjpass")) or (
        cue.head.dep_ == "xcomp" and _negations(cue.head.head))  # "does not intend to deploy"
    negated_content = content is not None and any(_negations(t) for t in content.subtree if t.pos_ in ("VERB", "AUX", "NOUN"))
    act_modality = _modality(verb, None)
    modality = act_modality or _modality(verb, content)
    status = Status.SCHEDULED if decided else _status(cue, verb, act_modality, sent, governing)
    day, granularity, relation = _when(cue, verb, sent, ctx)
    source_tok, source_how = reporter(cue.head, sent)
    source_m = next(iter(ctx.index.of_phrase(source_tok)), None) if source_tok is not None else None
    if source_how in lexicon().denial_verbs:
        status = Status.DENIED
    elif source_tok is not None and status is Status.ASSERTED:
        status = Status.REPORTED
    type_ = violence_type(cue, verb, cue_heads)
    if type_ == "MOBILIZE" and cue.kind == "verb":
        purpose = next((c for c in cue.head.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lexicon().supporting_verbs), None)
        helped = [m for c in (purpose.children if purpose is not None else ()) if c.dep_ == "dobj"
                  for m in (ctx.index.of_phrase(c) or ctx.index.within(c)[:1])]
        if helped:  # "sent 1,500 soldiers to support Moscow's war": military aid to Russia (CAMEO 074)
            type_, targets, t_how = "AID", helped, "purpose"
    if type_ == "FIGHT" and cue.kind == "verb" and cue.head.lemma_.lower() in ("fight", "combat", "battle", "tackle") and any(
            c.dep_ == "dobj" and not ctx.index.of_phrase(c) for c in cue.head.children):
        return  # "help Italy fight the coronavirus", "fight corruption": no armed conflict
    if type_ == "AID" and (act_modality in ("will", "would", "shall") or cue.head.lemma_.lower() in ("pledge", "promise")):
        type_ = "AGREE"  # "Berlin would send 14 tanks to Ukraine": an intent to provide aid (CAMEO 033)
    if type_ in ("CONSULT", "COOPERATE") and act_modality == "would" and not negated:
        type_ = "AGREE"  # "Russia would begin negotiations as soon as ...": an intent to negotiate (CAMEO 036)
    if type_ == "PROTEST" and all(a.kind is not ActorKind.GROUP and m.how != "demonym" for m in speakers for a in m.actors):
        type_ = "DISAPPROVE"  # "Japan protested to China": a diplomatic protest, not a demonstration
    if negated and type_ in negated_types():
        type_ = negated_types()[type_]
        if source_m is not None and len(source_m.actors) == 1 and source_how in lexicon().reporting_verbs and all(
                own_side(source_m.actors[0], day, ctx) & own_side(a, day, ctx) for m in speakers for a in m.actors):
            # "the U.S. side stressed that Biden made no such commitments": the refusal is the reporter's
            # own statement now, not an act of Biden's (who only did not commit)
            speakers, s_how = [source_m], "reporter"
    non_event = negated and type_ not in negated_types() and load_codebook()[type_].quad.startswith("material")
    flags = ["implicit_participants"] if implicit else []
    if cue.kind == "noun":
        flags.append("nominal")
    if negated_content:
        flags.append("negated_content")
    if cond is not None:
        flags.append("conditional")
    if s_how == "agent":
        flags.append("passive")
    quoted_words = [(min(cue.words, key=lambda t: t.i), max(cue.words, key=lambda t: t.i))]
    if content is not None:
        quoted_words.append((content.left_edge, content.right_edge))
    if cond is not None:
        quoted_words += [(cond, cond)]
    if any(is_quoted(a, b) or has_scare_quotes(list(ctx.doc[a.i:b.i + 1])) for a, b in quoted_words):
        flags.append("quoted")
    issue_tokens = subtree_tokens(content, exclude=cond) if content is not None else []
    if cue.kind == "noun":
        issue_tokens = [t for c in cue.head.children if c.dep_ == "prep" and c.lower_ in lexicon().issue_preps
                        for t in subtree_tokens(c, exclude=cond)][:40]
    if issue_tokens and issue_tokens[0].dep_ == "prep":
        issue_tokens = issue_tokens[1:]
    issue = span_of(issue_tokens, ctx.doc) if issue_tokens else None
    if issue is not None and len(issue.text) > 160:
        issue, issue_tokens = None, []
    names = {i: m.actors[0].label for m in ctx.index.mentions if len(m.actors) == 1 for i in range(m.start, m.end)}
    concept = issue_concept(issue_tokens, names=names) if issue is not None else None
    cond_span = span_of(condition_tokens(cond), ctx.doc) if cond is not None else None
    sentence = span_of(list(sent), ctx.doc)
    first, last = min(cue.words, key=lambda t: t.i), max(cue.words, key=lambda t: t.i)
    cue_span = Span(text=ctx.doc[first.i:last.i + 1].text, start=first.idx, end=last.idx + len(last))
    base_conf = {"verb": 0.85, "phrasal": 0.85, "light": 0.8, "noun": 0.7, "mediation": 0.7}[cue.kind]
    if any(m.how in ("pronoun", "description") for m in speakers):
        base_conf -= 0.1

    source = actor_ref(source_m, source_m.actors[0], day, ctx) if source_m is not None and len(source_m.actors) == 1 else None
    if source_m is not None:
        targets = [m for m in targets if m is not source_m]
    if (source_m is not None and source_how in lexicon().reporting_verbs and act_modality in lexicon().deontic_modals
            and not (source_m.actors[0].id in {a.id for m in speakers for a in m.actors})):
        # "Britain must not send troops to Ukraine, the Kremlin said": the Kremlin demands it of Britain
        yield from _deontic_demand(cue, sent, source_m, speakers, negated, cond_span, issue, concept, day, ctx)
        return
    if non_event:
        return  # "it can't fight", "did not attack": a material event that did not happen is no event
    if status is Status.HYPOTHETICAL and governing is None and load_codebook()[type_].quad.startswith("material"):
        return  # "a blockade would disrupt supplies", "could attack": what might happen is no event
    question = question_kind(sent) if sentence is not None else None
    if question is not None:
        if load_codebook()[type_].quad.startswith("material") or question == "polar" or modality in lexicon().hypothetical_modals:
            return  # "Will NATO fight against Russia?", "Does Russia recognize ...", "what can Russia guarantee": no event
        status = Status.HYPOTHETICAL  # "Why did Russia reject our proposal?" presupposes the rejection

    def make(speaker_m, speaker, target_pairs, rule, conf, extra_flags=()):
        # a target with no mention (None) is one no words name: the state a domestic act happens in
        path = "; ".join(dependency_path(cue.head, ctx.doc[m.head]) for m in [speaker_m, *[m for m, _ in target_pairs]]
                         if m is not None)
        speaker_ref = actor_ref(speaker_m, speaker, day, ctx)
        targets = tuple(actor_ref(m, a, day, ctx) if m is not None else ActorRef(actor=a) for m, a in target_pairs)
        home = speaker_ref.state or (speaker if speaker.kind is ActorKind.STATE else None)
        if type_ in ("COERCE", "ASSAULT") and home is not None:  # (persons only: a seized ship is no citizen)
            # "a Moscow court sentenced opposition politician Vladimir Kara-Murza": whom a state's courts and
            # police act on, when no country is named for them, are that state's people (domestic coding)
            targets = tuple(replace(t, state=home) if t.state is None and t.actor.kind is ActorKind.PERSON
                            else t for t in targets)
        if home is not None:
            # a dual national held or freed by one of their states is coded by the other ("Iran executed
            # British-Iranian Alireza Akbari": Iran against Britain), as event data code foreign detainees
            targets = tuple(replace(t, state=m.dual_state) if m is not None and m.dual_state is not None
                            and t.state is not None and t.state.id == home.id and m.dual_state.id != home.id else t
                            for t, (m, _) in zip(targets, target_pairs))
        return Statement(
            document=ctx.document.id, sentence=sentence, cue=cue_span,
            speaker=speaker_ref,
            targets=targets,
            type=type_, negated=negated, modality=modality, condition=cond_span, status=status,
            issue=issue, issue_concept=concept, date=day, rule=rule, confidence=round(max(0.05, min(conf, 0.99)), 2),
            flags=tuple(sorted(set(flags) | set(extra_flags))),
            source=source if source is not None and source.actor.id != speaker.id else None,
            stance=stance_of(type_, negated) if issue is not None else None,
            date_granularity=granularity, date_relation=relation, path=path,
        )

    if reciprocal:
        pairs = [(m, a) for m in speakers for a in m.actors]
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
                    yield make(sm, sa, [(tm, ta)], f"{cue.kind}:{s_how}>reciprocal", base_conf - 0.05, ("reciprocal",))
        return
    # "called on the world to block Putin's cash": the addressee is written, and it is no actor
    addressed = cue.kind != "noun" and type_ in ("APPEAL", "DEMAND") and addressee_named(cue, verb)
    for sm in speakers:
        for sa in sm.actors:
            own = own_side(sa, day, ctx)
            represented = actor_ref(sm, sa, day, ctx).state
            if sa.kind is not ActorKind.GROUP and represented is not None:
                own |= {represented.id}  # "Israeli Prime Minister Benjamin Netanyahu": his side is Israel
            # a state's police and courts act on its own people: "Myanmar's military detained Aung San Suu Kyi"
            tgt = [(m, a) for m in targets for a in m.actors if a.id not in own and (
                not (own & own_side(a, day, ctx)) or (type_ in ("COERCE", "ASSAULT") and a.kind is ActorKind.PERSON))]
            rule = f"{cue.kind}:{s_how}>{t_how or 'none'}"
            conf = base_conf
            if not tgt and not addressed:
                fb = fallback_targets(sent, cue, cond, ctx, own | {a.id for m in speakers for a in m.actors}, sm)
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
                    yield make(sm, sa, [(None, home)], f"{rule}+domestic", conf - 0.15, ("domestic",))
                    continue
                yield make(sm, sa, [], rule, conf - 0.1)
            for tm, ta in tgt:
                yield make(sm, sa, [(tm, ta)], rule, conf - (0.1 if not ta.registered else 0))
