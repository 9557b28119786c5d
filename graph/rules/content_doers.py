"""Who does an act reported inside the content of informing or briefing (pure, over the parse).

"Zelensky informed his Lithuanian counterpart about the decisions of the NSDC adopted to enhance security
measures": the listener ("his counterpart") is told about the act and does not do it, though the parser often
makes the listener the subject of the content ("counterpart" as the subject of "adopted"). The act's doer is
then the owner the content names ("the decisions of the NSDC", "Russia's plans"); "our decisions" are the
informer's; with no owner named, nobody is (no statement rather than a wrong one). The verbs are the lexicon's
``informing_verbs``; the prepositions that open the content its ``informing_topic_preps``.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon

__all__ = ["informed_listener", "content_doer"]

_FIRST_PERSON_OWNERS = frozenset({"our", "my"})
_CLIMB = ("ccomp", "xcomp", "advcl", "acl", "relcl", "conj", "prep", "pobj", "pcomp", "dobj")


def _topic_prep(tok: Token) -> Token | None:
    """The preposition opening the content under ``tok`` ("about the decisions", "on the situation")."""
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in lexicon().words("informing_topic_preps")), None)


def informed_listener(tok: Token) -> tuple[Token, Token, Token] | None:
    """``(informing verb, listener, topic preposition)`` when ``tok`` stands in what a listener is told about;
    None otherwise. The listener is the verb's object, or the subject the parser gave the content clause
    ("informed [his counterpart about the decisions ... adopted]").

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
    while hops < 6 and node.head.i != node.i and node.dep_ in _CLIMB:
        parent, hops = node.head, hops + 1
        if parent.lemma_.lower() in lexicon().words("informing_verbs") and parent.pos_ in ("VERB", ""):
            for c in parent.children:
                prep = _topic_prep(c) if c.dep_ in ("dobj", "dative") else None
                if prep is None and c.dep_ == "ccomp" and c.i == node.i:  # the listener parsed as the content's subject
                    subject = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
                    listener_prep = _topic_prep(subject) if subject is not None else None
                    if listener_prep is not None and not any(m.dep_ == "mark" for m in c.children):
                        return parent, subject, listener_prep
                elif prep is not None and prep.left_edge.i <= tok.i <= prep.right_edge.i:
                    return parent, c, prep
            return None
        node = parent
    return None


def content_doer(verb: Token, subject: Token | None, how: str) -> tuple[Token | None, str]:
    """The doer of ``verb`` given the ``subject`` the syntax found (and how): unchanged unless that subject is the
    listener of an informing verb above (:func:`informed_listener`); then the owner of the content ("the
    decisions of the NSDC" -> NSDC, "Russia's plans" -> Russia), the informer for "our"/"my", else none.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Kyiv", "informed", "Vilnius", "about", "decisions", "of", "NSDC", "adopted", "to", "enhance", "measures"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 7, 2, 3, 4, 5, 1, 9, 7, 9],
    ...           deps=["nsubj", "ROOT", "nsubj", "prep", "pobj", "prep", "pobj", "ccomp", "aux", "advcl", "dobj"],
    ...           lemmas=["Kyiv", "inform", "Vilnius", "about", "decision", "of", "NSDC", "adopt", "to", "enhance", "measure"])
    >>> content_doer(doc[9], doc[2], "advcl-inherited"), content_doer(doc[1], doc[0], "nsubj")
    ((NSDC, 'content-owner'), (Kyiv, 'nsubj'))
    """
    if subject is None:
        return subject, how
    found = informed_listener(verb)
    if found is None:
        return subject, how
    informing, listener, prep = found
    if not listener.left_edge.i <= subject.i <= listener.right_edge.i or prep.left_edge.i <= subject.i <= prep.right_edge.i:
        return subject, how
    topic = next((p for p in prep.children if p.dep_ == "pobj"), None)
    owner = _owner(topic) if topic is not None else None
    if owner is not None and owner.lower_ in _FIRST_PERSON_OWNERS:  # "informed him about our decisions"
        informer = next((c for c in informing.children if c.dep_ == "nsubj"), None)
        return (informer, "content-owner") if informer is not None else (None, "")
    return (owner, "content-owner") if owner is not None else (None, "")


def _owner(noun: Token) -> Token | None:
    """Whose the content noun is: its possessor ("Russia's plans"), else the object of "of"/"by"
    ("the decisions of the NSDC", "measures taken by the government")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "by"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None
