"""Stopwords and token classes: what a count leaves out.

stopwords-iso's Chinese list (PyPI ``stopwordsiso``) plus the project's short documented list
(``zhframe/data/stopwords_project.txt``) plus a run's own; punctuation and number tokens.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from zhframe.tokenize.dictionaries import DATA_DIR, _read_text


PROJECT_STOPWORDS = DATA_DIR / "stopwords_project.txt"


_NUMBER = re.compile(r"^(?:[0-9０-９]+(?:[.．,，:：/][0-9０-９]+)*[%％]?|[〇零一二三四五六七八九十百千万亿两]+)"
                     r"(?:[余多几来]?[个名次件项条人位张首米场台所家册户盏支篇])?$|^[0-9０-９.．]*[万亿][余多]?[个名次件项条人位]?$")


def _project_stopwords() -> list[str]:
    return [l.strip() for l in _read_text(PROJECT_STOPWORDS).splitlines()
            if l.strip() and not l.startswith("#")]


def stopword_list(extra: Iterable[str] = ()) -> frozenset[str]:
    """stopwords-iso's Chinese list (PyPI ``stopwordsiso``) + the project list + ``extra``."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh")) | frozenset(_project_stopwords()) | frozenset(extra)


def is_punctuation(token: str) -> bool:
    """True if every character is Unicode punctuation or a symbol (，。“”、《》…%+)."""
    return all(unicodedata.category(c)[0] in "PS" for c in token)


def is_number(token: str) -> bool:
    """True for numerals: 1720, 3.5, 2.87, 100%, ２０２１, 二十六, 百, and jieba's
    numeral + approximator + measure tokens (万余名, 余个, 二十个)."""
    return bool(_NUMBER.match(token))
