"""A participle the parser made the subject of a clause ("The Red Cross operating in Iraq said ..."): the
subject is the noun it describes, which the parser made the participle's own subject."""
from __future__ import annotations

from spacy.tokens import Token
from stancegraph.rules.doc_index import children_of

__all__ = ["reduced_relative_head"]


def reduced_relative_head(subject: Token) -> Token:
    """The noun a participle misparsed as a subject describes, else ``subject`` itself.

    In "The Red Cross operating in Iraq said ...", "operating" is parsed as the subject of "said" with "Cross"
    as its own subject; the phrase is a reduced relative clause ("the Red Cross, which operates in Iraq"),
    and the Red Cross is the one that said it. A participle with an auxiliary or a marker is a clause of its
    own and stays.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Cross", "operating", "in", "Iraq", "said", "it"],
    ...           heads=[1, 4, 1, 2, 4, 4], deps=["nsubj", "nsubj", "prep", "pobj", "ROOT", "dobj"],
    ...           pos=["PROPN", "VERB", "ADP", "PROPN", "VERB", "PRON"], tags=["NNP", "VBG", "IN", "NNP", "VBD", "PRP"])
    >>> reduced_relative_head(doc[1]).text, reduced_relative_head(doc[0]).text
    ('Cross', 'Cross')
    """
    if subject.pos_ == "VERB" and subject.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in children_of(subject)):
        own = [c for c in children_of(subject) if c.dep_ == "nsubj" and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")]
        if own:
            return own[0]
    return subject
