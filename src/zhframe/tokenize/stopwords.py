"""Stopwords and token classes: what a count leaves out.

stopwords-iso's Chinese list (PyPI ``stopwordsiso``) plus the project's short documented list
(``zhframe/data/stopwords_project.txt``) plus a run's own; punctuation and number tokens.

A run's own stopwords come from files, one word a line (``#`` starts a comment line):
``--stopwords FILE`` on every command, ``STOPWORDS=FILE`` on ``make figures``, and a
``stopwords.txt`` in the corpus folder, picked up like ``dictionary.txt``. They reach every
tokenizer of the run, in-process and in notebook kernels, through the environment variable
:data:`ENV` (paths joined by ``os.pathsep``), as dictionaries do; a tokenizer's fingerprint
holds its whole stopword set, so a changed file never serves stale tokens.
"""

from __future__ import annotations

import re
import unicodedata
import os
import warnings
from pathlib import Path
from typing import Iterable

from zhframe.tokenize.dictionaries import DATA_DIR, _read_text


PROJECT_STOPWORDS = DATA_DIR / "stopwords_project.txt"
#: Environment variable with the run's stopword files (os.pathsep-separated paths).
ENV = "ZHFRAME_STOPWORDS"
#: Name of a corpus folder's own stopword file, loaded automatically.
CORPUS_STOPWORDS_NAME = "stopwords.txt"


_NUMBER = re.compile(r"^(?:[0-9０-９]+(?:[.．,，:：/][0-9０-９]+)*[%％]?|[〇零一二三四五六七八九十百千万亿两]+)"
                     r"(?:[余多几来]?[个名次件项条人位张首米场台所家册户盏支篇])?$|^[0-9０-９.．]*[万亿][余多]?[个名次件项条人位]?$")


def _project_stopwords() -> list[str]:
    return [l.strip() for l in _read_text(PROJECT_STOPWORDS).splitlines()
            if l.strip() and not l.startswith("#")]


def read_stopwords(path: str | os.PathLike) -> list[str]:
    """The words of a stopword file: one a line, surrounding spaces dropped, blank lines and
    lines starting with ``#`` ignored; decoded as the corpus loader does (UTF-8, GB18030, BOMs).
    A line holding a space is an error naming the file and line (a word has no spaces; a
    jieba dictionary given by mistake shows here)."""
    words = []
    for no, line in enumerate(_read_text(path).splitlines(), start=1):
        w = line.strip()
        if not w or w.startswith("#"):
            continue
        if any(c.isspace() for c in w):
            from zhframe.infra.errors import InputError

            raise InputError(path, f"line {no}: expected one word a line, got {w!r}")
        words.append(w)
    return words


def run_stopwords() -> list[str]:
    """The words of the run's stopword files (:data:`ENV`), sorted; a file gone since the
    command checked it is skipped with a warning."""
    words: set[str] = set()
    for p in filter(None, os.environ.get(ENV, "").split(os.pathsep)):
        if not Path(p).is_file():
            warnings.warn(f"zhframe: {p}: stopword file not found (from {ENV}); skipped", stacklevel=2)
            continue
        words.update(read_stopwords(p))
    return sorted(words)


def corpus_stopwords(folder: str | os.PathLike | None = None,
                     user: Iterable[str | os.PathLike] = ()) -> list[Path]:
    """The run's stopword files: the corpus folder's ``stopwords.txt``, then ``user``'s files
    (a missing one raises :class:`InputError` naming it)."""
    from zhframe.infra.errors import InputError

    paths = []
    if folder is not None and (Path(folder) / CORPUS_STOPWORDS_NAME).is_file():
        paths.append(Path(folder) / CORPUS_STOPWORDS_NAME)
    for f in user:
        if not Path(f).is_file():
            raise InputError(f, "stopword file not found")
        paths.append(Path(f))
    return paths


def use_stopwords(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Make ``paths`` the run's stopword files (sets :data:`ENV`; kernels inherit it), each
    read once here so a bad line stops the run before any work is done."""
    paths = [Path(p).resolve() for p in paths]
    for p in paths:
        read_stopwords(p)
    if paths:
        os.environ[ENV] = os.pathsep.join(str(p) for p in paths)
    return paths


def stopword_list(extra: Iterable[str] = ()) -> frozenset[str]:
    """stopwords-iso's Chinese list (PyPI ``stopwordsiso``) + the project list + the run's
    files (:data:`ENV`) + ``extra``."""
    import stopwordsiso

    return (frozenset(stopwordsiso.stopwords("zh")) | frozenset(_project_stopwords())
            | frozenset(run_stopwords()) | frozenset(extra))


def is_punctuation(token: str) -> bool:
    """True if every character is Unicode punctuation or a symbol (，。“”、《》…%+)."""
    return all(unicodedata.category(c)[0] in "PS" for c in token)


def is_number(token: str) -> bool:
    """True for numerals: 1720, 3.5, 2.87, 100%, ２０２１, 二十六, 百, and jieba's
    numeral + approximator + measure tokens (万余名, 余个, 二十个)."""
    return bool(_NUMBER.match(token))
