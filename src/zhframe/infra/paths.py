"""Where things are: the package's own data folder and, when running from a source
checkout, the checkout's root. The one place that looks these up."""

from __future__ import annotations

from pathlib import Path

#: The installed package folder (``.../zhframe``).
PACKAGE_DIR = Path(__file__).resolve().parents[1]
#: The package's data files (dictionaries, lexicons, word lists, explorer assets).
DATA_DIR = PACKAGE_DIR / "data"


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
