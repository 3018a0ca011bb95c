"""Uncertainty of keyness: resampling intervals and permutation p-values of Log Ratio."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from zhframe.keywords.statistics import log_ratio
from zhframe.stats import bootstrap_group_sums, percentile_interval


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

    Paragraphs are resampled within target and within reference
    (:func:`zhframe.stats.bootstrap_group_sums`), counts and token totals
    recomputed, and Log Ratio (:func:`log_ratio`) taken in each replicate.
    A difference "holds up" when the interval excludes 0: it does not rest on
    one or two paragraphs. This is variation *within* the articles at hand; it
    cannot show how another article by the same paper would differ.
    """
    is_target = np.asarray(is_target, dtype=bool)
    labels = np.where(is_target, "target", "reference")
    sums = bootstrap_group_sums(X, labels, n_boot=n_boot, random_state=random_state)
    a, b = sums["target"], sums["reference"]
    c = a.sum(axis=1, keepdims=True)
    d = b.sum(axis=1, keepdims=True)
    return percentile_interval(log_ratio(a, b, c, d), ci=ci)


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
    rng = np.random.default_rng(random_state)
    perms = np.array([rng.permutation(is_target) for _ in range(n_perm)], dtype=float)
    a = np.asarray((sp.csr_matrix(perms) @ X).todense())
    total = np.asarray(X.sum(axis=0)).ravel()
    b = total[None, :] - a
    c = a.sum(axis=1, keepdims=True)
    d = b.sum(axis=1, keepdims=True)
    a_obs = np.asarray(X[is_target].sum(axis=0)).ravel()
    obs = log_ratio(a_obs, total - a_obs, a_obs.sum(), total.sum() - a_obs.sum())
    exceed = (np.abs(log_ratio(a, b, c, d)) >= np.abs(obs)[None, :] - 1e-12).sum(axis=0)
    return (1.0 + exceed) / (1.0 + n_perm)
