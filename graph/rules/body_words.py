"""A body's generic word inside a longer proper name is no actor: "Congress" in "the Ukrainian World Congress",
"the Congress of Local and Regional Authorities", "the International Congress of Mathematicians" or "the 13th
Congress of the party"; "Army" in "the Volunteer Society for Cooperation with the Army, Aviation, and Navy". Nor
is the bare word ("the Congress") in a document that used it inside such a name: it refers back to that name.

The words are the ``generic_body_names``, ``service_body_words`` and ``shared_council_names`` of
``ontology/lexicon/constructions.toml`` ("Security Council" in "the CSTO Collective Security Council").
A state's own body stays one: "the US Congress", "the Brazilian National Congress", "the Congress of Peru"
(:mod:`stancegraph.rules.phrase_state` reads their state).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of, doc_index, text_of

__all__ = ["body_word", "inside_longer_name", "named_body_elsewhere"]


def body_word(ent: Span) -> bool:
    """The entity is a body's generic word alone: "Congress", "the Senate", "Army".

    >>> import spacy
    >>> doc = spacy.blank("en")("the Congress met the Army and Russia")
    >>> body_word(doc[0:2]), body_word(doc[4:5]), body_word(doc[6:7])
    (True, True, False)
    """
    key = " ".join(text_of(ent).lower().split()).removeprefix("the ")
    words = lexicon().words
    return (key in lexicon().construction_words["generic_body_names"] or key in words("service_body_words")
            or key in words("shared_council_names"))


def _states_token(tok: Token) -> bool:
    """The token names a state or a people the registry knows ("US", "Brazilian", "Russia")."""
    return bool(tok.ent_id_) and tok.ent_type_ in ("GPE", "NORP")


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name that names no state and is no rank of a state's body ("World", "Local")."""
    return (tok.text[:1].isupper() and tok.is_alpha and not _states_token(tok)
            and tok.lower_ not in lexicon().words("body_rank_words") and tok.lower_ not in lexicon().title_nouns)


def _numbered(root: Token) -> bool:
    """"the 13th Congress", "XX Congress": a numbered congress is a meeting, not a body that acts."""
    for c in children_of(root):
        if c.i < root.i and c.dep_ in ("amod", "nummod", "compound") and (
                c.like_num or c.lower_ in lexicon().ordinal_words or c.text[:-2].isdigit()
                or (c.text.isupper() and set(c.text) <= set("IVXLC"))):
            return True
    return False


def inside_longer_name(ent: Span) -> bool:
    """The generic body word ``ent`` is part of a longer proper name, so it names no body of its own.

    A name word before it ("World Congress"), an "of" phrase of a name after it ("Congress of Local and Regional
    Authorities"; not "Congress of Peru"), a number ("the 13th Congress"), or a name that holds it as an object
    ("Society for Cooperation with the Army, Aviation, and Navy").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["the", "World", "Congress", "met", "the", "Congress", "of", "Peru"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 5, 3, 5, 6],
    ...           deps=["det", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           ents=["O", "O", "B-ORG", "O", "O", "B-ORG", "O", "B-GPE"])
    >>> doc[7].ent_id_ = "PER#name"
    >>> inside_longer_name(doc[2:3]), inside_longer_name(doc[5:6])
    (True, False)
    """
    root = ent.root
    if any(c.i < ent.start and c.dep_ in ("compound", "amod", "nmod") and _name_word(c) for c in children_of(root)):
        return True  # "the Ukrainian World Congress", "the International Congress"
    if ent.start > 0 and _name_word(ent.doc[ent.start - 1]) and ent.doc[ent.start - 1].pos_ == "PROPN" \
            and not ent.doc[ent.start - 1].is_sent_start:
        return True  # the same, parsed flat
    if _numbered(root):
        return True
    for prep in (c for c in children_of(root) if c.dep_ == "prep" and c.lower_ == "of"):
        objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
        if any(_name_word(o) and o.pos_ in ("PROPN", "NOUN") for o in objects):
            return True  # "Congress of Local and Regional Authorities"; "Congress of Peru" names a state
    return _object_of_name(root)


def _object_of_name(root: Token) -> bool:
    """"the Volunteer Society for Cooperation with the Army, Aviation, and Navy": the word (or a conjunct of it)
    is the object of a preposition of a capitalised name word that is no title and no actor's name."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    owner = tok.head.head
    return (owner.pos_ == "PROPN" and _name_word(owner) and not owner.is_sent_start and not owner.ent_id_
            and owner.i < tok.i)


def named_body_elsewhere(ent: Span) -> bool:
    """The bare word ("the Congress", no modifier of its own) where an earlier sentence of the document used it
    inside a longer name: it refers back to that name, not to a state's body.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["the", "World", "Congress", "met", ".", "the", "Congress", "spoke", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 3, 6, 7, 7, 7],
    ...           deps=["det", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
    ...           ents=["O", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "O"])
    >>> named_body_elsewhere(doc[6:7]), named_body_elsewhere(doc[2:3])
    (True, False)
    """
    doc, root = ent.doc, ent.root
    if any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in children_of(root)):
        return False  # a phrase of its own: read by inside_longer_name and phrase_state
    word, lower = root.lower_, doc_index(doc).lower  # (the words before it, read off the column: no Token made)
    return any(lower[i] == word and i != root.i and inside_longer_name(doc[i:i + 1]) for i in range(ent.start))
