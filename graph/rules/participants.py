"""Who takes part in an event (pure, over the parse): speakers and targets of verbs, light verbs and event
nouns, the guessed other side when the syntax names none, mediators and their parties, and the state a
domestic act is aimed at."""
from __future__ import annotations

import datetime as dt
import functools

from spacy.tokens import Span as SpacySpan, Token

from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context, actor_ref
from stancegraph.rules.cues import Cue, noun_type, quantified
from stancegraph.rules.discourse import ADDRESSED_TYPES
from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.model import Actor, ActorKind
from stancegraph.rules.syntax import SUBJECTS, clause_verb, condition_clause, is_passive, subject_of

__all__ = ["actors_of", "direct_targets", "noun_participants", "fallback_targets", "mediation_participants",
           "addressee_named", "each_other", "domestic_target"]




@functools.lru_cache(maxsize=4)
def _target_preps_skip(lex: Lexicon) -> frozenset[str]:
    """Prepositions whose object is no target: places, times (not "on"), issues and comparisons."""
    return lex.locative_preps | (lex.time_preps - {"on"}) | lex.non_target_preps


def actors_of(tokens: list[Token], ctx: Context) -> list[ActorMention]:
    """The actors of the noun phrases headed by ``tokens`` (:meth:`MentionIndex.of_phrase`), each once, in order.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
    ...      Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")], [])
    >>> def context(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                    index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
    >>> ctx = context(["Turkey", "hosted", "talks", "between", "Russia", "and", "Ukraine"], [1, 1, 1, 2, 3, 4, 4],
    ...               ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
    ...               ["Turkey", "host", "talk", "between", "Russia", "and", "Ukraine"], ["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE"])
    >>> [m.actors[0].id for m in actors_of([ctx.doc[4], ctx.doc[0]], ctx)]
    ['RUS', 'UKR', 'TUR']
    """
    out: list[ActorMention] = []
    for t in tokens:
        for m in ctx.index.of_phrase(t):
            if m not in out:
                out.append(m)
    return out


def direct_targets(cue: Cue, verb: Token, ctx: Context, exclude: frozenset[str] = frozenset()) -> tuple[list[ActorMention], str]:
    """Objects, datives, participant prepositions and complement subjects of a verb cue; ``exclude``
    (the speaker's side) is skipped when looking inside an object ("recalled its ambassador to Spain").

    Returns the target mentions and how the first was found.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
    ...      Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")], [])
    >>> def context(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                    index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
    >>> ctx = context(["Russia", "attacked", "Ukraine"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"],
    ...               ["Russia", "attack", "Ukraine"], ["B-GPE", "O", "B-GPE"])
    >>> targets, how = direct_targets(verb_cue(ctx.doc[1]), ctx.doc[1], ctx)
    >>> [m.actors[0].id for m in targets], how
    (['UKR'], 'dobj')
    """
    head = cue.noun if cue.kind == "light" else verb
    found: list[tuple[ActorMention, str]] = []

    def add(ms, how):
        for m in ms:  # the speaker's own side is no target: "recalled its ambassador from Tehran"
            if all(m is not f for f, _ in found) and not ({a.id for a in m.actors} <= exclude):
                found.append((m, how))

    if cue.head.lemma_.lower() in lexicon().judging_verbs:  # "described the U.S. arms sale as a provocation"
        for c in verb.children:
            if c.dep_ == "dobj":
                add(ctx.index.of_phrase(c) or ctx.index.within(c, max_depth=2)[:1], "dobj-judged")
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") and cue.kind != "light":
            heads = [p for p in c.children if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c]  # dative "to X"
            add(actors_of(heads, ctx), c.dep_)
        elif c.dep_ == "nsubjpass":
            add(ctx.index.of_phrase(c), "nsubjpass")
        elif c.dep_ == "prep" and (c.lower_ not in _target_preps_skip(lexicon()) or (c.lower_ == "at" and cue.type in _MATERIAL_CONFLICT | {"COERCE"}
                                                                            and verb.lemma_.lower() in lexicon().aiming_verbs)):
            add(actors_of([p for p in c.children if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}")
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
            if c.dep_ == "prep" and c.lower_ not in _target_preps_skip(lexicon()):
                add(actors_of([p for p in c.children if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}")
    if not found and verb.dep_ == "relcl" and cue.kind == "verb" and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children) and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("nsubj",) for c in verb.children):
        # "the only regional capital Moscow had captured": the noun the clause describes is its object
        add(ctx.index.of_phrase(verb.head) or [p for p in ctx.index.places if p.head == verb.head.i], "relcl-object")
    if not found and cue.type == "AID" and any(c.dep_ == "dobj" and c.lemma_.lower() == "asylum" for c in verb.children):
        # "granted asylum to ousted Syrian President Bashar al-Assad": the first actor after the asylum
        after = [m for m in ctx.index.mentions if verb.i < m.head <= verb.right_edge.i and not m.locative
                 and m.how != "demonym" and not ({a.id for a in m.actors} & exclude)]
        add(sorted(after, key=lambda m: m.start)[:1], "asylum")
    if not found and any(w.lemma_.lower() in lexicon().construction_words["mission_nouns"] for w in cue.words):
        # "Mexico opened an embassy in Kyiv": the host state is the other side
        add([p for p in ctx.index.places + ctx.index.mentions if verb.left_edge.i <= p.head <= verb.right_edge.i
             and p.locative and p.actors[0].kind is ActorKind.STATE and not ({a.id for a in p.actors} & exclude)][:1],
            "embassy-place")
    if not found and cue.type in ("APPEAL", "DEMAND") and addressee_named(cue, verb):
        return [], ""  # "called on the world to block Putin's cash": the world is addressed, not Putin
    if not found:  # actors inside the object: "reaffirmed its commitment to Ukraine's sovereignty"
        cond = condition_clause(verb)
        for c in head.children if head.i != verb.i else verb.children:
            if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "attr") and (c.dep_ != "prep" or c.lower_ not in _target_preps_skip(lexicon())):
                inside = [m for m in ctx.index.within(c, max_depth=4) if cond is None or not (cond.left_edge.i <= m.head <= cond.right_edge.i)]
                inside = [m for m in inside if m.head not in {t.i for t in head.children if t.dep_ == "poss"}]
                inside = [m for m in inside if not ({a.id for a in m.actors} & exclude)]
                # an unknown name that only qualifies a thing ("the Amazon rainforest") is no participant
                inside = [m for m in inside if all(a.registered for a in m.actors)
                          or ctx.doc[m.head].dep_ not in ("compound", "amod", "poss", "nmod")]
                add(inside[:1], f"{c.dep_}-inside")
    return [m for m, _ in found], (found[0][1] if found else "")


def noun_participants(noun: Token, ctx: Context) -> tuple[list[ActorMention], str, list[ActorMention], str, bool]:
    """Speaker(s), target(s) and reciprocity of an event noun ('Biden's threat of ...', 'talks between A and B').

    Returns ``(speakers, how, targets, how, reciprocal)``.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
    ...      Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")], [])
    >>> def context(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                    index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
    >>> ctx = context(["Russia", "'s", "threats", "against", "Ukraine"], [2, 0, 2, 2, 3], ["poss", "case", "ROOT", "prep", "pobj"],
    ...               ["PROPN", "PART", "NOUN", "ADP", "PROPN"], ["Russia", "'s", "threat", "against", "Ukraine"],
    ...               ["B-GPE", "O", "O", "O", "B-GPE"])
    >>> speakers, how, targets, target_how, reciprocal = noun_participants(ctx.doc[2], ctx)
    >>> [m.actors[0].id for m in speakers], how, [m.actors[0].id for m in targets], target_how, reciprocal
    (['RUS'], 'poss', ['UKR'], 'prep-against', False)

    "talks between Russia and Ukraine" is reciprocal: both take part, no one is the target.

    >>> ctx = context(["Turkey", "hosted", "talks", "between", "Russia", "and", "Ukraine"], [1, 1, 1, 2, 3, 4, 4],
    ...               ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
    ...               ["Turkey", "host", "talk", "between", "Russia", "and", "Ukraine"], ["B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE"])
    >>> speakers, how, targets, _, reciprocal = noun_participants(ctx.doc[2], ctx)
    >>> [m.actors[0].id for m in speakers], how, targets, reciprocal
    (['RUS', 'UKR'], 'prep-between', [], True)
    """
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
                speakers, how = actors_of([p for p in c.children if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}"
                if speakers:
                    break
    targets: list[ActorMention] = []
    thow = ""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            pair = actors_of([p for p in c.children if p.dep_ == "pobj"], ctx)
            if len(pair) >= 2 and not speakers:
                return pair, "prep-between", [], "", True
        if c.dep_ == "prep" and c.lower_ not in _target_preps_skip(lexicon()) and c.lower_ != "by" and how != f"prep-{c.lower_}":
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            direct = actors_of(pobjs, ctx)
            if not direct:
                direct = [m for p in pobjs for m in ctx.index.within(p)[:1]]
            for m in direct:
                if m not in targets and m not in speakers:
                    targets.append(m)
                    thow = thow or f"prep-{c.lower_}"
    if not speakers:  # "Russia's announcement of drills", "Russia announced drills with Belarus"
        for c in noun.children:  # the tagger's "announcement ... drills/VBZ": the announcer acts
            if c.dep_ == "nsubj" and c.lemma_.lower() in lexicon().reporting_nouns:
                return noun_participants(c, ctx)[0], "reporting-noun", targets, thow, False
        up = noun.head
        if noun.dep_ == "pobj" and up.dep_ == "prep" and up.lower_ == "of" and (up.head.lemma_.lower() in lexicon().reporting_nouns):
            return noun_participants(up.head, ctx)[0], "reporting-noun", targets, thow, False
        if noun.dep_ == "dobj" and up.lemma_.lower() in lexicon().reporting_verbs | lexicon().construction_words["staging_verbs"]:
            subj, shw = subject_of(up)
            if subj is not None:
                speakers, how = ctx.index.of_phrase(subj), f"verb-{shw}"
        elif noun_type(noun) in ("CONSULT", "COOPERATE") and noun.dep_ == "pobj" and up.lower_ in lexicon().meeting_preps:
            # "X praised Y during talks with Z": X took part in the talks (the first verb above with a subject)
            for verb in (a for a in up.ancestors if a.pos_ in ("VERB", "AUX")):
                subj, shw = subject_of(verb)
                if subj is not None:
                    speakers, how = ctx.index.of_phrase(subj), f"clause-{shw}"
                    break
    return speakers, how, targets, thow, False


# Event nouns whose "from" phrase is the one who acts: "condemnation from Washington", "aid from Japan".
_FROM_SPEAKER_TYPES = frozenset({"DISAPPROVE", "APPEAL", "DEMAND", "SUPPORT", "THREATEN", "REJECT", "AGREE", "AID"})




_MATERIAL_CONFLICT = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE"})




def fallback_targets(sent: SpacySpan, cue: Cue, cond: Token | None, ctx: Context, exclude: set[str],
                      speaker_m: ActorMention | None = None) -> list[ActorMention]:
    """The other participant when the syntax names none, in order of reliability: the subject of a
    condition ("... threat of a heavy price if it attacks Ukraine"); an actor in the subject of the
    clause the cue's phrase completes ("progress on issues for Moscow has been met with U.S.
    opposition"); for violence, the state where it happens ("aggression in Ukraine"); else the
    nearest actor in the cue's own clause. Never the subject of a verb above the cue (the reporter
    in "..., South Korea's military said") and never inside the condition.

    Examples
    --------
    "Russia warned of consequences if Ukraine attacks": no object names a target; the condition's subject does.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
    ...      Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")], [])
    >>> def context(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                    index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
    >>> ctx = context(["Russia", "warned", "of", "consequences", "if", "Ukraine", "attacks"], [1, 1, 1, 2, 6, 6, 1],
    ...               ["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj", "advcl"], ["PROPN", "VERB", "ADP", "NOUN", "SCONJ", "PROPN", "VERB"],
    ...               ["Russia", "warn", "of", "consequence", "if", "Ukraine", "attack"], ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    >>> from stancegraph.rules.syntax import condition_clause
    >>> doc = ctx.doc
    >>> [m.actors[0].id for m in fallback_targets(doc[:], verb_cue(doc[1]), condition_clause(doc[1]), ctx, {"RUS"})]
    ['UKR']
    """
    # violence, withdrawals ("withdrew its troops from the Kherson region") and aid ("arrived in Turkey to
    # help") are placed by where they happen
    violent = cue.type in _MATERIAL_CONFLICT or cue.type in ("RETREAT", "AID")

    def ok(m: ActorMention, *, allow_locative: bool = False) -> bool:
        if {a.id for a in m.actors} & exclude or not all(a.registered for a in m.actors):
            return False  # a guessed participant must at least be a known actor
        if violent and any(a.kind in (ActorKind.PERSON, ActorKind.IGO, ActorKind.BLOC, ActorKind.ORGAN) for a in m.actors):
            return False  # a person or an organisation named nearby is no guessed target of force
        return not m.locative or (allow_locative and m.how in ("name", "alias") and m.actors[0].kind is ActorKind.STATE)

    if cond is not None:
        for s in cond.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                cands = [m for m in ctx.index.of_phrase(s) if ok(m)]
                if cands:
                    return cands[:1]
    drawn = _drawn_by(cue, ctx)
    if drawn:
        return [m for m in drawn if ok(m)][:1]
    ancestors = list(cue.head.ancestors)
    reporters = {c.i for a in ancestors if a.lemma_.lower() in lexicon().reporting_verbs
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
    if root.lemma_.lower() not in lexicon().reporting_verbs:
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
                 and m.head not in own_phrase and ok(m, allow_locative=violent) and not _of_other_event(m, cue, ctx)
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




def _drawn_by(cue: Cue, ctx: Context) -> list[ActorMention]:
    """The doer of the act that drew a reaction: "Myanmar's military declared a state of emergency,
    prompting condemnation from Washington" (Washington condemns Myanmar); the subject of the clause the
    participle hangs on."""
    noun = cue.noun or cue.head
    verb = noun.head
    while noun.dep_ == "conj" and verb.pos_ == "NOUN":  # "condemnation from X and calls from Y"
        noun, verb = verb, verb.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().drawing_verbs or verb.dep_ not in ("advcl", "conj"):
        return []
    act = verb.head
    subject = next((c for c in act.children if c.dep_ in SUBJECTS), None)
    while subject is None and act.dep_ == "conj" and act.head.i != act.i:
        act = act.head  # "detained X and declared ..., prompting"
        subject = next((c for c in act.children if c.dep_ in SUBJECTS), None)
    return ctx.index.of_phrase(subject) if subject is not None else []


# Acts aimed at the doer of the act they are about: "concern over attacks by Russia" is concern at Russia.
_ABOUT_ANOTHER_ACT = frozenset({"DISAPPROVE", "REJECT", "THREATEN", "DEMAND", "APPEAL", "SANCTION"})


def _of_other_event(m: ActorMention, cue: Cue, ctx: Context) -> bool:
    """The actor is the doer of another event noun of the sentence, and so no guessed participant of
    ``cue`` ("..., prompting condemnation from Washington": Washington condemns, it is no target of the
    emergency declared; "a meeting on repelling the aggression of the Russian Federation" is no meeting
    with Russia). Acts about another act keep its doer: "concern over attacks by Russia"."""
    if cue.type in _ABOUT_ANOTHER_ACT:
        return False
    tok = ctx.doc[m.head]
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by", "of"):
        noun = tok.head.head
        if tok.head.lower_ == "of" and noun_type(noun) not in _MATERIAL_CONFLICT:
            return False  # "the aggression of X" is X's; "the support of X" may be for X
        return noun.i != cue.head.i and noun.pos_ == "NOUN" and noun_type(noun) is not None and (
            cue.noun is None or noun.i != cue.noun.i)
    return False


def _issue_modifier(m: ActorMention, ctx: Context) -> bool:
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


def domestic_target(m: ActorMention, actor: Actor, type_: str, cue: Cue, day: dt.date | None,
                     ctx: Context) -> Actor | None:
    """The state a domestic act is aimed at when no words name a target, as country-level coding does:
    protesters protest against their state ("thousands rallied in Minsk"), police and security forces
    coerce people of their own state ("riot police fired tear gas to clear the streets").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
    ...      Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")], [])
    >>> def context(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                    index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
    >>> ctx = context(["Russians", "protested"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"], ["Russians", "protest"], ["B-NORP", "O"])
    >>> m = ctx.index.mentions[0]
    >>> m.how, domestic_target(m, m.actors[0], "PROTEST", verb_cue(ctx.doc[1]), None, ctx).id
    ('demonym', 'RUS')
    """
    if type_ not in ("PROTEST", "COERCE", "CONCEDE") or cue.kind == "noun":
        return None
    objects = [quantified(c) for c in cue.head.children if c.dep_ == "dobj"]
    if any(ctx.index.of_phrase(o) for o in objects):
        return None  # the object names someone the syntax could not place
    state = actor_ref(m, actor, day, ctx).state or (actor if actor.kind is ActorKind.STATE else None)
    if state is None or state.kind is not ActorKind.STATE:
        return None
    if type_ == "PROTEST":
        return state if actor.kind is ActorKind.GROUP or m.how == "demonym" else None
    if type_ == "CONCEDE":  # "paused his government's plan", "resigned": yielding to its own public
        return state if cue.head.lemma_.lower() == "resign" or any(w.lemma_.lower() in lexicon().construction_words["pausing_verbs"]
                                                                     for w in cue.words) or _policy_object(cue) else None
    if cue.noun is not None and cue.noun.lemma_.lower() in lexicon().construction_words["domestic_measure_nouns"]:
        return state  # "declared martial law", "imposed a curfew": on the state's own people
    subject = subject_of(cue.head)[0]
    enforcer = subject is not None and (subject.lemma_.lower() in lexicon().enforcer_nouns or subject.lower_ in lexicon().enforcer_nouns
                                        or subject.lemma_.lower() in lexicon().construction_words["force_subject_nouns"] and any(
                                            c.lower_ in lexicon().construction_words["force_modifiers"] for c in subject.children))
    return state if enforcer else None


def _policy_object(cue: Cue) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lexicon().construction_words["home_policy_nouns"]
               for c in cue.head.children)


def mediation_participants(cue: Cue, ctx: Context) -> tuple[list[ActorMention], str, list[ActorMention], str]:
    """Mediator and parties of a mediation (CAMEO 045, coded as CONSULT from the mediator to each party):
    "hosted talks between Lavrov and Kuleba", "a deal brokered by China" (the parties are the deal's:
    its clause's subject and its "with" partner), "a U.S.-brokered ceasefire with Hezbollah".

    Returns ``(mediators, how, parties, "mediated")``.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE),
    ...      Actor(id="TUR", label="Turkey", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Russians", "RUS", "demonym"), ("Ukraine", "UKR", "name"), ("Turkey", "TUR", "name")], [])
    >>> def context(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     return Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                    index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
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
        between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    parties = actors_of([p for b in between for p in b.children if p.dep_ == "pobj"], ctx)
    if not parties and noun is not None:
        parties = actors_of([p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                              for p in c.children if p.dep_ == "pobj"], ctx)
        clause = clause_verb(noun)
        if clause.i != tok.i and clause.pos_ in ("VERB", "AUX"):
            subj, _ = subject_of(clause)
            parties = (ctx.index.of_phrase(subj) if subj is not None else []) + parties
    parties = [p for p in parties if p not in mediators]
    return mediators, how, parties, "mediated"


def addressee_named(cue: Cue, verb: Token) -> bool:
    """An appeal or demand whose addressee is written as a noun ("called on the world", "urged countries").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import verb_cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "called", "on", "the", "world", "."], heads=[1, 1, 1, 4, 2, 1],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct"], pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    ...           lemmas=["Kyiv", "call", "on", "the", "world", "."])
    >>> cue = verb_cue(doc[1])
    >>> cue.type, addressee_named(cue, doc[1])
    ('APPEAL', True)
    """
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and any(x.dep_ == "xcomp" for x in verb.children):
            return True
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and any(
                p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in c.children):
            return True
    return False


def each_other(verb: Token) -> bool:
    """"accused each other", "agreed not to use force against one another".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "accused", "each", "other", "."], heads=[1, 1, 3, 1, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "punct"], lemmas=["they", "accuse", "each", "other", "."])
    >>> each_other(doc[1]), each_other(doc[0])
    (True, False)
    """
    for t in verb.subtree:
        if t.lower_ == "other" and any(c.lower_ == "each" for c in t.children) or (
                t.lower_ == "another" and any(c.lower_ == "one" for c in t.children)) or (
                t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")):
            return True
    return False
