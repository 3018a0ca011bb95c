"""Every group against the rest in one pass (zhframe.stats.contrasts): the same tests as one
permutation run per group, at a cost that does not grow with the groups."""

from __future__ import annotations

import numpy as np
import pytest

from zhframe.stats import family_inference
from zhframe.stats.contrasts import contrast_pvalues, contrasts_inference


def _data(seed=0, n_units=300, per=4, groups="ABCDE"):
    rng = np.random.default_rng(seed)
    units = np.repeat(np.arange(n_units), per).astype(str)
    g = np.array(list(groups))[rng.integers(0, len(groups), n_units)].repeat(per)
    X = rng.poisson(0.4, (n_units * per, 9)).astype(float)
    X[g == "A", 0] += rng.poisson(0.6, (g == "A").sum())  # a real difference for A
    sizes = rng.integers(40, 160, n_units * per).astype(float)
    return X, sizes, g, units


def test_one_pass_gives_exactly_each_groups_own_permutation_test():
    X, sizes, g, units = _data()
    joint = contrasts_inference(X, sizes, g, list("ABCDE"), units, n_perm=499, n_boot=100, n_null=7)
    for t, res in zip("ABCDE", joint):
        own = family_inference(X, sizes, g == t, units, statistic="difference", n_perm=499, n_boot=100,
                               n_null=7)
        for key in ("p_all", "p_min", "q_value", "low", "high", "null_holding", "testable"):
            assert np.array_equal(res[key], own[key]), (t, key)
        assert res["n_units"] == own["n_units"]
    assert joint[0]["holds_up"][0]  # A's planted difference is found


def test_p_values_are_valid_under_random_labels():
    rng = np.random.default_rng(3)
    rates = rng.gamma(2.0, 1.0, (200, 40))
    codes = rng.integers(0, 4, 200)
    p = contrast_pvalues(rates, codes, 4, n_perm=199)[0]
    assert p.min() >= 1 / 200 and p.max() <= 1
    assert 0.02 < (p <= 0.1).mean() < 0.2  # about 10% of null tests at 0.1


def test_a_unit_in_two_groups_and_an_empty_group_are_clear_errors():
    X, sizes, g, units = _data()
    g = g.copy()
    g[1] = "B" if g[0] != "B" else "C"  # unit 0's second paragraph in another group
    with pytest.raises(ValueError, match="two groups"):
        contrasts_inference(X, sizes, g, ["A"], units, n_perm=9, n_boot=9)
    with pytest.raises(ValueError, match="at least one unit"):
        contrast_pvalues(np.ones((5, 2)), np.array([0, 0, 0, 1, 1]), 3, n_perm=9)


def test_with_many_groups_the_draws_grow_so_a_strong_difference_can_still_hold_up():
    import pandas as pd

    from zhframe.synthesis.families import rhetoric_differences

    rng = np.random.default_rng(5)
    groups = [f"g{i:02d}" for i in range(40)]
    rows = []
    for a in range(800):
        g = groups[a % 40]
        for p in range(2):
            row = {"doc_id": f"a{a}", "grp": g, "n_chars": 200.0}
            for f in range(5):
                row[f"f{f}"] = float(rng.poisson(1.0))
            if g == "g00":
                row["f0"] += 6.0  # one group uses f0 far more
            rows.append(row)
    table = pd.DataFrame(rows)
    out = rhetoric_differences(table, "grp", [f"f{f}" for f in range(5)], n_boot=20, n_perm=999)
    held = out[out["holds_up"]]
    assert out["testable"].any()  # 200 contrasts: 999 draws alone would leave none testable
    assert list(zip(held["target"], held["item"])) == [("g00", "f0")]
