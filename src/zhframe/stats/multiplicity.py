"""Multiplicity: Benjamini-Hochberg and its discrete (Tarone/Gilbert) variant."""

from __future__ import annotations

import numpy as np


def bh_qvalues(p) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (q-values) of a family of tests.

    Benjamini, Y. & Hochberg, Y. (1995). Controlling the false discovery rate.
    *JRSS B* 57(1), 289-300. ``q_(i) = min_{j >= i} m p_(j) / j``, capped at 1;
    NaN p-values are left out of ``m`` and get NaN.
    """
    p = np.asarray(p, dtype=float)
    q = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return q
    order = np.argsort(p[ok], kind="stable")
    ranked = p[ok][order] * m / np.arange(1, m + 1)
    ranked = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(ranked, 1.0)
    q[ok] = out
    return q


def discrete_bh(p, p_min, alpha: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Benjamini-Hochberg over the features that can reach significance (Gilbert 2005).

    Tarone, R. E. (1990). A modified Bonferroni method for discrete data.
    *Biometrics* 46(2), 515-522. Gilbert, P. B. (2005). A modified false
    discovery rate multiple-comparisons procedure for discrete data applied to
    human immunodeficiency virus genetics. *JRSS C* 54(1), 143-158.

    With many rare words most tests cannot produce a small p-value at all (a
    word in two paragraphs can at best be "both in the target"). Counting them
    in BH's ``m`` only costs power. Gilbert's procedure finds the smallest ``K``
    with ``m(K) = #{j: p_min_j <= alpha / K} <= K`` and applies BH to those
    ``m(K)`` features; the others get q = 1. The selection uses ``p_min`` only,
    which does not depend on the labels, so the FDR stays controlled.

    Parameters
    ----------
    p : array (..., n_features)
        p-values; several rows (labelings) are adjusted one by one.
    p_min : array (n_features,)
        Smallest attainable p-value of each feature (:func:`permutation_pvalues`).

    Returns
    -------
    (q, testable) : q-values shaped like ``p``; bool (n_features,) kept by the screen.
    """
    p = np.asarray(p, dtype=float)
    p_min = np.asarray(p_min, dtype=float)
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1, got {alpha}")
    n = len(p_min)
    testable = np.zeros(n, dtype=bool)
    srt = np.sort(p_min)
    for k in range(1, n + 1):
        m_k = int(np.searchsorted(srt, alpha / k, side="right"))
        if m_k <= k:
            testable = p_min <= alpha / k
            break
    q = np.ones(p.shape)
    if testable.any():
        flat = p.reshape(-1, n)
        qf = q.reshape(-1, n)
        for r in range(len(flat)):
            qf[r, testable] = bh_qvalues(flat[r, testable])
    return q, testable

