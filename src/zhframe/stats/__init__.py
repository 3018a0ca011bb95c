"""Statistics shared by every analysis: pure functions of count matrices, exposures, labels and times.

Modules by concern (nothing here imports from zhframe except :mod:`zhframe.infra.errors`):

- :mod:`~zhframe.stats.resample`: the stratified (cluster) bootstrap;
- :mod:`~zhframe.stats.permutation`: fixed-draw permutation tests and :func:`family_inference`;
- :mod:`~zhframe.stats.sequential`: Besag-Clifford sequential permutation p-values;
- :mod:`~zhframe.stats.multiplicity`: Benjamini-Hochberg, Tarone/Gilbert's discrete variant;
- :mod:`~zhframe.stats.groups`: exact article-share contrasts of every group against the rest,
  omnibus, empirical-Bayes shares of many small groups, date-adjusted contrasts;
- :mod:`~zhframe.stats.trends`: per-feature trends over time at the article level;
- :mod:`~zhframe.stats.design`: which unit a comparison is tested at, and the sentence saying so;
- :mod:`~zhframe.stats.calibration`: known-answer corpora (random labels, planted differences).

Every public name is re-exported here (``from zhframe.stats import bh_qvalues`` keeps working).
"""

from zhframe.stats.design import (DESIGNS, design_sentence, single_unit_groups, single_unit_sentence,
                                  unit_design)
from zhframe.stats.groups import (fisher_min_p, fisher_two_sided, gilbert_screen, omnibus, presence,
                                  null_holding, share_contrasts, share_ratio_interval,
                                  shrunken_shares)
from zhframe.stats.multiplicity import bh_qvalues, discrete_bh
from zhframe.stats.permutation import family_inference, min_attainable_p, permutation_pvalues
from zhframe.stats.resample import (MAX_BYTES, as_csc, bootstrap_group_sums, bootstrap_interval,
                                    group_statistic, percentile_interval, resample_weights, unit_matrix)
from zhframe.stats.sequential import n_max_for, permuted_scores, sequential_pvalues
from zhframe.stats.trends import parse_times, period_view, periods, poisson_slopes, trend_tests

__all__ = [
    "DESIGNS", "MAX_BYTES", "as_csc", "bh_qvalues", "bootstrap_group_sums", "bootstrap_interval",
    "design_sentence", "discrete_bh", "family_inference", "fisher_min_p", "fisher_two_sided",
    "gilbert_screen", "group_statistic", "min_attainable_p", "n_max_for", "omnibus", "parse_times",
    "percentile_interval", "period_view", "periods", "permutation_pvalues", "permuted_scores",
    "poisson_slopes", "presence", "resample_weights", "sequential_pvalues", "share_contrasts", "null_holding",
    "share_ratio_interval", "shrunken_shares", "single_unit_groups", "single_unit_sentence",
    "trend_tests", "unit_design", "unit_matrix",
]
