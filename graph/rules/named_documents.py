"""Names of documents and formats: "the Minsk agreements", "the draft Russian-US treaty", "the UN Convention",
"the Normandy format".

Such a phrase refers to a text that exists, not to an act in the sentence: its treaty noun is no AGREE event,
and the state or organisation in its name is no participant ("withdrew from the Minsk agreements" has no
target Belarus; "the right guaranteed by the UN Convention" is no act of the UN). Agreeing that happens in
the sentence is read from its verb ("signed", "reached an agreement") or a possessor ("Russia's agreement"),
which these rules leave alone. The nouns are ``document_nouns`` in ontology/lexicon/constructions.toml.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import sentence_of

__all__ = ["in_document_title", "is_document_noun", "named_document", "names_a_document"]

_NAME_DEPS = ("compound", "amod", "nmod", "npadvmod")
_NAME_ENTS = ("GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "LAW", "EVENT")


def is_document_noun(tok: Token) -> bool:
    """True for a treaty, agreement, convention, format ... noun."""
    words = lexicon().construction_words.get("document_nouns", frozenset())
    return tok.lemma_.lower() in words or tok.lower_ in words


def named_document(tok: Token) -> bool:
    """True when ``tok`` is a document noun with a name or "draft" before it ("the Minsk agreements",
    "the 2015 Minsk agreements", "the draft treaty", "the UN Convention"), or is itself part of a capitalised
    name in mid-sentence ("the Association Agreement").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Russia", "left", "the", "Minsk", "agreements", "and", "the", "mutual", "agreement"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 8, 8, 4],
    ...           deps=["nsubj", "ROOT", "det", "compound", "dobj", "cc", "det", "amod", "conj"],
    ...           pos=["PROPN", "VERB", "DET", "PROPN", "NOUN", "CCONJ", "DET", "ADJ", "NOUN"],
    ...           lemmas=["Russia", "leave", "the", "Minsk", "agreement", "and", "the", "mutual", "agreement"],
    ...           ents=["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "O"])
    >>> named_document(doc[4]), named_document(doc[8])
    (True, False)
    """
    if not is_document_noun(tok):
        return False
    if tok.i > sentence_of(tok).start and tok.text[:1].isupper() and not tok.ent_type_ in ("PERSON",):
        return True
    for mod in tok.lefts:
        if mod.dep_ not in _NAME_DEPS:
            continue
        if mod.lower_ == "draft" or mod.ent_type_ in _NAME_ENTS or mod.pos_ == "PROPN" or mod.like_num:
            return True
    return False


def names_a_document(tok: Token) -> bool:
    """True when ``tok`` (an actor's name) sits inside the name of a document: "Minsk" in "the Minsk
    agreements", "UN" in "the UN Convention", "Russian" in "the draft Russian-US treaty"."""
    head = tok
    while head.dep_ in _NAME_DEPS + ("punct",) and head.head is not head and head.i < head.head.i:
        head = head.head
        if named_document(head):
            return True
    return False


def in_document_title(tok: Token) -> bool:
    """True when ``tok`` is a capitalised word of the "of" phrase that names a capitalised document: "Mutual
    Assistance" in "signed a Treaty of Friendship, Cooperation and Mutual Assistance" names the treaty, it is no
    act of assistance.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "Treaty", "of", "Friendship", "and", "Assistance"],
    ...           heads=[1, 1, 1, 2, 3, 3], deps=["det", "ROOT", "prep", "pobj", "cc", "conj"],
    ...           lemmas=["a", "treaty", "of", "friendship", "and", "assistance"])
    >>> in_document_title(doc[5]), in_document_title(doc[1])
    (True, False)
    """
    if not tok.text[:1].isupper():
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.text[:1].isupper() and is_document_noun(prep.head))
