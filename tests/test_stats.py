"""Tests of zhframe.stats: the stratified bootstrap."""

import numpy as np
import pytest
import scipy.sparse as sp

from zhframe.stats import bootstrap_group_sums, percentile_interval, resample_weights


def test_weights_keep_each_groups_size_and_are_reproducible():
    groups = ["a", "a", "a", "b", "b"]
    w = resample_weights(groups, n_boot=200, random_state=7)
    assert w.shape == (200, 5)
    assert (w[:, :3].sum(axis=1) == 3).all() and (w[:, 3:].sum(axis=1) == 2).all()
    assert (w >= 0).all()
    assert np.array_equal(w, resample_weights(groups, n_boot=200, random_state=7))
    assert not np.array_equal(w, resample_weights(groups, n_boot=200, random_state=8))


def test_weights_do_not_depend_on_row_order_within_labels():
    w1 = resample_weights(["a", "b", "a", "b"], n_boot=50, random_state=0)
    w2 = resample_weights(["b", "a", "b", "a"], n_boot=50, random_state=0)
    # the same draws go to the i-th unit of each group
    assert np.array_equal(w1[:, [0, 2]], w2[:, [1, 3]])


def test_group_sums_equal_weighted_sums_and_single_unit_groups_are_fixed():
    X = sp.csr_matrix(np.array([[1, 0], [0, 2], [3, 1]]))
    sums = bootstrap_group_sums(X, ["x", "x", "y"], n_boot=100, random_state=1)
    w = resample_weights(["x", "x", "y"], n_boot=100, random_state=1)
    assert np.array_equal(sums["x"], w[:, :2] @ X.toarray()[:2])
    # one unit drawn once, every time: no spread at all
    assert (sums["y"] == [3, 1]).all()


def test_percentile_interval_and_bad_arguments():
    lo, hi = percentile_interval(np.arange(101.0)[:, None], ci=0.9)
    assert lo[0] == pytest.approx(5.0) and hi[0] == pytest.approx(95.0)
    with pytest.raises(ValueError):
        percentile_interval(np.arange(3.0), ci=1.5)
    with pytest.raises(ValueError):
        resample_weights([], n_boot=10)
    with pytest.raises(ValueError, match="rows"):
        bootstrap_group_sums(np.ones((2, 2)), ["a"], n_boot=5)


def test_bh_qvalues_by_hand():
    from zhframe.stats import bh_qvalues

    # m = 4: q = min over later ranks of 4 p / rank
    q = bh_qvalues([0.01, 0.04, 0.03, 0.5])
    assert q == pytest.approx([0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5])


def test_discrete_bh_leaves_out_features_that_cannot_reach_significance():
    from zhframe.stats import discrete_bh

    p = np.array([0.001, 0.02, 0.5, 0.6])
    p_min = np.array([0.0001, 0.001, 0.3, 0.3])
    q, testable = discrete_bh(p, p_min, alpha=0.05)
    assert list(testable) == [True, True, False, False]
    assert q[0] == pytest.approx(0.002) and q[1] == pytest.approx(0.02) and (q[2:] == 1).all()


def test_permutation_pvalues_match_full_enumeration_and_do_not_depend_on_memory():
    from itertools import combinations

    from zhframe.stats import group_statistic, permutation_pvalues

    rng = np.random.default_rng(0)
    X = rng.poisson(1.0, size=(8, 5)).astype(float)
    sizes = X.sum(axis=1) + 3
    is_t = np.array([1, 1, 1, 1, 0, 0, 0, 0], dtype=bool)

    def stat(mask):
        a, c = X[mask].sum(0), sizes[mask].sum()
        return np.abs(group_statistic(a, X.sum(0) - a, c, sizes.sum() - c, "difference"))

    obs = stat(is_t)
    exact = np.mean([stat(np.isin(np.arange(8), list(s))) >= obs - 1e-9
                     for s in combinations(range(8), 4)], axis=0)
    p, _ = permutation_pvalues(X, sizes, is_t, "difference", n_perm=20000, random_state=1)
    assert p[0] == pytest.approx(exact, abs=0.015)
    small, _ = permutation_pvalues(X, sizes, is_t, "difference", n_perm=300, random_state=1, max_bytes=200)
    big, _ = permutation_pvalues(X, sizes, is_t, "difference", n_perm=300, random_state=1)
    assert np.array_equal(small, big)


def test_min_attainable_p_from_support():
    from zhframe.stats import min_attainable_p

    X = np.array([[1, 1, 1], [0, 1, 1], [0, 0, 1], [0, 0, 1]])  # supports 1, 2, 4 of 4 units
    p_min = min_attainable_p(X, 2, n_perm=999)
    assert p_min == pytest.approx([0.5, 1 / 6, 1 / 1000])


def test_min_attainable_p_is_a_floor_of_the_exact_mean_rate_test():
    """No labeling gives a p-value below the screen's floor (else Tarone's screen drops
    features that could hold up); checked by full enumeration on unequal groups and sizes."""
    from itertools import combinations

    from zhframe.stats import min_attainable_p

    rng = np.random.default_rng(3)
    n, n_t = 9, 3
    X = (rng.random((n, 6)) < [0.2, 0.3, 0.4, 0.5, 0.7, 0.9]) * rng.integers(1, 6, (n, 6))
    sizes = rng.integers(5, 60, n).astype(float)
    R = X / sizes[:, None]
    masks = [np.isin(np.arange(n), list(s)) for s in combinations(range(n), n_t)]
    stats_ = np.array([np.abs(R[m].mean(0) - R[~m].mean(0)) for m in masks])
    exact_min = np.array([(stats_[:, j][None, :] >= stats_[:, j][:, None] - 1e-12).mean(1).min()
                          for j in range(X.shape[1])])
    floor = min_attainable_p(X, n_t, n_perm=10 ** 9)
    assert (floor <= exact_min + 1e-12).all()
    assert (floor > 1e-6).any()  # a real floor, not just the Monte Carlo one
