"""Keywords and keyness: which words each group gives its space to, and which differences hold up.

Units and inputs
----------------
Every function here works on *paragraphs*: a DataFrame with one row per body
paragraph and at least the columns ``doc_id``, ``para`` (paragraph number
within the document), ``text`` (normalised paragraph text) and the grouping
column (``district`` or any other manifest column). Paragraphs, not articles,
are the documents: with two articles an article-level idf can take only two
values, whereas a district's paragraphs show how evenly a word is spread.

Words come from a ``tokenizer``: any callable ``str -> list[str]`` (the
project's :class:`zhframe.tokenize.Tokenizer`; ``str.split`` on pre-spaced
text in the tests). It is passed to scikit-learn's vectorizers with
``token_pattern=None`` so that scikit-learn does no tokenizing of its own.

What is here
------------
- TF-IDF: :func:`tfidf_by_group` (mean paragraph TF-IDF per group),
  :func:`class_tfidf` / :func:`ctfidf_by_group` (class-based TF-IDF,
  Grootendorst 2022) and :func:`jieba_keywords` (jieba's ``extract_tags`` and
  ``textrank`` per article, the baselines readers know).
- Keyness of a target group against the rest (any number of groups):
  :func:`g2` (signed log-likelihood, Rayson & Garside 2000) with
  :func:`g2_pvalue`, :func:`log_ratio` (Hardie 2014) and
  :func:`log_odds_dirichlet` (Monroe, Colaresi & Quinn 2008), assembled by
  :func:`keyness`, which can add paragraph-bootstrap intervals of Log Ratio
  (:func:`bootstrap_log_ratio`).
- Every group against the rest at the article level, one correction over all contrasts
  (:func:`keyness_by_group`; ``within=`` for nesting, ``adjust_for=`` a date), per-group
  shrunken shares for ranking many small groups (:func:`group_shares`) and per-term trends
  over time (:func:`keyword_trends`), all on :mod:`zhframe.stats`.
- Masking the groups' own names and self-references
  (:func:`self_reference_terms`, :class:`MaskedTokenizer`).
- :func:`kwic` concordances and :func:`collocations` (PMI and G²).

Modules
-------
:mod:`~zhframe.keywords.counting` (paragraph checks, count matrices, group
frequencies), :mod:`~zhframe.keywords.masking` (self-references),
:mod:`~zhframe.keywords.statistics` (G², Log Ratio, log-odds),
:mod:`~zhframe.keywords.table` (the keyness table),
:mod:`~zhframe.keywords.inference` (intervals and permutation tests),
:mod:`~zhframe.keywords.tfidf`, :mod:`~zhframe.keywords.extractors` (jieba's
baselines) and :mod:`~zhframe.keywords.concordance` (KWIC, collocations).
This package re-exports every public name so ``from zhframe.keywords import kwic``
keeps working.
"""

from zhframe.keywords.concordance import (KWIC_COLUMNS, KWIC_SORT_COLUMNS, collocations, kwic,
                                          kwic_substring, sort_kwic, term_families)
from zhframe.keywords.counting import (Tokenizer, corpus_paragraphs, count_matrix, default_tokenizer,
                                       group_frequencies)
from zhframe.keywords.extractors import jieba_keywords
from zhframe.keywords.inference import bootstrap_log_ratio
from zhframe.keywords.masking import (ADMIN_SUFFIXES, GENERIC_SELF_REFERENCES, MaskedTokenizer,
                                      corpus_masked_tokenizer, masked_tokenizer, self_reference_terms)
from zhframe.keywords.statistics import (LOG_RATIO_ZERO, dirichlet_prior, g2, g2_pvalue, jieba_background,
                                         log_odds_dirichlet, log_ratio, own_jieba)
from zhframe.keywords.table import (GROUP_COLUMNS, INFERENCE_COLUMNS, KEYNESS_COLUMNS, TREND_COLUMNS, keyness,
                                    group_shares, keyness_by_group, keyness_table, keyword_trends, sort_by_abs)
from zhframe.keywords.tfidf import class_tfidf, ctfidf_by_group, tfidf_by_group

__all__ = [
    "GROUP_COLUMNS", "TREND_COLUMNS", "group_shares", "keyness_by_group", "keyword_trends",
    "ADMIN_SUFFIXES", "corpus_masked_tokenizer", "GENERIC_SELF_REFERENCES", "INFERENCE_COLUMNS", "KEYNESS_COLUMNS", "KWIC_COLUMNS",
    "KWIC_SORT_COLUMNS", "LOG_RATIO_ZERO", "kwic_substring", "sort_kwic", "term_families",
    "MaskedTokenizer", "Tokenizer", "bootstrap_log_ratio", "class_tfidf", "collocations",
    "corpus_paragraphs", "count_matrix", "ctfidf_by_group", "default_tokenizer", "dirichlet_prior",
    "g2", "g2_pvalue", "group_frequencies", "jieba_background", "jieba_keywords", "keyness",
    "keyness_table", "kwic", "log_odds_dirichlet", "log_ratio", "masked_tokenizer", "own_jieba",
    "self_reference_terms", "sort_by_abs", "tfidf_by_group",
]

#: Modules of this package reachable as attributes (``zhframe.keywords.<module>``), imported on first use.
_SUBMODULES = ('concordance', 'counting', 'extractors', 'inference', 'masking', 'profile', 'statistics', 'table', 'tfidf')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
