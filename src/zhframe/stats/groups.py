"""Comparisons of many groups at the article level: exact tests of article shares.

When articles are the sampling unit, the quantity compared is the **share of a
group's articles that use a feature** (a term): "in 30% of this province's
articles against 15% of the others'". Permuting group labels over articles and
counting a group's carrying articles is Fisher's exact test: the permutation
distribution of that count is hypergeometric (Fisher 1935; Agresti 2002,
*Categorical Data Analysis*, sec. 3.5), so p-values are exact and reach any
size the evidence allows -- no Monte Carlo floor. Two-sided p-values double the
smaller tail (Agresti 2002, sec. 3.5.4), so the smallest attainable p of every
contrast is known from its margins (:func:`share_contrasts`) and Gilbert's
(2005) screen works with exact floors.

Every group is compared with the rest in **one pass** over the article x feature
presence matrix (one sparse product gives every group's carrying counts), and
one Benjamini-Hochberg runs over every contrast made (every group x feature),
so "holds up" is controlled across all groups together. Groups with one article
are left out of the contrasts (they stay in the rest). With ``strata`` (e.g. the
year of each article) each group is compared with the rest *within* strata: the
exact conditional test of a common share ratio (the sum over strata of
hypergeometric counts; Mehta, Patel & Gray 1985), i.e. a difference adjusted for
date, with the Mantel-Haenszel ratio as its effect (Greenland & Robins 1985).
With the *parent* of a nested grouping as strata (place within province), each place is
compared with the other places of its own province: strata without the group add nothing.

The effect is the log2 ratio of the two shares (1/2 added to every cell), with
Miettinen's (1976) test-based interval from the exact p-value of the same
contrast, so the interval excludes 0 exactly when the test rejects at 1 - ci.
A feature absent from one side (n/0) has no data-bound on that side: its
interval is one-sided (``hi`` = +inf for n/0, ``lo`` = -inf for 0/n).

:func:`shrunken_shares` gives honest per-group estimates for many small groups:
empirical-Bayes beta-binomial shrinkage (Efron & Morris 1975; Kleinman 1973
moment estimates), so 100 places can be ranked with intervals.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.stats import beta as beta_dist
from scipy.stats import hypergeom, norm

from zhframe.stats.multiplicity import bh_qvalues


def presence(counts) -> sp.csc_matrix:
    """0/1 CSC matrix: which units (articles) carry each feature at least once."""
    X = counts.tocsc(copy=True) if sp.issparse(counts) else sp.csc_matrix(np.asarray(counts, dtype=float))
    X.data = (X.data > 0).astype(float)
    X.eliminate_zeros()
    return X


def _group_index(labels) -> tuple[list[str], np.ndarray]:
    labels = np.asarray([str(x) for x in labels])
    names = sorted(set(labels.tolist()))
    return names, np.searchsorted(np.array(names), labels)


def fisher_two_sided(x, m, n_group, n_total) -> np.ndarray:
    """Doubled-tail two-sided p-value of Fisher's exact test, vectorized.

    ``x``: carrying units in the group; ``m``: carrying units overall; ``n_group``,
    ``n_total``: units in the group and overall. ``p = min(1, 2 min(P(X<=x), P(X>=x)))``
    with ``X ~ Hypergeometric(n_total, m, n_group)``.
    """
    x, m, ng, n = (np.asarray(v, dtype=float) for v in (x, m, n_group, n_total))
    lower = hypergeom.cdf(x, n, m, ng)
    upper = hypergeom.sf(x - 1, n, m, ng)
    return np.minimum(1.0, 2.0 * np.minimum(lower, upper))


def fisher_min_p(m, n_group, n_total) -> np.ndarray:
    """Smallest doubled-tail p-value a contrast can reach, from its margins alone.

    Reached when every carrier is in the group, or as few as possible are; it does
    not depend on the labels, so screening on it keeps the tests valid (Tarone 1990).
    """
    m, ng, n = (np.asarray(v, dtype=float) for v in (m, n_group, n_total))
    hi = np.minimum(m, ng)
    lo = np.maximum(0.0, m - (n - ng))
    return np.minimum(1.0, 2.0 * np.minimum(hypergeom.pmf(hi, n, m, ng), hypergeom.pmf(lo, n, m, ng)))


def share_ratio_interval(x1, n1, x2, n2, ci: float = 0.95, p=None
                         ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """log2 ratio of shares ``(x1/n1) / (x2/n2)`` and its interval.

    The estimate adds 1/2 to each cell (Haldane-Anscombe; finite for n/0, for ranking).
    With ``p`` (the exact test's p-value of the same contrast), the interval is
    Miettinen's (1976) test-based one, ``est +- z_ci |est| / z_p``: it excludes 0
    exactly when ``p < 1 - ci``, so a holding difference never shows an interval
    across 0 and the interval says what the test says. Without ``p``, the Katz log
    interval (Katz et al. 1978). Either way a side with no carrier leaves that end
    unbounded (``hi`` = +inf for n/0, ``lo`` = -inf for 0/n): the data do not bound it.
    Returns ``(estimate, lo, hi)``.
    """
    x1, n1, x2, n2 = (np.asarray(v, dtype=float) for v in (x1, n1, x2, n2))
    z = norm.ppf(0.5 + ci / 2)
    a, b = x1 + 0.5, x2 + 0.5
    est = np.log(a / (n1 + 0.5)) - np.log(b / (n2 + 0.5))
    if p is None:
        se = np.sqrt(np.maximum(1 / a - 1 / (n1 + 0.5) + 1 / b - 1 / (n2 + 0.5), 0.0))
    else:
        zp = norm.isf(np.clip(np.asarray(p, dtype=float), 1e-300, 1.0) / 2)
        with np.errstate(divide="ignore", invalid="ignore"):
            se = np.where(zp > 0, np.abs(est) / zp, np.inf)
    with np.errstate(invalid="ignore"):
        lo, hi = est - z * se, est + z * se
    lo = np.where(x1 == 0, -np.inf, lo)
    hi = np.where(x2 == 0, np.inf, hi)
    both = (x1 == 0) & (x2 == 0)
    k = 1 / np.log(2)
    return np.where(both, 0.0, est * k), np.where(both, np.nan, lo * k), np.where(both, np.nan, hi * k)


def gilbert_screen(p_min, alpha: float = 0.05) -> np.ndarray:
    """Gilbert's (2005) screen: the tests that can reach significance among the ``K`` kept,
    ``K`` the smallest with ``#{p_min <= alpha/K} <= K`` (bool, shaped like ``p_min``)."""
    flat = np.asarray(p_min, dtype=float).ravel()
    srt = np.sort(flat)
    n = len(flat)
    # m(K) = #{p_min <= alpha/K} is non-increasing in K: bisect for the smallest K with m(K) <= K
    lo, hi = 1, max(n, 1)
    while lo < hi:
        mid = (lo + hi) // 2
        if np.searchsorted(srt, alpha / mid, side="right") <= mid:
            hi = mid
        else:
            lo = mid + 1
    return (np.asarray(p_min) <= alpha / lo)


def _stratified_p(x_s, m_s, ng_s, n_s) -> float:
    """Exact conditional two-sided (doubled) p of the stratified count sum over strata."""
    dist = np.array([1.0])
    for m, ng, n in zip(m_s, ng_s, n_s):
        if ng == 0 or ng == n or m == 0:
            continue  # a stratum without the group, without the rest or without the feature: fixed count
        lo, hi = int(max(0, m - (n - ng))), int(min(m, ng))
        pmf = hypergeom.pmf(np.arange(lo, hi + 1), n, m, ng)
        dist = np.convolve(dist, pmf)
        dist = np.concatenate([np.zeros(lo), dist]) if lo else dist
    t = int(round(sum(x for x, m, ng, n in zip(x_s, m_s, ng_s, n_s) if 0 < ng < n and m > 0)))
    lower, upper = dist[: t + 1].sum(), dist[t:].sum()
    return float(min(1.0, 2 * min(lower, upper)))


def _compared(names: list[str], n_g: np.ndarray, min_units: int, compare) -> np.ndarray:
    """Indices of the groups compared with the rest: those with ``min_units`` units (of
    ``compare`` when given; with two groups the first only, the second being its mirror image).
    Raises ValueError naming an unknown group or when none can be compared."""
    compared = np.flatnonzero(n_g >= min_units)
    if len(compared) == 0:
        raise ValueError("no group has enough units to be compared")
    if compare is not None:
        wanted = {str(g) for g in compare}
        unknown = wanted - set(names)
        if unknown:
            raise ValueError(f"no group {sorted(unknown)[0]!r} among {', '.join(names)}")
        compared = np.array([i for i in compared if names[i] in wanted], dtype=int)
        if len(compared) == 0:
            raise ValueError(f"{', '.join(sorted(wanted))}: fewer than {min_units} units, not compared")
    elif len(names) == 2 and len(compared) == 2:
        compared = compared[:1]
    return compared


def share_contrasts(counts, labels: Sequence, *, strata: Sequence | None = None, alpha: float = 0.05,
                    ci: float = 0.95, min_units: int = 2, keep: str = "present",
                    compare: Sequence | None = None) -> pd.DataFrame:
    """Every group against the rest, for every feature, at the unit (article) level, in one pass.

    Parameters
    ----------
    counts : (n_units, n_features) array or sparse
        What each unit (article) holds of each feature; only presence (> 0) is used.
    labels : (n_units,)
        Group of each unit.
    strata : (n_units,), optional
        Stratum of each unit (e.g. year): groups are compared within strata (a
        difference adjusted for them), exact conditional test, Mantel-Haenszel ratio;
        ``n_rest``/``x_rest`` then count the rest within the strata where the group
        has units (for a parent grouping: the other places of the same province).
    alpha : float
        False discovery rate of ``holds_up``, over every contrast (group x feature) together.
    min_units : int
        Groups with fewer units are not compared (kept in the rest); listed in ``attrs["single"]``.
    compare : groups to compare with the rest (default every group with ``min_units``;
        with two groups the first only, the second being its mirror image).
    keep : "present" or "all"
        Rows kept: contrasts where the group carries the feature or that passed the
        screen ("present"), or every contrast ("all"). The correction counts every
        contrast either way.

    Returns
    -------
    DataFrame sorted by group, then q, then |difference|: ``group``, ``feature``
    (column index), ``n_group``, ``n_rest`` (units), ``x_group``, ``x_rest`` (units
    carrying the feature), ``share_group``, ``share_rest``, ``difference`` (log2
    share ratio, or Mantel-Haenszel ratio with strata), ``lo``, ``hi``, ``p_value``,
    ``p_min``, ``testable``, ``q_value``, ``holds_up``. ``attrs``: ``single`` (groups
    not compared), ``n_contrasts``, ``n_testable``, ``alpha``, ``floor`` (None: exact
    tests have no Monte Carlo floor).
    """
    P = presence(counts)
    n_units, n_feat = P.shape
    names, gi = _group_index(labels)
    if len(gi) != n_units:
        raise ValueError(f"counts has {n_units} units but labels has {len(gi)}")
    if len(names) < 2:
        raise ValueError(f"need at least two groups to compare, got {names}")
    G = sp.csr_matrix((np.ones(n_units), (gi, np.arange(n_units))), shape=(len(names), n_units))
    n_g = np.asarray(G.sum(axis=1)).ravel()
    compared = _compared(names, n_g, min_units, compare)
    single = [names[i] for i in np.flatnonzero(n_g < min_units)]
    x = np.asarray((G @ P).todense())[compared]  # (groups compared, features): one pass
    m = np.asarray(P.sum(axis=0)).ravel()
    ng = n_g[compared][:, None].astype(float)
    N = float(n_units)
    if strata is None:
        p_min = fisher_min_p(m[None, :], ng, N)
        screen = gilbert_screen(p_min, alpha)
        p = np.ones_like(p_min)
        idx = np.nonzero(screen)
        p[idx] = fisher_two_sided(x[idx], m[idx[1]], ng[idx[0], 0], N)
        p_all = p.copy()
        rest = ~screen & (x > 0)  # not screened in: its p still sets its interval (exact, cheap here)
        idx = np.nonzero(rest)
        p_all[idx] = fisher_two_sided(x[idx], m[idx[1]], ng[idx[0], 0], N)
        est, lo, hi = share_ratio_interval(x, ng, m[None, :] - x, N - ng, ci, p_all)
    else:
        p, p_min, screen, est, lo, hi, x_rest_in, n_rest_in = _stratified(
            P, gi, compared, np.asarray([str(s) for s in strata]), alpha, ci)
    q = np.ones_like(p)
    if screen.any():
        q[screen] = bh_qvalues(p[screen])
    rows = (x > 0) | screen if keep == "present" else np.ones_like(screen)
    gg, ff = np.nonzero(rows)
    out = pd.DataFrame({
        "group": [names[compared[i]] for i in gg], "feature": ff, "n_group": n_g[compared][gg].astype(int),
        "n_rest": (n_units - n_g[compared][gg]).astype(int), "x_group": x[gg, ff].astype(int),
        "x_rest": (m[ff] - x[gg, ff]).astype(int)})
    if strata is not None:  # the rest is the rest *within the strata where the group has units*
        out["n_rest"] = n_rest_in[gg].astype(int)
        out["x_rest"] = x_rest_in[gg, ff].astype(int)
    out["share_group"] = out["x_group"] / out["n_group"]
    out["share_rest"] = out["x_rest"] / out["n_rest"]
    out["difference"], out["lo"], out["hi"] = est[gg, ff], lo[gg, ff], hi[gg, ff]
    # a screened-out contrast keeps its own exact p (said as screened out, q = 1), never p = 1
    p_shown = p_all if strata is None else p
    out["p_value"], out["p_min"], out["testable"] = p_shown[gg, ff], p_min[gg, ff], screen[gg, ff]
    out["q_value"] = q[gg, ff]
    out["holds_up"] = out["q_value"] <= alpha
    out = out.sort_values(["group", "q_value", "p_value", "feature"], kind="stable").reset_index(drop=True)
    out.attrs = {"single": single, "n_contrasts": int(screen.size), "n_testable": int(screen.sum()),
                 "alpha": alpha, "floor": None}
    return out


def null_holding(counts, labels: Sequence, relabelings: Sequence[np.ndarray], *, alpha: float = 0.05,
                 min_units: int = 2, compare: Sequence | None = None) -> dict[str, np.ndarray]:
    """How many contrasts of each group hold up under each random relabeling of the units.

    The measured null of :func:`share_contrasts` (no strata): ``relabelings`` are
    permutations of ``range(n_units)``; labels ``labels[perm]`` are tested as
    :func:`share_contrasts` would test them, and only the verdicts are kept. Group sizes
    and every feature's carrying units are the same under every relabeling, so the
    Gilbert screen is computed once and only the screened contrasts' exact p-values are
    recomputed: the same verdicts at a fraction of the cost (no intervals, no table).

    Returns ``{group: counts}``, one count per relabeling, for the compared groups.
    """
    P = presence(counts)
    names, gi = _group_index(labels)
    n_units = P.shape[0]
    n_g = np.bincount(gi, minlength=len(names))
    compared = _compared(names, n_g, min_units, compare)
    m = np.asarray(P.sum(axis=0)).ravel()
    ng = n_g[compared][:, None].astype(float)
    screen = gilbert_screen(fisher_min_p(m[None, :], ng, float(n_units)), alpha)
    gg, ff = np.nonzero(screen)
    Pc = sp.csc_matrix(P)[:, np.unique(ff)] if len(ff) else None
    col = {f: j for j, f in enumerate(np.unique(ff))}
    fj = np.array([col[f] for f in ff], dtype=int)
    out = {names[i]: np.zeros(len(relabelings), dtype=np.int64) for i in compared}
    if len(ff):
        # a contrast's p depends on its count x and on margins no relabeling changes: every
        # possible p of each distinct margin pair is computed once and looked up
        pairs, inv = np.unique(np.stack([m[ff], ng[gg, 0]], axis=1), axis=0, return_inverse=True)
        inv = np.asarray(inv).ravel()
        sizes = np.minimum(pairs[:, 0], pairs[:, 1]).astype(np.int64) + 1
        offset = np.concatenate([[0], np.cumsum(sizes)[:-1]])
        key = np.repeat(np.arange(len(pairs)), sizes)
        xs = np.arange(int(sizes.sum())) - offset[key]
        table = fisher_two_sided(xs.astype(float), pairs[key, 0], pairs[key, 1], float(n_units))
    for r, perm in enumerate(relabelings):
        if not len(ff):
            break
        gi_r = gi[np.asarray(perm)]
        G = sp.csr_matrix((np.ones(n_units), (gi_r, np.arange(n_units))), shape=(len(names), n_units))
        x = np.asarray((G @ Pc).todense())[compared]
        p = table[offset[inv] + x[gg, fj].astype(np.int64)]
        held = bh_qvalues(p) <= alpha
        for i, c in enumerate(compared):
            out[names[c]][r] = int(held[gg == i].sum())
    return out


def _stratified(P, gi, compared, strata, alpha, ci):
    """Per-stratum margins, exact stratified p-values (screened contrasts only) and the MH ratio."""
    snames = sorted(set(strata.tolist()))
    si = np.searchsorted(np.array(snames), strata)
    n_units = P.shape[0]
    S = sp.csr_matrix((np.ones(n_units), (si, np.arange(n_units))), shape=(len(snames), n_units))
    m_s = np.asarray((S @ P).todense())  # (strata, features)
    n_s = np.asarray(S.sum(axis=1)).ravel()
    k = len(compared)
    x_s = np.zeros((len(snames), k, P.shape[1]))
    ng_s = np.zeros((len(snames), k))
    for j, s in enumerate(range(len(snames))):
        in_s = si == s
        Gs = sp.csr_matrix((np.ones(in_s.sum()), (gi[in_s], np.arange(in_s.sum()))),
                           shape=(int(gi.max()) + 1, int(in_s.sum())))
        x_s[j] = np.asarray((Gs @ P[in_s]).todense())[compared]
        ng_s[j] = np.asarray(Gs.sum(axis=1)).ravel()[compared]
    # smallest attainable p: every stratum at the same extreme (product of the extreme pmfs)
    log_hi = np.zeros((k, P.shape[1]))
    log_lo = np.zeros((k, P.shape[1]))
    for j in range(len(snames)):
        ng, n, m = ng_s[j][:, None], n_s[j], m_s[j][None, :]
        with np.errstate(divide="ignore"):
            log_hi += np.log(hypergeom.pmf(np.minimum(m, ng), n, m, ng))
            log_lo += np.log(hypergeom.pmf(np.maximum(0, m - (n - ng)), n, m, ng))
    p_min = np.minimum(1.0, 2 * np.exp(np.minimum(log_hi, log_lo)))
    screen = gilbert_screen(p_min, alpha)
    p = np.ones_like(p_min)
    for g, f in zip(*np.nonzero(screen)):
        p[g, f] = _stratified_p(x_s[:, g, f], m_s[:, f], ng_s[:, g], n_s)
    # Mantel-Haenszel ratio of shares with Greenland-Robins variance, 1/2 added to the cells of
    # every informative stratum; a stratum without the group (or without the rest) adds nothing,
    # so strata = the parent of a nested grouping compares a place with its own province's others
    inform = ((ng_s > 0) & (ng_s < n_s[:, None]))[:, :, None]
    a = np.where(inform, x_s + 0.25, 0.0)
    b = np.where(inform, (m_s[:, None, :] - x_s) + 0.25, 0.0)
    n1 = np.where(inform, ng_s[:, :, None] + 0.5, 0.0)
    n0 = np.where(inform, (n_s[:, None] - ng_s)[:, :, None] + 0.5, 0.0)
    t = np.where(inform, n1 + n0, 1.0)
    R = (a * n0 / t).sum(0)
    Sx = (b * n1 / t).sum(0)
    var = ((n1 * n0 * (a + b) - a * b * t) / t ** 2).sum(0) / (R * Sx)
    est = np.log(R / Sx)
    z = norm.ppf(0.5 + ci / 2)
    se = np.sqrt(np.maximum(var, 0))
    zp = norm.isf(np.clip(p, 1e-300, 1.0) / 2)
    # screened contrasts: Miettinen's test-based interval from the exact stratified p (as unstratified);
    # the others: Greenland-Robins
    se = np.where(screen, np.where(zp > 0, np.abs(est) / np.maximum(zp, 1e-300), np.inf), se)
    lo, hi = est - z * se, est + z * se
    inf2 = inform[:, :, 0][:, :, None]
    xg, xr = (x_s * inf2).sum(0), ((m_s[:, None, :] - x_s) * inf2).sum(0)
    lo = np.where(xg == 0, -np.inf, lo)
    hi = np.where(xr == 0, np.inf, hi)
    kk = 1 / np.log(2)
    n_rest_in = ((n_s[:, None] - ng_s) * inform[:, :, 0]).sum(0)
    return p, p_min, screen, est * kk, lo * kk, hi * kk, xr, n_rest_in


def omnibus(contrasts: pd.DataFrame, n_groups: int | None = None) -> pd.DataFrame:
    """Per feature, the omnibus test "some group differs": Bonferroni over its group contrasts
    (``min(1, G * min p)``, valid under any dependence), with BH q over features.

    ``contrasts``: :func:`share_contrasts` (``keep="all"`` gives every contrast; with
    ``"present"`` the missing rows are contrasts that could not reach significance).
    Columns: ``feature``, ``omnibus_p``, ``omnibus_q``, ``groups_holding``.
    """
    g = n_groups or contrasts["group"].nunique()
    agg = contrasts.groupby("feature").agg(min_p=("p_value", "min"), groups_holding=("holds_up", "sum"))
    agg["omnibus_p"] = np.minimum(1.0, g * agg["min_p"])
    agg["omnibus_q"] = bh_qvalues(agg["omnibus_p"].to_numpy())
    return agg.reset_index()[["feature", "omnibus_p", "omnibus_q", "groups_holding"]]


def shrunken_shares(x, n, ci: float = 0.95) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Empirical-Bayes share of each group's units carrying each feature, with intervals.

    ``x`` (groups, features): carrying units; ``n`` (groups,): units per group.
    Per feature a Beta(mu M, (1 - mu) M) prior is fitted across groups by moments
    (Kleinman 1973: mu the pooled share, the between-group variance net of the
    binomial variance); each group's posterior Beta(x + mu M, n - x + (1 - mu) M)
    gives the estimate (posterior mean) and an equal-tailed interval (Efron & Morris
    1975). Small groups are pulled toward the pooled share, large ones keep their
    own: 100 places can be ranked without one-article extremes on top.
    Returns ``(estimate, lo, hi)`` shaped like ``x``.
    """
    x = np.asarray(x, dtype=float)
    n = np.asarray(n, dtype=float)[:, None]
    mu = np.clip(x.sum(0) / n.sum(), 1e-9, 1 - 1e-9)
    share = x / n
    w = n / n.sum()
    between = (w * (share - mu) ** 2).sum(0) - (mu * (1 - mu) * (w / n).sum(0))
    tau2 = np.maximum(between, 1e-12)
    M = np.clip(mu * (1 - mu) / tau2 - 1, 0.5, 1e6)
    a = x + mu * M
    b = n - x + (1 - mu) * M
    est = a / (a + b)
    lo = beta_dist.ppf((1 - ci) / 2, a, b)
    hi = beta_dist.ppf((1 + ci) / 2, a, b)
    return est, lo, hi
