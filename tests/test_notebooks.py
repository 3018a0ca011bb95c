"""Executes every notebook on the seeds; any cell error fails the test.

Runs into a temporary output folder, so the committed notebooks and figures
are not rewritten by the test suite.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

from zhframe.notebooks import find_notebooks, run_all

ROOT = Path(__file__).resolve().parents[1]


def test_every_notebook_executes_on_the_seeds(tmp_path):
    notebooks = find_notebooks(ROOT / "notebooks")
    assert notebooks, "no notebooks found"
    done = run_all(ROOT / "notebooks", corpus=str(ROOT / "seeds"), out=str(tmp_path), jobs=2)
    assert [p.name for p in done] == [p.name for p in notebooks]
    for path in done:
        nb = nbformat.read(path, as_version=4)
        errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                  if o.get("output_type") == "error"]
        assert not errors, f"{path.name}: {errors[0].get('ename')}: {errors[0].get('evalue')}"
        assert "papermill" not in nb.metadata  # volatile metadata stripped
    assert list((tmp_path / "figures").glob("*.png")), "notebooks wrote no figure"


def test_committed_notebooks_are_executed_and_error_free():
    for path in find_notebooks(ROOT / "notebooks"):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.get("execution_count") for c in code), f"{path.name} is not executed"
        assert not any(o.get("output_type") == "error" for c in code for o in c.get("outputs", []))
