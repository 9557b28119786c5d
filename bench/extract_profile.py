"""Extraction alone, over Docs parsed once (run by hand): its CPU time, a cProfile of it, its statements.

    python bench/extract_profile.py ../shared/corpus/presidential-press-releases-2021-10_2022-06.jsonl.gz \
        --every 9 --limit 200 --cache /tmp/docs-200.pickle --profile 25 --out /tmp/statements.jsonl

The documents are cut into pieces and parsed as :func:`stancegraph.run.extraction.extract_statements` does
(same pipeline, same batch size); the parses are kept in ``--cache`` (a DocBin and the pieces, pickled), so
later runs time and profile the extractor (``piece_statements`` + dedupe, what a build runs on each parse)
without parsing again. The cache holds spaCy's own attributes only, so it is valid for one pipeline and one
registry: delete it when the model, the registry or the pipeline's components change. Printed: parse CPU
seconds (when parsed in this run), extraction CPU seconds over ``--repeats`` runs (the least), and the share.
``--out`` writes the statements as ``stancegraph extract --format jsonl`` would, to compare runs with ``cmp``.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import os
import pickle
import pstats
import sys
import time


def _documents(args):
    from stancegraph.read.ingest import load_documents

    docs = load_documents(args.corpus)
    if args.every > 1:
        docs = (d for i, d in enumerate(docs) if i % args.every == args.offset)
    return list(itertools.islice(docs, args.limit or None))


def _parse(args, nlp):
    """(documents, [(doc, document index, piece, last)], parse CPU seconds)."""
    from stancegraph.nlp.pieces import PIECE_CHARS, pieces
    from stancegraph.read.clean import masked_text
    from stancegraph.run.extraction import BATCH_SIZE

    documents = _documents(args)
    size = max(2, min(PIECE_CHARS, nlp.max_length))
    items = []
    for n, d in enumerate(documents):
        parts = list(pieces(masked_text(d), size=size))
        items += [(p.text, (n, p, i == len(parts) - 1)) for i, p in enumerate(parts)]
    t0 = time.process_time()
    parsed = [(doc, *ctx) for doc, ctx in nlp.pipe(items, as_tuples=True, batch_size=BATCH_SIZE)]
    return documents, parsed, time.process_time() - t0


def _load(args, nlp):
    from spacy.tokens import DocBin

    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            documents, meta, data = pickle.load(f)
        docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
        return documents, [(doc, *m) for doc, m in zip(docs, meta)], None
    documents, parsed, parse_cpu = _parse(args, nlp)
    if args.cache:
        data = DocBin(docs=[p[0] for p in parsed], store_user_data=False).to_bytes()
        with open(args.cache, "wb") as f:
            pickle.dump((documents, [p[1:] for p in parsed], data), f)
    return documents, parsed, parse_cpu


def _fresh(parsed, nlp):
    """The same parses as new Doc objects (through a DocBin), without the Token objects a run made."""
    from spacy.tokens import DocBin

    data = DocBin(docs=[p[0] for p in parsed], store_user_data=False).to_bytes()
    docs = DocBin().from_bytes(data).get_docs(nlp.vocab)
    return [(doc, *p[1:]) for doc, p in zip(docs, parsed)]


def _extract(documents, parsed, registry):
    """[(document, statements)] as extract_statements yields them."""
    from stancegraph.nlp.components import dedupe
    from stancegraph.run.extraction import piece_statements

    out, found = [], []
    for doc, n, piece, last in parsed:
        found += piece_statements(doc, documents[n], piece, registry)
        if last:
            out.append((documents[n], dedupe(found)))
            found = []
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cache", help="keep the parses in this file (and read them from it when it exists)")
    ap.add_argument("--repeats", type=int, default=1, help="extraction runs; the least CPU time is reported")
    ap.add_argument("--cold", action="store_true",
                    help="give every run (and the profile) fresh copies of the Docs, so spaCy makes their Token "
                         "objects again, as in a build (not timed); by default later runs reuse the Docs' tokens")
    ap.add_argument("--profile", type=int, default=0, help="also profile one run; print the top N by own time")
    ap.add_argument("--sort", default="tottime", help="pstats sort key of the profile (tottime, cumulative)")
    ap.add_argument("--out", help="write the statements as JSONL here")
    ap.add_argument("--dump", help="also write the profile's stats to this file (pstats)")
    args = ap.parse_args()

    import warnings

    warnings.filterwarnings("ignore")
    from stancegraph.kb.registry import ActorRegistry
    from stancegraph.nlp.pipeline import make_nlp

    registry = ActorRegistry.load()
    nlp = make_nlp(None, registry)
    documents, parsed, parse_cpu = _load(args, nlp)
    _extract(documents, parsed[:3], registry)  # warm lazy caches (lexicon, matchers) outside the timing
    times = []
    for _ in range(args.repeats):
        parsed = _fresh(parsed, nlp) if args.cold else parsed
        t0 = time.process_time()
        result = _extract(documents, parsed, registry)
        times.append(time.process_time() - t0)
    n = sum(len(s) for _, s in result)
    print(f"documents {len(documents)}  pieces {len(parsed)}  statements {n}")
    if parse_cpu is not None:
        print(f"parse CPU {parse_cpu:.1f} s  extraction CPU {min(times):.2f} s  share {min(times) / parse_cpu:.1%}")
    else:
        print(f"extraction CPU {min(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})")
    if args.out:
        from stancegraph.run.outputs import write_statements

        with open(args.out, "w", encoding="utf-8") as f:  # all statements (no --min-confidence)
            write_statements((st for _, sts in result for st in sts), f)
    if args.profile:
        parsed = _fresh(parsed, nlp) if args.cold else parsed
        prof = cProfile.Profile()
        prof.enable()
        _extract(documents, parsed, registry)
        prof.disable()
        if args.dump:
            prof.dump_stats(args.dump)
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats(args.sort).print_stats(args.profile)
        print(s.getvalue())


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
