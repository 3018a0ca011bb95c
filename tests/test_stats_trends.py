"""Tests of zhframe.stats.trends and .sequential: article-level trends, Besag-Clifford p-values."""

from itertools import permutations

import numpy as np
import pytest

from zhframe import stats
from zhframe.stats import calibration as C


def test_parse_times_reads_iso_like_dates_and_names_a_bad_one():
    t = stats.parse_times(["2021", "2021-07", "2022-01-01", "2023/6/18", "2021年6月18日", "2021-06-18 09:32"])
    assert t[0] == 2021.5 and t[1] == pytest.approx(2021 + 6.5 / 12) and 2022 < t[2] < 2022.01
    assert t[4] == pytest.approx(t[5]) and stats.periods(t).tolist()[:3] == ["2021", "2021", "2022"]
    with pytest.raises(ValueError, match="date: 'soon' is not a date"):
        stats.parse_times(["2021", "soon"], "date")
    with pytest.raises(ValueError, match="out of range"):
        stats.parse_times(["2021-13-01"])


def test_sequential_pvalues_match_enumeration_and_stop_early_for_clear_nulls():
    y = np.array([[3.0, 0, 1], [0, 1, 1], [1, 0, 1], [5, 0, 1], [0, 2, 1], [4, 0, 1], [0, 0, 1]])
    t = np.arange(7.0) - 3

    def stat(P, cols):
        return np.abs(P @ y[:, cols])

    obs = stat(t[None, :], np.arange(3))[0]
    exact = np.mean([stat(np.array(p)[None, :], np.arange(3))[0] >= obs - 1e-9 for p in permutations(t)], axis=0)
    p, draws = stats.sequential_pvalues(stat, obs, t, h=400, n_max=200_000, random_state=0)
    assert p[:2] == pytest.approx(exact[:2], abs=0.02)
    assert p[2] == pytest.approx(1.0, abs=0.05) and draws[2] < 1000  # a clear null stops early
    strong = np.arange(200.0)
    p, draws = stats.sequential_pvalues(lambda P, c: np.abs(P @ strong[:, None]), [np.abs(strong @ (strong - 99.5))],
                                        strong - 99.5, h=10, n_max=50_000)
    assert p[0] < 1e-4 and draws[0] == 50_000  # a candidate keeps drawing: p below 1/n_max-ish


def _corpus(rng, n=400, terms=80):
    E = rng.integers(300, 900, n).astype(float)
    rates = rng.gamma(0.5, 0.004, terms)
    Y = rng.poisson(E[:, None] * rates[None, :] * rng.gamma(1.0, 1.0, (n, terms)))
    return Y.astype(float), E


def test_a_planted_trend_holds_and_random_dates_hold_nothing():
    rng = np.random.default_rng(0)
    held_null = 0
    for k in range(5):
        Y, E = _corpus(rng)
        times = C.random_years(len(E), random_state=k)
        res = stats.trend_tests(Y, E, times, random_state=k)
        held_null += bool(res["holds_up"].any())
    assert held_null <= 1
    S = C.draw_articles(50, len(E), 8, random_state=1)
    planted = C.plant_trend(S, times, 0.02, 0.2, random_state=2)
    res = stats.trend_tests(np.column_stack([Y, planted]), E + planted, times).set_index("feature")
    row = res.loc[Y.shape[1]]
    assert row["holds_up"] and row["slope"] > 0 and row["lo"] > 0 and row["lo"] < row["slope"] < row["hi"]
    assert res.attrs["n_max"] >= 2 * res.attrs["n_tested"] / 0.05  # the floor is below what BH needs


def test_poisson_slope_recovers_a_known_doubling_and_one_period_terms_are_one_sided():
    rng = np.random.default_rng(3)
    n = 3000
    t = rng.choice([2021.5, 2022.5, 2023.5], n)
    E = rng.integers(200, 800, n).astype(float)
    y = rng.poisson(E * 0.002 * 2.0 ** (t - 2021.5))  # doubles every year: slope 1 in log2 units
    late = (t == 2023.5) * rng.poisson(0.3, n)
    slope, lo, hi = stats.poisson_slopes(np.column_stack([y, late]), E, t)
    assert slope[0] == pytest.approx(1.0, abs=0.08) and lo[0] < 1.0 < hi[0]
    assert hi[1] == np.inf and np.isfinite(lo[1])  # seen only in the last year: no upper bound


def test_period_view_counts_articles_and_rates_per_year():
    Y = np.array([[1.0], [0], [2], [0]])
    view = stats.period_view(Y, [100, 100, 200, 100], ["2021", "2021", "2022", "2022"])
    assert view["units_with"].tolist() == [1, 1] and view["share"].tolist() == [0.5, 0.5]
    assert view["per_10k"].tolist() == [50.0, pytest.approx(2e4 / 300)]


def test_permuted_scores_are_uniform_permutations_within_strata():
    import numpy as np

    from zhframe.stats.sequential import permuted_scores

    rng = np.random.default_rng(0)
    scores = np.arange(6, dtype=float)
    P = permuted_scores(scores, 6000, rng, strata=[np.array([0, 1, 2]), np.array([3, 4, 5])])
    assert np.array_equal(np.sort(P[:, :3], axis=1), np.tile([0, 1, 2], (6000, 1)))  # within strata
    assert np.array_equal(np.sort(P[:, 3:], axis=1), np.tile([3, 4, 5], (6000, 1)))
    first = np.bincount(P[:, 0].astype(int), minlength=3)[:3] / 6000  # each value first about 1/3
    assert np.allclose(first, 1 / 3, atol=0.03)
    whole = permuted_scores(scores, 6000, rng)
    assert np.allclose(np.bincount(whole[:, 0].astype(int)) / 6000, 1 / 6, atol=0.02)
