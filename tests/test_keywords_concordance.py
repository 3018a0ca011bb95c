"""Tests of zhframe.keywords.concordance: KWIC and collocations.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

import math

import pytest

from zhframe import keywords as kw
from keywords_data import paragraphs


def test_kwic_literal_matches_with_context():
    k = kw.kwic(paragraphs(), "学习", by="district", window=3)
    assert list(k.columns)[:6] == kw.KWIC_COLUMNS
    assert len(k) == 4
    first = k.iloc[0]
    assert (first["left"], first["term"], first["right"]) == ("党史 ", "学习", " 我区")
    assert (first["group"], first["doc_id"], first["para"]) == ("甲区", "d1", 1)
    assert kw.kwic(paragraphs(), "不存在").empty
    with pytest.raises(ValueError):
        kw.kwic(paragraphs(), "")


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
