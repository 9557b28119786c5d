"""Cooperation named, not done (pure, over the parse): what a talk is about, what two sides intend, and the
relationship nouns ("cooperation", "partnership", "ties") that are an event only when something is done to them.

PLOVER codes the act, not the topic: "the leaders discussed the development of the strategic partnership" is a
consultation (the discussing verb's own CONSULT), not cooperation; "special attention was paid to cooperation in
education" and "the agenda included aspects of strengthening the partnership" are no cooperation either.
"Readiness for further development of bilateral cooperation was confirmed" expresses the intent to cooperate
(AGREE, CAMEO 03). A relationship noun names a standing relation ("the partnership between Russia and Vietnam
retained its momentum", "our cooperation helped solve problems"); it is an event when it is set up, widened or
resumed ("expanded cooperation", "established ties"), or the way an act is done ("in cooperation with our
Hungarian partners, we are building a plant").
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["talked_about", "intended", "standing_relation", "mentioned_only", "raised_topic", "TOPIC_TYPES"]

TOPIC_TYPES = frozenset({"COOPERATE", "AGREE", "AID", "SUPPORT"})
"""Cooperative types whose nouns are often the topic of a talk rather than its outcome."""

# the edges an act noun climbs to reach what frames it: "aspects of strengthening the partnership"
_CLIMB = ("pobj", "prep", "dobj", "pcomp", "conj", "compound", "appos", "nsubjpass", "acl", "xcomp", "amod", "npadvmod",
          "dep")  # "discussed, first of all, further assistance": an object the parenthesis cut off



def _infinitival_relative(node: Token) -> bool:
    """An infinitive the parser hung as a relative clause: "discussed the events ... and ways | to intensify
    cooperation" (as an "acl", it is the noun's own complement)."""
    return node.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(node))


def _frames(node: Token, words: frozenset[str], holders: frozenset[str] = frozenset(), steps: int = 8) -> bool:
    """A word of ``words`` frames ``node``: one of its heads within complements and modifiers, or a word of
    ``holders`` is the subject or object of such a head ("the agenda included ...", "attention was paid to ...")."""
    for _ in range(steps):
        parent = node.head
        if parent.i == node.i or (node.dep_ not in _CLIMB and not _infinitival_relative(node)):
            return False
        if parent.lemma_.lower() in words or parent.lower_ in words:
            return True
        if parent.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i != node.i and c.lemma_.lower() in holders
                for c in children_of(parent)):
            return True
        node = parent
    return False


def talked_about(head: Token) -> bool:
    """The act noun is the topic of a talk ("discussed", "agenda", "aspects", "attention paid to"), not an act.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "discussed", "the", "development", "of", "cooperation"],
    ...           heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN"],
    ...           lemmas=["they", "discuss", "the", "development", "of", "cooperation"])
    >>> talked_about(doc[5]), talked_about(doc[1])
    (True, False)
    """
    return _frames(head, lexicon().words("topic_words"), lexicon().words("topic_holders"))


def intended(head: Token) -> bool:
    """The act noun is what someone is ready, willing or resolved to do: "readiness for cooperation",
    "reaffirmed their resolve to promote the partnership" (an intent to cooperate, CAMEO 03).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["readiness", "for", "cooperation"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], pos=["NOUN", "ADP", "NOUN"], lemmas=["readiness", "for", "cooperation"])
    >>> intended(doc[2])
    True
    """
    words = lexicon().words("intent_words")
    if _frames(head, words, steps=6):
        return True
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    # "reaffirmed their resolve to further promote the partnership" (the infinitive read as the verb's adverbial)
    return verb is not None and verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in children_of(verb.head))


def standing_relation(head: Token) -> bool:
    """A relationship noun ("cooperation", "partnership", "ties") that names a standing relation, not an act:
    nothing sets it up, widens or resumes it, and it is not the way an act is done.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Cooperation", "helped", "them", "and", "they", "expanded", "cooperation"],
    ...           heads=[1, 1, 1, 1, 5, 1, 5], deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
    ...           pos=["NOUN", "VERB", "PRON", "CCONJ", "PRON", "VERB", "NOUN"],
    ...           lemmas=["cooperation", "help", "they", "and", "they", "expand", "cooperation"])
    >>> standing_relation(doc[0]), standing_relation(doc[6])
    (True, False)
    """
    if head.lemma_.lower() not in lexicon().words("relationship_nouns") and head.lower_ not in lexicon().words("relationship_nouns"):
        return False
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:  # "expanded trade and cooperation"
        node = node.head
    parent = node.head
    doing = lexicon().words("relation_doing_verbs")
    if node.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and parent.lemma_.lower() in doing:
        return False  # "expanded cooperation", "ties were restored", "cooperation has grown"
    if node.dep_ == "pobj" and parent.lower_ in ("in", "through", "via") and parent.head.pos_ in ("VERB", "AUX"):
        return False  # "in cooperation with our partners, we are building a plant"
    if node.dep_ == "pobj" and parent.lower_ == "of" and parent.head.lemma_.lower() in lexicon().words("relation_doing_nouns") and (
            parent.head.dep_ in ("dobj", "nsubjpass") and parent.head.head.lemma_.lower() in doing):
        return False  # "launched the expansion of cooperation"
    return True


def mentioned_only(cue) -> bool:
    """A noun or light-verb cue that names cooperation without doing it: the topic of a talk, or a standing
    relation (never when it is what someone intends: that is an agreement, see :func:`intended`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import Cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "discussed", "cooperation"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"], pos=["PRON", "VERB", "NOUN"], lemmas=["they", "discuss", "cooperation"])
    >>> mentioned_only(Cue(doc[2], (doc[2],), "COOPERATE", "noun"))
    True
    """
    if cue.kind == "noun" and cue.type == "AGREE" and cue.head.dep_ == "dobj" and (
            cue.head.head.lemma_.lower() in lexicon().words("monitoring_verbs")):
        return True  # "peacekeepers deployed to oversee a ceasefire between Ethiopia and Eritrea": it stands already
    if cue.type not in TOPIC_TYPES or intended(cue.head):
        return False
    if cue.kind == "light" and cue.noun is not None and cue.noun.lemma_.lower() in lexicon().words("relationship_nouns") and (
            cue.head.lemma_.lower() in lexicon().words("relation_having_verbs")):
        return True  # "we have special relations with Armenia": a standing relation
    return talked_about(cue.head) or (cue.kind == "noun" and cue.type == "COOPERATE" and standing_relation(cue.head))


def raised_topic(pattern, words) -> bool:
    """A verb pattern with no preposition of its own (a :class:`~stancegraph.kb.lexicon.VerbPattern`) matched on a
    topic noun that names its topic with "of" (lexicon ``topic_nouns``): "raised the issue of cooperation with
    Mongolia" brings a subject up, it judges nothing (CAMEO's "raise issue" is a complaint).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.lexicon import VerbPattern
    >>> doc = Doc(spacy.blank("en").vocab, words=["raised", "the", "issue", "of", "cooperation"], heads=[0, 2, 0, 2, 3],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj"], lemmas=["raise", "the", "issue", "of", "cooperation"])
    >>> pattern = VerbPattern(("raise",), "DISAPPROVE", "110", "", "", ("issue",), (), False, False)
    >>> raised_topic(pattern, (doc[0], doc[2])), raised_topic(pattern, (doc[0],))
    (True, False)
    """
    return not pattern.prep and any(
        w.lemma_.lower() in lexicon().words("topic_nouns") and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(w))
        for w in words[1:])
