"""Documents for a topic model: body paragraphs or windows of sentences inside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from zhframe.keywords import self_reference_terms


def make_documents(paragraphs: pd.DataFrame, window: int | None = None,
                   splitter: Callable[[str], list[str]] | None = None,
                   text_col: str = "text") -> pd.DataFrame:
    """The documents a topic model is fitted on.

    Parameters
    ----------
    paragraphs : DataFrame
        One row per body paragraph, in reading order, with a ``text`` column
        and any metadata (``doc_id``, ``para``, ``district``...), e.g. from
        :func:`zhframe.cleanup.body_paragraphs`.
    window : int or None
        None: one document per paragraph. ``n``: consecutive, non-overlapping
        windows of ``n`` sentences within each paragraph (windows never cross
        a paragraph border; a paragraph's last window may be shorter).
    splitter : callable, optional
        str -> list of sentences; default :func:`zhframe.cleanup.split_sentences`.

    Returns
    -------
    DataFrame
        The paragraphs' columns plus ``unit`` (the paragraph's row number in
        ``paragraphs``, the resampling unit for the bootstrap), ``window``
        (0 for whole paragraphs), ``text`` and ``n_chars``; empty texts dropped.
    """
    if text_col not in paragraphs.columns:
        raise ValueError(f"paragraphs has no {text_col!r} column")
    if window is not None and (not isinstance(window, (int, np.integer)) or window < 1):
        raise ValueError(f"window must be None or a positive integer, got {window!r}")
    base = paragraphs.reset_index(drop=True).copy()
    base["unit"] = np.arange(len(base))
    if window is None:
        docs = base.assign(window=0)
    else:
        if splitter is None:
            from zhframe.cleanup import split_sentences as splitter
        rows = []
        for rec in base.to_dict("records"):
            sentences = [s for s in splitter(str(rec[text_col])) if s.strip()]
            for w, start in enumerate(range(0, len(sentences), window)):
                rows.append({**rec, "window": w, text_col: "".join(sentences[start:start + window])})
        docs = pd.DataFrame(rows, columns=[*base.columns, "window"])
    docs[text_col] = docs[text_col].astype(str)
    docs = docs[docs[text_col].str.strip() != ""].reset_index(drop=True)
    docs["n_chars"] = docs[text_col].str.len()
    return docs


def group_name_terms(values: Iterable) -> list[str]:
    """The group labels as terms to leave out of a topic model, sorted.

    Each value (e.g. ``"北碚区"``) plus its short form without an
    administrative suffix (``"北碚"``) when that leaves at least two characters.
    """
    return self_reference_terms(values, generic=False)
