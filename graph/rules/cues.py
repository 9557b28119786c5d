"""Event triggers in a sentence: cue verbs, phrasal verbs, light-verb constructions and event nouns (pure).

What a noun means is in :mod:`stancegraph.rules.event_nouns`, judging verbs in :mod:`stancegraph.rules.judgements`."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan, Token

from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.rules.acknowledged import acknowledges_a_fact
from stancegraph.rules.cue_words import noun_candidates, verb_candidates
from stancegraph.rules.named_documents import in_document_title, named_document
from stancegraph.rules.completed_cues import completes_verb_cue
from stancegraph.rules.obligations import is_reported_obligation
from stancegraph.rules.orders import ordered_party, stative_commitment, sworn_threat
from stancegraph.rules.armed_resistance import armed_resistance
from stancegraph.rules.easing import light_type
from stancegraph.rules.economic_flows import economic_flow
from stancegraph.rules.event_nouns import event_noun, is_place, mistagged_noun, noun_key, noun_type, quantified
from stancegraph.rules.judgements import negative_verdict, stated_stance, verdict
from stancegraph.rules.sent_texts import sends_text
from stancegraph.rules.syntax import is_passive
from stancegraph.rules.predicates import adjectival_participle, conflict_purpose, offer_type, predicate_type
from stancegraph.rules.verb_forms import verb_lemma
from stancegraph.rules.topics import raised_topic
from stancegraph.rules.verb_patterns import bare_pattern, pattern_match
from stancegraph.rules.warnings import threat_type
from stancegraph.rules.civic_mobilization import civic_mobilization, helping_verb
from stancegraph.rules.doc_index import DocIndex, children_of, doc_index

__all__ = ["Cue", "find_cues", "verb_cue", "verb_lemma"]


@dataclass(frozen=True, slots=True)
class Cue:
    """An event trigger: ``head`` is the verb or noun that governs the arguments.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "demanded", "talks", "with", "NATO", "."], heads=[1, 1, 1, 2, 3, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    >>> cue = Cue(doc[1], (doc[1],), "DEMAND", "verb")
    >>> cue.head, cue.type, cue.kind, cue.noun
    (demanded, 'DEMAND', 'verb', None)
    """
    head: Token
    words: tuple[Token, ...]  # the cue's own tokens, for the cue span
    type: str
    kind: str  # "verb", "phrasal", "light", "noun"
    noun: Token | None = None  # the event noun of a light-verb construction
    undergone: bool = field(default=False, repr=False)  # the subject undergoes the act ("received tanks from")


@functools.lru_cache(maxsize=4)
def _deployable(lex: Lexicon) -> frozenset[str]:
    return lex.force_nouns | lex.deployable_nouns


def _policy(verb: Token, obj: Token | None) -> bool:
    """The verb's object (or passive subject) is a policy: "paused the plan", "the bill was withdrawn"."""
    target = obj if obj is not None else next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return target is not None and target.lemma_.lower() in lexicon().policy_nouns


def _captive(verb: Token, obj: Token | None) -> bool:
    """Who is released is a captive or a person: "released six detainees", "Zaghari-Ratcliffe was freed"."""
    if obj is None:
        obj = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if obj is None:
        return False
    obj = quantified(obj)
    return obj.lemma_.lower() in lexicon().captive_nouns | lexicon().construction_words["released_person_nouns"] or obj.ent_type_ == "PERSON"


def _is_missile(obj: Token) -> bool:
    return obj.lemma_.lower() in lexicon().missile_nouns or obj.lower_ in lexicon().missile_nouns


def _into_the_sea(verb: Token, obj: Token) -> bool:
    """"fired two missiles into the sea off its east coast", "launched a rocket into waters"."""
    for head in (verb, obj):
        for prep in children_of(head):
            if prep.dep_ == "prep" and prep.lower_ in ("into", "toward", "towards", "off") and any(
                    p.lemma_.lower() in lexicon().sea_words for p in prep.subtree):
                return True
    return False


def _between(verb: Token) -> bool:
    """A "between" phrase in the verb's object: "hosted talks between Lavrov and Kuleba"."""
    return any(t.dep_ == "prep" and t.lower_ == "between" for t in verb.subtree if t.i != verb.i)


def _adverbial(prep: Token) -> bool:
    """A preposition of time or before its verb, no particle: "called Xi on Tuesday", "On the other hand, I agree"."""
    return prep.i < prep.head.i or any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in children_of(prep))


def _phoned(verb: Token) -> bool:
    """"called Erdogan", "called Chinese President Xi Jinping" (the parser's object predicate of a
    naming "call" is then the person), not "called the vote illegal" or "called him a liar"."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "oprd")]
    if not objects or any(c.dep_ in ("xcomp", "ccomp", "acomp") for c in children_of(verb)):
        return False
    if len(objects) == 1:
        return _is_visitor(objects[0])
    return all(o.ent_type_ == "PERSON" or o.lemma_.lower() in lexicon().title_nouns for o in objects)


def _is_visitor(obj: Token) -> bool:
    """An object that is a person or a delegation: "received the Iranian foreign minister"."""
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lexicon().title_nouns or obj.lemma_.lower() in lexicon().construction_words["visitor_nouns"]


def find_cues(sent: SpacySpan) -> list[Cue]:
    """Event triggers of one sentence (a verb that a rule below needs besides the lexicon's cue verbs belongs in
    lexicon.RULE_VERBS, so the prefilter keeps its sentences), in text order (light-verb objects are not counted twice).

    Examples
    --------
    "Russia demanded talks with NATO.": a cue verb and an event noun.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "demanded", "talks", "with", "NATO", "."],
    ...           heads=[1, 1, 1, 2, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    ...           lemmas=["Russia", "demand", "talk", "with", "NATO", "."], ents=["B-GPE", "O", "O", "O", "B-ORG", "O"])
    >>> [(c.head.text, c.type, c.kind) for c in find_cues(doc[:])]
    [('demanded', 'DEMAND', 'verb'), ('talks', 'CONSULT', 'noun')]
    """
    cues: list[Cue] = []
    consumed: set[int] = set()
    index = doc_index(sent.doc)  # (its columns, read once: each Token attribute read looks its string up again)
    for tok in verb_candidates(sent):  # (the other tokens fail the first tests of both rules)
        cue = verb_cue(tok, index)
        predicate = predicate_type(tok, index) if cue is None else None
        if predicate is not None:  # "is concerned that", "ready to work with": the copula governs the subject
            cue = Cue(tok.head if index.dep[tok.i] == "acomp" else tok, (tok,), predicate, "verb")
        if cue is None and is_reported_obligation(tok):
            cue = Cue(tok, (tok,), "DEMAND", "obligation")  # "the forum concluded that the US must allocate"
        if cue is not None:
            cues.append(cue)
            if cue.kind == "light":
                consumed.add(cue.noun.i)
    ent_type, pos = index.ent_type, index.pos
    for tok in noun_candidates(sent):
        if tok.i in consumed or ent_type[tok.i] in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        if pos[tok.i] not in ("NOUN", "PROPN") and not mistagged_noun(tok, cues):
            continue
        type_ = noun_type(tok, index)
        if type_ and (named_document(tok) or in_document_title(tok) or completes_verb_cue(tok, type_, cues)):
            continue  # "the Minsk agreements", "a Treaty of ... Mutual Assistance": a text; "came to the aid of": the verb's
        if type_ and noun_key(tok) not in lexicon().light_only_nouns:
            words = tuple(t for t in tok.lefts if t.i >= tok.i - 2 and t.tag_ == "HYPH" or (t.i == tok.i - 2 and noun_key(tok) != tok.lemma_.lower())) + (tok,)
            cues.append(Cue(tok, tuple(sorted(words, key=lambda t: t.i)), type_, "noun"))
    return sorted(cues, key=lambda c: c.head.i)


def verb_cue(tok: Token, index: DocIndex | None = None) -> Cue | None:
    """The cue a verb (or a "U.S.-brokered" compound) triggers, if any: a light-verb construction, a rule's
    construction, or a cue verb of the lexicon. The first rule that matches decides. ``index``: the
    :class:`~stancegraph.rules.doc_index.DocIndex` of the Doc, when the caller holds it (find_cues).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "demanded", "talks", "with", "NATO", "."],
    ...           heads=[1, 1, 1, 2, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
    ...           lemmas=["Russia", "demand", "talk", "with", "NATO", "."], ents=["B-GPE", "O", "O", "O", "B-ORG", "O"])
    >>> verb_cue(doc[1])
    Cue(head=demanded, words=(demanded,), type='DEMAND', kind='verb', noun=None)
    >>> verb_cue(doc[2]) is None
    True

    A phrasal verb ("called on") and a light verb with an event noun ("held talks"):

    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "called", "on", "NATO", "and", "held", "talks"],
    ...           heads=[1, 1, 1, 2, 1, 1, 5], deps=["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj"],
    ...           pos=["PROPN", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "NOUN"],
    ...           lemmas=["Kyiv", "call", "on", "NATO", "and", "hold", "talk"])
    >>> [(c.type, c.kind, [w.text for w in c.words]) for c in (verb_cue(doc[1]), verb_cue(doc[5]))]
    [('APPEAL', 'phrasal', ['called', 'on']), ('CONSULT', 'light', ['held', 'talks'])]
    """
    index = doc_index(tok.doc) if index is None else index  # (its columns: each Token attribute read looks its string up again)
    i, dep, lower, lex = tok.i, index.dep, index.lower, lexicon()  # (one look-up of each for the many tests below)
    if "-" in index.text[i]:  # "a U.S.-brokered ceasefire"
        prefix, _, suffix = index.text[i].rpartition("-")
        if prefix and suffix.lower() in lex.mediated_participles and dep[i] in ("amod", "compound"):
            return Cue(tok, (tok,), "CONSULT", "mediation")
    if index.pos[i] != "VERB" or adjectival_participle(tok, index) or acknowledges_a_fact(tok, index):
        return None  # "it was striking how ...": an adjective
    lemma, children = verb_lemma(tok, index), index.children[i]  # (read below up to five times: made once)
    if index.tag[i] == "VBG" and dep[i] in ("nsubj", "csubj", "dobj", "pobj") and lemma in lex.verb_cues and any(
            dep[c.i] == "prep" and lower[c.i] in ("between", "with", "by", "of") for c in children):
        return Cue(tok, (tok,), lex.verb_cues[lemma], "noun")  # "Fighting between X and Y spread": a gerund noun
    phrasal = obj = None  # the first particle of a phrasal cue ("called on"), the first object (one walk of the children)
    for c in children:
        if obj is None and dep[c.i] in ("dobj", "attr"):
            obj = c
        elif phrasal is None and dep[c.i] in ("prt", "prep") and (lemma, lower[c.i]) in lex.phrasal_cues and not _adverbial(c):
            phrasal = c
    if obj is None and is_passive(tok, index):  # "sanctions were imposed on Iran by the United States"
        obj = next((c for c in children if dep[c.i] == "nsubjpass" and noun_type(c)), None)
    # "underscored their support for Ukraine": a verb of stressing carries the subject's own stance (rules.judgements)
    noun = event_noun(obj) if obj is not None and (lemma in lex.light_verbs or stated_stance(lemma, obj)) else None
    if noun is not None:
        return _light_verb_cue(tok, lemma, noun)
    if offer_type(tok, lemma, obj) is not None:
        return Cue(tok, (tok,), "AGREE", "verb")  # "offered to negotiate", "offered Russia a path to peace"
    for rules in (_saying_rule_cue, _acting_rule_cue):
        matched, cue = rules(tok, lemma, obj, phrasal)
        if matched:
            return cue
    # the lexicon's object rules ("banned imports") and constructions first; then a verb pattern over the bare verb ("eased sanctions")
    known = lemma in lex.verb_cues
    cue = _lexicon_verb_cue(tok, lemma, obj) if known else _late_rule_cue(tok, lemma, obj)
    if cue is not None and lemma in lex.words("objectless_cue_verbs") and (obj is not None or any(dep[c.i] == "ccomp" for c in children)):
        cue = None  # "demonstrate true leadership", "demonstrated that ...": showing, not a protest
    if cue is not None and (cue.type == "MOBILIZE" and civic_mobilization(tok) or cue.type == "AID" and helping_verb(tok)):
        return None  # "mobilized pressure groups to help support the Palestinians": no force, and the support is the act
    found = pattern_match(tok) if cue is None or (known and cue.type == lex.verb_cues[lemma]) else None
    if found is not None and (conflict_purpose(found.pattern.type, found.words) or raised_topic(found.pattern, found.words)):
        found = None  # "looking for ways to seize our land", "raised the issue of cooperation with Mongolia"
    if found is not None and (cue is None or found.pattern.type != cue.type):
        return Cue(tok, found.words, found.pattern.type, "verb", undergone=found.pattern.undergone)
    bare = bare_pattern(tok, lemma) if cue is None else None
    return cue if bare is None else Cue(tok, (tok,), bare.type, "verb")


def _light_verb_cue(tok: Token, lemma: str, noun: Token) -> Cue:
    """A light verb with an event noun object: "held talks", "severed ties", "lifted its veto"."""
    type_ = lexicon().light_verb_overrides.get((lemma, noun.lemma_.lower())) or noun_type(noun)
    if lemma in lexicon().ending_verbs:  # "severed ties", "suspended cooperation", "broke the truce"
        type_ = lexicon().ending_noun_types.get(type_, type_)
    if lemma in lexicon().construction_words["commitment_verbs"] and noun.lemma_.lower() == "commitment":
        type_ = "SUPPORT"
    if lemma in lexicon().accepting_verbs and type_ in ("APPEAL", "DEMAND"):
        # "accepted Russia's proposal": agreeing to it; "met their demands": yielding (CAMEO 08)
        type_ = "CONCEDE" if type_ == "DEMAND" else "AGREE"
    if lemma in lexicon().dropping_verbs and type_ in ("REJECT", "DISAPPROVE"):
        type_ = "CONCEDE"  # "dropped its opposition to the aid package", "lifted its veto" (CAMEO 08)
    else:  # "lifted sanctions on Venezuela" RETREAT, "lifted the curfew" CONCEDE, "restored diplomatic ties" SUPPORT
        type_ = light_type(lemma, noun, type_)
    return Cue(tok, (tok, noun), type_, "light", noun)


def _saying_rule_cue(tok: Token, lemma: str, obj: Token | None, phrasal: Token | None) -> tuple[bool, Cue | None]:
    """Constructions of mediation, phrasal verbs, wanting, judging, calling, sending and receiving:
    (True, cue or None) when one matches, (False, None) otherwise."""
    lex = lexicon()  # (one look-up for the many rules below: this runs for every candidate)
    if lemma in lex.mediation_verbs and (tok.dep_ in ("acl", "amod") or _between(tok)):
        return True, Cue(tok, (tok,), "CONSULT", "mediation")  # "a deal brokered by China", "hosted talks between"
    if stative_commitment(tok, lemma, phrasal) is False:
        return True, None  # "Russia is committed to its obligations": a standing position, no event
    if phrasal is not None:
        return True, Cue(tok, (tok, phrasal), lex.phrasal_cues[(lemma, phrasal.lower_)], "phrasal")
    if lemma in lex.want_verbs and obj is not None and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in (*children_of(tok), *children_of(obj))):
        return True, Cue(tok, (tok,), "DEMAND", "verb")  # "wants concrete guarantees from Moscow"
    if lemma in lex.judging_verbs and (judged := verdict(tok)) is not None:  # "called the visit an example": a name
        return True, Cue(tok, (tok,), "DISAPPROVE", "verb") if judged else None  # "saw it as an offensive move"
    if lemma in lex.reporting_verbs and negative_verdict(tok):
        return True, Cue(tok, (tok,), "DISAPPROVE", "verb")  # "said the sanctions would be a mistake"
    if lemma == "call" and _phoned(tok):
        return True, Cue(tok, (tok,), "CONSULT", "verb")  # "Biden called Erdogan": a phone call
    if lemma in lex.construction_words["deploying_verbs"] and obj is not None and (
            quantified(obj).lemma_.lower() in _deployable(lex) or quantified(obj).lower_ in _deployable(lex)) and not any(
            c.dep_ == "xcomp" for c in children_of(tok)):  # "ordered troops to withdraw": the withdrawal
        return True, Cue(tok, (tok,), "MOBILIZE", "verb")  # "ordered troops into two regions"
    if lemma in lex.construction_words["expelling_verbs"] and any(
            c.lemma_.lower() in lex.diplomat_nouns for c in children_of(tok) if c.dep_ in ("dobj", "dative")) and any(
            t.lemma_.lower() == "leave" and t.pos_ == "VERB" for t in tok.subtree):
        return True, Cue(tok, (tok,), "SANCTION", "verb")  # "ordered the French ambassador to leave"
    if sworn_threat(tok, lemma):
        return True, Cue(tok, (tok,), "THREATEN", "verb")  # "have sworn to fight until they gain control"
    if ordered_party(tok, lemma, obj) is not None:
        return True, Cue(tok, (tok,), "DEMAND", "verb")  # "ordered former president Carlos Menem to appear"
    if lemma in lex.construction_words["missile_firing_verbs"] and obj is not None and _is_missile(obj) and _into_the_sea(tok, obj):
        return True, Cue(tok, (tok,), "MOBILIZE", "verb")  # a missile fired into the sea: a show of force
    if lemma in lex.construction_words["strike_verbs"] and any(
            p.lemma_.lower() == "strike" and noun_type(p) == "PROTEST" for c in children_of(tok)
            for p in ([c] if c.dep_ == "dobj" else [g for g in children_of(c) if g.dep_ == "pobj"] if c.dep_ == "prep" else [])):
        return True, Cue(tok, (tok,), "PROTEST", "verb")  # "went on strike", "staged a general strike"
    if lemma == "add" and any(p.lemma_.lower() in lex.construction_words["blacklist_nouns"] and (
            p.lemma_.lower() != "list" or any(m.lower_ in lex.construction_words["blacklist_modifiers"]
                                               for m in p.lefts))
            for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "to" for p in children_of(c)):
        return True, Cue(tok, (tok,), "SANCTION", "verb")  # "added 36 Chinese companies to its export blacklist"
    if lemma in lex.construction_words["alleging_verbs"] and any(c.dep_ == "ccomp" for c in children_of(tok)):
        return True, Cue(tok, (tok,), "DISAPPROVE", "verb")  # "alleging that the CIA was behind the scheme"
    if lemma in lex.construction_words["asylum_verbs"] and obj is not None and obj.lemma_.lower() == "asylum":
        return True, Cue(tok, (tok, obj), "AID", "verb")  # "granted asylum to Assad" (CAMEO 075)
    if lemma in lex.construction_words["receiving_verbs"] and obj is not None and _is_visitor(obj):
        return True, Cue(tok, (tok,), "CONSULT", "verb")  # "received the Iranian foreign minister": a visit
    return False, None


def _acting_rule_cue(tok: Token, lemma: str, obj: Token | None, phrasal: Token | None) -> tuple[bool, Cue | None]:
    """Constructions of marching, opening, restricting, lifting, force, hostages, policies, alerts and signing:
    (True, cue or None) when one matches, (False, None) otherwise."""
    lex = lexicon()  # (one look-up for the many rules below: this runs for every candidate)
    if lemma == "march" and any(c.dep_ == "nsubj" and (quantified(c).lemma_.lower() in lex.marchers
                                                       or quantified(c).lower_ in lex.marchers) for c in children_of(tok)):
        return True, Cue(tok, (tok,), "PROTEST", "verb")  # "thousands of people marched" (troops marching: no)
    if lemma in lex.construction_words["reopening_verbs"] and obj is not None and obj.lemma_.lower() in lex.construction_words["reopened_nouns"]:
        return True, Cue(tok, (tok, obj), "COOPERATE", "verb")  # "reopened their shared border"
    if lemma in lex.construction_words["restricting_verbs"] and obj is not None and economic_flow(obj):
        return True, Cue(tok, (tok, obj), "SANCTION", "verb")  # "restrict exports of chips to China", "block cash flow"
    if lemma in lex.construction_words["lifting_verbs"] and obj is not None and noun_type(obj) == "SANCTION":
        return True, Cue(tok, (tok, obj), "RETREAT", "verb")  # "lifted sanctions on Venezuela" (CAMEO 085)
    if lemma == "apply" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.construction_words["joining_verbs"] for c in children_of(tok)):
        return True, Cue(tok, (tok,), "APPEAL", "verb")  # "applied to join NATO"
    if lemma in lex.construction_words["force_using_verbs"] and obj is not None and obj.lower_ in lex.force_means:
        return True, Cue(tok, (tok, obj), "COERCE", "verb")  # "used water cannon against demonstrators"
    if lemma in lex.construction_words["hostage_taking_verbs"] and obj is not None and quantified(obj).lemma_.lower() == "hostage":
        return True, Cue(tok, (tok,), "ASSAULT", "verb")  # hostage-taking is an abduction (CAMEO 181)
    if (lemma in lex.dropping_verbs or lemma in lex.construction_words["policy_pausing_verbs"]) and _policy(tok, obj):
        return True, Cue(tok, (tok,), "CONCEDE", "verb")  # "Netanyahu paused his government's judicial overhaul"
    if lemma in lex.construction_words["alert_verbs"] and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            p.lemma_.lower() == "alert" for p in children_of(c)) for c in children_of(tok)):
        return True, Cue(tok, (tok,), "MOBILIZE", "verb")  # "put the army on high alert" (CAMEO 152)
    if lemma == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be":
        return True, None  # "claiming that Russia is to blame": Russia is blamed, by whoever claims it
    if lemma == "sign" and obj is not None and any(w.lemma_.lower() in lex.domestic_documents or w.lower_ in lex.domestic_documents for w in obj.subtree if w.i <= obj.i) \
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(tok)):  # (and "signed Decree № 344/2022")
        return True, None  # "signed Executive Order ...", "signed the bill into law": no agreement with anyone
    if lemma in lex.words("intransitive_cues") and (obj is not None or any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in children_of(tok))):
        return True, None  # "the Ukrainian people demonstrate to the world community their unity": they show it
    if lemma == "confer" and obj is not None and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in children_of(tok)):
        return True, None  # "conferring the honorary name Guards on the brigade" bestows; "conferred with" consults
    return False, None


def _lexicon_verb_cue(tok: Token, lemma: str, obj: Token | None) -> Cue:
    """A cue verb of the lexicon, its type refined by its object: "killed soldiers" is FIGHT, "banned imports" SANCTION."""
    type_ = lexicon().verb_cues[lemma]
    if type_ == "ASSAULT" and obj is not None and quantified(obj).lower_ in lexicon().combatant_nouns or (
            type_ == "REJECT" and armed_resistance(tok, lemma, obj)):  # "our army has been opposing the forces of Russia"
        type_ = "FIGHT"  # "killed dozens of soldiers": combat, not violence against civilians
    if type_ == "FIGHT" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            noun_type(p) == "SANCTION" for p in children_of(c)) for c in children_of(tok)):
        type_ = "SANCTION"  # "hit Russia with sanctions", "targeted banks with sanctions"
    if type_ == "THREATEN":  # "warned that Russia could invade": CAMEO 110, no threat; "vowed to help them": a pledge
        type_ = threat_type(tok, lemma)  # (rules.warnings)
    if type_ == "COERCE" and obj is not None and obj.lemma_.lower() in lexicon().trade_nouns:
        type_ = "SANCTION"  # "banned imports from Belarus"
    if lemma == "block" and (any(c.dep_ in ("dobj", "nsubjpass") and (is_place(
            tok.head if c.tag_ == "WDT" and tok.dep_ == "relcl" else c) or c.lemma_.lower() in lexicon().craft_nouns)
            for c in children_of(tok)) or (tok.dep_ == "relcl" and obj is None and is_place(tok.head))):
        type_ = "COERCE"  # "the city has been blocked by Russian troops", "blocked a Philippine boat"
    return Cue(tok, (tok,), type_, "verb")


def _late_rule_cue(tok: Token, lemma: str, obj: Token | None) -> Cue | None:
    """Constructions tried after the lexicon's cue verbs: leaving, releasing, recalling, sending."""
    lex = lexicon()  # (one look-up for the many rules below: this runs for every candidate)
    if lemma in lex.construction_words["leaving_verbs"] and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in lex.force_nouns or c.lower_ in lex.force_nouns) for c in children_of(tok)):
        return Cue(tok, (tok,), "RETREAT", "verb")  # "Russian troops must leave its territory"
    if lemma in lex.construction_words["releasing_verbs"] and _captive(tok, obj):
        return Cue(tok, (tok,), "RETREAT", "verb")  # "released six American detainees" (CAMEO 0841)
    if lemma == "recall" and obj is not None and obj.lemma_.lower() in lex.diplomat_nouns:
        return Cue(tok, (tok,), "SANCTION", "verb")  # "recalled its ambassador": relations reduced
    if lemma in lex.transfer_verbs and obj is not None and obj.lemma_.lower() not in lex.words("intangible_gifts") and not sends_text(
            tok, obj) and (any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("to", "for") for c in children_of(tok)) or any(
            t.dep_ == "prep" and t.lower_ in ("to", "for") for t in obj.subtree)):
        return Cue(tok, (tok,), "MOBILIZE" if obj.lemma_.lower() in lex.force_nouns or obj.lower_ in lex.force_nouns else "AID", "verb")
    return None
