"""Nouns that head the names of organisations and groups ("Union", "Association", "Front", "Committee"), taken
from the Phoenix dictionaries the registry imports: the head words of the names of non-commercial organisations
and armed groups (``ontology/sources/phoenix/organisations.tsv`` and ``groups.tsv``; the head is the last word
before the name's first "of"/"for"/... phrase) that head at least :data:`MIN_NAMES` names and that the agents
dictionary (``agents.toml``) also ends an agent phrase with ("credit union", "election commission"). Companies
(sector MNC) are left out: "Inc", "Holdings" head no body that speaks in news.

Examples
--------
>>> nouns = body_nouns()
>>> {"union", "association", "front", "committee", "party", "movement"} <= nouns
True
>>> "inc" in nouns, "international" in nouns, "women" in nouns
(False, False, False)
>>> head_of_name("Association of African Jurists"), head_of_name("Homeland Union"), head_of_name("Third World Water Forum")
('association', 'union', 'forum')
"""
from __future__ import annotations

import functools
from collections import Counter
from importlib.resources import files

from stancegraph.kb.sectors import agent_nouns

__all__ = ["MIN_NAMES", "body_nouns", "head_of_name"]

#: A noun must head this many imported names to count as the head of organisations' names.
MIN_NAMES = 5
_NAME_CUTS = frozenset({"of", "for", "on", "in", "against", "to", "and", "without"})
# heads of names that are people, not bodies ("Association of Women", "Palestinian Youth"): they name members
_PEOPLE = frozenset({"women", "youth", "community"})


def head_of_name(label: str) -> str:
    """The lower-case head word of an organisation's name: the word before its first "of"/"for"/... phrase."""
    words = label.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _NAME_CUTS), len(words))
    return words[cut - 1].lower() if cut else ""


@functools.lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """The lower-case nouns that head organisations' names (see the module's docstring)."""
    folder = files("stancegraph.ontology.sources") / "phoenix"
    heads: Counter[str] = Counter()
    for name in ("organisations.tsv", "groups.tsv"):
        resource = folder / name
        if not resource.is_file():
            continue
        columns: list[str] | None = None
        for line in resource.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if columns is None:
                columns = cells
                continue
            row = dict(zip(columns, cells))
            if row.get("sector") == "MNC" or row.get("cameo", "").startswith("MNC"):
                continue
            heads[head_of_name(row.get("label", ""))] += 1
    agent_ends = {p.split()[-1] for p in agent_nouns() if len(p.split()) > 1}  # the sectors' loader of agents.toml
    return frozenset(w for w, n in heads.items() if n >= MIN_NAMES and w in agent_ends and w.isalpha()) - _PEOPLE
