"""Run the examples in every stancegraph module's docstrings (imported by package name, not by path)."""
import doctest
import importlib
import pkgutil

import pytest

import stancegraph

MODULES = sorted(m.name for m in pkgutil.walk_packages(stancegraph.__path__, "stancegraph.") if m.name != "stancegraph.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"
