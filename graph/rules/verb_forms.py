"""Verb forms the cue lexicon does not list but knows the base of: "reimposed blockades" is "imposed blockades"
again (pure).

Only the lexicon's light verbs are unprefixed: their object decides the event ("reimposed the blockade",
"relaunched talks", "reestablished diplomatic relations"), so the prefix cannot change its type. A free
"re-" before any known verb would be wrong: "recommend" is no "commend", "repress" no "press", "revisit"
no "visit".

:func:`verb_lemma` also repairs a past form the lemmatizer got wrong ("staged" -> "stag") to the base form
the cue lexicon knows.
"""
from __future__ import annotations

import functools

from spacy.tokens import Token

from stancegraph.kb.lexicon import Lexicon, active as lexicon
from stancegraph.rules.doc_index import DocIndex, doc_index

__all__ = ["unprefixed", "verb_lemma"]

_MIN_BASE = 5  # "reopen", "reset": a short base is too often another word ("resign", "remove")


def unprefixed(lemma: str, light_verbs: frozenset[str]) -> str | None:
    """The light verb ``lemma`` repeats ("reimpose" -> "impose"), or None.

    >>> light = frozenset({"impose", "launch", "establish", "sign"})
    >>> unprefixed("reimpose", light), unprefixed("re-launch", light), unprefixed("reestablish", light)
    ('impose', 'launch', 'establish')
    >>> unprefixed("resign", light) is None, unprefixed("impose", light) is None
    (True, True)
    """
    if not lemma.startswith("re"):
        return None
    base = lemma[3:] if lemma.startswith("re-") else lemma[2:]
    return base if len(base) >= _MIN_BASE and base in light_verbs else None


@functools.lru_cache(maxsize=4)
def _known_verbs(lex: Lexicon) -> frozenset[str]:
    """Every verb lemma some cue rule knows (to repair a past form the lemmatizer got wrong)."""
    return (frozenset(lex.verb_cues) | lex.light_verbs | lex.transfer_verbs | lex.judging_verbs | lex.reporting_verbs
            | lex.want_verbs | lex.mediation_verbs | {verb for verb, _ in lex.phrasal_cues})


def verb_lemma(tok: Token, index: DocIndex | None = None) -> str:
    """The lemma, or for a past form the lemmatizer got wrong ("staged" -> "stag") the base form the
    cue lexicon knows ("stage"). ``index``: the :class:`~stancegraph.rules.doc_index.DocIndex` of the token's Doc,
    when the caller holds it.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Protesters", "staged", "rallies"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "NOUN"], tags=["NNS", "VBD", "NNS"],
    ...           lemmas=["protester", "stag", "rally"])
    >>> verb_lemma(doc[1]), verb_lemma(doc[2])
    ('stage', 'rally')
    """
    index = doc_index(tok.doc) if index is None else index  # (its columns: no string look-up per attribute read)
    lex, lemma = lexicon(), index.lemma[tok.i]
    known = _known_verbs(lex)
    if lemma in known:
        return lemma
    again = unprefixed(lemma, lex.light_verbs)  # "reimposed blockades": imposed them again
    if again is not None:
        return again
    word = index.lower[tok.i]
    if index.tag[tok.i] not in ("VBD", "VBN") or not word.endswith("ed"):
        return lemma
    for base in (word[:-1], word[:-2], word[:-3]):  # staged -> stage, attacked -> attack, banned -> ban
        if base in known:
            return base
    return lemma
