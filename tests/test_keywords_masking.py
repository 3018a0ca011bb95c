"""Tests of zhframe.keywords.masking: self-references.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

from zhframe import keywords as kw
from keywords_data import paragraphs


def test_self_reference_terms_and_masking():
    terms = kw.self_reference_terms(["北碚区", "开州区"])
    assert {"北碚区", "北碚", "开州区", "开州", "我区", "该区", "全区"} <= set(terms)
    assert terms == sorted(terms)
    # too short to shorten: 沙区 stays whole
    assert "沙" not in kw.self_reference_terms(["沙区"], generic=False)
    tok = kw.masked_tokenizer(str.split, ["北碚区", "开州区"])
    assert tok("北碚 党史 我区 北碚区委 开州人 全区 学习") == ["党史", "学习"]
    masked = kw.keyness(paragraphs(), "district", "甲区",
                        kw.masked_tokenizer(str.split, paragraphs()["district"]))
    # 甲区, 甲 is too short to be a short form but 甲区/乙区/丙区/我区/该区 go
    assert not {"甲区", "乙区", "丙区", "我区", "该区"} & set(masked["term"])
    assert masked["total_target"].iloc[0] == 6
