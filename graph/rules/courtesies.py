"""Objects that leave a cue no act (pure, over the parse): courtesies ("Thank you, Mr President", "please accept
our sincere greetings", "sent a message of greetings to"), defending what is no actor ("defend our interests"),
knowing a person by sight ("I do recognise Dmitry Guberniyev"),
and meeting or inspecting a thing, not a partner ("meeting the requirements", "inspected the new building").
The words are data (``audience_words``, ``courtesy_nouns``, ``defending_verbs``, ``site_inspecting_verbs``,
``addressee_nouns`` in ``ontology/lexicon``)."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.performatives import performative
from stancegraph.rules.doc_index import children_of

__all__ = ["objects_name_no_act"]


def objects_name_no_act(cue: Cue, ctx: Context) -> bool:
    """True when the objects of ``cue``'s verb make it no act.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "sent", "a", "message", "of", "greetings"],
    ...           heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN"], lemmas=["Putin", "send", "a", "message", "of", "greeting"])
    >>> objects_name_no_act(Cue(doc[1], (doc[1], doc[3]), "CONSULT", "verb"), None)
    True
    """
    if cue.kind != "noun" and any(c.dep_ == "dobj" and (c.lower_ in lexicon().audience_words or (
            c.lower_ in lexicon().words("indefinite_objects") and not _excepted(c))) for c in children_of(cue.head)):
        return True  # "Thank you, Mr President": a courtesy, not an event; "we do not invite anyone": no one is addressed
    if cue.type == "AGREE" and cue.kind != "noun" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon().construction_words[
            "courtesy_nouns"] for c in children_of(cue.head)):
        return True  # "please accept our sincere greetings": a courtesy, no agreement
    objects = [c for c in children_of(cue.head) if c.dep_ == "dobj"]
    if cue.head.lemma_.lower() in lexicon().words("identifying_verbs") and any(
            c.ent_type_ == "PERSON" for c in objects) and not any(
            c.dep_ in ("prep", "oprd", "advcl") and c.lower_ in ("as", "for") for c in children_of(cue.head)):
        return True  # "I do recognise Dmitry Guberniyev" (in the hall): knows him; "recognised X as president" supports
    if cue.type == "CONSULT" and cue.kind == "verb" and cue.head.lemma_.lower() in lexicon().construction_words[
            "receiving_verbs"] and performative(cue.head):
        return True  # "I would like to greet His Majesty the Sultan of Brunei": a greeting in a speech, no visit
    if cue.type == "CONSULT" and any(w.lemma_.lower() in lexicon().construction_words["courtesy_nouns"]
                                     for c in objects for w in (c, *_of_objects(c))):
        return True  # "sent a message of greetings to": a courtesy, no consultation
    if cue.type == "SUPPORT" and cue.head.lemma_.lower() in lexicon().construction_words["defending_verbs"] and not any(
            ctx.index.of_phrase(c) and not c.lower_.endswith(("self", "selves")) for c in objects):
        return True  # "defended Iraq and Libya" supports them; "defend our interests", "defend itself" support no one
    inspecting = cue.type == "INVESTIGATE" and cue.head.lemma_.lower() in lexicon().words("site_inspecting_verbs")
    if cue.kind == "verb" and (cue.type == "CONSULT" or inspecting) and objects and not any(
            c.pos_ != "NOUN" or ctx.index.of_phrase(c) or c.lemma_.lower() in lexicon().addressee_nouns
            or (c.lemma_.lower() in lexicon().construction_words["visitor_nouns"]  # "received a mission from the OSCE"
                and cue.head.lemma_.lower() in lexicon().construction_words["receiving_verbs"])
            or c in cue.words for c in objects):  # "heard reports from": the pattern's own object
        return True  # "meeting the requirements", "discussed the budget", "inspected the new building": no partner
    return False


def _excepted(pronoun: Token) -> bool:
    """An indefinite pronoun with an exception names who is meant: "We do not blame anyone but the specific Russian
    military who did this"."""
    return any(c.lower_ in ("but", "except") and c.dep_ in ("cc", "prep") for c in children_of(pronoun))


def _of_objects(noun: Token) -> list[Token]:
    """The objects of ``noun``'s "of" phrases: "a message of greetings" -> greetings."""
    return [p for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"]
