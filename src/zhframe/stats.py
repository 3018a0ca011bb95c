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
from scipy.special import gammaln


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


# ---------------------------------------------------------------- permutation tests at the sampling unit
#
# The tests below work on *units* (articles, or paragraphs when a group has one
# article): ``counts`` (n_units, n_features) holds what each unit contributes to a
# feature (token counts of a term, characters of a topic, matches of a rhetoric
# feature) and ``sizes`` (n_units,) its exposure (tokens, characters). A group's
# value is a ratio of sums, sum(counts) / sum(sizes), so long units weigh more,
# as they do in the pooled rate a reader sees.
#
# Memory is bounded: permutations are drawn in blocks and features processed in
# chunks, so no (n_perm, n_features) array is ever held; ``max_bytes`` caps the
# largest temporary (about 64 MB by default, whatever the corpus size).

#: Largest temporary array the permutation and bootstrap loops allocate, in bytes.
MAX_BYTES = 64 * 2**20
#: Tolerance when comparing a permuted statistic with the observed one (ties count as "as extreme").
_TIE = 1e-9


def _as_csc(counts):
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


def permutation_pvalues(counts, sizes, labels, statistic: str = "log_ratio", n_perm: int = 9999,
                        random_state: int = 0, max_bytes: int = MAX_BYTES
                        ) -> tuple[np.ndarray, np.ndarray]:
    """Two-sided permutation p-values of a group difference, per feature, for one or more labelings.

    Parameters
    ----------
    counts : array or sparse, (n_units, n_features)
    sizes : array (n_units,), positive exposures (tokens, characters)
    labels : bool array (n_units,) or (n_labelings, n_units)
        Which units are the target group. Row 0 is the observed labeling; further
        rows (e.g. random relabelings for a measured null) are tested against the
        *same* permutation draws, since the permutation distribution does not
        depend on which labeling is observed.
    statistic : "mean_rate", "log_ratio" or "difference"
        ``"mean_rate"``: the difference of the groups' mean unit rates (each unit's
        count over its size, units weighted equally), which depends only on where
        the carrying units fall, so :func:`min_attainable_p` is a true floor; the
        pooled statistics of :func:`group_statistic` get no floor (``p_min`` is
        ``1 / (1 + n_perm)``).
    n_perm : int
        Random permutations of the unit labels (group sizes kept).
    random_state : int

    Returns
    -------
    (p, p_min)
        ``p`` (n_labelings, n_features): ``(1 + #{|T_perm| >= |T_obs|}) / (1 + n_perm)``
        (Phipson & Smyth 2010: never zero, valid at any ``n_perm``).
        ``p_min`` (n_features,): the smallest p-value the feature could reach
        (:func:`min_attainable_p`).
        A word found in one unit gets ``p_min`` near 1, whatever the labels:
        :func:`discrete_bh` uses it to leave such features out (Tarone 1990).

    Why permutation of units: under "no group difference" the units are
    exchangeable between groups, and the test is exact for any statistic, with no
    assumption about how tokens cluster inside a unit (Good 2005, *Permutation,
    Parametric and Bootstrap Tests of Hypotheses*). Token-level tests (G²) treat
    every token as independent and are far too optimistic.
    """
    labels = np.atleast_2d(np.asarray(labels, dtype=bool))
    sizes = np.asarray(sizes, dtype=float)
    X = _as_csc(counts)
    n_units, n_feat = X.shape
    carrier_only = statistic == "mean_rate"
    if carrier_only:  # each unit's own rate; equal weights: the difference of mean unit rates
        if len(sizes) != n_units or (sizes <= 0).any():
            raise ValueError("mean_rate needs a positive size for every unit")
        X = _as_csc(sp.diags(1.0 / sizes) @ X)
        sizes, statistic = np.ones(n_units), "difference"
    if labels.shape[1] != n_units or len(sizes) != n_units:
        raise ValueError(f"counts has {n_units} units but labels/sizes have {labels.shape[1]}/{len(sizes)}")
    n_t = int(labels[0].sum())
    if not 0 < n_t < n_units:
        raise ValueError("both groups need at least one unit")
    if (labels.sum(axis=1) != n_t).any():
        raise ValueError("every labeling must have as many target units as the observed one")
    if n_perm < 1:
        raise ValueError(f"n_perm must be >= 1, got {n_perm}")
    total = np.asarray(X.sum(axis=0)).ravel()
    size_total = sizes.sum()
    lab = labels.astype(float)
    a_obs = np.asarray((X.T @ lab.T).T)
    c_obs = lab @ sizes
    obs = np.abs(group_statistic(a_obs, total - a_obs, c_obs[:, None], (size_total - c_obs)[:, None],
                                 statistic))
    n_lab = len(labels)
    exceed = np.zeros((n_lab, n_feat), dtype=np.int64)
    rng = np.random.default_rng(random_state)
    block = int(max(1, min(1000, max_bytes // (8 * n_units))))
    chunk = int(max(1, max_bytes // (8 * block * (3 + n_lab))))
    done = 0
    while done < n_perm:
        p = min(block, n_perm - done)
        L = rng.permuted(np.tile(labels[0], (p, 1)), axis=1).astype(float)
        c = L @ sizes
        for s in range(0, n_feat, chunk):
            e = min(n_feat, s + chunk)
            a = np.asarray((X[:, s:e].T @ L.T).T)
            t = np.abs(group_statistic(a, total[s:e] - a, c[:, None], (size_total - c)[:, None], statistic))
            for k in range(n_lab):
                exceed[k, s:e] += (t >= obs[k, s:e] - _TIE).sum(axis=0)
        done += p
    pvals = (1.0 + exceed) / (1.0 + n_perm)
    if not carrier_only:  # a pooled statistic moves with every unit's size: no known floor
        return pvals, np.full(n_feat, 1.0 / (1.0 + n_perm))
    return pvals, min_attainable_p(X, n_t, n_perm)


def min_attainable_p(counts, n_target: int, n_perm: int) -> np.ndarray:
    """A lower bound on the p-value each feature can reach, from how many units carry it.

    Valid for a statistic that depends only on which carrying units are in the
    target (``"mean_rate"`` in :func:`permutation_pvalues`: units without the
    feature add zero to either mean). A p-value is at least the probability of
    the single most extreme arrangement of the ``m`` carriers, and no arrangement
    is rarer than all ``m`` in one group: ``C(n_side, m) / C(n, m)`` for the
    *smaller* of the two sides' probabilities (but at least ``1 / (1 + n_perm)``).
    It depends on the support only, not on the labels, so screening on it
    (:func:`discrete_bh`) keeps the tests of the remaining features valid.
    (A pooled statistic such as Log Ratio of summed counts moves with the sizes
    of every unit, so it has no such floor; do not screen it with this.)
    """
    X = _as_csc(counts)
    n = X.shape[0]
    # support per column without copying the matrix: nonzero stored entries between indptr marks
    nonzero = np.concatenate([[0], np.cumsum(X.data != 0, dtype=np.int32)])
    m = (nonzero[X.indptr[1:]] - nonzero[X.indptr[:-1]]).astype(float)
    sides = np.array([n_target, n - n_target], dtype=float)
    with np.errstate(invalid="ignore"):
        log_c = lambda a, b: np.where(b <= a, gammaln(a + 1) - gammaln(b + 1) - gammaln(a - b + 1), -np.inf)  # noqa: E731
        best = np.minimum(log_c(sides[0], m), log_c(sides[1], m)) - log_c(float(n), m)
    return np.maximum(np.exp(best), 1.0 / (1.0 + n_perm))


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
    X = _as_csc(counts)
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


def family_inference(counts, sizes, is_target, units=None, *, statistic: str = "log_ratio",
                     n_perm: int = 9999, n_boot: int = 1000, alpha: float = 0.05, ci: float = 0.95,
                     random_state: int = 0, n_null: int = 0, null_random_state: int = 1,
                     jeffreys: bool | None = None) -> dict:
    """Test a family of group differences at the sampling unit, with FDR control and intervals.

    Parameters
    ----------
    counts : (n_rows, n_features) array or sparse
        What each row (paragraph) contributes to each feature.
    sizes : (n_rows,) exposures (tokens, characters).
    is_target : bool (n_rows,)
    units : (n_rows,), optional
        Sampling unit of each row (article ids): rows are summed per unit and
        labels permuted over units. None: every row is a unit.
    statistic : "log_ratio" (counts) or "difference" (rates, shares): the effect whose
        interval is reported; the test itself is on mean unit rates (see below).
    n_perm, n_boot, alpha, ci, random_state : test and interval settings.
    n_null : int
        Random relabelings of the units (group sizes kept) tested with the
        same permutation draws; ``null_holding`` counts the holding features in
        each: the null distribution of "how many hold up" for this family.
    jeffreys : bool, optional
        Jeffreys-smoothed rates in the bootstrap (default: for ``log_ratio``).

    Returns
    -------
    dict: ``p_value``, ``q_value``, ``testable``, ``low``/``high`` (also as
    ``lr_low``/``lr_high``), ``holds_up`` (q <= alpha), ``null_holding`` (n_null,),
    ``n_units`` (target, rest).

    Why: the permutation test is exact at the unit that was sampled
    (:func:`permutation_pvalues`); Benjamini-Hochberg after Tarone's screen
    (:func:`discrete_bh`) keeps the share of false "holds up" below ``alpha``
    over the family; the interval (:func:`bootstrap_interval`) resamples the
    same units.
    """
    is_target = np.asarray(is_target, dtype=bool)
    sizes = np.asarray(sizes, dtype=float)
    X = counts if sp.issparse(counts) else sp.csr_matrix(np.asarray(counts, dtype=float))
    if units is None:
        U, u_target, u_sizes = X.tocsr(), is_target, sizes
    else:
        U, first = unit_matrix(X, units)
        u_target = is_target[first]
        mixed = unit_matrix(is_target[:, None].astype(float), units)[0].toarray().ravel()
        counts_per_unit = unit_matrix(np.ones((len(is_target), 1)), units)[0].toarray().ravel()
        if ((mixed > 0) & (mixed < counts_per_unit)).any():
            raise ValueError("a sampling unit (article) has paragraphs in both groups: "
                             "group labels must be constant within a unit")
        u_sizes = np.asarray(unit_matrix(sizes[:, None], units)[0].todense()).ravel()
    keep = u_sizes > 0  # a unit with nothing in it carries no information
    if not keep.all():
        U, u_target, u_sizes = U[keep], u_target[keep], u_sizes[keep]
    rng = np.random.default_rng(null_random_state)
    labels = np.array([u_target] + [rng.permutation(u_target) for _ in range(n_null)])
    # the test uses the difference of mean unit rates: exact under permutation, and a function
    # of the carrying units only, so Tarone's screen below has a true floor to work with
    p, p_min = permutation_pvalues(U, u_sizes, labels, "mean_rate", n_perm=n_perm, random_state=random_state)
    q, testable = discrete_bh(p, p_min, alpha)
    lo, hi = bootstrap_interval(U, u_sizes, u_target, statistic, n_boot=n_boot, ci=ci,
                                random_state=random_state,
                                jeffreys=(statistic == "log_ratio") if jeffreys is None else jeffreys)
    return {"p_value": p[0], "q_value": q[0], "testable": testable, "low": lo, "high": hi,
            "lr_low": lo, "lr_high": hi, "holds_up": q[0] <= alpha,
            "null_holding": (q[1:] <= alpha).sum(axis=1),
            "n_units": (int(u_target.sum()), int((~u_target).sum()))}
