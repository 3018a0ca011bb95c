"""Tests of zhframe.keywords: keyness statistics by hand, TF-IDF, masking, KWIC, collocations.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from zhframe import keywords as kw

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


def test_keyness_table_columns_sorting_and_totals():
    df = kw.keyness_table(["x", "y", "z"], [10, 0, 90], [5, 5, 190], 100, 200)
    assert list(df.columns) == kw.KEYNESS_COLUMNS
    assert (df["total_target"] == 100).all() and (df["total_reference"] == 200).all()
    assert df["g2"].abs().is_monotonic_decreasing
    assert df.set_index("term").loc["y", "g2"] < 0 < df.set_index("term").loc["x", "g2"]
    # equal |g2| ties are broken by term
    tie = kw.keyness_table(["b", "a"], [10, 5], [5, 10], 100, 100)
    assert tie["term"].tolist() == ["a", "b"]


def _paragraphs():
    # three groups; target "甲区" vs the rest ("乙区" + "丙区")
    return pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d2", "d3"],
        "para": [1, 2, 1, 2, 1],
        "district": ["甲区", "甲区", "乙区", "乙区", "丙区"],
        "text": ["党史 学习 我区 甲区", "党史 宣讲 甲 学习", "学习 实事 该区", "实事 乙", "实事 丙区 学习"],
    })


def test_keyness_target_against_the_rest_with_any_number_of_groups():
    df = kw.keyness(_paragraphs(), "district", "甲区", str.split)
    row = df.set_index("term").loc["党史"]
    # target tokens: 4 + 4 = 8 ; rest: 3 + 2 + 3 = 8
    assert (row["count_target"], row["count_reference"]) == (2, 0)
    assert (row["total_target"], row["total_reference"]) == (8, 8)
    # G2 = 2 * 2 ln(2 / 1) = 4 ln 2
    assert row["g2"] == pytest.approx(4 * math.log(2))
    # min_count drops rare terms but not the totals
    kept = kw.keyness(_paragraphs(), "district", "甲区", str.split, min_count=3)
    assert set(kept["term"]) == {"学习", "实事"}
    assert (kept["total_target"] == 8).all()


def test_keyness_bad_input_is_a_clear_valueerror():
    with pytest.raises(ValueError, match="not a value of column"):
        kw.keyness(_paragraphs(), "district", "丁区", str.split)
    with pytest.raises(ValueError, match="lack column"):
        kw.keyness(_paragraphs(), "county", "甲区", str.split)
    one = _paragraphs().assign(district="甲区")
    with pytest.raises(ValueError, match="only one value"):
        kw.keyness(one, "district", "甲区", str.split)
    with pytest.raises(ValueError, match="prior"):
        kw.keyness(_paragraphs(), "district", "甲区", str.split, prior="uniform")


def test_self_reference_terms_and_masking():
    terms = kw.self_reference_terms(["北碚区", "开州区"])
    assert {"北碚区", "北碚", "开州区", "开州", "我区", "该区", "全区"} <= set(terms)
    assert terms == sorted(terms)
    # too short to shorten: 沙区 stays whole
    assert "沙" not in kw.self_reference_terms(["沙区"], generic=False)
    tok = kw.masked_tokenizer(str.split, ["北碚区", "开州区"])
    assert tok("北碚 党史 我区 北碚区委 开州人 全区 学习") == ["党史", "学习"]
    masked = kw.keyness(_paragraphs(), "district", "甲区",
                        kw.masked_tokenizer(str.split, _paragraphs()["district"]))
    # 甲区, 甲 is too short to be a short form but 甲区/乙区/丙区/我区/该区 go
    assert not {"甲区", "乙区", "丙区", "我区", "该区"} & set(masked["term"])
    assert masked["total_target"].iloc[0] == 6


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


def test_class_tfidf_by_hand():
    # class A: x 3, y 1 ; class B: y 4. A (avg tokens per class) = 4; f_x = 3, f_y = 5
    # W[A,x] = 0.75 ln(1 + 4/3) = 0.635473 ; W[A,y] = 0.25 ln(1.8) = 0.146947
    # W[B,y] = 1.0 ln(1.8) = 0.587787 ; W[B,x] = 0
    W = kw.class_tfidf(np.array([[3, 1], [0, 4]]))
    assert W == pytest.approx(np.array([[0.635473, 0.146947], [0.0, 0.587787]]), abs=1e-6)


def test_tfidf_and_ctfidf_by_group():
    paras = _paragraphs()
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
    f = kw.group_frequencies(_paragraphs(), "district", str.split)
    assert f.loc["学习"].tolist() == [1, 1, 2]  # 丙区, 乙区, 甲区 (sorted)
    assert int(f.to_numpy().sum()) == 16


def test_kwic_literal_matches_with_context():
    k = kw.kwic(_paragraphs(), "学习", by="district", window=3)
    assert list(k.columns)[:6] == kw.KWIC_COLUMNS
    assert len(k) == 4
    first = k.iloc[0]
    assert (first["left"], first["term"], first["right"]) == ("党史 ", "学习", " 我区")
    assert (first["group"], first["doc_id"], first["para"]) == ("甲区", "d1", 1)
    assert kw.kwic(_paragraphs(), "不存在").empty
    with pytest.raises(ValueError):
        kw.kwic(_paragraphs(), "")


def test_collocations_pmi_and_g2_by_hand():
    # window 1: slots (a,b) (b,c) (c,a) (a,b): N = 4; (a,b) seen 2 times,
    # R1 = slots starting with a = 2, C1 = slots ending with b = 2, E = 2*2/4 = 1
    # PMI = log2(2/1) = 1 ; table [[2, 0], [0, 2]], all E = 1: G2 = 2 (2 ln2 + 2 ln2) = 8 ln 2
    col = kw.collocations([["a", "b", "c", "a", "b"]], window=1, min_count=2)
    assert col[["left", "right", "count"]].values.tolist() == [["a", "b", 2]]
    assert col["expected"].item() == pytest.approx(1.0)
    assert col["pmi"].item() == pytest.approx(1.0)
    assert col["g2"].item() == pytest.approx(8 * math.log(2))
    # pairs do not cross paragraphs; node filter
    assert kw.collocations([["a"], ["b"]], window=3, min_count=1).empty
    node = kw.collocations([["a", "b", "c", "a", "b"]], window=2, min_count=1, node="c")
    assert set(node["left"]) | set(node["right"]) >= {"c"}
    assert all("c" in (l, r) for l, r in zip(node["left"], node["right"]))
    with pytest.raises(ValueError):
        kw.collocations([["a"]], window=0)


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


def test_jieba_prior_gives_unknown_terms_a_positive_prior():
    bg = kw.jieba_background(["党史", "不是一个词语xyz"])
    assert bg[0] > 0 and bg[1] == 0
    df = kw.keyness(_paragraphs(), "district", "甲区", str.split, prior="jieba")
    assert np.isfinite(df["log_odds_z"]).all()


def test_keyness_command_prints_sorted_csv_and_one_line_errors(capsys):
    import io

    from zhframe.cli import main

    assert main(["keyness", "--by", "district", "--target", "北碚区", "--corpus", "seeds"]) == 0
    out = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert {"term", "count_target", "count_reference", "total_target", "total_reference", "g2",
            "log_ratio", "log_odds_z"} <= set(out.columns)
    assert out["g2"].abs().is_monotonic_decreasing
    assert out["total_target"].nunique() == 1 and out["count_target"].sum() == out["total_target"][0]
    for argv, message in ((["--by", "distric", "--target", "北碚区"], "no column 'distric'"),
                          (["--by", "district", "--target", "北碚"], "is not a value"),
                          (["--by", "city", "--target", "重庆市"], "one value only")):
        assert main(["keyness", *argv, "--corpus", "seeds"]) == 2
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "manifest.csv" in err


def test_keyness_figures_draw_the_chosen_terms():
    import matplotlib.pyplot as plt

    from zhframe.plots import keywords as kwplots

    paras = _paragraphs()
    table = kw.keyness(paras, "district", "甲区", str.split, n_boot=50)
    fig = kwplots.keyness_bars(table, "甲区", n=2)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert any(t.startswith("党史 (2/0)") for t in texts)
    freqs = kw.group_frequencies(paras, "district", str.split)
    fig2 = kwplots.frequency_scatter(freqs, table, "甲区")
    assert len(fig2.axes[0].collections[0].get_offsets()) == len(freqs)
    with pytest.raises(ValueError):
        kwplots.frequency_scatter(freqs, table, "丁区")
    plt.close("all")
