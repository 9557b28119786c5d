"""Who does an act reported inside the content of informing or briefing (pure, over the parse).

"Zelensky informed his Lithuanian counterpart about the decisions of the NSDC adopted to enhance security
measures": the listener ("his counterpart") is told about the act and does not do it, though the parser often
makes the listener the subject of the content ("counterpart" as the subject of "adopted"). The act's doer is
then the owner the content names ("the decisions of the NSDC", "Russia's plans"); "our decisions" are the
informer's; with no owner named, nobody is (no statement rather than a wrong one). The verbs are the lexicon's
``informing_verbs``; the prepositions that open the content its ``informing_topic_preps``.

An event noun in what is told is news, not the telling: "we will inform our Iranian friends ... about our dialogue
with the Americans" will tell of a dialogue held; the verb's "will" is not the dialogue's (:func:`told_news`).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["informed_listener", "content_doer", "told_news"]

_FIRST_PERSON_OWNERS = frozenset({"our", "my"})
_CLIMB = ("ccomp", "xcomp", "advcl", "acl", "relcl", "conj", "prep", "pobj", "pcomp", "dobj")


def _topic_prep(tok: Token) -> Token | None:
    """The preposition opening the content under ``tok`` ("about the decisions", "on the situation")."""
    return next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in lexicon().words("informing_topic_preps")), None)


def informed_listener(tok: Token) -> tuple[Token, Token | None, Token] | None:
    """``(informing verb, listener, topic preposition)`` when ``tok`` stands in what a listener is told about
    ("told Michel about the steps taken to ..."); None otherwise. The listener is the verb's object (None when
    not named: "informed about the work"), or the subject the parser gave the content clause ("informed [his
    counterpart about the decisions ... adopted]").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Kyiv", "informed", "Vilnius", "about", "decisions", "adopted", "to", "enhance", "measures"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 2, 3, 1, 7, 5, 7],
    ...           deps=["nsubj", "ROOT", "nsubj", "prep", "pobj", "ccomp", "aux", "advcl", "dobj"],
    ...           lemmas=["Kyiv", "inform", "Vilnius", "about", "decision", "adopt", "to", "enhance", "measure"])
    >>> informed_listener(doc[7]), informed_listener(doc[0])
    ((informed, Vilnius, about), None)
    """
    node, hops = tok, 0
    while hops < 8 and node.head.i != node.i and (node.dep_ in _CLIMB or (node.i == tok.i and node.dep_ == "poss")):
        parent, hops = node.head, hops + 1
        if parent.lemma_.lower() in lexicon().words("informing_verbs") and parent.pos_ in ("VERB", ""):
            listener = next((c for c in children_of(parent) if c.dep_ in ("dobj", "dative")), None)
            if node.dep_ == "prep" and node.lower_ in lexicon().words("informing_topic_preps"):
                return parent, listener, node  # "told Michel about the steps"
            topic = _topic_prep(parent) or (_topic_prep(listener) if listener is not None else None)
            if topic is not None and _stray_infinitive(node, parent):
                return parent, listener, topic  # "told Michel about the steps taken to restore ..., and start talks"
            prep = _topic_prep(listener) if listener is not None else None
            if prep is not None and node.i == listener.i and prep.left_edge.i <= tok.i <= prep.right_edge.i:
                return parent, listener, prep  # "informed [Michel about the steps]"
            subject = next((s for s in children_of(node) if s.dep_ == "nsubj" and s.i < node.i), None)
            listener_prep = _topic_prep(subject) if subject is not None and node.dep_ == "ccomp" else None
            if listener_prep is not None and not any(m.dep_ == "mark" for m in children_of(node)):
                return parent, subject, listener_prep  # the listener parsed as the content's subject
            return None
        node = parent
    return None


def _stray_infinitive(node: Token, verb: Token) -> bool:
    """A bare infinitive the parser coordinated with a finite verb ("told Michel about the steps taken to restore
    links, launch the process and start talks"): it goes on the infinitives of the content, not the telling."""
    return (node.dep_ == "conj" and node.tag_ == "VB" and verb.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(node)))


def content_doer(verb: Token, subject: Token | None, how: str) -> tuple[Token | None, str]:
    """The doer of ``verb`` given the ``subject`` the syntax found (and how): unchanged unless ``verb`` stands in
    what a listener is told about (:func:`informed_listener`) and that subject is the listener, or the informer
    lent to a content with no subject of its own ("told Michel about the steps taken to start talks"); then the
    owner of the content ("the decisions of the NSDC" -> NSDC, "Russia's plans" -> Russia), the informer for
    "our"/"my", else none.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Kyiv", "informed", "Vilnius", "about", "decisions", "of", "NSDC", "adopted", "to", "enhance", "measures"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 7, 2, 3, 4, 5, 1, 9, 7, 9],
    ...           deps=["nsubj", "ROOT", "nsubj", "prep", "pobj", "prep", "pobj", "ccomp", "aux", "advcl", "dobj"],
    ...           lemmas=["Kyiv", "inform", "Vilnius", "about", "decision", "of", "NSDC", "adopt", "to", "enhance", "measure"])
    >>> content_doer(doc[9], doc[2], "advcl-inherited"), content_doer(doc[1], doc[0], "nsubj")
    ((NSDC, 'content-owner'), (Kyiv, 'nsubj'))
    """
    found = informed_listener(verb) if subject is not None else None
    if found is None:
        return subject, how
    informing, listener, prep = found
    informer = next((c for c in children_of(informing) if c.dep_ == "nsubj"), None)
    heard = listener is not None and listener.left_edge.i <= subject.i <= listener.right_edge.i and not (
        prep.left_edge.i <= subject.i <= prep.right_edge.i)
    lent = how.endswith("-inherited") and informer is not None and subject.i == informer.i
    if not heard and not lent:
        return subject, how
    topic = next((p for p in children_of(prep) if p.dep_ == "pobj"), None)
    owner = _owner(topic) if topic is not None else None
    if owner is not None and owner.lower_ in _FIRST_PERSON_OWNERS:  # "informed him about our decisions"
        return (informer, "content-owner") if informer is not None else (None, "")
    return (owner, "content-owner") if owner is not None else (None, "")


def _owner(noun: Token) -> Token | None:
    """Whose the content noun is: its possessor ("Russia's plans"), else the object of "of"/"by"
    ("the decisions of the NSDC", "measures taken by the government")."""
    for c in children_of(noun):
        if c.dep_ == "poss":
            return c
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            pobj = next((p for p in children_of(c) if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def told_news(noun: Token, verb: Token) -> bool:
    """The event noun ``noun`` stands in what its clause's verb ``verb`` of informing tells about: "Of course, we will
    inform our Iranian friends and partners in detail about our dialogue with the Americans" will tell of a dialogue
    held, not one to come; the verb's tense and modal are not the act's.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["we", "will", "inform", "them", "about", "our", "dialogue"],
    ...           heads=[2, 2, 2, 2, 2, 6, 4], deps=["nsubj", "aux", "ROOT", "dobj", "prep", "poss", "pobj"],
    ...           pos=["PRON", "AUX", "VERB", "PRON", "ADP", "PRON", "NOUN"],
    ...           lemmas=["we", "will", "inform", "they", "about", "our", "dialogue"])
    >>> told_news(doc[6], doc[2]), told_news(doc[3], doc[2])
    (True, False)
    """
    found = informed_listener(noun)
    return found is not None and found[0].i == verb.i
