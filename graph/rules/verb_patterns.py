"""Verb patterns of the lexicon (CAMEO's and a user's) compiled once into a spaCy DependencyMatcher (pure).

A pattern with an object, particle or preposition phrase ("lift the blockade", "break off relations", "rush
troops to the border") names the type of its verb; :func:`pattern_match` gives the most specific pattern
matched at a verb. The matcher is built once per vocabulary and lexicon (:func:`compile_patterns`, called by
:func:`stancegraph.nlp.pipeline.make_nlp` at load) and run at the verbs the cue rules ask about, each once per
document (the matches are kept on the Doc's index). It is run per verb with the patterns narrowed to that verb's
own words (``CompiledPatterns.per_verb``): matched at every anchored verb of the Doc with every shape's words,
the patterns cost twice as much, for matches mostly read for nothing (the extraction of 60 releases under
callgrind: 5.44 G instructions before, 5.22 G after, of which the verb patterns' ~0.4 G halved; same statements).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from stancegraph.kb.lexicon import Lexicon, VerbPattern, active as lexicon
from stancegraph.rules.anchored_matcher import AnchoredMatcher
from stancegraph.rules.doc_index import DocIndex, children_of, doc_index

__all__ = ["PatternMatch", "CompiledPatterns", "bare_pattern", "compile_patterns", "pattern_match", "word_forms"]

_OBJECT_DEPS = ["dobj", "nsubjpass", "attr", "oprd"]
_PARTICLE_DEPS = ["prt", "prep", "advmod", "compound:prt"]


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """A verb pattern matched at ``verb``: its tokens (verb, particle, object head) and the pattern."""

    verb: Token
    words: tuple[Token, ...]
    pattern: VerbPattern


def word_forms(word: str) -> list[str]:
    """The lemma forms a pattern word may take: as written and a singular ("sanctions" -> "sanction").

    >>> word_forms("sanctions"), word_forms("talks"), word_forms("troop")
    (['sanctions', 'sanction'], ['talks', 'talk'], ['troop'])
    """
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.append(word[:-1])
    return forms


def _head_forms(words: tuple[str, ...], synsets) -> list[str]:
    """Lemma forms of a phrase's head (its last word, or the last word of each word of a ``&synset``)."""
    head = words[-1]
    if head.startswith("&"):
        return sorted({f for w in synsets.get(head[1:], ()) for f in word_forms(w.split()[-1])})
    return word_forms(head)


def _shape(pattern: VerbPattern) -> tuple[bool, int, bool, int]:
    """(particle?, object words, prep?, pobj words): patterns of one shape share one matcher pattern."""
    return bool(pattern.particle), len(pattern.object), bool(pattern.prep), len(pattern.prep[1:])


def _shape_nodes(shape: tuple[bool, int, bool, int], words: dict[str, set[str]]) -> list[dict]:
    """The DependencyMatcher nodes of one shape, each slot matching the words any pattern of it has there."""
    def among(slot: str) -> dict:
        return {"IN": sorted(words[slot])}

    particle, n_object, prep, n_pobj = shape
    nodes = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": among("verb"), "POS": "VERB"}}]
    if particle:
        nodes.append({"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "particle",
                      "RIGHT_ATTRS": {"DEP": {"IN": _PARTICLE_DEPS}, "LOWER": among("particle")}})
    if n_object:
        nodes.append({"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object",
                      "RIGHT_ATTRS": {"DEP": {"IN": _OBJECT_DEPS}, "LEMMA": among("object")}})
        nodes += [{"LEFT_ID": "object", "REL_OP": ">", "RIGHT_ID": f"object_mod{i}",
                   "RIGHT_ATTRS": {"LOWER": among("object_mod")}} for i in range(n_object - 1)]
    if prep:
        nodes.append({"LEFT_ID": "verb", "REL_OP": ">>", "RIGHT_ID": "prep",
                      "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "agent", "dative", "prt"]}, "LOWER": among("prep")}})
    if n_pobj:
        nodes.append({"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "pobj",
                      "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": among("pobj")}})
        nodes += [{"LEFT_ID": "pobj", "REL_OP": ">", "RIGHT_ID": f"pobj_mod{i}",
                   "RIGHT_ATTRS": {"LOWER": among("pobj_mod")}} for i in range(n_pobj - 1)]
    return nodes


def _modifier_forms(words: tuple[str, ...], synsets) -> list[tuple[str, ...]]:
    """The modifier word sets of a phrase (all but its head), a ``&synset`` modifier once per one-word member
    ("&military aid": ("army",), ("military",), ...).

    >>> _modifier_forms(("&military", "aid"), {"military": ["army", "armed forces"]})
    [('army',)]
    """
    forms: list[tuple[str, ...]] = [()]
    for word in words[:-1]:
        options = [w for w in synsets.get(word[1:], ()) if " " not in w] if word.startswith("&") else [word]
        forms = [f + (o,) for f in forms for o in sorted(options)]
    return [tuple(sorted(f)) for f in forms]


def _keys(pattern: VerbPattern, synsets) -> list[tuple]:
    """The index keys of a pattern: (shape, particle, object head, object modifiers, prep, pobj head, its
    modifiers), one per form of the heads and modifiers."""
    objects = _head_forms(pattern.object, synsets) if pattern.object else [""]
    pobjs = _head_forms(pattern.prep[1:], synsets) if pattern.prep[1:] else [""]
    prep = pattern.prep[0] if pattern.prep else ""
    return [(_shape(pattern), pattern.particle, o, om, prep, p, pm) for o in objects for p in pobjs
            for om in _modifier_forms(pattern.object, synsets) for pm in _modifier_forms(pattern.prep[1:], synsets)]


def _counted(obj: Token) -> Token:
    """The counted noun of an amount ("700 kg of medicine" -> medicine), else ``obj`` (the lexicon's
    ``measure_nouns``).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["20", "tons", "of", "food"], heads=[1, 1, 1, 2],
    ...           deps=["nummod", "ROOT", "prep", "pobj"], lemmas=["20", "ton", "of", "food"])
    >>> _counted(doc[1]), _counted(doc[3])
    (food, food)
    """
    if obj.lemma_.lower() not in lexicon().construction_words.get("measure_nouns", ()):
        return obj
    return next((p for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"
                 for p in children_of(c) if p.dep_ == "pobj"), obj)


def _key_of(shape: tuple[bool, int, bool, int], ids: list[int], index: DocIndex) -> tuple[tuple, int | None]:
    """The index key of matched tokens (``ids``, in node order; their words read from the Doc's ``index``) and
    the object token (the counted noun of an amount)."""
    particle, n_object, prep, n_pobj = shape
    lower, lemma = index.lower, index.lemma
    rest = list(ids[1:])
    part = lower[rest.pop(0)] if particle else ""
    obj = rest.pop(0) if n_object else None
    if obj is not None and lemma[obj] in lexicon().construction_words.get("measure_nouns", ()):
        obj = _counted(index.tokens[obj]).i
    obj_mods = tuple(sorted(lower[t] for t in rest[:max(n_object - 1, 0)]))
    rest = rest[max(n_object - 1, 0):]
    prep_word = lower[rest.pop(0)] if prep else ""
    pobj = rest.pop(0) if n_pobj else None
    key = (shape, part, lemma[obj] if obj is not None else "", obj_mods, prep_word,
           lemma[pobj] if pobj is not None else "", tuple(sorted(lower[t] for t in rest)))
    return key, obj


@dataclass(frozen=True)
class CompiledPatterns:
    """The lexicon's verb patterns as one DependencyMatcher (one pattern per shape: verb + particle, object,
    preposition phrase ...) and an index from the matched words to the patterns that have them; and the bare
    verbs that are cues on their own."""

    matcher: DependencyMatcher
    patterns: tuple[VerbPattern, ...]
    index: dict[tuple, list[int]]
    shapes: dict[str, tuple[bool, int, bool, int]]
    bare: dict[str, VerbPattern]  # verb lemma -> the bare pattern that types it (verb_pattern_bare_types only)
    # the same patterns, tried only at the verbs they name: spaCy's matcher's matches, much faster (run per Doc)
    anchored: AnchoredMatcher
    shape_ids: dict[int, tuple[bool, int, bool, int]] = field(default_factory=dict)  # ``shapes`` by match id
    # the shapes' patterns once per verb, each slot with only the words of that verb's patterns: what match_at
    # runs (a match with words of another verb's patterns has no index key for its own verb, and is read for
    # nothing: "cut" + "relations" is tried, "cut" + "blockade" is not). A verb's matches are the anchored
    # matcher's that have a key, in the same order (tests/test_anchored_matcher.py compares them)
    per_verb: AnchoredMatcher | None = None

    def matches(self, doc: Doc) -> dict[int, PatternMatch]:
        """The best pattern matched at each verb of ``doc`` (:meth:`match_at` of each token)."""
        index = doc_index(doc)
        found = {i: self.match_at(tok, index) for i, tok in enumerate(index.tokens)}
        return {i: match for i, match in found.items() if match is not None}

    def match_at(self, tok: Token, index: DocIndex | None = None) -> PatternMatch | None:
        """The best pattern matched at the verb ``tok``: the one with most constraints, then one of the type the
        lexicon's cue verbs give the verb (CAMEO codes "expel diplomats" 174, "expel diplomat" 161), an exact
        object word before a lemma match, then the first in lexicon order (``index``: the Doc's, if at hand)."""
        index = index or doc_index(tok.doc)
        found = self.per_verb.at(index, tok.i)
        if not found:
            return None
        best: tuple[tuple, PatternMatch] | None = None
        verb_types = lexicon().verb_cues
        tokens, lemmas, lowers = index.tokens, index.lemma, index.lower
        verb = tok.i
        lemma = lemmas[verb]
        for pattern_index, token_ids in found:
            shape = self.shape_ids[self.per_verb.match_id(pattern_index)]
            key, obj = _key_of(shape, token_ids, index)
            for i in self.index.get(key, ()):
                pattern = self.patterns[i]
                if lemma not in pattern.verbs:
                    continue
                rank = (-len(token_ids), pattern.type != verb_types.get(lemma, pattern.type),
                        not (obj is not None and lowers[obj] == pattern.object[-1]), i)
                if best is None or rank < best[0]:
                    words = tuple(tokens[t] for t in (verb, token_ids[1] if shape[0] else None, obj) if t is not None)
                    best = (rank, PatternMatch(tokens[verb], words, pattern))
        return best[1] if best is not None else None


def compile_patterns(vocab: Vocab, lex: Lexicon | None = None) -> CompiledPatterns:
    """The verb patterns of ``lex`` (default: the active lexicon) compiled for ``vocab`` (cached: once per
    vocabulary and lexicon; the default and the active lexicon named are one key, so the compilation
    :func:`~stancegraph.nlp.pipeline.make_nlp` does at load is the one :func:`pattern_match` uses).

    >>> import spacy
    >>> compiled = compile_patterns(spacy.blank("en").vocab)
    >>> len(compiled.matcher) < 30 < len(compiled.patterns)
    True
    """
    return _compiled(vocab, lex or lexicon())


def _new_slots() -> dict[str, set[str]]:
    return {k: set() for k in ("verb", "particle", "object", "object_mod", "prep", "pobj", "pobj_mod")}


def _add_words(slots: dict[str, set[str]], key: tuple) -> None:
    """Add the words of an index key to the slots of its matcher pattern."""
    for slot, value in zip(("particle", "object", "prep", "pobj"), (key[1], key[2], key[4], key[5])):
        slots[slot].add(value)
    slots["object_mod"].update(key[3])
    slots["pobj_mod"].update(key[6])


@functools.lru_cache(maxsize=8)
def _compiled(vocab: Vocab, lex: Lexicon) -> CompiledPatterns:
    index: dict[tuple, list[int]] = {}
    words: dict[tuple, dict[str, set[str]]] = {}
    verb_words: dict[tuple, dict[str, dict[str, set[str]]]] = {}  # shape -> verb -> the words its patterns have
    bare: dict[str, VerbPattern] = {}
    known = set(lex.verb_cues) | {verb for verb, _ in lex.phrasal_cues} | lex.light_verbs | lex.rule_verbs
    measures = lex.construction_words.get("measure_nouns", ())
    for i, pattern in enumerate(lex.verb_patterns):
        if pattern.bare:
            if pattern.type in lex.verb_pattern_bare_types:
                for verb in pattern.verbs:
                    if verb not in known:
                        bare.setdefault(verb, pattern)
            continue
        own = _new_slots()  # the words of the pattern's keys, added to its shape's slots and to its verbs'
        if pattern.object:  # "handed over 700 kg of medicine": the amount is the parser's object
            own["object"].update(measures)
        for key in _keys(pattern, lex.verb_pattern_synsets):
            index.setdefault(key, []).append(i)
            _add_words(own, key)
        shape_verbs = verb_words.setdefault(_shape(pattern), {})
        for verb, slots in [(None, words.get(_shape(pattern)) or words.setdefault(_shape(pattern), _new_slots()))] + [
                (verb, shape_verbs.get(verb) or shape_verbs.setdefault(verb, _new_slots())) for verb in pattern.verbs]:
            slots["verb"].update(pattern.verbs if verb is None else (verb,))
            for slot, some in own.items():
                slots[slot] |= some
    matcher, anchored, per_verb = DependencyMatcher(vocab), AnchoredMatcher(vocab), AnchoredMatcher(vocab)
    shapes = {}
    for shape, slots in words.items():
        name = "verb_pattern_" + "_".join(str(int(x)) for x in shape)
        shapes[name] = shape
        matcher.add(name, [_shape_nodes(shape, slots)])
        anchored.add(name, [_shape_nodes(shape, slots)])
        per_verb.add(name, [_shape_nodes(shape, verb_slots) for verb_slots in verb_words[shape].values()])
    shape_ids = {vocab.strings[name]: shape for name, shape in shapes.items()}
    return CompiledPatterns(matcher, lex.verb_patterns, index, shapes, bare, anchored, shape_ids, per_verb)


def pattern_match(tok: Token) -> PatternMatch | None:
    """The verb pattern matched at the verb ``tok`` (the doc is matched once, on first call), if any.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Turkey", "lifted", "the", "blockade"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], pos=["PROPN", "VERB", "DET", "NOUN"],
    ...           lemmas=["Turkey", "lift", "the", "blockade"])
    >>> found = pattern_match(doc[1])
    >>> found.pattern.type, found.pattern.cameo, [t.text for t in found.words]
    ('RETREAT', '0872', ['lifted', 'blockade'])
    """
    doc, lex, index = tok.doc, lexicon(), doc_index(tok.doc)
    # the matches of the verbs asked about, per Doc and thread (rules.doc_index): a pattern is tried only at the
    # verbs the cue rules reach, not at every verb of the Doc that a pattern names
    compiled, matches = index.kept(("verb patterns", lex), lambda: (compile_patterns(doc.vocab, lex), {}))
    if tok.i not in matches:
        matches[tok.i] = compiled.match_at(tok, index)
    found = matches[tok.i]
    if found is not None and any(w.dep_ == "dobj" and w.i < tok.i for w in found.words):
        return None  # an object before its verb is a quotation's content: '"Unprecedented support ...," the President said'
    return found


def bare_pattern(tok: Token, lemma: str) -> VerbPattern | None:
    """The CAMEO entry that makes the verb ``lemma`` a cue on its own: only for the types of the lexicon's
    ``verb_pattern_bare_types`` and verbs no other list knows.

    >>> import spacy
    >>> doc = spacy.blank("en")("They rebuked it")
    >>> bare_pattern(doc[1], "rebuke") is None or bare_pattern(doc[1], "rebuke").type == "DISAPPROVE"
    True
    """
    return compile_patterns(tok.doc.vocab, lexicon()).bare.get(lemma)
