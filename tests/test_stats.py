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
