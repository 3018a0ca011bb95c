"""Headings: parallelism, 四字格, length."""

import math

from zhframe.rhetoric.headings import heading_features, heading_summary


def test_anaphoric_parallel_against_plain_parallel():
    a = heading_features("用功学 用情讲 用心看 用力做")
    b = heading_features("树标杆 做表率")
    assert (a["parallel"], a["anaphoric"], a["n_phrases"], a["length"]) == (True, True, 4, 12)
    assert (b["parallel"], b["anaphoric"]) == (True, False)


def test_four_character_phrases_and_quote_marks():
    f = heading_features("用功学习 上好党史“必修课”")
    assert f["phrases"] == ["用功学习", "上好党史必修课"] and f["n_four_char"] == 1
    assert not f["parallel"] and f["length"] == 11


def test_summary_shared_lead():
    s = heading_summary(["用功学习 上好党史“必修课”", "用情宣讲 争做红色“传声筒”", "众人一心，方向明确起点高"])
    assert s["n_headings"] == 3 and s["share_four_char"] == 3 / 6
    assert s["shared_lead"] == 2 / 3
    assert math.isnan(heading_summary(["只有一个"])["shared_lead"])


def test_parallel_sets_across_headings():
    from zhframe.rhetoric.headings import parallel_sets
    heads = ["树标杆 做表率", "众人一心，方向明确起点高", "深情讲 生动学", "创新方式，丰富载体激活力",
             "寻找“初心” 党史遗址搭平台"]
    levels = ["heading", "subheading", "heading", "subheading", "heading"]
    assert parallel_sets(heads, levels) == ["A", "B", "A", "B", ""]
    # numbering is layout, not parallelism; equal length alone is not enough
    assert parallel_sets(["一、基本情况", "二、主要做法", "三、存在的问题"]) == ["", "", ""]
    assert parallel_sets(["党员带头冲在前", "村民的日子甜了"]) == ["", ""]
    assert parallel_sets(["党建“红”引领产业“绿”", "服务“暖”托起民生“实”", "专家解读"]) == ["A", "A", ""]


def test_share_in_set_counts_section_heads_only():
    from zhframe.rhetoric.headings import heading_summary
    heads = ["标题", "用功学 用情讲", "用功学习 上好党史“必修课”", "用情宣讲 争做红色“传声筒”"]
    s = heading_summary(heads, ["title", "deck", "heading", "heading"])
    assert s["share_in_set"] == 1.0
