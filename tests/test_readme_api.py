"""The README's "Python API" example runs as written (from a folder that has the repository's examples/)."""
from __future__ import annotations

import re
from pathlib import Path

import matplotlib
import pytest

ROOT = Path(__file__).resolve().parent.parent
HEADING = "## Python API"


def python_api_block(readme: str) -> str | None:
    """The first ```python block of the "## Python API" section; None if the README has no such section."""
    start = readme.find(f"\n{HEADING}\n")
    if start < 0:
        return None
    section = readme[start + len(HEADING) + 2:]
    end = re.search(r"^## ", section, re.MULTILINE)
    section = section[:end.start()] if end else section
    found = re.search(r"^```python\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    assert found, f'the "{HEADING}" section of README.md has no ```python block'
    return found.group(1)


def test_readme_python_api_block_is_found():
    text = "# x\n\n## Python API\n\nSome words.\n\n```python\nprint(1)\n```\n\n## Next\n```python\nno\n```\n"
    assert python_api_block(text) == "print(1)\n"
    assert python_api_block("# x\n\n## Other\n") is None


def test_readme_python_api_runs(tmp_path, monkeypatch):
    code = python_api_block((ROOT / "README.md").read_text(encoding="utf-8"))
    if code is None:
        pytest.skip(f'README.md has no "{HEADING}" section yet (it is added when the front door is merged)')
    matplotlib.use("Agg")
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)  # files the example writes stay out of the repository
    exec(compile(code, "README.md (Python API)", "exec"), {"__name__": "readme"})
