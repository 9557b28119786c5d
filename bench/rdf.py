"""RDF benchmark (run by hand, not a test): Turtle export and the query library, Oxigraph vs plain rdflib.

    /work/venv/bin/python bench/rdf.py                  # >= 1M triples (about 1,150 documents)
    /work/venv/bin/python bench/rdf.py --triples 200000 --rdflib-timeout 60

The graph is synthesised from real statements: the example article goes through the real pipeline
once, then its statements are replicated into N documents (distinct texts, so distinct document IRIs)
with speakers and targets drawn from the actor registry (same kind as the original), dates shifted,
document dates varied, and each issue phrase in 100 variants ("sanctions 7"), so an issue is shared by
about 1% of the documents rather than by all of them. It is built with ``to_rdf`` and added to an embedded store (``stancegraph.store``).

Figures: Turtle export triples/s (Oxigraph dump of the store; Oxigraph fed from rdflib, sorted, as
``build`` writes graph.ttl; rdflib's own Turtle writer), and each packaged query's time on the
embedded store vs plain rdflib (in-memory Graph + ontology + code book), with ratios. rdflib queries
that exceed ``--rdflib-timeout`` are stopped and reported as "> T s".
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"
ISSUE_VARIANTS = 100


class _Timeout(Exception):
    pass


def _real_statements():
    from stancegraph.build import extract_statements
    from stancegraph.ingest import load_documents
    from stancegraph.nlp import make_nlp
    from stancegraph.registry import ActorRegistry

    registry = ActorRegistry.load()
    nlp = make_nlp(None, registry)
    (document, statements), = list(extract_statements(load_documents([str(EXAMPLE)]), nlp, registry))
    return registry, document, statements


def synthesise(n_documents: int, seed: int = 7):
    """(documents, statements): the example's statements replicated into ``n_documents`` documents."""
    registry, original, statements = _real_statements()
    rng = random.Random(seed)
    by_kind: dict = {}
    for actor in registry.actors.values():
        by_kind.setdefault(actor.kind, []).append(actor)
    documents, out = [], []
    base_date = original.date or dt.date(2022, 1, 4)
    for i in range(n_documents):
        shift = dt.timedelta(days=i % 365)
        doc = dataclasses.replace(original, id=f"{original.id}-copy-{i:05d}", text=original.text + f"\n[copy {i}]",
                                  date=base_date + shift)
        documents.append(doc)
        swap = {}

        def actor(a):
            if a is None:
                return None
            if a.id not in swap:
                swap[a.id] = rng.choice(by_kind.get(a.kind) or [a])
            return swap[a.id]

        def ref(r):
            return dataclasses.replace(r, actor=actor(r.actor), state=actor(r.state))

        variant = i % ISSUE_VARIANTS  # each issue phrase comes in variants, so issues are shared by a few documents
        for st in statements:
            issue = st.issue and dataclasses.replace(st.issue, text=f"{st.issue.text} {variant}")
            concept = getattr(st, "issue_concept", None)  # a normalised issue concept, where the extractor gives one
            extra = {"issue_concept": f"{concept} {variant}"} if concept else {}
            out.append(dataclasses.replace(
                st, document=doc.id, speaker=ref(st.speaker), targets=tuple(ref(t) for t in st.targets),
                date=(st.date + shift) if st.date else None, issue=issue, **extra,
            ))
    return documents, out


def _timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def _rdflib_query(graph, text: str, timeout: int, bindings=None):
    def alarm(signum, frame):
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(timeout)
    try:
        start = time.perf_counter()
        rows = list(graph.query(text, initBindings=bindings or {}))
        return time.perf_counter() - start, len(rows)
    except _Timeout:
        return None, None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Target size (default 1,000,000).")
    parser.add_argument("--rdflib-timeout", type=int, default=120, help="Seconds per rdflib query (default 120).")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per Oxigraph query; the median is reported.")
    parser.add_argument("--skip-rdflib-writer", action="store_true", help="Do not time rdflib's Turtle writer.")
    args = parser.parse_args(argv)

    from rdflib import Graph

    from stancegraph.export import serialize
    from stancegraph.query import run_query
    from stancegraph.rdf import to_rdf
    from stancegraph.resources import ontology_text, query_names, query_text
    from stancegraph.store import open_store

    print(f"# stancegraph RDF benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, python {sys.version.split()[0]}")
    probe_docs, probe = synthesise(2)
    per_doc = len(serialize(to_rdf(probe_docs[:1], [s for s in probe if s.document == probe_docs[0].id]),
                            "N_TRIPLES").splitlines())
    n_docs = max(1, -(-args.triples * 100 // (per_doc * 88)))  # about 12% of a document's triples (actors) are shared
    seconds, (documents, statements) = _timed(synthesise, n_docs)
    print(f"synthesised {n_docs} documents, {len(statements)} statements ({per_doc} triples/document) in {seconds:.1f} s")
    seconds, dataset = _timed(to_rdf, documents, statements)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    n = len(union)
    print(f"to_rdf (rdflib Dataset): {seconds:.1f} s; union: {n:,} triples")

    workdir = tempfile.TemporaryDirectory(prefix="stancegraph-bench-")
    folder = Path(workdir.name) / "store"
    store = open_store(folder, create=True)
    seconds, report = _timed(store.add, dataset)
    print(f"embedded store add: {seconds:.1f} s ({report.summary()})")

    rows = []
    t_dump, (data, count) = _timed(store.export, "TURTLE")
    rows.append(("Oxigraph: embedded store dump (convert --store)", t_dump, count))
    import pyoxigraph as ox

    from stancegraph.vocab import PREFIXES

    memory = ox.Store()  # the writer alone: Oxigraph's Turtle serialiser on an in-memory store
    memory.load(store.export("N_TRIPLES")[0], format=ox.RdfFormat.N_TRIPLES)
    t_mem, _ = _timed(memory.dump, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
    rows.append(("Oxigraph writer alone: in-memory store dump", t_mem, len(memory)))
    del memory
    t_ser, data2 = _timed(serialize, dataset, "TURTLE")
    rows.append(("Oxigraph fed from rdflib, sorted (build -o graph.ttl)", t_ser, n))
    if not args.skip_rdflib_writer:
        t_rdf, _ = _timed(union.serialize, format="turtle")
        rows.append(("rdflib Turtle writer", t_rdf, n))
    print("\n## Turtle export\n")
    print("| writer | seconds | triples/s | vs rdflib |")
    print("|---|---:|---:|---:|")
    base = rows[-1][1] if not args.skip_rdflib_writer else None
    for name, secs, count in rows:
        ratio = f"{base / secs:.1f}×" if base else "-"
        print(f"| {name} | {secs:.2f} | {count / secs:,.0f} | {ratio} |")

    full = Graph()
    full += union
    full.parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    full.parse(data=ontology_text("codebook.ttl"), format="turtle")
    store.close()
    memory_store = open_store(folder, in_memory=True)
    disk_store = None  # the same folder cannot be opened twice: reopen per column below
    seconds, _ = _timed(memory_store._memory_copy)
    print(f"\nin-memory copy of the embedded store (first query of a session): {seconds:.1f} s")

    def median_time(st, name, params):
        times, result = [], None
        for _ in range(args.repeat):
            secs, (_, result) = _timed(run_query, st, name, **params)
            times.append(secs)
        return statistics.median(times), result

    first_statement = str(statements and __import__("stancegraph.rdf", fromlist=["x"]).statement_iri(statements[0]))
    from collections import Counter

    speaker = "actor:" + Counter(s.speaker.actor.id for s in statements).most_common(1)[0][0]
    target = "actor:" + Counter(t.actor.id for s in statements for t in s.targets).most_common(1)[0][0]
    cases = [(name, {}) for name in query_names()] + [  # the most frequent speaker and target
        ("who-did-what-to-whom", {"speaker": speaker}), ("statements-of-actor", {"actor": speaker}),
        ("statements-about-target", {"target": target}), ("congruence", {"actor": speaker}),
        ("conditional-threats", {"speaker": speaker}), ("provenance", {"statement": first_statement}),
    ]
    results = {}
    for name, params in cases:
        results[(name, str(params))] = median_time(memory_store, name, params)
    memory_store.close()
    disk_store = open_store(folder)
    print("\n## Library queries: median of %d runs; rows = every row of the result\n" % args.repeat)
    print("| query | parameters | rows | embedded store, in-memory copy | embedded store, on disk | plain rdflib "
          "| rdflib / in-memory | rdflib / disk |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name, params in cases:
        mem_secs, result = results[(name, str(params))]
        disk_secs, disk_result = median_time(disk_store, name, params)
        assert disk_result == result, name
        from stancegraph.query import _param_term, _to_rdflib

        bindings = {k: _to_rdflib(_param_term(k, v)) for k, v in params.items()}
        rd_secs, rd_rows = _rdflib_query(full, query_text(name), args.rdflib_timeout, bindings)
        if rd_secs is None:
            rd = f"> {args.rdflib_timeout} s"
            r1, r2 = f"> {args.rdflib_timeout / mem_secs:,.0f}×", f"> {args.rdflib_timeout / disk_secs:,.0f}×"
        else:
            rd = f"{rd_secs:.2f} s" + ("" if rd_rows == len(result) else f" ({rd_rows} rows!)")
            r1, r2 = f"{rd_secs / mem_secs:,.0f}×", f"{rd_secs / disk_secs:,.0f}×"
        shown = ", ".join(f"{k}={v if len(str(v)) < 20 else str(v)[-16:]}" for k, v in params.items()) or "-"
        print(f"| {name} | {shown} | {len(result):,} | {mem_secs:.3f} s | {disk_secs:.3f} s | {rd} | {r1} | {r2} |",
              flush=True)
    disk_store.close()
    workdir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
