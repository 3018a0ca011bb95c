"""Tests of zhframe.stats.groups and .design: exact share contrasts of many groups, one BH,
empirical-Bayes shares, date-adjusted contrasts, and the design rule."""

from itertools import product

import numpy as np
import pytest
from scipy.stats import fisher_exact

from zhframe import stats
from zhframe.stats import calibration as C


def test_doubled_fisher_matches_scipys_one_sided_tests_and_its_floor_is_exact():
    for x, m, ng, n in [(5, 5, 5, 10), (3, 7, 4, 20), (0, 6, 10, 30), (2, 2, 15, 40)]:
        table = [[x, ng - x], [m - x, n - ng - (m - x)]]
        one = min(fisher_exact(table, alternative="greater")[1], fisher_exact(table, alternative="less")[1])
        assert stats.fisher_two_sided(x, m, ng, n) == pytest.approx(min(1.0, 2 * one))
        lo, hi = max(0, m - (n - ng)), min(m, ng)
        every = [stats.fisher_two_sided(k, m, ng, n) for k in range(lo, hi + 1)]
        assert stats.fisher_min_p(m, ng, n) == pytest.approx(min(every))


def _counts(rng, n, terms=60, p=0.2):
    return (rng.random((n, terms)) < p) * rng.integers(1, 4, (n, terms))


def test_one_pass_contrasts_are_corrected_together_and_one_article_groups_are_left_out():
    rng = np.random.default_rng(0)
    X = _counts(rng, 41).astype(float)
    labels = np.array(["a"] * 12 + ["b"] * 14 + ["c"] * 14 + ["solo"])
    X[:12, 0] = 1
    X[12:, 0] = 0  # term 0: every "a" article and no other
    res = stats.share_contrasts(X, labels, keep="all")
    assert set(res["group"]) == {"a", "b", "c"} and res.attrs["single"] == ["solo"]
    assert "one article" in stats.single_unit_sentence(res.attrs["single"])
    # one Benjamini-Hochberg over every screened contrast of every group
    scr = res[res["testable"]]
    assert np.allclose(np.sort(scr["q_value"]), np.sort(stats.bh_qvalues(scr["p_value"].to_numpy())))
    assert res.attrs["n_contrasts"] == 3 * 60
    row = res[(res["group"] == "a") & (res["feature"] == 0)].iloc[0]
    assert row["holds_up"] and (row["x_group"], row["x_rest"]) == (12, 0)
    assert row["hi"] == np.inf and row["lo"] > 0  # n/0: one-sided, bounded only below
    # the interval is the test's: it excludes 0 exactly when p < 0.05
    tested = res[(res["p_value"] < 1) & (res["x_group"] > 0) & (res["x_rest"] > 0)]
    assert len(tested) > 20
    assert ((tested["lo"] > 0) | (tested["hi"] < 0)).eq(tested["p_value"] < 0.05).all()
    assert (np.sign(tested["difference"]) == np.sign(tested["share_group"] - tested["share_rest"])).all()


def test_random_labels_hold_nothing_in_nine_of_ten_corpora_and_a_planted_term_holds():
    rng = np.random.default_rng(1)
    any_held, found = 0, 0
    for k in range(10):
        X = _counts(rng, 120, terms=300, p=rng.uniform(0.02, 0.4, 300)).astype(float)
        labels = C.random_groups(120, 4, random_state=k)
        any_held += bool(stats.share_contrasts(X, labels)["holds_up"].any())
        planted = C.plant_share(labels, "g0", 0.4, 0.0, random_state=k)
        res = stats.share_contrasts(np.column_stack([X, planted]), labels)
        found += bool(res[(res["feature"] == 300) & (res["group"] == "g0")]["holds_up"].any())
    assert any_held <= 1 and found >= 9


def test_adjusting_for_date_removes_a_difference_that_is_only_time():
    rng = np.random.default_rng(2)
    years = np.repeat(["2021", "2022", "2023"], 40)
    labels = np.where((years == "2023") & (rng.random(120) < 0.8), "late", "early")
    labels[:3] = "late"  # a few in other years, so every stratum has both groups
    term = (rng.random(120) < np.where(years == "2023", 0.6, 0.05)).astype(float)  # rises with time only
    X = np.column_stack([term, _counts(rng, 120, terms=20)])
    raw = stats.share_contrasts(X, labels, compare=["late"], keep="all").set_index("feature")
    adj = stats.share_contrasts(X, labels, strata=years, compare=["late"], keep="all").set_index("feature")
    assert raw.loc[0, "holds_up"] and raw.loc[0, "p_value"] < 1e-4
    assert not adj.loc[0, "holds_up"] and adj.loc[0, "p_value"] > 0.01


def test_shrunken_shares_pull_small_groups_to_the_pool_and_keep_large_ones():
    x = np.array([[1], [0], [40], [10]])
    n = np.array([1, 2, 100, 100])
    est, lo, hi = stats.shrunken_shares(x, n)
    raw = x[:, 0] / n
    assert (lo[:, 0] <= est[:, 0]).all() and (est[:, 0] <= hi[:, 0]).all()
    pooled = x.sum() / n.sum()
    assert abs(est[0, 0] - pooled) < abs(raw[0] - pooled) / 2  # 1 of 1 is not a 100% place
    assert est[2, 0] == pytest.approx(raw[2], abs=0.03) and est[2, 0] > est[3, 0]
    assert hi[0, 0] - lo[0, 0] > hi[2, 0] - lo[2, 0]


def test_design_refuses_paragraphs_with_several_articles_each_side_and_says_why():
    assert stats.unit_design(1, 1) == "paragraphs" and stats.unit_design(1, 30) == "paragraphs"
    assert stats.unit_design(2, 2) == "articles"
    with pytest.raises(ValueError, match="refused"):
        stats.unit_design(3, 30, "paragraphs")
    with pytest.raises(ValueError, match="two articles"):
        stats.unit_design(1, 30, "articles")
    assert "one article" in stats.design_sentence("paragraphs", 20, 25, (1, 1))
    assert "no column" in stats.design_sentence("paragraphs", 20, 25, None, has_units=False)
    for n_t, n_r in product([1, 2, 5], [1, 2, 5]):
        d = stats.unit_design(n_t, n_r)
        assert ("articles" if d == "articles" else "these articles") in stats.design_sentence(d, n_t, n_r,
                                                                                             (n_t, n_r))


@pytest.mark.parametrize("n_groups,min_units", [(2, 2), (5, 2), (4, 1)])
def test_null_holding_counts_what_share_contrasts_holds_under_each_relabeling(n_groups, min_units):
    rng = np.random.default_rng(3)
    n, f = 120, 60
    counts = (rng.random((n, f)) < rng.uniform(0.02, 0.4, f)).astype(int)
    labels = np.array([f"g{i % n_groups}" for i in range(n)])
    counts[labels == "g0", :3] = 1  # something that holds up under the real labels
    perms = [np.arange(n)] + [rng.permutation(n) for _ in range(6)]
    got = stats.null_holding(counts, labels, perms, alpha=0.2, min_units=min_units)
    for r, perm in enumerate(perms):
        table = stats.share_contrasts(counts, labels[perm], alpha=0.2, min_units=min_units)
        held = table[table["holds_up"]].groupby("group").size()
        assert {g: int(v[r]) for g, v in got.items()} == {g: int(held.get(g, 0)) for g in got}
    assert got["g0"][0] >= 3  # the identity relabeling is the observed table
