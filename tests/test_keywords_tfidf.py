"""Tests of zhframe.keywords.tfidf and counting: TF-IDF, c-TF-IDF, group frequencies.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""


import numpy as np
import pytest

from zhframe import keywords as kw
from keywords_data import paragraphs


def test_class_tfidf_by_hand():
    # class A: x 3, y 1 ; class B: y 4. A (avg tokens per class) = 4; f_x = 3, f_y = 5
    # W[A,x] = 0.75 ln(1 + 4/3) = 0.635473 ; W[A,y] = 0.25 ln(1.8) = 0.146947
    # W[B,y] = 1.0 ln(1.8) = 0.587787 ; W[B,x] = 0
    W = kw.class_tfidf(np.array([[3, 1], [0, 4]]))
    assert W == pytest.approx(np.array([[0.635473, 0.146947], [0.0, 0.587787]]), abs=1e-6)


def test_tfidf_and_ctfidf_by_group():
    paras = paragraphs()
    top = kw.tfidf_by_group(paras, "district", str.split, top_n=2)
    assert list(top.columns) == ["district", "rank", "term", "score"]
    assert sorted(top["district"].unique()) == ["丙区", "乙区", "甲区"]
    assert (top.groupby("district")["rank"].max() <= 2).all()
    # 实事 is in both 乙区 paragraphs: it should lead 乙区
    assert top[(top["district"] == "乙区") & (top["rank"] == 1)]["term"].item() == "实事"
    c = kw.ctfidf_by_group(paras, "district", str.split, top_n=3)
    lead = c[c["rank"] == 1].set_index("district")["term"]
    assert lead["甲区"] in {"党史", "甲区", "我区", "宣讲", "甲"}
    assert c["score"].gt(0).all()


def test_group_frequencies():
    f = kw.group_frequencies(paragraphs(), "district", str.split)
    assert f.loc["学习"].tolist() == [1, 1, 2]  # 丙区, 乙区, 甲区 (sorted)
    assert int(f.to_numpy().sum()) == 16
