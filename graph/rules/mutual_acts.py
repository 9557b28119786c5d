"""Acts done together (pure): the partner a symmetric act names with "with" does the act too.

"French National Assembly president Laurent Fabius held talks with leaders of Romania's new government": the
government held talks with him as much as he with it, just as "Russia and China held talks" gives one statement
per direction (the reciprocal events of :mod:`stancegraph.rules.extract`). The two wordings of one meeting,
clash or deal should give the same edges, so the partner of a joint act (lexicon ``joint_act_words``: talks,
negotiations, cooperation, clashes, agreements) written as "with X" gets the reversed statement. A call,
meeting or visit is made by one side to the other ("Putin initiated a telephone conversation with Biden"), and
partners found by guessing (the nearest name) get none: only a written "with" says who the other party is.
"""
from __future__ import annotations

from stancegraph.kb.codebook import types_with
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.topics import intended
from stancegraph.rules.visitors import visits_a_place
from stancegraph.rules.doc_index import children_of

__all__ = ["attends", "hosts", "partner_acts_too", "on_a_third"]


def partner_acts_too(type_: str, target_how: str | None, reciprocal: bool, cue) -> bool:
    """Whether the targets of an act do the act to its speakers as well: a joint act of a symmetric type
    whose partner is written with "with" ("held talks with", "clashed with", "cooperate with"), not
    an act already read as mutual, nor one side's readiness or wish ("ready for talks with Kiev").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import Cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "held", "talks", "and", "a", "call", "with", "Orban"],
    ...           heads=[1, 1, 1, 2, 5, 2, 1, 6], deps=["nsubj", "ROOT", "dobj", "cc", "det", "conj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Putin", "hold", "talk", "and", "a", "call", "with", "Orban"])
    >>> talks, call = Cue(doc[1], (doc[1], doc[2]), "CONSULT", "light", doc[2]), Cue(doc[1], (doc[1], doc[5]), "CONSULT", "light", doc[5])
    >>> partner_acts_too("CONSULT", "prep-with", False, talks), partner_acts_too("CONSULT", "dobj", False, talks)
    (True, False)
    >>> partner_acts_too("CONSULT", "prep-with", False, call), partner_acts_too("DEMAND", "prep-with", False, talks)
    (False, False)
    """
    if reciprocal or target_how != "prep-with" or type_ not in types_with("symmetric"):
        return False
    word = cue.noun if cue.noun is not None else cue.head
    if word.pos_ == "NOUN" and intended(word):
        return False  # "is ready for talks with representatives from Kiev": a readiness is one side's
    return word.lemma_.lower() in lexicon().words("joint_act_words")


def on_a_third(cue) -> bool:
    """Several subjects of the symmetric act ``cue`` (a :class:`stancegraph.rules.cues.Cue`) do it together to a third,
    not to each other: a fight with an object, or with a verb that is no verb of mutual fighting (lexicon
    ``mutual_fight_verbs``: "While liberating Mariupol, the Russian army and the ... militia units from the DPR"), a
    visit of a place ("A and B visited Bucha"), attending an event ("the conference will be attended by Biden, Macron
    and Merkel"), a promise or readiness ("A and B guaranteed X", "Belarus and even Ukraine were ready to join it").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import Cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "liberated", "and", "clashed"], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "cc", "conj"], lemmas=["they", "liberate", "and", "clash"])
    >>> on_a_third(Cue(doc[1], (doc[1],), "FIGHT", "verb")), on_a_third(Cue(doc[3], (doc[3],), "FIGHT", "verb"))
    (True, False)
    """
    lex = lexicon()
    if cue.type == "FIGHT" and (any(c.dep_ == "dobj" for c in children_of(cue.head)) or (
            cue.kind == "verb" and cue.head.lemma_.lower() not in lex.words("mutual_fight_verbs"))):
        return True
    words = {w.lemma_.lower() for w in (cue.head, *cue.words)}
    return visits_a_place(cue) or attends(cue) or bool(words & (lex.words("promising_verbs") | lex.willingness_words))


def attends(cue) -> bool:
    """``cue`` is attending an event ("The meeting was attended by Deputy Prime Minister Yury Borisov, ..."; lexicon
    ``attendance_verbs``): done at the event, with no partner of its own.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import Cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "attended", "talks"], lemmas=["Putin", "attend", "talk"])
    >>> attends(Cue(doc[1], (doc[1],), "CONSULT", "verb")), attends(Cue(doc[2], (doc[2],), "CONSULT", "noun"))
    (True, False)
    """
    return cue.head.lemma_.lower() in lexicon().words("attendance_verbs")


def hosts(cue, tok) -> bool:
    """``tok`` names who holds the event the attendance ``cue`` attends: a modifier of the event noun ("to attend the G7
    summit", "will attend the G20 summit held under Italy's Presidency"), the one partner a guess may give it.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import Cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["He", "attended", "the", "G7", "summit", "in", "Japan"],
    ...           heads=[1, 1, 4, 4, 1, 4, 5], deps=["nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj"])
    >>> cue = Cue(doc[1], (doc[1], doc[4]), "CONSULT", "light", doc[4])
    >>> hosts(cue, doc[3]), hosts(cue, doc[6])
    (True, False)
    """
    events = {cue.noun.i} if cue.noun is not None else {c.i for c in children_of(cue.head) if c.dep_ in ("dobj", "nsubjpass")}
    return tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i in events
