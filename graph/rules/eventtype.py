"""The code-book type of an event beyond its cue word (pure, over the parse): who uses force, with what and
against whom decides FIGHT, ASSAULT, COERCE or PROTEST (CAMEO 14-19), and one actor "agreeing to" act
takes a decision rather than agreeing with anyone."""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.rules.context import Context
from stancegraph.rules.cues import Cue
from stancegraph.rules.event_nouns import noun_type, quantified
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.syntax import subject_of
from stancegraph.rules.doc_index import children_of

__all__ = ["violence_type", "decision", "verbal_type"]


def violence_type(cue: Cue, verb: Token, cue_heads: dict[int, Cue]) -> str:
    """Who uses force, with what, against whom decides its type (CAMEO 17-19): police raiding coerce,
    protesters storming protest, gunmen and bombers assault, strikes and shelling fight whoever they kill,
    and security forces shooting civilians assault them.

    Examples
    --------
    "X stormed the parliament" is FIGHT by the lexicon; who storms decides:

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import verb_cue
    >>> def stormed(subject, lemma):
    ...     doc = Doc(spacy.blank("en").vocab, words=[subject, "stormed", "parliament"], heads=[1, 1, 1],
    ...               deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "NOUN"], lemmas=[lemma, "storm", "parliament"])
    ...     cue = verb_cue(doc[1])
    ...     return cue.type, violence_type(cue, doc[1], {1: cue})
    >>> stormed("Protesters", "protester"), stormed("Gunmen", "gunman"), stormed("Police", "police"), stormed("Troops", "troop")
    (('FIGHT', 'PROTEST'), ('FIGHT', 'ASSAULT'), ('FIGHT', 'COERCE'), ('FIGHT', 'FIGHT'))
    """
    type_ = cue.type
    if cue.kind == "noun" or type_ not in ("FIGHT", "ASSAULT", "COERCE"):
        return type_
    subj, _ = subject_of(verb)
    if type_ == "COERCE":  # "supporters of Evo Morales blocked roads": obstruction is protest (CAMEO 144)
        crowd = subj is not None and (quantified(subj).lemma_.lower() in lexicon().marchers or subj.lemma_.lower() in lexicon().marchers)
        if not crowd and not _enforcer(quantified(subj) if subj is not None else None) and any(
                w.lemma_.lower() in lexicon().weapon_nouns or w.lower_ in lexicon().weapon_nouns for w in cue.words):
            return "FIGHT"  # "the Russian army uses missile artillery and aircraft": military force (CAMEO 19), no repression
        # (not when it makes someone do something: "the Ukrainian people will force the invaders to recognize reality")
        return "PROTEST" if crowd and not any(c.dep_ == "xcomp" for c in children_of(verb)) else type_
    subj = quantified(subj) if subj is not None else None  # "tens of thousands of protesters"
    lemma = subj.lemma_.lower() if subj is not None else ""
    civilians = _civilian_victims(cue.head, direct=True)
    shooting = cue.head.lemma_.lower() in lexicon().construction_words["shooting_verbs"] or (
        cue.noun is not None and cue.noun.lemma_.lower() == "fire")  # "opened fire on students"
    if _enforcer(subj):
        return "ASSAULT" if civilians and shooting else "COERCE"
    if lemma in lexicon().protest_crowds:
        return "PROTEST"  # "protesters stormed the parliament": a violent protest
    if lemma in lexicon().irregular_attackers or (subj is not None and subj.lower_ in lexicon().irregular_attackers):
        return "ASSAULT"  # "gunmen stormed a hotel", "suicide bombers attacked crowds"
    if (lemma in lexicon().insurgent_nouns or (subj is not None and subj.lower_ in lexicon().insurgent_nouns)) and _civilian_victims(cue.head):
        return "ASSAULT"  # "insurgents attacked the town, killing dozens of people": violence against civilians
    if type_ == "ASSAULT" and subj is not None and (noun_type(subj) == "FIGHT" or lemma in lexicon().weapon_nouns):
        return "FIGHT"  # "Israeli air strikes killed 33 people": military force, whoever it kills
    if type_ == "ASSAULT" and verb.dep_ in ("advcl", "conj") and cue_heads.get(verb.head.i) is not None and (
            cue_heads[verb.head.i].type == "FIGHT"):
        parent_subject, _ = subject_of(verb.head)
        if not _enforcer(parent_subject) or not _civilian_victims(verb.head, direct=True):
            return "FIGHT"  # "carried out air strikes on a village, killing 100 people": the killing is the strike
        return "ASSAULT"  # "security forces opened fire on students, killing 20": repression
    if type_ == "FIGHT" and shooting and civilians:
        return "ASSAULT"  # "security forces shot dead dozens of people"
    return type_


def _enforcer(subj: Token | None) -> bool:
    """Police, courts, security forces: "police raided", "riot police", "security forces opened fire"."""
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    if lemma in lexicon().enforcer_nouns or subj.lower_ in lexicon().enforcer_nouns:
        return True
    return lemma in lexicon().construction_words["security_force_nouns"] and any(
        c.dep_ == "compound" and c.lower_ in lexicon().construction_words["security_modifiers"] for c in children_of(subj))


def _civilian_victims(verb: Token, *, direct: bool = False) -> bool:
    """The verb's object or aim ("opened fire on students"), or (unless ``direct``) the object of a killing
    that follows it ("attacked the town, killing dozens of people"), are civilians."""
    verbs = [verb] + ([] if direct else [c for c in children_of(verb) if c.dep_ in ("advcl", "conj")
                                         and c.lemma_.lower() in lexicon().construction_words["casualty_verbs"]])
    for v in verbs:
        for c in children_of(v):
            victims = [c] if c.dep_ == "dobj" else [p for p in children_of(c) if p.dep_ == "pobj"] if (
                c.dep_ == "prep" and c.lower_ in ("on", "at")) else []
            for victim in (quantified(x) for x in victims):
                if victim.lemma_.lower() in lexicon().civilian_nouns or victim.lower_ in lexicon().civilian_nouns:
                    return True
    return False


def decision(cue: Cue, ctx: Context) -> bool:
    """"agreed to ban", "decided to impose": one actor agreeing with no partner takes a decision, and
    the act decided on is the event (coded as scheduled), not an agreement with anyone.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.kb.registry import ActorRegistry
    >>> from stancegraph.model import Actor, ActorKind, Document
    >>> from stancegraph.rules.coreference import actor_mentions
    >>> from stancegraph.rules.cues import verb_cue
    >>> from stancegraph.rules.mention_index import MentionIndex
    >>> registry = ActorRegistry.from_records(
    ...     [Actor(id="RUS", label="Russia", kind=ActorKind.STATE), Actor(id="UKR", label="Ukraine", kind=ActorKind.STATE)],
    ...     [("Russia", "RUS", "name"), ("Ukraine", "UKR", "name")], [])
    >>> def agreed(words, heads, deps, pos, lemmas, ents):
    ...     doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    ...     ctx = Context(doc=doc, document=Document(id="d1", text=doc.text), registry=registry,
    ...                   index=MentionIndex(actor_mentions(doc, registry), registry=registry), reference=None)
    ...     return decision(verb_cue(doc[1]), ctx)
    >>> agreed(["Russia", "agreed", "to", "ban", "imports"], [1, 1, 3, 1, 3], ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
    ...        ["PROPN", "VERB", "PART", "VERB", "NOUN"], ["Russia", "agree", "to", "ban", "import"], ["B-GPE", "O", "O", "O", "O"])
    True
    >>> agreed(["Russia", "agreed", "with", "Ukraine"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
    ...        ["PROPN", "VERB", "ADP", "PROPN"], ["Russia", "agree", "with", "Ukraine"], ["B-GPE", "O", "O", "B-GPE"])
    False
    """
    verb = cue.head
    if cue.kind != "verb" or cue.type != "AGREE" or verb.lemma_.lower() not in lexicon().construction_words["deciding_verbs"]:
        return False
    if any(c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and c.dep_ != "aux" for c in children_of(verb)):
        return False
    subj, _ = subject_of(verb)
    actors = {a.id for m in ctx.index.of_phrase(subj) for a in m.actors} if subj is not None else set()
    return len(actors) == 1


def _objects(verb: Token) -> list[Token]:
    """The verb's object and the objects of its prepositions: "hit back at the allegations"."""
    out = [c for c in children_of(verb) if c.dep_ in ("dobj", "attr")]
    return out + [p for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("at", "against", "on", "over")
                  for p in children_of(c) if p.dep_ == "pobj"]


def verbal_type(cue: Cue, verb: Token) -> str | None:
    """The verbal type of a cue that only speaks, None if it keeps its own type; ``""`` if it carries no type.

    A conflict verb whose object is a claim or a speech act is figurative: "hit back at the allegations",
    "fought back against claims" reject them (REJECT), "attacked the decision" disapproves of it (DISAPPROVE).
    A verb of speaking ("asked", "told", "said") is an appeal only with a request: "asked Moscow to withdraw",
    "asked for guarantees"; "asked a question", "told reporters" carry no type of their own.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from stancegraph.rules.cues import verb_cue
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "hit", "back", "at", "the", "allegations"],
    ...           heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "prt", "prep", "det", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "ADP", "DET", "NOUN"], lemmas=["Kyiv", "hit", "back", "at", "the", "allegation"])
    >>> cue = verb_cue(doc[1])
    >>> cue.type, verbal_type(cue, doc[1])
    ('FIGHT', 'REJECT')
    """
    groups = lexicon().construction_words
    head = cue.head
    lemma = head.lemma_.lower()
    if cue.kind == "noun":
        return None
    if lemma in groups["speaking_verbs"] and cue.type in ("APPEAL", "DEMAND"):  # (a verdict said is judged elsewhere)
        request = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children_of(head))
        question = any(c.lemma_.lower() in groups["question_nouns"] for c in children_of(head) if c.dep_ in ("dobj", "mark"))
        return None if request and not question else ""
    if cue.type not in ("FIGHT", "ASSAULT"):
        return None
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children_of(head))
    for obj in _objects(head):
        word = obj.lemma_.lower()
        if word in groups["claim_nouns"]:
            return "REJECT"
        if word in groups["speech_nouns"] or (back and obj.head.dep_ == "prep" and obj.head.lower_ in ("at", "against")):
            return "DISAPPROVE"
    return None

