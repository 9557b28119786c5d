"""What the rules read of one parsed Doc, built once and shared by their passes: the Token objects,
the sentences and token attribute columns (pure; no statement logic).

spaCy makes a new ``Token`` object at every ``doc[i]``, at every step of iterating a ``Span`` (about 2 µs
each, through ``Doc.__getitem__``) and at every ``tok.head``; each attribute read (``tok.pos_``) looks its
string up again. The rules walk each Doc many times (actors, names, organs, quotations, sectors,
coreference, cues of every sentence), so :func:`doc_index` keeps, for the Doc being read, one list of its
tokens, its sentences and, built on first use, columns of strings per attribute (from ``Doc.to_array``),
so a pass can skip the tokens it has no use for without making them.

The index is kept for the most recent Doc of each thread only (a Doc's tokens point into its arrays; a
Doc whose length changed, as a retokenised one, gets a new index), so it holds no Doc beyond the next one.
The last index given is also kept in a plain global and checked first: reading a ``threading.local`` attribute
costs more than the rest of a look-up, and the rules look the index up some thousands of times per Doc (an
index is only ever given for its own Doc, checked as above, whichever thread built it).

Besides the columns, the index answers what spaCy answers by making new Token and Span objects at each call:
the children of a token (:func:`children_of`), the sentence of a token (:func:`sentence_at`,
:func:`sentence_of`) and the text of a span (:func:`text_of`).
Like the columns, the entities and sentences are read once per index: the rules only read a Doc (code that
set a Doc's entities or tags again, ``doc.ents = ...``, between two passes would see the old ones).
"""
from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Collection
from functools import cached_property
from itertools import compress

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["DocIndex", "children_of", "doc_index", "ents", "select", "select_any", "sentence_at", "sentence_of",
           "sentences", "span_tokens", "text_of", "tokens", "tokens_containing"]

_LOCAL = threading.local()
_LAST: DocIndex | None = None  # the index doc_index gave last, in whichever thread
_IOB = Token.iob_strings()  # Token.ent_iob_ by the value of ENT_IOB: "", "I", "O", "B"

# The columns whose strings are their ids' own (the lemma column is lower-cased, the IOB and space columns are no
# strings): select compares a few wanted words with them as ids. More words than _FEW_VALUES are tested per token.
_ID_COLUMNS = {"pos": POS, "tag": TAG, "dep": DEP, "lower": LOWER, "text": ORTH, "ent_type": ENT_TYPE}
_FEW_VALUES = 40
_FEW_COMPARED = 12  # up to this many wanted ids, a column is compared with each (8 ids: 10 µs; sorted look-up 20 µs)

# A string's key is its hash (the same in every Vocab), so one table serves every Doc. spaCy's
# ``StringStore`` decodes a new ``str`` at each look-up (about 1 µs); the columns of a Doc look up some
# thousands, mostly the same words as the Doc before. A table past _TABLE_LIMIT keys is emptied and
# learns again, so a long run over changing text holds at most that many strings (tens of MiB).
_STRINGS: dict[int, str] = {}
_CONVERTED: dict = {}  # converter -> its own table of converted strings
_TABLE_LIMIT = 200_000


def _learn(table: dict, keys, strings, convert) -> None:
    """Add the strings of ``keys`` (converted by ``convert``, when given) to ``table``."""
    if len(table) > _TABLE_LIMIT:
        table.clear()
    for key in keys:
        if key not in table:
            table[key] = strings[key] if convert is None else convert(strings[key])


class DocIndex:
    """The tokens, sentences and attribute columns of one Doc.

    Examples
    --------
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "met", ".", "Putin", "spoke", "."],
    ...           pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"], sent_starts=[1, 0, 0, 1, 0, 0])
    >>> index = DocIndex(doc)
    >>> index.tokens[3], index.tokens[3] is index.tokens[3], index.pos[:3]
    (Putin, True, ['PROPN', 'VERB', 'PUNCT'])
    >>> [s.text for s in index.sents], index.sent_starts, index.span_tokens(index.sents[1])
    (['NATO met .', 'Putin spoke .'], [0, 3], [Putin, spoke, .])
    >>> index.select(pos={"PROPN", "VERB"}, lower={"met", "putin"}), index.select_any(pos={"VERB"}, text={"NATO"})
    ([met, Putin], [NATO, met, spoke])
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.length = len(doc)
        self.tokens: list[Token] = list(doc)
        self._kept: dict = {}
        self._arrays: dict[int, numpy.ndarray] = {}  # attribute -> its ids (Doc.to_array)

    def kept(self, key, make):
        """What ``make()`` gives, made once per Doc (and thread) under ``key``: a pass's own scan of the whole Doc
        ("the quotation marks", "the verb-pattern matches") done once, not once per sentence or guess.

        >>> import spacy
        >>> index = DocIndex(spacy.blank("en")("Russia warned NATO."))
        >>> index.kept("n", lambda: [1]) is index.kept("n", lambda: [2])
        True
        """
        if key not in self._kept:
            self._kept[key] = make()
        return self._kept[key]

    def span_tokens(self, span: Span) -> list[Token]:
        """The tokens of ``span`` (a span of this Doc), the same objects as :attr:`tokens`."""
        return self.tokens[span.start:span.end]

    def select(self, **allowed: Collection[str]) -> list[Token]:
        """The tokens, in text order, whose value in each named column is among the allowed ones."""
        found: list[int] | None = None
        for name, values in allowed.items():
            column = getattr(self, name)
            # (the first column is the long scan, run in C: _where)
            found = self._where(name, values) if found is None else [i for i in found if column[i] in values]
        return [self.tokens[i] for i in found] if found is not None else list(self.tokens)

    def select_any(self, **allowed: Collection[str]) -> list[Token]:
        """The tokens, in text order, whose value in one of the named columns is among its allowed ones."""
        found: set[int] = set()
        for name, values in allowed.items():
            found.update(self._where(name, values))
        return [self.tokens[i] for i in sorted(found)]

    def _where(self, name: str, values: Collection) -> list[int]:
        """The indices of the tokens whose value in the column ``name`` is among ``values``, in text order. A few
        words of a column that holds spaCy's own strings are compared as their ids, in numpy (a pass selects a
        few words of a long Doc, about ten passes per Doc); else compress and map test each token's string in C."""
        attr = _ID_COLUMNS.get(name)
        if attr is None or len(values) > _FEW_VALUES or not all(isinstance(v, str) for v in values):
            return list(compress(range(self.length), map(values.__contains__, getattr(self, name))))
        column = self._ids(attr)
        ids = [numpy.uint64(get_string_id(v)) for v in values]  # (as the StringStore keys them)
        if len(ids) <= _FEW_COMPARED:  # (numpy.isin's own set-up costs more than a few whole-column comparisons)
            found = column == ids[0] if ids else numpy.zeros(self.length, bool)
            for key in ids[1:]:
                found |= column == key
        else:  # (each token's id looked up among the sorted wanted ones)
            wanted = numpy.sort(numpy.array(ids, numpy.uint64))
            found = wanted[numpy.searchsorted(wanted, column) % len(wanted)] == column
        return numpy.flatnonzero(found).tolist()

    def _ids(self, attr: int) -> numpy.ndarray:
        """The ids of one attribute of every token (``Doc.to_array``), read once."""
        if attr not in self._arrays:
            self._arrays[attr] = self.doc.to_array(attr) if self.length else numpy.zeros(0, numpy.uint64)
        return self._arrays[attr]

    @cached_property
    def sents(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def sent_starts(self) -> list[int]:
        return [s.start for s in self.sents]

    @cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, made once: spaCy builds every entity Span again at each ``doc.ents`` (each Span makes
        Token objects for its offsets), and the actor passes read them six times per Doc."""
        return self.doc.ents

    def _strings(self, attr: int, convert=None) -> list[str]:
        """The strings of one attribute, through the process's table of strings already read."""
        column = self._ids(attr).tolist()
        table = _STRINGS if convert is None else _CONVERTED.setdefault(convert, {})
        try:
            return list(map(table.__getitem__, column))
        except KeyError:
            _learn(table, set(column), self.doc.vocab.strings, convert)
            return list(map(table.__getitem__, column))

    @cached_property
    def pos(self) -> list[str]:
        """``tok.pos_`` of every token."""
        return self._strings(POS)

    @cached_property
    def tag(self) -> list[str]:
        """``tok.tag_`` of every token."""
        return self._strings(TAG)

    @cached_property
    def dep(self) -> list[str]:
        """``tok.dep_`` of every token."""
        return self._strings(DEP)

    @cached_property
    def lower(self) -> list[str]:
        """``tok.lower_`` of every token."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """``tok.lemma_.lower()`` of every token."""
        return self._strings(LEMMA, str.lower)

    @cached_property
    def ent_type(self) -> list[str]:
        """``tok.ent_type_`` of every token."""
        return self._strings(ENT_TYPE)

    @cached_property
    def ent_iob(self) -> list[str]:
        """``tok.ent_iob_`` of every token ("B", "I", "O" or "")."""
        return [_IOB[v] for v in self.doc.to_array(ENT_IOB).tolist()] if self.length else []

    @cached_property
    def text(self) -> list[str]:
        """``tok.text`` of every token."""
        return self._strings(ORTH)

    @cached_property
    def text_with_ws(self) -> list[str]:
        """``tok.text_with_ws`` of every token (its text and the space after it, if any)."""
        spaces = self.doc.to_array(SPACY).tolist() if self.length else []
        return [text + " " if space else text for text, space in zip(self.text, spaces)]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, joined from the columns (a Span's ``text`` makes a Token per word)."""
        if start >= end:
            return ""
        words = self.text_with_ws
        return "".join(words[start:end - 1]) + self.text[end - 1]

    @cached_property
    def children(self) -> list[tuple[Token, ...]]:
        """``tuple(tok.children)`` of every token, the same objects as :attr:`tokens`. spaCy's ``tok.children``
        scans the token's whole subtree span and makes a Token per child at each call, and the rules read the
        children of the same verbs and nouns many times (each cue rule, each participant test)."""
        kids: list[tuple[Token, ...]] = [()] * self.length  # (most tokens have no child: one shared empty tuple)
        heads = (self.doc.to_array(HEAD).astype("int64") + numpy.arange(self.length)).tolist() if self.length else []
        tokens = self.tokens
        for i, head in enumerate(heads):  # (HEAD is an offset, as uint64)
            if head != i:  # (a root is its own head, no one's child)
                kids[head] += (tokens[i],)
        return kids

    @cached_property
    def is_space(self) -> list[bool]:
        """``tok.is_space`` of every token."""
        return (self.doc.to_array(IS_SPACE) != 0).tolist() if self.length else []  # (numpy's bools: Python's own)


def doc_index(doc: Doc) -> DocIndex:
    """The :class:`DocIndex` of ``doc``: the one already built when ``doc`` is the Doc this thread read last.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia warned NATO.")
    >>> doc_index(doc) is doc_index(doc), doc_index(doc).tokens
    (True, [Russia, warned, NATO, .])
    """
    global _LAST
    index = _LAST  # (most look-ups: the Doc of the look-up before)
    if index is not None and index.doc is doc and index.length == len(doc):
        return index
    index = getattr(_LOCAL, "index", None)
    if index is None or index.doc is not doc or index.length != len(doc):
        index = _LOCAL.index = DocIndex(doc)
    _LAST = index
    return index


def tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as one shared list (iterate it as ``doc``; do not change it).

    >>> import spacy
    >>> tokens(spacy.blank("en")("Russia warned NATO."))
    [Russia, warned, NATO, .]
    """
    return doc_index(doc).tokens


def children_of(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` (in text order) as one shared tuple, without making new Token objects.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Troops", "shelled", "Kharkiv"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> children_of(doc[1]), children_of(doc[0]), children_of(doc[1]) == tuple(doc[1].children)
    ((Troops, Kharkiv), (), True)
    """
    index, doc = _LAST, tok.doc  # (doc_index's first test, inlined: the rules ask for children some 1,300 times a Doc)
    if index is None or index.doc is not doc or index.length != len(doc):
        index = doc_index(doc)
    return index.children[tok.i]


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` as one shared list (``list(doc.sents)``, made once per Doc; do not change it).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "met", ".", "Putin", "spoke", "."], sent_starts=[1, 0, 0, 1, 0, 0])
    >>> [s.text for s in sentences(doc)], sentences(doc) is sentences(doc)
    (['NATO met .', 'Putin spoke .'], True)
    """
    return doc_index(doc).sents


def sentence_at(doc: Doc, i: int) -> Span:
    """``doc[i].sent``: the sentence (one of :func:`sentences`) that holds the token ``i``. spaCy's ``Token.sent``
    makes a Span of the token, walks the sentence starts token by token both ways and makes a new Span.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "met", ".", "Putin", "spoke", "."], sent_starts=[1, 0, 0, 1, 0, 0])
    >>> sentence_at(doc, 4), sentence_at(doc, 4) == doc[4].sent, sentence_at(doc, 0).end
    (Putin spoke ., True, 3)
    """
    index = doc_index(doc)
    return index.sents[bisect_right(index.sent_starts, i) - 1]


def sentence_of(tok: Token | Span) -> Span:
    """``tok.sent``: the sentence that holds a token, or (as spaCy's ``Span.sent``) the first token of a span.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["NATO", "met", ".", "Putin", "spoke", "."], sent_starts=[1, 0, 0, 1, 0, 0])
    >>> sentence_of(doc[1]), sentence_of(doc[2:5]), sentence_of(doc[2:5]) == doc[2:5].sent
    (NATO met ., NATO met ., True)
    """
    return sentence_at(tok.doc, tok.i if isinstance(tok, Token) else tok.start)


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per Doc (the same Span objects at every call).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Putin", "met", "Biden"], ents=["B-PERSON", "O", "B-PERSON"])
    >>> ents(doc), ents(doc) is ents(doc)
    ((Putin, Biden), True)
    """
    return doc_index(doc).ents


def span_tokens(span: Span) -> list[Token]:
    """The tokens of ``span``, as iterating it gives them, without making new Token objects.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia warned NATO.")
    >>> span_tokens(doc[1:3])
    [warned, NATO]
    """
    return doc_index(span.doc).tokens[span.start:span.end]


def text_of(span: Span) -> str:
    """``span.text``, joined from the Doc's text columns: a Span's ``text`` makes a Token per word (1.6 us for a
    two-word name), and the actor passes read the text of every entity several times.

    >>> import spacy
    >>> doc = spacy.blank("en")("the Congress met the Army")
    >>> text_of(doc[0:2]), text_of(doc[2:2]), text_of(doc[1:5]) == doc[1:5].text
    ('the Congress', '', True)
    """
    return doc_index(span.doc).span_text(span.start, span.end)


def select(doc: Doc, **allowed: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose value in each named column of :class:`DocIndex` (``pos``, ``tag``, ``dep``,
    ``lower``, ``lemma`` (lower case), ``ent_type``, ``text``) is among the allowed ones, in text order: a pass
    that needs only such tokens skips the others without making them.

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Troops", "shelled", "Kharkiv"], pos=["NOUN", "VERB", "PROPN"],
    ...           deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1])
    >>> select(doc, pos={"PROPN"}, dep={"dobj", "pobj"}), select(doc, lower={"troops"})
    ([Kharkiv], [Troops])
    """
    return doc_index(doc).select(**allowed)


def select_any(doc: Doc, **allowed: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose value in one of the named columns is among its allowed ones, in text order.

    >>> import spacy
    >>> select_any(spacy.blank("en")("He met the two leaders ."), lower={"he"}, text={"leaders"})
    [He, leaders]
    """
    return doc_index(doc).select_any(**allowed)


def tokens_containing(doc: Doc, part: str) -> list[Token]:
    """The tokens of ``doc`` whose text contains ``part``, in text order.

    >>> import spacy
    >>> tokens_containing(spacy.blank("en")("a U.S.-owned ship and a Hamas-run ministry"), "-")
    [U.S.-owned, -]
    """
    index = doc_index(doc)
    return [index.tokens[i] for i, text in enumerate(index.text) if part in text]
