"""Statements from a parsed Doc (pure): cue verbs, phrasal verbs, light-verb constructions and event
nouns, with speaker, targets, issue, negation, modality, condition, status and date read off the
dependency parse. No Span or Token leaves this module: it yields plain ``Statement`` objects."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Iterator

from spacy.tokens import Doc, Span as SpacySpan, Token

from stancegraph.actors import ActorMention, MentionIndex, actor_mentions, state_at
from stancegraph.attribution import DENIAL_VERBS, dependency_path, has_scare_quotes, is_quoted, reporter
from stancegraph.dates import explicit_dates_at, resolve_when
from stancegraph.discourse import ADDRESSED_TYPES, Discourse, side_of
from stancegraph.codebook import load_codebook
from stancegraph.issues import issue_concept, stance_of
from stancegraph.cues import Cue, find_cues, noun_type, quantified
from stancegraph.lexicon import (
    ENFORCER_NOUNS, JUDGING_VERBS, LOCATIVE_PREPS, NEGATED_TYPE, PROTEST_CROWDS, RECIPROCAL_WORDS, REPORTED_MARKERS,
    REPORTING_NOUNS, REPORTING_VERBS, SCHEDULING_WORDS, SELF_TARGETING, SYMMETRIC_TYPES, TIME_PREPS, WEAPON_NOUNS,
    CIVILIAN_NOUNS, INSURGENT_NOUNS, IRREGULAR_ATTACKERS, FORCE_NOUNS, GROUP_NOUNS, MARCHERS,
)
from stancegraph.syntax import (
    SUBJECTS, clause_verb, condition_clause, condition_tokens, in_condition, is_condition, is_passive,
    reported_by_verb, span_of, subject_of, subtree_tokens,
)
from stancegraph.model import Actor, ActorKind, ActorRef, Document, Span, Statement, Status
from stancegraph.registry import ActorRegistry

__all__ = ["Cue", "find_cues", "stance_statements", "CONTENT_TYPES"]

_AUDIENCE = {"you", "everyone", "everybody", "all", "colleagues"}
_DEONTIC = {"must", "should", "ought"}
_PEOPLE = {"counterpart", "leader", "president", "minister", "delegation", "official", "ambassador", "envoy",
           "representative", "head", "chancellor", "premier", "king", "secretary", "governor", "mayor", "people"}
_MODALS = {"will", "would", "shall", "should", "must", "may", "might", "can", "could", "ought"}
_HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}
# "on" stays a participant preposition ("sanctions on Russia"): dates are never actor mentions anyway.
# "about"/"over"/"regarding" introduce the issue, not an addressee ("warnings about the West").
_TARGET_PREPS_SKIP = LOCATIVE_PREPS | (TIME_PREPS - {"on"}) | {"as", "like", "despite", "because", "than", "about",
                                                             "over", "regarding", "concerning"}
_ISSUE_PREPS = {"over", "about", "on", "regarding", "concerning", "for", "of", "against", "to"}
# Types whose complement is content, not a separate event: in "demanded that NATO withdraw" or
# "threatened to invade", the withdrawal and the invasion did not happen.
CONTENT_TYPES = frozenset({"DEMAND", "APPEAL", "THREATEN", "AGREE", "REJECT", "DISAPPROVE", "SUPPORT", "CONCEDE", "MOBILIZE",
                           "PROTEST"})


# Prepositions of circumstance, not of content: "praised Poland during talks with Tusk" (the talks happened).
_ADJUNCT_PREPS = frozenset({"during", "after", "before", "following", "amid", "at", "since", "until", "despite", "on"})

_CAUSE_NOUNS = frozenset({"response", "retaliation", "reaction", "reprisal", "protest"})

# ---------------------------------------------------------------- helpers over the parse

def _governing_cue(tok: Token, cue_heads: dict[int, Cue]) -> Cue | None:
    """A cue whose complement contains ``tok``: 'demanded that Washington guarantee' governs 'guarantee'.

    The climb stops at clause boundaries that start an independent event (advcl, conj, parataxis).
    """
    node = tok
    while node.head.i != node.i and (node.dep_ not in ("advcl", "conj", "parataxis", "relcl", "ROOT") or is_condition(node)):
        if (node.dep_ == "prep" and node.lower_ in _ADJUNCT_PREPS) or (
                node.dep_ == "pobj" and node.lemma_.lower() in _CAUSE_NOUNS):
            return None  # "during talks with Tusk", "in response to Pelosi's visit": circumstances, not content
        parent = node.head
        if parent.i in cue_heads and (is_condition(node) or (
                cue_heads[parent.i].type in CONTENT_TYPES
                and node.dep_ in ("ccomp", "xcomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr")
                and (cue_heads[parent.i].type != "MOBILIZE" or node.dep_ == "xcomp"))):
            return cue_heads[parent.i]  # (a mobilisation governs only its purpose: "called up reservists to fight")
        node = parent
    return None


# ---------------------------------------------------------------- the extractor

@dataclass
class _Context:
    doc: Doc
    document: Document
    registry: ActorRegistry
    index: MentionIndex
    reference: dt.date | None
    discourse: Discourse = field(default_factory=Discourse)
    sentence: int = 0  # number of the sentence in the document, for the discourse window


def _actors_of(tokens: list[Token], ctx: _Context) -> list[ActorMention]:
    out: list[ActorMention] = []
    for t in tokens:
        for m in ctx.index.of_phrase(t):
            if m not in out:
                out.append(m)
    return out


def _direct_targets(cue: Cue, verb: Token, ctx: _Context, exclude: frozenset[str] = frozenset()) -> tuple[list[ActorMention], str]:
    """Objects, datives, participant prepositions and complement subjects of a verb cue; ``exclude``
    (the speaker's side) is skipped when looking inside an object ("recalled its ambassador to Spain")."""
    head = cue.noun if cue.kind == "light" else verb
    found: list[tuple[ActorMention, str]] = []

    def add(ms, how):
        for m in ms:  # the speaker's own side is no target: "recalled its ambassador from Tehran"
            if all(m is not f for f, _ in found) and not ({a.id for a in m.actors} <= exclude):
                found.append((m, how))

    if cue.head.lemma_.lower() in JUDGING_VERBS:  # "described the U.S. arms sale as a provocation"
        for c in verb.children:
            if c.dep_ == "dobj":
                add(ctx.index.of_phrase(c) or ctx.index.within(c, max_depth=2)[:1], "dobj-judged")
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") and cue.kind != "light":
            heads = [p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c]  # dative "to X"
            add(_actors_of(heads, ctx), c.dep_)
        elif c.dep_ == "nsubjpass":
            add(ctx.index.of_phrase(c), "nsubjpass")
        elif c.dep_ == "prep" and (c.lower_ not in _TARGET_PREPS_SKIP or (c.lower_ == "at" and cue.type in _MATERIAL_CONFLICT | {"COERCE"}
                                                                            and verb.lemma_.lower() in _AIMING_VERBS)):
            add(_actors_of([p for p in c.children if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}")
        elif c.dep_ in ("ccomp", "xcomp"):
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    add(ctx.index.of_phrase(s), f"{c.dep_}-subj")
            if c.dep_ == "xcomp" and not found:  # "threatened to attack Ukraine", "applied to join NATO"
                for o in c.children:
                    if o.dep_ in ("dobj", "dative"):
                        add(ctx.index.of_phrase(o), "xcomp-obj")
    if head.i != verb.i:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ not in _TARGET_PREPS_SKIP:
                add(_actors_of([p for p in c.children if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}")
    if not found and cue.type in ("APPEAL", "DEMAND") and _addressee_named(cue, verb):
        return [], ""  # "called on the world to block Putin's cash": the world is addressed, not Putin
    if not found:  # actors inside the object: "reaffirmed its commitment to Ukraine's sovereignty"
        cond = condition_clause(verb)
        for c in head.children if head.i != verb.i else verb.children:
            if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "attr") and (c.dep_ != "prep" or c.lower_ not in _TARGET_PREPS_SKIP):
                inside = [m for m in ctx.index.within(c, max_depth=4) if cond is None or not (cond.left_edge.i <= m.head <= cond.right_edge.i)]
                inside = [m for m in inside if m.head not in {t.i for t in head.children if t.dep_ == "poss"}]
                inside = [m for m in inside if not ({a.id for a in m.actors} & exclude)]
                # an unknown name that only qualifies a thing ("the Amazon rainforest") is no participant
                inside = [m for m in inside if all(a.registered for a in m.actors)
                          or ctx.doc[m.head].dep_ not in ("compound", "amod", "poss", "nmod")]
                add(inside[:1], f"{c.dep_}-inside")
    return [m for m, _ in found], (found[0][1] if found else "")


def _noun_participants(noun: Token, ctx: _Context) -> tuple[list[ActorMention], str, list[ActorMention], str, bool]:
    """Speaker(s), target(s) and reciprocity of an event noun ('Biden's threat of ...', 'talks between A and B')."""
    speakers: list[ActorMention] = []
    how = ""
    for c in noun.children:
        if c.dep_ == "poss":
            speakers, how = ctx.index.of_phrase(c), "poss"
            break
    if not speakers:  # "U.S. opposition", "Russian military build-up", "Putin-Biden conversation"
        modifiers = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod") for t in c.subtree]
        found = []
        for t in modifiers:
            m = ctx.index.by_token.get(t.i)
            if m is not None and m not in found:
                found.append(m)
        if len({a.id for m in found for a in m.actors}) >= 2 and all(m.actors[0].kind is found[0].actors[0].kind for m in found):
            return found, "compound-pair", [], "", True
        if found:
            speakers, how = found[:1], "compound" if noun.doc[found[0].head].dep_ == "compound" else "amod"
    if not speakers:
        # "criticism by Turkey"; "condemnation from Washington", "aid from Japan" (not "withdrawal from Iraq")
        agent_preps = ("by", "from") if noun_type(noun) in _FROM_SPEAKER_TYPES else ("by",)
        if noun_type(noun) in ("RETREAT", "MOBILIZE"):
            agent_preps += ("of",)  # "the departure of the last U.S. troops", "a deployment of Russian forces"
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in agent_preps:
                speakers, how = _actors_of([p for p in c.children if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}"
                if speakers:
                    break
    targets: list[ActorMention] = []
    thow = ""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            pair = _actors_of([p for p in c.children if p.dep_ == "pobj"], ctx)
            if len(pair) >= 2 and not speakers:
                return pair, "prep-between", [], "", True
        if c.dep_ == "prep" and c.lower_ not in _TARGET_PREPS_SKIP and c.lower_ != "by" and how != f"prep-{c.lower_}":
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            direct = _actors_of(pobjs, ctx)
            if not direct:
                direct = [m for p in pobjs for m in ctx.index.within(p)[:1]]
            for m in direct:
                if m not in targets and m not in speakers:
                    targets.append(m)
                    thow = thow or f"prep-{c.lower_}"
    if not speakers:  # "Russia's announcement of drills", "Russia announced drills with Belarus"
        for c in noun.children:  # the tagger's "announcement ... drills/VBZ": the announcer acts
            if c.dep_ == "nsubj" and c.lemma_.lower() in REPORTING_NOUNS:
                return _noun_participants(c, ctx)[0], "reporting-noun", targets, thow, False
        up = noun.head
        if noun.dep_ == "pobj" and up.dep_ == "prep" and up.lower_ == "of" and (up.head.lemma_.lower() in REPORTING_NOUNS):
            return _noun_participants(up.head, ctx)[0], "reporting-noun", targets, thow, False
        if noun.dep_ == "dobj" and up.lemma_.lower() in REPORTING_VERBS | {"announce", "hold", "conduct", "stage", "launch", "begin", "start"}:
            subj, shw = subject_of(up)
            if subj is not None:
                speakers, how = ctx.index.of_phrase(subj), f"verb-{shw}"
        elif noun_type(noun) == "CONSULT" and noun.dep_ == "pobj" and up.lower_ in _MEETING_PREPS:
            # "X praised Y during talks with Z": X took part in the talks (the first verb above with a subject)
            for verb in (a for a in up.ancestors if a.pos_ in ("VERB", "AUX")):
                subj, shw = subject_of(verb)
                if subj is not None:
                    speakers, how = ctx.index.of_phrase(subj), f"clause-{shw}"
                    break
    return speakers, how, targets, thow, False


# Event nouns whose "from" phrase is the one who acts: "condemnation from Washington", "aid from Japan".
_FROM_SPEAKER_TYPES = frozenset({"DISAPPROVE", "APPEAL", "DEMAND", "SUPPORT", "THREATEN", "REJECT", "AGREE", "AID"})
# Prepositions that put an event noun in the time of the clause: "during talks with", "after a meeting with".
_MEETING_PREPS = frozenset({"during", "after", "at", "before", "following", "in", "for"})


_MATERIAL_CONFLICT = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE"})
# Verbs whose "at" names what is aimed at ("fired water cannon at a boat"), not where ("arrested him at a court")
_AIMING_VERBS = frozenset("fire shoot launch throw hurl aim direct point lob".split())


def _fallback_targets(sent: SpacySpan, cue: Cue, cond: Token | None, ctx: _Context, exclude: set[str],
                      speaker_m: ActorMention | None = None) -> list[ActorMention]:
    """The other participant when the syntax names none, in order of reliability: the subject of a
    condition ("... threat of a heavy price if it attacks Ukraine"); an actor in the subject of the
    clause the cue's phrase completes ("progress on issues for Moscow has been met with U.S.
    opposition"); for violence, the state where it happens ("aggression in Ukraine"); else the
    nearest actor in the cue's own clause. Never the subject of a verb above the cue (the reporter
    in "..., South Korea's military said") and never inside the condition."""
    # violence, withdrawals ("withdrew its troops from the Kherson region") and aid ("arrived in Turkey to
    # help") are placed by where they happen
    violent = cue.type in _MATERIAL_CONFLICT or cue.type in ("RETREAT", "AID")

    def ok(m: ActorMention, *, allow_locative: bool = False) -> bool:
        if {a.id for a in m.actors} & exclude or not all(a.registered for a in m.actors):
            return False  # a guessed participant must at least be a known actor
        if violent and any(a.kind is ActorKind.PERSON for a in m.actors):
            return False  # a person is no guessed target of force
        return not m.locative or (allow_locative and m.how in ("name", "alias") and m.actors[0].kind is ActorKind.STATE)

    if cond is not None:
        for s in cond.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                cands = [m for m in ctx.index.of_phrase(s) if ok(m)]
                if cands:
                    return cands[:1]
    ancestors = list(cue.head.ancestors)
    reporters = {c.i for a in ancestors if a.lemma_.lower() in REPORTING_VERBS
                 for c in a.children if c.dep_ in SUBJECTS for c in c.subtree}
    clause = clause_verb(cue.head)
    if cue.kind == "noun" and cue.head.dep_ == "pobj" and clause.pos_ == "VERB" and is_passive(clause):
        for c in clause.children:  # "... have been met with firm U.S. opposition"
            if c.dep_ == "nsubjpass":
                cands = [m for m in ctx.index.within(c) if ok(m)]
                if cands:
                    return cands[:1]
    root = cue.head.sent.root
    # never a name inside the speaker's own phrase ("supporters of Imran Khan attacked ...")
    own_phrase = set(range(ctx.doc[speaker_m.head].left_edge.i, ctx.doc[speaker_m.head].right_edge.i + 1)) if (
        speaker_m is not None and speaker_m.how in ("group", "name", "alias", "minted", "demonym")) else set()
    if cue.head.dep_ in ("advcl", "xcomp") and cue.head.head.pos_ == "VERB":
        # "Biden called Erdogan to offer his condolences": the one the governing act was aimed at
        for c in cue.head.head.children:
            if c.dep_ in ("dobj", "dative"):
                aimed = [m for m in ctx.index.of_phrase(c) if ok(m)]
                if aimed:
                    return aimed[:1]
    if root.lemma_.lower() not in REPORTING_VERBS:
        for c in root.children:
            if c.dep_ in SUBJECTS:
                cands = [m for m in ctx.index.within(c) if ok(m) and m.head not in own_phrase]
                if cands:
                    return cands[:1]
    scope = clause if clause.pos_ in ("VERB", "AUX") else cue.head
    lo, hi = scope.left_edge.i, scope.right_edge.i
    # clauses with a subject of their own are other events: "..., while Washington sees it as an ally"
    other = {t.i for c in scope.children if c.dep_ in ("advcl", "conj", "parataxis")
             and any(g.dep_ in SUBJECTS for g in c.children) for t in c.subtree}
    in_clause = [m for m in ctx.index.mentions if lo <= m.head <= hi and m.head not in reporters and m.head not in other
                 and m.head not in own_phrase and ok(m, allow_locative=violent)
                 and not (cond is not None and cond.left_edge.i <= m.head <= cond.right_edge.i)]
    if cue.type in ADDRESSED_TYPES and ctx.discourse.counterpart_of(exclude, ctx.sentence) is not None:
        # "made no commitments on limiting NATO expansion": an actor that only qualifies the issue is no
        # addressee when the discourse names one (the counterpart is then taken by the caller)
        in_clause = [m for m in in_clause if not _issue_modifier(m, ctx)]
    if violent:  # "shelled residential areas in Kharkiv": the state where it happened
        located = [m for m in in_clause if m.locative] + [
            p for p in ctx.index.places if lo <= p.head <= hi and p.head not in other
            and not ({a.id for a in p.actors} & exclude)]
        if located:
            return located[:1]
    if cue.kind == "noun" or (cue.kind == "verb" and any(c.dep_ == "dobj" for c in cue.head.children)):
        return []  # the participants are in the phrase itself ("the militia"); the nearest name is a guess too far
    in_clause.sort(key=lambda m: abs(m.head - cue.head.i))
    return in_clause[:1]


def _issue_modifier(m: ActorMention, ctx: _Context) -> bool:
    """The actor only qualifies a thing the act is about ("limiting NATO expansion", "Ukraine's
    sovereignty"): it is part of the issue, not a participant. The actor of an event noun ("over
    Russia's invasion") and a group named by its state ("Russian troops") stay participants."""
    tok = ctx.doc[m.head]
    if tok.dep_ not in ("compound", "poss", "amod", "nmod"):
        return False
    noun = tok.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun_type(noun) is not None:
        return False
    return m not in ctx.index.of_phrase(noun)


def _violence_type(cue: Cue, verb: Token, cue_heads: dict[int, Cue]) -> str:
    """Who uses force, with what, against whom decides its type (CAMEO 17-19): police raiding coerce,
    protesters storming protest, gunmen and bombers assault, strikes and shelling fight whoever they kill,
    and security forces shooting civilians assault them."""
    type_ = cue.type
    if cue.kind == "noun" or type_ not in ("FIGHT", "ASSAULT", "COERCE"):
        return type_
    subj, _ = subject_of(verb)
    if type_ == "COERCE":  # "supporters of Evo Morales blocked roads": obstruction is protest (CAMEO 144)
        crowd = subj is not None and (quantified(subj).lemma_.lower() in MARCHERS or subj.lemma_.lower() in MARCHERS)
        return "PROTEST" if crowd else type_
    subj = quantified(subj) if subj is not None else None  # "tens of thousands of protesters"
    lemma = subj.lemma_.lower() if subj is not None else ""
    obj = next((quantified(c) for c in cue.head.children if c.dep_ == "dobj"), None)
    civilians = obj is not None and (obj.lemma_.lower() in CIVILIAN_NOUNS or obj.lower_ in CIVILIAN_NOUNS)
    if lemma in ENFORCER_NOUNS:
        return "ASSAULT" if civilians and cue.head.lemma_.lower() in ("shoot", "kill", "fire") else "COERCE"
    if lemma in PROTEST_CROWDS:
        return "PROTEST"  # "protesters stormed the parliament": a violent protest
    if lemma in IRREGULAR_ATTACKERS or (subj is not None and subj.lower_ in IRREGULAR_ATTACKERS):
        return "ASSAULT"  # "gunmen stormed a hotel", "suicide bombers attacked crowds"
    if (lemma in INSURGENT_NOUNS or (subj is not None and subj.lower_ in INSURGENT_NOUNS)) and _civilian_victims(cue.head):
        return "ASSAULT"  # "insurgents attacked the town, killing dozens of people": violence against civilians
    if type_ == "ASSAULT" and subj is not None and (noun_type(subj) == "FIGHT" or lemma in WEAPON_NOUNS):
        return "FIGHT"  # "Israeli air strikes killed 33 people": military force, whoever it kills
    if type_ == "ASSAULT" and verb.dep_ in ("advcl", "conj") and cue_heads.get(verb.head.i) is not None and (
            cue_heads[verb.head.i].type == "FIGHT"):
        return "FIGHT"  # "carried out air strikes on a village, killing 100 people": the killing is the strike
    if type_ == "FIGHT" and cue.head.lemma_.lower() in ("shoot", "fire") and civilians:
        return "ASSAULT"  # "security forces shot dead dozens of people"
    return type_


def _domestic_target(m: ActorMention, actor: Actor, type_: str, cue: Cue, day: dt.date | None,
                     ctx: _Context) -> Actor | None:
    """The state a domestic act is aimed at when no words name a target, as country-level coding does:
    protesters protest against their state ("thousands rallied in Minsk"), police and security forces
    coerce people of their own state ("riot police fired tear gas to clear the streets")."""
    if type_ not in ("PROTEST", "COERCE") or cue.kind == "noun":
        return None
    objects = [quantified(c) for c in cue.head.children if c.dep_ == "dobj"]
    if any(ctx.index.of_phrase(o) for o in objects):
        return None  # the object names someone the syntax could not place
    state = _ref(m, actor, day, ctx).state or (actor if actor.kind is ActorKind.STATE else None)
    if state is None or state.kind is not ActorKind.STATE:
        return None
    if type_ == "PROTEST":
        return state if actor.kind is ActorKind.GROUP or m.how == "demonym" else None
    subject = subject_of(cue.head)[0]
    enforcer = subject is not None and (subject.lemma_.lower() in ENFORCER_NOUNS or subject.lower_ in ENFORCER_NOUNS
                                        or subject.lemma_.lower() in ("force", "forces", "guard") and any(
                                            c.lower_ in ("security", "riot", "police") for c in subject.children))
    return state if enforcer else None


def _civilian_victims(verb: Token) -> bool:
    """The verb, or a killing that follows it ("attacked the town, killing dozens of people"), has civilians
    as its object."""
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_.lower() in ("kill", "wound", "injure")]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "dobj":
                victim = quantified(c)
                if victim.lemma_.lower() in CIVILIAN_NOUNS or victim.lower_ in CIVILIAN_NOUNS:
                    return True
    return False


def _mediation_participants(cue: Cue, ctx: _Context) -> tuple[list[ActorMention], str, list[ActorMention], str]:
    """Mediator and parties of a mediation (CAMEO 045, coded as CONSULT from the mediator to each party):
    "hosted talks between Lavrov and Kuleba", "a deal brokered by China" (the parties are the deal's:
    its clause's subject and its "with" partner), "a U.S.-brokered ceasefire with Hezbollah"."""
    tok = cue.head
    if tok.pos_ == "VERB":
        subj, how = subject_of(tok)
        mediators = ctx.index.of_phrase(subj) if subj is not None else []
    else:
        own = ctx.index.by_token.get(tok.i)
        mediators, how = ([own] if own is not None else []), "compound"
    noun = tok.head if tok.dep_ in ("acl", "amod", "compound") else None
    between = [t for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "between" and t.i != tok.i]
    if not between and noun is not None:
        between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    parties = _actors_of([p for b in between for p in b.children if p.dep_ == "pobj"], ctx)
    if not parties and noun is not None:
        parties = _actors_of([p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                              for p in c.children if p.dep_ == "pobj"], ctx)
        clause = clause_verb(noun)
        if clause.i != tok.i and clause.pos_ in ("VERB", "AUX"):
            subj, _ = subject_of(clause)
            parties = (ctx.index.of_phrase(subj) if subj is not None else []) + parties
    parties = [p for p in parties if p not in mediators]
    return mediators, how, parties, "mediated"


def _decision(cue: Cue, ctx: _Context) -> bool:
    """"agreed to ban", "decided to impose": one actor agreeing with no partner takes a decision, and
    the act decided on is the event (coded as scheduled), not an agreement with anyone."""
    verb = cue.head
    if cue.kind != "verb" or cue.type != "AGREE" or verb.lemma_.lower() not in ("agree", "decide", "vote"):
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and c.dep_ != "aux" for c in verb.children):
        return False
    subj, _ = subject_of(verb)
    actors = {a.id for m in ctx.index.of_phrase(subj) for a in m.actors} if subj is not None else set()
    return len(actors) == 1


def _addressee_named(cue: Cue, verb: Token) -> bool:
    """An appeal or demand whose addressee is written as a noun ("called on the world", "urged countries")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and any(x.dep_ == "xcomp" for x in verb.children):
            return True
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and any(
                p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in c.children):
            return True
    return False


def _each_other(verb: Token) -> bool:
    """"accused each other", "agreed not to use force against one another"."""
    for t in verb.subtree:
        if t.lower_ == "other" and any(c.lower_ == "each" for c in t.children) or (
                t.lower_ == "another" and any(c.lower_ == "one" for c in t.children)) or (
                t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")):
            return True
    return False


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
        if c.dep_ == "prep" and c.lower_ in _ISSUE_PREPS and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
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
    return None


def _status(cue: Cue, verb: Token, modality: str | None, sent: SpacySpan, governing: Cue | None) -> Status:
    head = cue.head if cue.kind == "noun" else verb
    words = {c.lower_ for c in head.children} | {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "advmod")}
    if words & REPORTED_MARKERS or any(t.lower_ == "according" for t in sent):
        return Status.REPORTED
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return Status.SCHEDULED
    if {c.lemma_.lower() for c in head.children if c.dep_ == "amod"} & SCHEDULING_WORDS:
        return Status.SCHEDULED
    node, below = head, None
    for _ in range(8):  # "talks scheduled to begin", "plans to meet", "which are expected to begin"
        if (node.lemma_.lower() in SCHEDULING_WORDS and node.i != head.i and node.pos_ in ("VERB", "ADJ")
                and below is not None and below.dep_ in ("xcomp", "ccomp", "acl")):
            return Status.SCHEDULED  # (not "set buildings on fire after police arrested him")
        for c in node.children:
            if c.dep_ == "relcl" and (c.lemma_.lower() in SCHEDULING_WORDS or any(g.lemma_.lower() in SCHEDULING_WORDS for g in c.children)):
                return Status.SCHEDULED
        node, below = node.head, node
    if modality in _HYPOTHETICAL_MODALS:
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


_RELATIVE_ADVERBS = {"earlier", "previously", "before", "recently", "later", "formerly", "soon"}


def _when(cue: Cue, verb: Token, sent: SpacySpan, ctx: _Context) -> tuple[dt.date | None, str | None, str | None]:
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
            if c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS:
                return resolve_when(c.lower_, ctx.reference)
    return None, None, None


def _reference_date(dated: list[tuple[int, dt.date]], before: int, document: Document) -> dt.date | None:
    """The publication date, else the latest full date written before offset ``before``."""
    if document.date is not None:
        return document.date
    found = [day for end, day in dated if end <= before]
    return max(found) if found else None


def _ref(m: ActorMention, actor: Actor, day: dt.date | None, ctx: _Context) -> ActorRef:
    span = ctx.doc[m.start:m.end]
    # posts are looked up on the act's date, else on the publication date: Stoltenberg speaks for NATO in 2022
    state = (state_at(ctx.registry, actor, day or ctx.reference) or (m.state_hint if len(m.actors) == 1 else None)
             or (ctx.registry.home_state_of(actor.id, day or ctx.reference) if actor.kind is ActorKind.PERSON else None))
    return ActorRef(actor=actor, mention=Span(text=span.text, start=span.start_char, end=span.end_char), state=state)


def _own_side(actor: Actor, day: dt.date | None, ctx: _Context) -> set[str]:
    if actor.kind is ActorKind.GROUP:
        return {actor.id}  # Hamas does not act for Palestine, nor rebels for the state they fight
    ids = {actor.id}
    state = state_at(ctx.registry, actor, day or ctx.reference)
    if state is not None:
        ids.add(state.id)
    return ids


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
        ctx = _Context(doc, document, registry, index, _reference_date(dated, sent.start_char, document), discourse, n)
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


_DEFINITE = frozenset({"the", "both", "these", "those", "this", "that"})
_ORDINAL = frozenset({"first", "second", "third", "last", "previous", "latest", "recent", "earlier"})


def _definite(noun: Token) -> bool:
    """A noun phrase that refers back: "the second Putin-Biden conversation", "both meetings", "their talks"."""
    return any((c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE) or c.dep_ == "poss" and c.pos_ == "PRON"
               or (c.dep_ == "amod" and c.lower_ in _ORDINAL) for c in noun.children)


def _with_implicit_target(st: Statement, ctx: _Context) -> Statement:
    """An assurance, refusal, warning, demand, appeal or concession with no addressee in its sentence
    is addressed to the speaker's counterpart in the recent discourse (:mod:`stancegraph.discourse`)."""
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
            if a.id in _own_side(speaker, day, ctx):
                continue
            yield Statement(
                document=ctx.document.id, sentence=span_of(list(sent), ctx.doc), cue=cue_span,
                speaker=_ref(source_m, speaker, day, ctx), targets=(_ref(m, a, day, ctx),), type="DEMAND",
                negated=False, modality="must", condition=cond_span, status=Status.ASSERTED, issue=issue,
                issue_concept=concept, date=day, rule="reported-deontic:reporter>subject", confidence=0.6,
                flags=("deontic",) + (("negated_content",) if negated else ()),
                stance=stance_of("DEMAND", False) if issue is not None else None,
                path=f"{dependency_path(cue.head, ctx.doc[source_m.head])}; {dependency_path(cue.head, ctx.doc[m.head])}",
            )


def _statements_of_cue(cue: Cue, sent: SpacySpan, cue_heads: dict[int, Cue], ctx: _Context) -> Iterator[Statement]:
    verb = cue.head if cue.kind != "noun" else clause_verb(cue.head)
    governing = _governing_cue(cue.head, cue_heads)
    # "denied that its troops attacked": the attack is reported as denied; "denied the accusations": content
    denied_by = (governing is not None and governing.head.lemma_.lower() in DENIAL_VERBS
                 and cue.kind != "noun" and cue.head.dep_ in ("ccomp", "conj"))
    decided = governing is not None and _decision(governing, ctx)
    if (governing is not None and governing.head.lemma_.lower() not in REPORTING_VERBS and not denied_by
            and governing is not cue and not decided
            and not (cue.kind == "mediation" and cue.head.dep_ in ("acl", "amod", "compound"))):  # a deal's broker did mediate
        return  # the content of a demand, threat or promise is not itself an event
    if _decision(cue, ctx) and any(c.dep_ == "xcomp" and c.i in cue_heads for c in cue.head.children):
        return  # "EU leaders agreed to ban Belarusian airlines": the ban is the event, not an agreement
    if cue.kind not in ("noun", "mediation") and (cue.head.dep_ == "amod" or in_condition(cue.head)):
        return  # "the threatened imposition" is no act; "if it attacks Ukraine" did not happen
    if cue.kind != "noun" and any(c.dep_ == "dobj" and c.lower_ in _AUDIENCE for c in cue.head.children):
        return  # "Thank you, Mr President": a courtesy, not an event
    objects = [c for c in cue.head.children if c.dep_ == "dobj"]
    if cue.kind == "verb" and cue.type == "CONSULT" and objects and not any(
            c.pos_ != "NOUN" or ctx.index.of_phrase(c) or c.lemma_.lower() in _PEOPLE for c in objects):
        return  # "meeting the requirements", "discussed the budget" without a partner: no consultation
    reciprocal = implicit = False
    if cue.kind == "mediation":
        speakers, s_how, targets, t_how = _mediation_participants(cue, ctx)
        if not targets:
            return
    elif cue.kind == "noun":
        speakers, s_how, targets, t_how, reciprocal = _noun_participants(cue.head, ctx)
        if reciprocal:
            speakers, targets = speakers, []
        elif not speakers and not targets and any(c.lemma_.lower() in RECIPROCAL_WORDS for c in cue.head.children):
            # "the mutual agreement to commence consultations": the two sides the discourse is about
            pair = ctx.discourse.pair(ctx.sentence)
            if pair is not None:
                speakers = [ActorMention(cue.head.left_edge.i, cue.head.i + 1, cue.head.i, pair, "discourse")]
                s_how, reciprocal, implicit = "discourse", True, True
    else:
        subj, s_how = subject_of(verb)
        speakers = ctx.index.of_phrase(subj) if subj is not None else []
        if not speakers and s_how == "xcomp-object" and subj.lemma_.lower() in FORCE_NOUNS | GROUP_NOUNS:
            ruler, _ = subject_of(subj.head)  # "Shoigu ordered troops to withdraw": his troops
            speakers = ctx.index.of_phrase(ruler) if ruler is not None else []
        side = frozenset(i for m in speakers for a in m.actors for i in _own_side(a, ctx.reference, ctx))
        targets, t_how = _direct_targets(cue, verb, ctx, side)
    if cue.kind == "light" and cue.head.lemma_.lower() in ("receive", "get", "win", "obtain", "enjoy"):
        # "Ukraine has received strong support from the United States": the giver is the speaker
        givers = _actors_of([p for c in (*cue.head.children, *cue.noun.children) if c.dep_ == "prep" and c.lower_ == "from"
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
        or (cue.type in SYMMETRIC_TYPES and not (cue.type == "FIGHT" and any(c.dep_ == "dobj" for c in cue.head.children)))
        or cue.head.lemma_.lower() in RECIPROCAL_WORDS
        or any(c.lemma_.lower() in RECIPROCAL_WORDS for c in cue.head.children)
        or _each_other(verb)
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
    if source_how in DENIAL_VERBS:
        status = Status.DENIED
    elif source_tok is not None and status is Status.ASSERTED:
        status = Status.REPORTED
    type_ = _violence_type(cue, verb, cue_heads)
    if type_ == "FIGHT" and cue.kind == "verb" and cue.head.lemma_.lower() in ("fight", "combat", "battle", "tackle") and any(
            c.dep_ == "dobj" and not ctx.index.of_phrase(c) for c in cue.head.children):
        return  # "help Italy fight the coronavirus", "fight corruption": no armed conflict
    if type_ == "AID" and (act_modality in ("will", "would", "shall") or cue.head.lemma_.lower() in ("pledge", "promise")):
        type_ = "AGREE"  # "Berlin would send 14 tanks to Ukraine": an intent to provide aid (CAMEO 033)
    if type_ == "PROTEST" and all(a.kind is not ActorKind.GROUP and m.how != "demonym" for m in speakers for a in m.actors):
        type_ = "DISAPPROVE"  # "Japan protested to China": a diplomatic protest, not a demonstration
    if negated and type_ in NEGATED_TYPE:
        type_ = NEGATED_TYPE[type_]
        if source_m is not None and len(source_m.actors) == 1 and source_how in REPORTING_VERBS and all(
                _own_side(source_m.actors[0], day, ctx) & _own_side(a, day, ctx) for m in speakers for a in m.actors):
            # "the U.S. side stressed that Biden made no such commitments": the refusal is the reporter's
            # own statement now, not an act of Biden's (who only did not commit)
            speakers, s_how = [source_m], "reporter"
    non_event = negated and type_ not in NEGATED_TYPE and load_codebook()[type_].quad.startswith("material")
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
        issue_tokens = [t for c in cue.head.children if c.dep_ == "prep" and c.lower_ in _ISSUE_PREPS
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

    source = _ref(source_m, source_m.actors[0], day, ctx) if source_m is not None and len(source_m.actors) == 1 else None
    if source_m is not None:
        targets = [m for m in targets if m is not source_m]
    if (source_m is not None and source_how in REPORTING_VERBS and act_modality in _DEONTIC
            and not (source_m.actors[0].id in {a.id for m in speakers for a in m.actors})):
        # "Britain must not send troops to Ukraine, the Kremlin said": the Kremlin demands it of Britain
        yield from _deontic_demand(cue, sent, source_m, speakers, negated, cond_span, issue, concept, day, ctx)
        return
    if non_event:
        return  # "it can't fight", "did not attack": a material event that did not happen is no event
    if status is Status.HYPOTHETICAL and governing is None and load_codebook()[type_].quad.startswith("material"):
        return  # "a blockade would disrupt supplies", "could attack": what might happen is no event
    if sentence is not None and sentence.text.rstrip().endswith("?"):
        if load_codebook()[type_].quad.startswith("material"):
            return  # "Will NATO fight against Russia?": a question is not an event
        status = Status.HYPOTHETICAL

    def make(speaker_m, speaker, target_pairs, rule, conf, extra_flags=()):
        # a target with no mention (None) is one no words name: the state a domestic act happens in
        path = "; ".join(dependency_path(cue.head, ctx.doc[m.head]) for m in [speaker_m, *[m for m, _ in target_pairs]]
                         if m is not None)
        return Statement(
            document=ctx.document.id, sentence=sentence, cue=cue_span,
            speaker=_ref(speaker_m, speaker, day, ctx),
            targets=tuple(_ref(m, a, day, ctx) if m is not None else ActorRef(actor=a) for m, a in target_pairs),
            type=type_, negated=negated, modality=modality, condition=cond_span, status=status,
            issue=issue, issue_concept=concept, date=day, rule=rule, confidence=round(max(0.05, min(conf, 0.99)), 2),
            flags=tuple(sorted(set(flags) | set(extra_flags))),
            source=source if source is not None and source.actor.id != speaker.id else None,
            stance=stance_of(type_, negated) if issue is not None else None,
            date_granularity=granularity, date_relation=relation, path=path,
        )

    if reciprocal:
        pairs = [(m, a) for m in speakers for a in m.actors]
        for sm, sa in pairs:
            for tm, ta in pairs:
                if sa.id != ta.id:
                    yield make(sm, sa, [(tm, ta)], f"{cue.kind}:{s_how}>reciprocal", base_conf - 0.05, ("reciprocal",))
        return
    # "called on the world to block Putin's cash": the addressee is written, and it is no actor
    addressed = cue.kind != "noun" and type_ in ("APPEAL", "DEMAND") and _addressee_named(cue, verb)
    for sm in speakers:
        for sa in sm.actors:
            own = _own_side(sa, day, ctx)
            represented = _ref(sm, sa, day, ctx).state
            if sa.kind is not ActorKind.GROUP and represented is not None:
                own |= {represented.id}  # "Israeli Prime Minister Benjamin Netanyahu": his side is Israel
            tgt = [(m, a) for m in targets for a in m.actors if a.id not in own and not (own & _own_side(a, day, ctx))]
            rule = f"{cue.kind}:{s_how}>{t_how or 'none'}"
            conf = base_conf
            if not tgt and not addressed:
                fb = _fallback_targets(sent, cue, cond, ctx, own | {a.id for m in speakers for a in m.actors}, sm)
                if type_ in SELF_TARGETING:  # "drills near Taiwan": only a place may name the other side
                    fb = [m for m in fb if m.locative]
                tgt = [(m, a) for m in fb for a in m.actors if a.id not in own and not (own & _own_side(a, day, ctx))]
                if tgt:
                    rule += "+nearest"
                    conf -= 0.25
            if not tgt:
                if cue.kind == "noun" and type_ in ("CONSULT", "COOPERATE"):
                    continue  # "the G20 summit", "cooperation was discussed": no participants, no event
                home = _domestic_target(sm, sa, type_, cue, day, ctx)
                if home is not None:
                    yield make(sm, sa, [(None, home)], f"{rule}+domestic", conf - 0.15, ("domestic",))
                    continue
                yield make(sm, sa, [], rule, conf - 0.1)
            for tm, ta in tgt:
                yield make(sm, sa, [(tm, ta)], rule, conf - (0.1 if not ta.registered else 0))
