"""Resampling shared by every analysis: the stratified unit bootstrap.

With a handful of articles, token-level statistics treat every token as an
independent draw and so overstate certainty: tokens cluster in paragraphs
(one paragraph about street lamps says 路灯 five times). The honest unit of
resampling is the paragraph (or another block). This module resamples units
*within each group* (stratified, so every replicate keeps each group's number
of units), the nonparametric bootstrap of Efron & Tibshirani (1993, *An
Introduction to the Bootstrap*, ch. 6 and 13, percentile intervals).

Resampling is done with multinomial weights: replicate ``b`` gives unit ``i``
a weight ``w[b, i]`` (how many times it was drawn), so any additive statistic
(counts, sums of rates) is one sparse matrix product ``w @ X`` instead of a
Python loop. Every function takes a ``random_state`` and is deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp


def resample_weights(groups: Sequence, n_boot: int = 1000, random_state: int = 0) -> np.ndarray:
    """Stratified bootstrap weights.

    Parameters
    ----------
    groups : sequence, length n_units
        Group label of each unit (e.g. the district of each paragraph).
    n_boot : int
        Number of replicates.
    random_state : int
        Seed of the generator (numpy ``default_rng``).

    Returns
    -------
    ndarray of shape (n_boot, n_units), int
        ``w[b, i]`` = times unit ``i`` is drawn in replicate ``b``; within
        each group the weights of a replicate sum to that group's unit count.
    """
    groups = np.asarray(groups)
    if groups.ndim != 1 or len(groups) == 0:
        raise ValueError("groups must be a non-empty one-dimensional sequence")
    if n_boot < 1:
        raise ValueError(f"n_boot must be >= 1, got {n_boot}")
    rng = np.random.default_rng(random_state)
    weights = np.zeros((n_boot, len(groups)), dtype=np.int64)
    for label in sorted(set(groups.tolist()), key=str):  # sorted: same draws whatever the order
        idx = np.flatnonzero(groups == label)
        weights[:, idx] = rng.multinomial(len(idx), np.full(len(idx), 1.0 / len(idx)), size=n_boot)
    return weights


def bootstrap_group_sums(X, groups: Sequence, n_boot: int = 1000, random_state: int = 0
                         ) -> dict[object, np.ndarray]:
    """Per-group column sums of ``X`` under the stratified bootstrap.

    Parameters
    ----------
    X : array or scipy.sparse matrix, shape (n_units, n_features)
        One row per unit (e.g. term counts per paragraph).
    groups : sequence, length n_units
    n_boot, random_state : see :func:`resample_weights`.

    Returns
    -------
    dict
        group label -> ndarray (n_boot, n_features) of that group's resampled
        column sums. Row ``b`` of every group comes from the same replicate.
    """
    groups = np.asarray(groups)
    if X.shape[0] != len(groups):
        raise ValueError(f"X has {X.shape[0]} rows but groups has {len(groups)} labels")
    weights = resample_weights(groups, n_boot, random_state)
    X = sp.csr_matrix(X) if not sp.issparse(X) else X.tocsr()
    out = {}
    for label in sorted(set(groups.tolist()), key=str):
        idx = np.flatnonzero(groups == label)
        out[label] = np.asarray((sp.csr_matrix(weights[:, idx]) @ X[idx]).todense())
    return out


def percentile_interval(samples: np.ndarray, ci: float = 0.95, axis: int = 0
                        ) -> tuple[np.ndarray, np.ndarray]:
    """Percentile bootstrap interval: the ``(1-ci)/2`` and ``(1+ci)/2`` quantiles along ``axis``."""
    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1, got {ci}")
    lo, hi = np.nanquantile(samples, [(1 - ci) / 2, (1 + ci) / 2], axis=axis)
    return lo, hi
