"""The notebooks in notebooks/ run from top to bottom (nbclient, a test-only dependency) and are committed without outputs."""
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]' (nbclient, nbformat, ipykernel)")
nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]' (nbclient, nbformat, ipykernel)")

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_notebooks_exist():
    assert [p.name for p in PATHS] == ["01-example-article.ipynb", "02-crisis-week-by-week.ipynb"]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebooks_are_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.stem)
def test_notebooks_run(path):
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError with the failing cell's traceback
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "statements" in text


def test_notebook_two_takes_the_corpus_as_a_parameter():
    nb = nbformat.read(NOTEBOOKS / "02-crisis-week-by-week.ipynb", as_version=4)
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and 'CORPUS = "../tests/data/press-releases-2021-12_2022-02-sample.jsonl"' in params[0].source
    assert (NOTEBOOKS / "../tests/data/press-releases-2021-12_2022-02-sample.jsonl").resolve().is_file()
