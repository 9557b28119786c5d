"""What a clause says about one act (pure): its governing cue, content, negation, modality, status and date."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from spacy.tokens import Doc, Span as SpacySpan, Token

from stancegraph.kb.codebook import types_with
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Status
from stancegraph.read.dates import resolve_when
from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.doc_index import children_of, doc_index, ents as doc_ents, text_of
from stancegraph.rules.eventtype import violence_type
from stancegraph.rules.fronted import fronted_clause
from stancegraph.rules.mention_index import MentionIndex
from stancegraph.rules.participles import means_of
from stancegraph.rules.syntax import is_condition, reported_by_verb

__all__ = ["undone_complement", "refrained", "is_purpose_clause", "governing_cue", "has_negation", "act_content", "modality_of", "status_of", "when_of",
           "epistemic_status", "in_denial_scope", "stronger_status", "date_entities"]


def is_purpose_clause(node: Token) -> bool:
    """An infinitive or participle clause of purpose or manner without a subject of its own: "to demand his
    resignation", "demanding his resignation"."""
    return node.dep_ in ("advcl", "xcomp") and node.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(node))



def governing_cue(tok: Token, cue_heads: dict[int, Cue]) -> Cue | None:
    """A cue whose complement contains ``tok``: 'demanded that Washington guarantee' governs 'guarantee'.

    The climb stops at clause boundaries that start an independent event (advcl, conj, parataxis).
    """
    node = tok
    if is_purpose_clause(node) and node.head.i in cue_heads and (
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


def has_negation(head: Token) -> bool:
    """``head`` has a negation of its own: "did not agree", "no commitments".

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Russia", "did", "not", "agree"], heads=[3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT"])
    >>> has_negation(doc[3]), has_negation(doc[0])
    (True, False)
    """
    # "we do not merely support the criteria (but also ...)", "this is not only a war": "not merely", "not just",
    # "not only" assert the act, whichever word the parser hangs "only" on
    return any((c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.nbor().lower_ in lexicon().words("not_only_words")))
               or (c.dep_ == "det" and c.lower_ == "no")
               for c in children_of(head))


def undone_complement(verb: Token) -> bool:
    """``verb`` heads the complement of a verb that says it did not happen: "failed to reach agreement", "has not
    (yet) seen the Russians withdraw" (a negated verb of perceiving).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["we", "have", "not", "seen", "them", "withdraw"], heads=[3, 3, 3, 3, 5, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "nsubj", "ccomp"], lemmas=["we", "have", "not", "see", "they", "withdraw"])
    >>> undone_complement(doc[5]), undone_complement(doc[3])
    (True, False)
    """
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "I don't see that they will take our version or we will accept theirs": both unseen
    if refrained(verb):
        return True
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
        return False
    lemma = verb.head.lemma_.lower()
    if verb.dep_ == "xcomp" and lemma in lexicon().words("failing_verbs"):
        return True
    return lemma in lexicon().words("perceiving_verbs") and has_negation(verb.head)


def refrained(act: Token) -> bool:
    """``act`` is what a verb of refraining keeps from (``refraining_verbs``): the gerund or noun of its "from"
    phrase ("to have the Alliance refrain from deploying assault weapon systems", "refrain from violence"), or the act of
    a "without" phrase ("declare their sovereignty without seeking permission from Ukraine's central government").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "refrain", "from", "deploying", "missiles"], heads=[1, 1, 1, 2, 3],
    ...           deps=["nsubj", "ROOT", "prep", "pcomp", "dobj"], lemmas=["NATO", "refrain", "from", "deploy", "missile"])
    >>> refrained(doc[3]), refrained(doc[1])
    (True, False)
    """
    return act.dep_ in ("pcomp", "pobj") and act.head.dep_ == "prep" and (act.head.lower_ == "without" or (  # ("without seeking
        act.head.lower_ == "from" and act.head.head.lemma_.lower() in lexicon().words("refraining_verbs")))  # permission": none)


def act_content(cue: Cue, verb: Token, index: MentionIndex | None = None) -> Token | None:
    """What the act is about: its complement clause, else its object or an issue preposition —
    not an object that is itself an actor ("warned Moscow of measures" is about the measures)."""
    head = cue.noun or verb
    for c in children_of(head):
        if c.dep_ in ("ccomp", "xcomp") and not fronted_clause(c, cue.type):  # not "we cannot rest - Russia attacked"
            return c
    for c in children_of(head):
        if c.dep_ == "dobj" and not (index is not None and index.of_phrase(c)):
            return c
        if c.dep_ == "prep" and c.lower_ in lexicon().issue_preps and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
            if not (index is not None and all(index.of_phrase(p) for p in children_of(c) if p.dep_ == "pobj")):
                return c
    return None


def _semimodal(verb: Token) -> str | None:
    """The modality of an infinitive under a verb of obligation (``obligation_verbs``) in the present or the future:
    "we will have to block all export-import operations with Russia" is owed, as under "must" (a modal of its own
    wins: "would have to"); not the past "Russia had to withdraw its troops", which says it did, nor "have" with an
    object of its own ("the less opportunity the Russian military will have to kill our people")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in lexicon().words("obligation_verbs") or head.tag_ not in (
            "VB", "VBP", "VBZ") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)) or any(
            c.dep_ == "dobj" for c in children_of(head)):
        return None
    own = [c.lemma_.lower() for c in children_of(head) if c.dep_ == "aux" and c.tag_ == "MD"]
    return own[0] if own and own[0] in lexicon().hypothetical_modals else "must"


def modality_of(verb: Token, content: Token | None) -> str | None:
    """The modal verb of the act ("would order"), else of its content; "must" for "have to" (:func:`_semimodal`)."""
    for v in (verb, content):
        if v is None:
            continue
        for c in children_of(v):
            if c.dep_ == "aux" and c.tag_ == "MD":
                return c.lemma_.lower()
        if (semi := _semimodal(v)) is not None:
            return semi
        shared = v.head if v.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in children_of(v)) else means_of(v)
        for c in children_of(shared) if shared is not None else ():  # "would order a ceasefire and begin negotiations":
            if c.dep_ == "aux" and c.tag_ == "MD":  # both are would; "must expedite ... by supplying the Navy": owed
                return c.lemma_.lower()
    return None


def _under_modal(verb: Token) -> bool:
    """An infinitive controlled by a verb with a hypothetical modal: "can force Russia | to move ... | to end the
    war" (through "to" complements and purposes only: "we can say that Russia attacked" stays a fact). Not "would",
    in reported speech a future: "farmers said they would blockade Paris to demand an end to the reform" demand it."""
    node = verb
    while node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node)):
        node = node.head
        if any(c.dep_ == "aux" and c.lower_ in lexicon().hypothetical_modals - {"would"} for c in children_of(node)):
            return True
    return False


def _future(verb: Token) -> bool:
    """``verb`` has "will" or "shall", or shares it as a conjunct with none of its own: "I will call him and talk
    with him"."""
    def will(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in children_of(v))
    if will(verb):
        return True
    return verb.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in children_of(verb)) and (
        verb.head.pos_ in ("VERB", "AUX") and will(verb.head))


def _background(cue: Cue) -> bool:
    """A conflict noun in a time phrase of another noun: "war crimes during the Russian occupation will be
    considered" -- the occupation is the background of what will happen, not itself to come."""
    if cue.kind != "noun" or cue.type not in ("FIGHT", "ASSAULT", "COERCE"):
        return False
    prep = cue.head.head
    return (cue.head.dep_ == "pobj" and prep.lower_ in lexicon().words("background_preps")
            and prep.head.pos_ in ("NOUN", "PROPN"))


def status_of(cue: Cue, verb: Token, modality: str | None, sent: SpacySpan, governing: Cue | None) -> Status:
    """Asserted, reported, scheduled or hypothetical, from the words around the act."""
    head = cue.head if cue.kind == "noun" else verb
    kids = list(children_of(head))  # (read three times below: made once)
    words = {c.lower_ for c in kids} | {c.lemma_.lower() for c in kids if c.dep_ in ("amod", "advmod")}
    if modality in lexicon().hypothetical_modals or _under_modal(verb):  # reported or not, "can force Russia to
        return Status.HYPOTHETICAL  # move to negotiations to end the war" did not happen, nor did the ending
    if _future(verb) and not _background(cue):
        return Status.SCHEDULED
    if words & lexicon().reported_markers or "according" in doc_index(sent.doc).lower[sent.start:sent.end]:
        return Status.REPORTED
    if {c.lemma_.lower() for c in kids if c.dep_ == "amod"} & lexicon().scheduling_words:
        return Status.SCHEDULED
    node, below = head, None
    for _ in range(8):  # "talks scheduled to begin", "plans to meet", "which are expected to begin"
        if (node.lemma_.lower() in lexicon().scheduling_words and node.i != head.i and node.pos_ in ("VERB", "ADJ")
                and below is not None and below.dep_ in ("xcomp", "ccomp", "acl")):
            return Status.SCHEDULED  # (not "set buildings on fire after police arrested him")
        for c in children_of(node):
            if c.dep_ == "relcl" and (c.lemma_.lower() in lexicon().scheduling_words or any(g.lemma_.lower() in lexicon().scheduling_words for g in children_of(c))):
                return Status.SCHEDULED
        if node.dep_ == "relcl":
            break  # "not prepared to counter the invasion by Germany, which attacked ... in 1941": the clause says it did
        node, below = node.head, node
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


def date_entities(sent: SpacySpan) -> list[SpacySpan]:
    """The DATE entities inside ``sent`` (new Spans), from the Doc's DATE entities found once per Doc
    (``sent.ents`` walks every entity of the document, once per act: quadratic on a long document).

    >>> import spacy
    >>> doc = spacy.blank("en")("Talks on Monday .")
    >>> doc.ents = [doc.char_span(9, 15, label="DATE")]
    >>> [e.text for e in date_entities(doc[:])]
    ['Monday']
    """
    doc = sent.doc
    runs = doc_index(doc).kept("date entities", lambda: _date_runs(doc))
    return [doc[i:j] for i, j in runs[bisect_left(runs, (sent.start,)):bisect_left(runs, (sent.end,))] if j <= sent.end]


def _date_runs(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of the Doc's DATE entities (the IOB runs ``doc.ents`` reads), once per Doc: each act's
    sentence was scanned anew, and the IOB column was made for this alone."""
    return [(e.start, e.end) for e in doc_ents(doc) if e.label_ == "DATE"]


def when_of(cue: Cue, verb: Token, sent: SpacySpan, ctx: Context) -> tuple[dt.date | None, str | None, str | None]:
    """Date, granularity and relative order of the act: a DATE expression attached to the cue's
    clause (or inside an event noun's phrase), else an adverb such as "previously"."""
    heads = {verb.i, cue.head.i} | ({cue.noun.i} if cue.noun is not None else set())
    ents = date_entities(sent)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in children_of(verb))
    if cue.kind == "noun":  # "meetings ... on January 12": the noun's own phrase first, then its container's
        for scope in (cue.head, cue.head.head.head if cue.head.dep_ == "pobj" else cue.head):
            for ent in ents:
                if scope.left_edge.i <= ent.start and ent.end <= scope.right_edge.i + 1 and not (
                        cue.head.left_edge.i > ent.start and scope.i != cue.head.i and ent.end <= cue.head.i):
                    when = resolve_when(text_of(ent), ctx.reference, future)
                    if when != (None, None, None):
                        return when
    for ent in ents:
        node = ent.root
        while node.i not in heads and node.head.i != node.i and node.pos_ not in ("VERB",):
            node = node.head
        if node.i in heads or (cue.kind == "noun" and cue.head.left_edge.i <= ent.start and ent.end <= cue.head.right_edge.i + 1):
            when = resolve_when(text_of(ent), ctx.reference, future)
            if when != (None, None, None):
                return when
    for head in (verb, cue.head):
        for c in children_of(head):
            if c.dep_ == "advmod" and c.lower_ in lexicon().relative_adverbs:
                return resolve_when(c.lower_, ctx.reference)
    return None, None, None


_STATUS_RANK = {Status.ASSERTED: 0, Status.REPORTED: 1, Status.SCHEDULED: 2, Status.HYPOTHETICAL: 3, Status.DENIED: 4}
_COMPLEMENTS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr", "oprd", "nsubjpass", "advmod")


def stronger_status(a: Status, b: Status | None) -> Status:
    """The status that asserts less: an alleged act that is also planned is scheduled.

    >>> stronger_status(Status.REPORTED, Status.HYPOTHETICAL).value, stronger_status(Status.DENIED, None).value
    ('hypothetical', 'denied')
    """
    return a if b is None or _STATUS_RANK[a] >= _STATUS_RANK[b] else b


def _word_status(tok: Token) -> Status | None:
    if tok.pos_ not in ("VERB", "NOUN", "ADJ", "ADV", "AUX"):
        return None
    words = {tok.lemma_.lower(), tok.lower_}
    groups = lexicon().construction_words
    if words & set(groups["alleging_words"]):
        return Status.REPORTED
    if words & set(groups["unasserting_words"]):
        return Status.HYPOTHETICAL
    if words & set(groups["planning_words"]):
        return Status.SCHEDULED
    if words & groups["evidence_nouns"] and (any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(tok)) or (
            tok.dep_ == "dobj" and has_negation(tok.head))):
        return Status.HYPOTHETICAL  # "Ukraine sees no evidence of withdrawal of Russian troops": none is seen
    return None


def _predicted(parent: Token, clause: Token, head: Token) -> bool:
    """``clause`` says with "will" what someone else is to do, under a word of opinion (``opinion_verbs``): "I
    believe that the people of Portugal ... will support our state" foretells, it schedules nothing. The speaker's own
    plan stays scheduled ("I think we will hold talks", "... that they will take our version or we will accept
    theirs": the act ``head`` or a clause over it up to ``clause`` has "I"/"we" for subject), and a belief about
    what was done stays told ("believes that Russia attacked")."""
    if clause.dep_ != "ccomp" or parent.lemma_.lower() not in lexicon().words("opinion_verbs") or not _future(clause):
        return False
    node = head
    for _ in range(8):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in children_of(node)):
            return False
        if node.i in (clause.i, node.head.i):
            break
        node = node.head
    return True


def epistemic_status(head: Token) -> Status | None:
    """What the words over an act say of it: feared, wanted or imagined (hypothetical), alleged or suspected
    (reported), planned or prepared (scheduled); None when nothing does. Read from the act's own modifiers
    ("alleged attacks", "the allegedly imminent invasion") and the words it is the complement of ("fears
    of an invasion", "wants war", "is preparing to attack", "would like the Pope to help"), climbing
    through complements and coordinated acts, never into an independent clause.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["fears", "of", "an", "invasion"], heads=[0, 0, 3, 1],
    ...           deps=["ROOT", "prep", "det", "pobj"], pos=["NOUN", "ADP", "DET", "NOUN"],
    ...           lemmas=["fear", "of", "an", "invasion"])
    >>> epistemic_status(doc[3]).value, epistemic_status(doc[0])
    ('hypothetical', None)
    """
    found: Status | None = None
    for c in children_of(head):
        if c.dep_ == "det" and c.lower_ == "any" and head.pos_ == "NOUN" and not has_negation(head.head):
            return Status.HYPOTHETICAL  # "Any agreement between Ukraine and the Russian Federation ... is a postponed war"
        if c.dep_ in ("amod", "advmod", "npadvmod"):
            for t in (c, *(g for g in children_of(c) if g.dep_ == "advmod")):
                found = stronger_status(found, _word_status(t)) if found else _word_status(t)
    if found is not None:
        return found
    node = head
    for _ in range(6):
        parent = node.head
        if parent.i == node.i:
            return None
        if node.dep_ == "conj":  # "would like him to join ... and to help": the coordinated act's words
            node = parent
            continue
        if (node.dep_ not in _COMPLEMENTS and not is_purpose_clause(node)) or (
                node.dep_ == "prep" and node.lower_ in lexicon().words("circumstance_preps")):
            return None  # an independent clause ("..., while Russia attacked"), a circumstance ("during a call, invited")
        status = _word_status(parent) or (Status.HYPOTHETICAL if _predicted(parent, node, head) else None)
        if status is not None:
            return status
        if parent.lemma_.lower() in lexicon().reporting_verbs or parent.lemma_.lower() in (
                lexicon().construction_words["recounting_verbs"]):
            return None  # "I would like to recall that Zelenskyy proposed": what is told is told, not wished
        node = parent
    return None


def in_denial_scope(head: Token) -> bool:
    """The act is inside what a denial verb denies ("denied that its troops attacked and looted"), not
    beside it ("denied the claims and attacked the town", "denied it after the troops attacked").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Moscow", "denied", "it", "and", "attacked", "Kyiv"],
    ...           heads=[1, 1, 1, 1, 1, 4], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
    ...           pos=["PROPN", "VERB", "PRON", "CCONJ", "VERB", "PROPN"], lemmas=["Moscow", "deny", "it", "and", "attack", "Kyiv"])
    >>> in_denial_scope(doc[4])
    False
    """
    node = head
    while node.head.i != node.i:
        parent = node.head
        if parent.lemma_.lower() in lexicon().denial_verbs:
            return node.dep_ in ("ccomp", "xcomp", "dobj", "pcomp", "prep")
        if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "pcomp"):
            return False
        node = parent
    return False

