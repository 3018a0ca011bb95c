"""The keyness table: every term's counts and statistics, target group against the rest."""

from __future__ import annotations

import numpy as np
import pandas as pd

from zhframe.keywords.concordance import term_families
from zhframe.keywords.counting import Tokenizer, _check_paragraphs, _target_mask, count_matrix
from zhframe.keywords.inference import N_PERM, choose_design, describe_design, keyness_inference
from zhframe.keywords.statistics import (dirichlet_prior, g2, g2_pvalue, jieba_background, log_odds_dirichlet,
                                         log_ratio)

KEYNESS_COLUMNS = ["term", "count_target", "count_reference", "total_target", "total_reference",
                   "g2", "p_value", "log_ratio", "log_odds", "log_odds_z"]
#: Columns the calibrated inference adds (``p_value`` then is the permutation p-value).
INFERENCE_COLUMNS = ["g2_p_value", "q_value", "testable", "lr_low", "lr_high", "holds_up", "design"]


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
            jieba_tokenizer=None, design: str | None = None, alpha: float = 0.05,
            unit: str = "doc_id", compounds: bool = True) -> pd.DataFrame:
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
    design : "auto", "articles" or "paragraphs", optional
        Run the calibrated inference (also when ``n_boot`` or ``n_perm`` > 0):
        group labels permuted over the sampling unit
        (:func:`~zhframe.keywords.inference.choose_design`; ``auto`` = articles
        when each side has at least two, paragraphs otherwise), Benjamini-Hochberg
        over the testable terms (Gilbert 2005, :func:`zhframe.stats.discrete_bh`),
        and a cluster-bootstrap interval of Log Ratio
        (:func:`zhframe.stats.bootstrap_interval`). Adds ``p_value`` (permutation),
        ``q_value``, ``testable``, ``lr_low``, ``lr_high``, ``holds_up``
        (q <= ``alpha``) and ``design``; ``df.attrs["design"]`` and
        ``df.attrs["design_text"]`` say which design was used, in words.
    n_boot : int
        Bootstrap replicates of the interval (default 1000 when inference runs).
    n_perm : int
        Permutations of the test (default :data:`~zhframe.keywords.inference.N_PERM`).
    alpha : float
        False discovery rate of ``holds_up`` (default 0.05).
    unit : str
        Column naming each paragraph's article (for the article design).
    compounds : bool
        Add ``compounds``, ``compound_count_target``, ``compound_count_reference``
        (:func:`~zhframe.keywords.term_families`): the longer tokens that contain
        each term (党史 in 党史学习教育, 学党史...) with their counts, since the
        term's own count leaves those uses out.
    ci, random_state : bootstrap/permutation settings.
    jieba_tokenizer : jieba.Tokenizer, optional
        Used for ``prior="jieba"``.

    Returns
    -------
    DataFrame
        :data:`KEYNESS_COLUMNS` (+ inference columns), sorted by ``|g2|``
        descending, ties by ``term``. ``total_target``/``total_reference`` are
        the token counts the statistics used. ``g2_p_value`` is G²'s token-level
        p-value (optimistic: tokens are not independent draws); ``p_value`` is the
        same number without inference and the permutation p-value with it.
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
    df = keyness_table(terms, a, b, c, d, dirichlet_prior(a + b, alpha0, background))
    df["g2_p_value"] = df["p_value"]
    if compounds:
        df = df.join(term_families(terms, a, b), on="term")
    if design is not None or n_boot > 0 or n_perm > 0:
        chosen = choose_design(paragraphs, by, target, unit, design or "auto")
        units = paragraphs[unit].astype(str).to_numpy() if chosen == "articles" else None
        res = keyness_inference(X, is_target, units, n_perm=n_perm or N_PERM, n_boot=n_boot or 1000,
                                alpha=alpha, ci=ci, random_state=random_state)
        n_t, n_r = res["n_units"]
        inf = pd.DataFrame({"term": terms, "p_value": res["p_value"], "q_value": res["q_value"],
                            "testable": res["testable"], "lr_low": res["lr_low"], "lr_high": res["lr_high"],
                            "holds_up": res["holds_up"]})
        df = df.drop(columns="p_value").merge(inf, on="term", how="left")
        df = df[KEYNESS_COLUMNS + [c for c in df.columns if c not in KEYNESS_COLUMNS]]
        df["design"] = chosen
        df.attrs["design"] = chosen
        df.attrs["design_text"] = describe_design(chosen, n_t, n_r)
        df.attrs["alpha"] = alpha
    keep = (df["count_target"] + df["count_reference"]) >= min_count
    out = df[keep].reset_index(drop=True)
    out.attrs = dict(df.attrs)
    return out
