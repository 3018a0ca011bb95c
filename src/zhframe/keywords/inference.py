"""Keyness inference: which terms hold up, tested at the sampling unit, with intervals.

:func:`choose_design` picks the unit (articles, or paragraphs when a side has one
article; paragraphs are refused when each side has several articles),
:func:`keyness_inference` tests one group against the rest and
:func:`group_inference` every group against the rest in one pass: the share of
units (articles, or paragraphs) using each term, Fisher's exact test (the exact
permutation test of that count, no Monte Carlo floor), Gilbert's screen and one
Benjamini-Hochberg over every contrast, and the interval of the same quantity
(:func:`zhframe.stats.share_contrasts`). :func:`describe_design` says in words what a
holding term means under the design. :func:`bootstrap_log_ratio` is the older paragraph-level
interval, kept for callers and computed in bounded memory.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe import stats


def bootstrap_log_ratio(X, is_target, n_boot: int = 1000, ci: float = 0.95,
                        random_state: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of each term's Log Ratio under the stratified paragraph bootstrap.

    Parameters
    ----------
    X : sparse or dense (n_paragraphs, n_terms)
        Term counts per paragraph (:func:`count_matrix`).
    is_target : bool array, n_paragraphs
        Which paragraphs belong to the target group (the rest is the reference).

    Returns
    -------
    (low, high) : ndarrays (n_terms,)

    Paragraphs are resampled within target and within reference, counts and
    token totals recomputed, and Log Ratio (Hardie's 0.5 for a zero) taken in
    each replicate (:func:`zhframe.stats.bootstrap_interval`, bounded memory).
    Descriptive only: it is *not* what ``holds_up`` means (that is the
    permutation test with BH in :func:`keyness_inference`); used alone, "the
    interval excludes 0" flags terms in most random-label corpora
    (``tests/test_calibration.py``).
    """
    is_target = np.asarray(is_target, dtype=bool)
    X = sp.csr_matrix(X) if not sp.issparse(X) else X.tocsr()
    sizes = np.asarray(X.sum(axis=1)).ravel()
    # same paragraph bootstrap and percentile interval as always, computed in
    # bounded memory (zhframe.stats.bootstrap_interval) instead of dense arrays
    return stats.bootstrap_interval(X, sizes, is_target, "log_ratio", n_boot=n_boot, ci=ci,
                                    random_state=random_state, jeffreys=False)


# ---------------------------------------------------------------- calibrated inference at the sampling unit

#: Designs: which units the group labels are permuted (and resampled) over.
DESIGNS = stats.DESIGNS
#: Default permutations of the older fixed-draw helpers (the share test is exact and needs none).
N_PERM = 9999


def _units_per_side(paragraphs, by: str, target, unit: str) -> tuple[int, int]:
    """Articles wholly on each side (an article whose paragraphs carry both labels is on neither:
    with labels that vary within articles, paragraphs are the only unit there is)."""
    is_t = pd.Series((paragraphs[by].astype(str) == str(target)).to_numpy(), index=paragraphs.index)
    share = is_t.groupby(paragraphs[unit].astype(str)).mean()
    return int((share == 1).sum()), int((share == 0).sum())


def choose_design(paragraphs, by: str, target, unit: str = "doc_id", design: str = "auto") -> str:
    """The sampling unit of a comparison: ``"articles"`` or ``"paragraphs"``
    (:func:`zhframe.stats.unit_design`).

    ``auto``: articles when the target and the rest each have at least two
    articles; paragraphs when either side has one article only (then the test
    can only ask whether *these articles* differ). ``design="articles"`` with one
    article on a side, and ``design="paragraphs"`` with several on each side, are
    refused with one line.
    """
    if design not in DESIGNS:
        raise ValueError(f"design must be one of {', '.join(DESIGNS)}, got {design!r}")
    if unit not in paragraphs.columns:
        return stats.unit_design(0, 0, design, has_units=False)
    n_t, n_r = _units_per_side(paragraphs, by, target, unit)
    return stats.unit_design(n_t, n_r, design, target=str(target))


def describe_design(design: str, n_target: int, n_rest: int, n_articles: tuple[int, int] | None = None,
                    has_units: bool = True) -> str:
    """One sentence naming the design and why (:func:`zhframe.stats.design_sentence`)."""
    return stats.design_sentence(design, n_target, n_rest, n_articles, has_units)


def unit_counts(X, units=None):
    """Term counts summed per unit (article) and each unit's first row: ``(counts, first)``.
    ``units`` None: every row is its own unit."""
    X = sp.csr_matrix(X) if not sp.issparse(X) else X.tocsr()
    if units is None:
        return X, np.arange(X.shape[0])
    return stats.unit_matrix(X, np.asarray(units))


def keyness_inference(X, is_target, units=None, *, n_perm: int = N_PERM, n_boot: int = 1000,
                      alpha: float = 0.05, ci: float = 0.95, random_state: int = 0, n_null: int = 0,
                      null_random_state: int = 1) -> dict:
    """Per-term exact test of the share of units using it, target against the rest.

    ``X``: term counts per paragraph (:func:`~zhframe.keywords.count_matrix`);
    ``is_target``: bool per paragraph; ``units``: the article of each paragraph
    (article design) or None (paragraph design: every paragraph is a unit).
    Returns a dict of arrays over terms: ``p_value`` (Fisher's exact test, doubled
    tail), ``q_value`` (BH after Gilbert's screen), ``testable``, ``effect`` (log2
    ratio of the shares of units using the term), ``low``/``high`` (also
    ``lr_low``/``lr_high``: its interval, one-sided for n/0), ``units_target``,
    ``units_rest`` (units using it), ``holds_up``; ``null_holding`` (holding counts
    under ``n_null`` random relabelings of the units) and ``n_units`` (target, rest).
    ``n_perm``, ``n_boot``, ``random_state`` are accepted for old callers; the
    test is exact and the interval analytic.
    """
    is_target = np.asarray(is_target, dtype=bool)
    U, first = unit_counts(X, units)
    u_t = is_target[first]
    if units is not None:
        per = stats.unit_matrix(is_target[:, None].astype(float), np.asarray(units))[0].toarray().ravel()
        n_rows = stats.unit_matrix(np.ones((len(is_target), 1)), np.asarray(units))[0].toarray().ravel()
        if ((per > 0) & (per < n_rows)).any():
            raise ValueError("a sampling unit (article) has paragraphs in both groups: "
                             "group labels must be constant within a unit")
    keep = np.asarray(U.sum(axis=1)).ravel() > 0  # a unit with no tokens carries no information
    U, u_t = U[keep], u_t[keep]
    res = _one_contrast(U, u_t, alpha, ci)
    rng = np.random.default_rng(null_random_state)
    res["null_holding"] = np.array([int(_one_contrast(U, rng.permutation(u_t), alpha, ci)["holds_up"].sum())
                                    for _ in range(n_null)], dtype=np.int64)
    res["n_units"] = (int(u_t.sum()), int((~u_t).sum()))
    return res


def _one_contrast(U, u_t, alpha, ci) -> dict:
    labels = np.where(u_t, "target", "zrest")  # "target" sorts first: it is the group compared
    c = stats.share_contrasts(U, labels, alpha=alpha, ci=ci, min_units=1, keep="all")
    c = c.sort_values("feature").reset_index(drop=True)
    return {"p_value": c["p_value"].to_numpy(), "q_value": c["q_value"].to_numpy(),
            "testable": c["testable"].to_numpy(), "effect": c["difference"].to_numpy(),
            "low": c["lo"].to_numpy(), "high": c["hi"].to_numpy(), "lr_low": c["lo"].to_numpy(),
            "lr_high": c["hi"].to_numpy(), "holds_up": c["holds_up"].to_numpy(),
            "units_target": c["x_group"].to_numpy(), "units_rest": c["x_rest"].to_numpy()}


def group_design(unit_counts_by_group: dict, design: str = "auto", has_units: bool = True) -> str:
    """Design of a comparison of every group against the rest.

    Articles when at least two groups have two or more articles (groups with one
    article are then kept in the rest and not compared); paragraphs when fewer
    do (the seeds: one article per group). Forcing paragraphs with two or more
    groups of several articles, or articles with fewer, is refused.
    """
    if design not in DESIGNS:
        raise ValueError(f"design must be one of {', '.join(DESIGNS)}, got {design!r}")
    if not has_units:
        return stats.unit_design(0, 0, design, has_units=False)
    several = sum(n >= 2 for n in unit_counts_by_group.values())
    if design == "articles" and several < 2:
        raise ValueError("design='articles' needs at least two groups with two articles or more "
                         f"({several} have)")
    if design == "paragraphs" and several >= 2:
        raise ValueError(f"design='paragraphs' refused: {several} groups have several articles; "
                         "test at the articles")
    if design != "auto":
        return design
    return "articles" if several >= 2 else "paragraphs"


def group_inference(X, labels, units=None, *, strata=None, alpha: float = 0.05, ci: float = 0.95,
                    min_units: int = 2, keep: str = "present", compare=None):
    """Every group against the rest, every term, in one pass (:func:`zhframe.stats.share_contrasts`).

    ``X``: term counts per paragraph; ``labels``: group per paragraph; ``units``:
    article per paragraph (article design: groups with fewer than ``min_units``
    articles are not compared) or None (paragraph design: every group is compared,
    its paragraphs the units). ``strata``: per paragraph (e.g. year): contrasts
    adjusted for it. Returns the contrast table (``feature`` = term column).
    """
    labels = np.asarray([str(x) for x in labels])
    U, first = unit_counts(X, units)
    keep_u = np.asarray(U.sum(axis=1)).ravel() > 0
    strat = None if strata is None else np.asarray([str(s) for s in strata])[first][keep_u]
    return stats.share_contrasts(U[keep_u], labels[first][keep_u], strata=strat, alpha=alpha, ci=ci,
                                 min_units=min_units if units is not None else 1, keep=keep, compare=compare)
