"""Shared fixtures: hand-built spaCy Docs, the default pipeline (loaded once), one CLI build of the example."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = REPO_ROOT / "examples" / "cgtn-russia-us-ukraine-2022-01.txt"
DATA = Path(__file__).resolve().parent / "data"
# CI runs in a clone with a copy of shared/ beside it (the lead's checkout has /work/shared there too)
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def en_vocab():
    """An English vocabulary without a trained pipeline (spaCy's own test fixture)."""
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture
def make_doc(en_vocab):
    """Build a spaCy Doc by hand: ``make_doc(words, heads=..., deps=..., ents=[IOB...], lemmas=..., pos=..., tags=...)``.

    ``heads`` are absolute token indices (a root points at itself), as in ``spacy.tokens.Doc``.
    """
    from spacy.tokens import Doc

    def make(words, heads=None, deps=None, ents=None, lemmas=None, pos=None, tags=None, spaces=None):
        return Doc(en_vocab, words=list(words), spaces=spaces, heads=heads, deps=deps, ents=ents,
                   lemmas=lemmas, pos=pos, tags=tags)

    return make


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with the actor ruler, loaded once per session.

    ``make_nlp`` returns a new pipeline at every call (no shared mutable Language), so in-process CLI tests
    that build load their own (about 1.5 s each); tests that only read use this one.
    """
    from stancegraph.nlp.pipeline import make_nlp
    from stancegraph.kb.registry import ActorRegistry

    return make_nlp(None, ActorRegistry.load())


@pytest.fixture(scope="module")
def read(nlp, request):
    """``read(text)``: the statements of one news text on the real pipeline, published on the test module's
    ``PUBLISHED`` date (2023-10-01 if it sets none), so persons' posts are looked up on that day."""
    import datetime as dt

    from stancegraph.rules.extract import stance_statements
    from stancegraph.model import Document
    from stancegraph.kb.registry import ActorRegistry

    registry = ActorRegistry.load()
    published = getattr(request.module, "PUBLISHED", dt.date(2023, 10, 1))

    def statements(text):
        return list(stance_statements(nlp(text), Document(id="t", text=text, date=published), registry))

    return statements


@dataclasses.dataclass(frozen=True)
class SeedBuild:
    """The result of ``stancegraph build EXAMPLE -o out``: the folder and what the command printed."""

    source: Path
    out: Path
    exit_code: int
    stdout: str
    stderr: str

    @property
    def records(self) -> list[dict]:
        lines = (self.out / "statements.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, nlp) -> SeedBuild:
    """Run the CLI build once on the example article into a session temp folder."""
    from stancegraph.cli import cli

    out = tmp_path_factory.mktemp("seed-build") / "out"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, f"build of the example failed:\n{result.output}\n{result.exception!r}"
    return SeedBuild(source=EXAMPLE, out=out, exit_code=result.exit_code, stdout=result.stdout, stderr=result.stderr)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository (gold data); skip, saying why, if it is not there."""
    if not (SHARED / "gold" / "seed-statements.jsonl").is_file():
        pytest.skip(f"gold data not found at {SHARED}/gold/seed-statements.jsonl: "
                    "check out the shared/ folder beside the repository to run the evaluation tests")
    return SHARED
