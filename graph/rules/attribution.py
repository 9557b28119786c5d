"""Who the text attributes an event to, scare quotes, and the parse path of a reading (pure, on the parse)."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from stancegraph.kb.lexicon import active as lexicon
from stancegraph.rules.doc_index import children_of, doc_index, span_tokens
from stancegraph.rules.quotations import quotation_reporter
from stancegraph.rules.reduced_relatives import reduced_relative_head

__all__ = ["reporter", "is_quoted", "has_scare_quotes", "dependency_path"]

_OPEN_QUOTES = {'"', "“", "‘", "«", "``"}
_CLOSE_QUOTES = {'"', "”", "’", "»", "''"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def reporter(tok: Token, sent: SpacySpan) -> tuple[Token | None, str | None]:
    """The phrase the event is attributed to and how: ("according to X" -> X, "according");
    ("X said that ..." -> X, "said" or the verb's lemma); (None, None) when the author asserts it.
    A denial verb ("X denied that ...") gives its lemma, so callers can mark the event denied."""
    node = tok
    while node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.i != node.i:
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and (lemma in lexicon().reporting_verbs or lemma in lexicon().denial_verbs):
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(node))
            for c in children_of(node):
                if passive and c.dep_ == "agent":  # "it was stressed by the U.S. side that ..."
                    pobj = next((p for p in children_of(c) if p.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj, lemma
                if not passive and c.dep_ in ("nsubj",):
                    return reduced_relative_head(c), lemma
            if not passive and node.dep_ == "conj":  # "Kyiv dismissed the offer and said Russian troops must leave"
                from stancegraph.rules.syntax import subject_of

                subject, _ = subject_of(node)
                if subject is not None:
                    return subject, lemma
    if tok.i in range(sent.start, sent.end):
        quoted_by, how = quotation_reporter(tok)  # '"They lie." The minister said this on Monday.'
        if quoted_by is not None:
            return quoted_by, how
    words, lower = span_tokens(sent), doc_index(sent.doc).lower  # (the words tested on the column, no Token read each)
    for t in [words[k] for k, w in enumerate(lower[sent.start:sent.end]) if w == "according"]:  # "according to Russia"
        to = next((c for c in children_of(t) if c.lower_ == "to"), None)
        if to is not None:
            pobj = next((p for p in children_of(to) if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, "according"
    return None, None


def _neighbour(i: int, step: int, is_space: list[bool]) -> int | None:
    """The index of the first word from ``i`` on (``step`` +1 or -1) that is no space, or None."""
    while 0 <= i < len(is_space) and is_space[i]:
        i += step
    return i if 0 <= i < len(is_space) else None


def is_quoted(first: Token, last: Token) -> bool:
    """The words first..last stand between quotation marks: 'if it "invades" Ukraine'."""
    index = doc_index(first.doc)  # (the space and text columns: no Token made for the neighbours)
    before, after = _neighbour(first.i - 1, -1, index.is_space), _neighbour(last.i + 1, 1, index.is_space)
    return (before is not None and after is not None and index.text[before] in _OPEN_QUOTES | {'"'}
            and index.text[after] in _CLOSE_QUOTES | {'"'})


def has_scare_quotes(tokens: list[Token], *, longest: int = 4) -> bool:
    """A short stretch (at most ``longest`` words) in quotation marks among ``tokens``: the author
    cites a word without endorsing it ('what it called "provocations"', 'if it "invades"')."""
    opened = None
    for n, t in enumerate(tokens):
        w = t.text  # (read once: a Token's text is looked up in the string store at each read)
        if w in ("“", "‘", "«", "``") or (w == '"' and opened is None):
            opened = n
        elif w in ("”", "’", "»", "''") or w == '"':
            if opened is not None and 0 < n - opened - 1 <= longest:
                return True
            opened = None
    return False


def dependency_path(a: Token, b: Token) -> str:
    """The path between two tokens through their lowest common ancestor, for explanations:
    ``"Washington <nsubj guarantee <ccomp demanded"``... read as: from ``a`` up (<dep) then down (>dep) to ``b``.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Russia", "warned", "Moscow"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> dependency_path(doc[1], doc[0]), dependency_path(doc[1], doc[2])
    ('warned >nsubj Russia', 'warned >dobj Moscow')
    """
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i for t in up_b}
    lca = next((t for t in up_a if t.i in ids_b), None)
    if lca is None:
        return f"{a.text} … {b.text}"
    parts = [a.text]
    for t in up_a:
        if t.i == lca.i:
            break
        parts.append(f"<{t.dep_} {t.head.text}")
    down = []
    for t in up_b:
        if t.i == lca.i:
            break
        down.append(f">{t.dep_} {t.text}")
    return " ".join(parts + list(reversed(down)))
