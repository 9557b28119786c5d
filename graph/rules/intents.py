"""Intents (pure): an act announced or reaffirmed as an intent is coded as the intent, PLOVER's AGREE (CAMEO 03).

- An actor's own de-escalation announced for the future (status scheduled, modal "will" or "shall"): "the rebels
  said they will release the prime minister" is a promise to yield (CAMEO 0353; "will withdraw its troops" 0356),
  not yet the release. Only the cooperative material types of the lexicon's ``intent_types``
  (ontology/lexicon/recall.toml) are retyped; "will resign" stays a concession and "will impose sanctions" keeps
  its own type (conflictual intents are threats only with a condition: see :mod:`stancegraph.rules.act`).
- An intent to cooperate stated by a verb of support: "the two leaders reaffirmed their intention to continue
  developing trade and economic cooperation", "confirmed their readiness for cooperation". Reaffirming an
  intention is no support of anyone: it is the intent it names. The intent nouns are the lexicon's ``intent_words``.
"""
from __future__ import annotations

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Status
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import children_of

__all__ = ["intent_type", "cooperative_intent"]

_PROMISING_MODALS = ("will", "shall")
_COOPERATIVE = frozenset({"COOPERATE", "CONSULT", "AGREE", "AID"})


def intent_type(type_: str, modality: str | None, status: Status, negated: bool, verb: str = "") -> str | None:
    """The type an announced future act is coded as, or None when it keeps its own; ``verb``: the cue's lemma.

    Aid that would or will be given, or is pledged, is an intent to provide aid ("Berlin would send 14 tanks to
    Ukraine", CAMEO 033); talks or cooperation that "would" begin an intent to meet or cooperate ("Russia would begin
    negotiations as soon as ...", CAMEO 036); a cooperative material act of ``intent_types`` announced with "will"
    or "shall" a promise to yield (CAMEO 035).

    >>> intent_type("RETREAT", "will", Status.SCHEDULED, False)
    'AGREE'
    >>> intent_type("RETREAT", None, Status.ASSERTED, False) is None  # "released the hostages": done
    True
    >>> intent_type("RETREAT", "will", Status.SCHEDULED, True) is None  # "will not withdraw": a refusal elsewhere
    True
    >>> intent_type("AID", "would", Status.HYPOTHETICAL, False), intent_type("AID", None, Status.ASSERTED, False)
    ('AGREE', None)
    """
    if type_ == "AID" and (modality in ("will", "would", "shall") or verb in lexicon().words("pledging_verbs")):
        return "AGREE"
    if type_ in ("CONSULT", "COOPERATE") and modality == "would" and not negated:
        return "AGREE"
    if negated or status is not Status.SCHEDULED or modality not in _PROMISING_MODALS:
        return None
    return "AGREE" if type_ in lexicon().words("intent_types") else None


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
    intents = [c for c in children_of(cue.head) if c.dep_ == "dobj" and (c.lemma_.lower() in words or c.lower_ in words)]
    if not intents or cue.head.lemma_.lower() in lexicon().words("thanking_words") and any(
            c.dep_ == "poss" and c.pos_ != "PRON" for o in intents for c in children_of(o)):
        return False  # "praised Portugal's readiness to provide financial assistance": praise of another's intent
    # the intent's own complement, or the infinitive read as the verb's adverbial ("reaffirmed their mutual
    # striving | to develop them, including cooperation")
    done = [c for o in intents for c in children_of(o) if c.dep_ in ("acl", "prep")] + [
        c for c in children_of(cue.head) if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in children_of(c))]
    return any(t.lemma_.lower() == "cooperate" or (t.pos_ == "NOUN" and noun_type(t) in _COOPERATIVE)
               for c in done for t in c.subtree)
