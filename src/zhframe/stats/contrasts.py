"""Every group against the rest in one pass: shared permutation draws for a family's contrasts.

With many groups, testing each group against the rest by its own permutation run costs one
pass over the units per group and per draw. Here each draw permutes the whole vector of group
labels once and gives every group's statistic at once (the group sums of the unit rates are one
sparse product), so the cost no longer grows with the number of groups. Each group's test is
still the exact permutation test of :func:`zhframe.stats.permutation.permutation_pvalues`
(permuting all labels permutes each group's indicator uniformly, group sizes kept); the draws
are shared, as they are between a family's features. The measured null relabels the whole
label vector, so a relabeling is one coherent random grouping for every contrast.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from zhframe.stats.multiplicity import discrete_bh
from zhframe.stats.permutation import _TIE, min_attainable_p
from zhframe.stats.resample import MAX_BYTES, bootstrap_interval, unit_matrix


def _group_means(R: np.ndarray, codes: np.ndarray, n_groups: int, n_g: np.ndarray) -> np.ndarray:
    """(n_labelings, n_groups, n_features): each group's mean unit rate minus the rest's, for
    every row of ``codes`` (n_labelings, n_units)."""
    n_lab, n_units = codes.shape
    rows = (np.arange(n_lab)[:, None] * n_groups + codes).ravel()
    M = sp.csr_matrix((np.ones(rows.size), (rows, np.tile(np.arange(n_units), n_lab))),
                      shape=(n_lab * n_groups, n_units))
    S = np.asarray(M @ R).reshape(n_lab, n_groups, -1)
    total = R.sum(axis=0)
    n = float(n_units)
    return S / n_g[None, :, None] - (total[None, None, :] - S) / (n - n_g)[None, :, None]


def contrast_pvalues(rates: np.ndarray, codes: np.ndarray, n_groups: int, n_perm: int = 9999,
                     random_state: int = 0, max_bytes: int = MAX_BYTES) -> np.ndarray:
    """Two-sided permutation p-values of every group against the rest, per feature.

    ``rates``: (n_units, n_features) each unit's rate; ``codes``: (n_labelings, n_units) group
    index of each unit, row 0 observed, later rows relabelings tested against the same draws.
    The statistic is the difference of mean unit rates (group minus rest). Returns
    (n_labelings, n_groups, n_features): ``(1 + #{|T_perm| >= |T_obs|}) / (1 + n_perm)``.
    """
    R = np.asarray(rates, dtype=float)
    codes = np.atleast_2d(np.asarray(codes, dtype=np.int64))
    n_units, n_feat = R.shape
    n_g = np.bincount(codes[0], minlength=n_groups).astype(float)
    if (n_g == 0).any() or (n_g == n_units).any():
        raise ValueError("every group needs at least one unit, and the rest too")
    if n_perm < 1:
        raise ValueError(f"n_perm must be >= 1, got {n_perm}")
    obs = np.abs(_group_means(R, codes, n_groups, n_g))
    exceed = np.zeros(obs.shape, dtype=np.int64)
    rng = np.random.default_rng(random_state)
    per_draw = 8 * (n_units + n_groups * n_feat * (2 + len(codes)))
    block = int(max(1, min(1000, max_bytes // per_draw)))
    done = 0
    while done < n_perm:
        p = min(block, n_perm - done)
        drawn = rng.permuted(np.tile(codes[0], (p, 1)), axis=1)
        t = np.abs(_group_means(R, drawn, n_groups, n_g))  # (p, groups, features)
        for k in range(len(codes)):
            exceed[k] += (t >= obs[k][None] - _TIE).sum(axis=0)
        done += p
    return (1.0 + exceed) / (1.0 + n_perm)


def contrasts_inference(counts, sizes, groups: Sequence, targets: Sequence[str], units, *,
                        statistic: str = "difference", n_perm: int = 9999, n_boot: int = 1000,
                        alpha: float = 0.05, ci: float = 0.95, random_state: int = 0, n_null: int = 0,
                        null_random_state: int = 1, jeffreys: bool | None = None) -> list[dict]:
    """:func:`zhframe.stats.family_inference` for every target group against the rest, with one
    set of permutation draws for all of them (see the module docstring).

    ``groups``: (n_rows,) each row's group; ``targets``: the groups compared; ``units``:
    (n_rows,) the sampling unit (article) of each row, constant group within a unit. Returns one
    dict per target, in order, with the keys of :func:`~zhframe.stats.family_inference`.
    """
    groups = np.asarray([str(g) for g in groups])
    sizes = np.asarray(sizes, dtype=float)
    X = counts if sp.issparse(counts) else sp.csr_matrix(np.asarray(counts, dtype=float))
    U, first = unit_matrix(X, units)
    u_groups = groups[first]
    names = sorted(set(u_groups.tolist()))
    code_of = {g: i for i, g in enumerate(names)}
    row_codes = np.array([code_of.get(g, -1) for g in groups])
    per_unit = unit_matrix(sp.csr_matrix((np.ones(len(groups)), (np.arange(len(groups)), row_codes)),
                                         shape=(len(groups), len(names))), units)[0]
    if ((per_unit > 0).sum(axis=1) > 1).any():
        raise ValueError("a sampling unit (article) has paragraphs in two groups: "
                         "group labels must be constant within a unit")
    u_sizes = np.asarray(unit_matrix(sizes[:, None], units)[0].todense()).ravel()
    keep = u_sizes > 0
    U, u_groups, u_sizes = U[keep], u_groups[keep], u_sizes[keep]
    codes0 = np.array([code_of[g] for g in u_groups])
    rng = np.random.default_rng(null_random_state)
    codes = np.array([codes0] + [rng.permutation(codes0) for _ in range(n_null)])
    rates = np.asarray((sp.diags(1.0 / u_sizes) @ U).todense())
    p_all = contrast_pvalues(rates, codes, len(names), n_perm=n_perm, random_state=random_state)
    out = []
    for t in targets:
        g = code_of[str(t)]
        u_target = codes0 == g
        p = p_all[:, g, :]
        p_min = min_attainable_p(U, int(u_target.sum()), n_perm)
        q, testable = discrete_bh(p, p_min, alpha)
        lo, hi = bootstrap_interval(U, u_sizes, u_target, statistic, n_boot=n_boot, ci=ci,
                                    random_state=random_state,
                                    jeffreys=(statistic == "log_ratio") if jeffreys is None else jeffreys)
        out.append({"p_value": p[0], "q_value": q[0], "testable": testable, "low": lo, "high": hi,
                    "lr_low": lo, "lr_high": hi, "holds_up": q[0] <= alpha,
                    "null_holding": (q[1:] <= alpha).sum(axis=1),
                    "n_units": (int(u_target.sum()), int((~u_target).sum())), "p_all": p, "p_min": p_min})
    return out
