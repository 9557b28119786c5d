"""stancegraph's spaCy pipeline components, as factories registered through the ``spacy_factories`` entry point.

``stancegraph_paragraphs``
    sentence starts at line breaks (before the parser).
``stancegraph_repairs``
    repairs of known misparses (:mod:`stancegraph.nlp.repairs`; after the parser).
``stancegraph_statements``
    the extractor (:func:`stancegraph.rules.extract.stance_statements`) as the last component: it puts the
    doc's statements on ``doc._.statements``.

The statements of a text depend on its :class:`~stancegraph.model.Document` (its id and publication date);
the component reads it from ``doc._.document``, else from the context of ``nlp.pipe(..., as_tuples=True)``,
else makes one from the text (:func:`stancegraph.read.ingest.read_text`). Because the factories are entry
points, a pipeline saved with ``nlp.to_disk(path)`` loads with ``spacy.load(path)`` in a process that never
imported stancegraph.
"""
from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.nlp.repairs import repair_parse, seam_starts
from stancegraph.read.ingest import read_text
from stancegraph.rules.extract import stance_statements

__all__ = ["ParagraphBoundaries", "bound_sentences", "MAX_SENTENCE_TOKENS", "ParseRepairs", "StatementExtractor", "document_statements",
           "make_paragraphs", "make_repairs", "make_statements", "hard_wrapped"]

for _name in ("statements", "document"):  # registered once, at import (also when spaCy loads a saved pipeline)
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_REGISTRY_FILE = "registry.pickle"


def hard_wrapped(text: str) -> bool:
    """Hard-wrapped prose (most lines 60-80 characters, not ending a sentence): there a single
    newline is no paragraph break.

    >>> hard_wrapped("Short headline\\n\\nOne paragraph.\\n")
    False
    """
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 4:
        return False
    wrapped = sum(1 for ln in lines if 55 <= len(ln.rstrip()) <= 80 and not ln.rstrip().endswith((".", "!", "?", '"', "”")))
    return wrapped >= len(lines) / 2


class ParagraphBoundaries:
    """Start a sentence after every line break (after blank lines only in hard-wrapped text), so a
    headline, a byline or a masked caption never runs into the next paragraph's first sentence."""

    def __init__(self, name: str = "stancegraph_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        min_newlines = 2 if hard_wrapped(doc.text) else 1
        for tok in doc[:-1]:
            if tok.is_space and tok.text.count("\n") >= min_newlines and not doc[tok.i + 1].is_space:
                doc[tok.i + 1].is_sent_start = True
        for i in seam_starts(doc):  # "... meeting President of Russia Vladimir Putin: Colleagues"
            doc[i].is_sent_start = True
        bound_sentences(doc)
        return doc


#: The most tokens a run with no sentence end may have before a sentence start is set (at a comma or the like).
MAX_SENTENCE_TOKENS = 200
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "—", "–", ")"})


def bound_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> Doc:
    """Start a sentence in every run of ``limit`` tokens with no sentence end and no sentence start set: after
    its last comma, semicolon or dash, else at the limit. No sentence the parser then finds is much longer,
    so what the rules do per sentence stays bounded on text with no full stop (a list, a table, a 2 MB line).

    >>> import spacy
    >>> doc = bound_sentences(spacy.blank("en")("a, b c, d e f", ), limit=3)
    >>> [t.text for t in doc if t.is_sent_start]
    ['a', 'b', 'd']
    """
    run = 0
    clause = -1
    for tok in doc:
        if tok.is_sent_start or run == 0:
            run, clause = 1, -1
        else:
            run += 1
        if run > limit:
            at = clause + 1 if clause > tok.i - run + 1 else tok.i
            doc[at].is_sent_start = True
            run, clause = tok.i - at + 1, -1
        if tok.text in _SENTENCE_ENDS:
            run = 0
        elif tok.text in _CLAUSE_ENDS:
            clause = tok.i
    return doc


class ParseRepairs:
    """:func:`stancegraph.nlp.repairs.repair_parse` as a component (after the parser, lemmatizer and tagger)."""

    def __init__(self, name: str = "stancegraph_repairs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return repair_parse(doc)


def document_statements(doc: Doc, document: Document, registry: ActorRegistry) -> list[Statement]:
    """The statements of a parsed ``doc`` of ``document``'s masked text: spans carry the original text,
    exact repeats are dropped (what a build stores for the document)."""
    return dedupe([original_text(st, document.text) for st in stance_statements(doc, document, registry)])


def original_text(st: Statement, text: str) -> Statement:
    """The same statement with every span's text read from the original ``text``.

    The parser saw the masked text (boilerplate blanked, same offsets), so a span that crosses a masked
    stretch would otherwise carry blanks where the input has words, and ``oa:exact`` / the exported
    ``text`` would not be ``text[start:end]``.
    """

    def span(sp):
        if sp is None or text[sp.start:sp.end] == sp.text:
            return sp
        return dataclasses.replace(sp, text=text[sp.start:sp.end])

    def ref(r):
        return r if r.mention is None else dataclasses.replace(r, mention=span(r.mention))

    return dataclasses.replace(st, sentence=span(st.sentence), cue=span(st.cue), condition=span(st.condition),
                               issue=span(st.issue), speaker=ref(st.speaker), targets=tuple(ref(t) for t in st.targets))


def dedupe(statements: list[Statement]) -> list[Statement]:
    """Drop exact repeats (one cue read twice through two rules), keeping text order."""
    seen, out = set(), []
    for st in statements:
        key = (st.speaker.actor.id, tuple(t.actor.id for t in st.targets), st.type, st.cue.start, st.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


class StatementExtractor:
    """Put the statements of each doc on ``doc._.statements`` (a list of :class:`~stancegraph.model.Statement`).

    ``actors``: a registry Turtle file (None: the packaged registry), loaded at first use. A registry object
    given with :meth:`use_registry` replaces it and is saved with the pipeline (``to_disk``).
    """

    def __init__(self, name: str = "stancegraph_statements", *, actors: str | None = None):
        self.name, self.actors = name, actors
        self._registry: ActorRegistry | None = None
        self._own = False  # True: a registry object was given (saved by to_disk)

    @property
    def registry(self) -> ActorRegistry:
        if self._registry is None:
            self._registry = ActorRegistry.load(self.actors)
        return self._registry

    def use_registry(self, registry: ActorRegistry) -> None:
        """Read actors with ``registry`` (saved with the pipeline unless it is the packaged one)."""
        self._registry, self._own = registry, registry is not ActorRegistry.load()

    def document_of(self, doc: Doc) -> Document:
        """The Document of ``doc``: ``doc._.document``, else the ``as_tuples`` context of ``nlp.pipe`` (a
        spaCy attribute that holds it while the components run), else one made from the text."""
        if doc._.document is not None:
            return doc._.document
        context = getattr(doc, "_context", None)
        return context if isinstance(context, Document) else read_text(doc.text)

    def __call__(self, doc: Doc) -> Doc:
        doc._.statements = document_statements(doc, self.document_of(doc), self.registry)
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        if self._own:
            Path(path).mkdir(parents=True, exist_ok=True)
            (Path(path) / _REGISTRY_FILE).write_bytes(pickle.dumps(self._registry))

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> StatementExtractor:
        saved = Path(path) / _REGISTRY_FILE
        if saved.exists():  # written by to_disk above: a file of the saved pipeline itself
            self._registry, self._own = pickle.loads(saved.read_bytes()), True
        return self


@Language.factory("stancegraph_paragraphs", default_config={},
                  assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBoundaries:
    """The ``stancegraph_paragraphs`` component (see :class:`ParagraphBoundaries`)."""
    return ParagraphBoundaries(name)


@Language.factory("stancegraph_repairs", default_config={},
                  requires=["token.dep", "token.pos", "token.tag"], assigns=["token.dep", "token.head"])
def make_repairs(nlp: Language, name: str) -> ParseRepairs:
    """The ``stancegraph_repairs`` component (see :class:`ParseRepairs`)."""
    return ParseRepairs(name)


@Language.factory("stancegraph_statements", default_config={"actors": None},
                  requires=["token.dep", "token.lemma", "doc.ents"], assigns=["doc._.statements"])
def make_statements(nlp: Language, name: str, actors: str | None) -> StatementExtractor:
    """The ``stancegraph_statements`` component (see :class:`StatementExtractor`).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("stancegraph_statements").actors is None
    True
    """
    return StatementExtractor(name, actors=actors)
