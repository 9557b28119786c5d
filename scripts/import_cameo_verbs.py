#!/usr/bin/env python3
"""Import the CAMEO verb patterns of PETRARCH2 as stancegraph lexicon entries (run by hand; output committed).

    python scripts/import_cameo_verbs.py [DICTIONARIES_DIR] > ontology/lexicon/cameo_verbs.toml

Reads ``CAMEO.2.0.txt`` (the PETRARCH2 verb dictionary, MIT licence) and ``CAMEO2PLOVER-2021.txt`` (the
PLOVER project's CAMEO -> PLOVER table, CC BY-SA 4.0) from DICTIONARIES_DIR (default
/work/shared/reference/event-dictionaries) and writes one ``verb_patterns`` table of the lexicon: a verb lemma,
an optional particle, object and preposition phrase, the CAMEO code, the code-book type and the PLOVER mode.

What is kept (the rest of the dictionary needs PETRARCH's own parser):
- patterns after the verb only (``- * ...``): an object phrase (a word, ``{A B}`` words whose last is the head,
  ``&SYNSET`` as head or modifier: ``{&MILITARY AID}``, expanded by the compiler), an optional leading particle
  (``* OFF RELATIONS``) and one ``(PREP NOUN ...)`` phrase, or a bare ``(PREP)`` after an object
  (``OPERATION (AGAINST)``);
  patterns with words before the verb, source/target markers (``$ + %``), several phrases or the null code
  ``[---]`` are left out;
- a code marked ``:`` (``- * TANKS [:072] # RECEIVE``, ``- * CRITICISM [:111] # FACE``) says the verb's subject
  undergoes the act: the entry is flagged ``undergone`` and the rules take its doer from a "from"/"by" phrase
  (and leave it out when none is named), never the subject;
- the bare verbs of a block that carry a code (``RESIGN [083]``, ``--- CONFER [010] ---``), as entries with no
  object (``bare = true``); whether the rules use them is the lexicon's ``verb_pattern_bare_types`` list;
- a pattern for the verb it was written for (its comment: ``# TAKE``), not for every verb of its block as
  PETRARCH reads it ("take part" is AGREE, "capture part" is not); a pattern with no such comment for every
  verb of its block.

CAMEO code -> code-book type: the type CAMEO2PLOVER-2021 gives when the code book has it and gives it the code's
root (CAMEO root 08 is CONCEDE or RETREAT by branch); otherwise the code-book type of the code's CAMEO root
(PLOVER 2021 renamed REQUEST/ACCUSE and folded FIGHT into ASSAULT; ours keeps DEMAND, DISAPPROVE,
INVESTIGATE and FIGHT; sanctions 163 stay SANCTION), except 191 (blockade), COERCE as in CAMEO2PLOVER and our
own lexicon, and 057 (sign formal agreement), AGREE as the code book's AGREE concept says, as is any pattern
that signs, reaches or concludes an agreement ("sign &DEFENSE &TREATY", coded 062 by its topic). Codes 01 and
02 roots with no code-book type (01 public statements) are left out.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

SOURCES = {
    "CAMEO.2.0.txt": "openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, "
                     "petrarch2/data/dictionaries/CAMEO.2.0.txt; MIT licence, Copyright (c) 2014-2015 Open Event Data "
                     "(Alliance)",
    "CAMEO2PLOVER-2021.txt": "openeventdata/PLOVER @ 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, "
                             "CAMEO2PLOVER-2021.txt; Creative Commons Attribution-ShareAlike 4.0, Open Event Data "
                             "Alliance, edited by Philip Schrodt",
}
PARTICLES = {"off", "up", "down", "out", "back", "away", "over", "in", "on", "aside", "forward"}
CODE_ROOT_TYPE = {"02": "APPEAL", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
                  "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
                  "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
                  "19": "FIGHT", "20": "ASSAULT"}  # the sg:cameoRoot of each type in ontology/codebook.ttl
EXCEPTIONS = {"191": "COERCE", "057": "AGREE"}  # blockade: as CAMEO2PLOVER; signing: the code book's AGREE
# concluding an agreement is AGREE whatever it is about ("signed a defence pact": CAMEO 062 by its topic)
CONCLUDING_VERBS = {"sign", "reach", "conclude", "clinch", "ink", "seal"}
AGREEMENT_HEADS = {"&treaty", "treaty", "agreement", "pact", "accord", "deal"}


def concluded(verbs: list[str], slot: dict, typed: tuple[str, str]) -> tuple[str, str]:
    """The type of a pattern that concludes an agreement: AGREE, as the code book's AGREE concept says."""
    head = (slot.get("object") or "").split()[-1:] or [""]
    if typed[0] in ("COOPERATE", "SUPPORT", "AID") and set(verbs) & CONCLUDING_VERBS and head[0] in AGREEMENT_HEADS:
        return "AGREE", typed[1]
    return typed


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER 2021 type, mode) of CAMEO2PLOVER-2021.txt."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)\s*,?\s*([^,#]*)", line)
        if found:
            table[found[1]] = (found[2], found[3].strip())
    return table


def our_type(code: str, plover: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(code-book type, mode) of a CAMEO code, or None (01 statements, unknown codes)."""
    root = code[:2]
    if root not in CODE_ROOT_TYPE and root != "08":
        return None
    ptype, mode = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ("", "")
    if code in EXCEPTIONS:
        return EXCEPTIONS[code], mode
    if root == "08":
        return (ptype if ptype in ("CONCEDE", "RETREAT") else "CONCEDE"), mode
    if ptype == CODE_ROOT_TYPE[root] or (ptype == "ASSAULT" and root in ("18", "20")):
        return ptype, mode
    return CODE_ROOT_TYPE[root], mode


def word(w: str) -> str:
    """A dictionary word as text: ``FREE_TRADE`` -> ``free trade``, ``CASH_`` -> ``cash``."""
    return w.strip("_").replace("_", " ").lower()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets, name = {}, None
    for line in lines:
        if line.lstrip().startswith("#"):
            continue  # a comment line inside a synset ("&CURRENCY" has one after its name) does not end it
        line = line.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            name = line.strip()
            synsets[name] = []
        elif line.startswith("+") and name:
            synsets[name].append(word(line[1:].strip()))
        elif not line.strip():
            name = None
    return synsets


def phrases(text: str, synsets: dict[str, list[str]]) -> list[list[str]] | None:
    """The alternatives of a phrase: ``{A B}`` -> [["a", "b"]], ``&FOOD`` -> [["food"], ["grain"], ...],
    ``A_B`` -> [["a", "b"]]; None for what the import leaves out."""
    text = text.strip().strip("{}").strip()
    parts = text.split()
    alternatives: list[list[str]] = [[]]
    for part in parts:
        if part.startswith("&"):
            name = part.rstrip("_")
            if not synsets.get(name):
                return None
            # a synset stays a name ("&military relations"): the compiler expands it, as head or modifier
            alternatives = [a + [name.lower()] for a in alternatives]
        elif re.fullmatch(r"[A-Z][A-Z'\-]*_?(?:_[A-Z'\-]+_?)*", part):
            alternatives = [a + word(part).split() for a in alternatives]
        else:
            return None
    return [a for a in alternatives if a] or None


def parse_pattern(body: str, synsets: dict[str, list[str]]) -> list[dict] | None:
    """The slots of one ``* ...`` pattern (after the verb): particle, object, prep (several alternatives)."""
    if not body.startswith("*") or re.search(r"[$+%^]", body):
        return None
    rest = body[1:].strip()
    groups = re.findall(r"\(([^()]*)\)", rest)
    head = re.sub(r"\([^()]*\)", " ", rest).strip()
    if len(groups) > 1 or (not head and not groups):
        return None
    particle = ""
    words = head.split()
    if words and words[0].lower() in PARTICLES and "{" not in words[0]:
        particle, head = words[0].lower(), " ".join(words[1:])
    if head.count("{") > 1 or (head and "{" not in head and len(head.split()) > 1):
        return None  # two phrases ("OUT {NEW STRATEGY}" has one)
    objects = phrases(head, synsets) if head else [[]]
    if objects is None:
        return None
    preps: list[list[str]] = [[]]
    if groups:
        prep_words = groups[0].split()
        if len(prep_words) < 2 and not (head and prep_words and re.fullmatch(r"[A-Z]+", prep_words[0])):
            return None  # "(TO)" alone is too weak; after an object ("OPERATION (AGAINST)") it is kept
        nouns = phrases(" ".join(prep_words[1:]), synsets) if len(prep_words) > 1 else [[]]
        if nouns is None or not re.fullmatch(r"[A-Z]+", prep_words[0]):
            return None
        preps = [[prep_words[0].lower(), *n] for n in nouns]
    if particle and not head and not groups:
        return [{"particle": particle}]
    return [{k: v for k, v in (("particle", particle), ("object", " ".join(o)), ("prep", " ".join(p))) if v}
            for o in objects for p in preps]


def entries(cameo: Path, plover: dict[str, tuple[str, str]]) -> tuple[list[dict], dict[str, list[str]]]:
    """The verb-pattern entries (one per pattern of a block, with the block's verbs) and the synsets they name."""
    lines = cameo.read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next(i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line)
    synsets = read_synsets(lines[:start])
    blocks: list[tuple[list[str], list[tuple[str, list[dict]]]]] = []
    bare: list[dict] = []
    block_code = ""
    for line in lines[start:end]:
        text = line.split("#", 1)[0].rstrip()
        header = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]\s+---", text)
        if header:
            blocks.append(([], []))
            block_code = header[2].strip()
            continue
        if not text.strip() or not blocks:
            continue
        verbs, patterns = blocks[-1]
        if text.startswith("-"):
            found = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]\s*$", text)
            slots = parse_pattern(found[1], synsets) if found else None
            origin = line.partition("#")[2].split()[:1]  # "# TAKE": the verb the pattern was written for
            if slots is not None:
                patterns.append((next((c.strip() for c in found[2].split(":") if c.strip()), ""), slots,
                                 origin[0].lower() if origin and re.fullmatch(r"[A-Z\-]+", origin[0]) else "",
                                 found[2].strip().startswith(":")))
            continue
        found = re.match(r"([A-Z][A-Z\-']*)_?\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?", text.strip())
        if not found or "_" in text.split()[0].strip("_"):
            continue  # a multi-word verb line: not a single lemma
        verb = found[1].lower()
        verbs.append(verb)
        code = (found[2] or block_code or "").split(":")[0].strip()
        typed = our_type(code, plover) if re.fullmatch(r"\d{2,4}", code) else None
        if typed is not None:
            bare.append({"verb": verb, "bare": True, "cameo": code, "type": typed[0], "mode": typed[1]})
    out, seen = [], set()
    for entry in bare:
        if entry["verb"] not in seen:
            seen.add(entry["verb"])
            out.append(entry)
    seen = set()
    for block_verbs, patterns in blocks:
        for code, slots, origin, undergone in patterns:
            verbs = [origin] if origin in block_verbs else sorted(set(block_verbs))
            typed = our_type(code, plover) if re.fullmatch(r"\d{2,4}", code) else None
            for slot in slots:
                key = (tuple(verbs), tuple(sorted(slot.items())))
                if typed is None or not verbs or key in seen:
                    continue  # first wins, as in PETRARCH (a pattern listed twice keeps its first code)
                seen.add(key)
                type_, mode = concluded(verbs, slot, typed)
                out.append({"verbs": verbs, **slot, "cameo": code, "type": type_, "mode": mode,
                            **({"undergone": True} if undergone else {})})
    used = {w for e in out for w in (*e.get("object", "").split(), *e.get("prep", "").split()[1:]) if w.startswith("&")}
    return out, {name.lower(): synsets[name.upper()] for name in sorted(used)}


def toml_value(value) -> str:
    if value is True:
        return "true"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "/work/shared/reference/event-dictionaries")
    plover = plover_table(folder / "CAMEO2PLOVER-2021.txt")
    rows, synsets = entries(folder / "CAMEO.2.0.txt", plover)
    print("# stancegraph lexicon: CAMEO verb patterns mapped to the code book (GENERATED: do not edit by hand).")
    print("#")
    print("# Made by scripts/import_cameo_verbs.py from:")
    for name, source in SOURCES.items():
        print(f"#   dcterms:source {name}: {source}")
    print("# The entries are a derived work of both: MIT (PETRARCH2 dictionary) and CC BY-SA 4.0 (the CAMEO2PLOVER")
    print("# table); keep this attribution. See the script's docstring for what is kept and how codes map to types.")
    print("#")
    print("# Each entry, in the compact string form of the lexicon loader (fields separated by \"|\"; a hand-written")
    print("# file may use the table form { verb = ..., object = ..., type = ... } of predicates.toml instead):")
    print("#   verb lemma(s) | particle (\"off\") | object (head noun last: \"diplomatic relations\"; \"&name\" = any")
    print("#   word of verb_pattern_synsets) | prep phrase (\"to border\") | CAMEO code | code-book type | PLOVER mode |")
    print("#   \"bare\": the verb alone (used only for the types listed in verb_pattern_bare_types), or \"undergone\": the")
    print("#   subject undergoes the act, whose doer a \"from\"/\"by\" phrase names (CAMEO's \":\" codes: \"received tanks\")")
    print("# read by: rules.verb_patterns (compiled once into a spaCy DependencyMatcher), rules.cues")
    print(f"# {len(rows)} entries, {sum(len(r.get('verbs', [1])) for r in rows)} verb-pattern pairs")
    print("verb_patterns = [")
    for row in rows:
        fields = [" ".join(row.get("verbs") or [row["verb"]]), row.get("particle", ""), row.get("object", ""),
                  row.get("prep", ""), row["cameo"], row["type"], row["mode"],
                  "bare" if row.get("bare") else "undergone" if row.get("undergone") else ""]
        print("    " + toml_value(" | ".join(fields).rstrip(" |")) + ",")
    print("]")
    print()
    print("# Word sets of the CAMEO dictionary named by the patterns above (&NAME).")
    print("[verb_pattern_synsets]")
    for name, words in synsets.items():
        print(f"{name[1:]} = {toml_value(sorted(set(words)))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
