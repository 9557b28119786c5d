"""A warning about another's act is no threat (pure, over the parse): "Biden warned that Russia could invade
Ukraine" judges Russia (CAMEO 110, "warn of fight": DISAPPROVE), while "Russia warned that it would respond" and
"warned that sanctions would follow" threaten with the speaker's own act (CAMEO 130)."""
from __future__ import annotations

from spacy.tokens import Token

__all__ = ["warned_of_another"]

_ACTOR_ENTS = ("GPE", "NORP", "ORG", "PERSON")


def warned_of_another(verb: Token) -> bool:
    """True when the clause ``verb`` (a verb of warning) warns of has a named subject other than the one who warns:
    a state, group or person by name, not a pronoun ("it", "they", "we") nor a thing ("sanctions").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Biden", "warned", "that", "Russia", "could", "invade"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"],
    ...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB"])
    >>> warned_of_another(doc[1])
    True
    """
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = {t.lower_ for t in speaker.subtree} if speaker is not None else set()
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        named = subject.pos_ == "PROPN" or subject.ent_type_ in _ACTOR_ENTS or any(
            c.ent_type_ in _ACTOR_ENTS for c in subject.children if c.dep_ in ("amod", "compound", "poss"))
        if named and subject.lower_ not in said:
            return True
    return False
