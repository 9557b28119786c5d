"""Reported obligations (pure): "The forum concluded that the US must allocate greater resources" is the
reporter's demand of the US, whatever the verb of the obligation.

A clause under a verb of saying whose own verb carries a modal of obligation (``deontic_modals``: must, should,
ought) and has a subject is a cue of kind ``"obligation"``. It yields statements only as a reported demand
(:func:`stancegraph.rules.extract` ``_deontic_demand``: from the reporter to the clause's subject, never to the
reporter's own side); with no reporter it is nothing, since "the US must allocate" on its own is no act of the US.
Left out: an obligation the sayer is under ("the President said he must leave": same side), a passive ("Russia
must be held accountable": Russia is not the one asked to act), the epistemic "must have" ("they must have
known"), a subject that is no name ("no one but NATO should"), a verb of opinion ("I think X should"), a verb its
subject undergoes ("Russia must feel the impact of sanctions": lexicon ``undergoing_verbs``) and an obligation asked
about ("I don't understand why a student from the Kherson region has to pay money": :func:`questioned`).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["is_reported_obligation", "questioned"]


def is_reported_obligation(tok: Token) -> bool:
    """``tok`` is the verb of an obligation clause under a verb of saying.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["The", "forum", "said", "the", "US", "must", "allocate", "funds"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 6, 6, 2, 6],
    ...           deps=["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "dobj"],
    ...           pos=["DET", "NOUN", "VERB", "DET", "PROPN", "AUX", "VERB", "NOUN"],
    ...           lemmas=["the", "forum", "say", "the", "US", "must", "allocate", "fund"])
    >>> is_reported_obligation(doc[6]), is_reported_obligation(doc[2])
    (True, False)
    """
    if tok.dep_ != "ccomp" or tok.pos_ != "VERB":  # (tested first: most verbs are no clausal complement)
        return False
    saying = tok.head.lemma_.lower()
    if saying not in lexicon().reporting_verbs or saying in lexicon().words("opinion_verbs"):
        return False  # "I think Veliky Novgorod should feel its presence": an opinion, no demand
    children = list(children_of(tok))
    if not any(c.dep_ == "aux" and c.lower_ in lexicon().deontic_modals for c in children):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in children) or (
            tok.lemma_.lower() in lexicon().words("undergoing_verbs") or questioned(tok)):
        return False  # "Russia must be held accountable", "they must have known", "Russia must feel the impact"
    # a named subject: "No one but Ukraine and NATO should influence the process" asks nothing of NATO
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_) for c in children) and any(
        c.dep_ == "nsubj" for c in children_of(tok.head))


def questioned(verb: Token) -> bool:
    """The clause of ``verb`` is asked about ("why", "whether"): "I don't understand why a student from the Kherson
    region has to pay money" states no obligation.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["why", "he", "has", "to", "pay", "and", "they", "pay"],
    ...           heads=[2, 2, 2, 4, 2, 2, 7, 2], deps=["advmod", "nsubj", "ROOT", "aux", "xcomp", "cc", "nsubj", "conj"])
    >>> questioned(doc[4]), questioned(doc[7])
    (True, False)
    """
    clause = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # "why ... has | to pay"
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in lexicon().words("question_marks") for v in clause for c in children_of(v))
