"""Parse the TABARI / PETRARCH2 actor and agent dictionaries of the Phoenix data set (pure functions).

Used by scripts/import_event_dictionaries.py; kept apart so tests can import the parsing without the writer.
Format (PETRARCH2 docs/source/dictionaries.rst): one entry per line, ``_`` joins the words of a phrase,
``+NAME`` lines are synonyms of the entry above, ``[CODE dates]`` gives a role (on the entry's line or on
indented lines below it), ``#`` starts a comment. Dates are YYMMDD (a few YYYYMMDD); ``A-B`` = from A to B,
``>A`` = from A, ``<B`` = until B; a role without dates applies on every date no dated role covers.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

__all__ = ["CAMEO_TO_ISO3", "Entry", "RELIGIONS", "Role", "SECTORS", "parse_actor_file", "parse_role", "parse_date", "proper_name",
           "split_code", "parse_agents"]

#: CAMEO actor role and type codes kept as sectors (CAMEO manual 1.1b3, ch. 3; Phoenix adds a few).
SECTORS = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judiciary", "LEG": "Legislature",
    "OPP": "Political opposition", "REB": "Rebels", "SEP": "Separatist rebels", "INS": "Insurgents",
    "SPY": "State intelligence", "UAF": "Unaligned armed forces", "PTY": "Political party",
    "CVL": "Civilians", "MED": "Media", "BUS": "Business", "EDU": "Education", "REL": "Religion",
    "LAB": "Labour", "HLH": "Health", "ELI": "Elites", "AGR": "Agriculture", "CRM": "Criminals",
    "DEV": "Development", "ENV": "Environment", "HRI": "Human rights", "REF": "Refugees",
    "NGO": "Non-governmental organisation", "IGO": "Intergovernmental organisation",
    "NGM": "Non-governmental movement", "IMG": "International militarised group",
    "MNC": "Multinational corporation", "SET": "Settlers",
}

#: CAMEO religion codes (an agent coded MUS is a religious actor: sector REL).
RELIGIONS = {"MUS", "CHR", "JEW", "HIN", "BUD", "JAN", "SIK", "SHI", "SUN", "CTH", "ORT", "PRO", "ATH", "CON",
             "ZRO", "DOX", "BAH", "ADR", "ALE", "DRZ", "ITH", "MOS", "JEH", "LDS", "CHS", "TAO"}
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"\d{6}|\d{8}")
# A role code: letters, in the religious NGOs' codes with a number of the source list inside ("NGOCHRCTH603",
# "NGOHINDEN211DEV"): kept as written; "---" and a date in the place of a code are none.
_ROLE_CODE = re.compile(r"~?[A-Za-z]+(?:[0-9]+[A-Za-z]*)?$")
# CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the same state.
CAMEO_TO_ISO3 = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX", "KOS": "XKX", "SER": "SRB",
                 "MNG": "MNG", "BUR": "MMR", "DDR": "DEU", "GDR": "DEU", "UK": "GBR", "JAP": "JPN", "PAL": "PSE",
                 "ANG": "AGO"}


@dataclass
class Role:
    """One ``[CODE dates]`` of an entry: the full code and its validity (None = open / undated)."""
    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    dated: bool = False


@dataclass
class Entry:
    """One dictionary entry: its name as written, synonyms, roles, comment and line number."""
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    comment: str = ""
    line: int = 0


def parse_date(text: str, *, end: bool = False) -> dt.date | None:
    """A YYMMDD (years up to 20 are 20YY) or YYYYMMDD date; day 00 or past the month's end is clamped.

    >>> parse_date("900310"), parse_date("080224"), parse_date("20070101"), parse_date("910231")
    (datetime.date(1990, 3, 10), datetime.date(2008, 2, 24), datetime.date(2007, 1, 1), datetime.date(1991, 2, 28))
    """
    if not _DATE.fullmatch(text):
        return None
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        yy, rest = int(text[:2]), text[2:]
        year = 2000 + yy if yy <= 20 else 1900 + yy
    month, day = int(rest[:2]), int(rest[2:])
    if not 1 <= month <= 12:
        return None
    for d in (max(day, 1), 31, 30, 29, 28):
        if d <= max(day, 1):
            try:
                return dt.date(year, month, d)
            except ValueError:
                continue
    return None


def parse_role(text: str) -> Role | None:
    """Parse the inside of ``[...]``: ``"HTIGOV 880917-900310"``, ``"CUBGOV >060731"``, ``"IGOUNO"``.

    Returns None for the null code ``---`` and for unreadable dates (a role with a typo in its dates
    would otherwise hold on every date).

    >>> parse_role("HTIGOV 880917-900310")
    Role(code='HTIGOV', start=datetime.date(1988, 9, 17), end=datetime.date(1990, 3, 10), dated=True)
    >>> parse_role("NGOCHRCTH603").code
    'NGOCHRCTH603'
    >>> parse_role("CUBGOV >060731").start, parse_role("HTIOPPMED <061231").end, parse_role("---")
    (datetime.date(2006, 7, 31), datetime.date(2006, 12, 31), None)
    """
    parts = text.split()
    if not parts or not _ROLE_CODE.match(parts[0]):
        return None
    code = parts[0].lstrip("~").upper()
    if len(parts) == 1:
        return Role(code)
    spec = "".join(parts[1:])
    if spec.startswith(">"):
        start, end = parse_date(spec[1:]), None
        ok = start is not None
    elif spec.startswith("<"):
        start, end = None, parse_date(spec[1:], end=True)
        ok = end is not None
    elif "-" in spec:
        a, b = spec.split("-", 1)
        start, end = parse_date(a), parse_date(b, end=True)
        ok = start is not None and end is not None and start <= end
    else:
        ok = False
    return Role(code, start, end, dated=True) if ok else None


def _clean(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def parse_actor_file(lines) -> list[Entry]:
    """The entries of a TABARI ``.actors`` file, in file order.

    >>> text = '''FIDEL_CASTRO_  # CountryInfo.txt
    ... \t[CUBGOV 761203-080224]
    ... \t[CUBELI]
    ... KOFI_ANNAN_\\t
    ... +K._ANNAN_
    ... \t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt'''
    >>> [(e.name, e.aliases, [r.code for r in e.roles]) for e in parse_actor_file(text.splitlines())]
    [('FIDEL CASTRO', [], ['CUBGOV', 'CUBELI']), ('KOFI ANNAN', ['K. ANNAN'], ['IGOUNO', 'ELI'])]
    """
    entries: list[Entry] = []
    for number, raw in enumerate(lines, 1):
        body, _, comment = raw.rstrip("\n").partition("#")
        if not body.strip():
            continue
        roles = [r for r in map(parse_role, _CODE.findall(body)) if r is not None]
        head = _CODE.sub(" ", body)
        if body.startswith("+"):
            if entries:
                # "+A_+_B_" (a missing line break in the source) holds two synonyms
                entries[-1].aliases.extend(_clean(p) for p in head[1:].split("+") if _clean(p))
                entries[-1].roles.extend(roles)
        elif body[:1].isspace() and not head.strip():
            if entries:
                entries[-1].roles.extend(roles)
        elif _clean(head):
            entries.append(Entry(name=_clean(head), roles=roles, comment=comment.strip(), line=number))
    return entries


def split_code(code: str, states: set[str]) -> tuple[str | None, str | None, str]:
    """(state ISO3 or None, sector or None, rest) of a CAMEO actor code.

    >>> split_code("ARGGOV", {"ARG"}), split_code("IGOUNOJUDICJ", {"ARG"}), split_code("NGOUSA", {"USA"})
    (('ARG', 'GOV', ''), (None, 'IGO', 'UNOJUDICJ'), ('USA', 'NGO', ''))
    >>> split_code("IMGMUSALQ", {"MUS"})
    (None, 'IMG', 'MUSALQ')
    """
    head = code[:3]
    state = CAMEO_TO_ISO3.get(head, head)
    if state in states:
        rest = code[3:]
        sector = rest[:3] if rest[:3] in SECTORS else None
        return state, sector, rest[3:] if sector else rest
    sector = head if head in SECTORS else None
    rest = code[3:]
    # "NGOUSA", "MNCUSA": an international type code followed by a home country
    home = CAMEO_TO_ISO3.get(rest[:3], rest[:3])
    if sector and home in states and rest[:3] not in RELIGIONS:  # IMGMUSALQ: MUS = Muslim, not Mauritius
        return home, sector, rest[3:]
    return None, sector, rest


_PARTICLES = {"al", "el", "bin", "bint", "ibn", "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di",
              "du", "la", "le", "van", "von", "y", "e", "ul", "ud"}
_ROMAN = re.compile(r"(?i)[ivx]+")


def _cap(word: str) -> str:
    if "'" in word and len(word.split("'")[0]) == 1:  # O'BRIEN -> O'Brien, D'ESTAING -> d'Estaing kept O-style
        a, b = word.split("'", 1)
        return a.upper() + "'" + b.capitalize()
    if word.lower().startswith("mc") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    if _ROMAN.fullmatch(word) and len(word) <= 4 and word.lower() not in {"vi", "xi", "ix"} or word.endswith("."):
        return word.upper() if not word.endswith(".") or len(word) <= 2 else word.capitalize()
    return word.capitalize()


def proper_name(text: str) -> str:
    """Proper-case an upper-case dictionary name; particles stay lower-case after the first word.

    >>> proper_name("FIDEL CASTRO"), proper_name("BASHAR AL-ASSAD"), proper_name("RAFAEL ALBURQUERQUE DE CASTRO")
    ('Fidel Castro', 'Bashar al-Assad', 'Rafael Alburquerque de Castro')
    >>> proper_name("A. F. HASSAN ARIFF"), proper_name("JOHN PAUL II"), proper_name("DENIS MCDONOUGH")
    ('A. F. Hassan Ariff', 'John Paul II', 'Denis McDonough')
    """
    out = []
    for i, word in enumerate(text.split()):
        parts = word.split("-")
        capped = []
        for j, part in enumerate(parts):
            if part.lower() in _PARTICLES and (i > 0 or j < len(parts) - 1) and not (i == 0 and j == 0 and len(parts) == 1):
                capped.append(part.lower() if (i > 0 or j > 0 or len(parts) > 1) else _cap(part))
            else:
                capped.append(_cap(part))
        if i == 0 and capped:
            capped[0] = capped[0][:1].upper() + capped[0][1:]
        out.append("-".join(capped))
    return " ".join(out)


def parse_agents(lines) -> dict[str, str]:
    """Agent nouns -> CAMEO sector code from ``Phoenix.agents.txt`` (``!MACRO!`` forms expanded, lower case).

    >>> parse_agents(["!PERSON! = MAN, MEN", "FARMER [~AGR]", "DAIRY!PERSON! [~AGR]", "RIOT_POLICE [~COP]"])
    {'farmer': 'AGR', 'dairyman': 'AGR', 'dairymen': 'AGR', 'riot police': 'COP'}
    >>> parse_agents(["FINANCE_MINISTER [~GOVBUS]", "IMAM [~MUS]", "POLICE {} [~COP]", "CLERGYMAN {CLERGYMEN} [~REL]"])
    {'finance minister': 'GOVBUS', 'imam': 'MUS', 'police': 'COP', 'clergyman': 'REL', 'clergymen': 'REL'}
    """
    macros: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in lines:
        body = raw.partition("#")[0].strip()
        macro = re.fullmatch(r"!(\w+)!\s*=\s*(.+)", body)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        found = _CODE.search(body)
        if not found or not body[:1].isalpha():
            continue
        code = found.group(1).strip().lstrip("~").upper()
        noun = body[: found.start()].strip()
        # "POLICE {}": no plural; "MAN {MEN}": an irregular plural, another form of the same agent
        plural = re.search(r"\{([^}]*)\}", noun)
        noun = re.sub(r"\{[^}]*\}", "", noun).strip()
        forms = [noun] + ([plural.group(1).strip()] if plural and plural.group(1).strip() else [])
        for name, values in macros.items():
            token = f"!{name}!"
            forms = [f.replace(token, v) for f in forms for v in values] if any(token in f for f in forms) else forms
        if code[:3] not in SECTORS and code[:3] not in RELIGIONS:
            continue
        for form in forms:
            key = _clean(form).lower()
            if key and "!" not in key:
                agents.setdefault(key, code)
    return agents
