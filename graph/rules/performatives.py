"""Polite first-person speech acts (pure, over the parse): "I would like to thank", "I would ask Sirius to ...",
"we want to congratulate" do what they say (the saying is the act), so they are asserted, not wished or
hypothetical. Only verbal acts whose verb is a speech act (thank, ask, congratulate, invite, ...) are
performative; "I would like to visit Kyiv" or "we would send troops" stay what they were."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.syntax import in_condition
from stancegraph.rules.doc_index import children_of

__all__ = ["performative"]

_FIRST_PERSON = frozenset({"i", "we"})
_POLITE_MODALS = frozenset({"would", "should", "can", "must", "'d"})


def _first_person_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in children_of(verb))


def _polite_modal(verb: Token) -> bool:
    """No modal, or a polite one ("would ask", "can assure", "must say"); never "will" (a promise for later)."""
    modals = [c.lower_ for c in children_of(verb) if c.dep_ == "aux" and c.tag_ == "MD"]
    return all(m in _POLITE_MODALS for m in modals)


def performative(verb: Token) -> bool:
    """``verb`` is a speech act a first person performs by saying it politely.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> def read(words, heads, deps, lemmas):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
    ...               tags=["PRP", "MD", "VB", "TO", "VB", "NNP"][:len(words)])
    ...     return doc
    >>> doc = read(["I", "would", "like", "to", "thank", "Xi"], [2, 2, 2, 4, 2, 4],
    ...            ["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj"], ["I", "would", "like", "to", "thank", "Xi"])
    >>> performative(doc[4])
    True
    >>> doc = read(["He", "would", "like", "to", "thank", "Xi"], [2, 2, 2, 4, 2, 4],
    ...            ["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj"], ["he", "would", "like", "to", "thank", "Xi"])
    >>> performative(doc[4])
    False
    """
    groups = lexicon().construction_words
    if verb.lemma_.lower() not in groups["performative_verbs"] or any(c.dep_ == "neg" for c in children_of(verb)):
        return False
    if in_condition(verb):
        return False  # "if we ask them": the condition holds, not the request
    if _first_person_subject(verb):
        # "I would ask Sirius to create modules" (a plain "we proposed" is asserted or not by its own words)
        return _polite_modal(verb) and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(verb))
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.lemma_.lower() == "join":
        verb = verb.head.head  # "I would like to join the previous speakers in thanking Xi": thanks him too
    wanting = verb.head
    return (verb.dep_ == "xcomp" and wanting.i != verb.i and wanting.lemma_.lower() in groups["polite_wanting_verbs"]
            and _first_person_subject(wanting) and _polite_modal(wanting) and _polite_modal(verb)
            and not any(c.dep_ == "neg" for c in children_of(wanting)))  # "I would like to thank", "we want to congratulate"
