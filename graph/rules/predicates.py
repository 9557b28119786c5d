"""Stance predicates, willingness and offers as event triggers (pure): "is concerned that", "grateful to",
"ready to work with", "offered to negotiate", "offered Russia a path to de-escalation".

The words are the lexicon's (``predicate_cues``, ``willingness_words``, ``cooperating_verbs``, ``offered_nouns``
in ontology/lexicon/predicates.toml); :func:`stancegraph.rules.cues.find_cues` turns what these functions find
into cues.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.kb.codebook import load_codebook
from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.event_nouns import noun_type
from stancegraph.rules.doc_index import DocIndex, children_of, doc_index

__all__ = ["predicate_type", "offer_type", "cooperative_complement", "adjectival_participle"]

_COPULAS = frozenset({"be", "remain", "feel", "seem", "stay", "become", "get"})
_COOPERATIVE_QUADS = frozenset({"verbal-coop", "material-coop"})


@functools.lru_cache(maxsize=1)
def _cooperative_types() -> frozenset[str]:
    """Code-book types of cooperation (quad classes verbal-coop, material-coop), INVESTIGATE excepted."""
    # SUPPORT verbs are verbal ("ready to defend itself" is no offer); the cooperating ones are in cooperating_verbs
    return frozenset(name for name, t in load_codebook().items() if t.quad in _COOPERATIVE_QUADS) - {
        "INVESTIGATE", "SUPPORT"}


def cooperative_complement(tok: Token) -> Token | None:
    """The infinitive after ``tok`` ("ready *to work*", "offered *to negotiate*") when it names cooperation."""
    for c in children_of(tok):
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            lemma = c.lemma_.lower()
            lex = lexicon()
            if lemma in lex.cooperating_verbs or lex.verb_cues.get(lemma) in _cooperative_types() or (
                    lemma == "take" and any(o.lemma_.lower() == "part" for o in children_of(c))):
                return c
    return None


def predicate_type(tok: Token, index: DocIndex | None = None) -> str | None:
    """The type a predicate adjective gives its subject: a stance ("Kyiv is concerned that", "grateful to
    Washington") or willingness to cooperate ("ready to work with", AGREE); None for other words. ``index``: the
    :class:`~stancegraph.rules.doc_index.DocIndex` of the Doc, when the caller holds it (find_cues).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Kyiv", "is", "ready", "to", "work", "with", "Ankara"],
    ...           heads=[1, 1, 1, 4, 2, 4, 5], deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "prep", "pobj"],
    ...           pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "ADP", "PROPN"],
    ...           lemmas=["Kyiv", "be", "ready", "to", "work", "with", "Ankara"])
    >>> predicate_type(doc[2]), predicate_type(doc[4])
    ('AGREE', None)
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "parties", "concerned"], heads=[1, 1, 1],
    ...           deps=["det", "ROOT", "amod"], pos=["DET", "NOUN", "ADJ"], lemmas=["the", "party", "concerned"])
    >>> predicate_type(doc[2]) is None
    True
    """
    index = doc_index(tok.doc) if index is None else index  # (its columns: no string look-up per attribute read)
    i, dep = tok.i, index.dep
    pos, role = index.pos[i], dep[i]
    if pos not in ("ADJ", "VERB") or role not in ("acomp", "ROOT", "ccomp", "conj", "xcomp"):
        return None
    if role == "acomp" and index.lemma[tok.head.i] not in _COPULAS:
        return None
    children = index.children[i]
    if role != "acomp" and not any(dep[c.i] in ("nsubj", "nsubjpass") for c in children) and not (
            role == "conj" and dep[tok.head.i] == "acomp"):
        return None
    word, lex = index.lower[i], lexicon()
    if pos == "VERB" and not (index.tag[i] == "VBN" and (role == "acomp" or any(
            dep[c.i] == "auxpass" for c in children)) and not any(dep[c.i] == "agent" for c in children)):
        return None  # "we are concerned" as a passive participle (its "by" phrase would read as the subject)
    if word in lex.predicate_cues:
        type_ = lex.predicate_cues[word]
        if type_ == "SUPPORT" or any(dep[c.i] == "ccomp" or (dep[c.i] == "prep" and index.lower[c.i] in lex.predicate_preps)
                                     for c in children):
            return type_  # "concerned that ...", "outraged at"; not "concerned about the situation"
        return None
    if word in lex.willingness_words and cooperative_complement(tok) is not None:
        return "AGREE"
    return None


def offer_type(verb: Token, lemma: str, obj: Token | None) -> str | None:
    """AGREE for an offer to cooperate: "offered to negotiate", "offered Russia a path to de-escalation".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "offered", "to", "negotiate"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp"], pos=["PROPN", "VERB", "PART", "VERB"],
    ...           lemmas=["Putin", "offer", "to", "negotiate"])
    >>> offer_type(doc[1], "offer", None)
    'AGREE'
    """
    if lemma != "offer":
        return None
    if obj is not None and obj.lemma_.lower() in lexicon().offered_nouns:
        return "AGREE"
    complement = cooperative_complement(verb) if obj is None else None
    if complement is None or complement.lemma_.lower() in lexicon().mediation_verbs:
        return None  # "offered to mediate between X and Y": the mediation rule consults each side (CONSULT)
    return "AGREE"


_CONFLICT_QUADS = frozenset({"verbal-conflict", "material-conflict"})


def conflict_purpose(type_: str, words: tuple[Token, ...]) -> bool:
    """A cooperative verb pattern ("look for ways", CAMEO 032) whose words carry an infinitive or a "for" naming a
    conflict act: "looking for new ways to intimidate Europe and seize our land", "preparing plans for a new
    offensive" are no intent to cooperate.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["looking", "for", "ways", "to", "seize", "land"],
    ...           heads=[0, 0, 1, 4, 2, 4], deps=["ROOT", "prep", "pobj", "aux", "acl", "dobj"],
    ...           pos=["VERB", "ADP", "NOUN", "PART", "VERB", "NOUN"], lemmas=["look", "for", "way", "to", "seize", "land"])
    >>> conflict_purpose("AGREE", (doc[0],)), conflict_purpose("DISAPPROVE", (doc[0],))
    (True, False)
    """
    book = load_codebook()
    if type_ not in _cooperative_types() | {"SUPPORT"}:
        return False
    nouns = [*words, *(o for w in words for c in children_of(w) if c.dep_ in ("dobj", "prep")
                       for o in (c, *children_of(c)) if o.dep_ in ("dobj", "pobj"))]
    acts = [c for w in nouns for c in children_of(w) if c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))]  # a purpose, not "that was captured"
    acts += [c for a in acts for c in children_of(a) if c.dep_ == "conj" and c.pos_ == "VERB"]
    types = [lexicon().verb_cues.get(a.lemma_.lower()) for a in acts]
    # "preparing plans for a new offensive against our troops": the plan's purpose is an event noun
    types += [noun_type(p) for w in nouns for c in children_of(w) if c.dep_ == "prep" and c.lower_ == "for"
              for p in children_of(c) if p.dep_ == "pobj"]
    return any(t in book and book[t].quad in _CONFLICT_QUADS for t in types if t)


def adjectival_participle(tok: Token, index: DocIndex | None = None) -> bool:
    """A participle the tagger read as a verb but that is an adjective of an impersonal "it": "it was striking how
    the authorities preferred ...", "it is alarming that ..." (no object; a clause says what strikes).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["it", "was", "striking", "how", "they", "acted"],
    ...           heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "advmod", "nsubj", "ccomp"],
    ...           tags=["PRP", "VBD", "VBG", "WRB", "PRP", "VBD"])
    >>> adjectival_participle(doc[2])
    True

    ``index`` is the :class:`~stancegraph.rules.doc_index.DocIndex` of the Doc when the caller holds it (verb_cue).
    """
    index = doc_index(tok.doc) if index is None else index  # (its columns: no string look-up per attribute read)
    if index.tag[tok.i] != "VBG":
        return False
    dep, children = index.dep, index.children[tok.i]
    return any(dep[c.i] == "nsubj" and index.lower[c.i] == "it" for c in children) and not any(
        dep[c.i] in ("dobj", "dative") for c in children) and any(dep[c.i] in ("ccomp", "csubj") for c in children)
