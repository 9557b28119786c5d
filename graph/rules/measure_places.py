"""The place a measure is imposed, lifted, eased or suspended in, as the measure's target (pure, over the parse).

A curfew, blockade, state of emergency or aid delivery acts on the people and authority of the place it holds
in: "Israel reimposed blockades in the West Bank" (Israel against the Palestinians), "Serbia lifted a night
curfew in Montenegro", "eased emergency measures in Montenegro province", "the Red Cross suspended aid
deliveries in Baghdad" (against Iraq), as event data code them (PLOVER/CAMEO put the place as target when the
event names no other). Only a state, or a place in one, in the "in" phrase of the measure itself (or of its
verb, for a restriction) counts; a place whose sovereignty the sources contest (``[contested]`` in
ontology/sources/regions.toml: Crimea, Donbas) places no one; talks, missions and other acts done *in* a place
are not measures ("suspended talks in Geneva" is no act against Switzerland)."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.kb.places import contested
from stancegraph.model import ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of, doc_index

__all__ = ["measure_places", "MEASURE_TYPES"]

#: Event types of imposing, easing or suspending a measure: coercion (a blockade, a curfew), its easing and
#: the suspension of aid or relations.
MEASURE_TYPES = frozenset({"COERCE", "CONCEDE", "SANCTION", "RETREAT"})

# A measure noun's own type: a restriction ("blockade", "curfew", "embargo") or help withheld ("aid deliveries").
_MEASURE_NOUN_TYPES = frozenset({"COERCE", "SANCTION", "AID"})


def measure_places(cue: Cue, verb: Token, ctx: Context, exclude: frozenset[str] = frozenset()) -> list[ActorMention]:
    """The state (or the state of the place) a measure of ``cue`` is imposed, lifted or suspended in; empty
    when the cue is no measure or names no such place. ``exclude`` is the speaker's side.

    Examples
    --------
    >>> from stancegraph.rules.cues import Cue
    >>> from stancegraph.rules.toy import toy_context as context

    "Russia lifted a curfew in Ukraine": the curfew was Ukraine's to bear.

    >>> ctx = context(["Russia", "lifted", "a", "curfew", "in", "Ukraine"], [1, 1, 3, 1, 3, 4],
    ...               ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    ...               ["Russia", "lift", "a", "curfew", "in", "Ukraine"], ["B-GPE", "O", "O", "O", "O", "B-GPE"])
    >>> cue = Cue(ctx.doc[1], (ctx.doc[1], ctx.doc[3]), "CONCEDE", "light", ctx.doc[3])
    >>> [m.actors[0].id for m in measure_places(cue, ctx.doc[1], ctx)]
    ['UKR']

    Talks are no measure: "suspended talks in Turkey" is no act against Turkey.

    >>> ctx = context(["Russia", "suspended", "talks", "in", "Turkey"], [1, 1, 1, 2, 3],
    ...               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
    ...               ["Russia", "suspend", "talk", "in", "Turkey"], ["B-GPE", "O", "O", "O", "B-GPE"])
    >>> measure_places(Cue(ctx.doc[1], (ctx.doc[1], ctx.doc[2]), "SANCTION", "light", ctx.doc[2]), ctx.doc[1], ctx)
    []
    """
    if cue.type not in MEASURE_TYPES or cue.kind == "mediation":
        return []
    noun = {"light": cue.noun, "noun": cue.head}.get(cue.kind) or next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if noun is None or not _measure(noun):
        return []
    # the measure's own "in" phrase; the verb's for a restriction ("eased emergency measures on Wednesday in
    # Montenegro province"), not for sanctions decided somewhere ("adopted sanctions in Brussels")
    holders = [noun, verb] if noun.i != verb.i and cue.kind != "noun" and _restriction(noun) else [noun]
    for holder in holders:
        for prep in children_of(holder):
            # the place a blockade or siege closes is its "of" phrase ("eased the blockade of Gaza"); the "of"
            # phrase of sanctions is who imposed them ("the sanctions of the United States")
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "inside", "throughout", "across") and not (
                    prep.lower_ == "of" and holder.i == noun.i and noun_type(noun) == "COERCE"):
                continue
            found = [m for p in children_of(prep) if p.dep_ == "pobj" for m in _places_of(p, ctx)
                     if not ({a.id for a in m.actors} & exclude)]
            if found:
                return found[:1]
    return []


def _measure(noun: Token) -> bool:
    """``noun`` names a measure held in a place: a restriction, a blockade, sanctions, aid deliveries; not
    talks, missions or cooperation."""
    if _restriction(noun):
        return True
    return any(noun_type(t) in _MEASURE_NOUN_TYPES for t in [noun, *(c for c in children_of(noun) if c.dep_ == "compound")])


def _restriction(noun: Token) -> bool:
    """An administrative restriction: "curfew", "emergency measures", "martial law", "checkpoints"."""
    words = lexicon().construction_words["administrative_restriction_nouns"]
    return noun.lemma_.lower() in words or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in words for c in children_of(noun))


def _places_of(pobj: Token, ctx: Context) -> list[ActorMention]:
    """The state named by the place phrase ``pobj``: its own name or a compound of it ("Montenegro
    province", "the West Bank"), or the "of" phrase of a place noun ("the province of Kosovo"); a
    contested place names none."""
    tokens = {pobj.i} | {c.i for c in children_of(pobj) if c.dep_ in ("compound", "amod", "nmod")}
    if pobj.lemma_.lower() in lexicon().place_nouns:
        tokens |= {g.i for c in children_of(pobj) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"}
    doc = pobj.doc
    return [m for m in ctx.index.places + ctx.index.mentions if m.head in tokens and len(m.actors) == 1
            and m.actors[0].kind is ActorKind.STATE and m.actors[0].registered and m.how in ("name", "alias", "place", "metonym")
            and not contested(doc_index(doc).span_text(m.start, m.end))]
