"""Whom a fight is for (pure, over the parse): "Ukraine is fighting for us", "fighting for the Fatherland, for our
people". The one a fight is for is on the fighter's side, never the other side of the fight, neither as its target
nor as a guess; a "for" of purpose may name the other side inside it ("uses artillery for strikes on Ukrainian
cities"). Real text: "Ukraine is fighting for us, and it is our duty to help ...," said Egils Levits (the President of
Latvia) had been Ukraine's fight against Latvia."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["fought_for"]


def fought_for(prep: Token) -> bool:
    """``prep`` is a "for" whose object names people: a pronoun, a name, a homeland or a people ("public_nouns").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["fighting", "for", "us", "for", "strikes"], heads=[0, 0, 1, 0, 3],
    ...           deps=["ROOT", "prep", "pobj", "prep", "pobj"], pos=["VERB", "ADP", "PRON", "ADP", "NOUN"],
    ...           lemmas=["fight", "for", "we", "for", "strike"])
    >>> fought_for(doc[1]), fought_for(doc[3])
    (True, False)
    """
    people = lexicon().words("homeland_nouns") | lexicon().words("public_nouns")
    return prep.lower_ == "for" and any(o.dep_ == "pobj" and (o.pos_ in ("PRON", "PROPN") or o.lemma_.lower() in people)
                                        for o in children_of(prep))
