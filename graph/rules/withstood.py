"""Who a conflict is aimed at when the one who withstands it is named (pure, over the parse): "the Ukrainian people,
who have united and are fighting against Russian aggression" (Mario Draghi, as reported by the Ukrainian presidency,
June 2022) is aggression against the Ukrainian people, not against Italy, the nearest name. A conflict noun that is
the object of a verb of withstanding (lexicon ``withstanding_verbs``: fight, resist, repel, ...), directly or after
"against", is aimed at that verb's subject; a relative pronoun subject ("who") stands for the noun its clause
describes, and a verb coordinated to another shares its subject (:func:`stancegraph.rules.syntax.subject_of`)."""
from __future__ import annotations

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.syntax import subject_of

__all__ = ["withstander"]


def withstander(cue: Cue, ctx: Context) -> list[ActorMention]:
    """The mentions of the subject of the verb that withstands the conflict noun ``cue`` (see the module doc).

    >>> from stancegraph.rules.cues import Cue
    >>> from stancegraph.rules.toy import toy_context as context
    >>> ctx = context(["Ukraine", "resists", "Russian", "aggression"], [1, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj"],
    ...               ["PROPN", "VERB", "ADJ", "NOUN"], ["Ukraine", "resist", "russian", "aggression"],
    ...               ["B-GPE", "O", "B-NORP", "O"])
    >>> [m.actors[0].id for m in withstander(Cue(ctx.doc[3], (ctx.doc[3],), "FIGHT", "noun"), ctx)]
    ['UKR']
    """
    noun = cue.head
    if cue.kind != "noun":
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "against":
        verb = noun.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().words("withstanding_verbs"):
        return []
    subject, _ = subject_of(verb)  # (through "who have united and are fighting")
    if subject is not None and subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # an inherited relative pronoun: the noun its clause describes
    return ctx.index.of_phrase(subject) if subject is not None else []
