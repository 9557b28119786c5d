"""Extraction in worker processes: each loads the pipeline once and sends back only the statements.

spaCy's own ``nlp.pipe(n_process=2)`` gave no gain in a research run on these 2-core machines (0.83×,
shared/reference/PERFORMANCE.md) and 1.66× on press releases (bench/README.md): its workers send every
parsed ``Doc`` back to the main process (``Doc.to_bytes``: every token's attributes plus the 96-float
tok2vec tensor, about 590 kB per 1,000 words), where it is deserialised and where our extractor still
runs, in one process, which becomes the bottleneck as soon as extraction is not negligible. Here each
worker parses *and* extracts, and returns a list of small frozen :class:`~stancegraph.model.Statement`
objects (about 6 kB pickled per 1,000 words, ~90 times less); the main process only reads documents,
keeps them in order and builds the graph (1.83× with 2 workers).

Documents go out in chunks (a few in flight per worker, so memory stays bounded) and come back in input
order, so the statements, and the graph, are the same as a one-process build's.
"""
from __future__ import annotations

import collections
import contextlib
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from stancegraph.errors import InputError, StanceGraphError
from stancegraph.model import Document, Statement
from stancegraph.kb.registry import ActorRegistry
from stancegraph.nlp.pipeline import make_nlp
from stancegraph.run.extraction import BATCH_SIZE, extract_statements

__all__ = ["extract_parallel", "worker_pool", "check_workers", "chunked", "document_chunks", "CHUNK_SIZE",
           "extract_chunk", "chunk_statements"]

#: At most this many documents go to a worker at a time (a spaCy batch) ...
CHUNK_SIZE = 16
#: ... and at most about this many characters (~16,000 words), so that a chunk of long transcripts does
#: not keep one worker busy while the other waits (smaller chunks cost more: spaCy batches get small).
CHUNK_CHARS = 100_000
#: Chunks in flight per worker: keeps every worker busy while the main process waits on the first
#: (the documents of a chunk are small; the window bounds memory, whatever the corpus size).
IN_FLIGHT = 8

_STATE: dict = {}
_LOCK = threading.Lock()


def check_workers(workers: object) -> int:
    """Return ``workers`` as an int >= 1, or raise InputError naming the value and the fix."""
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers {workers!r} is not a whole number >= 1; use e.g. {os.cpu_count() or 2} "
                         "(one process per core)", option="workers")
    return workers


def chunked(items: Iterable, size: int, *, weight: Callable[[object], int] | None = None,
            max_weight: int | None = None) -> Iterator[list]:
    """Lists of at most ``size`` consecutive items, and of at most ``max_weight`` summed ``weight``
    (an item heavier than that alone); the last may be shorter.

    >>> list(chunked("abcde", 2))
    [['a', 'b'], ['c', 'd'], ['e']]
    >>> list(chunked(["aaaa", "b", "c", "dddd", "e"], 3, weight=len, max_weight=4))
    [['aaaa'], ['b', 'c'], ['dddd'], ['e']]
    """
    chunk: list = []
    total = 0
    for item in items:
        w = weight(item) if weight is not None else 0
        if chunk and max_weight is not None and total + w > max_weight:
            yield chunk
            chunk, total = [], 0
        chunk.append(item)
        total += w
        if len(chunk) == size:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def document_chunks(documents: Iterable[Document], size: int = CHUNK_SIZE, chars: int | None = None
                    ) -> Iterator[list[Document]]:
    """Chunks of at most ``size`` documents and about ``chars`` (default :data:`CHUNK_CHARS`) characters of text."""
    return chunked(documents, size, weight=lambda d: len(d.text), max_weight=chars or CHUNK_CHARS)


def _pipeline(model: str | None, registry: ActorRegistry | None = None):
    """The pipeline and registry of this process, loaded on first use and kept (one model per process).

    The pool's initializer loads it at start; if that fails, the first task loads again and returns the
    error (a missing model) as such rather than as a broken pool. ``registry`` None means the one the
    pool's initializer sent (else the packaged registry).
    """
    registry = registry if registry is not None else _STATE.get("registry")
    key = (model, id(registry))
    with _LOCK:  # Dask workers may be threads of one process
        if _STATE.get("key") != key:
            actors = registry or ActorRegistry.load()
            _STATE.update(key=key, nlp=make_nlp(model, actors), actors=actors)
        return _STATE["nlp"], _STATE["actors"]


def _init_worker(registry: ActorRegistry | None, model: str | None) -> None:
    _STATE["registry"] = registry  # sent once per worker, not with every chunk
    try:
        _pipeline(model)  # load now, while the main process reads documents
    except Exception:  # noqa: BLE001 - the first task loads again and returns the error as such
        _STATE.pop("key", None)


def extract_chunk(documents: list[Document], model: str | None = None, prefilter: bool = False,
                  batch_size: int | None = None, registry: ActorRegistry | None = None) -> list[list[Statement] | str]:
    """Statements of each document of one chunk (in order), or the one-line error that skipped it.

    Runs in a worker process (or a Dask worker): the pipeline is loaded once per process and kept.
    """
    nlp, registry = _pipeline(model, registry)
    errors: list[str] = []
    found = {id(d): st for d, st in extract_statements(documents, nlp, registry, on_error=lambda e: errors.append(str(e)),
                                                      batch_size=batch_size or BATCH_SIZE, prefilter=prefilter)}
    skipped = iter(errors)  # errors come in document order, one per document left out
    return [found[id(d)] if id(d) in found else next(skipped, f"{d.origin or d.id}: extraction failed")
            for d in documents]


def worker_pool(workers: int, *, model: str | None = None, registry: ActorRegistry | None = None,
                start_method: str = "spawn") -> ProcessPoolExecutor:
    """A pool of ``workers`` processes that each load ``model`` once; pass it to :func:`extract_parallel`
    as ``pool`` to reuse the loaded pipelines over several calls (shut it down when done)."""
    check_workers(workers)
    if start_method not in multiprocessing.get_all_start_methods():
        raise InputError(f"start_method {start_method!r} is not available here; use one of "
                         f"{', '.join(multiprocessing.get_all_start_methods())}")
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(start_method),
                               initializer=_init_worker, initargs=(registry, model))


def extract_parallel(
    documents: Iterable[Document],
    *,
    workers: int,
    model: str | None = None,
    registry: ActorRegistry | None = None,
    prefilter: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    chunk_size: int = CHUNK_SIZE,
    batch_size: int | None = None,
    start_method: str = "spawn",
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Yield ``(document, statements)`` in input order, extracted by ``workers`` processes.

    Each worker loads ``model`` (default: the best installed English pipeline) with the registry's
    entity ruler once, at start. ``start_method`` is a :mod:`multiprocessing` start method: ``spawn``
    (default; safe with threads and on every OS) or ``forkserver``. A document the extractor cannot
    handle is passed to ``on_error`` as an :class:`InputError` and skipped (raised if ``on_error`` is None).
    ``pool``: a :func:`worker_pool` of ``workers`` processes to use (and leave running) instead of a new one.
    """
    check_workers(workers)
    own = pool is None
    pool = worker_pool(workers, model=model, registry=registry, start_method=start_method) if own else pool
    pending: collections.deque[tuple[list[Document], Future]] = collections.deque()
    limit = workers * IN_FLIGHT
    with pool if own else contextlib.nullcontext(pool):
        try:
            for chunk in document_chunks(documents, chunk_size):
                pending.append((chunk, pool.submit(extract_chunk, chunk, model, prefilter, batch_size)))
                while len(pending) >= limit or (pending and pending[0][1].done()):
                    yield from _finish(pending.popleft(), on_error)
            while pending:
                yield from _finish(pending.popleft(), on_error)
        except BrokenProcessPool:
            raise StanceGraphError(f"a worker process died (out of memory or killed); rerun with fewer workers "
                                   f"(was {workers}) or with one", option="workers") from None
        finally:
            for _, fut in pending:
                fut.cancel()


def _finish(item: tuple[list[Document], Future], on_error: Callable[[InputError], None] | None
            ) -> Iterator[tuple[Document, list[Statement]]]:
    chunk, future = item
    yield from chunk_statements(chunk, future.result(), on_error)


def chunk_statements(chunk: list[Document], results: list[list[Statement] | str],
                     on_error: Callable[[InputError], None] | None) -> Iterator[tuple[Document, list[Statement]]]:
    """Each document of a chunk with its statements, in order; a document a worker skipped (its result is
    the one-line error, see :func:`extract_chunk`) goes to ``on_error``, or raises without one."""
    for document, found in zip(chunk, results):
        if isinstance(found, str):
            if on_error is None:
                raise InputError(found)
            on_error(InputError(found))
            continue
        yield document, found
