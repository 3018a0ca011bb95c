"""Tests of zhframe.keywords.inference: bootstrap intervals and permutation p-values.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from zhframe import keywords as kw


def test_bootstrap_interval_is_a_point_when_paragraphs_are_alike():
    # target: two identical paragraphs "a a b"; reference: two "b b"
    X = sp.csr_matrix(np.array([[2, 1], [2, 1], [0, 2], [0, 2]]))
    is_target = np.array([True, True, False, False])
    lo, hi = kw.bootstrap_log_ratio(X, is_target, n_boot=50, random_state=0)
    # a: log2((4/6) / (0.5/4)) = log2(5.3333) = 2.415037 in every replicate
    assert lo[0] == pytest.approx(math.log2(16 / 3)) and hi[0] == pytest.approx(lo[0])


def _one_article_each():
    target = ["x x x x x x y", "y c", "y c", "y c", "y c"]
    ref = ["c c", "c c", "c c", "c c", "c c"]
    return pd.DataFrame({"g": ["t"] * 5 + ["r"] * 5, "doc_id": ["A"] * 5 + ["B"] * 5, "text": target + ref})


def test_a_word_carried_by_one_paragraph_does_not_hold_up_one_spread_over_all_does():
    # one article per group: paragraphs are the unit ("these articles")
    df = kw.keyness(_one_article_each(), "g", "t", str.split, n_boot=400, random_state=3)
    assert df.attrs["design"] == "paragraphs" and "these articles" in df.attrs["design_text"]
    df = df.set_index("term")
    assert df.loc["x", "g2"] > df.loc["y", "g2"] > 0  # token counts alone rank x first
    # x sits in one paragraph: half of all labellings put it in "t"; it cannot be tested
    assert df.loc["x", "p_value"] > 0.3 and not df.loc["x", "testable"] and not df.loc["x", "holds_up"]
    # y in all five target paragraphs: 2 of C(10,5) = 252 labellings are as extreme
    assert df.loc["y", "p_value"] == pytest.approx(2 / 252, abs=0.005)
    assert df.loc["y", "holds_up"] and df.loc["y", "q_value"] <= 0.05 and df.loc["y", "lr_low"] > 0
    # the interval is of the tested quantity (share of paragraphs using the term): y is in
    # 5 of 5 target paragraphs and 0 of 5 others, so the data bound only its lower end
    assert df.loc["y", "lr_high"] == math.inf and 0 < df.loc["y", "lr_low"] < df.loc["y", "share_log_ratio"]
    assert (df.loc["y", "units_target"], df.loc["y", "units_reference"]) == (5, 0)
    # the interval inverts the same test (Miettinen): it excludes 0 exactly when p < 0.05
    tested = df[df["p_value"] < 1]
    assert ((tested["lr_low"] > 0) | (tested["lr_high"] < 0)).eq(tested["p_value"] < 0.05).all()
    # c (4 of 5 target paragraphs, 5 of 5 others) gives p = 1: nothing bounds its ratio
    assert df.loc["c", "p_value"] == 1 and df.loc["c", "lr_low"] == -math.inf
    again = kw.keyness(_one_article_each(), "g", "t", str.split, n_boot=400, random_state=3).set_index("term")
    assert df.loc["x", "lr_high"] == again.loc["x", "lr_high"]


def test_design_is_articles_when_each_side_has_several_and_can_be_forced():
    paras = _one_article_each().assign(doc_id=["A", "A", "C", "C", "E", "B", "B", "D", "D", "F"])
    df = kw.keyness(paras, "g", "t", str.split, n_perm=999)
    assert df.attrs["design"] == "articles" and set(df["design"]) == {"articles"}
    # 3 articles against 3: the most extreme labelling has p = 2/20, so nothing can hold
    assert not df["holds_up"].any() and df["p_value"].min() >= 0.09
    # paragraphs of several articles per side are not independent draws: refused in one line
    with pytest.raises(ValueError, match="design='paragraphs' refused: each side has several articles"):
        kw.keyness(paras, "g", "t", str.split, n_perm=999, design="paragraphs")
    with pytest.raises(ValueError, match="two articles"):
        kw.keyness(_one_article_each(), "g", "t", str.split, design="articles")
    with pytest.raises(ValueError, match="design"):
        kw.keyness(paras, "g", "t", str.split, design="tokens")


def test_no_inference_keeps_the_old_columns():
    df = kw.keyness(_one_article_each(), "g", "t", str.split)
    assert list(df.columns) == kw.KEYNESS_COLUMNS + ["g2_p_value", "compounds", "compound_count_target",
                                                     "compound_count_reference"]
    assert (df["p_value"] == df["g2_p_value"]).all()
