"""Passive participles the parser read as active verbs, and passives whose patient is the mover (pure, over the parse).

A past participle hung on a noun says what was done to that noun: "the Malaysian Boeing shot down by the Russian
occupiers", "neo-Nazis backed by the United States", "the Menorah damaged by shelling". The parser often makes
the noun the participle's subject (``nsubj``), as if the noun had done the act. Two marks tell the passive: a
"by" phrase the parser itself labels ``agent`` (an active verb has none), or a past participle (``VBN``) with
no auxiliary of its own (a finite active clause needs "has"/"had" before a participle). Neither with a direct
object: "Russia shot down a drone" is active. The noun is then the patient, as a passive subject is: its act's
doer is the "by" agent or nobody, never the noun, and the noun is the act's target.

The verbs of moving one's own forces (RETREAT, MOBILIZE) are the exception of event coding: "troops were
withdrawn", "guerrillas have been demobilized", "units were deployed to the border" code the side whose force
moves as the actor, whoever gave the order, because a side moves its own forces. When such a passive names no
"by" agent and its patient is a force, the force is the actor; a "by" agent stays the actor ("were deployed by
the UN"), and a patient that is no force ("civilians were deported") names no actor.
"""
from __future__ import annotations

from spacy.tokens import Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.conjuncts import active_conjunct
from stancegraph.rules.doc_index import children_of

__all__ = ["participle_patient", "patient_of", "described_patient", "passive_patients", "passive_doer", "moved_force",
           "SELF_MOVING_TYPES"]

# The types whose passive patient, when it is a force and no agent is named, is coded as the one who acts.
SELF_MOVING_TYPES = frozenset({"RETREAT", "MOBILIZE"})


def participle_patient(verb: Token) -> Token | None:
    """The noun a passive participle describes that the parser made its subject, else None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Malaysian", "Boeing", "shot", "down", "by", "the", "occupiers", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2, 2, 6, 4, 2],
    ...           deps=["amod", "nsubj", "ROOT", "prt", "agent", "det", "pobj", "punct"],
    ...           tags=["JJ", "NNP", "VBD", "RP", "IN", "DT", "NNS", "."])
    >>> participle_patient(doc[2])
    Boeing

    An active verb with an object, or a participle with its own auxiliary, is not one:

    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "has", "shot", "down", "a", "drone"], heads=[2, 2, 2, 2, 5, 2],
    ...           deps=["nsubj", "aux", "ROOT", "prt", "det", "dobj"], tags=["NNP", "VBZ", "VBN", "RP", "DT", "NN"])
    >>> participle_patient(doc[2]) is None
    True
    """
    if verb.pos_ not in ("VERB", "") or any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj", "dative", "ccomp", "xcomp")
                                           for c in children_of(verb)):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN", ""):
        return None  # "who", "that", "we": a relative or personal pronoun subject is a real (active) subject
    agent = any(c.dep_ == "agent" and any(p.dep_ in ("pobj", "pcomp") for p in children_of(c)) for c in children_of(verb))
    by_phrase = any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(verb))
    if agent or (verb.tag_ == "VBN" and by_phrase):
        return subject
    return None


def patient_of(verb: Token) -> Token | None:
    """The patient of a passive verb: its passive subject, or the noun a participle the parser read as active
    describes (:func:`participle_patient`); None for an active verb.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "was", "shelled", "."], heads=[2, 2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "punct"], tags=["NNP", "VBD", "VBN", "."])
    >>> patient_of(doc[2])
    Kyiv
    """
    return next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None) or participle_patient(verb)


def described_patient(verb: Token) -> Token | None:
    """The noun a passive participle or passive relative clause describes, which suffered its act: "Ukrainian
    cities destroyed by the Russian army", "Mariupol, which has been blocked by Russian troops"; None otherwise
    (an active relative "the army that destroyed ..." describes its doer).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["cities", "destroyed", "by", "the", "army"], heads=[0, 0, 1, 4, 2],
    ...           deps=["ROOT", "acl", "agent", "det", "pobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"],
    ...           tags=["NNS", "VBN", "IN", "DT", "NN"])
    >>> described_patient(doc[1])
    cities
    """
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(verb)):
        return head
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in children_of(verb)):
        return head
    return None


def passive_patients(verb: Token, cue_type: str) -> list[tuple[Token, str]]:
    """The patients of a passive ``verb`` with how each was found, the targets of its act: the passive subject
    ("nsubjpass"; not a moved force, :func:`moved_force`), the subject the parser gave a participle
    (:func:`participle_patient`) and the noun a participle or passive relative describes ("described-patient").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "was", "shelled", "."], heads=[2, 2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "punct"], tags=["NNP", "VBD", "VBN", "."])
    >>> passive_patients(doc[2], "FIGHT")
    [(Kyiv, 'nsubjpass')]
    """
    out = []
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if subject is not None and moved_force(verb, cue_type) is None:
        out.append((subject, "nsubjpass"))
    if (patient := participle_patient(verb)) is not None:
        out.append((patient, "nsubjpass"))
    if (described := described_patient(verb)) is not None:
        out.append((described, "described-patient"))
    return out


def passive_doer(node: Token, parent: Token) -> tuple[Token | None, str] | None:
    """Who does ``node`` when climbing from it to the passive verb ``parent`` above it finds the doer (None: climb
    on). The means in a passive's "by" phrase has no doer but the agent ("damaged by shelling"); a conjunct
    that cannot be a participle (an auxiliary, a present tense: :mod:`stancegraph.rules.conjuncts`) shares the
    passive's patient as its actor ("the minister was indicted and will resign"), the first verb's agent is not
    carried over; a participle conjunct stays passive and has no doer ("was arrested and charged").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["He", "was", "indicted", "by", "a", "court", "and", "will", "resign"],
    ...           heads=[2, 2, 2, 2, 5, 3, 2, 8, 2], deps=["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj", "cc", "aux", "conj"],
    ...           pos=["PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "CCONJ", "AUX", "VERB"],
    ...           tags=["PRP", "VBD", "VBN", "IN", "DT", "NN", "CC", "MD", "VB"])
    >>> passive_doer(doc[8], doc[2])
    (He, 'conj-passive-subject')
    """
    if not (any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(parent)) or participle_patient(parent) is not None):
        return None
    if node.dep_ == "agent" or node.lower_ == "by":
        return None, ""
    if node.dep_ == "conj":
        patient = patient_of(parent)
        if patient is None or not active_conjunct(node) or _continues_a_relative(node, parent):
            return None, ""
        return patient, "conj-passive-subject"
    return None


def _continues_a_relative(conj: Token, verb: Token) -> bool:
    """A relative clause of the same tense comes between the passive ``verb`` and its ``conj``: "it is accompanied
    by chaos, which aggravates the situation, destroys social life": the conjunct continues the relative clause
    (the parser hung it on the passive), and the passive's patient does not do it."""
    return any(t.dep_ in ("relcl", "acl") and t.tag_ == conj.tag_ for t in conj.doc[verb.i + 1:conj.i])


def moved_force(verb: Token, cue_type: str) -> tuple[Token, str] | None:
    """The force a passive of moving forces moves when it names no agent ("guerrillas have been demobilized")
    and how it was found, else None; see the module docstring for the coding convention.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["troops", "were", "withdrawn", "."], heads=[2, 2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "punct"], tags=["NNS", "VBD", "VBN", "."],
    ...           lemmas=["troop", "be", "withdraw", "."])
    >>> moved_force(doc[2], "RETREAT"), moved_force(doc[2], "FIGHT")
    ((troops, 'moved-force'), None)
    """
    if cue_type not in SELF_MOVING_TYPES or any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                                                 for c in children_of(verb)):
        return None
    patient = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if patient is None:
        return None
    lex = lexicon()
    forces = lex.force_nouns | lex.combatant_nouns | lex.insurgent_nouns
    # "one third of the guerrillas", "some of the troops": the share's "of" phrase names the force
    heads = [patient, *(p for c in children_of(patient) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                        if p.dep_ == "pobj")]
    force = next((h for h in heads if h.lemma_.lower() in forces or h.lower_ in forces), None)
    return (force, "moved-force") if force is not None else None
