"""Candidate prefilter: a fast first pass that blanks the sentences that cannot hold a statement.

A statement needs a cue (a verb or event noun of the lexicon) and an actor close to it. The first pass runs
only the pipeline's tokenizer, a vectorised copy of spaCy's sentencizer rule, a phrase matcher over the
registry's names (the entity ruler's own patterns) and sets of cue word forms generated from the lexicon:
some 200k words/s, about 40 times the statistical pipeline. A sentence is a *candidate* if it has a cue
word with an actor-like word at most ``near`` words away (:data:`NEAR`). Both are read as the extractor reads
them, without a parse:

- cue words: any inflection of a verb cue; singular or plural of an event noun (so "according" is no
  "accord"); a verb that is a cue only with its particle counts only if the particle follows within four
  words ("stood with", "pulled its troops out"). No cue inside a registry name ("the Shanghai Cooperation
  Organisation"), and no capitalised verb form inside a sentence ("the Armed Forces"); a verb right after
  "I", "we", "you" or "they" (auxiliaries and adverbs skipped) is no candidate: no actor is read from them.
- actor-like words: a registry name; a capitalised word that does not start the sentence and is no title,
  honorific, month or weekday (a name the statistical NER may find); a pronoun the resolver of
  :mod:`stancegraph.rules.coreference` reads ("he", "its"), or "two"/"both" before a pair noun ("the two presidents").

A candidate whose cue is near a pronoun with no name of its kind before it in the sentence keeps the
sentences before it, back to the nearest that names a person (for "he") or a state or organisation (for
"it"), at most ``back`` (:data:`BACK`, the resolver's window); every candidate keeps ``context`` sentences on
each side (none by default). Everything else is replaced by spaces of the same length (line breaks kept), as
:func:`stancegraph.read.clean.masked_text` blanks boilerplate, so every offset the full pipeline computes on the
prefiltered text is an offset in the original document.

The documented difference to the full mode (figures in bench/README.md): statements whose cue is further than
``near`` words from every actor-like word, whose pronoun refers further back than the kept sentences, whose
only actor the first pass cannot see (a lower-case "the congress", a name that starts the sentence and is not
in the registry), whose cue the lexicon-derived word forms miss (a judging verb such as "saw it as a
provocation"), whose sentence the rule-based splitter cuts differently from the parser, or whose parse
changes once the neighbouring sentences are blank (which also adds a few statements).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer

from stancegraph.kb import lexicon
from stancegraph.nlp.cueforms import CueForms, cue_form_classes, cue_forms, inflections, noun_forms
from stancegraph.nlp.pipeline import ruler_patterns
from stancegraph.rules.coreference import DESCRIPTION_KINDS, PERSONAL_PRONOUNS
from stancegraph.kb.registry import ActorRegistry

__all__ = ["Prefilter", "prefilter_for", "cue_forms", "cue_form_classes", "CueForms", "inflections", "blank_outside",
           "CONTEXT", "BACK", "NEAR"]

#: Sentences kept on each side of every candidate.
CONTEXT = 0
#: Sentences kept before a candidate whose cue is near a pronoun or "the two presidents", back to the nearest
#: one that names someone (the resolver of :mod:`stancegraph.rules.coreference` looks 3 sentences back).
BACK = 3
#: A cue counts only with an actor-like word at most this many words away, in its sentence (None: anywhere).
NEAR: int | None = 12

# the pronouns the resolver of stancegraph.rules.coreference reads: of a person, of a state or organisation
_PERSON_PRONOUNS = tuple(w for w, kind in PERSONAL_PRONOUNS.items() if kind == "person")
_THING_PRONOUNS = tuple(w for w, kind in PERSONAL_PRONOUNS.items() if kind == "thing")
# Capitalised words that are no names: titles (lexicon.TITLE_NOUNS is added), honorifics, forms of address,
# months and weekdays (dates, not actors), and "I".
_NOT_NAMES = frozenset(
    "i mr mrs ms dr sir madam excellency excellencies majesty highness colleagues friends ladies gentlemen dear "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
# Subjects no actor is read from: a cue verb right after one of them (auxiliaries and adverbs skipped) is no
# candidate ("I thank ...", "We will support ..."); "Putin and I discussed" still is.
_UNRESOLVED_SUBJECTS = frozenset({"i", "we", "you", "they"})
_SUBJECT_SKIP = frozenset(
    "have has had 've will would shall should must may might can could 'll 'd do does did not n't never also once "
    "again already then be been is are was were 'm 're 's am just now still further all jointly personally "
    "strongly repeatedly firmly fully always actively therefore thus certainly really sincerely warmly heartily "
    "particularly especially cordially deeply very much once more".split())
# roles of a word in the first pass, as bits (Prefilter._roles_of)
_VERB, _NOUN, _PHRASAL, _NOT_NAME, _PERSON_PRONOUN, _THING_PRONOUN, _PAIR, _DESCRIPTION, _MUTUAL = (
    1 << k for k in range(9))
_ROLES = {"verb": _VERB, "noun": _NOUN, "phrasal": _PHRASAL, "not_name": _NOT_NAME,
          "person_pronoun": _PERSON_PRONOUN, "thing_pronoun": _THING_PRONOUN, "pair": _PAIR,
          "description": _DESCRIPTION, "mutual": _MUTUAL}
# how many words after a phrasal verb its particle may stand ("pulled its troops out")
_PARTICLE_WINDOW = 4
class _Words(NamedTuple):
    """Per-token arrays of one text, for the first pass."""

    lower: np.ndarray  # LOWER ids
    idx: np.ndarray  # character offsets
    space: np.ndarray  # whitespace tokens
    starts: np.ndarray  # token indices that start a sentence
    sent_of: np.ndarray  # sentence number of each token
    roles: np.ndarray  # bit sets of roles (_VERB, _NOUN, ...)
    capital: np.ndarray  # capitalised, not first in its sentence
    word_pos: np.ndarray  # word number, whitespace tokens not counted


@dataclass
class Prefilter:
    """The first pass: ``masked(text)`` blanks every sentence that is not a candidate or its context.

    Build it with :meth:`from_nlp` from the full pipeline (same tokenizer, same registry patterns).
    """

    nlp: Language
    names: PhraseMatcher
    ids: dict[str, np.ndarray]  # token-id sets by role (see from_nlp)
    phrasal: dict[int, np.ndarray]  # form id -> particle ids
    context: int = CONTEXT
    back: int = BACK
    near: int | None = NEAR
    capitals: bool = True

    @classmethod
    def from_nlp(cls, nlp: Language, registry: ActorRegistry | None = None, *, context: int = CONTEXT,
                 back: int = BACK, near: int | None = NEAR, capitals: bool = True) -> Prefilter:
        """A prefilter over the tokenizer of ``nlp``, the registry's names and the cue lexicon.

        ``near``: a cue counts only with an actor-like word at most this many words away (None: anywhere in
        its sentence); ``back``: sentences kept before a candidate whose cue is near a pronoun (back to the
        nearest one that names someone); ``context``: sentences kept on each side of every candidate;
        ``capitals``: count capitalised words as possible names (else registry names and pronouns only).
        """
        for name, value in (("context", context), ("back", back), ("near", 0 if near is None else near)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"Prefilter: {name}={value!r} must be a whole number of {'words' if name == 'near' else 'sentences'}, 0 or more")
        registry = registry or ActorRegistry.load()
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns = ruler_patterns(registry)
        # people (antecedents of "he", "his") and states, organisations and blocs (of "it", "its"); a demonym is
        # an actor-like word but never an antecedent
        for label, keep in (("PERSON", lambda p: p["label"] == "PERSON"),
                            ("THING", lambda p: p["label"] in ("GPE", "ORG") and not p["id"].endswith("#demonym")),
                            ("OTHER", lambda p: True)):
            surfaces = sorted({p["pattern"] for p in patterns if keep(p)})
            matcher.add(label, list(nlp.tokenizer.pipe(surfaces)))
        strings = nlp.vocab.strings

        def ids(words) -> np.ndarray:
            return np.array(sorted({strings.add(w) for w in words}), dtype=np.uint64)

        forms = cue_form_classes()
        table = {
            "verb": ids(forms.verbs), "noun": ids(forms.nouns), "phrasal": ids(forms.phrasal),
            "person_pronoun": ids(_PERSON_PRONOUNS), "thing_pronoun": ids(_THING_PRONOUNS), "pair": ids({"two", "both"}),
            "pair_noun": ids({w for n in lexicon.PAIR_NOUNS for w in noun_forms(n)}),
            "punct": ids(Sentencizer.default_punct_chars),
            "not_name": ids(_NOT_NAMES | set(lexicon.TITLE_NOUNS)),
            "person": ids(_UNRESOLVED_SUBJECTS), "skip": ids(_SUBJECT_SKIP),
            "coordinator": ids({"and", "or", ",", "&"}),
            # "the group", "the country", "the defence minister": descriptions the resolver reads back
            "description": ids(set(DESCRIPTION_KINDS) | lexicon.STATE_ORGANS),
            "the": ids({"the"}),
            # "the mutual agreement", "bilateral cooperation": the two sides of the discourse (stancegraph.rules.discourse)
            "mutual": ids(lexicon.RECIPROCAL_WORDS),
        }
        phrasal = {int(strings.add(f)): ids(ps) for f, ps in forms.phrasal.items()}
        return cls(nlp, matcher, table, phrasal, context, back, near, capitals)

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Character ranges of ``text`` to keep: candidate sentences with their context, merged, in order."""
        if not text.strip():
            return []
        doc = self.nlp.tokenizer(text)
        if len(doc) == 0:
            return []
        words = self._words_of(doc)
        cue = self._cue_words(words)
        if not cue.any():
            return []
        strong, person, thing = self._actor_words(doc, words, cue)
        wants_person, wants_thing = self._pronoun_words(words)
        self._drop_unresolved_subjects(words, cue)
        if not cue.any():
            return []
        cue_at = np.flatnonzero(cue)
        near_strong = _near(cue_at, np.flatnonzero(strong), words.word_pos, words.sent_of, self.near)
        near_weak = _near(cue_at, np.flatnonzero(wants_person | wants_thing), words.word_pos, words.sent_of, self.near)
        keep = np.zeros(len(words.starts), dtype=bool)
        keep[words.sent_of[cue_at[near_strong | near_weak]]] = True
        spread = keep.copy()
        for k in range(1, self.context + 1):
            spread[:-k] |= keep[k:]
            spread[k:] |= keep[:-k]
        self._keep_antecedents(words, spread, np.unique(words.sent_of[cue_at[near_weak]]), (person, thing),
                               (wants_person, wants_thing))
        return _merged_ranges(np.append(words.idx[words.starts], len(text)), spread)

    def _words_of(self, doc) -> _Words:
        arr = doc.to_array([LOWER, ORTH, IS_PUNCT, IS_TITLE, IS_UPPER, IDX, IS_SPACE])  # uint64
        space = arr[:, 6] == 1
        starts = _sentence_starts(arr[:, 1], arr[:, 2] == 1, self.ids["punct"])
        capital = (arr[:, 3] == 1) | (arr[:, 4] == 1)
        solid = np.flatnonzero(~space)
        first = solid[np.minimum(np.searchsorted(solid, starts), len(solid) - 1)] if len(solid) else starts
        capital[first] = False  # a sentence's first word is capitalised anyway
        return _Words(lower=arr[:, 0], idx=arr[:, 5].astype(np.int64), space=space, starts=starts,
                      sent_of=np.searchsorted(starts, np.arange(len(doc)), side="right") - 1,
                      roles=self._roles_of(arr[:, 0]), capital=capital,
                      word_pos=np.cumsum(~space) - 1)  # distances in words, not counting whitespace tokens

    def _cue_words(self, words: _Words) -> np.ndarray:
        """Tokens that are cue words; a phrasal verb only with its particle ("stood with", "pulled its troops out")."""
        lower, roles = words.lower, words.roles
        cue = ((roles & _VERB) > 0) | ((roles & _NOUN) > 0)
        for i in np.flatnonzero(roles & _PHRASAL):
            particles = self._particles[int(lower[i])]
            cue[i] = any(w in particles for w in lower[i + 1:i + 1 + _PARTICLE_WINDOW].tolist())
        return cue

    def _actor_words(self, doc, words: _Words, cue: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(actor-like words, words of a person's name, words of a state's or organisation's name); takes the
        cue words inside names out of ``cue``."""
        n = len(doc)
        named, person, thing = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        strings = self.nlp.vocab.strings
        for label, s, e in self.names(doc):
            named[s:e] = True
            kind = strings[label]
            if kind == "PERSON":
                person[s:e] = True
            elif kind == "THING":
                thing[s:e] = True
        # no cue inside a registry name (the entity ruler makes it an entity, which holds no cue: "the Shanghai
        # Cooperation Organisation"); a capitalised verb form inside a sentence is a name's word ("the Armed
        # Forces"), a capitalised event noun still a cue ("the Minsk Agreements", "the Ukraine-EU Summit")
        is_verb, is_noun = (words.roles & _VERB) > 0, (words.roles & _NOUN) > 0
        cue &= ~named & ~(words.capital & is_verb & ~is_noun)
        strong = named.copy()
        if self.capitals:
            name_like = words.capital & ~cue & ((words.roles & _NOT_NAME) == 0)
            strong |= name_like
            # an unknown name of two words or more ("Justin Trudeau") may be a person's: an antecedent of "he"
            pair = name_like[:-1] & name_like[1:] & ~named[:-1] & ~named[1:]
            person[:-1] |= pair
            person[1:] |= pair
        return strong, person, thing

    def _pronoun_words(self, words: _Words) -> tuple[np.ndarray, np.ndarray]:
        """(words that want a person antecedent, words that want a state or organisation): pronouns, "the two
        presidents", "the group", "mutual"."""
        lower, roles, space = words.lower, words.roles, words.space
        wants_person = (roles & _PERSON_PRONOUN) > 0
        wants_thing = (roles & _THING_PRONOUN) > 0
        for i in np.flatnonzero(roles & _PAIR):  # "the two presidents", "both sides"
            if any(w in self._pair_nouns for w in lower[i + 1:i + 3].tolist()):
                wants_person[i] = wants_thing[i] = True
        the = set(self.ids["the"].tolist())
        strings = self.nlp.vocab.strings
        of = strings["of"] if "of" in strings else None
        for i in np.flatnonzero(roles & _DESCRIPTION):  # "the group", "the defence minister", "the President"
            follows_of = i + 2 < len(lower) and int(lower[i + 2 if space[i + 1] else i + 1]) == of
            if any(int(w) in the for w in lower[max(0, i - 3):i].tolist()) and not follows_of:
                wants_thing[i] = True  # ("the government of Russia" names its state itself)
        wants_thing |= (roles & _MUTUAL) > 0
        return wants_person, wants_thing

    def _drop_unresolved_subjects(self, words: _Words, cue: np.ndarray) -> None:
        """Take out of ``cue`` the verbs whose subject is "I", "we", "you" or "they" (no actor is read from them)."""
        lower, space, roles = words.lower, words.space, words.roles
        for i in np.flatnonzero(cue & ((roles & _VERB) > 0) & ((roles & _NOUN) == 0)).tolist():
            j = i - 1
            while j >= 0 and (space[j] or int(lower[j]) in self._skip):
                j -= 1
            if j >= 0 and int(lower[j]) in self._person and not (j > 0 and int(lower[j - 1]) in self._coordinator):
                cue[i] = False

    def _keep_antecedents(self, words: _Words, spread: np.ndarray, sentences: np.ndarray,
                          names: tuple[np.ndarray, np.ndarray], wants: tuple[np.ndarray, np.ndarray]) -> None:
        """Mark in ``spread`` the sentences before each of ``sentences`` (a pronoun near a cue with no name of its
        kind before it in its sentence), back to the nearest that names a person (for "he", "his") or a state or
        organisation (for "it", "its"), at most ``back``: the resolver takes the nearest earlier mention."""
        starts, sent_of, n = words.starts, words.sent_of, len(words.starts)
        (person, thing), (wants_person, wants_thing) = names, wants
        person_in = np.zeros(n, dtype=bool)
        person_in[sent_of[person]] = True
        thing_in = np.zeros(n, dtype=bool)
        thing_in[sent_of[thing]] = True
        person_seen, thing_seen = _seen_in_sentence(person, starts, sent_of), _seen_in_sentence(thing, starts, sent_of)
        for i in sentences:
            lo, hi = starts[i], (starts[i + 1] if i + 1 < n else len(sent_of))
            # "Putin said he ...": the name before the pronoun answers it
            need_person = bool((wants_person[lo:hi] & (person_seen[lo:hi] == 0)).any())
            need_thing = bool((wants_thing[lo:hi] & (thing_seen[lo:hi] == 0)).any())
            for j in range(i - 1, max(-1, i - 1 - self.back), -1):
                if not (need_person or need_thing):
                    break
                spread[j] = True
                need_person &= not person_in[j]
                need_thing &= not thing_in[j]

    def __post_init__(self) -> None:
        self._skip = set(self.ids["skip"].tolist())
        self._person = set(self.ids["person"].tolist())
        self._coordinator = set(self.ids["coordinator"].tolist())
        self._pair_nouns = set(self.ids["pair_noun"].tolist())
        self._particles = {form: set(ps.tolist()) for form, ps in self.phrasal.items()}
        self._role = {}  # word id -> bit set of its roles (one lookup per distinct word of a text)
        for name, bit in _ROLES.items():
            for word in self.ids[name].tolist():
                self._role[word] = self._role.get(word, 0) | bit

    def _roles_of(self, lower: np.ndarray) -> np.ndarray:
        distinct, where = np.unique(lower, return_inverse=True)
        role = self._role
        return np.array([role.get(w, 0) for w in distinct.tolist()], dtype=np.int64)[where.reshape(-1)]

    def masked(self, text: str) -> str:
        """``text`` with everything outside :meth:`windows` replaced by spaces (line breaks kept): same length."""
        return blank_outside(text, self.windows(text))

    def pipe(self, texts: Iterable[str]) -> Iterable[str]:
        for text in texts:
            yield self.masked(text)


def _merged_ranges(bounds: np.ndarray, keep: np.ndarray) -> list[tuple[int, int]]:
    """Character ranges of the kept sentences (``bounds``: each sentence's start, then the text's end), merged."""
    out: list[tuple[int, int]] = []
    for i in np.flatnonzero(keep):
        start, end = int(bounds[i]), int(bounds[i + 1])
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _seen_in_sentence(flags: np.ndarray, starts: np.ndarray, sent_of: np.ndarray) -> np.ndarray:
    """For each token: how many ``flags`` tokens its sentence has up to and including it."""
    total = np.cumsum(flags)
    first = starts[sent_of]
    return total - np.where(first > 0, total[np.maximum(first - 1, 0)], 0)


def _near(cues: np.ndarray, actors: np.ndarray, word_pos: np.ndarray, sent_of: np.ndarray, near: int | None) -> np.ndarray:
    """For each cue token: is one of the ``actors`` tokens in its sentence, at most ``near`` words away?"""
    if len(actors) == 0:
        return np.zeros(len(cues), dtype=bool)
    found = np.zeros(len(cues), dtype=bool)
    right = np.searchsorted(actors, cues)
    for side in (right - 1, right):  # the nearest actor word on the left and on the right
        ok = (side >= 0) & (side < len(actors))
        a = actors[np.clip(side, 0, len(actors) - 1)]
        same = ok & (sent_of[a] == sent_of[cues])
        if near is not None:
            same &= np.abs(word_pos[a] - word_pos[cues]) <= near
        found |= same
    return found


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


# keyed by the pipeline object: every make_nlp() call makes a new one, so this keeps at most 4 of them alive
@functools.lru_cache(maxsize=4)
def prefilter_for(nlp: Language, registry: ActorRegistry) -> Prefilter:
    """The default :class:`Prefilter` of a pipeline and registry, built once (a few hundred ms)."""
    return Prefilter.from_nlp(nlp, registry)
