"""Concordances (KWIC) and collocations (PMI and G²)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from zhframe.keywords.counting import _check_paragraphs
from zhframe.keywords.statistics import _xlogx_over

KWIC_COLUMNS = ["left", "term", "right", "group", "doc_id", "para"]


def kwic(paragraphs: pd.DataFrame, term: str, by: str | None = None, window: int = 15,
         regex: bool = False) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` in the paragraph texts.

    Parameters
    ----------
    paragraphs : DataFrame with ``text`` (and ``doc_id``, ``para``, ``by`` if present).
    term : str
        Searched literally in the normalised paragraph text (so 党史 also
        matches inside 党史学习教育), or as a regular expression if ``regex``.
    by : str, optional
        Grouping column reported as ``group``.
    window : int
        Characters of context on each side (Chinese has no spaces to count words by).

    Returns
    -------
    DataFrame :data:`KWIC_COLUMNS` plus ``start`` (character offset in the
    paragraph), in paragraph order then position.
    """
    _check_paragraphs(paragraphs, by)
    if not term:
        raise ValueError("term must be a non-empty string")
    pattern = re.compile(term if regex else re.escape(term))
    rows = []
    for _, row in paragraphs.iterrows():
        text = str(row["text"])
        for m in pattern.finditer(text):
            s, e = m.span()
            rows.append({"left": text[max(0, s - window):s], "term": m.group(0),
                         "right": text[e:e + window],
                         "group": row[by] if by is not None else None,
                         "doc_id": row.get("doc_id"), "para": row.get("para"), "start": s})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS + ["start"])


def _g2_table(o11, r1, c1, n) -> np.ndarray:
    """Unsigned G² of 2x2 tables given by cell o11, row total r1, column total c1, grand total n."""
    o11, r1, c1, n = (np.asarray(x, dtype=float) for x in (o11, r1, c1, n))
    obs = [o11, r1 - o11, c1 - o11, n - r1 - c1 + o11]
    exp = [r1 * c1 / n, r1 * (n - c1) / n, (n - r1) * c1 / n, (n - r1) * (n - c1) / n]
    return np.maximum(2.0 * sum(_xlogx_over(o, e) for o, e in zip(obs, exp)), 0.0)


def collocations(token_lists: Iterable[Sequence[str]], window: int = 5, min_count: int = 3,
                 node: str | None = None) -> pd.DataFrame:
    """Word pairs that co-occur within ``window`` tokens more often than chance.

    Parameters
    ----------
    token_lists : iterable of token lists
        One list per paragraph; pairs never cross a paragraph boundary.
    window : int
        ``right`` is counted when it follows ``left`` at most ``window`` tokens later.
    min_count : int
        Keep pairs seen at least this many times (PMI overrates rare pairs).
    node : str, optional
        Keep only pairs with ``node`` on either side.

    Returns
    -------
    DataFrame ``[left, right, count, expected, pmi, g2]`` sorted by g2
    descending, then left, right.

    Each (position, later position within window) is one slot; ``R1`` = slots
    starting with ``left``, ``C1`` = slots ending with ``right``, ``N`` = all
    slots, ``expected = R1*C1/N``. PMI = ``log2(count/expected)`` (Church &
    Hanks 1990); G² is Dunning's (1993) log-likelihood of the 2x2 table
    (count, R1, C1, N), which unlike PMI does not favour rare pairs
    (Evert 2008, "Corpora and collocations").
    """
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    pairs: Counter = Counter()
    first: Counter = Counter()
    second: Counter = Counter()
    n_slots = 0
    for tokens in token_lists:
        tokens = list(tokens)
        for i, x in enumerate(tokens):
            for y in tokens[i + 1:i + 1 + window]:
                pairs[(x, y)] += 1
                first[x] += 1
                second[y] += 1
                n_slots += 1
    rows = [(x, y, o) for (x, y), o in pairs.items()
            if o >= min_count and (node is None or node in (x, y))]
    cols = ["left", "right", "count", "expected", "pmi", "g2"]
    if not rows:
        return pd.DataFrame(columns=cols)
    left, right, o = (np.array(v, dtype=object) for v in zip(*rows))
    o = o.astype(float)
    r1 = np.array([first[x] for x in left], dtype=float)
    c1 = np.array([second[y] for y in right], dtype=float)
    expected = r1 * c1 / n_slots
    df = pd.DataFrame({"left": left, "right": right, "count": o.astype(int), "expected": expected,
                       "pmi": np.log2(o / expected), "g2": _g2_table(o, r1, c1, n_slots)})
    order = np.lexsort((df["right"].astype(str), df["left"].astype(str), -df["g2"].to_numpy()))
    return df.iloc[order].reset_index(drop=True)
