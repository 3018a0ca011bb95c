"""Where things are: the package's own data folder and, when running from a source
checkout, the checkout's root. The one place that looks these up."""

from __future__ import annotations

from pathlib import Path

#: The installed package folder (``.../zhframe``).
PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: The package's data files (dictionaries, lexicons, word lists, explorer assets).
DATA_DIR = PACKAGE_DIR / "data"
#: A corpus folder's own dictionary, used automatically when present.
CORPUS_DICT_NAME = "dictionary.txt"


def data_file(name: str) -> Path:
    """A file of the package's data folder (``zhframe/data/<name>``)."""
    return DATA_DIR / name


def checkout_root() -> Path | None:
    """The source checkout this package runs from (``<repo>`` with ``src/zhframe`` and
    ``pyproject.toml``), or None for an installed wheel."""
    repo = PACKAGE_DIR.parents[1]
    if (repo / "pyproject.toml").is_file() and (repo / "src" / "zhframe").is_dir():
        return repo
    return None


#: The notebooks and seed corpus as shipped inside the package (links to the checkout's
#: ``notebooks/`` and ``seeds/`` in a source tree, copies in a wheel).
SHIPPED_NOTEBOOKS = PACKAGE_DIR / "notebooks"
SHIPPED_SEEDS = PACKAGE_DIR / "seeds"


def default_notebooks() -> Path | None:
    """The study's notebook folder: ``./notebooks`` when run from a checkout's root, else the
    checkout's, else the copy shipped in the package; None when there is none."""
    for folder in (Path("notebooks"), (checkout_root() or Path("/nonexistent")) / "notebooks",
                   SHIPPED_NOTEBOOKS):
        if folder.is_dir() and any(folder.glob("[0-9][0-9]_*.ipynb")):
            return folder
    return None


def default_seeds() -> Path | None:
    """The seed corpus: ``./seeds`` when it has a manifest, else the checkout's, else the
    package's copy; None when there is none."""
    for folder in (Path("seeds"), (checkout_root() or Path("/nonexistent")) / "seeds", SHIPPED_SEEDS):
        if (folder / "manifest.csv").is_file():
            return folder
    return None


def is_shipped(folder) -> bool:
    """Is ``folder`` the package's own copy (a wheel's), where nothing may be written?"""
    if checkout_root() is not None:
        return False  # in a checkout the shipped folders are links to its own
    return Path(folder).resolve() in (SHIPPED_NOTEBOOKS.resolve(), SHIPPED_SEEDS.resolve())


#: Where to get the study's notebooks and seeds when neither is at hand.
SOURCE_HINT = "the notebooks and seeds are in the project repository (notebooks/, seeds/)"
