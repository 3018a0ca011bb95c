"""Sequential Monte Carlo permutation p-values whose resolution follows the evidence.

Besag, J. & Clifford, P. (1991). Sequential Monte Carlo p-values. *Biometrika*
78(2), 301-304. Permutations are drawn until a feature has seen ``h`` permuted
statistics at least as extreme as its observed one -- then ``p = h / L`` after
``L`` draws (a clear null stops after a few dozen draws) -- or until ``n_max``
draws, then ``p = (k + 1) / (n_max + 1)``. Both are valid p-values. Candidates
keep drawing, so a p-value can get as small as the family's multiplicity needs:
callers set ``n_max`` from the number of tests (``n_max >= 2 m / alpha``) so the
Monte Carlo floor never decides whether something holds up (a feature at the floor
still passes Benjamini-Hochberg).

The statistic must be a function of the permuted *scores* of the units (a row
vector per permutation: group indicators, or dates), computed for a block of
permutations and a set of features at once. Permutations are drawn within
``strata`` when given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

#: Tolerance when comparing a permuted statistic with the observed one (ties count as "as extreme").
TIE = 1e-9


def n_max_for(n_tests: int, alpha: float = 0.05, at_least: int = 999) -> int:
    """Draws needed so that the floor ``1 / (n_max + 1)`` is at most half of ``alpha / n_tests``:
    a feature no permutation matched then passes Benjamini-Hochberg even ranked alone, with
    room for the Monte Carlo error of a p-value near that level."""
    return int(max(at_least, np.ceil(2 * max(n_tests, 1) / alpha)))


def permuted_scores(scores, n: int, rng, strata=None) -> np.ndarray:
    """``n`` permutations of ``scores`` (rows), within ``strata`` when given.

    Each row is shuffled independently by NumPy's ``Generator.permuted`` (Fisher-Yates: an
    exactly uniform permutation, in linear time; sorting random keys cost twice as much)."""
    scores = np.asarray(scores, dtype=float)
    if strata is None:
        return rng.permuted(np.tile(scores, (n, 1)), axis=1)
    out = np.tile(scores, (n, 1))
    for idx in strata:
        idx = np.asarray(idx)
        out[:, idx] = rng.permuted(np.tile(scores[idx], (n, 1)), axis=1)
    return out


def sequential_pvalues(statistic: Callable[[np.ndarray, np.ndarray], np.ndarray], observed, scores,
                       *, h: int = 10, n_max: int = 99_999, strata: Sequence | None = None,
                       random_state: int = 0, block: int = 200, max_cells: int = 4_000_000
                       ) -> tuple[np.ndarray, np.ndarray]:
    """Besag-Clifford p-values of every feature.

    Parameters
    ----------
    statistic : callable (P, cols) -> (n_perm_block, len(cols))
        The (absolute, for two-sided) statistic of the features ``cols`` under the
        permuted score rows ``P`` (n_perm_block, n_units).
    observed : (n_features,)
        The statistic under the observed scores.
    scores : (n_units,)
        What is permuted (group indicators, dates).
    h, n_max : stop at ``h`` exceedances, or at ``n_max`` draws.
    strata : sequence of unit-index arrays, optional: permute within each.
    block : first block of draws; blocks grow tenfold up to what ``max_cells`` allows.

    Returns
    -------
    (p, draws) : p-values and the draws each feature used (n_features,).
    """
    observed = np.asarray(observed, dtype=float)
    n_feat = len(observed)
    rng = np.random.default_rng(random_state)
    exceed = np.zeros(n_feat, dtype=np.int64)
    draws = np.zeros(n_feat, dtype=np.int64)
    active = np.arange(n_feat)
    p = np.ones(n_feat)
    done = 0
    size = block
    n_units = len(np.asarray(scores))
    while len(active) and done < n_max:
        b = int(min(size, n_max - done, max(1, max_cells // max(n_units, len(active)))))
        P = permuted_scores(scores, b, rng, strata)
        t = statistic(P, active)
        hit = t >= observed[active][None, :] - TIE
        cum = exceed[active][None, :] + np.cumsum(hit, axis=0)
        reached = cum[-1] >= h
        # stop at the draw where the h-th exceedance happened (Besag-Clifford: p = h / L)
        first = np.argmax(cum >= h, axis=0)
        stop = active[reached]
        p[stop] = h / (done + first[reached] + 1)
        draws[stop] = done + first[reached] + 1
        go = ~reached
        exceed[active[go]] = cum[-1][go]
        done += b
        active = active[go]
        size = min(size * 10, 100_000)
    p[active] = (exceed[active] + 1.0) / (done + 1.0)
    draws[active] = done
    return p, draws
