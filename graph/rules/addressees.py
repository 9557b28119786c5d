"""An addressee the sentence names but the registry does not: then no addressee is guessed from the discourse
or from the nearest name.

"I appeal to you and the leaders of your states", "I am asking for your approval", "he invites them to come", "we can count on support from
many states in Asia": the act has its addressee in the sentence ("you", "many states"), only no actor of the registry. The
speaker's counterpart in the recent discourse (:mod:`stancegraph.rules.discourse`) is then a guess against
the text (a fresh hand-read of press releases had "-> EU" and "-> BRICS" for these), so none is made.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.model import Span
from stancegraph.rules.doc_index import children_of

__all__ = ["addressed_object", "names_other_addressee", "names_own_partner", "speaks_to_listener"]

_OBJECTS = ("dobj", "pobj", "dative", "iobj", "conj")
_SECOND_PERSON = {"you", "yourself", "yourselves"}
_SECOND_POSS = {"your", "yours"}
_THIRD_PERSON = {"him", "her", "them"}
_OWN_CLAUSES = ("ccomp", "advcl", "relcl", "parataxis", "acl")


def _addressee_word(tok: Token) -> bool:
    if tok.lower_ in _SECOND_PERSON or tok.lower_ in _THIRD_PERSON:
        return True  # "he invites them to come to Donbas": a pronoun no actor was found for still names someone
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False  # a plural group: "many states", "the leaders", "our partners"
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.ent_type_ in ("ORG", "GPE", "NORP") for c in children_of(tok)):
        return False  # "the remaining 20 EU countries": named by an actor after all
    lemma = tok.lemma_.lower()
    lex = lexicon()
    return lemma in lex.group_nouns or lemma in lex.title_nouns or lemma in lex.construction_words["country_nouns"]


def names_other_addressee(doc: Doc, cue: Span) -> bool:
    """The phrase of the cue at ``cue`` has an object that names an addressee no actor stands for.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["I", "appeal", "to", "you"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "prep", "pobj"], pos=["PRON", "VERB", "ADP", "PRON"])
    >>> names_other_addressee(doc, Span(text="appeal", start=2, end=8))
    True
    >>> names_other_addressee(doc, Span(text="I", start=0, end=1))
    False
    """
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return span is not None and _names_addressee(span.root, _addressee_word)


def speaks_to_listener(head: Token) -> bool:
    """The phrase of the act at ``head`` is addressed to the listener: "I am asking for your approval" (said to
    "Mr President"): no name nearby is its addressee.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["asking", "for", "your", "approval"], heads=[0, 0, 3, 1],
    ...           deps=["ROOT", "prep", "poss", "pobj"], pos=["VERB", "ADP", "PRON", "NOUN"])
    >>> plain = Doc(spacy.blank("en").vocab, words=["asking", "for", "approval"], heads=[0, 0, 1],
    ...             deps=["ROOT", "prep", "pobj"], pos=["VERB", "ADP", "NOUN"])
    >>> speaks_to_listener(doc[0]), speaks_to_listener(plain[0])
    (True, False)
    """
    return _names_addressee(head, lambda tok: tok.lower_ in _SECOND_PERSON)


def _names_addressee(head: Token, addressee_word) -> bool:
    stack = [c for c in children_of(head) if c.dep_ not in _OWN_CLAUSES and c.dep_ not in ("nsubj", "nsubjpass")]
    while stack:
        tok = stack.pop()
        if (tok.dep_ in _OBJECTS and addressee_word(tok)) or (tok.dep_ == "poss" and tok.lower_ in _SECOND_POSS):
            return True  # ("I am asking for your approval", said to "Mr President": the one spoken to)
        stack.extend(c for c in children_of(tok) if c.dep_ not in _OWN_CLAUSES)
    return False


def names_own_partner(head: Token, index) -> bool:
    """The act's own "with"/"to" phrase names a partner no actor stands for ("speaking with the media", "talked
    to reporters"): the nearest name in the clause is then no partner of it. ``index``: the mention index.

    >>> from spacy.tokens import Doc
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Speaking", "with", "the", "media"], heads=[0, 0, 3, 1],
    ...           deps=["ROOT", "prep", "det", "pobj"], pos=["VERB", "ADP", "DET", "NOUN"])
    >>> class NoActors:
    ...     def of_phrase(self, tok): return []
    >>> names_own_partner(doc[0], NoActors())
    True
    """
    heads = [head, *(c for c in children_of(head) if c.dep_ == "acomp"), *([head.head] if head.dep_ == "acomp" else [])]
    objects = [p for h in heads for prep in children_of(h) if prep.dep_ == "prep" and prep.lower_ in ("with", "to")
               for p in children_of(prep) if p.dep_ == "pobj"]
    # ("grateful to the President of Russia - to you": one of them is an actor, so the partner is named)
    return any(p.pos_ in ("NOUN", "PRON") for p in objects) and not any(index.of_phrase(p) for p in objects)


def addressed_object(verb: Token) -> Token | None:
    """The object ``verb`` is addressed to: the object of a verb of addressing ("thanked the wives of the presidents
    for the warm welcome of Ukrainian citizens", lexicon ``addressing_verbs``), or an object the verb's clause
    follows, as in every "V someone that ..." ("the United States promised the Soviet leadership that NATO will not
    expand"). None without such an object. When no actor stands for it, the act has no other addressee: not an
    actor of the reason (the citizens were welcomed, not thanked) nor of the clause (NATO is what was promised about).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["She", "thanked", "the", "wives", "for", "the", "welcome"],
    ...           heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
    ...           pos=["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"], lemmas=["she", "thank", "the", "wife", "for", "the", "welcome"])
    >>> addressed_object(doc[1]).text
    'wives'
    >>> doc = Doc(spacy.blank("en").vocab, words=["They", "promised", "weapons", "to", "Kyiv"], heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "dative", "pobj"], pos=["PRON", "VERB", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["they", "promise", "weapon", "to", "Kyiv"])
    >>> addressed_object(doc[1]) is None  # the thing promised, not the one it was promised to
    True
    """
    obj = next((c for c in children_of(verb) if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    if verb.lemma_.lower() in lexicon().words("addressing_verbs") or any(c.dep_ == "ccomp" for c in children_of(verb)):
        return obj
    return None
