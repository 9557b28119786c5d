"""An event noun that completes a verb cue of its own type is that verb's event, not a second one (pure): "Italians
were among the first to come to our aid" is one act of aid, done by the Italians (the verb's subject) to us (the noun's
possessor), not a second aid whose possessor gives it."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

__all__ = ["completes_verb_cue"]


def completes_verb_cue(noun: Token, type_: str, cues: Sequence) -> bool:
    """Whether ``noun`` is the object of the "to" of a verb cue in ``cues`` typed ``type_`` (not what is told "about":
    "will inform our Iranian friends about our dialogue with the Americans" tells of another event).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import Cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["Germany", "came", "to", "our", "aid"], heads=[1, 1, 1, 4, 2],
    ...           deps=["nsubj", "ROOT", "prep", "poss", "pobj"])
    >>> completes_verb_cue(doc[4], "AID", [Cue(doc[1], (doc[1],), "AID", "verb")])
    True
    >>> completes_verb_cue(doc[4], "AID", [Cue(doc[1], (doc[1],), "CONSULT", "verb")])
    False
    """
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ != "to":
        return False
    verb = noun.head.head
    return any(c.kind == "verb" and c.head.i == verb.i and c.type == type_ for c in cues)
