#!/usr/bin/env python
"""Regenerate ontology/actors.ttl, the stancegraph actor registry, reproducibly.

Sources: the data packages of the ``registry`` extra (``pip install -e ".[registry]"``):
pycountry (ISO 3166-1 codes and names) and countrystatecity-countries (English short names,
capitals), plus the hand-curated ``ontology/sources/curated_actors.toml`` (UN membership, Wikidata
QIDs, aliases, demonyms, metonyms, IGOs, blocs, government bodies, persons and their dated posts).
Organs and posts get a CAMEO sector (``sg:sector``, ontology/sectors.ttl): a ``sector`` field, else one
read from the label or title (:func:`sector_of_title`). The actors imported from the Phoenix event-data
dictionaries are not in this file: ``stancegraph.kb.imported`` reads ``ontology/sources/phoenix/*.tsv``
when the registry loads (they would make every store and query carry ~280k triples).
The output is sorted by rdflib's Turtle writer, so the same inputs give byte-identical files.

Usage::

    python scripts/build_registry.py             # write ontology/actors.ttl
    python scripts/build_registry.py -o FILE     # write FILE instead ("-" = stdout)
    python scripts/build_registry.py --check     # exit 1 if ontology/actors.ttl is out of date
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from stancegraph.model import ActorKind
from stancegraph.kb.actorkinds import class_of
from stancegraph.kb.registry import normalise_name
from stancegraph.kb.vocab import ACTOR, ORG, PREFIXES, ROLE, SECTOR, SG, WD

__all__ = ["UN_MEMBER_COUNT", "build_graph", "load_curated", "render", "main"]

REPO = Path(__file__).resolve().parents[1]
CURATED = REPO / "ontology" / "sources" / "curated_actors.toml"
OUTPUT = REPO / "ontology" / "actors.ttl"
COMMAND = "python scripts/build_registry.py"
UN_MEMBER_COUNT = 193

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*")
_QID = re.compile(r"Q[1-9][0-9]*")
_STATE_ID = re.compile(r"[A-Z]{3}")  # an ISO3 code; IGO ids are acronyms of other lengths or registered igos


class RegistryDataError(Exception):
    """The curated file or the data packages are inconsistent; the message says where."""


# More curated tables beside the main file, merged into it: persons and their posts, non-state groups.
EXTRA_FILES = ("persons.toml", "groups.toml")


def load_curated(path: Path = CURATED) -> dict:
    """Parse the curated TOML file and merge the tables of ``EXTRA_FILES`` found beside it."""
    with open(path, "rb") as fh:
        curated = tomllib.load(fh)
    for name in EXTRA_FILES:
        extra_path = Path(path).with_name(name)
        if not extra_path.exists():
            continue
        with open(extra_path, "rb") as fh:
            extra = tomllib.load(fh)
        for table, entries in extra.items():
            merged = curated.setdefault(table, {})
            clash = sorted(set(merged) & set(entries))
            if clash:
                raise RegistryDataError(f"{extra_path.name}: [{table}] ids already defined elsewhere: {clash}")
            merged.update(entries)
    return curated


def _lit(text: str) -> Literal:
    return Literal(text, lang="en")


def _state_names(curated: dict) -> dict[str, dict]:
    """ISO3 -> {label, aliases, metonyms, demonyms, iso2, wikidata, comment} for every registered state."""
    import countrystatecity_countries as csc
    import pycountry

    un = curated["un"]
    non_members = set(un["non_members"])
    observers = set(un["observers"])
    extra = set(un["extra_states"])
    iso_all = {c.alpha_3: c for c in pycountry.countries}
    unknown = (non_members | observers) - set(iso_all)
    if unknown:
        raise RegistryDataError(f"[un] lists codes pycountry does not know: {sorted(unknown)}")
    members = set(iso_all) - non_members - observers - extra
    if len(members) != UN_MEMBER_COUNT:
        raise RegistryDataError(
            f"pycountry minus [un] non_members/observers/extra_states gives {len(members)} UN members,"
            f" expected {UN_MEMBER_COUNT}; update [un] in {CURATED.name}"
        )
    codes = members | observers | extra
    cities = {c.iso3: c for c in csc.get_countries()}
    states = {}
    for code in sorted(codes):
        cur = curated["states"].get(code, {})
        pc = iso_all.get(code)
        cc = cities.get(code)
        if pc is None and cc is None:
            raise RegistryDataError(f"state {code} is in neither pycountry nor countrystatecity-countries")
        label = cur.get("label") or (cc.name if cc else None) or getattr(pc, "common_name", None) or pc.name
        drop = {normalise_name(a).casefold() for a in cur.get("drop_aliases", [])}
        candidates = [cc.name if cc else None]
        if pc is not None:
            candidates += [pc.name, getattr(pc, "official_name", None), getattr(pc, "common_name", None)]
        candidates += cur.get("aliases", [])
        aliases = set()
        for name in candidates:
            # ISO's inverted forms ("Korea, Republic of") and bracketed ones are not how news writes.
            if not name or ", " in name or "(" in name:
                continue
            if name.startswith("the "):  # pycountry: "the State of Eritrea"
                name = name[4:]
            if normalise_name(name).casefold() in drop or name == label:
                continue
            aliases.add(name)
        name_keys = {normalise_name(n).casefold() for n in aliases | {label}}
        capital = curated["capitals"].get(code, cc.capital if cc else None)
        metonyms = {m for m in [capital, *cur.get("metonyms", [])] if m}
        # "Luxembourg", "Monaco", "Djibouti": a capital named like its state adds nothing.
        metonyms = {m for m in metonyms if normalise_name(m).casefold() not in name_keys}
        if code not in curated["wikidata"]:
            raise RegistryDataError(f"no Wikidata QID for state {code} in [wikidata]")
        if code not in curated["demonyms"]:
            raise RegistryDataError(f"no [demonyms] entry for state {code} (use [] for none)")
        comment = None
        if code in observers:
            comment = "UN non-member observer State."
        elif code in extra:
            comment = "Not a UN member or observer State; registered because news treats it as an actor."
        states[code] = {
            "label": label,
            "aliases": aliases,
            "metonyms": metonyms,
            "demonyms": set(curated["demonyms"][code]),
            "iso2": pc.alpha_2 if pc is not None else cc.iso2,
            "wikidata": curated["wikidata"][code],
            "comment": comment,
        }
    stray = (set(curated["states"]) | set(curated["capitals"]) | set(curated["demonyms"])
             | set(curated["wikidata"])) - codes
    if stray:
        raise RegistryDataError(f"curated entries for codes that are not registered states: {sorted(stray)}")
    return states


def _check_qid(owner: str, qid: str | None) -> None:
    if qid is not None and not _QID.fullmatch(qid):
        raise RegistryDataError(f"{owner}: {qid!r} is not a Wikidata QID (Q followed by digits)")


#: Words of an organ's label or a post's title that give its CAMEO sector (first match wins); any other
#: organ or post of a state is GOV (government). Posts in IGOs get none: the IGO is the actor type.
SECTOR_WORDS = (
    ("GOV", r"minist|\bpresident\b|premier|chancellor|secretary of state|cabinet"),
    ("SPY", r"intelligence|security service|\bFSB\b|\bKGB\b"),
    ("MIL", r"armed forces|army|general staff|joint chiefs|defen[cs]e forces|bundeswehr|liberation army|"
            r"revolutionary guard|quds force|commander|navy|air force|military"),
    ("COP", r"police|gendarmerie|interior troops|national guard"),
    ("JUD", r"court|judge|justice|prosecutor|judiciary"),  # after GOV: a justice minister is GOV
    ("LEG", r"parliament|congress|senate|house of representatives|duma|federation council|rada|bundestag|"
            r"speaker|senator|majority leader|minority leader|legislat|assembly"),
)


def sector_of_title(text: str, in_state: bool = True) -> str | None:
    """The CAMEO sector of an organ's label or a post's title in a state ("Chief of Army Staff" -> MIL);
    None outside states (the organs and officials of an IGO are coded by the IGO).

    >>> sector_of_title("State Duma"), sector_of_title("Justice Minister"), sector_of_title("Secretary General", False)
    ('LEG', 'GOV', None)
    """
    if not in_state:
        return None
    for sector, pattern in SECTOR_WORDS:
        if re.search(pattern, text, re.IGNORECASE):
            return sector
    return "GOV"


def _post_iri_name(person: str, org: str, title: str, start: dt.date | None) -> str:
    title_slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"{person}-{org}-{title_slug}-{start.isoformat() if start else 'undated'}"


def add_post(g: Graph, person_id: str, person, post: dict) -> None:
    """One sg:Post of a person: organisation, title, optional dates and sector."""
    start, end = post.get("start"), post.get("end")
    for value in (start, end):
        if value is not None and type(value) is not dt.date:
            raise RegistryDataError(f"{person_id}: post date {value!r} is not a TOML date (YYYY-MM-DD)")
    if start and end and end < start:
        raise RegistryDataError(f"{person_id}: post {post['title']} ends before it starts")
    node = ROLE[_post_iri_name(person_id, post["org"], post["title"], start)]
    if (node, RDF.type, None) in g:
        raise RegistryDataError(f"{person_id}: duplicate post {node}")
    g.add((node, RDF.type, SG.Post))
    g.add((node, ORG.member, person))
    g.add((node, ORG.organization, ACTOR[post["org"]]))
    g.add((node, SG.roleTitle, _lit(post["title"])))
    if start:
        g.add((node, SG.startDate, Literal(start.isoformat(), datatype=XSD.date)))
    if end:
        g.add((node, SG.endDate, Literal(end.isoformat(), datatype=XSD.date)))
    sector = post.get("sector") or sector_of_title(post["title"], in_state=bool(_STATE_ID.fullmatch(post["org"])))
    if sector:
        g.add((node, SG.sector, SECTOR[sector]))


def build_graph(curated: dict) -> Graph:
    """Build the registry graph from the data packages and the curated data."""
    g = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)

    def add_actor(actor_id: str, kind: ActorKind, label: str, aliases=(), metonyms=(), demonyms=(),
                  wikidata: str | None = None, part_of: str | None = None):
        node = ACTOR[actor_id]
        if (node, RDF.type, None) in g:
            raise RegistryDataError(f"actor id {actor_id!r} is defined twice")
        _check_qid(actor_id, wikidata)
        g.add((node, RDF.type, class_of(kind)))
        g.add((node, SKOS.prefLabel, _lit(label)))
        label_key = normalise_name(label).casefold()
        # an alias that only differs from the label by "the", case or accents adds nothing to look-ups
        aliases = [a for a in aliases if normalise_name(a).casefold() != label_key]
        for predicate, values in ((SKOS.altLabel, aliases), (SG.metonym, metonyms), (SG.demonym, demonyms)):
            for value in values:
                if value != label:
                    g.add((node, predicate, _lit(value)))
        if wikidata:
            g.add((node, OWL.sameAs, WD[wikidata]))
        if part_of:
            g.add((node, SG.partOf, ACTOR[part_of]))
        return node

    for code, s in _state_names(curated).items():
        node = add_actor(code, ActorKind.STATE, s["label"], s["aliases"], s["metonyms"], s["demonyms"],
                         s["wikidata"])
        g.add((node, SG.iso3, Literal(code)))
        g.add((node, SG.iso2, Literal(s["iso2"])))
        if s["comment"]:
            g.add((node, RDFS.comment, _lit(s["comment"])))

    for igo_id, d in curated["igos"].items():
        if not _ACRONYM.fullmatch(igo_id):
            raise RegistryDataError(f"IGO/bloc id {igo_id!r} must be an upper-case acronym")
        kind = {"igo": ActorKind.IGO, "bloc": ActorKind.BLOC}[d["kind"]]
        add_actor(igo_id, kind, d["label"], d.get("aliases", ()), d.get("metonyms", ()), d.get("demonyms", ()),
                  d.get("wikidata"))

    for organ_id, d in curated["organs"].items():
        if not _SLUG.fullmatch(organ_id):
            raise RegistryDataError(f"organ id {organ_id!r} must be a lower-case slug")
        node = add_actor(organ_id, ActorKind.ORGAN, d["label"], d.get("aliases", ()), d.get("metonyms", ()), (),
                         d.get("wikidata"), d["part_of"])
        sector = d.get("sector") or sector_of_title(d["label"], in_state=bool(_STATE_ID.fullmatch(d["part_of"])))
        if sector:
            g.add((node, SG.sector, SECTOR[sector]))

    for group_id, d in curated.get("groups", {}).items():
        if not _SLUG.fullmatch(group_id):
            raise RegistryDataError(f"group id {group_id!r} must be a lower-case slug")
        node = add_actor(group_id, ActorKind.GROUP, d["label"], d.get("aliases", ()), (), d.get("demonyms", ()),
                         d.get("wikidata"))
        g.add((node, SG.basedIn, ACTOR[d["home"]]))
        if d.get("sector"):
            g.add((node, SG.sector, SECTOR[d["sector"]]))

    for person_id, d in curated["persons"].items():
        if not _SLUG.fullmatch(person_id):
            raise RegistryDataError(f"person id {person_id!r} must be a lower-case slug")
        person = add_actor(person_id, ActorKind.PERSON, d["label"], d.get("aliases", ()), (), (),
                           d.get("wikidata"))
        for post in d.get("posts", []):
            add_post(g, person_id, person, post)

    # every reference must point at a registered actor
    actors = set(g.subjects(RDF.type, None)) - set(g.subjects(RDF.type, SG.Post))
    for predicate in (SG.partOf, SG.basedIn, ORG.organization):
        for subject, target in g.subject_objects(predicate):
            if target not in actors:
                raise RegistryDataError(f"{subject} refers to unknown actor {target}")
    return g


def render(graph: Graph) -> str:
    """Serialise ``graph`` as Turtle behind a header naming the generator and its sources."""
    header = (
        "# GENERATED FILE: do not edit. Edit ontology/sources/*.toml and run\n"
        f"#     {COMMAND}\n"
        f"# Sources: pycountry {version('pycountry')}, countrystatecity-countries "
        f"{version('countrystatecity-countries')}, ontology/sources/curated_actors.toml, persons.toml, groups.toml.\n"
        "# The actors imported from the Phoenix dictionaries are read from ontology/sources/phoenix/*.tsv\n"
        "# (stancegraph.kb.imported), not from this file.\n"
        f"# States: the {UN_MEMBER_COUNT} UN Member States, the 2 observer States (PSE, VAT), and TWN and XKX\n"
        "# (not UN members; registered because news treats them as actors; see their rdfs:comment).\n"
    )
    return header + graph.serialize(format="turtle")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=str(OUTPUT), help="where to write (default: %(default)s; - = stdout)")
    parser.add_argument("--curated", default=str(CURATED), help="curated TOML file (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the output is out of date")
    args = parser.parse_args(argv)
    try:
        text = render(build_graph(load_curated(Path(args.curated))))
    except (RegistryDataError, KeyError, tomllib.TOMLDecodeError) as exc:
        print(f"build_registry: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = Path(args.output).read_text(encoding="utf-8") if Path(args.output).exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run {COMMAND}", file=sys.stderr)
            return 1
        return 0
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
