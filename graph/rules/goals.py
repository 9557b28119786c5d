"""Goals, tasks, necessities and restricted conditions: the act inside one is wanted or possible, not done.

"The second stage is to make Russia withdraw troops", "our goal is to listen to our colleagues", "working
to ensure that the EU agrees on a sixth package", "it is necessary to recognise the LPR", "a ceasefire can
be established only when he meets Putin", "an opportunity for the military to kill Ukrainians", "there was an
attempt to agree with the Russian side", "We will continue to coordinate our steps to force the Russian
Federation to seek peace" (a purpose, :func:`purpose_status`): each names an act that has not happened (but "took
the opportunity to thank" did it). :func:`goal_status` reads
the words over an act (climbing through its complements, never into an independent clause) and says
hypothetical. The words are data (``goal_nouns``, ``striving_verbs``, ``necessity_words``,
``restricted_time_marks``, ``chance_nouns``, ``chance_taking_verbs`` in the ``construction_words`` of ``ontology/lexicon/constructions.toml``).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Status
from stancegraph.rules.doc_index import children_of

__all__ = ["attempted", "goal_status", "purpose_status"]

_COMPLEMENTS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "pcomp", "attr", "oprd", "conj", "nsubjpass")
_REPORTING = ("say", "tell", "state", "stress", "note", "add", "report", "announce", "recall")



def _restricted_condition(node: Token) -> bool:
    """``node`` is a time clause that "only" makes a condition: "only when he meets Putin"."""
    if node.dep_ != "advcl":
        return False
    marks = [c for c in children_of(node) if c.dep_ in ("mark", "advmod") and c.lower_ in lexicon().words("restricted_time_marks")]
    if not marks:
        return False
    mark = marks[0]
    before = node.doc[mark.i - 1] if mark.i > 0 else None
    return (before is not None and before.lower_ == "only") or any(
        c.dep_ == "advmod" and c.lower_ == "only" for c in (*children_of(node), *children_of(mark)))


def _goal_subject(verb: Token) -> bool:
    """``verb`` is "be" with a goal noun as its subject: "the second stage is", "our goal is"."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lexicon().words("goal_nouns") for c in children_of(verb))


def _necessity(word: Token) -> bool:
    """``word`` is a necessity word ("the importance of", "it is necessary")."""
    words = lexicon().words("necessity_words")
    return word.lemma_.lower() in words or word.lower_ in words


def _wanting(parent: Token, node: Token) -> bool:
    """``parent`` makes its complement ``node`` a goal or a necessity."""
    lemma = parent.lemma_.lower()
    if node.i < parent.i and node.dep_ in ("ccomp", "xcomp", "dobj"):
        return False  # a clause before its verb is no goal of it ("I agree with him: they are trying to ...")
    if parent.pos_ in ("VERB", "AUX") and lemma in lexicon().words("striving_verbs") and lemma != "be":
        # "ensure that the EU agrees", "ensure a ceasefire"; the others only over an infinitive ("seeks to join")
        # "measures aimed at forcing Russia to end the war", "worked towards a ceasefire": through a preposition too
        return node.dep_ in ("xcomp", "ccomp", "dobj") if lemma == "ensure" else node.dep_ == "xcomp" or (
            node.dep_ == "prep" and node.lower_ in lexicon().words("striving_preps"))
    if lemma in lexicon().words("necessity_words") or parent.lower_ in lexicon().words("necessity_words"):
        # "consider it necessary for Sirius to coordinate": the infinitive hung on it as an adverbial clause too
        return node.dep_ in ("xcomp", "ccomp", "acl", "prep") or (node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node)))
    if parent.pos_ == "NOUN" and lemma in lexicon().words("goal_nouns"):
        return node.dep_ in ("acl", "prep", "pcomp")  # "the task of ensuring", "the aim to restore"
    if parent.pos_ == "NOUN" and lemma in lexicon().words("chance_nouns"):
        # "an opportunity for the military to kill", "an attempt to agree", "a pretext for invading"
        # but "took the opportunity to thank", "had a chance to exchange views": taken, so done
        # ("we now have real opportunities to intensify cooperation": a chance one has is not yet taken)
        return node.dep_ in ("acl", "advcl", "prep", "pcomp") and not (
            parent.dep_ == "dobj" and parent.head.lemma_.lower() in lexicon().words("chance_taking_verbs")
            and not (parent.head.lemma_.lower() == "have" and parent.head.tag_ in ("VBP", "VBZ")))
    if node.dep_ in ("xcomp", "ccomp", "attr", "advcl") and _goal_subject(parent):
        return True
    # "it is necessary to recognise": the adjective is the attribute of "be", the act its clause
    return node.dep_ in ("xcomp", "ccomp") and parent.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in lexicon().words("necessity_words") for c in children_of(parent))


def goal_status(head: Token) -> Status | None:
    """HYPOTHETICAL when the act headed by ``head`` is a goal, a task, a necessity or under "only when"; else None.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["The", "second", "stage", "is", "to", "make", "Russia", "withdraw", "troops"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 5, 3, 7, 5, 7],
    ...           deps=["det", "amod", "nsubj", "ROOT", "aux", "xcomp", "nsubj", "ccomp", "dobj"],
    ...           pos=["DET", "ADJ", "NOUN", "AUX", "PART", "VERB", "PROPN", "VERB", "NOUN"],
    ...           lemmas=["the", "second", "stage", "be", "to", "make", "Russia", "withdraw", "troop"])
    >>> goal_status(doc[7]).value, goal_status(doc[3])
    ('hypothetical', None)
    """
    node = head
    through_verb = False  # an event noun above which a verb was passed: only a necessity makes it wanted
    for _ in range(7):
        if _restricted_condition(node):
            return Status.HYPOTHETICAL
        parent = node.head
        if parent.i == node.i:
            return None
        # "real opportunities to intensify cooperation": a chance, like a necessity, reaches the noun through its verb
        if _wanting(parent, node) and (not through_verb or _necessity(parent) or (
                parent.pos_ == "NOUN" and parent.lemma_.lower() in lexicon().words("chance_nouns"))):
            return Status.HYPOTHETICAL
        if node.dep_ not in _COMPLEMENTS:
            return None  # an independent clause: "..., while Russia attacked"
        if head.pos_ in ("NOUN", "PROPN") and parent.pos_ not in ("NOUN", "PROPN", "ADP"):
            # an event noun is wanted only as the goal's own object: not "trying to separate Russia's proposals";
            # but "the importance of adopting the sixth package of sanctions": what a necessity asks to bring about
            if through_verb or parent.dep_ not in ("pcomp", "xcomp", "acl"):
                return None
            through_verb = True
        if parent.lemma_.lower() in _REPORTING:
            return None  # "our goal, he said, is ...": what is told stops the climb
        node = parent
    return None


def attempted(head: Token) -> bool:
    """The act headed by ``head`` was tried: the infinitive of a "tried"/"attempted"/"is trying" with no modal
    ("has tried to hack into", "attempted to assassinate", "the Russian army is trying to attack Slovyansk"). An
    attack tried is force used, an event as event data code it (CAMEO codes attempted assassinations and
    attacks); a verbal act tried ("tried to agree") and an attempt to come ("will try to") stay wanted.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "tried", "to", "storm", "it", "and", "will", "try", "to", "leave"],
    ...           heads=[1, 1, 3, 1, 3, 1, 7, 1, 9, 7], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "cc", "aux", "conj", "aux", "xcomp"],
    ...           pos=["PRON", "VERB", "PART", "VERB", "PRON", "CCONJ", "AUX", "VERB", "PART", "VERB"],
    ...           tags=["PRP", "VBD", "TO", "VB", "PRP", "CC", "MD", "VB", "TO", "VB"],
    ...           lemmas=["they", "try", "to", "storm", "it", "and", "will", "try", "to", "leave"])
    >>> attempted(doc[3]), attempted(doc[9])
    (True, False)
    """
    trying = head.head
    return (head.dep_ == "xcomp" and trying.lemma_.lower() in lexicon().words("attempt_verbs")
            and trying.tag_ in ("VBD", "VBN", "VBG", "VBZ") and trying.dep_ not in ("xcomp", "ccomp", "advcl")
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(trying)))


_PURPOSE_CLIMB = ("xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "pcomp")


def _purpose_clause(node: Token) -> bool:
    """``node`` is an infinitive of purpose: an adverbial "to"-clause of a verb ("coordinate our steps to force
    Russia"), "in order to", "so as to", or the infinitive of a noun of means ("measures to pressure Russia");
    not "took this opportunity to thank" (a chance taken is used)."""
    if node.pos_ != "VERB":
        return False
    marks = {c.lower_ for c in children_of(node) if c.dep_ in ("aux", "mark")}
    if "to" not in marks:
        return False
    head, lex = node.head, lexicon()
    if node.dep_ == "advcl" and head.pos_ == "VERB":
        objects = {c.lemma_.lower() for c in children_of(head) if c.dep_ == "dobj"}
        if head.lemma_.lower() in lex.words("chance_taking_verbs") and objects & lex.words("chance_nouns") or (
                head.lemma_.lower() in lex.words("arrival_verbs")):  # "arrived in Rome on Thursday to help Italy"
            return False
        # "made illegitimate decisions | to freeze Russian assets", "reaffirmed their mutual intention | to strengthen
        # the partnership", "our decisions adopted | to enhance security measures": the parser hangs the noun's own
        # infinitive on the verb; that is the content, no purpose
        nouns = objects | {t.lemma_.lower() for t in head.subtree if t.i < node.i and t.pos_ == "NOUN"}
        if head.dep_ in ("acl", "relcl"):
            nouns.add(head.head.lemma_.lower())
        return not nouns & (lex.words("infinitive_nouns") | lex.words("intent_words"))
    if node.dep_ in ("acl", "relcl") and head.pos_ == "NOUN":
        return (head.lower_ == "order" and head.head.lower_ == "in") or head.lemma_.lower() in lex.words("means_nouns")
    return False


def purpose_status(cue) -> Status | None:
    """HYPOTHETICAL when the act of ``cue`` (a :class:`~stancegraph.rules.cues.Cue`) is (inside) an infinitive of
    purpose: what the steps are for is intended, not done ("We will continue to coordinate our steps to force the
    Russian Federation to seek peace", president.gov.ua: no coercion asserted). An act of
    ``performed_purpose_types`` is done by the act it is the purpose of ("arrived in Kyiv to support Ukraine", "sent
    his greetings to congratulate him"); an event noun names an event of its own ("to stop Russia's war").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["We", "coordinate", "steps", "to", "force", "Russia"],
    ...           heads=[1, 1, 1, 4, 1, 4], deps=["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj"],
    ...           pos=["PRON", "VERB", "NOUN", "PART", "VERB", "PROPN"], lemmas=["we", "coordinate", "step", "to", "force", "Russia"])
    >>> from stancegraph.rules.cues import Cue
    >>> purpose_status(Cue(doc[4], (doc[4],), "COERCE", "verb")).value, purpose_status(Cue(doc[1], (doc[1],), "COOPERATE", "verb"))
    ('hypothetical', None)
    """
    if cue.kind == "noun" or cue.type in lexicon().words("performed_purpose_types"):
        return None
    node = cue.head
    for _ in range(6):
        if node is not cue.head and node.lemma_.lower() in lexicon().words("ongoing_verbs"):
            return None  # "sending new forces to our land to continue to destroy us": the destruction goes on
        if _purpose_clause(node):
            return Status.HYPOTHETICAL
        if node.dep_ not in _PURPOSE_CLIMB or node.head.i == node.i or node.head.lemma_.lower() in _REPORTING:
            return None
        node = node.head
    return None
