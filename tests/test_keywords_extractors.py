"""Tests of zhframe.keywords.extractors: jieba's baselines.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""


import pytest

from zhframe import keywords as kw


def test_jieba_baselines_use_their_own_tokenizer():
    import jieba

    before = jieba.dt.initialized
    texts = {"d1": "党史学习教育走深走实。党史学习教育深入人心,群众满意。",
             "d2": "路灯亮了,群众满意。路灯照亮回家的路。"}
    tags = kw.jieba_keywords(texts, "tfidf", top_n=3)
    assert list(tags.columns) == ["doc_id", "method", "rank", "term", "weight"]
    assert tags.groupby("doc_id")["rank"].max().tolist() == [3, 3]
    assert "路灯" in tags[tags["doc_id"] == "d2"]["term"].tolist()
    rank = kw.jieba_keywords(texts, "textrank", top_n=3)
    assert set(rank["method"]) == {"textrank"} and not rank.empty
    assert jieba.dt.initialized == before  # the global tokenizer was not loaded or used
    with pytest.raises(ValueError):
        kw.jieba_keywords(texts, "lda")
