"""How far can a sentence prefilter go? Parse a sample in full and record which sentences yield statements (by hand).

    python bench/prefilter_ceiling.py ../shared/corpus/presidential-press-releases-2021-10_2022-06.jsonl.gz \\
        --every 9 --offset 4 -o /tmp/ceiling-4.json --rules "" --rules "near=8"
    python bench/prefilter_ceiling.py --load /tmp/ceiling-4.json --rules "near=None,back=2"   # no parse again

For every document of the sample it records the parser's sentences (character offsets, words), the full
mode's statements (key as in bench/throughput.py), the sentence of each statement and the sentences of the
antecedents its pronoun or "the two presidents" speaker and targets were resolved to (through chains of
pronouns), and the sentences where ``find_cues`` finds a cue. The *ceiling* is the share of the words in the
statement and antecedent sentences: a prefilter that kept exactly those (and parsed them as the full mode
does) would keep every statement.

``--rules SETTINGS`` scores the selection of :class:`stancegraph.nlp.prefilter.Prefilter` (``from_nlp`` keywords,
e.g. ``near=8,back=2``) against the record in a second, without parsing: the share of the words it keeps and
of the statements it *covers* (their sentence and every antecedent sentence kept; a sentence counts as kept
when 90% of its characters are, as the first pass cuts a few sentences differently from the parser). This is
a proxy for comparing rules; the real figures (the parse changes when neighbours are blank) come from
bench/throughput.py ``--modes extract,prefilter:SETTINGS``.
"""
from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
import warnings


def record(args) -> dict:
    """Parse the sample with the full pipeline; per document: sentences, statements, their antecedents."""
    from stancegraph.rules.coreference import actor_mentions
    from stancegraph.nlp.components import dedupe
    from stancegraph.read.clean import masked_text
    from stancegraph.rules.cues import find_cues
    from stancegraph.rules.extract import stance_statements
    from stancegraph.read.ingest import load_documents
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.kb.registry import ActorRegistry

    docs = [d for i, d in enumerate(load_documents(args.corpus)) if i % args.every == args.offset][: args.limit]
    reg = ActorRegistry.load()
    nlp = make_nlp(None, reg)
    out = []
    t0 = time.perf_counter()
    for doc, d in nlp.pipe(((masked_text(d), d) for d in docs), as_tuples=True, batch_size=16):
        sents = list(doc.sents)
        starts = [s.start_char for s in sents]

        def sent_of(char: int) -> int:
            return bisect.bisect_right(starts, char) - 1

        found = actor_mentions(doc, reg)
        by_chars = {(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])): m for m in found}
        by_tokens = {(m.start, m.end): m for m in found}

        def antecedents(ref) -> set[int]:
            m = by_chars.get((ref.mention.start, ref.mention.end)) if ref.mention is not None else None
            seen, out_ = set(), set()
            while m is not None and m.antecedent is not None and id(m) not in seen:
                seen.add(id(m))
                out_.add(sent_of(doc[m.antecedent[0]].idx))
                m = by_tokens.get(m.antecedent)
            return out_

        statements = []
        for st in dedupe(list(stance_statements(doc, d, reg))):
            needs = set().union(*(antecedents(r) for r in (st.speaker, *st.targets)))
            speaker = by_chars.get((st.speaker.mention.start, st.speaker.mention.end)) if st.speaker.mention else None
            statements.append({
                "key": [st.document, st.speaker.actor.id, sorted(t.actor.id for t in st.targets), st.type,
                        st.cue.start, st.cue.end],
                "sentence": sent_of(st.cue.start), "needs": sorted(needs - {sent_of(st.cue.start)}),
                "speaker_how": speaker.how if speaker is not None else None,
                "mentions": [[r.mention.start, r.mention.end] if r.mention else None for r in (st.speaker, *st.targets)],
            })
        out.append({"id": d.id, "sents": [(s.start_char, s.end_char, len(s.text.split())) for s in sents],
                    "statements": statements, "cue_sents": [i for i, s in enumerate(sents) if find_cues(s)]})
    print(f"parsed {len(docs)} documents in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return {"corpus": args.corpus, "every": args.every, "offset": args.offset, "documents": out}


def ceiling(data: dict) -> None:
    words = in_statements = with_antecedents = in_cues = n = 0
    for d in data["documents"]:
        w = [x for _, _, x in d["sents"]]
        need = {s["sentence"] for s in d["statements"]}
        words += sum(w)
        in_statements += sum(w[i] for i in need)
        with_antecedents += sum(w[i] for i in need | {i for s in d["statements"] for i in s["needs"]})
        in_cues += sum(w[i] for i in d.get("cue_sents", []))
        n += len(d["statements"])
    print(f"{len(data['documents'])} documents, {words:,} words, {n} statements of the full mode")
    print(f"words in the sentences of the statements: {in_statements / words:.1%}; with their antecedents' "
          f"sentences: {with_antecedents / words:.1%} (the ceiling); in sentences with a cue (find_cues): "
          f"{in_cues / words:.1%}")


def score(data: dict, prefilter, texts: dict[str, str]) -> tuple[float, float, int, int]:
    """(share of the words kept, share of the statements covered, covered, statements) of a prefilter."""
    words = kept = covered = total = 0
    for d in data["documents"]:
        text = texts[d["id"]]
        windows = prefilter.windows(text)
        words += sum(w for _, _, w in d["sents"])
        kept += sum(len(text[s:e].split()) for s, e in windows)
        for st in d["statements"]:
            total += 1
            covered += all(_kept(d["sents"][i], windows, text) for i in [st["sentence"], *st["needs"]])
    return kept / max(1, words), covered / max(1, total), covered, total


def _kept(sent, windows, text) -> bool:
    s, e, _ = sent
    if not text[s:e].strip():
        return True
    inside = sum(max(0, min(e, b) - max(s, a)) for a, b in windows)
    return inside >= 0.9 * len(text[s:e].rstrip())


def parse_settings(text: str) -> dict:
    """'near=8,back=3,capitals=False' -> keyword arguments of Prefilter.from_nlp."""
    out = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, value = part.partition("=")
        value = value.strip()
        out[key.strip()] = {"None": None, "True": True, "False": False}[value] if value in ("None", "True", "False") else int(value)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", help="a .jsonl/.jsonl.gz corpus (not needed with --load)")
    ap.add_argument("--every", type=int, default=9)
    ap.add_argument("--offset", type=int, default=4)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("-o", "--output", help="write the record here (JSON)")
    ap.add_argument("--load", help="read a record written by -o instead of parsing")
    ap.add_argument("--rules", action="append", default=None, metavar="SETTINGS",
                    help="score a prefilter against the record; SETTINGS: Prefilter.from_nlp keywords, e.g. "
                         "'near=8,back=3' or 'near=None'; '' for the defaults (repeatable)")
    args = ap.parse_args()
    if not args.load and not args.corpus:
        raise SystemExit("error: pass a corpus, or --load a record")
    warnings.filterwarnings("ignore")
    data = json.load(open(args.load)) if args.load else record(args)
    if args.output:
        with open(args.output, "w") as f:
            json.dump(data, f)
    ceiling(data)
    if args.rules:
        from stancegraph.read.clean import masked_text
        from stancegraph.read.ingest import load_documents
        from stancegraph.nlp.pipeline import make_nlp
        from stancegraph.nlp.prefilter import Prefilter
        from stancegraph.kb.registry import ActorRegistry

        ids = {d["id"] for d in data["documents"]}
        texts = {d.id: masked_text(d) for d in load_documents(data["corpus"]) if d.id in ids}
        reg = ActorRegistry.load()
        nlp = make_nlp(None, reg)
        for settings in args.rules:
            pf = Prefilter.from_nlp(nlp, reg, **parse_settings(settings))
            kw, kst, c, t = score(data, pf, texts)
            print(f"prefilter {settings or '(defaults)'}: keeps {kw:.1%} of the words, covers {c}/{t} = {kst:.1%} "
                  "of the statements")


if __name__ == "__main__":
    main()
