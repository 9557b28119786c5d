"""Throughput of stancegraph extraction against raw spaCy, the prefilter, worker processes (run by hand).

    python bench/throughput.py ../shared/corpus/presidential-press-releases-2021-10_2022-06.jsonl.gz \
        --every 9 --repeats 3 --workers 2

Every mode runs in its own child process (so peak RSS is per mode, counted over the child and its
worker processes by sampling /proc through psutil every 50 ms), one mode after the other, ``--repeats``
times: each repeat is one paired run of all modes under the same machine load. Reported: words/s
(words = whitespace-separated words of the input texts) per mode as the median over repeats, and the
ratios of each repeat, as medians. Model loading and worker start-up are not timed (reported apart).

Modes
    raw           nlp.pipe(masked texts, batch_size=16) of the same pipeline (make_nlp: + actor ruler)
    extract       build.extract_statements (the same parse + stancegraph's extractor)
    prefilter     build.extract_statements(prefilter=True)
    prefilter:SETTINGS  the same with Prefilter.from_nlp(nlp, **SETTINGS), e.g. prefilter:near=8,back=2
    workers       parallel.extract_parallel(workers=N), warmed-up pool
    workers-prefilter   both
    raw-nprocess  nlp.pipe(..., n_process=N): spaCy's own multiprocessing, for comparison
    extract-nprocess    the same, with the extractor run on the Docs it ships back (what n_process gives us)
    build         stancegraph build (CLI, in-process) incl. RDF and files; --rss-growth runs it on 10/50/100%

The statement keys of extract and each prefilter mode are compared: "kept" = share of the full mode's
(document, speaker, targets, type, cue offsets) that the prefilter mode also finds. In the extract mode the CPU
seconds spent inside the extractor (stance_statements, wrapped) are also counted: the extraction overhead
measured within one run, besides the paired comparison with raw.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

MODES = ("raw", "extract", "prefilter", "workers", "workers-prefilter", "raw-nprocess", "extract-nprocess")


def _documents(args):
    from stancegraph.read.ingest import load_documents

    docs = load_documents(args.corpus)
    if args.every > 1:
        docs = (d for i, d in enumerate(docs) if i % args.every == args.offset)
    return list(itertools.islice(docs, args.limit))


def _key(st) -> list:
    return [st.document, st.speaker.actor.id, sorted(t.actor.id for t in st.targets), st.type, st.cue.start, st.cue.end]


def child(args) -> None:
    """Run one mode; print one JSON line."""
    import warnings

    warnings.filterwarnings("ignore")
    from stancegraph.run.build import extract_statements
    from stancegraph.read.clean import masked_text
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.kb.registry import ActorRegistry

    docs = _documents(args)
    words = sum(len(d.text.split()) for d in docs)
    mode, _, settings = args.child.partition(":")  # "prefilter:near=8,back=2": a Prefilter with those settings
    t0 = time.perf_counter()
    reg = ActorRegistry.load()
    nlp = pool = prefilter = None
    if mode in ("raw", "extract", "prefilter", "raw-nprocess", "extract-nprocess"):
        nlp = make_nlp(None, reg)
        if mode == "prefilter":
            from prefilter_ceiling import parse_settings  # bench/ is on the path of a script run from it
            from stancegraph.nlp.prefilter import Prefilter, prefilter_for

            prefilter = Prefilter.from_nlp(nlp, reg, **parse_settings(settings)) if settings else prefilter_for(nlp, reg)
    else:
        from stancegraph.run.parallel import extract_parallel, worker_pool

        pool = worker_pool(args.workers, registry=None)
        warm = docs[: args.workers * 2]  # every worker loads its pipeline in the initializer; wait for it
        list(extract_parallel(warm, workers=args.workers, chunk_size=1, pool=pool,
                              prefilter=mode == "workers-prefilter"))
    load = time.perf_counter() - t0
    keys: list = []
    extraction = None
    cpu0, reaped0 = _cpu_seconds(), _reaped_cpu()
    t0 = time.perf_counter()
    if mode == "raw":
        for _ in nlp.pipe((masked_text(d) for d in docs), batch_size=16):
            pass
    elif mode == "raw-nprocess":
        for _ in nlp.pipe((masked_text(d) for d in docs), batch_size=16, n_process=args.workers):
            pass
    elif mode == "extract-nprocess":  # what n_process would give stancegraph: Docs shipped back, extraction here
        from stancegraph.rules.extract import stance_statements

        for doc, d in nlp.pipe(((masked_text(d), d) for d in docs), as_tuples=True, batch_size=16, n_process=args.workers):
            keys += [_key(st) for st in stance_statements(doc, d, reg)]
    elif mode in ("extract", "prefilter"):
        import stancegraph.nlp.components as components  # the pipeline component calls the extractor

        timed = _timed(components.stance_statements)
        components.stance_statements = timed  # the extractor's own time inside this mode, besides the wall clock
        for _, found in extract_statements(docs, nlp, reg, prefilter=prefilter if mode == "prefilter" else False,
                                           on_error=lambda e: None):
            keys += [_key(st) for st in found]
        extraction = timed.seconds
    else:
        for _, found in extract_parallel(docs, workers=args.workers, pool=pool,
                                         prefilter=mode == "workers-prefilter", on_error=lambda e: None):
            keys += [_key(st) for st in found]
    seconds = time.perf_counter() - t0
    cpu1 = _cpu_seconds()
    per = {pid: cpu1[pid] - cpu0.get(pid, 0.0) for pid in cpu1}
    cpu = sum(per.values()) + _reaped_cpu() - reaped0  # + processes that ended during the run (n_process)
    # the critical path on an idle machine: the busiest process, or all the work spread over the cores
    ideal = max(max(per.values()), cpu / (os.cpu_count() or 1))
    if pool is not None:
        pool.shutdown()
    print(json.dumps({"mode": args.child, "extraction_cpu": extraction, "docs": len(docs), "words": words, "seconds": seconds, "load": load, "cpu": cpu, "cpu_ideal_wall": ideal,
                      "statements": len(keys), "keys": keys}))


def _timed(extractor):
    """``extractor`` wrapped so that the CPU seconds spent in it (the whole generator) add up in ``.seconds``."""

    def run(*args, **kwargs):
        t0 = time.process_time()
        out = list(extractor(*args, **kwargs))
        run.seconds += time.process_time() - t0
        return iter(out)

    run.seconds = 0.0
    return run


def _cpu_seconds() -> dict[int, float]:
    """User + system CPU seconds of this process and of each live child (worker processes), by pid."""
    import psutil

    me = psutil.Process()
    out = {}
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            out[p.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def _reaped_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _tree_rss(proc) -> int:
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_child(argv: list[str]) -> dict:
    """Run a child process; return its JSON result with ``peak_rss`` (bytes, the process tree's peak)."""
    import psutil

    load_before = os.getloadavg()[0]  # other work on the machine: the runs are paired because of it
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak = [0, 0]  # the process tree, the main process alone
    done = threading.Event()

    def watch():
        while not done.is_set():
            try:
                peak[1] = max(peak[1], ps.memory_info().rss)
                peak[0] = max(peak[0], _tree_rss(ps))
            except psutil.Error:
                pass
            time.sleep(0.05)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    out, err = proc.communicate()
    done.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"child {' '.join(argv[-4:])} failed:\n{err[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1]) if out.strip().startswith("{") or "\n{" in out else None
    if result is None:
        result = {}
    result["peak_rss"], result["peak_rss_main"] = peak
    result["loadavg_before"] = load_before
    return result


def _base_argv(args) -> list[str]:
    return [sys.executable, os.path.abspath(__file__), args.corpus, "--limit", str(args.limit or 0),
            "--every", str(args.every), "--offset", str(args.offset), "--workers", str(args.workers)]


def rss_growth(args) -> list[dict]:
    """Peak RSS of `stancegraph build` variants (--build-flags) on the first 10%, 50%, 100% of the documents."""
    docs = _documents(args)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for share in (0.1, 0.5, 1.0):
            part = os.path.join(tmp, f"part-{share}.jsonl")
            n = max(1, round(len(docs) * share))
            with open(part, "w", encoding="utf-8") as f:
                for d in docs[:n]:
                    f.write(json.dumps({"id": d.id, "text": d.text, "date": d.date.isoformat() if d.date else None,
                                        "title": d.title, "source": d.source}, ensure_ascii=False) + "\n")
            for extra in args.build_flags:
                argv = [sys.executable, "-m", "stancegraph", "build", part, "-o", os.path.join(tmp, "out"),
                        "--no-diagram", *extra.split()]
                t0 = time.perf_counter()
                res = run_child(argv)
                rows.append({"share": share, "docs": n, "words": sum(len(d.text.split()) for d in docs[:n]),
                             "flags": extra, "seconds": time.perf_counter() - t0, "peak_rss": res["peak_rss"],
                             "peak_rss_main": res["peak_rss_main"]})
                print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="a .jsonl/.jsonl.gz corpus (e.g. ../shared/corpus/presidential-press-releases-...)")
    ap.add_argument("--limit", type=int, default=0, help="at most N documents (0 = all selected)")
    ap.add_argument("--every", type=int, default=1, help="take every K-th document (a sample spread over the corpus)")
    ap.add_argument("--offset", type=int, default=0, help="... starting at this index (0 <= offset < every)")
    ap.add_argument("--repeats", type=int, default=3, help="paired runs of all modes")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    ap.add_argument("--rss-growth", action="store_true", help="peak RSS of stancegraph build at 10/50/100%% instead")
    ap.add_argument("--build-flags", action="append", default=None,
                    help="flags of one `stancegraph build` variant for --rss-growth (repeatable; default: '' and '--stream')")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.limit = args.limit or None
    if not os.path.exists(args.corpus):
        raise SystemExit(f"error: {args.corpus}: no such file; pass the corpus path")
    if args.every < 1 or not 0 <= args.offset < args.every or args.workers < 1 or args.repeats < 1:
        raise SystemExit("error: need --every >= 1, 0 <= --offset < --every, --workers >= 1, --repeats >= 1")
    if args.child:
        child(args)
        return
    if args.rss_growth:
        args.build_flags = args.build_flags or ["", "--stream"]
        rows = rss_growth(args)
        print("| share | docs | words | flags | seconds | peak RSS, all processes | peak RSS, main process |\n"
              "|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['share']:.0%} | {r['docs']} | {r['words']:,} | `{r['flags'] or '(plain)'}` | "
                  f"{r['seconds']:.0f} | {r['peak_rss'] / 2**20:,.0f} MiB | {r['peak_rss_main'] / 2**20:,.0f} MiB |")
        if args.json:
            with open(args.json, "w") as f:
                json.dump(rows, f, indent=1)
        return
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    bad = [m for m in modes if m.partition(":")[0] not in MODES or (":" in m and not m.startswith("prefilter:"))]
    if bad:
        raise SystemExit(f"error: unknown mode(s) {', '.join(bad)}; use {', '.join(MODES)} "
                         "(and prefilter:SETTINGS, e.g. prefilter:near=8,back=2)")
    runs: dict[str, list[dict]] = {m: [] for m in modes}
    for r in range(args.repeats):
        for m in modes:
            res = run_child([*_base_argv(args), "--child", m])
            runs[m].append(res)
            print(f"repeat {r + 1} {m:18} {res['words'] / res['seconds']:8.0f} words/s  {res['seconds']:7.1f} s  "
                  f"cpu {res['cpu']:7.1f} s  load {res['load']:4.1f} s  statements {res['statements']:5}  "
                  f"peak RSS {res['peak_rss'] / 2**20:6.0f} MiB",
                  file=sys.stderr, flush=True)
    report(args, modes, runs)


def _ratio(runs, a, b, field_a="seconds", field_b=None):
    """Median over repeats of time(a) / time(b) (how many times faster b is than a)."""
    if a not in runs or b not in runs:
        return None
    return statistics.median(x[field_a] / y[field_b or field_a] for x, y in zip(runs[a], runs[b]))


def report(args, modes, runs) -> None:
    first = runs[modes[0]][0]
    print(f"{first['docs']} documents, {first['words']:,} words; {args.repeats} paired repeat(s); "
          f"{args.workers} worker(s); medians\n")
    print("| mode | words/s | seconds | CPU seconds | statements | peak RSS |\n|---|---|---|---|---|---|")
    for m in modes:
        rs = runs[m]
        wps = statistics.median(r["words"] / r["seconds"] for r in rs)
        print(f"| {m} | {wps:,.0f} | {statistics.median(r['seconds'] for r in rs):.1f} | "
              f"{statistics.median(r['cpu'] for r in rs):.1f} | {rs[-1]['statements']} | "
              f"{statistics.median(r['peak_rss'] for r in rs) / 2**20:,.0f} MiB |")
    print()
    lines = [
        ("extraction overhead over raw nlp.pipe (time extract / time raw - 1)", _ratio(runs, "extract", "raw"), -1),
        ("prefilter speed-up (time extract / time prefilter)", _ratio(runs, "extract", "prefilter"), 0),
        ("prefilter speed-up over raw nlp.pipe (time raw / time prefilter)", _ratio(runs, "raw", "prefilter"), 0),
        (f"{args.workers} workers speed-up (time extract / time workers)", _ratio(runs, "extract", "workers"), 0),
        (f"{args.workers} workers + prefilter (time extract / time workers-prefilter)",
         _ratio(runs, "extract", "workers-prefilter"), 0),
        (f"spaCy n_process={args.workers} vs raw (time raw / time raw-nprocess)", _ratio(runs, "raw", "raw-nprocess"), 0),
        (f"spaCy n_process={args.workers} + extraction in the main process (time extract / time extract-nprocess)",
         _ratio(runs, "extract", "extract-nprocess"), 0),
        ("extraction overhead over raw in CPU seconds", _ratio(runs, "extract", "raw", "cpu"), -1),
        ("prefilter speed-up in CPU seconds", _ratio(runs, "extract", "prefilter", "cpu"), 0),
        (f"{args.workers} workers speed-up on an idle machine, from CPU seconds (extract CPU / max(busiest "
         "process, all CPU / cores))", _ratio(runs, "extract", "workers", "cpu", "cpu_ideal_wall"), 0),
        (f"spaCy n_process={args.workers} on an idle machine, from CPU seconds",
         _ratio(runs, "raw", "raw-nprocess", "cpu", "cpu_ideal_wall"), 0),
    ]
    for label, value, shift in lines:
        if value is not None:
            print(f"- {label}: {value + shift:+.1%}" if shift else f"- {label}: {value:.2f}×")
    if "extract" in runs:
        ext = [r["extraction_cpu"] / (r["cpu"] - r["extraction_cpu"]) for r in runs["extract"] if r.get("extraction_cpu")]
        if ext:
            print(f"- extraction overhead measured inside the extract mode (CPU in stance_statements / the rest of its "
                  f"CPU): {statistics.median(ext):+.1%} (per repeat: {', '.join(f'{x:+.1%}' for x in ext)})")
    for m in modes:  # the last repeat: the code may change between repeats
        if m.startswith("prefilter") and "extract" in runs:
            full = {json.dumps(k) for k in runs["extract"][-1]["keys"]}
            got = {json.dumps(k) for k in runs[m][-1]["keys"]}
            print(f"- {m}: {_ratio(runs, 'extract', m):.2f}× the full mode ({_ratio(runs, 'extract', m, 'cpu'):.2f}× in CPU "
                  f"seconds); kept {len(full & got)}/{len(full)} = {len(full & got) / max(1, len(full)):.1%} of the full "
                  f"mode's statements (key: document, speaker, targets, type, cue offsets); {len(got - full)} new")
    if "extract" in runs and "workers" in runs:
        same = runs["extract"][-1]["keys"] == runs["workers"][-1]["keys"]
        print(f"- workers gave {'the same' if same else 'DIFFERENT'} statements in the same order")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({m: [{k: v for k, v in r.items() if k != "keys"} for r in rs] for m, rs in runs.items()}, f, indent=1)


if __name__ == "__main__":
    main()
