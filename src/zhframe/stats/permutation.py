"""Permutation tests at the sampling unit, with a fixed number of draws (:func:`permutation_pvalues`)
and the whole family of tests of one comparison (:func:`family_inference`).

Sequential (Besag-Clifford) permutations whose resolution follows the evidence are in
:mod:`zhframe.stats.sequential`; exact tests of article shares in :mod:`zhframe.stats.groups`.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.special import gammaln

from zhframe.stats.multiplicity import discrete_bh
from zhframe.stats.resample import MAX_BYTES, as_csc, bootstrap_interval, group_statistic, unit_matrix

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

#: Tolerance when comparing a permuted statistic with the observed one (ties count as "as extreme").
_TIE = 1e-9

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
    X = as_csc(counts)
    n_units, n_feat = X.shape
    carrier_only = statistic == "mean_rate"
    if carrier_only:  # each unit's own rate; equal weights: the difference of mean unit rates
        if len(sizes) != n_units or (sizes <= 0).any():
            raise ValueError("mean_rate needs a positive size for every unit")
        X = as_csc(sp.diags(1.0 / sizes) @ X)
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
    X = as_csc(counts)
    n = X.shape[0]
    # support per column without copying the matrix: nonzero stored entries between indptr marks
    nonzero = np.concatenate([[0], np.cumsum(X.data != 0, dtype=np.int32)])
    m = (nonzero[X.indptr[1:]] - nonzero[X.indptr[:-1]]).astype(float)
    sides = np.array([n_target, n - n_target], dtype=float)
    with np.errstate(invalid="ignore"):
        log_c = lambda a, b: np.where(b <= a, gammaln(a + 1) - gammaln(b + 1) - gammaln(a - b + 1), -np.inf)  # noqa: E731
        best = np.minimum(log_c(sides[0], m), log_c(sides[1], m)) - log_c(float(n), m)
    return np.maximum(np.exp(best), 1.0 / (1.0 + n_perm))


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
    ``n_units`` (target, rest), and for a correction over several comparisons
    (:func:`zhframe.synthesis.families.correct_jointly`) ``p_all`` (observed and relabeled
    rows) and ``p_min``.

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
            "n_units": (int(u_target.sum()), int((~u_target).sum())),
            "p_all": p, "p_min": p_min}
