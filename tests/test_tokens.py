"""Tests of zhframe.keywords.profile: lexical diversity, sizes, top terms, POS profile, kept terms."""

from __future__ import annotations

import pandas as pd
import pytest

from zhframe.keywords import profile as T


def test_mattr_by_hand():
    # windows of 3 over a b a c: {a,b,a}=2/3, {b,a,c}=3/3 -> mean 5/6
    assert T.mattr(list("abac"), window=3) == pytest.approx(5 / 6)
    assert T.mattr(list("ab"), window=3) == 1.0  # shorter than the window: plain TTR
    assert T.mattr([], window=3) != T.mattr([], window=3)  # NaN


def test_mattr_does_not_fall_with_length_like_raw_ttr():
    unit = list("abcdefghij" * 3)  # a repetitive text, repeated
    short, long = unit * 2, unit * 20
    assert len(set(long)) / len(long) < len(set(short)) / len(short)
    assert T.mattr(long, window=20) == pytest.approx(T.mattr(short, window=20))


def test_size_top_terms_and_kept_terms():
    paras = pd.DataFrame({"text": ["x", "y", "z"], "g": ["A", "A", "B"]})
    toks = [["党史", "学习", "党史"], ["学习", "我区"], ["该区", "学习"]]
    sizes = T.size_table(paras, toks, "g", window=2)
    assert sizes.loc["A", "tokens"] == 5 and sizes.loc["A", "types"] == 3 and sizes.loc["B", "paragraphs"] == 1
    assert "ttr_sample_2" in sizes.columns
    top = T.top_terms(paras, toks, "g", n=2)
    assert top[top.g == "A"][["term", "count"]].values.tolist() == [["党史", 2], ["学习", 2]]  # tie by term
    assert top[top.g == "B"]["term"].tolist() == ["学习", "该区"]
    with pytest.raises(ValueError, match="paragraphs"):
        T.size_table(paras, toks[:2], "g")
    kept = T.kept_terms(["开展 党史学习教育", "党史学习教育"], ["党史学习教育", "不在"],
                        plain_cut=lambda s: [c for c in s if not c.isspace()],
                        project_cut=lambda s: [w for w in s.split()] if " " in s else [s])
    assert kept.values.tolist() == [["党史学习教育", 2, 0, 2, "党 / 史 / 学 / 习 / 教 / 育"]]


def test_pos_profile_shares_sum_to_one_with_intervals():
    paras = pd.DataFrame({"g": ["A", "A", "B", "B"]})
    tagged = [[("党史", "n"), ("学习", "v"), ("，", "x")], [("群众", "n")],
              [("开展", "v")], [("活动", "vn"), ("我区", "r")]]
    prof = T.pos_profile(paras, tagged, "g", n_boot=50)
    a = prof[prof.g == "A"].set_index("pos")
    assert a["share"].sum() == pytest.approx(1) and a.loc["noun 名词", "count"] == 2
    assert a.loc["other 其他", "count"] == 0  # punctuation left out
    assert (prof["low"] <= prof["share"] + 1e-12).all() and (prof["share"] <= prof["high"] + 1e-12).all()


def test_rarefied_ttr_is_the_exact_mean_over_every_sample():
    from itertools import combinations

    from zhframe.keywords.profile import rarefied_ttr

    tokens = list("aabbbcd")
    for size in range(1, len(tokens) + 1):
        samples = list(combinations(range(len(tokens)), size))
        exact = sum(len({tokens[i] for i in s}) for s in samples) / len(samples) / size
        assert abs(rarefied_ttr(tokens, size) - exact) < 1e-9
    with pytest.raises(ValueError):
        rarefied_ttr(tokens, len(tokens) + 1)
