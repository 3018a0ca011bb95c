"""Tests of zhframe.keywords.concordance: KWIC and collocations.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

import math

import pytest

from zhframe import keywords as kw
from keywords_data import paragraphs


def test_kwic_substring_is_the_old_literal_view():
    k = kw.kwic_substring(paragraphs(), "学习", by="district", window=3)
    assert list(k.columns)[:6] == kw.KWIC_COLUMNS
    assert len(k) == 4
    first = k.iloc[0]
    assert (first["left"], first["term"], first["right"]) == ("党史 ", "学习", " 我区")
    assert (first["group"], first["doc_id"], first["para"]) == ("甲区", "d1", 1)
    assert kw.kwic_substring(paragraphs(), "不存在").empty
    with pytest.raises(ValueError):
        kw.kwic_substring(paragraphs(), "")


def _compound_paragraphs():
    import pandas as pd

    return pd.DataFrame({"doc_id": ["a", "a", "b"], "para": [1, 2, 1], "g": ["甲", "甲", "乙"],
                         "text": ["学 党史 党史学习教育 开展", "党史 宣讲 学 党史", "党史学习教育 开展 学党史"]})


def test_kwic_matches_tokens_and_phrases_not_substrings():
    k = kw.kwic(_compound_paragraphs(), "党史", by="g", window=2, tokenizer=str.split)
    # the token 党史 three times; 党史学习教育 and 学党史 are other tokens
    assert list(k["term"]) == ["党史"] * 3 and list(k["doc_id"]) == ["a", "a", "a"]
    first = k.iloc[0]
    assert (first["left"], first["right"], first["left_key"], first["right_key"]) == (
        "学 ", " 党史学习教育 开展", "学", "党史学习教育 开展")
    assert (first["start"], first["token"]) == (2, 1)
    assert len(kw.kwic_substring(_compound_paragraphs(), "党史")) == 6
    phrase = kw.kwic(_compound_paragraphs(), "学 党史", tokenizer=str.split, window=1)
    assert list(phrase["term"]) == ["学 党史", "学 党史"] and list(phrase["right"]) == [" 党史学习教育", ""]
    assert kw.kwic(_compound_paragraphs(), ["学", "党史"], tokenizer=str.split).equals(
        kw.kwic(_compound_paragraphs(), "学 党史", tokenizer=str.split))
    rx = kw.kwic(_compound_paragraphs(), "党史.*", regex=True, tokenizer=str.split)
    assert len(rx) == 5  # 党史 x3 and 党史学习教育 x2, not 学党史
    with pytest.raises(ValueError):
        kw.kwic(_compound_paragraphs(), " ", tokenizer=str.split)


def test_sort_kwic_groups_lines_by_their_neighbours():
    k = kw.kwic(_compound_paragraphs(), "党史", window=2, tokenizer=str.split)
    assert list(kw.sort_kwic(k, "left")["left_key"]) == sorted(k["left_key"])
    right = kw.sort_kwic(k, "right")
    assert list(right["right_key"]) == sorted(k["right_key"])
    with pytest.raises(ValueError):
        kw.sort_kwic(k, "middle")


def test_term_families_count_the_compounds_that_hold_a_term():
    terms = ["党史", "党史学习教育", "学党史", "开展"]
    fam = kw.term_families(terms, [3, 1, 0, 1], [0, 1, 1, 1])
    assert fam.loc["党史", "compounds"] == "党史学习教育 1/1; 学党史 0/1"
    assert (fam.loc["党史", "compound_count_target"], fam.loc["党史", "compound_count_reference"]) == (1, 2)
    assert fam.loc["开展", "compounds"] == "" and fam.loc["开展", "compound_count_target"] == 0


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
