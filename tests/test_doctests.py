"""Run the examples in the docstrings of every stancegraph module (imported by package name, not by path).

Strict: a failing example fails the test, and a public module without an example fails too, unless it is
in NO_EXAMPLES below. That list only shrinks: a listed module that gets an example fails
``test_doctests_allow_list_is_current`` until it is taken off.
"""
import doctest
import importlib
import pkgutil
import warnings

import pytest

import stancegraph

MODULES = sorted(m.name for m in pkgutil.walk_packages(stancegraph.__path__, "stancegraph.")
                 if m.name not in ("stancegraph.__main__",))
MODULES = ["stancegraph"] + MODULES

# Public modules that have no docstring example yet (issue 10: "each public function has a runnable docstring
# example"). Empty now: every public module has examples. Never add a module to it; a new module comes with examples.
NO_EXAMPLES: set[str] = set()
# Packages whose __init__ is a docstring only: nothing to run.
PACKAGES = {"stancegraph.analysis", "stancegraph.kb", "stancegraph.nlp", "stancegraph.rdf", "stancegraph.read",
            "stancegraph.rules", "stancegraph.run"}


def run_examples(name: str) -> doctest.TestResults:
    module = importlib.import_module(name)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Code: _mock_name is not defined")  # rdflib DefinedNamespace
        return doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, report=True)


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    result = run_examples(name)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest(s) failed in {name} (see the output above)"
    if name not in NO_EXAMPLES and name not in PACKAGES:
        assert result.attempted > 0, (f"{name} has no docstring example; give its public functions one "
                                      "(a runnable >>> example)")


def test_doctests_allow_list_is_current():
    unknown = sorted((NO_EXAMPLES | PACKAGES) - set(MODULES))
    assert not unknown, f"listed modules that do not exist (renamed or removed? update the lists): {unknown}"
    have_examples = sorted(n for n in NO_EXAMPLES if doctest.DocTestFinder().find(importlib.import_module(n))
                           and any(t.examples for t in doctest.DocTestFinder().find(importlib.import_module(n))))
    assert not have_examples, f"these modules have examples now; take them off NO_EXAMPLES: {have_examples}"


def test_doctests_fail_on_a_failing_example():
    """The test above really fails when an example's output differs (it once passed trivially)."""
    module = type(doctest)("broken_example", '"""\n>>> 1 + 1\n3\n"""')
    result = doctest.testmod(module, report=False)
    assert (result.failed, result.attempted) == (1, 1)
