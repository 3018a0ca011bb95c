"""Time as a design: per-feature trends at the article level.

Each unit (article) has a count of the feature, an exposure (tokens) and a time
(decimal year). The trend is the slope per year of the log rate in a Poisson
regression with the log exposure as offset (McCullagh & Nelder 1989, ch. 6),
reported in log2 units (1 = the rate doubles every year). The test is the
score test of that same slope, made exact by permuting the dates over articles
(the score ``sum_i t_i (y_i - E_i mu)`` is linear in the permuted dates), with
Besag-Clifford sequential draws (:mod:`zhframe.stats.sequential`): no
assumption about how the feature clusters within articles, and a resolution
that reaches what Benjamini-Hochberg over all features needs. The interval is
the Wald interval with the robust (sandwich) variance, articles as the
independent units (White 1980; Huber 1967). A feature seen only in the latest
period has no upper bound from the data (``hi`` = +inf), only in the earliest
no lower bound; its slope is estimated after adding half an occurrence spread
over the articles by exposure (a shrinkage toward no trend, like Hardie's 0.5). A
feature seen only in the first or last calendar year gets the one-sided interval.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.stats import norm

from zhframe.stats.multiplicity import bh_qvalues
from zhframe.stats.sequential import n_max_for, sequential_pvalues

_DATE = re.compile(r"^\s*(\d{4})(?:\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}))?)?")


def parse_times(values: Sequence, source: str = "time column") -> np.ndarray:
    """Decimal years from ISO-like dates: ``2021`` (mid-year, 2021.5), ``2021-06``,
    ``2021-06-18``, ``2021/6/18``, ``2021年6月18日``, ``2021-06-18 09:32``.

    Raises ValueError naming ``source`` and the first value that is no date.
    """
    out = np.empty(len(values))
    for i, v in enumerate(values):
        m = _DATE.match(str(v)) if v is not None and v == v else None
        if not m:
            raise ValueError(f"{source}: {v!r} is not a date (expected e.g. 2021, 2021-06 or 2021-06-18)")
        y, mo, d = int(m.group(1)), m.group(2), m.group(3)
        if mo is None:
            out[i] = y + 0.5
        elif not 1 <= int(mo) <= 12 or (d is not None and not 1 <= int(d) <= 31):
            raise ValueError(f"{source}: {v!r} is not a date (month or day out of range)")
        else:
            out[i] = y + (int(mo) - 1 + ((int(d) - 0.5) / 31 if d else 0.5)) / 12
    return out


def periods(times, width: float = 1.0) -> np.ndarray:
    """Period label of each decimal year: the calendar year (``width`` 1) as a string."""
    t = np.asarray(times, dtype=float)
    return np.array([str(int(np.floor(x / width) * width)) for x in t])


def poisson_slopes(counts, exposure, times, ci: float = 0.95, chunk: int = 2000
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Slope per year of the log2 rate, with robust Wald interval, for every feature.

    Newton iterations of the two-parameter Poisson fit, all features at once in chunks.
    Returns ``(slope, lo, hi)`` in log2 units per year.
    """
    Y = sp.csc_matrix(counts) if not sp.issparse(counts) else counts.tocsc()
    E = np.asarray(exposure, dtype=float)
    t = np.asarray(times, dtype=float)
    tc = t - np.average(t, weights=E)
    n_feat = Y.shape[1]
    slope, lo, hi = np.full(n_feat, np.nan), np.full(n_feat, np.nan), np.full(n_feat, np.nan)
    z = norm.ppf(0.5 + ci / 2)
    logE = np.log(E)
    for s in range(0, n_feat, chunk):
        e = min(n_feat, s + chunk)
        y = Y[:, s:e].toarray() + 0.5 * (E / E.sum())[:, None]
        a = np.log(y.sum(0) / E.sum())
        b = np.zeros(e - s)
        for _ in range(25):
            mu = np.exp(logE[:, None] + a[None, :] + tc[:, None] * b[None, :])
            r = y - mu
            g0, g1 = r.sum(0), (tc[:, None] * r).sum(0)
            h00, h01, h11 = mu.sum(0), (tc[:, None] * mu).sum(0), (tc[:, None] ** 2 * mu).sum(0)
            det = h00 * h11 - h01 ** 2
            da = (h11 * g0 - h01 * g1) / det
            db = (h00 * g1 - h01 * g0) / det
            a, b = a + da, b + np.clip(db, -2, 2)
            if np.nanmax(np.abs(db)) < 1e-8:
                break
        mu = np.exp(logE[:, None] + a[None, :] + tc[:, None] * b[None, :])
        h00, h01, h11 = mu.sum(0), (tc[:, None] * mu).sum(0), (tc[:, None] ** 2 * mu).sum(0)
        det = h00 * h11 - h01 ** 2
        r2 = (y - mu) ** 2
        m00, m01, m11 = r2.sum(0), (tc[:, None] * r2).sum(0), (tc[:, None] ** 2 * r2).sum(0)
        # sandwich A^-1 B A^-1, element [1, 1]
        i01, i11 = -h01 / det, h00 / det
        var = i01 ** 2 * m00 + 2 * i01 * i11 * m01 + i11 ** 2 * m11
        se = np.sqrt(np.maximum(var, 0))
        k = 1 / np.log(2)
        slope[s:e], lo[s:e], hi[s:e] = b * k, (b - z * se) * k, (b + z * se) * k
    # one-sided where every carrier is in the first (or last) year of the time range
    P = Y.copy()
    P.data = (P.data > 0).astype(float)
    n_car = np.asarray(P.sum(axis=0)).ravel()
    year = np.floor(t)  # "one end" is the first or last calendar year, not one day
    at_max = np.asarray(P.T @ (year == year.max()).astype(float)).ravel()
    at_min = np.asarray(P.T @ (year == year.min()).astype(float)).ravel()
    hi = np.where((at_max == n_car) & (n_car > 0), np.inf, hi)
    lo = np.where((at_min == n_car) & (n_car > 0), -np.inf, lo)
    return slope, lo, hi


def trend_tests(counts, exposure, times, *, alpha: float = 0.05, ci: float = 0.95, min_units: int = 3,
                h: int = 10, n_max: int | None = None, strata: Sequence | None = None,
                random_state: int = 0) -> pd.DataFrame:
    """Per-feature trend over time at the unit (article) level, with q across features.

    Parameters
    ----------
    counts : (n_units, n_features); exposure : (n_units,) tokens; times : (n_units,) decimal years
        (:func:`parse_times`).
    min_units : features carried by fewer units are not tested (too few to show a trend).
    n_max : most permutations per feature (default :func:`~zhframe.stats.sequential.n_max_for`
        the number tested, so the Monte Carlo floor is below what BH needs).
    strata : (n_units,), optional: dates permuted within strata (e.g. the group of each
        article: a trend adjusted for group).

    Returns
    -------
    DataFrame sorted by q then feature: ``feature``, ``n_units`` (carrying), ``slope``,
    ``lo``, ``hi`` (log2 rate per year), ``p_value``, ``q_value``, ``testable``,
    ``holds_up``, ``draws``. ``attrs``: ``n_tested``, ``n_max``, ``floor_binds`` (features
    whose p-value is the floor).
    """
    Y = sp.csc_matrix(counts) if not sp.issparse(counts) else counts.tocsc().astype(float)
    E = np.asarray(exposure, dtype=float)
    t = np.asarray(times, dtype=float)
    n_units, n_feat = Y.shape
    if len(E) != n_units or len(t) != n_units:
        raise ValueError(f"counts has {n_units} units but exposure/times have {len(E)}/{len(t)}")
    if (E <= 0).any():
        raise ValueError("every unit needs a positive exposure")
    if np.ptp(t) == 0:
        raise ValueError("every unit has the same date: no trend to estimate")
    P = Y.copy()
    P.data = (P.data > 0).astype(float)
    support = np.asarray(P.sum(axis=0)).ravel()
    tested = np.flatnonzero(support >= min_units)
    tc = t - t.mean()
    mu = np.asarray(Y.sum(axis=0)).ravel() / E.sum()
    Yt = Y[:, tested]
    mut = mu[tested]

    def stat(Pm, cols):
        return np.abs(np.asarray(Yt[:, cols].T @ Pm.T).T - (Pm @ E)[:, None] * mut[cols][None, :])

    observed = stat(tc[None, :], np.arange(len(tested)))[0]
    n_max = n_max or n_max_for(len(tested), alpha)
    groups = None
    if strata is not None:
        lab = np.asarray([str(s) for s in strata])
        groups = [np.flatnonzero(lab == g) for g in sorted(set(lab.tolist()))]
    p_t, draws_t = sequential_pvalues(stat, observed, tc, h=h, n_max=n_max, strata=groups,
                                      random_state=random_state)
    p = np.ones(n_feat)
    draws = np.zeros(n_feat, dtype=np.int64)
    p[tested], draws[tested] = p_t, draws_t
    testable = np.zeros(n_feat, dtype=bool)
    testable[tested] = True
    q = np.ones(n_feat)
    if len(tested):
        q[tested] = bh_qvalues(p_t)
    slope, lo, hi = poisson_slopes(Y, E, t, ci)
    out = pd.DataFrame({"feature": np.arange(n_feat), "n_units": support.astype(int), "slope": slope,
                        "lo": lo, "hi": hi, "p_value": p, "q_value": q, "testable": testable,
                        "holds_up": q <= alpha, "draws": draws})
    out = out.sort_values(["q_value", "p_value", "feature"], kind="stable").reset_index(drop=True)
    floor = 1.0 / (n_max + 1)
    out.attrs = {"n_tested": int(len(tested)), "n_max": int(n_max), "alpha": alpha,
                 "floor_binds": int(((p <= floor + 1e-15) & testable).sum())}
    return out


def period_view(counts, exposure, period_labels, features: Sequence[int] | None = None) -> pd.DataFrame:
    """Per period and feature: units, units carrying it, their share, and the rate per 10,000 tokens.

    ``features``: column indices to show (default every column). Sorted by feature, period.
    """
    Y = sp.csc_matrix(counts) if not sp.issparse(counts) else counts.tocsc()
    E = np.asarray(exposure, dtype=float)
    lab = np.asarray([str(x) for x in period_labels])
    cols = np.arange(Y.shape[1]) if features is None else np.asarray(features, dtype=int)
    rows = []
    for per in sorted(set(lab.tolist())):
        idx = np.flatnonzero(lab == per)
        sub = Y[idx][:, cols]
        carry = np.asarray((sub > 0).sum(axis=0)).ravel()
        tot = np.asarray(sub.sum(axis=0)).ravel()
        for j, c in enumerate(cols):
            rows.append({"feature": int(c), "period": per, "n_units": len(idx), "units_with": int(carry[j]),
                         "share": carry[j] / len(idx), "per_10k": 1e4 * tot[j] / E[idx].sum()})
    cols_out = ["feature", "period", "n_units", "units_with", "share", "per_10k"]
    return pd.DataFrame(rows, columns=cols_out).sort_values(["feature", "period"], kind="stable").reset_index(drop=True)
