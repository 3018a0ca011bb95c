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
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

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


def heading_table(headings) -> pd.DataFrame:
    """One row of :func:`heading_features` per heading (a list of str)."""
    cols = ["heading", "phrases", "n_phrases", "length", "parallel", "anaphoric", "n_four_char"]
    return pd.DataFrame([heading_features(h) for h in headings], columns=cols)


def heading_summary(headings) -> dict:
    """Summary over one article's headings.

    Returns n_headings, mean_length, share_parallel, share_anaphoric, share_four_char
    (four-character phrases among all phrases) and shared_lead (see module doc;
    NaN with fewer than two headings).
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
    }
