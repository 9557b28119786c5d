"""An intent to cooperate stated by a verb of support (pure): "the two leaders reaffirmed their intention to
continue developing trade and economic cooperation", "confirmed their readiness for cooperation". Reaffirming
an intention is no support of anyone: it is the intent it names, and an intent to cooperate is PLOVER's AGREE
(CAMEO 03). The intent nouns are the lexicon's ``intent_words``."""
from __future__ import annotations

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type

__all__ = ["cooperative_intent"]

_COOPERATIVE = frozenset({"COOPERATE", "CONSULT", "AGREE", "AID"})


def cooperative_intent(cue: Cue) -> bool:
    """``cue`` is a verb whose object is an intent ("intention", "readiness", "resolve") to do an act of
    cooperation named in the intent's own phrase.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["They", "reaffirmed", "their", "intention", "to", "develop", "cooperation"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 5],
    ...           deps=["nsubj", "ROOT", "poss", "dobj", "aux", "acl", "dobj"], pos=["PRON", "VERB", "PRON",
    ...           "NOUN", "PART", "VERB", "NOUN"], lemmas=["they", "reaffirm", "their", "intention", "to", "develop",
    ...           "cooperation"])
    >>> cooperative_intent(Cue(doc[1], (doc[1],), "SUPPORT", "verb"))
    True
    """
    if cue.kind not in ("verb", "phrasal"):
        return False
    words = lexicon().words("intent_words")
    intents = [c for c in cue.head.children if c.dep_ == "dobj" and (c.lemma_.lower() in words or c.lower_ in words)]
    if not intents:
        return False
    # the intent's own complement, or the infinitive read as the verb's adverbial ("reaffirmed their mutual
    # striving | to develop them, including cooperation")
    done = [c for o in intents for c in o.children if c.dep_ in ("acl", "prep")] + [
        c for c in cue.head.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
    return any(t.lemma_.lower() == "cooperate" or (t.pos_ == "NOUN" and noun_type(t) in _COOPERATIVE)
               for c in done for t in c.subtree)
