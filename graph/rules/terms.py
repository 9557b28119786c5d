"""Terms (pure): an act named as a term of an agreement or a plan is set down, not done.

"Immediate ceasefire and withdrawal of Russian troops from the territory of Ukraine are among the key aspects of
a peace agreement that could be signed ...", "... is one of the key aspects of the peace agreement", "the withdrawal
of Russian troops is a key element of the peace formula": the event noun (or a noun coordinated with it) is the
subject of "be" whose attribute, or "among" phrase, is a part (``term_nouns``) of a text of terms (``plan_nouns``,
``document_nouns``). Whether the text is signed or not, the act it sets down is yet to be done (hypothetical).
Not "as part of the initiative, 35 audio guides have been launched": there the part is a circumstance, no attribute.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["stipulated"]


def _of_phrase(noun: Token) -> Token | None:
    """The object of the noun's "of" phrase ("one | of the aspects", "aspects | of a peace agreement")."""
    return next((p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                 for p in children_of(c) if p.dep_ == "pobj"), None)


def _term(pred: Token) -> bool:
    """``pred`` (through "one of") is a part of a text of terms: "the key aspects of a peace agreement"."""
    if pred.pos_ == "NUM" or pred.lower_ == "one":
        pred = _of_phrase(pred)  # "one of the key aspects"
    if pred is None or pred.lemma_.lower() not in lexicon().words("term_nouns"):
        return False
    text = _of_phrase(pred)
    return text is not None and text.lemma_.lower() in lexicon().words("plan_nouns") | lexicon().words("document_nouns")


def stipulated(head: Token) -> bool:
    """The event noun ``head`` is a term of an agreement or a plan, as the subject of "be".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["ceasefire", "and", "withdrawal", "are", "among", "the", "aspects", "of", "an", "agreement"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 0, 0, 3, 3, 6, 4, 6, 9, 7],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj"],
    ...           pos=["NOUN", "CCONJ", "NOUN", "AUX", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
    ...           lemmas=["ceasefire", "and", "withdrawal", "be", "among", "the", "aspect", "of", "an", "agreement"])
    >>> stipulated(doc[2]), stipulated(doc[6])
    (True, False)
    """
    subject = head
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head  # "ceasefire and withdrawal of Russian troops are ..."
    verb = subject.head
    if head.pos_ != "NOUN" or subject.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() != "be":
        return False
    for c in children_of(verb):
        if c.dep_ == "attr" and _term(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "among" and any(p.dep_ == "pobj" and _term(p) for p in children_of(c)):
            return True
    return False
