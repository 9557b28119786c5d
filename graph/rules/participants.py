"""Who takes part in an event (pure, over the parse): speakers and targets of verbs, light verbs and event
nouns as the syntax names them. The other side guessed when the syntax names none is in
:mod:`stancegraph.rules.guessed_targets`; mediators and domestic acts (event-data coding conventions) in
:mod:`stancegraph.rules.conventions`."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.rules.addressees import addressed_object
from stancegraph.rules.asked_measures import asks_for_a_destination, asks_for_a_measure, requested_destination
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.asylum import asylum_granted
from stancegraph.rules.beneficiaries import fought_for
from stancegraph.rules.efforts import with_frame_children
from stancegraph.rules.content_targets import content_recipients
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.fronted import fronted_clause
from stancegraph.rules.judged_doers import aimed_at, held_stance, participle_agents, predicate_preps
from stancegraph.rules.measure_places import measure_places
from stancegraph.rules.owners import owner_targets, untargeted_preps
from stancegraph.rules.possessed import behind_possessive, unowned_within
from stancegraph.rules.threat_contents import threatened_partner
from stancegraph.rules.pairs import joined_pair
from stancegraph.rules.passive_voice import passive_patients
from stancegraph.rules.quantified import quantified_objects
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import ActorKind
from stancegraph.rules.participation import taking_part
from stancegraph.rules.syntax import condition_clause, subject_of
from stancegraph.rules.doc_index import children_of

__all__ = ["actors_of", "direct_targets", "noun_participants", "addressee_named", "each_other", "MATERIAL_CONFLICT"]


# untargeted_preps unites three sets at each call (here once per preposition): united once per lexicon
_untargeted = functools.lru_cache(maxsize=4)(untargeted_preps)


def actors_of(tokens: list[Token], ctx: Context) -> list[ActorMention]:
    """The actors of the noun phrases headed by ``tokens`` (:meth:`MentionIndex.of_phrase`), each once, in order.

    Examples
    --------
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
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
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Russia", "attacked", "Ukraine"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"],
    ...               ["Russia", "attack", "Ukraine"], ["B-GPE", "O", "B-GPE"])
    >>> targets, how = direct_targets(verb_cue(ctx.doc[1]), ctx.doc[1], ctx)
    >>> [m.actors[0].id for m in targets], how
    (['UKR'], 'dobj')
    """
    head = cue.noun if cue.kind == "light" else verb
    found: list[tuple[ActorMention, str]] = []
    # "promised the Soviet leadership that NATO ...": an addressee no actor stands for (rules.addressees)
    addressee = addressed_object(verb) if cue.kind == "verb" else None
    unnamed = addressee is not None and not ctx.index.of_phrase(addressee) and not ctx.index.within(addressee, max_depth=8) and (
        addressee.lemma_.lower() not in lexicon().title_nouns)  # "thank Mr President for ... the efforts of France": his
    patients = passive_patients(verb, cue.type)  # "the Boeing shot down by", "cities destroyed by": rules.passive_voice

    def add(ms, how):
        for m in ms:  # the speaker's own side is no target: "recalled its ambassador from Tehran"
            if all(m is not f for f, _ in found) and not ({a.id for a in m.actors} <= exclude):
                found.append((m, how))

    if cue.head.lemma_.lower() in lexicon().judging_verbs:  # "described the U.S. arms sale as a provocation"
        for c in children_of(verb):
            if c.dep_ == "dobj":
                add(ctx.index.of_phrase(c) or ctx.index.within(c, max_depth=2)[:1], "dobj-judged")
    for c, how in patients:  # a described place ("Mariupol, which was blocked by"), a state inside ("Ukrainian cities")
        add(ctx.index.of_phrase(c) or (([p for p in ctx.index.places if p.head == c.i] or ctx.index.within(c, max_depth=2)[:1])
                                       if how == "described-patient" else []), how)
    for c in (*children_of(verb), *predicate_preps(cue.words, verb)):  # and "is grateful | to Croatia" (rules.judged_doers)
        if c.dep_ in ("dobj", "dative", "iobj") and cue.kind != "light":
            heads = [p for p in children_of(c) if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c]  # dative "to X"
            agents = _judged_agents(cue, c, ctx)
            add(agents or actors_of(heads, ctx), "dobj-agent" if agents else c.dep_)
        elif c.dep_ == "prep" and not (cue.type in MATERIAL_CONFLICT and fought_for(c)) and (c.lower_ not in _untargeted(lexicon()) or (
                c.lower_ == "at" and cue.type in MATERIAL_CONFLICT | {"COERCE"}
                                                                            and verb.lemma_.lower() in lexicon().aiming_verbs)):
            add(actors_of([p for p in children_of(c) if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}")
        elif c.dep_ in ("ccomp", "xcomp") and not unnamed and not fronted_clause(c, cue.type):  # (rules.fronted)
            for s in children_of(c):
                if s.dep_ in ("nsubj", "nsubjpass"):
                    add(ctx.index.of_phrase(s), f"{c.dep_}-subj")
            if c.dep_ == "xcomp" and not found:  # "threatened to attack Ukraine", "applied to join NATO"
                for o in children_of(c):
                    if o.dep_ in ("dobj", "dative"):
                        add(ctx.index.of_phrase(o), "xcomp-obj")
    if cue.kind != "light":  # "kidnapped up to 16 Russian civilian advisers"
        add(actors_of(quantified_objects(verb), ctx), "dobj")
    if head.i != verb.i:
        for c in with_frame_children(head):  # "launched a mediation effort between A and B"
            if c.dep_ == "prep" and c.lower_ not in _untargeted(lexicon()):
                add(actors_of([p for p in children_of(c) if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}")
    if not found and verb.dep_ == "relcl" and cue.kind == "verb" and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)) and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("nsubj",) for c in children_of(verb)):
        # "the only regional capital Moscow had captured": the noun the clause describes is its object
        add(ctx.index.of_phrase(verb.head) or [p for p in ctx.index.places if p.head == verb.head.i], "relcl-object")
    if not found and cue.type == "AID":  # "granted asylum to ousted Syrian President Bashar al-Assad"
        add(asylum_granted(verb, ctx, exclude), "asylum")
    if not found and any(w.lemma_.lower() in lexicon().construction_words["mission_nouns"] for w in cue.words):
        # "Mexico opened an embassy in Kyiv": the host state is the other side
        add([p for p in ctx.index.places + ctx.index.mentions if verb.left_edge.i <= p.head <= verb.right_edge.i
             and p.locative and p.actors[0].kind is ActorKind.STATE and not ({a.id for a in p.actors} & exclude)][:1],
            "embassy-place")
    if not found and unnamed:  # but "thanked the Speaker for her visit": the reason's "her" is the addressee's
        add([m for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > verb.i  # not "For her part,"
             for m in ctx.index.within(c, max_depth=4)
             if m.how == "pronoun" and ctx.doc[m.head].dep_ == "poss" and ctx.doc[m.head].lower_ in ("his", "her")][:1], "prep-inside")
        return [m for m, _ in found], (found[0][1] if found else "")
    if not found and cue.type in ("APPEAL", "DEMAND") and addressee_named(cue, verb):
        return [], ""  # "called on the world to block Putin's cash": the world is addressed, not Putin
    if not found and any(_to_you(t) for t in {verb, head, *cue.words}):
        return [], ""  # "We are grateful to you that our cooperation allowed us to inoculate Hungarian citizens"
    if not found:  # "reimposed blockades in the West Bank": the place a measure holds in (rules.measure_places)
        add(measure_places(cue, verb, ctx, exclude), "measure-place")
    if not found:  # the owner of the thing acted on: "welcomed President Reagan's statement" (rules.owners)
        add(*owner_targets(cue, verb, ctx, exclude))
    if not found:  # actors inside the object: "reaffirmed its commitment to Ukraine's sovereignty"
        cond = condition_clause(verb)
        for c in children_of(head) if head.i != verb.i else (*children_of(verb), *predicate_preps(cue.words, verb)):
            # "a camp for Congolese refugees was attacked" as "attacked a camp for Congolese refugees"
            if (c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "attr") or any(c.i == p.i and how == "nsubjpass" for p, how in patients)) and (c.dep_ != "prep" or c.lower_ not in _untargeted(lexicon()) and not (cue.type in MATERIAL_CONFLICT and fought_for(c))) and not (
                    c.dep_ == "ccomp" and _quoted(c) and any(o.dep_ == "dobj" for o in children_of(c.head))):  # 'thanked the envoys: "This shows your solidarity with Ukraine"
                if not (found and c.dep_ in ("ccomp", "xcomp")):  # "appealed to foreign leaders ... to facilitate the
                    add(_inside(c, cue, head, cond, exclude, ctx), f"{c.dep_}-inside")  # release of Ukrainian citizens"
    if not found:  # "Russia's willingness to continue gas supplies to Italy" (rules.content_targets)
        add(content_recipients(head, ctx, exclude), "content-recipient")
    return [m for m, _ in found], (found[0][1] if found else "")


def _inside(c: Token, cue: Cue, head: Token, cond: Token | None, exclude: frozenset[str], ctx: Context) -> list[ActorMention]:
    """The actors inside the complement ``c`` of the act at ``head`` that take part in it (not in its condition
    ``cond``, not its owner's side, not whom a measure in it is aimed at)."""
    held = range(cond.left_edge.i, cond.right_edge.i + 1) if cond is not None else range(0)  # (read once, not per mention)
    inside = [m for m in ctx.index.within(c, max_depth=4) if m.head not in held]
    owners = {t.i for t in children_of(head) if t.dep_ == "poss"}  # (made once, not per mention)
    inside = [m for m in inside if m.head not in owners
              and not behind_possessive(ctx.doc[m.head], c, own_top=c.dep_ != "dobj") and not threatened_partner(cue.type, ctx.doc[m.head], c)]
    inside = [m for m in inside if not ({a.id for a in m.actors} & exclude) and not _other_side_owner(ctx.doc[m.head])
              and not (cue.type in _AIMED_AT_TYPES and aimed_at(ctx.doc[m.head], c))  # "welcomed the sanctions against Russia"
              and not (cue.type in ("APPEAL", "DEMAND") and requested_destination(ctx.doc[m.head], c))]  # "call for ... imports to Russia"
    # an unknown name that only qualifies a thing ("the Amazon rainforest") is no participant
    inside = [m for m in inside if all(a.registered for a in m.actors)
              or ctx.doc[m.head].dep_ not in ("compound", "amod", "poss", "nmod")]
    if cue.type in _MEASURE_TYPES:  # "backed European Union sanctions against Russia": whom the measure is aimed at
        inside.sort(key=lambda m: not aimed_at(ctx.doc[m.head], c))
    # "blows to the United States and Israel": the first and its known conjuncts (not "the Selenga and the Uldza")
    return inside[:1] + [m for m in inside[1:] if _conjunct_of(ctx.doc[m.head], ctx.doc[inside[0].head])
                         and all(a.registered for a in m.actors)]


def noun_participants(noun: Token, ctx: Context) -> tuple[list[ActorMention], str, list[ActorMention], str, bool]:
    """Speaker(s), target(s) and reciprocity of an event noun ('Biden's threat of ...', 'talks between A and B').

    Returns ``(speakers, how, targets, how, reciprocal)``.

    Examples
    --------
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.toy import toy_context as context
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
    for c in children_of(noun):
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
        if len({a.id for m in found for a in m.actors}) >= 2 and joined_pair(found, noun.doc):
            return found, "compound-pair", [], "", True
        if found:
            speakers, how = found[:1], "compound" if noun.doc[found[0].head].dep_ == "compound" else "amod"
    if not speakers:
        # "criticism by Turkey"; "condemnation from Washington", "aid from Japan" (not "withdrawal from Iraq")
        agent_preps = ("by", "from") if noun_type(noun) in _FROM_SPEAKER_TYPES else ("by",)
        if noun_type(noun) in ("RETREAT", "MOBILIZE"):
            agent_preps += ("of",)  # "the departure of the last U.S. troops", "a deployment of Russian forces"
        elif noun.lemma_.lower() in lexicon().words("helper_of_nouns") or held_stance(noun):
            agent_preps += ("of",)  # "the assistance of the Danish government", "the support of Estonia for Ukraine"
        elif noun.lemma_.lower() in lexicon().words("visit_nouns"):
            agent_preps += ("of",)  # "the visit of President Zelenskyy to Poland": the visitor, not the visited
        for c in children_of(noun):
            if c.dep_ == "prep" and c.lower_ in agent_preps:
                speakers, how = actors_of([p for p in children_of(c) if p.dep_ == "pobj"], ctx), f"prep-{c.lower_}"
                if how == "prep-of" and noun_type(noun) == "RETREAT":
                    # "the withdrawal of some forces from Panama": the place they leave is not who leaves
                    speakers = [m for m in speakers if not _left_place(noun.doc[m.head], c)]
                if speakers:
                    break
    targets: list[ActorMention] = []
    thow = ""
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ == "between":
            pair = actors_of([p for p in children_of(c) if p.dep_ == "pobj"], ctx)
            if len(pair) >= 2 and not speakers:
                return pair, "prep-between", [], "", True
        if c.dep_ == "prep" and c.lower_ not in _untargeted(lexicon()) and c.lower_ != "by" and how != f"prep-{c.lower_}":
            pobjs = [p for p in children_of(c) if p.dep_ == "pobj"]
            direct = actors_of(pobjs, ctx)
            if not direct:
                direct = [m for p in pobjs for m in unowned_within(ctx.index, p)[:1] if noun_type(noun) not in _JUDGING_TYPES or not aimed_at(ctx.doc[m.head], p)]
            for m in direct:
                if m not in targets and m not in speakers:
                    targets.append(m)
                    thow = thow or f"prep-{c.lower_}"
    if not targets and noun_type(noun) == "RETREAT":
        targets = [m for m in _left_places(noun, ctx) if m not in speakers]
        thow = "prep-from" if targets else thow
    if not targets:  # "the blockade of Mariupol by the Russian army": the place it closes (rules.measure_places)
        targets = measure_places(Cue(noun, (noun,), noun_type(noun) or "", "noun"), noun, ctx,
                                 frozenset(a.id for m in speakers for a in m.actors))
        thow = "measure-place" if targets else thow
    if not speakers:  # "Russia's announcement of drills", "Russia announced drills with Belarus"
        for c in children_of(noun):  # the tagger's "announcement ... drills/VBZ": the announcer acts
            if c.dep_ == "nsubj" and c.lemma_.lower() in lexicon().reporting_nouns:
                return noun_participants(c, ctx)[0], "reporting-noun", targets, thow, False
        up = noun.head
        if noun.dep_ == "pobj" and up.dep_ == "prep" and up.lower_ == "of" and (up.head.lemma_.lower() in lexicon().reporting_nouns):
            return noun_participants(up.head, ctx)[0], "reporting-noun", targets, thow, False
        words = lexicon().construction_words
        pacing = noun_type(noun) in ("RETREAT", "MOBILIZE") and up.lemma_.lower() in words["pacing_verbs"]
        if noun.dep_ == "dobj" and (up.lemma_.lower() in lexicon().reporting_verbs or up.lemma_.lower() in words["staging_verbs"] or pacing):
            subj, shw = subject_of(up)
            if subj is not None:
                speakers, how = ctx.index.of_phrase(subj), f"verb-{shw}"
        elif noun_type(noun) in ("CONSULT", "COOPERATE") and noun.dep_ == "pobj" and up.lower_ in lexicon().meeting_preps and (
                up.head.lemma_.lower() not in words["attendee_nouns"]):  # "greeted participants in the meeting": not one
            subj, shw = taking_part(up)
            if subj is not None:
                speakers, how = ctx.index.of_phrase(subj), f"clause-{shw}"
    return speakers, how, targets, thow, False


# Cues that judge an act: their target is who does the act they judge ("condemned the killing of civilians by
# Taliban fighters": the Taliban; "welcomed the withdrawal of Russian troops": Russia), not whom it is done to.
_JUDGING_TYPES = frozenset({"DISAPPROVE", "SUPPORT", "REJECT", "INVESTIGATE"})
# ... and a promise of a measure is no agreement with whom it is aimed at ("assured of support against Russian aggression")
_AIMED_AT_TYPES = _JUDGING_TYPES | {"AGREE"}
_MEASURE_TYPES = frozenset({"THREATEN", "SANCTION", "COERCE"})


def _other_side_owner(tok: Token) -> bool:
    """``tok`` owns a relation's other side: "the deputy chief of Israel's militia ally" is not Israel's."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in lexicon().words("other_side_nouns")


def _conjunct_of(tok: Token, first: Token) -> bool:
    """``tok`` is coordinated with ``first`` ("the United States and Israel")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


def _judged_agents(cue: Cue, obj: Token, ctx: Context) -> list[ActorMention]:
    """The actors of the event noun ``obj`` that ``cue`` judges, as :func:`noun_participants` finds them."""
    if cue.type not in _JUDGING_TYPES or obj.dep_ != "dobj" or noun_type(obj) is None:  # no act: "condemned the atrocities committed by Russian troops"
        return participle_agents(obj, ctx) if cue.type in _JUDGING_TYPES and obj.dep_ == "dobj" and not ctx.index.of_phrase(obj) else []
    speakers, _, _, _, reciprocal = noun_participants(obj, ctx)
    # an unknown name that only qualifies the act names no doer: "praised the Allied Resolve 2022 exercises"
    return [] if reciprocal else [m for m in speakers if all(a.registered for a in m.actors)
                                  or ctx.doc[m.head].dep_ not in ("compound", "amod", "nmod")]


def _quoted(clause: Token) -> bool:
    """A clause set off from its verb by a colon or an opening quotation mark: the speaker's own words, not
    the object of a verb whose object is written ("thanked the envoys: ...")."""
    verb = clause.head
    return any(t.text in (":", '"', "“", "``", "«") for t in clause.doc[min(verb.i, clause.left_edge.i) + 1:clause.left_edge.i + 1]
               if t.i > verb.i)


def _left_place(tok: Token, top: Token) -> bool:
    """``tok`` is inside a "from" phrase below ``top``: "(withdrawal of forces) from Panama"."""
    return any(a.dep_ == "prep" and a.lower_ == "from" and a.i != top.i and top.left_edge.i <= a.i <= top.right_edge.i
               for a in tok.ancestors)


def _left_places(noun: Token, ctx: Context) -> list[ActorMention]:
    """The places a withdrawal leaves, named inside its "of" phrase: "the withdrawal of forces from Panama"."""
    return actors_of([g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                      for q in children_of(p) if q.dep_ == "prep" and q.lower_ == "from" for g in children_of(q) if g.dep_ == "pobj"], ctx)


# Event nouns whose "from" phrase is the one who acts: "condemnation from Washington", "aid from Japan".
_FROM_SPEAKER_TYPES = frozenset({"DISAPPROVE", "APPEAL", "DEMAND", "SUPPORT", "THREATEN", "REJECT", "AGREE", "AID"})




MATERIAL_CONFLICT = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE"})




def _to_you(head: Token) -> bool:
    """The act is addressed to "you" ("grateful to you", "thank you", "I agree with you that ..."): the one spoken
    to is the target, not a name inside the reason or the clause that follows."""
    return any(c.dep_ == "dobj" and c.lower_ == "you" or c.dep_ == "prep" and c.lower_ in ("to", "with") and any(
        p.dep_ == "pobj" and p.lower_ == "you" for p in children_of(c)) for c in children_of(head))


def addressee_named(cue: Cue, verb: Token) -> bool:
    """An appeal or demand whose addressee is written as a noun ("called on the world", "urged countries"), or
    that asks for a measure against someone (:mod:`stancegraph.rules.asked_measures`).

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
    for c in children_of(verb):
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and any(x.dep_ == "xcomp" for x in children_of(verb)):
            return True
        if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and any(
                p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for p in children_of(c)):
            return True
    return asks_for_a_measure(verb) or asks_for_a_destination(verb)  # "calls for an embargo on Russia": Russia is not asked


def each_other(verb: Token) -> bool:
    """"accused each other", "agreed not to use force against one another", "threatened repercussions if the
    other side fell short".

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
        if t.lower_ == "other" and any(c.lower_ == "each" for c in children_of(t)) or (
                t.lower_ == "another" and any(c.lower_ == "one" for c in children_of(t))) or (
                t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")) or (
                t.lower_ == "other" and t.dep_ == "amod" and t.i > 0 and t.doc[t.i - 1].lower_ == "the"
                and t.head.lemma_.lower() in lexicon().words("other_party_nouns")):
            return True
    return False
