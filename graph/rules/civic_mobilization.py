"""Mobilising what is no force (pure): "mobilized pressure groups in the United States to help support the
Palestinians", "mobilize resources", "mobilizing international support" gather means or backing; they are no
show of force (CAMEO 15, PLOVER MOBILIZE is armed or police force). The act is then what the means are gathered
for ("to help support the rights of Palestinians"), read as an event of its own.

"to help support the Palestinians" is the support itself: a helping verb with a verb and no one helped names
no aid of its own (:func:`helping_verb`); with a helper, when the verb is a process helped along ("Mrs. Zuzana
personally helps accelerate the integration of our state": no aid to Ukraine).

The words are the lexicon's ``civic_mobilized_nouns`` and ``civic_group_modifiers`` (ontology/lexicon/recall.toml).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["civic_mobilization", "helping_verb"]


def civic_mobilization(verb: Token) -> bool:
    """Whether the mobilising ``verb`` gathers means or backing, not forces: its object is a civic noun.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Riyadh", "mobilized", "pressure", "groups", "and", "troops"],
    ...           heads=[1, 1, 3, 1, 3, 3], deps=["nsubj", "ROOT", "compound", "dobj", "cc", "conj"],
    ...           pos=["PROPN", "VERB", "NOUN", "NOUN", "CCONJ", "NOUN"],
    ...           lemmas=["Riyadh", "mobilize", "pressure", "group", "and", "troop"])
    >>> civic_mobilization(doc[1])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["Riyadh", "mobilized", "its", "troops"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "poss", "dobj"], pos=["PROPN", "VERB", "PRON", "NOUN"],
    ...           lemmas=["Riyadh", "mobilize", "its", "troop"])
    >>> civic_mobilization(doc[1])
    False
    """
    lex = lexicon()
    if verb.lemma_.lower() not in lex.words("mobilizing_verbs"):
        return False
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in lex.words("civic_mobilized_nouns") or obj.lower_ in lex.words("civic_mobilized_nouns"):
        return True
    return any(c.dep_ in ("compound", "amod") and c.lower_ in lex.words("civic_group_modifiers") for c in children_of(obj))


def helping_verb(verb: Token) -> bool:
    """Whether ``verb`` ("help", "assist") only helps its verb along: "to help support the rights of Palestinians"
    (the support is the act), not "helped Ukraine defend itself" (Ukraine is aided).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["to", "help", "support", "Kyiv"], heads=[1, 1, 1, 2],
    ...           deps=["aux", "ROOT", "xcomp", "dobj"], pos=["PART", "VERB", "VERB", "PROPN"],
    ...           lemmas=["to", "help", "support", "Kyiv"])
    >>> helping_verb(doc[1])
    True

    With a helper, only a process helped along ("helps accelerate the integration of our state"), not "helps
    rebuild Ukraine":

    >>> doc = Doc(spacy.blank("en").vocab, words=["Zuzana", "helps", "accelerate", "integration"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "xcomp", "dobj"], pos=["PROPN", "VERB", "VERB", "NOUN"],
    ...           lemmas=["Zuzana", "help", "accelerate", "integration"])
    >>> helping_verb(doc[1])
    True
    """
    if verb.lemma_.lower() not in lexicon().words("helping_verbs"):
        return False
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in children_of(verb)):
        return False  # "helped Ukraine (to) defend itself", "help them rebuild": someone is helped
    helped = [c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in children_of(c))]
    if any(c.dep_ == "nsubj" for c in children_of(verb)):  # a helper: only a process helped along is no aid
        return any(c.lemma_.lower() in lexicon().words("furthered_processes") for c in helped)
    return bool(helped)
