"""Scoring extractors on saved pages against hand-made references (body, title, date).

The measure most web-extraction studies use for Chinese pages: the body an extractor
returns and the reference body are compared as character sequences (whitespace
removed), through the length of their longest common subsequence (LCS):
precision = LCS / extracted length, recall = LCS / reference length, F1 their
harmonic mean (as in the ROUGE-L family, Lin 2004, *ROUGE: A Package for Automatic
Evaluation of Summaries*). The LCS length is computed with the bit-parallel
algorithm of Allison and Dix (1986, *A bit-string longest-common-subsequence
algorithm*, IPL 23), exact and fast enough for whole pages in Python.

Titles are compared after removing whitespace and unifying punctuation width;
dates as ISO ``YYYY-MM-DD``. Pure functions over strings and dicts, shared by
``benchmarks/cleanup.py`` and the tests.
"""

from __future__ import annotations

import re

_WS = re.compile(r"\s+")
_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_WIDTH = str.maketrans("：，（）！？；", ":,()!?;")


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (Allison and Dix 1986)."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(b):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for ch in a:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()


def body_scores(extracted: str | None, reference: str) -> dict:
    """``precision``, ``recall``, ``f1`` of an extracted body against the reference body
    (character LCS, whitespace removed), and ``lcs``/``extracted``/``reference`` lengths."""
    x, r = _WS.sub("", extracted or ""), _WS.sub("", reference)
    n = lcs_length(x, r)
    p = n / len(x) if x else 0.0
    rec = n / len(r) if r else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return {"precision": p, "recall": rec, "f1": f1, "lcs": n, "extracted": len(x), "reference": len(r)}


def same_title(extracted: str | None, reference: str) -> bool:
    """Is the extracted title the reference title (whitespace and punctuation width aside)?"""
    if not extracted:
        return False
    return _WS.sub("", extracted).translate(_WIDTH) == _WS.sub("", reference).translate(_WIDTH)


def title_with_suffix(extracted: str | None, reference: str) -> bool:
    """Does the extracted title hold the reference title (a site's name around it allowed)?"""
    if not extracted:
        return False
    return _WS.sub("", reference).translate(_WIDTH) in _WS.sub("", extracted).translate(_WIDTH)


def iso_date(value) -> str | None:
    """The first full date in ``value`` as ``YYYY-MM-DD``, or None."""
    m = _DATE.search(str(value or ""))
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def summarise(rows: list[dict]) -> dict:
    """Means over pages of a list of per-page rows (keys ``precision``, ``recall``, ``f1``,
    ``lcs``, ``extracted``, ``title_ok``, ``title_suffix_ok``, ``date`` (None when the
    system gives none), ``date_ok``): ``debris`` is the share of all extracted body
    characters outside the LCS (pooled over pages)."""
    n = len(rows)
    if not n:
        return {}
    extracted = sum(r["extracted"] for r in rows)
    dated = [r for r in rows if r.get("date_ok") is not None]
    return {
        "pages": n,
        "precision": sum(r["precision"] for r in rows) / n,
        "recall": sum(r["recall"] for r in rows) / n,
        "f1": sum(r["f1"] for r in rows) / n,
        "under_95": sum(r["f1"] < 0.95 for r in rows),
        "debris": (extracted - sum(r["lcs"] for r in rows)) / extracted if extracted else 0.0,
        "title": sum(r["title_ok"] for r in rows) / n,
        "title_suffix": sum(r["title_suffix_ok"] for r in rows) / n,
        "date": (sum(r["date_ok"] for r in dated) / n) if dated else None,
        "date_missing": sum(r.get("date") is None for r in rows) if dated else None,
    }
