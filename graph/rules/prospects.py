"""Prospects (pure): an act that a speaker advocates, prescribes or awaits, or that is still to come, is not asserted.

- Advocated: "spoke in favour of helping Ukraine", "insisted on holding direct talks", "calls for an embargo":
  the act is asked for (hypothetical).
- Prescribed or supposed by a relative clause: "a dialogue that must continue", "talks that could take place"
  (hypothetical), "talks that will take place" (scheduled).
- Pending in a time clause whose main clause is prescribed, possible or future: "must be taken into account when
  applying a new package of sanctions", "is possible after the authorities support Ukraine" (hypothetical; under
  "will" scheduled). Only a present, bare or -ing verb: "when Russia attacked" told what happened.
- Conditional: "in the event of a referendum they will not be recognised", "in case of an attack" (hypothetical;
  not "in the case of Ukraine", which says what it is about).
- Still to come: "on the eve of her participation in the meeting", "ahead of the talks" (scheduled), unless the
  sentence dates its scene ("on February 23, on the eve of the war": the war came).
- A preposition the parser hung on a verb after its object of wanting or readiness belongs to the object: "expressed
  their interest | in advancing cooperation" is an interest in it (hypothetical).
- A term of an agreement or a plan: "withdrawal of Russian troops ... are among the key aspects of a peace
  agreement" (hypothetical; see :mod:`stancegraph.rules.terms`).
- Not a prospect: an act whose end is to come goes on ("Russia's war will end": the war is asserted; see
  :func:`ended_act`).
- A bare verb the parser coordinated with a finite verb belongs to the infinitive beside it: "Palantir is ready to
  invest in Ukraine and help us" is ready to help.

The words are data (``advocating_words``, ``occurring_verbs``, ``pending_time_marks``, ``condition_nouns``,
``forthcoming_nouns`` in ``ontology/lexicon/prospects.toml``); the statuses keep the ontology's meaning.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.model import Status
from stancegraph.rules.goals import goal_status
from stancegraph.rules.qualifiers import epistemic_status, stronger_status
from stancegraph.rules.terms import stipulated
from stancegraph.rules.doc_index import children_of

__all__ = ["prospect_status", "ended_act"]

_COMPLEMENTS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj", "nsubjpass", "attr", "oprd")
_FUTURE = frozenset({"will", "shall", "'ll"})
_PENDING_TAGS = frozenset({"VB", "VBP", "VBZ", "VBG"})


def _advocated(parent: Token, node: Token) -> bool:
    """``parent`` asks for the act under its complement ``node``: "in favour | of helping", "insisted | on holding"."""
    words = lexicon().words("advocating_words")
    if node.dep_ == "prep":
        return f"{parent.lemma_.lower()} {node.lower_}" in words or f"{parent.lower_} {node.lower_}" in words
    return parent.pos_ == "VERB" and parent.lemma_.lower() in words and node.dep_ in ("dobj", "xcomp", "ccomp")


def _modals(verb: Token) -> set[str]:
    return {c.lower_ for c in children_of(verb) if c.dep_ == "aux" and c.tag_ == "MD"}


def _pending(node: Token) -> Status | None:
    """``node`` is a time clause of a main clause that is prescribed, possible or future."""
    if node.dep_ != "advcl" or node.tag_ not in _PENDING_TAGS or not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in lexicon().words("pending_time_marks") for c in children_of(node)):
        return None
    main = node.head
    modals = _modals(main)
    if modals & _FUTURE:
        return Status.SCHEDULED
    unsure = lexicon().words("necessity_words") | lexicon().words("unasserting_words")
    if modals or any(c.dep_ == "acomp" and c.lemma_.lower() in unsure for c in children_of(main)):
        return Status.HYPOTHETICAL
    return None


def _conditional(node: Token) -> bool:
    """``node`` has "in the event of ..." or "in case of ..." on it."""
    for prep in children_of(node):
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for noun in children_of(prep):
                if noun.dep_ == "pobj" and _condition_noun(noun):
                    return True
    return False


def _condition_noun(noun: Token) -> bool:
    """"event" or a bare "case" with an "of" phrase: "the event of a war", "case of an attack" (not "the case of")."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon().words("condition_nouns") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)) and (
        lemma == "event" or not any(c.dep_ == "det" for c in children_of(noun)))


def _forthcoming(parent: Token, node: Token) -> bool:
    """``parent`` is "eve", "run-up", "ahead" ... with the act under its "of"/"to" phrase, and the sentence
    gives no date of its own outside it."""
    if node.dep_ != "prep" or node.lower_ not in ("of", "to") or parent.lower_ not in lexicon().words("forthcoming_nouns"):
        return False
    inside = range(parent.left_edge.i, parent.right_edge.i + 1)
    return not any(t.ent_type_ == "DATE" and t.i not in inside for t in parent.sent)


def _relative_status(head: Token) -> Status | None:
    """A relative clause that says, with a modal, that the act goes on or takes place: "a dialogue that must
    continue", "talks that will be held"."""
    for c in children_of(head):
        if c.dep_ != "relcl" or c.lemma_.lower() not in lexicon().words("occurring_verbs") or not any(
                s.dep_ in ("nsubj", "nsubjpass") and s.tag_ in ("WDT", "WP") for s in children_of(c)):
            continue
        modals = _modals(c)
        if modals & _FUTURE:
            return Status.SCHEDULED
        if modals:
            return Status.HYPOTHETICAL
    return None


def _infinitive_partner(head: Token) -> Token | None:
    """The infinitive a bare verb belongs to when the parser hung it on a finite verb: "is ready to invest
    and help us" (help is no finite verb's partner)."""
    parent = head.head
    if head.dep_ != "conj" or head.tag_ != "VB" or parent.tag_ not in ("VBZ", "VBP", "VBD") or any(
            c.dep_ in ("aux", "nsubj", "nsubjpass") for c in children_of(head)):
        return None
    for c in children_of(parent):
        for x in (c, *children_of(c)):
            if x.dep_ == "xcomp" and x.i < head.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(x)):
                return x
    return None


def _object_wish(parent: Token, node: Token) -> Status | None:
    """The preposition ``node`` the parser hung on a verb right after its object of wanting, readiness, belief or
    claim belongs to that object (or to the last of its conjuncts): "expressed their interest | in advancing
    cooperation", "confirmed readiness | for talks", "brought their complexes and stereotypes | about the Russian
    threat to the Alliance" (a threat talked about, not made)."""
    if node.dep_ != "prep" or node.lower_ not in ("in", "for", "about", "of") or parent.pos_ != "VERB":
        return None
    for obj in children_of(parent):
        if obj.dep_ == "dobj" and obj.right_edge.i + 1 == node.i and obj.pos_ == "NOUN":
            lemmas = {n.lemma_.lower() for n in (obj, *obj.conjuncts) if n.pos_ == "NOUN"}
            if lemmas & lexicon().words("unasserting_words"):
                return Status.HYPOTHETICAL
            if lemmas & lexicon().words("alleging_words"):
                return Status.REPORTED
            if lemmas & lexicon().words("planning_words"):
                return Status.SCHEDULED
    return None


@functools.lru_cache(maxsize=4)
def _told(lex: Lexicon) -> frozenset[str]:
    """Verbs of saying and recounting: what they report is told (once per lexicon, not per act)."""
    return frozenset(lex.reporting_verbs) | lex.words("recounting_verbs")


def _climb(head: Token) -> Status | None:
    if head.pos_ in ("NOUN", "PROPN"):
        found = _relative_status(head)
        if found is not None:
            return found
    stops = _told(lexicon())
    node = head
    for _ in range(8):
        if _conditional(node):
            return Status.HYPOTHETICAL
        pending = _pending(node)
        if pending is not None:
            return pending
        parent = node.head
        if parent.i == node.i or node.dep_ not in _COMPLEMENTS or (
                node.dep_ == "prep" and node.lower_ in lexicon().words("circumstance_preps")):
            return None  # the root, an independent clause ("..., while Russia attacked"), a circumstance ("during")
        if _advocated(parent, node) or (node.dep_ == "prep" and _condition_noun(parent)):
            return Status.HYPOTHETICAL
        if _forthcoming(parent, node):
            return Status.SCHEDULED
        wish = _object_wish(parent, node)
        if wish is not None:
            return wish
        if parent.lemma_.lower() in stops:
            return None  # what is told is told: "he said that Russia attacked"
        node = parent
    return None


def prospect_status(head: Token) -> Status | None:
    """HYPOTHETICAL or SCHEDULED when the act headed by ``head`` is advocated, prescribed, pending or still to
    come; None when nothing says so.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["He", "insisted", "on", "holding", "talks"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3],
    ...           deps=["nsubj", "ROOT", "prep", "pcomp", "dobj"], pos=["PRON", "VERB", "ADP", "VERB", "NOUN"],
    ...           lemmas=["he", "insist", "on", "hold", "talk"])
    >>> prospect_status(doc[3]).value, prospect_status(doc[1])
    ('hypothetical', None)
    """
    if stipulated(head):
        return Status.HYPOTHETICAL  # "withdrawal of Russian troops ... are among the key aspects of a peace agreement"
    found = _climb(head)
    partner = _infinitive_partner(head)
    if partner is not None:  # "is ready to invest and help us": ready to help
        for status in (epistemic_status(partner), goal_status(partner), _climb(partner)):
            found = stronger_status(status, found) if status is not None else found
    return found


def ended_act(head: Token, verb: Token) -> bool:
    """The event noun ``head`` is the subject of a verb of ending (``stopping_verbs``): "the sooner Russia's war
    against Ukraine will end", "the aggression must stop". The act goes on; what is to come or owed is its end, so
    the verb's modal is no status of the act.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "war", "will", "end"], heads=[1, 3, 3, 3],
    ...           deps=["det", "nsubj", "aux", "ROOT"], pos=["DET", "NOUN", "AUX", "VERB"],
    ...           lemmas=["the", "war", "will", "end"])
    >>> ended_act(doc[1], doc[3]), ended_act(doc[3], doc[3])
    (True, False)
    """
    return (head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.head.i == verb.i and head.i != verb.i
            and verb.lemma_.lower() in lexicon().words("stopping_verbs"))
