"""Tiny numbered notebooks with the project's parameters cell, for tests of the runner."""

from __future__ import annotations

from pathlib import Path

PARAMETERS = ('CORPUS_DIR = "../seeds"\nMANIFEST = None\nGROUP_BY = "district"\nTARGET = None\n'
              'TIME = None\nFIGURES_DIR = "../figures"')


def tiny_notebooks(folder: Path, body: str, names=("00_a.ipynb", "01_b.ipynb")) -> Path:
    """``folder/notebooks/`` with one notebook per name: the parameters cell, then ``body``
    (``NUMBER`` in it replaced by the notebook's two-digit number as a string)."""
    import nbformat

    nbdir = folder / "notebooks"
    nbdir.mkdir(parents=True)
    params = nbformat.v4.new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    for name in names:
        cell = nbformat.v4.new_code_cell(body.replace("NUMBER", repr(name[:2])))
        nb = nbformat.v4.new_notebook(cells=[params, cell])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, nbdir / name)
    return nbdir
