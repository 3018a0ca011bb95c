"""Headings: parallel structure, four-character phrases (四字格) and length.

A heading is split into phrases at spaces and at ，,、：: (quotation marks dropped).
Per heading:

- ``length``: characters, without spaces, punctuation or quotation marks;
- ``parallel``: two or more phrases of equal length (树标杆 做表率);
- ``anaphoric``: parallel, and every phrase has the same character at some position
  (用功学 用情讲 用心看 用力做: 用 first) — the strongest parallelism;
- ``four_char``: phrases of exactly four characters (用功学习, 众人一心), the 四字格 of
  classical prose that official headlines favour.

Across the headings of one article, ``shared_lead`` is the share of headings whose first
character is the most common first character (用功学习…, 用情宣讲…, 用心挖掘…, 用力行动…: 1.0).

Parallelism is above all a relation ACROSS headings: the section heads of a report are
written as one set (用功学习 上好党史“必修课” / 用情宣讲 争做红色“传声筒” / 用心挖掘… /
用力行动…). :func:`parallel_sets` groups the headings of one level (heading, subheading)
into sets, joining two headings when any of these holds (ordinal numbering such as 一、 or
（二） stripped first, since numbering is layout, not rhetoric):

- equal shapes of two or more phrases (4+7: 众人一心，方向明确起点高 / 创新方式，丰富载体激活力);
- equal length and a shared opening or closing character or pair (聚焦“急难愁盼” / 聚焦产业发展);
- the same pattern of quotation marks over equal lengths (党建“红”引领产业“绿” / 服务“暖”托起民生“实”).

Measured against hand-labelled sets in ``tests/data/rhetoric/headings.tsv`` (pairs of
headings put in one set, precision and recall).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from zhframe.rhetoric.registry import Device

_SPLIT = re.compile(r"[\s\u3000，,、：:；;]+")
_DROP = re.compile(r"[“”‘’\"《》「」『』！？!?。·—…（）()]")


def heading_phrases(heading: str) -> list[str]:
    """The phrases of a heading (split at spaces and ，、：), quotation marks removed."""
    return [p for p in _SPLIT.split(_DROP.sub("", heading)) if p]


def heading_features(heading: str) -> dict:
    """Features of one heading: phrases, n_phrases, length, parallel, anaphoric, n_four_char."""
    phrases = heading_phrases(heading)
    lengths = [len(p) for p in phrases]
    parallel = len(phrases) >= 2 and len(set(lengths)) == 1
    anaphoric = parallel and any(len({p[i] for p in phrases}) == 1 for i in range(lengths[0]))
    return {"heading": heading, "phrases": phrases, "n_phrases": len(phrases),
            "length": sum(lengths), "parallel": parallel, "anaphoric": anaphoric,
            "n_four_char": sum(1 for n in lengths if n == 4)}


_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|"
                      r"第[一二三四五六七八九十]+[，、：,:\s]?)\s*")


def _shape(heading: str) -> tuple:
    core = _ORDINAL.sub("", heading)
    phrases = heading_phrases(core)
    plain = "".join(phrases)
    marks = re.sub(r"[^“”‘’《》「」]", "x", re.sub(r"[\s\u3000，,、：:；;！？!?。·—…（）()]", "", core))
    return tuple(len(p) for p in phrases), plain, marks


def _related(a: tuple, b: tuple) -> bool:
    (la, pa, ma), (lb, pb, mb) = a, b
    if not pa or not pb:
        return False
    if len(la) >= 2 and la == lb:
        return True
    if len(pa) != len(pb):
        return False
    if pa[0] == pb[0] or pa[-1] == pb[-1]:
        return True
    return ma == mb and any(c != "x" for c in ma)


def parallel_sets(headings, levels=None) -> list[str]:
    """Parallel set of each heading: ``"A"``, ``"B"``... (in order of first member) or ``""``.

    ``headings`` is a list of str (one article's section heads in order); ``levels`` the
    level of each (``heading``/``subheading``; default all one level): only headings of one
    level form a set. Sets are the connected groups of :func:`_related` pairs with two or
    more members. Returns a list as long as ``headings``.
    """
    headings = list(headings)
    levels = list(levels) if levels is not None else [""] * len(headings)
    if len(levels) != len(headings):
        raise ValueError("parallel_sets needs one level per heading")
    shapes = [_shape(h) for h in headings]
    parent = list(range(len(headings)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(headings)):
        for j in range(i + 1, len(headings)):
            if levels[i] == levels[j] and _related(shapes[i], shapes[j]):
                parent[find(j)] = find(i)
    roots = [find(i) for i in range(len(headings))]
    sizes = Counter(roots)
    labels: dict[int, str] = {}
    out = []
    for r in roots:
        if sizes[r] < 2:
            out.append("")
            continue
        if r not in labels:
            labels[r] = chr(ord("A") + len(labels)) if len(labels) < 26 else f"S{len(labels)}"
        out.append(labels[r])
    return out


def heading_table(headings) -> pd.DataFrame:
    """One row of :func:`heading_features` per heading (a list of str)."""
    cols = ["heading", "phrases", "n_phrases", "length", "parallel", "anaphoric", "n_four_char"]
    return pd.DataFrame([heading_features(h) for h in headings], columns=cols)


def heading_summary(headings, levels=None) -> dict:
    """Summary over one article's headings.

    Returns n_headings, mean_length, share_parallel, share_anaphoric, share_four_char
    (four-character phrases among all phrases), shared_lead (see module doc;
    NaN with fewer than two headings), and share_in_set: the share of section heads
    (``levels`` heading/subheading; all headings when no levels are given) that belong to
    a parallel set across headings (:func:`parallel_sets`).
    """
    df = heading_table(headings)
    n = len(df)
    nan = float("nan")
    phrases = int(df["n_phrases"].sum()) if n else 0
    firsts = [p[0][0] for p in df["phrases"] if p]
    return {
        "n_headings": n,
        "mean_length": float(df["length"].mean()) if n else nan,
        "share_parallel": float(df["parallel"].mean()) if n else nan,
        "share_anaphoric": float(df["anaphoric"].mean()) if n else nan,
        "share_four_char": int(df["n_four_char"].sum()) / phrases if phrases else nan,
        "shared_lead": Counter(firsts).most_common(1)[0][1] / len(firsts) if len(firsts) >= 2 else nan,
        "share_in_set": _share_in_set(list(headings), levels),
    }


def _share_in_set(headings, levels) -> float:
    if levels is not None:
        pairs = [(h, l) for h, l in zip(headings, levels) if l in ("heading", "subheading")]
        headings, levels = [h for h, _ in pairs], [l for _, l in pairs]
    if not headings:
        return float("nan")
    groups = parallel_sets(headings, levels)
    return sum(1 for g in groups if g) / len(groups)


#: The keys of :func:`heading_summary`, one article-level column ``heading_<key>`` each.
SUMMARY_KEYS = ("n_headings", "mean_length", "share_parallel", "share_anaphoric",
                "share_four_char", "shared_lead", "share_in_set")


def article_summary(texts, kinds) -> dict:
    """``heading_<key>`` of :func:`heading_summary` for one article's heading blocks."""
    s = heading_summary(list(texts), list(kinds))
    return {f"heading_{k}": s[k] for k in SUMMARY_KEYS}


DEVICE = Device(
    "headings", tuple(f"heading_{k}" for k in SUMMARY_KEYS),
    labels={"heading_n_headings": "标题数 headings", "heading_mean_length": "标题长度 heading length",
            "heading_share_parallel": "对仗 parallel", "heading_share_anaphoric": "首字重复 anaphoric",
            "heading_share_four_char": "四字格 4-char phrases",
            "heading_shared_lead": "同首字 shared first char.",
            "heading_share_in_set": "成组 in a parallel set"},
    article=article_summary)
