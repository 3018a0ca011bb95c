"""Lexicons of the rhetoric analysis: editable data files in ``zhframe/data/``.

Every list the analysis relies on (slogans, units, approximation markers,
speech verbs, speaker cues, stance words, themes) is a small UTF-8 file named
``rhetoric_*.csv`` or ``rhetoric_*.txt`` whose header comment says what each
column means. A researcher extends the analysis by editing those files (or by
passing a file of their own to the loaders), never the code.

:class:`TermMatcher` is the one matching engine used for word lists: a single
regular expression of all terms, longest first, scanned left to right without
overlaps, so a longer entry *shields* the shorter ones inside it (重要 is not
counted as 要; 党史学习教育 is not counted as 学习). That is the classic
maximum-matching rule of Chinese dictionary segmentation (Liang 1986), used
here because the lists are short, the rule is transparent and the result does
not depend on a statistical segmenter's version.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

SHIELD = "shield"


def data_path(name: str) -> Path:
    """Path of a data file shipped in ``zhframe/data`` (e.g. ``"rhetoric_themes.csv"``)."""
    return Path(str(resources.files("zhframe") / "data" / name))


def _source(name_or_path: str | os.PathLike) -> Path:
    """A file the caller names, else the package's data file of that name."""
    p = Path(name_or_path)
    return p if p.is_file() else data_path(str(name_or_path))


def read_table(name_or_path: str | os.PathLike) -> pd.DataFrame:
    """Read a lexicon CSV (``#`` lines are comments); every cell a stripped string."""
    path = _source(name_or_path)
    lines = [l for l in path.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    from io import StringIO

    df = pd.read_csv(StringIO("\n".join(lines)), dtype=str, keep_default_na=False)
    return df.apply(lambda c: c.str.strip())


@lru_cache(maxsize=None)
def _read_list(name: str) -> tuple[str, ...]:
    path = _source(name)
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line not in out:
            out.append(line)
    return tuple(out)


def read_list(name_or_path: str | os.PathLike) -> list[str]:
    """Read a one-entry-per-line lexicon (``#`` lines are comments), in file order."""
    return list(_read_list(str(name_or_path)))


def alternation(terms) -> str:
    """Regex alternation of ``terms``, longest first (ties by term) so longer entries win."""
    return _alternation(tuple(sorted(set(terms))))


@lru_cache(maxsize=4096)
def _alternation(terms: tuple[str, ...]) -> str:
    # memoised: detectors ask for the same lexicon's alternation once per paragraph
    return "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))


class TermMatcher:
    """Longest-match, non-overlapping matching of a term -> category table.

    Parameters
    ----------
    table : mapping term -> category
        Entries whose category is ``"shield"`` are matched (so they hide the
        shorter terms inside them) but never reported.
    """

    def __init__(self, table: dict[str, str]):
        if not table:
            raise ValueError("TermMatcher needs at least one term")
        self.table = dict(table)
        self._re = re.compile(alternation(self.table))
        self._categories = list(dict.fromkeys(c for c in self.table.values() if c != SHIELD))

    def finditer(self, text: str):
        """Yield ``(start, end, term, category)`` for every counted match, in text order."""
        for m in self._re.finditer(text):
            cat = self.table[m.group()]
            if cat != SHIELD:
                yield m.start(), m.end(), m.group(), cat

    def count(self, text: str) -> dict[str, int]:
        """Number of matches per category (categories with no match are absent)."""
        out: dict[str, int] = {}
        for *_, cat in self.finditer(text):
            out[cat] = out.get(cat, 0) + 1
        return out

    @property
    def categories(self) -> list[str]:
        """The counted categories, in first-appearance order of the table."""
        return list(self._categories)


@lru_cache(maxsize=None)
def _cached_table(name: str, key: str, value: str) -> tuple[tuple[str, str], ...]:
    df = read_table(name)
    return tuple(zip(df[key], df[value]))


def matcher(name_or_path: str | os.PathLike, key: str, value: str) -> TermMatcher:
    """A :class:`TermMatcher` from two columns of a lexicon CSV (built once per file and columns)."""
    return _matcher(str(name_or_path), key, value)


@lru_cache(maxsize=None)
def _matcher(name: str, key: str, value: str) -> TermMatcher:
    return TermMatcher(dict(_cached_table(name, key, value)))


def slogans(name_or_path: str | os.PathLike = "rhetoric_slogans.csv") -> pd.DataFrame:
    """The slogan/formula table: expression, kind, parts (list of str), n (int or None)."""
    return _slogans(str(name_or_path)).copy()


@lru_cache(maxsize=None)
def _slogans(name: str) -> pd.DataFrame:
    df = read_table(name)
    df["parts"] = [[p.strip() for p in s.split("|") if p.strip()] for s in df["parts"]]
    df["n"] = [int(v) if v else None for v in df["n"]]
    return df
