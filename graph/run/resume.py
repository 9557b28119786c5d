"""Resume and incremental builds into a store: documents already stored by the same extractor are not parsed again.

``build --store`` records, for each document it stores, a *build key*: a hash of the document (its text and
metadata, not the path it was read from) and of the extractor (stancegraph's code and data files, spaCy's
version, the model, the ``--lexicon``/``--actors`` files). A later build into the same store skips, before
parsing, every document whose key is already there: an interrupted build resumes where it stopped (the
documents committed so far are skipped), and a daily run parses only the new releases. Any change to the
extractor changes every key, so everything is parsed again and stored documents are updated.

>>> from stancegraph.model import Document
>>> a, b = Document(id="a", text="Russia demanded talks."), Document(id="b", text="China agreed.")
>>> class Store:  # what a store answers: document IRI -> build key
...     def build_keys(self):
...         return Resume(None, "fp").keys([a])
>>> resume = Resume(Store(), "fp")
>>> [d.id for d in resume.fresh([a, b])], [d.id for d in resume.known]
(['b'], ['a'])
"""
from __future__ import annotations

import dataclasses
import hashlib
import itertools
import os
from importlib.resources import files
from pathlib import Path
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from stancegraph.model import Document
from stancegraph.rdf.graphstore import StoreReport
from stancegraph.rdf.mint import document_iri

__all__ = ["extractor_fingerprint", "document_key", "Resume", "StoreBuild", "build_into_store", "STORE_BATCH"]

STORE_BATCH = 100
"""Documents per commit of :func:`build_into_store`: what a stopped build can lose."""

_SUFFIXES = (".py", ".ttl", ".toml", ".rq", ".json", ".txt")


def _tree_digest(root: Path, digest) -> None:
    for path in sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")


def extractor_fingerprint(model: str | None = None, data_files: Iterable[str | os.PathLike[str]] = (),
                          min_confidence: float | None = None) -> str:
    """A hash of what decides a document's statements: the code and data of the installed stancegraph,
    spaCy's version, ``model`` (as given), ``min_confidence`` and the contents of ``data_files``
    (``--lexicon``, ``--actors``).

    >>> extractor_fingerprint() == extractor_fingerprint() != extractor_fingerprint("en_core_web_lg")
    True
    """
    import spacy

    settings = f"spacy {spacy.__version__}\0model {model}\0min-confidence {min_confidence}\0"
    digest = hashlib.sha256(settings.encode("utf-8"))
    for package in ("stancegraph", "stancegraph.ontology"):
        _tree_digest(Path(str(files(package))), digest)
    for path in data_files:
        digest.update(b"data\0" + Path(path).read_bytes() + b"\0")
    return digest.hexdigest()


def document_key(document: Document, fingerprint: str) -> str:
    """The build key of ``document`` under the extractor ``fingerprint`` (every field but ``origin``)."""
    fields = [(f.name, repr(getattr(document, f.name))) for f in dataclasses.fields(document) if f.name != "origin"]
    return hashlib.sha256(repr((fingerprint, fields)).encode("utf-8")).hexdigest()


class Resume:
    """Which documents a build into ``store`` need not parse: those stored with the key they have now.

    ``store`` is a :class:`stancegraph.rdf.graphstore.GraphStore` (or None: nothing is stored yet).
    """

    def __init__(self, store, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.stored: dict[str, str] = store.build_keys() if store is not None else {}
        self.known: list[Document] = []  # the documents skipped so far

    def keys(self, documents: Iterable[Document]) -> dict[str, str]:
        """Document IRI -> build key, as the store records them."""
        return {str(document_iri(d)): document_key(d, self.fingerprint) for d in documents}

    def fresh(self, documents: Iterable[Document]) -> Iterator[Document]:
        """The documents to parse (lazily); the others go to :attr:`known`."""
        for document in documents:
            if self.stored.get(str(document_iri(document))) == document_key(document, self.fingerprint):
                self.known.append(document)
            else:
                yield document

    def pending(self, documents: Iterable[Document]) -> Iterator[Document] | None:
        """:meth:`fresh`, or None when no document needs parsing (all of them read and found stored)."""
        fresh = self.fresh(documents)
        first = next(fresh, None)
        return None if first is None else itertools.chain([first], fresh)


@dataclass
class StoreBuild:
    """What :func:`build_into_store` did: the store's report (skipped documents count as unchanged), the
    documents parsed, their statements, and the documents skipped as stored already."""

    report: StoreReport = field(default_factory=StoreReport)
    parsed: int = 0
    statements: int = 0
    known: int = 0


def build_into_store(documents: Iterable[Document], store, *, data_files: Iterable[str | os.PathLike[str]] = (),
                     batch: int = STORE_BATCH, model: str | None = None, **options) -> StoreBuild:
    """Parse the ``documents`` that ``store`` does not hold under their current build key and add them,
    ``batch`` documents per commit; ``options`` go to :func:`stancegraph.run.build.extract_documents`
    (``registry``, ``workers``, ``on_error`` ...). The model is loaded only if a document needs parsing.

    A stop loses at most the batch in progress: the next run skips what was committed. The store ends
    the same as after one :meth:`~stancegraph.rdf.graphstore.GraphStore.add` of every document, since the
    store recounts mentions over all its documents after each commit.
    """
    from stancegraph.rdf.mint import to_quads
    from stancegraph.run.build import extract_documents  # the NLP stack, only when this runs

    resume = Resume(store, extractor_fingerprint(model, data_files, options.get("min_confidence")))
    done = StoreBuild()
    pending = resume.pending(documents)
    if pending is not None:
        pairs = iter(extract_documents(pending, None, model=model, **options))
        while chunk := list(itertools.islice(pairs, batch)):
            docs = [d for d, _ in chunk]
            statements = [st for _, found in chunk for st in found]
            report = store.add(to_quads(docs, statements), keys=resume.keys(docs))
            for name in ("added", "updated", "replaced", "unchanged", "removed"):
                getattr(done.report, name).extend(getattr(report, name))
            done.parsed, done.statements = done.parsed + len(docs), done.statements + len(statements)
    done.known = len(resume.known)
    done.report.unchanged.extend(resume.keys(resume.known))
    return done
