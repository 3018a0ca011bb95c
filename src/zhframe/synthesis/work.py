"""Pieces of work a :class:`~zhframe.synthesis.study.Study` hands to its engine, and the sample
its k rule runs on: picklable callables over plain tables, so a Dask worker can run them."""

from __future__ import annotations

import pandas as pd

#: Articles per piece of work an engine receives (cleanup, rhetoric features).
PARTITION_ARTICLES = 250


def sample_documents(texts: pd.Series, n: int) -> pd.Series:
    """``texts`` when there are at most ``n``, else a random sample of ``n`` in their order
    (random state 0: the same sample every run). The k rule runs on it: Greene, O'Callaghan &
    Cunningham (2014, "How many topics? Stability analysis for topic models") measure
    stability on document subsamples, and the rule's cost then stops growing with the corpus."""
    if len(texts) <= n:
        return texts
    import numpy as np

    keep = np.sort(np.random.default_rng(0).choice(len(texts), size=n, replace=False))
    return texts.iloc[keep]


def article_parts(table: pd.DataFrame, doc_col: str) -> list[pd.DataFrame]:
    """``table`` cut into consecutive pieces of whole articles, about PARTITION_ARTICLES each."""
    docs = pd.unique(table[doc_col])
    bounds = range(0, len(docs), PARTITION_ARTICLES)
    pieces = [set(docs[a:a + PARTITION_ARTICLES]) for a in bounds]
    return [table[table[doc_col].isin(p)] for p in pieces]


class FeatureTask:
    """Picklable ``paragraphs -> rhetoric feature counts`` with the whole corpus's place names."""

    def __init__(self, names: dict):
        self.names = names

    def __call__(self, paragraphs: pd.DataFrame) -> pd.DataFrame:
        from zhframe.rhetoric.features import paragraph_features

        return paragraph_features(paragraphs, names=self.names)


class KRuleTask:
    """Picklable ``k -> {seed: that k's row of the k rule}`` over every restart seed."""

    def __init__(self, template, texts, seeds, params: dict):
        self.template, self.texts, self.seeds, self.params = template, texts, seeds, params

    def __call__(self, k: int) -> dict:
        from zhframe.topics.stability import k_rule_for_one_k

        return k_rule_for_one_k(self.template, self.texts, int(k), self.seeds, **self.params)
