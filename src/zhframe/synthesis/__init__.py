"""Synthesis: what the analyses find, side by side, and which differences hold up.

Each analysis notebook answers one research question on its own scale: keyness
(:mod:`zhframe.keywords`, Log Ratio in doublings), topic prevalence
(:mod:`zhframe.topics`, share of a group's characters) and rhetoric
(:mod:`zhframe.rhetoric.features`, rate per 1,000 characters). This package puts
their group differences into one long table with one vocabulary (``difference``,
``lo``, ``hi``, ``p_value``, ``q_value``, ``holds_up``, ``design``), tests every
family alike (:mod:`zhframe.synthesis.families`: permutation at the sampling unit,
Benjamini-Hochberg within the family, a measured null from random relabelings),
and renders the findings as Markdown (:mod:`zhframe.synthesis.findings`,
:mod:`zhframe.synthesis.readme`).

Modules: ``families`` (difference tables, measured null, metadata confounds),
``findings`` (what holds up, group profile, findings text), ``readme`` (the
README block). Every public name is re-exported here.
"""

from zhframe.synthesis.families import (DIFFERENCE_COLUMNS, FAMILIES, N_PERM, UNITS, comparison_targets,
                                        keyword_differences, measured_null, metadata_differences,
                                        rhetoric_differences, topic_differences, topic_fit, topic_prevalence)
from zhframe.synthesis.findings import (confound_sentence, design_sentence, favouring, findings_markdown,
                                        group_profile, null_sentence, page_composition, what_holds_up)
from zhframe.synthesis.readme import END, START, read_block, repo_readme, replace_block, write_findings

__all__ = [
    "DIFFERENCE_COLUMNS", "END", "FAMILIES", "N_PERM", "START", "UNITS", "comparison_targets",
    "confound_sentence", "design_sentence", "favouring", "findings_markdown", "group_profile",
    "keyword_differences", "measured_null", "metadata_differences", "null_sentence", "page_composition",
    "read_block", "repo_readme", "replace_block", "rhetoric_differences", "topic_differences", "topic_fit",
    "topic_prevalence", "what_holds_up", "write_findings",
]

#: Modules of this package reachable as attributes (``zhframe.synthesis.<module>``), imported on first use.
_SUBMODULES = ('families', 'findings', 'readme', 'study')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
