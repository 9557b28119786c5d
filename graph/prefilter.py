"""Candidate prefilter: a fast first pass that blanks the sentences that cannot hold a statement.

A statement needs a cue (a verb or event noun of the lexicon) and an actor in the same sentence. The first
pass runs only the pipeline's tokenizer, a vectorised copy of spaCy's sentencizer rule and a phrase
matcher over the registry's names (the entity ruler's own patterns) and the inflected forms of the cue
lexicon: about 230-300k words/s, some 70 times the statistical pipeline. A sentence is a *candidate* if
it has a cue form and an actor-like word: a registry name, a capitalised word that does not start the
sentence (a name the statistical NER may find; not "I"), or a pronoun the resolver of
:mod:`stancegraph.actors` reads ("he", "its"; "two"/"both" of "the two presidents"). A candidate with a
pronoun keeps the ``back`` sentences before it, where its antecedent may be; every candidate keeps
``context`` sentences on each side (none by default). Everything else is replaced by spaces of the same
length (line breaks kept), as :func:`stancegraph.clean.masked_text` blanks boilerplate, so every offset the
full pipeline computes on the prefiltered text is an offset in the original document.

The documented difference to the full mode (bench/README.md: 98.9% of its statements kept on 200 press
releases, 1.6-2.0x faster): statements whose pronoun refers further back than ``back`` sentences, whose
only actor the first pass cannot see (a lower-case "the congress"), whose sentence the rule-based
splitter cuts differently from the parser, or whose parse changes once the neighbouring sentences are
blank (which also adds a few statements).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_TITLE, IS_UPPER, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer

from stancegraph import lexicon
from stancegraph.registry import ActorRegistry

__all__ = ["Prefilter", "prefilter_for", "cue_forms", "inflections", "blank_outside", "CONTEXT", "BACK"]

#: Sentences kept on each side of every candidate.
CONTEXT = 0
#: Sentences kept before a candidate with a pronoun or "two"/"both" (where its antecedent may be).
BACK = 2

# the pronouns the resolver of stancegraph.actors reads, and the words of "the two presidents", "both sides"
_PRONOUNS = ("he", "him", "his", "she", "her", "it", "its", "two", "both")
# Cue lemmas with irregular forms (as spaCy's lemmatizer maps them back); regular ones are generated.
_IRREGULAR = {
    "meet": "met", "hold": "held", "make": "made", "give": "gave given", "strike": "struck stricken",
    "shoot": "shot", "fight": "fought", "speak": "spoke spoken", "withdraw": "withdrew withdrawn",
    "steal": "stole stolen", "stand": "stood", "sit": "sat", "build": "built", "seek": "sought",
    "send": "sent", "break": "broke broken", "freeze": "froze frozen", "sell": "sold", "buy": "bought",
    "tell": "told", "say": "said", "take": "took taken", "bring": "brought", "begin": "began begun",
    "lead": "led", "win": "won", "pay": "paid", "deal": "dealt", "forbid": "forbade forbidden",
    "undertake": "undertook undertaken", "overtake": "overtook overtaken", "shake": "shook shaken",
    "have": "has had", "be": "is are was were been", "do": "does did done", "go": "went gone",
    "swear": "swore sworn", "drive": "drove driven", "write": "wrote written", "bear": "bore borne",
    "lay": "laid", "lie": "lay lain", "put": "put", "cut": "cut", "hit": "hit", "set": "set",
    "shut": "shut", "quit": "quit", "spread": "spread", "beat": "beat beaten", "bind": "bound",
    "leave": "left", "keep": "kept", "feel": "felt", "hear": "heard", "find": "found", "get": "got gotten",
    "see": "saw seen", "know": "knew known", "grow": "grew grown", "throw": "threw thrown",
    "draw": "drew drawn", "show": "showed shown", "rise": "rose risen", "ride": "rode ridden",
    "weave": "wove woven", "flee": "fled", "lose": "lost", "mean": "meant", "fly": "flew flown flies",
}
_VOWELS = set("aeiou")
_SKIP_PARTS = frozenset("a an the of to up in on out down off de co re pre anti".split())


def inflections(lemma: str) -> set[str]:
    """Lower-case forms a verb or noun lemma can take in text (over-generated: recall matters, not precision).

    >>> sorted(inflections("demand"))
    ['demand', 'demanded', 'demanding', 'demands']
    >>> {"urged", "urges", "urging"} <= inflections("urge"), {"stopped", "stopping"} <= inflections("stop")
    (True, True)
    >>> {"met", "meets"} <= inflections("meet"), {"parties", "applied"} <= inflections("party") | inflections("apply")
    (True, True)
    """
    w = lemma.lower()
    forms = {w}
    forms.update(_IRREGULAR.get(w, "").split())
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing", w + "ing"}
    elif w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
    if len(w) >= 3 and w[-1] not in _VOWELS | {"w", "x", "y"} and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop -> stopped; over-generates "visitted": harmless
    if w.endswith("ic"):
        forms |= {w + "ked", w + "king"}
    return forms


def _words(key: str) -> list[str]:
    """Tokens of a multi-word or hyphenated lexicon key that can stand for it ('build-up' -> 'build')."""
    parts = [p for p in re.split(r"[\s_-]+", key.lower()) if p]
    if len(parts) == 1:
        return parts
    return [p for p in parts if p not in _SKIP_PARTS and len(p) > 2]


def cue_forms() -> frozenset[str]:
    """Every lower-case word form that can trigger a cue of the lexicon (verbs, phrasal verbs, event nouns).

    Read from :mod:`stancegraph.lexicon` at call time, so new cues are picked up without a change here.
    """
    lemmas: set[str] = set()
    lemmas.update(getattr(lexicon, "VERB_CUES", {}))
    lemmas.update(verb for verb, _particle in getattr(lexicon, "PHRASAL_CUES", {}))
    lemmas.update(getattr(lexicon, "NOUN_CUES", {}))
    lemmas.update(getattr(lexicon, "TRANSFER_VERBS", ()))
    lemmas.update(noun for _verb, noun in getattr(lexicon, "LIGHT_VERB_OVERRIDES", {}))
    lemmas.add("apply")  # "applied to join NATO"
    forms: set[str] = set()
    for key in lemmas:
        for word in _words(key):
            forms |= inflections(word)
    return frozenset(forms)


@dataclass
class Prefilter:
    """The first pass: ``masked(text)`` blanks every sentence that is not a candidate or its context.

    Build it with :meth:`from_nlp` from the full pipeline (same tokenizer, same registry patterns).
    """

    nlp: Language
    names: PhraseMatcher
    cue_ids: np.ndarray
    pronoun_ids: np.ndarray
    punct_ids: np.ndarray
    context: int = CONTEXT
    back: int = BACK
    capitals: bool = True
    i_id: int = 0

    @classmethod
    def from_nlp(cls, nlp: Language, registry: ActorRegistry | None = None, *, context: int = CONTEXT,
                 back: int = BACK, capitals: bool = True) -> Prefilter:
        """A prefilter over the tokenizer of ``nlp``, the registry's names and the cue lexicon."""
        from stancegraph.nlp import ruler_patterns

        for name, value in (("context", context), ("back", back)):
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"Prefilter: {name}={value!r} must be a whole number of sentences, 0 or more")
        registry = registry or ActorRegistry.load()
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        surfaces = sorted({p["pattern"] for p in ruler_patterns(registry)})
        matcher.add("ACTOR", list(nlp.tokenizer.pipe(surfaces)))
        strings = nlp.vocab.strings
        cue_ids = np.array(sorted(strings.add(f) for f in cue_forms()), dtype=np.uint64)
        pronoun_ids = np.array(sorted(strings.add(p) for p in _PRONOUNS), dtype=np.uint64)
        punct_ids = np.array(sorted(strings.add(p) for p in Sentencizer.default_punct_chars), dtype=np.uint64)
        return cls(nlp, matcher, cue_ids, pronoun_ids, punct_ids, context, back, capitals, np.uint64(strings.add("i")))

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of ``text`` to keep: candidate sentences with their context, merged, in order."""
        if not text.strip():
            return []
        doc = self.nlp.tokenizer(text)
        if len(doc) == 0:
            return []
        arr = doc.to_array([LOWER, ORTH, IS_PUNCT, IS_TITLE, IS_UPPER, IDX])  # uint64
        lower, idx = arr[:, 0], arr[:, 5].astype(np.int64)
        starts = _sentence_starts(arr[:, 1], arr[:, 2] == 1, self.punct_ids)
        sent_of = np.searchsorted(starts, np.arange(len(doc)), side="right") - 1
        n = len(starts)
        has_cue = np.zeros(n, dtype=bool)
        has_cue[sent_of[np.isin(lower, self.cue_ids)]] = True
        if not has_cue.any():
            return []
        actorish = np.zeros(n, dtype=bool)
        for _id, s, _e in self.names(doc):
            actorish[sent_of[s]] = True
        if self.capitals:
            capital = ((arr[:, 3] == 1) | (arr[:, 4] == 1)) & (lower != self.i_id)
            capital[starts] = False  # a sentence's first word is capitalised anyway; "I" names no actor
            actorish[sent_of[capital]] = True
        referring = np.zeros(n, dtype=bool)
        referring[sent_of[np.isin(lower, self.pronoun_ids)]] = True
        keep = has_cue & (actorish | referring)
        spread = keep.copy()
        for k in range(1, self.context + 1):
            spread[:-k] |= keep[k:]
            spread[k:] |= keep[:-k]
        back = keep & referring
        for k in range(1, self.back + 1):
            spread[:-k] |= back[k:]
        keep = spread
        bounds = np.append(idx[starts], len(text))
        out: list[tuple[int, int]] = []
        for i in np.flatnonzero(keep):
            start, end = int(bounds[i]), int(bounds[i + 1])
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out

    def masked(self, text: str) -> str:
        """``text`` with everything outside :meth:`windows` replaced by spaces (line breaks kept): same length."""
        return blank_outside(text, self.windows(text))

    def pipe(self, texts: Iterable[str]) -> Iterable[str]:
        for text in texts:
            yield self.masked(text)




def _sentence_starts(orth: np.ndarray, is_punct: np.ndarray, punct_ids: np.ndarray) -> np.ndarray:
    """Token indices that start a sentence, by the rule of spaCy's ``Sentencizer`` (vectorised).

    A token that is neither punctuation nor a sentence-final character starts a sentence if a sentence-final
    character (".", "!", "?" ...) stands between it and the previous such token; the first token always does.
    """
    final = np.isin(orth, punct_ids)
    word = ~is_punct & ~final
    seen = np.cumsum(final)
    words = np.flatnonzero(word)
    if len(words) == 0:
        return np.array([0])
    new = np.empty(len(words), dtype=bool)
    new[0] = True
    new[1:] = seen[words[1:]] > seen[words[:-1]]
    starts = words[new]
    if starts[0] != 0:
        starts[0] = 0
    return starts
_NOT_BREAK = re.compile(r"[^\r\n]")


def blank_outside(text: str, keep: list[tuple[int, int]]) -> str:
    """Replace every character outside the sorted ranges ``keep`` by a space, except line breaks.

    >>> blank_outside("One. Two. Three.", [(5, 10)])
    '     Two.       '
    """
    parts, pos = [], 0
    for s, e in keep:
        parts.append(_NOT_BREAK.sub(" ", text[pos:s]))
        parts.append(text[s:e])
        pos = e
    parts.append(_NOT_BREAK.sub(" ", text[pos:]))
    return "".join(parts)


@functools.lru_cache(maxsize=4)
def prefilter_for(nlp: Language, registry: ActorRegistry) -> Prefilter:
    """The default :class:`Prefilter` of a pipeline and registry, built once (a few hundred ms)."""
    return Prefilter.from_nlp(nlp, registry)
