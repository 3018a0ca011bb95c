"""Frames: which themes a text gives its space to, from an editable theme lexicon.

Themes (``rhetoric_themes.csv``): study and education, lectures and propaganda, red
heritage, people's livelihood and 实事, organisation and leadership, youth, culture and
arts. A theme's score is its number of term matches (longest-first, so the campaign name
党史学习教育 shields the 学习 inside it); rates per 1,000 characters and their
paragraph-bootstrap intervals are computed in :mod:`zhframe.rhetoric.features`.
A lexicon count is transparent and editable, which matters more here than recall:
a reader can see why a paragraph scored (Grimmer & Stewart 2013, on validating
dictionary methods).
"""

from __future__ import annotations

import os

from zhframe.rhetoric import lexicon
from zhframe.rhetoric.registry import Device

THEMES_FILE = "rhetoric_themes.csv"


def themes(path: str | os.PathLike = THEMES_FILE) -> list[str]:
    """The themes a theme lexicon names, in file order."""
    return lexicon.matcher(path, "term", "theme").categories


def theme_hits(text: str, path: str | os.PathLike = THEMES_FILE) -> list[tuple[int, int, str, str]]:
    """``(start, end, term, theme)`` of every theme term in ``text``."""
    return list(lexicon.matcher(path, "term", "theme").finditer(text))


def theme_counts(text: str, path: str | os.PathLike = THEMES_FILE) -> dict[str, int]:
    """Matches per theme in ``text`` (every theme of the lexicon, zeros included)."""
    m = lexicon.matcher(path, "term", "theme")
    out = dict.fromkeys(m.categories, 0)
    out.update(m.count(text))
    return out


#: Labels of the shipped themes (a theme of an edited lexicon is labelled by its name).
THEME_LABELS = {"study": "学习教育 study", "lectures": "宣讲宣传 lectures",
                "heritage": "红色资源 heritage", "livelihood": "民生实事 livelihood",
                "organisation": "组织领导 organisation", "youth": "青少年 youth",
                "culture": "文艺 culture"}

def paragraph_counts(p) -> dict[str, int]:
    """``theme_<theme>`` counts of a :class:`~zhframe.rhetoric.registry.Paragraph`."""
    return {f"theme_{k}": v for k, v in theme_counts(p.text).items()}


DEVICE = Device(
    "frames", tuple(f"theme_{t}" for t in themes()),
    labels={f"theme_{t}": THEME_LABELS.get(t, t) for t in themes()},
    paragraph=paragraph_counts)
