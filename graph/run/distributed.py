"""Extraction on a Dask cluster (dask.distributed): chunks of documents to workers, statements back, in order.

Each Dask worker loads the pipeline once, on its first chunk, and keeps it in a module-level cache
(:func:`stancegraph.run.parallel.extract_chunk`, the same function the local worker processes run); only
documents go out and only :class:`~stancegraph.model.Statement` lists come back. The client keeps the
documents in input order and builds the graph, which is therefore the same as a local build's.

Workers need stancegraph and a spaCy pipeline installed (the same versions as the client); run them
with one thread each (``dask worker tcp://HOST:8786 --nthreads 1 --nworkers N``): a spaCy pipeline
is not meant to be shared by threads. Needs the ``dask`` extra: ``pip install 'stancegraph[dask]'``.
"""
from __future__ import annotations

import collections
import re
from typing import Callable, Iterable, Iterator

from stancegraph.errors import InputError, StanceGraphError
from stancegraph.model import Document, Statement
from stancegraph.run.parallel import CHUNK_SIZE, IN_FLIGHT, chunk_statements, document_chunks, extract_chunk
from stancegraph.kb.registry import ActorRegistry

__all__ = ["connect", "extract_distributed", "check_scheduler"]

_ADDRESS = re.compile(r"^(tcp|tls|inproc|ucx|ws|wss)://[^\s/:]+(:\d{1,5})?(/.*)?$")
_INSTALL = "pip install 'stancegraph[dask]' (dask.distributed)"


def check_scheduler(address: str) -> str:
    """Return ``address`` if it looks like a Dask scheduler address, else raise InputError.

    >>> check_scheduler("tcp://127.0.0.1:8786")
    'tcp://127.0.0.1:8786'
    """
    if not isinstance(address, str) or not _ADDRESS.match(address.strip()):
        raise InputError(f"scheduler {address!r} is not a Dask scheduler address; "
                         "use tcp://HOST:PORT, e.g. tcp://10.0.0.5:8786 (printed by 'dask scheduler')", option="scheduler")
    return address.strip()


def connect(address: str, *, timeout: float = 10.0):
    """A ``distributed.Client`` of the scheduler at ``address``; a one-line InputError if it cannot be reached."""
    address = check_scheduler(address)
    try:
        from distributed import Client
    except ImportError:
        raise StanceGraphError(f"scheduler needs dask.distributed, which is not installed; {_INSTALL}",
                               option="scheduler") from None
    try:
        return Client(address, timeout=f"{timeout}s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        reason = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise InputError(f"cannot reach the Dask scheduler at {address} ({reason}); start one with "
                         "'dask scheduler' and workers with 'dask worker ADDRESS', or check the address") from None


def extract_distributed(
    documents: Iterable[Document],
    scheduler,
    *,
    model: str | None = None,
    registry: ActorRegistry | None = None,
    prefilter: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Yield ``(document, statements)`` in input order, extracted by the workers of a Dask cluster.

    ``scheduler`` is an address (``tcp://HOST:PORT``) or a ``distributed.Client``. Workers load ``model``
    (default: their best installed English pipeline); a custom ``registry`` is sent to each worker once.
    A chunk a worker fails on raises here; a document the extractor cannot handle goes to ``on_error``.
    """
    own = isinstance(scheduler, str)
    client = connect(scheduler) if own else scheduler
    try:
        slots = max(1, sum(client.nthreads().values()))  # one chunk runs per worker thread
        limit = slots * IN_FLIGHT
        shared = client.scatter(registry, broadcast=True) if registry is not None else None
        pending: collections.deque = collections.deque()
        try:
            for chunk in document_chunks(documents, chunk_size):
                pending.append((chunk, client.submit(extract_chunk, chunk, model, prefilter, None, shared, pure=False)))
                while len(pending) >= limit or (pending and pending[0][1].done()):
                    yield from _finish(*pending.popleft(), on_error)
            while pending:
                yield from _finish(*pending.popleft(), on_error)
        finally:
            for _, future in pending:
                future.cancel()
    finally:
        if own:
            client.close()


def _finish(chunk: list[Document], future, on_error) -> Iterator[tuple[Document, list[Statement]]]:
    try:
        results = future.result()
    except StanceGraphError:  # a missing model on a worker, ...: already one line
        raise
    except Exception as exc:  # noqa: BLE001 - KilledWorker, CancelledError, a lost connection ...
        reason = " ".join(str(exc).split())[:200]
        raise StanceGraphError(f"the Dask cluster failed while extracting ({type(exc).__name__}: {reason}); "
                               "check the scheduler's and workers' logs (memory, installed versions) and rerun") from None
    yield from chunk_statements(chunk, results, on_error)
