"""Reporting: the sentences and tables the notebooks show, made from results.

The analyses (:mod:`zhframe.keywords`, :mod:`zhframe.topics`,
:mod:`zhframe.rhetoric`, :mod:`zhframe.synthesis`) return DataFrames; this
package turns them into Markdown sentences and display tables, so that no
number in a notebook's prose is typed and every sentence is tested
(``tests/test_report*.py``). One module per concern:

- :mod:`~zhframe.report.design`: which group is the target, what it is
  compared with, and what the design (articles per group) can carry;
- :mod:`~zhframe.report.pages` (01, 02), :mod:`~zhframe.report.keywords`
  (03), :mod:`~zhframe.report.topics` (04), :mod:`~zhframe.report.rhetoric`
  (05), :mod:`~zhframe.report.synthesis` (06): each notebook's sentences;
- :mod:`~zhframe.report.tables`: display tables (intervals as text cells).

Imports run one way: report reads the analyses' tables and never the other
way round; it does not import :mod:`zhframe.plots`.
"""

from zhframe.report.design import (articles_per_group, comparison_targets, design_caveat,
                                   resolve_target)

__all__ = ["articles_per_group", "comparison_targets", "design_caveat", "resolve_target"]

#: Modules of this package reachable as attributes (``zhframe.report.<module>``), imported on first use.
_SUBMODULES = ('design', 'escape', 'findings', 'keywords', 'pages', 'readme', 'rhetoric', 'synthesis', 'tables',
               'topic_choice', 'topics')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
