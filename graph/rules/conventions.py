"""Participants by the conventions of event-data coding (pure, over the parse): mediators and the parties they
bring together ("talks brokered by Qatar"), and the state a domestic act is aimed at (protesters against
their state, police on their own people)."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.beneficiaries import fought_for
from stancegraph.rules.context import Context, actor_ref
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import quantified
from stancegraph.rules.participants import actors_of
from stancegraph.rules.syntax import clause_verb, subject_of
from stancegraph.rules.doc_index import children_of

__all__ = ["domestic_target", "mediation_participants"]


def domestic_target(m: ActorMention, actor: Actor, type_: str, cue: Cue, day: dt.date | None,
                     ctx: Context) -> Actor | None:
    """The state a domestic act is aimed at when no words name a target, as country-level coding does:
    protesters protest against their state ("thousands rallied in Minsk"), police and security forces
    coerce people of their own state ("riot police fired tear gas to clear the streets").

    Examples
    --------
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Russians", "protested"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"], ["Russians", "protest"], ["B-NORP", "O"])
    >>> m = ctx.index.mentions[0]
    >>> m.how, domestic_target(m, m.actors[0], "PROTEST", verb_cue(ctx.doc[1]), None, ctx).id
    ('demonym', 'RUS')
    """
    if type_ not in ("PROTEST", "COERCE", "CONCEDE") or cue.kind == "noun":
        return None
    objects = [quantified(c) for c in children_of(cue.head) if c.dep_ == "dobj"]
    if any(ctx.index.of_phrase(o) for o in objects):
        return None  # the object names someone the syntax could not place
    state = actor_ref(m, actor, day, ctx).state or (actor if actor.kind is ActorKind.STATE else None)
    if state is None or state.kind is not ActorKind.STATE:
        return None
    if type_ == "PROTEST":  # (not in occupied places: "unarmed Ukrainians protested everywhere in the occupied cities")
        return state if (actor.kind is ActorKind.GROUP or m.how == "demonym") and not _in_occupied(cue) else None
    if type_ == "CONCEDE":  # "paused his government's plan", "resigned": yielding to its own public
        return state if cue.head.lemma_.lower() == "resign" or any(w.lemma_.lower() in lexicon().construction_words["pausing_verbs"]
                                                                     for w in cue.words) or _policy_object(cue) else None
    if cue.noun is not None and cue.noun.lemma_.lower() in lexicon().construction_words["domestic_measure_nouns"]:
        return state  # "declared martial law", "imposed a curfew": on the state's own people
    if _abroad(cue, state, ctx) or any(c.dep_ == "prep" and fought_for(c) for c in children_of(cue.head)):
        return None  # "fighting international terrorists in Syria", "fighting for the Fatherland": not on its own people
    if _seized_thing(cue):
        return None  # "a Mi-26 helicopter that was captured by the Sudanese authorities": a thing, not its people
    subject = subject_of(cue.head)[0]
    enforcer = subject is not None and (subject.lemma_.lower() in lexicon().enforcer_nouns or subject.lower_ in lexicon().enforcer_nouns
                                        or subject.lemma_.lower() in lexicon().construction_words["force_subject_nouns"] and any(
                                            c.lower_ in lexicon().construction_words["force_modifiers"] for c in children_of(subject)))
    return state if enforcer else None


def _places(*heads: Token) -> list[Token]:
    """The objects of the "in"/"inside" phrases of ``heads``: where an act happens."""
    return [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ in ("in", "inside")
            for p in children_of(c) if p.dep_ == "pobj"]


def _in_occupied(cue: Cue) -> bool:
    """The act happens in places called occupied: a protest there is against the occupier, not the home state."""
    return any(a.dep_ == "amod" and a.lower_ == "occupied" for p in _places(cue.head) for a in children_of(p))


def _abroad(cue: Cue, state: Actor, ctx: Context) -> bool:
    """Whether the act is placed in another state ("fighting terrorists in Syria"; the place may go with the object)."""
    places = _places(cue.head, *(c for c in children_of(cue.head) if c.dep_ == "dobj"))
    return any(a.id != state.id and a.kind is ActorKind.STATE for p in places
               for m in ctx.index.of_phrase(p) for a in m.actors)


def _seized_thing(cue: Cue) -> bool:
    """The act's patient is an artifact (its object, its passive subject, or the noun its relative clause or
    participle describes): "seized a tanker", "a helicopter that was captured"."""
    verb = cue.head
    patients = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl") and not patients:
        patients = [verb.head]
    elif verb.dep_ in ("relcl", "acl") and all(p.tag_ == "WDT" for p in patients):
        patients = [verb.head]  # "that was captured": the relative pronoun stands for the noun
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(verb)):
        return False  # "confiscated weapons from Palestinian armed groups": taken from people
    artifacts = lexicon().words("artifact_nouns")
    return any(p.lemma_.lower() in artifacts or p.lower_ in artifacts for p in patients)


def _policy_object(cue: Cue) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon().construction_words["home_policy_nouns"]
               for c in children_of(cue.head))


def mediation_participants(cue: Cue, ctx: Context) -> tuple[list[ActorMention], str, list[ActorMention], str]:
    """Mediator and parties of a mediation (CAMEO 045, coded as CONSULT from the mediator to each party):
    "hosted talks between Lavrov and Kuleba", "a deal brokered by China" (the parties are the deal's:
    its clause's subject and its "with" partner), "a U.S.-brokered ceasefire with Hezbollah".

    Returns ``(mediators, how, parties, "mediated")``.

    Examples
    --------
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Turkey", "hosted", "talks", "between", "Russia", "and", "Ukraine"], [1, 1, 1, 2, 3, 4, 4],
    ...               ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
    ...               ["Turkey", "host", "talk", "between", "Russia", "and", "Ukraine"], ["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE"])
    >>> cue = verb_cue(ctx.doc[1])
    >>> mediators, how, parties, _ = mediation_participants(cue, ctx)
    >>> cue.kind, [m.actors[0].id for m in mediators], how, [m.actors[0].id for m in parties]
    ('mediation', ['TUR'], 'nsubj', ['RUS', 'UKR'])
    """
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
        between = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "between"]
    parties = actors_of([p for b in between for p in children_of(b) if p.dep_ == "pobj"], ctx)
    if not parties and noun is not None:
        parties = actors_of([p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "with"
                              for p in children_of(c) if p.dep_ == "pobj"], ctx)
        clause = clause_verb(noun)
        if clause.i != tok.i and clause.pos_ in ("VERB", "AUX"):
            subj, _ = subject_of(clause)
            parties = (ctx.index.of_phrase(subj) if subj is not None else []) + parties
    parties = [p for p in parties if p not in mediators]
    return mediators, how, parties, "mediated"
