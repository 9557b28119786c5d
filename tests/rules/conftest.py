"""Rule tests run on hand-built parses only: loading a trained pipeline here is an error."""
from __future__ import annotations

import pytest
import spacy
import spacy.util

from stancegraph.kb.registry import ActorRegistry


@pytest.fixture(autouse=True)
def no_trained_pipeline(monkeypatch):
    """Fail any rule test that loads a statistical model: a rule test must not move with a model release."""
    def refuse(name, *args, **kwargs):
        raise AssertionError(f"tests/rules must not load a trained pipeline (spacy.load({name!r}))")

    monkeypatch.setattr(spacy, "load", refuse)
    monkeypatch.setattr(spacy.util, "load_model", refuse)


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    """The packaged actor registry (data, not a model)."""
    return ActorRegistry.load()
