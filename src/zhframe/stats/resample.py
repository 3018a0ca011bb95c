"""Resampling: the stratified unit bootstrap and the cluster-bootstrap interval of a group difference.

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

#: Largest temporary array the permutation and bootstrap loops allocate, in bytes.
MAX_BYTES = 64 * 2**20


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

    Dense (n_boot, n_features) per group: meant for a few features (topic
    shares, rhetoric rates). For a vocabulary use :func:`bootstrap_interval`,
    which works in chunks and bounded memory.
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


def as_csc(counts):
    """``counts`` as a float CSC matrix (sparse input kept sparse)."""
    return counts.tocsc() if sp.issparse(counts) else sp.csc_matrix(np.asarray(counts, dtype=float))



def group_statistic(a, b, c, d, statistic: str) -> np.ndarray:
    """The compared statistic from target sums ``a`` (of counts), ``c`` (of sizes) and rest sums ``b``, ``d``.

    ``"log_ratio"``: Hardie's (2014) Log Ratio, ``log2((a/c)/(b/d))`` with 0.5 for
    a zero count (0 when both are zero); ``"difference"``: ``a/c - b/d``.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    with np.errstate(divide="ignore", invalid="ignore"):
        if statistic == "log_ratio":
            both = (a == 0) & (b == 0)
            out = np.log2((np.where(a == 0, 0.5, a) / c) / (np.where(b == 0, 0.5, b) / d))
            return np.where(both, 0.0, out)
        if statistic == "difference":
            return a / c - b / d
    raise ValueError(f"statistic must be 'log_ratio' or 'difference', got {statistic!r}")



def _weight_blocks(is_target: np.ndarray, n_boot: int, random_state: int, block: int):
    """Stratified bootstrap weights in blocks of replicates: same draws for the same arguments."""
    rng = np.random.default_rng(random_state)
    idx = [np.flatnonzero(is_target), np.flatnonzero(~is_target)]
    done = 0
    while done < n_boot:
        b = min(block, n_boot - done)
        w = np.zeros((b, len(is_target)))
        for ix in idx:
            w[:, ix] = rng.multinomial(len(ix), np.full(len(ix), 1.0 / len(ix)), size=b)
        yield w
        done += b


def bootstrap_interval(counts, sizes, is_target, statistic: str = "log_ratio", n_boot: int = 1000,
                       ci: float = 0.95, random_state: int = 0, jeffreys: bool = True,
                       max_bytes: int = MAX_BYTES) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of a group difference under the stratified unit (cluster) bootstrap.

    Units (articles, or paragraphs when a group has one article) are resampled
    with replacement within each group (Davison & Hinkley 1997, *Bootstrap
    Methods and their Application*, sec. 3.8; Field & Welsh 2007, "Bootstrapping
    clustered data", *JRSS B* 69(3)), so the interval includes the variation
    between articles when there are several. With ``jeffreys`` (for counts, the
    Log Ratio), each replicate's rates are then drawn from their Poisson-rate
    posterior under Jeffreys' prior, ``Gamma(count + 1/2, 1/exposure)``
    (Jeffreys 1946), so a word absent from one group still gets an interval
    that moves on that side instead of a fixed 0.5 substitute.

    Returns ``(low, high)`` arrays (n_features,). Memory is bounded by
    ``max_bytes`` (features in chunks; the weights are redrawn per chunk from
    the same seed, so every chunk sees the same replicates). Results are
    identical run to run for the same data and arguments, ``max_bytes`` included.
    """
    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1, got {ci}")
    is_target = np.asarray(is_target, dtype=bool)
    sizes = np.asarray(sizes, dtype=float)
    X = as_csc(counts)
    n_units, n_feat = X.shape
    block = int(max(1, min(n_boot, max_bytes // (8 * n_units))))
    chunk = int(max(1, max_bytes // (8 * n_boot * 4)))
    lo, hi = np.empty(n_feat), np.empty(n_feat)
    st, sr = sizes[is_target], sizes[~is_target]
    # the weights are drawn once and kept compact (uint8: a unit drawn 255 times
    # in one replicate does not happen in practice; checked) when they fit in
    # 4 x max_bytes; otherwise they are redrawn from the same seed for every chunk
    stored = None
    if n_boot * n_units <= 4 * max_bytes:
        stored = []
        for w in _weight_blocks(is_target, n_boot, random_state, block):
            if w.max() >= 255:  # never in practice; then redraw per chunk instead
                stored = None
                break
            stored.append((w[:, is_target].astype(np.uint8), w[:, ~is_target].astype(np.uint8)))

    def weights():
        if stored is not None:
            return ((wt.astype(float), wr.astype(float)) for wt, wr in stored)
        return ((w[:, is_target], w[:, ~is_target])
                for w in _weight_blocks(is_target, n_boot, random_state, block))

    for s in range(0, n_feat, chunk):
        e = min(n_feat, s + chunk)
        parts = []
        Xc = X[:, s:e].tocsr()  # one chunk's copy only, never the whole matrix
        Xt, Xr = Xc[is_target].T, Xc[~is_target].T
        for wt, wr in weights():
            a = np.asarray((Xt @ wt.T).T)
            b = np.asarray((Xr @ wr.T).T)
            c, d = (wt @ st)[:, None], (wr @ sr)[:, None]
            parts.append((a, b, c, d))
        a, b, c, d = (np.concatenate([x[i] for x in parts]) for i in range(4))
        if jeffreys:
            rng = np.random.default_rng([random_state, 7, s])
            ra = rng.gamma(a + 0.5) / c
            rb = rng.gamma(b + 0.5) / d
            val = np.log2(ra / rb) if statistic == "log_ratio" else ra - rb
        else:
            val = group_statistic(a, b, c, d, statistic)
        lo[s:e], hi[s:e] = np.nanquantile(val, [(1 - ci) / 2, (1 + ci) / 2], axis=0)
    return lo, hi


def unit_matrix(X, unit_ids) -> tuple[sp.csr_matrix, np.ndarray]:
    """Sum the rows of ``X`` (one per paragraph) into one row per unit; returns ``(counts, first_index)``.

    Units are in order of first appearance; ``first_index`` is the first row of each.
    """
    ids = np.asarray(unit_ids)
    _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    rows = rank[np.ravel(inverse)]
    S = sp.csr_matrix((np.ones(len(ids)), (rows, np.arange(len(ids)))), shape=(len(order), len(ids)))
    Xs = X if sp.issparse(X) else sp.csr_matrix(np.asarray(X, dtype=float))
    return (S @ Xs).tocsr(), first[order]


