"""Readable labels of feature columns (Chinese with an English gloss), for tables, prose and figures.

A plain module with no plotting import, so that domain layers (:mod:`zhframe.synthesis`)
and figures (:mod:`zhframe.plots.rhetoric`) share one set of labels.
"""

from __future__ import annotations

#: Axis labels of the feature columns (Chinese with an English gloss).
LABELS = {
    "quote_speech": "引语 speech", "quote_slogan": "口号/提法 slogan", "quote_title": "书名号 title",
    "quote_activity": "活动名 activity", "quote_term": "其他引号 term",
    "slogan_mentions": "口号出现 slogan mentions",
    "claims": "数字论断 claims", "claims_approximate": "约数 approximate claims",
    "dates": "日期 dates", "ordinals": "序数 ordinals",
    "formulas": "数字提法 numbered formulas", "counted_lists": "计数列举 counted lists",
    "ordinal_series": "一是…二是 series",
    "voice_central": "中央 central", "voice_local_official": "地方官员 local official",
    "voice_grassroots_cadre": "基层干部 grassroots cadre", "voice_beneficiary": "受益者 beneficiary",
    "voice_expert": "专家 expert", "voice_citizen": "群众 citizen",
    "voice_student": "学生 student", "voice_unattributed": "无出处 unattributed",
    "first_person": "我区 first person", "third_person": "该区 third person", "name": "区名 name",
    "collective": "全区 collective", "modal": "要/必须 modal", "directive": "坚持/推动 directive",
    "theme_study": "学习教育 study", "theme_lectures": "宣讲宣传 lectures",
    "theme_heritage": "红色资源 heritage", "theme_livelihood": "民生实事 livelihood",
    "theme_organisation": "组织领导 organisation", "theme_youth": "青少年 youth",
    "theme_culture": "文艺 culture",
    "share_sentences_with_claim": "含数字句 with a claim",
}


def label(feature: str) -> str:
    """Axis label of a feature column (the column name itself if it has none)."""
    return LABELS.get(feature, feature.removeprefix("theme_"))
