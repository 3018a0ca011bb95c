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


def test_bootstrap_flags_a_word_carried_by_one_paragraph():
    # "x" appears 6 times, all in the first of five target paragraphs; "y" in every
    # target paragraph. P(paragraph 1 never drawn) = (4/5)^5 = 0.33 > 0.025, so the
    # interval of x reaches 0 (absent from both -> 0) while y's does not.
    target = ["x x x x x x y", "y c", "y c", "y c", "y c"]
    ref = ["c c", "c c", "c c", "c c", "c c"]
    paras = pd.DataFrame({"g": ["t"] * 5 + ["r"] * 5, "text": target + ref})
    df = kw.keyness(paras, "g", "t", str.split, n_boot=400, random_state=3).set_index("term")
    assert df.loc["x", "g2"] > df.loc["y", "g2"] > 0  # token counts alone rank x first
    assert not df.loc["x", "holds_up"] and df.loc["x", "lr_low"] <= 0
    assert df.loc["y", "holds_up"] and df.loc["y", "lr_low"] > 0
    again = kw.keyness(paras, "g", "t", str.split, n_boot=400, random_state=3).set_index("term")
    assert df.loc["x", "lr_high"] == again.loc["x", "lr_high"]


def test_permutation_p_values():
    target = ["x x x x x x y", "y c", "y c", "y c", "y c"]
    ref = ["c c", "c c", "c c", "c c", "c c"]
    paras = pd.DataFrame({"g": ["t"] * 5 + ["r"] * 5, "text": target + ref})
    df = kw.keyness(paras, "g", "t", str.split, n_perm=500, random_state=0).set_index("term")
    # x sits in one paragraph: any labelling that puts it in "t" is as extreme (p ~ 1/2)
    assert df.loc["x", "perm_p"] > 0.3
    # y in all five target paragraphs: only 1 of C(10,5) = 252 labellings is as extreme
    # (plus its mirror image), p ~ 2/252
    assert df.loc["y", "perm_p"] < 0.05
