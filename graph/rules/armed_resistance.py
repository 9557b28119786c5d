"""Armed resistance is fighting (pure, over the parse): armed forces that oppose, rebuff or block other forces or
their offensive fight them (PLOVER FIGHT), they reject no proposal: "since our army has been heroically opposing
the overwhelming forces of Russia". Both sides must be military: a state that "opposes a peacekeeping force" or
"the presence of foreign troops" takes a political position (REJECT), and an army that "denied the attack" makes
a statement. The verbs are the lexicon's ``resisting_verbs``; the forces its ``force_nouns`` and
``combatant_nouns``; an offensive is an event noun of armed conflict ("offensive", "invasion")."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.event_nouns import noun_type, quantified
from stancegraph.rules.doc_index import children_of

__all__ = ["armed_resistance"]


def _forces(tok: Token) -> bool:
    lex = lexicon()
    tok = quantified(tok)  # "thousands of soldiers"
    return bool({tok.lemma_.lower(), tok.lower_} & (lex.force_nouns | lex.combatant_nouns))


def armed_resistance(verb: Token, lemma: str, obj: Token | None) -> bool:
    """``verb`` (lemma ``lemma``) is a verb of resisting whose subject is armed forces and whose object is armed
    forces or an act of armed conflict.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["our", "army", "opposed", "the", "forces", "and", "Kyiv", "opposed", "the", "troops"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 2, 2, 7, 2, 9, 7],
    ...           deps=["poss", "nsubj", "ROOT", "det", "dobj", "cc", "nsubj", "conj", "det", "dobj"],
    ...           lemmas=["our", "army", "oppose", "the", "force", "and", "Kyiv", "oppose", "the", "troop"])
    >>> armed_resistance(doc[2], "oppose", doc[4]), armed_resistance(doc[7], "oppose", doc[9])
    (True, False)
    """
    if obj is None or lemma not in lexicon().words("resisting_verbs"):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or not _forces(subject):
        return False
    return _forces(obj) or noun_type(quantified(obj)) == "FIGHT"
