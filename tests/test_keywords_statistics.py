"""Tests of zhframe.keywords.statistics: G², Log Ratio and log-odds by hand, the jieba prior.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

import math

import numpy as np
import pytest

from zhframe import keywords as kw
from keywords_data import paragraphs


# The 2x2 table used by the hand computations:
#                 term   other words   total
#   target          10        90        100  (c)
#   reference        5       195        200  (d)
A, B, C, D = 10, 5, 100, 200


def test_g2_rayson_garside_by_hand():
    # E1 = c(a+b)/(c+d) = 100*15/300 = 5 ; E2 = 200*15/300 = 10
    # G2 = 2 (10 ln(10/5) + 5 ln(5/10)) = 2 (10 ln 2 - 5 ln 2) = 10 ln 2 = 6.931472
    assert kw.g2(A, B, C, D) == pytest.approx(10 * math.log(2))
    # target relatively rarer -> negative sign: swap the corpora
    assert kw.g2(B, A, D, C) == pytest.approx(-10 * math.log(2))
    # chi-squared 1 df: sf(x) = erfc(sqrt(x/2)) = erfc(1.86167) = 0.0084692
    assert kw.g2_pvalue(-10 * math.log(2)) == pytest.approx(0.0084692, rel=1e-4)
    # equal relative frequency: no evidence
    assert kw.g2(2, 4, 100, 200) == pytest.approx(0.0)


def test_g2_full_table_and_zero_cells_by_hand():
    # the other two cells: O=90, E=100-5=95 ; O=195, E=200-10=190
    # G2 = 2 (10 ln2 + 5 ln .5 + 90 ln(90/95) + 195 ln(195/190))
    #    = 2 (3.465736 - 4.866075 + 5.065245) = 7.329812
    assert kw.g2(A, B, C, D, full_table=True) == pytest.approx(7.329812, rel=1e-6)
    # a term only in the target: 0 ln 0 = 0, so G2 = 2 * 4 ln(4 / (10*4/30)) = 8 ln 3
    assert kw.g2(4, 0, 10, 20) == pytest.approx(8 * math.log(3))


def test_log_ratio_hardie_by_hand():
    # log2((10/100) / (5/200)) = log2(0.1 / 0.025) = log2(4) = 2
    assert kw.log_ratio(A, B, C, D) == pytest.approx(2.0)
    # zero in the target -> 0.5 (Hardie): log2((0.5/10) / (4/20)) = log2(0.25) = -2
    assert kw.log_ratio(0, 4, 10, 20) == pytest.approx(-2.0)
    # absent from both -> 0, whatever the totals
    assert kw.log_ratio(0, 0, 10, 40) == 0.0


def test_log_odds_dirichlet_monroe_by_hand():
    # prior: pooled counts [15, 285] scaled to alpha0 = 60 -> alpha = [3, 57]
    alpha = kw.dirichlet_prior([15, 285], alpha0=60)
    assert alpha == pytest.approx([3.0, 57.0])
    # delta = ln(13 / (100+60-13)) - ln(8 / (200+60-8)) = ln(13/147) - ln(8/252)
    #       = ln(3276/1176) = ln(2.785714) = 1.024504
    # var = 1/13 + 1/8 = 0.201923 ; z = 1.024504 / 0.449358 = 2.279926
    delta, z = kw.log_odds_dirichlet([A, 90], [B, 195], C, D, alpha)
    assert delta[0] == pytest.approx(1.0245043, rel=1e-6)
    assert z[0] == pytest.approx(2.2799263, rel=1e-6)
    # default alpha0 = pooled total (300): alpha_w = pooled count = 15
    assert kw.dirichlet_prior([15, 285]) == pytest.approx([15.0, 285.0])
    # a background only gives the shape (+0.5 each): [0, 1] -> [0.5, 1.5] / 2 * 8
    assert kw.dirichlet_prior([1, 1], alpha0=8, background=[0, 1]) == pytest.approx([2.0, 6.0])
    with pytest.raises(ValueError):
        kw.dirichlet_prior([1, 1], alpha0=0)


def test_jieba_prior_gives_unknown_terms_a_positive_prior():
    bg = kw.jieba_background(["党史", "不是一个词语xyz"])
    assert bg[0] > 0 and bg[1] == 0
    df = kw.keyness(paragraphs(), "district", "甲区", str.split, prior="jieba")
    assert np.isfinite(df["log_odds_z"]).all()
