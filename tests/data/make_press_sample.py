"""Rebuild press-releases-2021-12_2022-02-sample.jsonl from the shared press-release corpus.

    python tests/data/make_press_sample.py ../shared/corpus/presidential-press-releases-2021-10_2022-06.jsonl.gz

Rule (deterministic): press releases dated 2021-12-01 .. 2022-02-28, at most 3,000 characters, that
name at least two of Russia, the United States, NATO and Ukraine; per ISO week the two that name the
most of them (then the shorter, then by id): 28 documents. Source texts: en.kremlin.ru and
president.gov.ua/en (Office of the President of Ukraine), published under Creative Commons Attribution 4.0;
the shared corpus README names the source (the PeiYiZhuo/zelenskyy-putin collection).
"""
import gzip
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

KEYS = {
    "Russia": re.compile(r"\bRussia"),
    "United States": re.compile(r"\b(United States|U\.S\.|USA|America)\b"),
    "NATO": re.compile(r"\bNATO\b"),
    "Ukraine": re.compile(r"\bUkrain"),
}
OUT = Path(__file__).with_name("press-releases-2021-12_2022-02-sample.jsonl")


def main(corpus: str) -> None:
    weeks = defaultdict(list)
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if not ("2021-12-01" <= r["date"] <= "2022-02-28") or len(r["text"]) > 3000:
                continue
            named = sum(1 for rx in KEYS.values() if rx.search(r["text"]))
            if named >= 2:
                weeks[date.fromisoformat(r["date"]).isocalendar()[:2]].append((-named, len(r["text"]), r["id"], r))
    chosen = [r for week in sorted(weeks) for *_, r in sorted(weeks[week])[:2]]
    chosen.sort(key=lambda r: (r["date"], r["id"]))
    with OUT.open("w", encoding="utf-8") as f:
        for r in chosen:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} documents -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
