"""Keyness inference: which terms hold up, tested at the sampling unit, with intervals.

:func:`choose_design` picks the unit (articles, or paragraphs when a side has one
article), :func:`keyness_inference` runs the permutation test, Gilbert's discrete
Benjamini-Hochberg and the cluster-bootstrap interval
(:func:`zhframe.stats.family_inference`), and :func:`describe_design` says in words
what a holding term means under the design. :func:`bootstrap_log_ratio` and
:func:`permutation_log_ratio` are the older paragraph-level helpers, kept for
callers and computed in bounded memory.
"""

from __future__ import annotations

import numpy as np
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


def permutation_log_ratio(X, is_target, n_perm: int = 1000, random_state: int = 0) -> np.ndarray:
    """Two-sided paragraph-permutation p-value of each term's Log Ratio.

    The group labels are shuffled over paragraphs ``n_perm`` times (keeping
    group sizes); ``p = (1 + #{|LR_perm| >= |LR_obs|}) / (1 + n_perm)``. The
    null hypothesis is that paragraphs are exchangeable between the groups,
    so a word carried by a few paragraphs gets a modest p-value however many
    times those paragraphs repeat it (Good 2005, *Permutation, Parametric and
    Bootstrap Tests of Hypotheses*).
    """
    is_target = np.asarray(is_target, dtype=bool)
    X = sp.csr_matrix(X) if not sp.issparse(X) else X.tocsr()
    sizes = np.asarray(X.sum(axis=1)).ravel()
    p, _ = stats.permutation_pvalues(X, sizes, is_target, "log_ratio", n_perm=n_perm, random_state=random_state)
    return p[0]


# ---------------------------------------------------------------- calibrated inference at the sampling unit

#: Designs: which units the group labels are permuted (and resampled) over.
DESIGNS = ("auto", "articles", "paragraphs")
#: Default permutations: enough that a term can pass BH at 0.05 among a few hundred testable terms.
N_PERM = 9999


def choose_design(paragraphs, by: str, target, unit: str = "doc_id", design: str = "auto") -> str:
    """The sampling unit of a comparison: ``"articles"`` or ``"paragraphs"``.

    ``auto``: articles when the target and the rest each have at least two
    articles (then articles are what was sampled, and the test asks about the
    groups); paragraphs when either side has one article only (then the test
    can only ask whether *these articles* differ more than their paragraphs'
    shuffling would produce). ``design="articles"`` or ``"paragraphs"`` forces
    one; articles with one article on a side is an error (nothing to permute).
    """
    if design not in DESIGNS:
        raise ValueError(f"design must be one of {', '.join(DESIGNS)}, got {design!r}")
    values = paragraphs[by].astype(str)
    if unit not in paragraphs.columns:
        if design == "articles":
            raise ValueError(f"design='articles' needs a {unit!r} column naming each paragraph's article")
        return "paragraphs"
    is_t = (values == str(target)).to_numpy()
    n_t = paragraphs.loc[is_t, unit].nunique()
    n_r = paragraphs.loc[~is_t, unit].nunique()
    if design == "articles" and min(n_t, n_r) < 2:
        raise ValueError(f"design='articles' needs at least two articles on each side "
                         f"({target}: {n_t}, the rest: {n_r})")
    if design != "auto":
        return design
    return "articles" if min(n_t, n_r) >= 2 else "paragraphs"


def describe_design(design: str, n_target: int, n_rest: int) -> str:
    """One sentence naming the design, for tables and prose."""
    if design == "articles":
        return (f"group labels permuted over articles ({n_target} against {n_rest}): "
                "a holding difference is one between the groups these articles were sampled from")
    return (f"group labels permuted over paragraphs ({n_target} against {n_rest} paragraphs) because a side "
            "has one article: a holding difference is one between these articles, not between the groups")


def keyness_inference(X, is_target, units=None, *, n_perm: int = N_PERM, n_boot: int = 1000,
                      alpha: float = 0.05, ci: float = 0.95, random_state: int = 0, n_null: int = 0,
                      null_random_state: int = 1) -> dict:
    """Per-term permutation p-values, q-values, Log Ratio intervals and ``holds_up``.

    ``X``: term counts per paragraph (:func:`~zhframe.keywords.count_matrix`);
    ``is_target``: bool per paragraph; ``units``: the article of each paragraph
    (article design) or None (paragraph design). The statistic is Log Ratio
    (Hardie 2014); see :func:`zhframe.stats.family_inference` for the test
    (unit permutation, Gilbert's discrete BH), the interval (cluster bootstrap
    with Jeffreys-smoothed rates) and ``n_null`` (a measured null).
    """
    X = sp.csr_matrix(X) if not sp.issparse(X) else X.tocsr()
    sizes = np.asarray(X.sum(axis=1)).ravel()
    return stats.family_inference(X, sizes, is_target, units, statistic="log_ratio", n_perm=n_perm,
                                  n_boot=n_boot, alpha=alpha, ci=ci, random_state=random_state,
                                  n_null=n_null, null_random_state=null_random_state)
