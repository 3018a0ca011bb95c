"""Synthesis: what the analyses find, side by side, and which differences hold up.

Each analysis notebook answers one research question on its own scale: keyness
(:mod:`zhframe.keywords`, Log Ratio in doublings), topic prevalence
(:mod:`zhframe.topics`, share of a group's characters) and rhetoric
(:mod:`zhframe.rhetoric.features`, rate per 1,000 characters). This package puts
their group differences into one long table with one vocabulary (``difference``,
``lo``, ``hi``, ``p_value``, ``q_value``, ``holds_up``, ``design``), tests every
family alike (:mod:`zhframe.synthesis.families`: permutation at the sampling unit,
Benjamini-Hochberg within the family, a measured null from random relabelings),
and builds them once per study (:mod:`zhframe.synthesis.study`). The findings text and the
README block are prose, in :mod:`zhframe.report.findings` and :mod:`zhframe.report.readme`.

Modules: ``study`` (the Study), ``design`` (its design and settings), ``families``
(difference tables, trends, measured null, metadata confounds).
"""

from zhframe.synthesis.design import Design, Settings, TopicFit
from zhframe.synthesis.families import (DIFFERENCE_COLUMNS, FAMILIES, N_PERM, TIME_FAMILIES, UNITS,
                                        comparison_targets, keyword_differences, measured_null,
                                        metadata_differences, rhetoric_differences, topic_differences,
                                        trend_differences)

__all__ = [
    "DIFFERENCE_COLUMNS", "Design", "FAMILIES", "N_PERM", "Settings", "TIME_FAMILIES", "TopicFit", "UNITS",
    "comparison_targets", "keyword_differences", "measured_null", "metadata_differences", "rhetoric_differences",
    "topic_differences", "trend_differences",
]

#: Modules of this package reachable as attributes (``zhframe.synthesis.<module>``), imported on first use.
_SUBMODULES = ('design', 'families', 'study')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
