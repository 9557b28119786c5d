"""Pipeline load time, cold and warm (run by hand): registry, lexicon, spaCy model + entity ruler, verb patterns.

    python bench/load_time.py --repeats 3

Each measurement runs in a fresh Python process (imports included, as a user's ``stancegraph extract``
pays them). "cold": an empty ``XDG_CACHE_HOME``, so the packaged registry is parsed from Turtle and pickled
(:mod:`stancegraph.kb.cache`); "warm": the same cache directory again, so it is unpickled. Printed per
stage: seconds (median over ``--repeats``), wall or (``--clock cpu``) CPU.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
clock = time.process_time if sys.argv[1] == "cpu" else time.perf_counter
t0 = clock()
from stancegraph.kb.registry import ActorRegistry
from stancegraph.kb.lexicon import active
from stancegraph.nlp import pipeline
from stancegraph.rules import verb_patterns
t1 = clock()
registry = ActorRegistry.load()
t2 = clock()
lexicon = active()
t3 = clock()
compile_patterns = pipeline.compile_patterns
stages = {}
def timed(vocab, lex=None):
    t = clock()
    try:
        return compile_patterns(vocab, lex)
    finally:
        stages["verb patterns"] = clock() - t
pipeline.compile_patterns = timed
nlp = pipeline.make_nlp(None, registry)
t4 = clock()
print(json.dumps({"imports": t1 - t0, "registry": t2 - t1, "lexicon": t3 - t2,
                  "model + ruler": t4 - t3 - stages.get("verb patterns", 0.0), **stages, "total": t4 - t0}))
"""


def run(cache: str, clock: str) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    out = subprocess.run([sys.executable, "-c", CHILD, clock], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--clock", choices=["wall", "cpu"], default="wall",
                    help="time the stages in wall seconds, or in CPU seconds (a busy machine's wall time is not the code's)")
    args = ap.parse_args()
    results: dict[str, list[dict]] = {"cold": [], "warm": []}
    for _ in range(args.repeats):
        with tempfile.TemporaryDirectory() as cache:
            results["cold"].append(run(cache, args.clock))
            results["warm"].append(run(cache, args.clock))
    for kind, runs in results.items():
        stages = ", ".join(f"{k} {statistics.median(r[k] for r in runs):.2f}" for k in runs[0])
        print(f"{kind}: {stages} ({args.clock} seconds, median of {len(runs)})")


if __name__ == "__main__":
    main()
