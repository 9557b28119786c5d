"""Word forms that can trigger a cue of the lexicon, generated without a parse (for the prefilter's first pass)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from stancegraph.kb import lexicon

__all__ = ["inflections", "noun_forms", "cue_form_classes", "cue_forms", "CueForms"]

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


def noun_forms(word: str) -> set[str]:
    """Singular and plural of a noun lemma ('talk' -> 'talk', 'talks'; 'supply' -> 'supplies')."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    return forms


@dataclass(frozen=True)
class CueForms:
    """The word forms that can trigger a cue, by how the lexicon uses them.

    ``verbs``: forms of verb cues (any inflection); ``nouns``: singular and plural of event nouns (a noun cue
    is never "according" or "concerned"); ``phrasal``: forms of verbs that are cues only with a particle
    ("stood with", "called on", "pulled its troops out"), each with the particles that make them one.
    """

    verbs: frozenset[str]
    nouns: frozenset[str]
    phrasal: dict[str, frozenset[str]]

    def all(self) -> frozenset[str]:
        return self.verbs | self.nouns | frozenset(self.phrasal)


def cue_form_classes() -> CueForms:
    """:class:`CueForms` of the cue lexicon, read from :mod:`stancegraph.kb.lexicon` at call time."""
    verb_lemmas: set[str] = (set(lexicon.VERB_CUES) | set(lexicon.TRANSFER_VERBS)
                             | set(lexicon.RULE_VERBS))
    verb_lemmas.add("apply")  # "applied to join NATO"
    noun_lemmas = set(lexicon.NOUN_CUES)
    noun_lemmas.update(noun for _verb, noun in lexicon.LIGHT_VERB_OVERRIDES)
    noun_lemmas.update(lexicon.EXERCISE_NOUNS)
    noun_lemmas.add("operation")  # "a special military operation" (stancegraph.rules.event_nouns.noun_type)
    verbs: set[str] = set()
    nouns: set[str] = set()
    for key in verb_lemmas:
        for word in _words(key):
            verbs |= inflections(word)
    for key in noun_lemmas:
        for word in _words(key):
            nouns |= noun_forms(word)
    particles: dict[str, set[str]] = {}
    for verb, particle in lexicon.PHRASAL_CUES:
        if verb in verb_lemmas:
            continue  # a cue on its own anyway ("agree", "meet")
        for form in inflections(verb):
            particles.setdefault(form, set()).add(particle.lower())
    phrasal = {form: frozenset(ps) for form, ps in particles.items() if form not in verbs and form not in nouns}
    return CueForms(frozenset(verbs), frozenset(nouns), phrasal)


def cue_forms() -> frozenset[str]:
    """Every lower-case word form that can trigger a cue of the lexicon (verbs, phrasal verbs, event nouns).

    Read from :mod:`stancegraph.kb.lexicon` at call time, so new cues are picked up without a change here.
    """
    return cue_form_classes().all()
