"""Suite-wide settings: which tests are end-to-end runs (marker ``slow``).

``make test`` (and CI) runs everything; ``make test-fast`` leaves out the tests listed here:
each executes notebooks, runs whole commands or ``make`` in subprocesses, or starts a cluster,
and together they are most of the suite's time. A test can also carry ``@pytest.mark.slow``
itself; this list marks the ones whose modules are shared by several owners.
"""

from __future__ import annotations

import pytest

#: (module, test-name prefix) of the end-to-end tests.
SLOW = (
    ("test_notebooks.py", "test_every_notebook_executes_on_the_seeds"),
    ("test_notebooks.py", "test_committed_figures_are_exactly_what_the_notebooks_produce"),
    ("test_notebooks.py", "test_committed_findings_are_what_the_notebook_produces"),
    ("test_notebooks.py", "test_a_researchers_corpus_with_three_groups_gets_every_notebook"),
    ("test_robustness.py", "test_table"),
    ("test_robustness.py", "test_make_"),
    ("test_robustness.py", "test_failing_notebook_is_one_line_naming_it"),
    ("test_robustness.py", "test_tiny_runs_are_quiet_identical_relative_and_survive_bad_timings"),
    ("test_robustness.py", "test_in_place_run_removes_an_injected_cell_left_in_a_committed_notebook"),
    ("test_robustness.py", "test_null_rows_in_every_cache_change_no_result"),
    ("test_robustness.py", "test_short_articles_without_layout_decisions_run_through_cleanup"),
)


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.nodeid.split("::")[0].rsplit("/", 1)[-1]
        if any(module == m and item.name.startswith(prefix) for m, prefix in SLOW):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _environment_restored():
    """Every test starts from the same environment: a command run in-process sets the run's
    dictionaries and stopwords for its notebook kernels (``ZHFRAME_DICT``, ``ZHFRAME_STOPWORDS``),
    and that must not reach the next test's tokenizer."""
    import os

    saved = dict(os.environ)
    yield
    os.environ.clear()
    os.environ.update(saved)
