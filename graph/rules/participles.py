"""Past participles the parser reads as infinitives (pure): "took the boy to occupied Novoazovsk" is parsed
with "to" as the infinitive marker of "occupied" and the town as its object, but an infinitive never has a
past participle form without "have" or "be": "occupied" is an adjective of the town after the preposition
"to", and names no act ("returned to liberated Kherson", "fled to occupied Crimea").

A present participle of using ("shoot down Russian missiles using shotguns", "attacked the city, using
artillery") names the means of the act it hangs on, no act of its own: that act is the event."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["means_of", "attributive_participle", "means_participle"]


def attributive_participle(verb: Token) -> bool:
    """``verb`` is a past participle after a bare "to" with an object right behind it and no "have"/"be":
    an adjective of that object, no act.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["troops", "took", "the", "boy", "to", "occupied", "Novoazovsk"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "dobj"],
    ...           tags=["NNS", "VBD", "DT", "NN", "TO", "VBN", "NNP"])
    >>> attributive_participle(doc[5]), attributive_participle(doc[1])
    (True, False)
    """
    if verb.tag_ != "VBN" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    if before.lower_ != "to" or before.head.i != verb.i or before.dep_ != "aux":
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.i != before.i for c in children_of(verb)):
        return False  # "to have occupied", "to be occupied": a real infinitive
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return following is not None and any(
        c.dep_ == "dobj" and c.left_edge.i == following.i for c in children_of(verb))


def means_participle(verb: Token, cue_heads: dict[int, object]) -> bool:
    """``verb`` is "using"/"employing" hanging on an act cue (or on a noun of an act cue's clause): the means
    of that act. ``cue_heads`` maps token indices to the sentence's cues.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["troops", "attacked", "Kyiv", "using", "artillery"],
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "advcl", "dobj"],
    ...           tags=["NNS", "VBD", "NNP", "VBG", "NN"], lemmas=["troop", "attack", "Kyiv", "use", "artillery"])
    >>> means_participle(doc[3], {1: "attack"}), means_participle(doc[3], {})
    (True, False)
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.lemma_.lower() not in lexicon().words("means_verbs"):
        return False
    up = verb.head
    while up.dep_ in ("dobj", "pobj", "prep", "conj", "compound") and up.i not in cue_heads and up.head.i != up.i:
        up = up.head  # "shoot down Russian missiles using shotguns": the shooting is the act
    return up.i in cue_heads


def means_of(verb: Token) -> Token | None:
    """The verb a "by" gerund ``verb`` is the means of, or None: "we must expedite the development of our naval
    aviation, primarily by supplying the Navy with advanced aircraft" -> expedite.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["We", "must", "expedite", "it", "by", "supplying", "the", "Navy"],
    ...           heads=[2, 2, 2, 2, 2, 4, 7, 5], deps=["nsubj", "aux", "ROOT", "dobj", "prep", "pcomp", "det", "dobj"],
    ...           pos=["PRON", "AUX", "VERB", "PRON", "ADP", "VERB", "DET", "PROPN"])
    >>> means_of(doc[5]), means_of(doc[2])
    (expedite, None)
    """
    up = verb.head
    if verb.dep_ != "pcomp" or up.lower_ != "by" or up.head.pos_ not in ("VERB", "AUX") or up.head.i == up.i:
        return None
    return up.head
