"""Sending a text (pure): a verb of handing over whose thing is a document or a message communicates, it gives
no aid. "our draft treaties and agreements on ensuring strategic stability that we sent to the leadership of the
United States and NATO", "We will now prepare a response ... and send it to Washington and Brussels" (kremlin):
no AID to NATO (CAMEO 07 needs goods, money or people; a sent letter or message is CONSULT by its own pattern).

What is sent is the verb's object; for a relative pronoun ("that we sent") the noun the clause describes, and for
a personal pronoun ("send it") the object of the verb it is coordinated with ("prepare a response ... and send
it"), the one antecedent that is cheaply known. The words are the lexicon's ``sent_texts`` group with the speech,
reaction and document nouns (ontology/lexicon/constructions.toml, judging.toml).
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of

__all__ = ["sends_text"]

_PRONOUNS = ("it", "them", "this", "these", "those")
_CLIMBED = ("pobj", "prep", "pcomp", "conj", "appos", "dobj", "compound")


def _words(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def _is_text(tok: Token) -> bool:
    lex = lexicon()
    texts = lex.words("sent_texts") | lex.words("document_nouns") | lex.speech_nouns | lex.words("reaction_nouns")
    return any(w in texts for w in _words(tok))


def _is_goods(tok: Token) -> bool:
    lex = lexicon()
    goods = lex.aid_nouns | lex.weapon_nouns | lex.force_nouns | lex.deployable_nouns
    return any(w in goods for w in _words(tok))


def _described_text(noun: Token) -> bool:
    """The noun a relative clause hangs on, or the noun phrase it sits in, is a text: the parser often hangs the
    clause on the last noun ("agreements on ensuring strategic stability that we sent": on "stability"); the
    climb stops at goods ("the aid to the people that we sent" is aid)."""
    for _ in range(8):
        if noun.pos_ in ("NOUN", "PROPN"):
            if _is_text(noun):
                return True
            if _is_goods(noun):
                return False
        if noun.dep_ not in _CLIMBED or noun.head is noun or noun.pos_ == "VERB" and noun.dep_ != "pcomp":
            return False
        noun = noun.head
    return False


def _coordinated_object(verb: Token) -> tuple[Token, Token] | None:
    """The verb ``verb`` is coordinated with (or that verb's infinitive) and its object: "is going to draft an
    answer, our vision, and send it": (draft, answer)."""
    if verb.dep_ != "conj":
        return None
    other = verb.head
    for _ in range(3):
        obj = next((c for c in children_of(other) if c.dep_ == "dobj"), None)
        if obj is not None:
            return other, obj
        other = next((c for c in children_of(other) if c.dep_ == "xcomp"), None)
        if other is None:
            return None
    return None


def _written(verb: Token) -> bool:
    """The verb sets its object down in writing: "set them down on paper"."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in lexicon().words("writing_media")
               for c in children_of(verb) if c.dep_ == "prep" for p in children_of(c))


def sends_text(verb: Token, obj: Token) -> bool:
    """Whether the handing-over ``verb`` with object ``obj`` sends a document or a message, not goods.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "documents", "that", "we", "sent", "to", "NATO"],
    ...           heads=[1, 1, 4, 4, 1, 4, 5], deps=["det", "ROOT", "dobj", "nsubj", "relcl", "dative", "pobj"],
    ...           pos=["DET", "NOUN", "PRON", "PRON", "VERB", "ADP", "PROPN"], tags=["DT", "NNS", "WDT", "PRP", "VBD", "IN", "NNP"],
    ...           lemmas=["the", "document", "that", "we", "send", "to", "NATO"])
    >>> sends_text(doc[4], doc[2])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["we", "sent", "weapons", "to", "Ukraine"], heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "dative", "pobj"], pos=["PRON", "VERB", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["we", "send", "weapon", "to", "Ukraine"])
    >>> sends_text(doc[1], doc[2])
    False
    """
    if verb.dep_ in ("relcl", "acl") and (obj.tag_ in ("WDT", "WP") or obj.lower_ in ("that", "which")):  # ("that" is often IN)
        return _described_text(verb.head)
    if obj.lower_ in _PRONOUNS and obj.pos_ == "PRON":
        found = _coordinated_object(verb)
        if found is None or found[1].i > obj.i:
            return False
        other, antecedent = found
        return _is_text(antecedent) or antecedent.lower_ in _PRONOUNS and _written(other)
    return _is_text(obj)
