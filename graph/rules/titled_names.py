"""A title whose person is named right after its "of" phrase: "President of the Republic of Belarus Alexander
Lukashenko", "Head of the Office of the President of Ukraine Andriy Yermak".

The parser often reads such a name apart from its title: as a conjunct or object of its own ("Vladimir Putin and
[President of the Republic of Tajikistan] [Emomali Rahmon]", "meet with [President of ...] [Alexander
Lukashenko]"), or as the last object inside the title's "of" chain ("Head of the Office of the President of
[Ukraine Andriy Yermak]"). The title then stands for the state or organ of its "of" phrase, and the state
becomes a participant beside the person, or the organ takes the person's place. Here the title refers to the
person named right after it: no comma between them and no title of the person's own; or, when no name follows its
"of" phrase, the person after the last of a run of titles ("Chair of the European Parliament Delegation to the Euronest
Parliamentary Assembly, Member of the European Parliament Andrius Kubilius": rules.title_phrase_names).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import ActorKind
from stancegraph.rules.actors import ActorMention
from stancegraph.rules.title_phrase_names import person_ending_run
from stancegraph.rules.doc_index import children_of

__all__ = ["titled_person"]

_OF_CHAIN = ("prep", "pobj", "compound", "appos", "poss")


def titled_person(tok: Token, by_token: dict[int, ActorMention]) -> ActorMention | None:
    """The person named right after the title ``tok`` and its "of" phrase, or None.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.model import Actor
    >>> words = ["Putin", "met", "President", "of", "Belarus", "Alexander", "Lukashenko", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 6, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "compound", "dobj", "punct"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"],
    ...           lemmas=["Putin", "meet", "President", "of", "Belarus", "Alexander", "Lukashenko", "."])
    >>> luka = ActorMention(5, 7, 6, (Actor(id="alexander-lukashenko", label="Alexander Lukashenko", kind=ActorKind.PERSON),), "name")
    >>> blr = ActorMention(4, 5, 4, (Actor(id="BLR", label="Belarus", kind=ActorKind.STATE),), "name")
    >>> titled_person(doc[2], {4: blr, 5: luka, 6: luka}).actors[0].id
    'alexander-lukashenko'
    >>> titled_person(doc[4], {4: blr, 5: luka, 6: luka}) is None
    True
    """
    if tok.i in by_token or tok.lemma_.lower() not in lexicon().title_nouns or not tok.is_title:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)):
        return None  # "President Putin" is read as one name already
    if any(t.dep_ == "conj" for t in tok.subtree if t.i != tok.i):
        return None  # "Minister of Estonia A, Minister of Latvia B and ...": a list, not one titled name
    doc, last = tok.doc, tok.right_edge.i
    after = by_token.get(last + 1) if last + 1 < len(doc) else None
    if after is not None and after.start == last + 1 and doc[after.head].head.i != tok.i:
        return after if _a_person(after) else None  # "[President of the Republic of Belarus] [Alexander Lukashenko]"
    inner = by_token.get(last)
    if inner is None or inner.end - 1 != last or inner.start <= tok.i + 2 or not _a_person(inner):
        return person_ending_run(tok, by_token) if after is None else None
    if not _in_of_chain(doc[inner.head], tok):
        return None  # the name must end the title's own "of" chain
    before = doc[inner.start - 1]  # "... of Ukraine | Andriy Yermak": the name follows an organ's name, not "of"
    if before.pos_ != "PROPN" or before.lemma_.lower() in lexicon().title_nouns or not before.is_title:
        return None
    return inner


def _a_person(mention: ActorMention) -> bool:
    return len(mention.actors) == 1 and mention.actors[0].kind is ActorKind.PERSON and mention.how in ("name", "alias", "minted")


def _in_of_chain(name: Token, title: Token) -> bool:
    """``name`` hangs below ``title`` through "of" phrases, compounds and appositions only."""
    tok = name
    while tok.i != title.i:
        if tok.dep_ not in _OF_CHAIN or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True
