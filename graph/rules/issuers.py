"""The issuer of a text whose participle carries a cue: "the PKK issued a declaration demanding that Ankara ...",
"the ministry said in a statement condemning the strike" (pure).

The parser hangs the participle ("demanding", "condemning") on the text noun as ``acl``; the act is the
issuer's, the actor of the verb that issues the text ("issued", "adopted") or that the text is the means of
("said in a statement").
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon

__all__ = ["issuing_verb"]

_MEANS_PREPS = frozenset({"in", "through", "via", "with"})


def issuing_verb(participle: Token) -> Token | None:
    """The verb whose actor issued the text that ``participle`` (an ``acl`` -ing form) describes, or None.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "issued", "a", "statement", "condemning", "Moscow"],
    ...           heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "acl", "dobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN"], tags=["NNP", "VBD", "DT", "NN", "VBG", "NNP"],
    ...           lemmas=["Kyiv", "issue", "a", "statement", "condemn", "Moscow"])
    >>> issuing_verb(doc[4])
    issued

    A text that is no one's issue ("the statement's wording"), or a participle of a person, gives None:

    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "saw", "protesters", "condemning", "Moscow"],
    ...           heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "acl", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "VERB", "PROPN"], tags=["NNP", "VBD", "NNS", "VBG", "NNP"],
    ...           lemmas=["Kyiv", "see", "protester", "condemn", "Moscow"])
    >>> issuing_verb(doc[3]) is None
    True
    """
    text = participle.head
    words = lexicon().construction_words
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or text.lemma_.lower() not in words["issued_texts"]:
        return None
    verb = text.head
    if text.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in words["issuing_verbs"]:
        return verb  # "issued a declaration demanding", "a resolution was adopted calling on"
    if text.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _MEANS_PREPS and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head  # "said in a statement condemning"
    return None
