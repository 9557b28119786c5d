"""Hand-built parses for the rule tests: a spaCy ``Doc`` from a parse listing, with no trained pipeline.

A listing has one token a line, in columns as a parser's output reads::

    0  Russia    Russia    PROPN  NNP  1  nsubj  B-GPE
    1  demanded  demand    VERB   VBD  1  ROOT
    2  talks     talk      NOUN   NNS  1  dobj
    3  .         .         PUNCT  .    1  punct

index, word, lemma (``_`` = the word itself), coarse and fine tag, head (absolute index; a root points
at itself), dependency label and an optional IOB entity tag. Sentences follow from the roots, as in a
parsed Doc. The index column is checked, so a listing cannot silently drift from its heads.

With a ``registry``, entities the registry knows get the id the pipeline's actor ruler gives them
(``"RUS#metonym"``, see :func:`stancegraph.nlp.pipeline.ruler_patterns`); the rules read the actor and
the kind of name from that id, as they do on a parsed article.
"""
from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc, Span

from stancegraph.kb.registry import ActorRegistry
from stancegraph.model import Document, Statement
from stancegraph.rules.context import Context
from stancegraph.rules.coreference import actor_mentions
from stancegraph.rules.extract import stance_statements
from stancegraph.rules.mention_index import MentionIndex

__all__ = ["VOCAB", "PUBLISHED", "context", "parse", "sentences", "statements", "token"]

VOCAB = spacy.blank("en").vocab
PUBLISHED = dt.date(2022, 1, 20)

# no space before these tokens, none after the opening ones
_ATTACHED = {".", ",", ":", ";", "?", "!", "'s", "’s", "'", "’", "”", ")", "n't", "%"}
_OPENING = {"“", "(", "$"}


def _spaces(words: list[str]) -> list[bool]:
    """Spaces as news prose has them: none before punctuation and a closing quote, none after an opening one."""
    spaces, open_quote = [], False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if word == '"':
            open_quote = not open_quote
        if nxt is None:
            spaces.append(False)
        elif word in _OPENING or (word == '"' and open_quote) or word == "-" or nxt == "-":
            spaces.append(False)
        elif nxt in _ATTACHED or (nxt == '"' and open_quote):
            spaces.append(False)
        else:
            spaces.append(True)
    return spaces


def parse(listing: str, registry: ActorRegistry | None = None) -> Doc:
    """The Doc of a parse ``listing`` (see the module docstring); entity ids from ``registry`` if given."""
    rows = [line.split() for line in listing.strip().splitlines() if line.strip()]
    for n, row in enumerate(rows):
        if len(row) not in (7, 8) or int(row[0]) != n:
            raise ValueError(f"listing line {n}: expected 'index word lemma pos tag head dep [ent]' "
                             f"with index {n}, got {' '.join(row)!r}")
    words = [r[1] for r in rows]
    doc = Doc(
        VOCAB, words=words, spaces=_spaces(words),
        lemmas=[r[1] if r[2] == "_" else r[2] for r in rows],
        pos=[r[3] for r in rows], tags=[r[4] for r in rows],
        heads=[int(r[5]) for r in rows], deps=[r[6] for r in rows],
        ents=[r[7] if len(r) == 8 else "O" for r in rows],
    )
    if registry is not None:
        doc.ents = [_with_actor_id(ent, registry) for ent in doc.ents]
    return doc


def sentences(*listings: str) -> str:
    """One listing of the sentences ``listings`` in turn, each numbered from 0 in its own listing: the indices and
    heads of a later one are moved past the tokens before it (a listing used alone can open a longer text)."""
    rows, offset = [], 0
    for listing in listings:
        lines = [line.split() for line in listing.strip().splitlines() if line.strip()]
        for i, word, lemma, pos, tag, head, dep, *ent in lines:
            rows.append("  ".join([str(int(i) + offset), word, lemma, pos, tag, str(int(head) + offset), dep, *ent]))
        offset += len(lines)
    return "\n".join(rows)


def _with_actor_id(ent: Span, registry: ActorRegistry) -> Span:
    found = registry.lookup(ent.text)
    if not found:
        return ent  # a name the statistical NER found: no id
    actor, how = found[0]
    return Span(ent.doc, ent.start, ent.end, label=ent.label_, span_id=f"{actor.id}#{how}")


def token(doc: Doc, word: str, nth: int = 0):
    """The ``nth`` token (0-based) whose text is ``word``."""
    return [t for t in doc if t.text == word][nth]


def statements(doc: Doc, registry: ActorRegistry, *, published: dt.date | None = PUBLISHED) -> list[Statement]:
    """The statements the extractor reads from ``doc`` as one article published on ``published``."""
    document = Document(id="t", text=doc.text, date=published)
    return list(stance_statements(doc, document, registry))


def context(doc: Doc, registry: ActorRegistry, *, published: dt.date | None = PUBLISHED) -> Context:
    """The reading state the extractor builds for ``doc`` (its mentions indexed, an empty discourse)."""
    document = Document(id="t", text=doc.text, date=published)
    index = MentionIndex(actor_mentions(doc, registry), registry=registry)
    return Context(doc=doc, document=document, registry=registry, index=index, reference=published)
