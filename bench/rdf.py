"""RDF benchmark (run by hand, not a test): Turtle export and the query library, stancegraph vs plain rdflib, one run.

    nice -n 5 .venv/bin/python bench/rdf.py                  # >= 1M triples (about 1,170 documents)
    nice -n 5 .venv/bin/python bench/rdf.py --triples 200000 --rdflib-timeout 60

The graph is synthesised from real statements: the example article goes through the real pipeline
once, then its statements are replicated into N documents (distinct texts, so distinct document IRIs)
with speakers and targets drawn from the actor registry (same kind as the original), dates shifted,
document dates varied, and each issue phrase in 100 variants ("sanctions 7"), so an issue is shared by
about 1% of the documents rather than by all of them.

Export: the same graph written as Turtle by each path a command takes (``build -o``: canonical quads
from ``to_quads``; ``convert --store``: the embedded store's document graphs read back; both written
by Oxigraph in canonical order) and by rdflib's own writer
(from the rdflib graph ``to_rdf`` builds), each timed in wall and CPU seconds; the ratios are of CPU
seconds, which other jobs on the machine change less than wall seconds. Queries: every packaged query,
without and with parameters, on the embedded store on disk (what ``stancegraph query --store`` runs:
rows as text), on its in-memory copy (``open_store(path, in_memory=True)``: rdflib terms, the Python
API) and on plain rdflib (in-memory Graph + ontology + code book, ``initBindings``); the script
checks that disk, memory and rdflib give the same rows. rdflib queries that exceed
``--rdflib-timeout`` are stopped and reported as "> T s" (the ratio is then a lower bound).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
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
    from stancegraph.run.build import extract_statements
    from stancegraph.read.ingest import load_documents
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.kb.registry import ActorRegistry

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
    """(wall seconds, CPU seconds of this process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _alarm(seconds: int):
    """A context in which SIGALRM raises _Timeout after ``seconds``."""
    import contextlib

    @contextlib.contextmanager
    def scope():
        def alarm(signum, frame):
            raise _Timeout()

        previous = signal.signal(signal.SIGALRM, alarm)
        signal.alarm(seconds)
        try:
            yield
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)

    return scope()


def _rdflib_query(graph, text: str, timeout: int, bindings=None):
    """(wall, CPU, rows); rows None if stopped after ``timeout`` wall seconds (wall and CPU then so far)."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        with _alarm(timeout):
            rows = list(graph.query(text, initBindings=bindings or {}))
    except _Timeout:
        rows = None
    return time.perf_counter() - wall, time.process_time() - cpu, rows


def _plain(rows) -> list[tuple]:
    return [tuple(None if v is None else v.toPython() for v in row) for row in rows]


def _text(rows) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in row) for row in rows]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Target size (default 1,000,000).")
    parser.add_argument("--rdflib-timeout", type=int, default=120, help="Seconds per rdflib query (default 120).")
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each stancegraph measurement; the median is reported.")
    parser.add_argument("--skip-rdflib-writer", action="store_true", help="Do not time rdflib's Turtle writer.")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    from rdflib import Graph

    from stancegraph.rdf.io import convert, rdflib_term, serialize
    from stancegraph.rdf.ntriples import Quads
    from stancegraph.rdf.query import parameter_term, run_query
    from stancegraph.rdf.mint import statement_iri, to_quads, to_rdf
    from stancegraph.kb.resources import ontology_text, query_names, query_text
    from stancegraph.rdf.store import open_store
    from stancegraph.kb.vocab import PREFIXES

    def median(fn, *a, **kw):
        runs = [_timed(fn, *a, **kw) for _ in range(args.repeat)]
        walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
        return statistics.median(walls), statistics.median(cpus), runs[-1][2]

    print(f"# stancegraph RDF benchmark, {dt.datetime.now():%Y-%m-%d %H:%M}, python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load average {_load()} (1/5/15 min)")
    probe_docs, probe = synthesise(2)
    per_doc = len(to_quads(probe_docs[:1], [s for s in probe if s.document == probe_docs[0].id]).triples())
    n_docs = max(1, -(-args.triples * 100 // (per_doc * 90)))  # about 10% of a document's triples (actors) are shared
    wall, _, (documents, statements) = _timed(synthesise, n_docs)
    print(f"synthesised {n_docs} documents, {len(statements):,} statements in {wall:.1f} s")

    # ------------------------------------------------------------ building the graphs
    w_quads, c_quads, quads = _timed(to_quads, documents, statements)
    n = len(quads.triples())
    print(f"to_quads: {w_quads:.2f} s wall, {c_quads:.2f} s CPU: {len(quads):,} quads, {n:,} triples in the union")
    w_rdf, c_rdf, dataset = _timed(to_rdf, documents, statements)
    union = Graph()
    for s_, p_, o_, _ in dataset.quads((None, None, None, None)):
        union.add((s_, p_, o_))
    assert len(union) == n, (len(union), n)
    print(f"to_rdf (rdflib Dataset): {w_rdf:.1f} s wall, {c_rdf:.1f} s CPU")

    # ------------------------------------------------------------ Turtle export
    rows = []
    w, c, ttl = median(serialize, quads, "TURTLE")
    rows.append(("stancegraph `build -o` graph.ttl: `serialize(to_quads(...), \"TURTLE\")`", w, c, n))
    w, c, again = median(lambda: serialize(Quads(quads.graphs), "TURTLE"))  # the union computed from the graphs
    assert again == ttl
    rows.append(("stancegraph from the document graphs (union computed, as `convert` does)", w, c, n))
    w, c, trig = median(serialize, quads, "TRIG")
    rows.append(("stancegraph `build -o` graph.trig (TriG, per document)", w, c, len(quads)))
    rows.append(("stancegraph statements → graph.ttl (`to_quads` + Turtle)", w_quads + rows[0][1], c_quads + rows[0][2], n))
    triples = list(ox.parse("\n".join(quads.triples()).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    w, c, _ = median(ox.serialize, triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    rows.append(("(reference) Oxigraph's Turtle writer alone, fed a list of pyoxigraph triples", w, c, n))
    del triples

    workdir = tempfile.TemporaryDirectory(prefix="stancegraph-bench-")
    trig_file, ttl_file = Path(workdir.name) / "graph.trig", Path(workdir.name) / "converted.ttl"
    trig_file.write_bytes(trig)
    w, c, count = median(convert, trig_file, ttl_file)
    assert ttl_file.read_bytes() == ttl and count == n
    rows.append(("stancegraph `convert graph.trig -o graph.ttl` (file to file: Oxigraph parses)", w, c, n))
    folder = Path(workdir.name) / "store"
    store = open_store(folder, create=True)
    w_add, c_add, report = _timed(store.add, quads)
    print(f"embedded store add (`build --store`): {w_add:.1f} s wall, {c_add:.1f} s CPU ({report.summary()})")
    store.oxigraph.optimize()
    w, c, (data, count) = median(store.export, "TURTLE")
    assert data == ttl and count == n  # the store exports the bytes build writes
    rows.append(("stancegraph `convert --store` (embedded store, graphs read back)", w, c, n))
    w, c, (data, _) = median(store.export, "TRIG")
    assert data == trig
    rows.append(("stancegraph `convert --store` to TriG", w, c, len(quads)))
    rdflib_rows = []
    if not args.skip_rdflib_writer:
        w, c, _ = _timed(union.serialize, format="turtle")
        rdflib_rows.append(("rdflib Turtle writer (`Graph.serialize`)", w, c, n))
        rdflib_rows.append(("rdflib statements → Turtle (`to_rdf` + writer)", w_rdf + w, c_rdf + c, n))
    print(f"\n## Turtle export ({n:,} triples; load average {_load()})\n")
    print("| writer | wall s | CPU s | triples/s (wall) | triples/s (CPU) | CPU vs rdflib writer |")
    print("|---|---:|---:|---:|---:|---:|")
    base = rdflib_rows[0][2] if rdflib_rows else None
    for name, wall, cpu, count in rows + rdflib_rows:
        ratio = f"{base / cpu:.1f}×" if base else "-"
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {count / wall:,.0f} | {count / cpu:,.0f} | {ratio} |")
    if rdflib_rows:
        print(f"\nstatements → Turtle: stancegraph {rows[3][2]:.2f} s CPU, rdflib {rdflib_rows[1][2]:.1f} s CPU: "
              f"{rdflib_rows[1][2] / rows[3][2]:.0f}×")

    # ------------------------------------------------------------ queries
    full = Graph()
    full += union
    full.parse(data=ontology_text("stancegraph.ttl"), format="turtle")
    full.parse(data=ontology_text("codebook.ttl"), format="turtle")
    del dataset
    store.close()
    memory_store = open_store(folder, in_memory=True)
    w, c, _ = _timed(memory_store._memory_copy)
    print(f"\nin-memory copy of the embedded store (first query of a session): {w:.1f} s wall, {c:.1f} s CPU")

    from collections import Counter

    speaker = "actor:" + Counter(s.speaker.actor.id for s in statements).most_common(1)[0][0]
    target = "actor:" + Counter(t.actor.id for s in statements for t in s.targets).most_common(1)[0][0]
    _, issue_rows = run_query(memory_store, "issues-most-disputed")
    cases = [(name, {}) for name in query_names()] + [  # the most frequent speaker, target and the top issue
        ("who-did-what-to-whom", {"speaker": speaker}), ("statements-of-actor", {"actor": speaker}),
        ("statements-about-target", {"target": target}), ("congruence", {"actor": speaker}),
        ("conditional-threats", {"speaker": speaker}), ("provenance", {"statement": str(statement_iri(statements[0]))}),
        ("issues-most-disputed", {"issue": str(issue_rows[0][0])}),
    ]
    in_memory = {}
    for name, params in cases:
        in_memory[(name, str(params))] = median(run_query, memory_store, name, **params)
    memory_store.close()
    disk_store = open_store(folder)
    print(f"\n## Library queries (median of {args.repeat} runs; all rows fetched; load average {_load()})\n")
    print("Seconds wall (CPU); ratios of CPU seconds.\n")
    print("| query | parameters | rows | on disk (CLI: rows as text) | in-memory copy (API: rdflib terms) | plain rdflib "
          "| rdflib / disk | rdflib / memory |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name, params in cases:
        mem_w, mem_c, (variables, result) = in_memory[(name, str(params))]
        disk_w, disk_c, (_, disk_rows) = median(run_query, disk_store, name, as_text=True, **params)
        assert disk_rows == _text(result), name  # disk and memory: the same rows
        bindings = {k: rdflib_term(parameter_term(k, v)) for k, v in params.items()}
        rd_w, rd_c, rd_rows = _rdflib_query(full, query_text(name), args.rdflib_timeout, bindings)
        if rd_rows is None:  # stopped: what it had used is a lower bound
            rd = f"> {rd_w:.0f} s (> {rd_c:.0f} CPU)"
            r1, r2 = f"> {rd_c / disk_c:,.0f}×", f"> {rd_c / mem_c:,.0f}×"
        else:
            same = _plain(rd_rows) == _plain(result)
            rd = f"{rd_w:.2f} s ({rd_c:.2f} CPU)" + ("" if same else f" ({len(rd_rows)} rows, not the same!)")
            r1, r2 = f"{rd_c / disk_c:,.0f}×", f"{rd_c / mem_c:,.0f}×"
        shown = ", ".join(f"{k}={v if len(str(v)) < 24 else '…' + str(v)[-14:]}" for k, v in params.items()) or "-"
        print(f"| {name} | {shown} | {len(result):,} | {disk_w:.3f} s ({disk_c:.3f} CPU) | {mem_w:.3f} s ({mem_c:.3f} CPU) "
              f"| {rd} | {r1} | {r2} |", flush=True)
    disk_store.close()
    workdir.cleanup()
    print(f"\nload average at the end: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
