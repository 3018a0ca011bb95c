"""Tests for zhframe.cleanup.normalize."""

from __future__ import annotations

from zhframe.cleanup import normalize

def test_normalize_punctuation_digits_ellipsis_and_spaces():
    assert normalize("开州召开大会,部署工作;群众说:好!对吗?") == "开州召开大会，部署工作；群众说：好！对吗？"
    assert normalize("村(社区)开展活动") == "村（社区）开展活动"
    assert normalize("启动,2000余名") == "启动，2000余名"
    assert normalize("共1,000人,9:30开始") == "共1,000人，9:30开始"   # digit,digit stays
    assert normalize("Hello, world (ok)") == "Hello, world (ok)"          # Latin text untouched
    assert normalize("２０２１年ＡＢｃ") == "2021年ABc"
    for dots in ("…", "⋯⋯", "...", "。。。", "…………"):
        assert normalize(f"实事{dots}学党史") == "实事……学党史"
    assert normalize("党史 学习　教育") == "党史学习教育"                  # stray and ideographic space
    assert normalize("第 3 届") == "第3届"
    assert normalize("推进“学习新思想  共赞100年”活动") == "推进“学习新思想 共赞100年”活动"
    assert normalize("come on北碚") == "come on北碚"
    assert normalize("树标杆   做表率", phrases=True) == "树标杆 做表率"
    assert normalize("树标杆 做表率") == "树标杆做表率"
