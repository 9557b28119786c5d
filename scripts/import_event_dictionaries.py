#!/usr/bin/env python
"""Import persons, organisations, armed groups and agent nouns of the Phoenix dictionaries as registry data.

Reads the PETRARCH2 / Phoenix dictionaries (``../shared/reference/event-dictionaries``: see its README) and
writes ``ontology/sources/phoenix/{persons,organisations,groups}.tsv`` (one actor a line: tens of thousands of
actors read in a fraction of a second) and ``agents.toml``; the registry loader (``stancegraph.kb.imported``)
reads them after our own actors (``ontology/actors.ttl``, made by ``scripts/build_registry.py``), which win.
Run by hand; the same dictionaries give byte-identical files.

Usage::

    python scripts/import_event_dictionaries.py [FOLDER]     # default: ../shared/reference/event-dictionaries
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_registry  # noqa: E402  (a script beside this one)
from phoenix_dictionaries import (SECTORS, Entry, parse_actor_file, parse_agents, proper_name,  # noqa: E402
                                  split_code)

from stancegraph.kb.registry import ActorRegistry, normalise_name  # noqa: E402
from stancegraph.model import ActorKind  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = REPO.parent / "shared" / "reference" / "event-dictionaries"
OUTPUT = REPO / "ontology" / "sources" / "phoenix"
PETRARCH2 = "openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/"
#: The dictionaries' horizon: Phoenix posts still open there are closed here; later posts are ours.
HORIZON = "2016-12-31"

#: Words that make a name an organisation, not a person.
ORG_WORDS = set("""OF FOR AND THE ON IN TO AT WITHOUT AGAINST ARMY FORCE FORCES POLICE PARTY COUNCIL DEPARTMENT
MINISTRY ASSEMBLY COURT CONGRESS COMMITTEE COMMISSION ORGANIZATION ORGANISATION ASSOCIATION FEDERATION UNION
MOVEMENT FRONT BRIGADE BRIGADES GROUP GROUPS AGENCY BANK FUND INSTITUTE FOUNDATION NETWORK CENTER CENTRE
INTERNATIONAL NATIONAL SOCIETY LEAGUE ALLIANCE COALITION CORPORATION COMPANY INC LTD CORP CO GOVERNMENT
ADMINISTRATION OFFICE BUREAU SERVICE SERVICES PROGRAMME PROGRAM MISSION WATCH RIGHTS UNIVERSITY COLLEGE
TRIBUNAL PARLIAMENT CABINET MILITIA REBELS GUARD GUARDS CELLS NUCLEI COMMAND CONFERENCE TEAM TASK SECURITY
PEOPLES PEOPLE'S ISLAMIC DEMOCRATIC REVOLUTIONARY LIBERATION SYNDICATE CHURCH TRUST BOARD PROJECT UN U.N.
""".split())
#: Titles that start an alias ("PRESIDENT_BORIS_YELTSIN"): the plain name is enough to find the person.
TITLE_WORDS = set("""PRESIDENT VICE PRIME MINISTER SECRETARY SECRETARY-GENERAL GENERAL GEN. COLONEL MAJOR
CAPTAIN KING QUEEN PRINCE PRINCESS SHEIKH SHAIKH EMIR AMIR FORMER EX EX-SOVIET SOVIET COMMUNIST MOSCOW LEADER
CHAIRMAN DIRECTOR JUDGE JUSTICE SENATOR CONGRESSMAN REPRESENTATIVE GOVERNOR AMBASSADOR MR. MR MRS. MRS DR. DR
AYATOLLAH POPE CARDINAL BISHOP UNITED UNITED_NATIONS UN U.N. US U.S. AMERICAN RUSSIAN CHANCELLOR MAYOR
""".split())
_VOWEL = re.compile(r"[AEIOUY]", re.I)


def key(name: str) -> str:
    """Look-up key of a name: normalised, case-folded, hyphens as spaces ("al-Assad" = "al Assad")."""
    return " ".join(normalise_name(name).casefold().replace("-", " ").split())


_ARABIC_ARTICLE = re.compile(r"\b(al|el) (?=[A-Z])")


def person_names(entry: Entry) -> tuple[str, list[str]]:
    """Label and usable aliases of a person entry; "Bashar al Assad" is written "Bashar al-Assad" as news
    does (the spaced form stays an alias)."""
    written = proper_name(entry.name)
    label = _ARABIC_ARTICLE.sub(r"\1-", written)
    aliases = {proper_name(a) for a in entry.aliases if usable_alias(a)}
    aliases |= {_ARABIC_ARTICLE.sub(r"\1-", a) for a in aliases} | {written}
    return label, sorted(aliases - {label})


_FUNCTION_WORDS = {"OF", "FOR", "AND", "THE", "ON", "IN", "TO", "AT", "AGAINST", "WITHOUT", "WITH"}
_ACRONYMS = {"UN", "EU", "US", "UK", "USA", "NATO", "OPEC", "AIDS", "HIV"}


def org_name(text: str) -> str:
    """Proper-case an organisation name: function words lower case after the first word; vowel-less
    words and known acronyms stay upper case ("UN", "NGO").

    >>> org_name("INTERNATIONAL ASSOCIATION OF JUDGES"), org_name("UN HIGH COMMISSIONER FOR REFUGEES")
    ('International Association of Judges', 'UN High Commissioner for Refugees')
    """
    words = proper_name(text).split()
    out = []
    for i, (w, s) in enumerate(zip(words, text.split())):
        if s.isalpha() and (not _VOWEL.search(s) or s in _ACRONYMS):
            out.append(s)
        elif i and s in _FUNCTION_WORDS:
            out.append(s.lower())
        else:
            out.append(w)
    return " ".join(out)


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(label).casefold()).strip("-") or "x"


_MONTHS = set("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER".split())
_PARTICLE_WORDS = {"AL", "EL", "LA", "LE", "DE", "DEL", "THE", "OF", "DA", "DI", "BIN", "IBN", "VAN", "VON"}


def distinctive(name: str) -> bool:
    """At least two words that are no number, month, particle or function word: "21 June" and "La Liga"
    name a date and a football league more often than an armed group."""
    words = [w.strip(".,'").upper() for w in name.replace("-", " ").split()]
    return sum(1 for w in words if w.isalpha() and w not in _MONTHS | _PARTICLE_WORDS | _FUNCTION_WORDS) >= 2


_ARTICLE_NAME = re.compile(r"^(?:AL|EL|AS|AD|AN|AR|ASH|AT|AZ)[- ]([A-Z][A-Z']{3,})$", re.I)


def article_name(name: str) -> bool:
    """An Arabic article and one word of at least four letters, as groups are named ("AL QA'IDA", "AL-QAEDA").

    >>> article_name("AL QA'IDA"), article_name("AL-SHABAB"), article_name("AL HAQ"), article_name("LA LIGA")
    (True, True, False, False)
    """
    return bool(_ARTICLE_NAME.match(name.strip()))


def group_names(names: list[str]) -> list[str]:
    """The usable names of an organisation or armed group: the distinctive ones, and an Arabic article with a word
    when the entry writes the group in several spellings ("AL QA'IDA", "AL QAEDA", "AL-QAEDA": the name news uses,
    not a word two words would make distinctive). An entry whose only name is one such ("AL HAWSAWI", a person
    Phoenix codes with his group; "AL-HADID") stays out: one spelling alone may be a surname or a common word.

    >>> group_names(["AL QA'IDA", "AL QAEDA", "AL QAEDA LINKED ABU SAYYAF"])
    ["AL QA'IDA", 'AL QAEDA', 'AL QAEDA LINKED ABU SAYYAF']
    >>> group_names(["AL HAWSAWI"]), group_names(["21 JUNE", "LA LIGA"])
    ([], [])
    """
    several = len({key(n) for n in names}) > 1
    return [n for n in names if distinctive(n) or (several and article_name(n))]


def org_label(name: str) -> str:
    """The label of an organisation name, an Arabic article joined to its word as news writes it ("al-Shabaab").

    >>> org_label("AL QA'IDA"), org_label("INTERNATIONAL ASSOCIATION OF JUDGES")
    ("al-Qa'ida", 'International Association of Judges')
    """
    label = org_name(name)
    if not article_name(name):
        return label
    article, word = re.split(r"[- ]", label, maxsplit=1)
    return f"{article.lower()}-{word}"


def is_person_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 6 and not (set(words) & ORG_WORDS) and words[0] not in TITLE_WORDS


def usable_alias(alias: str) -> bool:
    """Multi-word, not starting with a title: single words are ambiguous surnames or common words."""
    words = alias.split()
    return distinctive(alias) and words[0] not in TITLE_WORDS and not (words[0].endswith("'S") and len(words) == 2)


class Importer:
    """Holds our registry (to skip what we have and drop colliding names) and the imported tables."""

    def __init__(self, ours: ActorRegistry):
        self.ours = ours
        self.states = {a.id for a in ours.actors.values() if a.kind is ActorKind.STATE}
        self.our_keys = {key(s) for s, _, _ in ours.surface_forms()}
        self.our_keys |= {key(a.label) for a in ours.actors.values()}
        self.igo_ids = {a.id for a in ours.actors.values() if a.kind is ActorKind.IGO}
        self.stats: Counter = Counter()

    # ---------------------------------------------------------------- persons
    def igo_of(self, rest: str) -> str | None:
        igo = {"UNO": "UN", "NAT": "NATO", "EUR": "EU", "AFU": "AU", "ARL": "LAS", "OPC": "OPEC", "WTO": "WTO",
               "IMF": "IMF", "WBK": "WB", "OSC": "OSCE", "ASN": "ASEAN"}.get(rest[:3])
        return igo if igo in self.igo_ids else None

    def posts(self, entry: Entry) -> list[dict]:
        """Posts of a person entry: dated roles; undated ones only if the person has no dated role (an
        undated role is Phoenix's fall-back for every other date, mostly ``ELI``: a former official)."""
        dated = [r for r in entry.roles if r.dated]
        out, seen = [], set()
        for role in dated or entry.roles:
            state, sector, rest = split_code(role.code, self.states)
            org = state
            if state is None and sector == "IGO":
                org = self.igo_of(rest)
            if org is None:
                self.stats["role without a registered state or IGO"] += 1
                continue
            if role.start and role.start.isoformat() > HORIZON:
                continue
            title = {None: "Member", "IGO": "Official"}.get(sector) or SECTORS[sector]
            post = {"org": org, "title": title}
            if sector:
                post["sector"] = sector
            if role.start:
                post["start"] = role.start.isoformat()
            if role.end:
                post["end"] = min(role.end.isoformat(), HORIZON)
            elif role.start:
                post["end"] = HORIZON
            ident = (org, title, post.get("start"))
            if ident not in seen:
                seen.add(ident)
                out.append(post)
        # ELI ("elites": a former official, or Phoenix's span from early adulthood to taking office) does not
        # act for the state; kept only for persons with no other role (home_state_of finds the rest's state)
        if any(p.get("sector") != "ELI" for p in out):
            out = [p for p in out if p.get("sector") != "ELI"]
        return sorted(out, key=lambda p: (p.get("start", ""), p.get("end", ""), p["org"], p["title"]))

    def persons(self, entries: list[tuple[str, Entry]]) -> dict[str, dict]:
        candidates = []
        for source, entry in entries:
            label, aliases = person_names(entry)
            if not distinctive(label):
                self.stats["persons skipped: single-word name"] += 1
                continue
            if key(label) in self.our_keys or any(key(proper_name(a)) in self.our_keys for a in entry.aliases):
                self.stats["persons skipped: already ours"] += 1
                continue
            posts = self.posts(entry)
            if not posts:
                self.stats["persons skipped: no usable role"] += 1
                continue
            candidates.append({"label": label, "aliases": aliases, "posts": posts, "source": source})
        return self.finish(candidates, "person")

    def finish(self, candidates: list[dict], what: str) -> dict[str, dict]:
        """Merge or drop namesakes, drop aliases several imported actors share, assign ids."""
        candidates = merge_namesakes(candidates)
        label_count = Counter(key(c["label"]) for c in candidates)
        owners = defaultdict(set)
        for i, c in enumerate(candidates):
            for name in [c["label"], *c["aliases"]]:
                owners[key(name)].add(i)
        out: dict[str, dict] = {}
        for i, c in enumerate(candidates):
            if label_count[key(c["label"])] > 1:
                self.stats[f"{what}s skipped: namesakes"] += 1
                continue
            # a spelling of the label ("al Assad" beside "al-Assad") is owned by its actor only
            aliases = [a for a in c["aliases"] if normalise_name(a).casefold() != normalise_name(c["label"]).casefold()]
            kept = [a for a in aliases if len(owners[key(a)]) == 1 and key(a) not in self.our_keys]
            self.stats[f"{what} aliases dropped: ambiguous"] += len(aliases) - len(kept)
            c["aliases"] = sorted(set(kept), key=lambda a: (key(a), a))
            ident = slug(c["label"])
            n = 2
            while ident in out or ident in self.ours.actors:
                ident, n = f"{slug(c['label'])}-{n}", n + 1
            out[ident] = c
        return out

    # ---------------------------------------------------------------- organisations and groups
    def organisations(self, entries: list[tuple[str, Entry]], *, armed: bool) -> dict[str, dict]:
        candidates = []
        for source, entry in entries:
            if not entry.roles or any(r.dated for r in entry.roles):
                continue
            state, sector, _ = split_code(entry.roles[0].code, self.states)
            if not armed and sector not in {"IGO", "NGO", "MNC"}:
                continue
            if not armed and is_person_name(entry.name) and sector != "MNC":
                self.stats["undated person-like entries skipped"] += 1
                continue
            name = re.sub(r"\s*\([^)]*\)\s*$", "", entry.name).strip()  # "(ETA)": acronyms are left out
            names = group_names([name, *entry.aliases])
            if not names:
                self.stats["organisations skipped: no distinctive name"] += 1
                continue
            label = org_label(names[0])
            if any(key(org_name(n)) in self.our_keys for n in names):
                self.stats["organisations skipped: already ours"] += 1
                continue
            group = {"label": label, "aliases": sorted(({org_label(n) for n in names} | {org_name(n) for n in names}) - {label}),
                     "kind": "igo" if sector == "IGO" else "group", "cameo": entry.roles[0].code, "source": source}
            if state:
                group["home"] = state
            if sector:
                group["sector"] = sector
            candidates.append(group)
        return self.finish(candidates, "organisation")


def _same_actor(a: dict, b: dict) -> bool:
    """Namesakes are one actor if they act for a common org (persons) or share kind and home (groups)."""
    if "posts" in a:
        return bool({p["org"] for p in a["posts"]} & {p["org"] for p in b["posts"]})
    return (a["kind"], a.get("home")) == (b["kind"], b.get("home"))


def merge_namesakes(candidates: list[dict]) -> list[dict]:
    """Entries with one label that are the same actor become one (posts and aliases joined); entries with
    one label that are different actors ("Mohammed Ali" of two states) are all kept, and dropped later."""
    by_label: dict[str, list[dict]] = defaultdict(list)
    for c in candidates:
        by_label[key(c["label"])].append(c)
    out = []
    for group in by_label.values():
        first = group[0]
        if len(group) > 1 and all(_same_actor(first, other) for other in group[1:]):
            for other in group[1:]:
                first["aliases"] = sorted(set(first["aliases"]) | set(other["aliases"]))
                if "posts" in first:
                    seen = {(p["org"], p["title"], p.get("start")) for p in first["posts"]}
                    first["posts"] += [p for p in other["posts"] if (p["org"], p["title"], p.get("start")) not in seen]
                    first["posts"].sort(key=lambda p: (str(p.get("start", "")), str(p.get("end", "")), p["org"], p["title"]))
            out.append(first)
        else:
            out.extend(group)
    return out


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _cell(value: str) -> str:
    if any(c in value for c in "\t\n|;"):
        raise ValueError(f"{value!r}: a tab, newline, | or ; cannot be written in a table cell")
    return value


def _post(post: dict) -> str:
    fields = [str(post.get(k) or "") for k in ("org", "title", "sector", "start", "end")]
    if any("/" in f for f in fields):
        raise ValueError(f"{post}: a post field cannot hold '/'")
    return "/".join(_cell(f) for f in fields)


#: Columns of the generated tables (stancegraph.kb.imported reads them by these names).
PERSON_COLUMNS = ("id", "label", "aliases", "posts", "source")
GROUP_COLUMNS = ("id", "kind", "label", "aliases", "home", "sector", "cameo", "source")


def write_table(path: Path, rows: dict[str, dict], columns: tuple[str, ...], header: str) -> None:
    """One actor a line, tab-separated ``columns`` (the first line names them); aliases joined by ``|``,
    posts by ``;``, each post ``org/title/sector/start/end`` (empty = none). Read fast (stancegraph.kb.imported)."""
    lines = [header, "\t".join(columns)]
    for ident in sorted(rows):
        row = {"id": ident, **rows[ident]}
        cells = []
        for column in columns:
            value = row.get(column) or ""
            if column == "aliases":
                value = "|".join(_cell(a) for a in value)
            elif column == "posts":
                value = ";".join(_post(p) for p in value)
            cells.append(value if column in ("aliases", "posts") else _cell(value))
        lines.append("\t".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def header(what: str, files: list[str]) -> str:
    return "\n".join([
        f"# GENERATED FILE: do not edit. {what}",
        "# Made by: python scripts/import_event_dictionaries.py; read by stancegraph.kb.imported when the registry",
        "# loads, after our own actors (ontology/actors.ttl), which win: an entry whose id or name we have is skipped.",
        f"# Source: {PETRARCH2}" + ", ".join(files) + ".",
        "# Licence of the source: MIT, Copyright (c) 2014 Open Event Data Alliance (the dictionaries' own notice;",
        "# the repository's LICENSE says Open Event Data), full text: LICENSE-petrarch2.txt in the source folder",
        "# and https://github.com/openeventdata/petrarch2/blob/master/LICENSE.",
        "# Rules: names proper-cased from the dictionaries' upper case; single-word names and aliases, aliases",
        "# starting with a title, and names two imported actors share are left out (ambiguous surnames).",
    ])


def our_registry() -> ActorRegistry:
    """Our registry without the Phoenix tables (what the import must not repeat)."""
    graph = build_registry.build_graph(build_registry.load_curated())
    with tempfile.NamedTemporaryFile(suffix=".ttl") as fh:
        graph.serialize(fh.name, format="turtle")
        return ActorRegistry.load(fh.name)


def run(folder: Path, output: Path = OUTPUT) -> Counter:
    importer = Importer(our_registry())
    read = {name: parse_actor_file((folder / name).read_text(encoding="utf-8", errors="replace").splitlines())
            for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                         "Phoenix.MilNonState.actors.txt")}
    people = [("Phoenix.Countries.actors.txt", e) for e in read["Phoenix.Countries.actors.txt"]
              if ("countryinfo" in e.comment.lower() or is_person_name(e.name)) and e.roles]
    people += [("Phoenix.International.actors.txt", e) for e in read["Phoenix.International.actors.txt"]
               if is_person_name(e.name) and any(r.dated for r in e.roles)]
    persons = importer.persons(people)
    orgs = importer.organisations([("Phoenix.International.actors.txt", e)
                                   for e in read["Phoenix.International.actors.txt"]], armed=False)
    armed = importer.organisations([("Phoenix.MilNonState.actors.txt", e)
                                    for e in read["Phoenix.MilNonState.actors.txt"]], armed=True)
    taken = set(persons) | set(orgs)
    armed = {(i if i not in taken else f"{i}-group"): g for i, g in armed.items()}
    agents = parse_agents((folder / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines())
    output.mkdir(parents=True, exist_ok=True)
    write_table(output / "persons.tsv", persons, PERSON_COLUMNS, header(
        "Persons and their dated posts (org = state ISO3 or IGO id; sector = CAMEO role after the country;"
        f"\n# posts open in the dictionaries end at their horizon, {HORIZON}; undated roles only where none is dated;"
        "\n# ELI (elites) posts only where the person has no other).",
        ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"]))
    write_table(output / "organisations.tsv", orgs, GROUP_COLUMNS, header(
        "IGOs, NGOs and multinationals (kind igo|group, cameo = code, home = state the code names).",
        ["Phoenix.International.actors.txt"]))
    write_table(output / "groups.tsv", armed, GROUP_COLUMNS, header(
        "Armed non-state groups (cameo = code; home = state the code names, absent for transnational ones).",
        ["Phoenix.MilNonState.actors.txt"]))
    lines = [header("Agent nouns -> CAMEO agent code (first three letters = sector; MUS, CHR, ... = religion).",
                     ["Phoenix.agents.txt"]), "", "[agents]"]
    lines += [f"{_toml_str(noun)} = {_toml_str(code)}" for noun, code in sorted(agents.items())]
    (output / "agents.toml").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    stats = importer.stats
    stats.update({"persons": len(persons), "person posts": sum(len(p["posts"]) for p in persons.values()),
                  "person aliases": sum(len(p["aliases"]) for p in persons.values()),
                  "organisations": len(orgs), "igos": sum(g["kind"] == "igo" for g in orgs.values()),
                  "armed groups": len(armed), "agent nouns": len(agents),
                  "group aliases": sum(len(g["aliases"]) for g in [*orgs.values(), *armed.values()])})
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER), help="dictionaries (default: %(default)s)")
    parser.add_argument("-o", "--output", default=str(OUTPUT), help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    stats = run(Path(args.folder), Path(args.output))
    for name, count in sorted(stats.items()):
        print(f"{name}: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
