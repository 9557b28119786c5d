"""DependencyMatcher patterns run only at their anchors: the same matches as spaCy's, in the same order (pure).

spaCy's :class:`~spacy.matcher.DependencyMatcher` first runs a token Matcher of every pattern node over every
token of the Doc (each ``{"IN": [...]}`` is a Python predicate, called per token and node), then joins the nodes
along the tree. With a lexicon of thousands of verb patterns that token pass cost more than all the rest of the
extraction. :class:`AnchoredMatcher` takes the same patterns, indexes them by the root node's ``LEMMA`` words
(a dict, built once) and looks only at the tokens whose lemma some pattern names, walking their children and
descendants: the matches are those spaCy's matcher gives (``tests/test_anchored_matcher.py`` compares both).
:meth:`AnchoredMatcher.at` matches at one token only: the verb patterns ask for the verbs the cue rules reach,
and the Doc is read only as far as those need, through the rules' index of it (``rules.doc_index``: its columns
of strings, the children it already holds; the lemma ids of the tokens looked at), kept per Doc: no scan of
every token's lemma, no ``Doc.to_array`` columns and tree of its own (a fifth of the matcher's cost before).

Supported: a root node with ``LEMMA`` (a word or ``{"IN": [...]}``), node attributes ``LEMMA``, ``LOWER``,
``ORTH``, ``TEXT``, ``POS``, ``TAG``, ``DEP``, ``ENT_TYPE`` as a word or ``{"IN": [...]}``, and the relations
``>`` (a child) and ``>>`` (a descendant); anything else raises ValueError when the pattern is added.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from stancegraph.rules.doc_index import DocIndex, doc_index

__all__ = ["AnchoredMatcher"]

# The column of the Doc's index (rules.doc_index) each attribute is read from: the strings spaCy's matcher compares
# as their ids (an id is its string's hash, so equal strings are equal ids), read once per Doc by the rules anyway.
# LEMMA is compared as ids (the index's lemma column is lower-cased; spaCy's matcher compares the lemma as it is).
_LEMMA_IDS = "lemma ids"
_ATTRS = {"LEMMA": _LEMMA_IDS, "LOWER": "lower", "ORTH": "text", "TEXT": "text", "POS": "pos", "TAG": "tag",
          "DEP": "dep", "ENT_TYPE": "ent_type"}
_RELATIONS = (">", ">>")  # a child, a descendant


@dataclass(frozen=True, slots=True)
class _Node:
    parent: int  # index of the node it hangs from (-1: the root)
    relation: str | None
    tests: tuple[tuple[int, frozenset], ...]  # (column, the values it may have: ids of LEMMA, else strings)


def _tests(attrs: dict, where: str, columns: list[str]) -> tuple[tuple[int, frozenset], ...]:
    """(column, values) per attribute; ``columns`` (the index columns read per doc) grows as needed."""
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
        column = _ATTRS[attr]
        if column not in columns:
            columns.append(column)
        # the lemma as spaCy's matcher keys it (get_string_id), the other columns as strings
        tests.append((columns.index(column), frozenset(get_string_id(w) for w in words) if column == _LEMMA_IDS
                      else frozenset(words)))
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
        # (match id, nodes, the nodes under the root: children first), in the order added
        self._patterns: list[tuple[int, tuple[_Node, ...], tuple[int, ...]]] = []
        # root lemma id -> indices into _patterns, in the order spaCy's matcher tries them (_order)
        self._anchors: dict[int, list[int]] = {}
        self._keys: dict[int, int] = {}  # match id -> its rank (spaCy's matcher runs key by key, in the order added)
        self._columns: list[str] = []  # the index columns the patterns test, read per doc

    def __len__(self) -> int:
        return len(self._keys)

    def match_id(self, index: int) -> int:
        """The match id of the pattern ``index`` (as :meth:`at` names it)."""
        return self._patterns[index][0]

    def _order(self, index: int) -> tuple[int, int]:
        """Where the pattern ``index`` comes in spaCy's matcher's output: by its key's rank, then as added."""
        return self._keys[self._patterns[index][0]], index

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        """Add ``patterns`` (DependencyMatcher syntax, the restrictions above) under the match id ``key``."""
        match_id = self.vocab.strings.add(key)
        touched: set[int] = set()
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
            under_root = sorted((n for n in range(1, len(nodes)) if nodes[n].parent == 0),
                                key=lambda n: nodes[n].relation != ">")  # (a descendant costs a walk of the tree)
            self._patterns.append((match_id, tuple(nodes), tuple(under_root)))
            for lemma in next(ids for column, ids in nodes[0].tests if self._columns[column] == _LEMMA_IDS):
                self._anchors.setdefault(lemma, []).append(len(self._patterns) - 1)
                touched.add(lemma)
        for lemma in touched:
            self._anchors[lemma].sort(key=self._order)

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        """The matches in ``doc``: pattern by pattern in the order added, each in text order of its tokens."""
        lemmas = doc.to_array(LEMMA).tolist() if len(doc) else []
        roots = compress(range(len(lemmas)), map(self._anchors.__contains__, lemmas))  # (a scan in C)
        index = doc_index(doc)
        found = [match for root in roots for match in self.at(index, root)]
        found.sort(key=lambda match: self._order(match[0]))  # (stable: each pattern's in the order found)
        return [(self.match_id(pattern), ids) for pattern, ids in found]

    def at(self, index: DocIndex, root: int) -> list[tuple[int, list[int]]]:
        """The matches whose root is the token ``root`` of the Doc of ``index`` (``rules.doc_index``), as (pattern
        index, token per node) in the order spaCy's matcher gives them. A reader of the matches of a few tokens
        (the verb patterns: the verbs the cue rules ask about) asks for those only: the Doc's tree is read as far
        as they need (kept per Doc)."""
        tree = index.kept(("anchored matcher tree", self), lambda: _Tree(index, self._columns))
        patterns = self._anchors.get(tree.lemma(root))
        if not patterns:
            return []
        columns, kids, found = tree.columns, tree.related(">", root), []
        for pattern in patterns:
            _match_id, nodes, under_root = self._patterns[pattern]
            # (the tests inlined: a Python call costs more than a test, and this runs per verb and pattern)
            for column, values in nodes[0].tests:
                if columns[column][root] not in values:
                    break
            else:
                # the candidates of a node under the root do not depend on the other nodes: found once, and a
                # pattern with a node that has none is done before any assignment is tried (most verbs match none)
                fixed: dict[int, list[int]] = {}
                for n in under_root:
                    node, candidates = nodes[n], []
                    for j in kids if node.relation == ">" else tree.related(">>", root):
                        for column, values in node.tests:
                            if columns[column][j] not in values:
                                break
                        else:
                            candidates.append(j)
                    if not candidates:
                        break
                    fixed[n] = candidates
                else:
                    found += [(pattern, ids) for ids in _assignments(tree, nodes, fixed, root)]
        return found


class _LemmaIds(dict):
    """Token index -> the id of its lemma (as spaCy's matcher compares it), read from the token when first asked:
    the matcher reads the lemmas of a few tokens of a Doc (the index's own lemma column is lower-cased)."""

    def __init__(self, tokens: list[Token]) -> None:
        super().__init__()
        self._tokens = tokens

    def __missing__(self, i: int) -> int:
        lemma = self[i] = self._tokens[i].lemma
        return lemma


class _Tree:
    """A Doc's attribute columns (the rules' index of it) and dependency tree (children and descendants in text
    order, as spaCy's DependencyMatcher lists them: a sorted list, also where a non-projective subtree is not in
    text order), read as far as the matcher walks."""

    def __init__(self, index: DocIndex, columns: list[str]) -> None:
        lemmas = _LemmaIds(index.tokens)
        self.lemma = lemmas.__getitem__
        self.columns: list = [lemmas if c == _LEMMA_IDS else getattr(index, c) for c in columns]
        self._children = index.children  # (Token objects, built once per Doc for the rules)
        self._kids: dict[int, list[int]] = {}
        self._descendants: dict[int, list[int]] = {}

    def related(self, relation: str, i: int) -> list[int]:
        if relation == ">":
            kids = self._kids.get(i)
            if kids is None:
                kids = self._kids[i] = [t.i for t in self._children[i]]
            return kids
        if i not in self._descendants:
            found, todo, children = [], list(self._children[i]), self._children
            while todo:
                j = todo.pop().i
                found.append(j)
                todo += children[j]
            self._descendants[i] = sorted(found)
        return self._descendants[i]

    def candidates(self, node: _Node, i: int) -> list[int]:
        """The tokens in ``node``'s relation to the token ``i`` that pass its tests, in text order."""
        columns, found = self.columns, []
        for j in self.related(node.relation, i):
            for column, values in node.tests:  # (the innermost loop of the matcher: no generator)
                if columns[column][j] not in values:
                    break
            else:
                found.append(j)
        return found


def _assignments(tree: _Tree, nodes: tuple[_Node, ...], fixed: dict[int, list[int]], root: int) -> list[list[int]]:
    """Every assignment of tokens to ``nodes`` with ``root`` as the first (``fixed``: the candidates of the nodes
    under the root), in the order of ``itertools.product`` over text-ordered candidates, as spaCy's
    DependencyMatcher enumerates them."""
    found = []

    def extend(ids: list[int]) -> None:
        if len(ids) == len(nodes):
            found.append(ids)
            return
        node = nodes[len(ids)]
        for j in fixed[len(ids)] if node.parent == 0 else tree.candidates(node, ids[node.parent]):
            extend(ids + [j])

    extend([root])
    return found
