"""The keyness table: every term's counts and statistics, target group against the rest."""

from __future__ import annotations

import numpy as np
import pandas as pd

from zhframe.keywords.counting import Tokenizer, _check_paragraphs, _target_mask, count_matrix
from zhframe.keywords.inference import bootstrap_log_ratio, permutation_log_ratio
from zhframe.keywords.statistics import (dirichlet_prior, g2, g2_pvalue, jieba_background, log_odds_dirichlet,
                                         log_ratio)

KEYNESS_COLUMNS = ["term", "count_target", "count_reference", "total_target", "total_reference",
                   "g2", "p_value", "log_ratio", "log_odds", "log_odds_z"]


def keyness_table(terms, a, b, c: float, d: float, alpha=None) -> pd.DataFrame:
    """Keyness of every term from target/reference counts, sorted by |G²| then term.

    ``terms``, ``a`` (target counts), ``b`` (reference counts) align; ``c``,
    ``d`` are the token totals; ``alpha`` the prior (default
    :func:`dirichlet_prior` of ``a + b``). Columns :data:`KEYNESS_COLUMNS`.
    """
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    if alpha is None:
        alpha = dirichlet_prior(a + b)
    delta, z = log_odds_dirichlet(a, b, c, d, alpha)
    stat = g2(a, b, c, d)
    df = pd.DataFrame({
        "term": np.asarray(terms, dtype=object), "count_target": a, "count_reference": b,
        "total_target": int(c), "total_reference": int(d), "g2": stat, "p_value": g2_pvalue(stat),
        "log_ratio": log_ratio(a, b, c, d), "log_odds": delta, "log_odds_z": z})
    return sort_by_abs(df, "g2")


def sort_by_abs(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows sorted by ``|column|`` descending, ties by ``term``; fresh index."""
    order = np.lexsort((df["term"].astype(str).to_numpy(), -np.abs(df[column].to_numpy())))
    return df.iloc[order].reset_index(drop=True)


def keyness(paragraphs: pd.DataFrame, by: str, target, tokenizer: Tokenizer, *,
            min_count: int = 1, prior: str = "pooled", alpha0: float | None = None,
            n_boot: int = 0, n_perm: int = 0, ci: float = 0.95, random_state: int = 0,
            jieba_tokenizer=None) -> pd.DataFrame:
    """Keyness of the ``target`` group against all other groups together.

    Parameters
    ----------
    paragraphs : DataFrame
        One row per paragraph with ``text`` and the column ``by``.
    by : str
        Grouping column; may have any number (>= 2) of values.
    target : value of ``by``
        The group compared with the rest (compared as strings).
    tokenizer : callable str -> list of str
        E.g. the project tokenizer, or a :class:`MaskedTokenizer` around it.
    min_count : int
        Keep terms with at least this many tokens in target and reference together.
        Totals always count every token, so the statistics do not depend on it.
    prior : "pooled" or "jieba"
        Shape of the Dirichlet prior (see :func:`dirichlet_prior`).
    alpha0 : float, optional
        Total prior weight (default: pooled token count).
    n_boot : int
        If > 0, add ``lr_low``, ``lr_high`` (percentile interval of Log Ratio
        under the stratified paragraph bootstrap, :func:`bootstrap_log_ratio`)
        and ``holds_up`` (the interval excludes 0).
    n_perm : int
        If > 0, add ``perm_p`` (paragraph-permutation p-value of Log Ratio,
        :func:`permutation_log_ratio`).
    ci, random_state : bootstrap/permutation settings.
    jieba_tokenizer : jieba.Tokenizer, optional
        Used for ``prior="jieba"``.

    Returns
    -------
    DataFrame
        :data:`KEYNESS_COLUMNS` (+ interval columns), sorted by ``|g2|``
        descending, ties by ``term``. ``total_target``/``total_reference`` are
        the token counts the statistics used.
    """
    _check_paragraphs(paragraphs, by)
    if prior not in ("pooled", "jieba"):
        raise ValueError(f"prior must be 'pooled' or 'jieba', got {prior!r}")
    is_target = _target_mask(paragraphs, by, target)
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    a = np.asarray(X[is_target].sum(axis=0)).ravel()
    b = np.asarray(X[~is_target].sum(axis=0)).ravel()
    c, d = int(a.sum()), int(b.sum())
    if c == 0 or d == 0:
        raise ValueError(f"the {'target' if c == 0 else 'reference'} group has no tokens")
    background = jieba_background(terms, jieba_tokenizer) if prior == "jieba" else None
    alpha = dirichlet_prior(a + b, alpha0, background)
    df = keyness_table(terms, a, b, c, d, alpha)
    if n_boot > 0:
        lo, hi = bootstrap_log_ratio(X, is_target, n_boot=n_boot, ci=ci, random_state=random_state)
        iv = pd.DataFrame({"term": terms, "lr_low": lo, "lr_high": hi})
        iv["holds_up"] = (iv["lr_low"] > 0) | (iv["lr_high"] < 0)
        df = df.merge(iv, on="term", how="left")
    if n_perm > 0:
        p = permutation_log_ratio(X, is_target, n_perm=n_perm, random_state=random_state)
        df = df.merge(pd.DataFrame({"term": terms, "perm_p": p}), on="term", how="left")
    keep = (df["count_target"] + df["count_reference"]) >= min_count
    return df[keep].reset_index(drop=True)
