"""Event nouns carried by a noun of effort: "launched a mediation effort", "ended mediation efforts", "a peace
initiative" (pure). The effort noun is only the frame; the event is its compound modifier.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["effort_of", "with_frame_children"]


def effort_of(noun: Token, event_type: Callable[[Token], str | None]) -> Token | None:
    """The event noun that ``noun``, a noun of effort, carries as its compound ("mediation efforts"), or None.
    ``event_type`` gives a noun's event type (:func:`stancegraph.rules.event_nouns.noun_type`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "mediation", "effort"], heads=[2, 2, 2],
    ...           deps=["det", "compound", "ROOT"], pos=["DET", "NOUN", "NOUN"], lemmas=["a", "mediation", "effort"])
    >>> effort_of(doc[2], lambda t: "CONSULT" if t.lower_ == "mediation" else None)
    mediation
    >>> effort_of(doc[1], lambda t: "CONSULT") is None
    True
    """
    if noun.lemma_.lower() not in lexicon().construction_words["effort_nouns"]:
        return None
    return next((c for c in children_of(noun) if c.dep_ == "compound" and c.pos_ == "NOUN" and event_type(c)), None)


def with_frame_children(noun: Token) -> list[Token]:
    """The children of an event noun, and of the effort noun that frames it: in "a mediation effort between the
    Emirates and Saudi Arabia" the parties hang on "effort", not on "mediation".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "mediation", "effort", "between", "them"], heads=[2, 2, 2, 2, 3],
    ...           deps=["det", "compound", "ROOT", "prep", "pobj"], lemmas=["a", "mediation", "effort", "between", "they"])
    >>> [t.text for t in with_frame_children(doc[1])]
    ['between']
    """
    frame = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in lexicon().construction_words["effort_nouns"] else None
    return [*children_of(noun), *(c for c in children_of(frame) if c.dep_ == "prep")] if frame is not None else list(children_of(noun))
