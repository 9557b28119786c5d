"""Repairs of parse errors the small English pipelines make in a known, checkable shape (a pipeline
component after the parser, so every reader of the Doc sees one consistent tree).

Each repair rewrites heads and labels only where the words leave one reading: a past-tense verb after
"and" that the parser hung on the next noun as an adjective ("exchanged lists of demands and
threatened repercussions") is the second verb of the clause, with that noun as its object.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["repair_parse", "coordinated_verb"]

_COORDINATORS = frozenset({"and", "but", "or"})


def _previous_word(tok: Token) -> Token | None:
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_space:
        i -= 1
    return tok.doc[i] if i >= 0 else None


def coordinated_verb(tok: Token) -> Token | None:
    """The first verb of the clause when ``tok`` is a second, coordinated verb the parser read as an
    adjective of its object; None otherwise.

    The shape: ``VERB ... and <tok:VBD/VBN amod> <noun:conj of VERB>`` — "had exchanged lists and
    threatened repercussions", where "threatened repercussions" cannot be a noun phrase coordinated
    with a verb.
    """
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.pos_ != "VERB":
        return None
    noun = tok.head
    if noun.dep_ != "conj" or noun.i != tok.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.head
    if first.pos_ != "VERB" or first.i >= tok.i:
        return None
    before = _previous_word(tok)
    if before is None or before.text.lower() not in _COORDINATORS or before.head.i not in (first.i, noun.i):
        return None
    return first


def repair_parse(doc: Doc) -> Doc:
    """Rewrite the coordinated-verb misparse (see :func:`coordinated_verb`) in place and return ``doc``.

    >>> from spacy.vocab import Vocab
    >>> words = ["They", "exchanged", "demands", "and", "threatened", "repercussions", "."]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 5, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "cc", "amod", "conj", "punct"],
    ...           pos=["PRON", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"],
    ...           tags=["PRP", "VBD", "NNS", "CC", "VBN", "NNS", "."])
    >>> _ = repair_parse(doc)
    >>> [(t.text, t.dep_, t.head.text) for t in doc[4:6]]
    [('threatened', 'conj', 'exchanged'), ('repercussions', 'dobj', 'threatened')]
    """
    for tok in doc:
        first = coordinated_verb(tok)
        if first is None:
            continue
        noun = tok.head
        # an if-clause right after the object belongs to the nearer verb: "threatened X if ..."
        trailing = [c for c in first.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1]
        tok.head, tok.dep_ = first, "conj"
        noun.head, noun.dep_ = tok, "dobj"
        for clause in trailing:
            clause.head = tok
    return doc


@Language.component("stancegraph_repairs")
def repairs_component(doc: Doc) -> Doc:
    """Pipeline component wrapping :func:`repair_parse`."""
    return repair_parse(doc)
