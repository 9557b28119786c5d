"""DependencyMatcher patterns run only at their anchors: the same matches as spaCy's, in the same order (pure).

spaCy's :class:`~spacy.matcher.DependencyMatcher` first runs a token Matcher of every pattern node over every
token of the Doc (each ``{"IN": [...]}`` is a Python predicate, called per token and node), then joins the nodes
along the tree. With a lexicon of thousands of verb patterns that token pass cost more than all the rest of the
extraction. :class:`AnchoredMatcher` takes the same patterns, indexes them by the root node's ``LEMMA`` words
(a dict, built once) and looks only at the tokens whose lemma some pattern names, walking their children and
descendants on the Doc's attribute array (``Doc.to_array``: the ids spaCy's matcher compares, no Token objects):
the matches are those spaCy's matcher gives (``tests/test_verb_patterns.py`` compares both).

Supported: a root node with ``LEMMA`` (a word or ``{"IN": [...]}``), node attributes ``LEMMA``, ``LOWER``,
``ORTH``, ``TEXT``, ``POS``, ``TAG``, ``DEP``, ``ENT_TYPE`` as a word or ``{"IN": [...]}``, and the relations
``>`` (a child) and ``>>`` (a descendant); anything else raises ValueError when the pattern is added.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["AnchoredMatcher"]

_ATTRS = {"LEMMA": LEMMA, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "POS": POS, "TAG": TAG, "DEP": DEP,
          "ENT_TYPE": ENT_TYPE}
_RELATIONS = (">", ">>")  # a child, a descendant


@dataclass(frozen=True, slots=True)
class _Node:
    parent: int  # index of the node it hangs from (-1: the root)
    relation: str | None
    tests: tuple[tuple[int, frozenset[int]], ...]  # (column, the ids it may have)


def _tests(attrs: dict, where: str, columns: list[int]) -> tuple[tuple[int, frozenset[int]], ...]:
    """(column, ids) per attribute; ``columns`` (the Doc.to_array attributes read per doc) grows as needed."""
    tests = []
    for attr, value in attrs.items():
        if attr not in _ATTRS:
            raise ValueError(f"{where}: attribute {attr!r} is not supported (use one of {', '.join(_ATTRS)})")
        if isinstance(value, dict):
            if set(value) != {"IN"}:
                raise ValueError(f"{where}: only {{'IN': [...]}} is supported, not {value!r}")
            value = value["IN"]
        elif not isinstance(value, str):
            raise ValueError(f"{where}: {attr} must be a word or {{'IN': [...]}}, not {value!r}")
        words = [value] if isinstance(value, str) else value
        if _ATTRS[attr] not in columns:
            columns.append(_ATTRS[attr])
        tests.append((columns.index(_ATTRS[attr]), frozenset(get_string_id(w) for w in words)))  # as spaCy's matcher
    return tuple(tests)


class AnchoredMatcher:
    """DependencyMatcher patterns, tried only at tokens whose lemma is one of their root's ``LEMMA`` words.

    ``matcher(doc)`` returns ``[(match_id, [token index per node])]`` as ``DependencyMatcher(doc)`` does.

    >>> import spacy
    >>> from spacy.matcher import DependencyMatcher
    >>> vocab = spacy.blank("en").vocab
    >>> pattern = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["lift", "ease"]}, "POS": "VERB"}},
    ...            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}}]
    >>> anchored, reference = AnchoredMatcher(vocab), DependencyMatcher(vocab)
    >>> anchored.add("lift_it", [pattern]); reference.add("lift_it", [pattern])
    >>> doc = Doc(vocab, words=["Turkey", "lifted", "the", "blockade"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], pos=["PROPN", "VERB", "DET", "NOUN"],
    ...           lemmas=["Turkey", "lift", "the", "blockade"])
    >>> anchored(doc), anchored(doc) == reference(doc)
    ([(..., [1, 3])], True)
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._patterns: list[tuple[int, tuple[_Node, ...]]] = []  # (match id, nodes), in the order added
        self._anchors: dict[int, list[int]] = {}  # root lemma id -> indices into _patterns
        self._keys: dict[int, int] = {}  # match id -> its rank (spaCy's matcher runs key by key, in the order added)
        self._columns: list[int] = [HEAD]  # the attributes the patterns test, read per doc (Doc.to_array)

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        """Add ``patterns`` (DependencyMatcher syntax, the restrictions above) under the match id ``key``."""
        match_id = self.vocab.strings.add(key)
        for pattern in patterns:
            ids = {node.get("RIGHT_ID"): n for n, node in enumerate(pattern)}
            nodes = []
            for n, node in enumerate(pattern):
                where = f"pattern {key!r}, node {node.get('RIGHT_ID')!r}"
                if n == 0:
                    if "REL_OP" in node or "LEMMA" not in node.get("RIGHT_ATTRS", {}):
                        raise ValueError(f"{where}: the first node is the root and needs LEMMA words")
                    nodes.append(_Node(-1, None, _tests(node["RIGHT_ATTRS"], where, self._columns)))
                    continue
                if node.get("REL_OP") not in _RELATIONS or ids.get(node.get("LEFT_ID"), n) >= n:
                    raise ValueError(f"{where}: needs REL_OP '>' or '>>' and a LEFT_ID of an earlier node")
                nodes.append(_Node(ids[node["LEFT_ID"]], node["REL_OP"], _tests(node.get("RIGHT_ATTRS", {}), where, self._columns)))
            self._keys.setdefault(match_id, len(self._keys))
            self._patterns.append((match_id, tuple(nodes)))
            for lemma in next(ids for column, ids in nodes[0].tests if self._columns[column] == LEMMA):
                self._anchors.setdefault(lemma, []).append(len(self._patterns) - 1)

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        """The matches in ``doc``: pattern by pattern in the order added, each in text order of its tokens."""
        anchored: dict[int, list[int]] = {}  # pattern index -> the tokens its root may be, in text order
        for i, lemma in enumerate(doc.to_array(LEMMA).tolist() if len(doc) else ()):
            for index in self._anchors.get(lemma, ()):
                anchored.setdefault(index, []).append(i)
        if not anchored:
            return []
        tree = _Tree(doc, self._columns)
        found: list[tuple[int, list[int]]] = []
        for index in sorted(anchored, key=lambda i: (self._keys[self._patterns[i][0]], i)):
            match_id, nodes = self._patterns[index]
            for root in anchored[index]:
                if tree.accepts(nodes[0], root):
                    found += [(match_id, ids) for ids in _assignments(tree, nodes, [root])]
        return found


class _Tree:
    """A Doc's attribute columns and dependency tree (children and descendants in text order, as spaCy's
    DependencyMatcher lists them: a sorted list, also where a non-projective subtree is not in text order),
    read as far as the matcher walks."""

    def __init__(self, doc: Doc, attrs: list[int]) -> None:
        array = doc.to_array(attrs)  # attrs[0] is HEAD
        self.columns: list[list[int]] = array.T.tolist()  # column -> token -> id (one conversion per doc)
        n = len(doc)
        heads = array[:, 0].astype(numpy.int64) + numpy.arange(n)  # HEAD is an offset (as uint64)
        heads[heads == numpy.arange(n)] = n  # a root is no one's child
        order = numpy.argsort(heads, kind="stable")  # tokens grouped by head, each group in text order
        self._order: list[int] = order.tolist()
        self._bounds: list[int] = numpy.searchsorted(heads[order], numpy.arange(n + 1)).tolist()
        self._descendants: dict[int, list[int]] = {}

    def accepts(self, node: _Node, i: int) -> bool:
        columns = self.columns
        for column, ids in node.tests:  # (a loop, not all() over a generator: run for every anchored token)
            if columns[column][i] not in ids:
                return False
        return True

    def related(self, relation: str, i: int) -> list[int]:
        if relation == ">":
            return self._order[self._bounds[i]:self._bounds[i + 1]]
        if i not in self._descendants:
            found, todo = [], self.related(">", i)
            while todo:
                j = todo.pop()
                found.append(j)
                todo += self.related(">", j)
            self._descendants[i] = sorted(found)
        return self._descendants[i]


def _assignments(tree: _Tree, nodes: tuple[_Node, ...], ids: list[int]) -> Iterator[list[int]]:
    """Every assignment of tokens to the nodes after ``ids`` (the tokens so far), in the order of
    ``itertools.product`` over text-ordered candidates, as spaCy's DependencyMatcher enumerates them."""
    if len(ids) == len(nodes):
        yield ids
        return
    node = nodes[len(ids)]
    columns = tree.columns
    for j in tree.related(node.relation, ids[node.parent]):
        for column, allowed in node.tests:  # (tree.accepts, inlined: the innermost loop of the matcher)
            if columns[column][j] not in allowed:
                break
        else:
            yield from _assignments(tree, nodes, ids + [j])
