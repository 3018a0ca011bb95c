"""The headers of boxes beside a report's text, and the one-line boxes.

A page sets beside its report boxes that are not the report: a list of other articles under
往期推荐 or 相关阅读, readers' comments under 网友评论, a table of contents under 目录, a person's
profile under 人物名片 or 干部简历, and asides that explain or advise (知识链接, 小贴士, 温馨提示,
法条链接, 办事指南). Their header is a whole short line, perhaps between ornaments or behind an
emoji (✦ 往期推荐 ✦, 💡 小贴士); :func:`box_head_rule` names the kind. In black brackets a header
may hold its content on the same line (【作者简介】林某，某报评论员。 【统战知识】…):
:func:`box_line_rule`. A topic's tips (警方提示, 家庭教育小贴士) may also head the closing section
of a report's own text, so :func:`topic_box_header` is read only where the line heads a box
(:mod:`zhframe.corpus.html`).
"""

from __future__ import annotations

import re

# A list of other articles under a 往期推荐 / 相关阅读 header: the header, then its items.
# (往期 and any two characters: 往期推荐, 往期回顾, 往期书单, 往期好文: past posts)
_RELATED_HEAD = re.compile(r"^[【\[]?\s*(往期[\u4e00-\u9fff]{2}|精彩回顾|精彩推荐|"
                           r"推荐阅读|相关阅读|延伸阅读|猜你喜欢|相关新闻|相关链接|相关报道|相关推荐|"
                           r"相关文章|推荐文章|为你推荐|大家都在看|热门阅读|更多阅读|更多精彩|热门推荐|"
                           r"热点排行|热门文章|相关视频|热门视频|推荐视频|更多视频|"
                           r"相关专题|热门专题|精彩专题|专题推荐|更多专题|相关图片|相关图集|精彩图片|图片推荐|更多图片|"
                           r"一周要闻|本周要闻|要闻速览|新闻速览|短讯|简讯|本版短讯|新闻短讯|"
                           r"(近期|今日|本周)?热文(推荐)?|(喜欢此内容的人|你可能)还喜欢)\s*[】\]]?\s*[:：]?\s*$")
# The header of readers' comments under a report (网友评论, 精选留言, 网友互动, 全部评论（12）, 热门跟帖, 网友热议35):
# a whole line; a bare 评论 is left alone (it is also a column's name), not one that counts
# readers' comments (评论（50）, 共12条评论).
_COMMENTS_HEAD = re.compile(r"^[【\[]?\s*((网友|读者|用户|热门|最新|全部|精选|相关)(评论|留言|互动|跟帖|跟贴|热议)|发表评论|我要评论|互动话题|"
                            r"我要留言|写留言|评论区|留言区|留言板|评论列表)\s*[】\]]?\s*"
                            r"(?:[（(]?\s*\d+\s*(条)?[)）]?)?\s*[:：]?\s*$"
                            r"|^\s*(评论|留言|跟帖|跟贴)\s*[（(]\s*\d+\s*条?\s*[)）]\s*$|^\s*共?\s*\d+\s*条(评论|留言|跟帖|跟贴)\s*$")
# The header of a post's table of contents.
_CONTENTS_HEAD = re.compile(r"^[【\[]?\s*(目录|导读|本期导读|内容导读|本文导读|阅读导航|本版导读|本版目录|"
                            r"(?:本版|版面)(?:标题)?导航|标题导航)\s*[】\]]?\s*[:：]?\s*$")  # an e-paper's list
# Whose profile a box gives: a deputy, a person, the author, a guest, the speaker...
_WHO = r"(?:代表|人物|个人|作者|委员|嘉宾|专家|干部|领导|劳模|主讲人|主讲嘉宾|讲师|受访者|受访人)"
# The header of a profile box beside a report on a person (代表档案, 人物名片, 个人简介).
_PROFILE_HEAD = re.compile(rf"^[【\[]?\s*({_WHO}(档案|简介|介绍|名片|小档案|资料|简历)|"
                           r"[\u4e00-\u9fff]{2,6}(名片|小档案)|(村情|镇情|乡情|社区|企业|学校|基地)(简介|概况))"
                           r"\s*[】\]]?\s*[:：]?\s*$")  # 志愿服务队名片, 村情简介
# The header of a box beside the text that explains or advises rather than reports (知识链接,
# 小贴士, 温馨提示, a law's 法条链接, a 办事指南): a whole line; numbered (七、温馨提示) it is a
# section of the text; in black brackets or before a bar it may name its topic or hold its tip
# (【知识链接】什么是…？, 知识链接｜什么是…？).
# A glossary (名词解释) is the line cleanup's: its entries are kind glossary.
GLOSSARY_MARKERS = ("名词解释", "词语解释", "术语解释", "名词链接")
_ASIDE_WORDS = (r"((?:知识|背景|法条|法律|史料|政策|案例)链接|(?:史料|知识|资料)卡片|小贴士|温馨提示|相关法条|小知识|"
                r"知识点|背景资料|办事指南|就诊指南|监督电话)")
# a topic's tips or facts (家庭教育小贴士, 非遗小知识, 警方提示, 专家提示, 查档指南, a paper's 新闻热线,
# a 记者手记, a 家长回执 slip, a 今日赛果 table): a box's header when it heads a box
# (:func:`topic_box_header`; in the text's own flow 警方提示 may head its closing section); in
# black brackets any short topic before 知识/提示/链接/卡片 (【统战知识】…)
_TOPIC_ASIDE = (r"([\u4e00-\u9fff]{2,4}(?:小贴士|小知识|小课堂)|(?:警方|安全|风险|防骗|防诈|法官|专家|健康|消费|出行|用药|防疫)提示|"
                r"(?:法官|律师|检察官|警官|专家)说法|以案说法|典型案例|[\u4e00-\u9fff]{2,4}指南|"
                r"[\u4e00-\u9fff]{2}咨询|[\u4e00-\u9fff]{2}问答|[\u4e00-\u9fff]{0,2}回执|[\u4e00-\u9fff]{0,2}赛果|记者手记|采访手记|记者观察|"
                r"[\u4e00-\u9fff]{0,4}热线)")
_BRACKET_ASIDE = r"([\u4e00-\u9fff]{0,4}(?:知识|小知识|小贴士|提示|链接|卡片|指南))"
_ASIDE_LINE = re.compile(rf"^[【\[]\s*(?:{_ASIDE_WORDS}|{_BRACKET_ASIDE})\s*[】\]]\s*\S|"
                         rf"^(?:温馨提示|小贴士|友情提示|特别提示)\s*[:：]\s*\S")  # 温馨提示：… on one line
_TOPIC_BOX_HEAD = re.compile(rf"^[^\w【\[]*\s*{_TOPIC_ASIDE}\s*[^\w】\]]*$")
_ASIDE_HEAD = re.compile(rf"^[【\[]?\s*{_ASIDE_WORDS}\s*[】\]]?\s*[:：]?\s*$|"
                         rf"^[【\[]\s*(?:{_ASIDE_WORDS}|{_BRACKET_ASIDE})\s*[】\]]\s*\S|"
                         rf"^[【\[]\s*{_BRACKET_ASIDE}\s*[】\]]\s*$|^{_ASIDE_WORDS}\s*[｜|]\s*\S")
# A profile on one line after its header (【作者简介】林某，某报评论员。 作者简介：…): a person's
# vitals beside the report, not its text, however long the sentence.
_PROFILE_LINE = re.compile(rf"^(?:[【\[]\s*{_WHO}(?:档案|简介|介绍|名片|小档案|资料|简历)"
                           r"\s*[】\]]|(?:作者|专家|嘉宾|主讲人)简介\s*[:：])\s*[:：]?\s*\S")
# Ornaments a header may be set between (✦ 往期推荐 ✦, ▼相关阅读▼, —— 推荐阅读 ——).
_DECOR = re.compile(r"^[^\w【\[]+|[^\w】\]:：]+$")
_LEAD_MARKS = "◎●○■□◆◇★☆▶►※·• "
_DECOR_HINT = set("✦✧★☆◆◇●○■□▼▽▲△♦❖❤♥·•—－-~～=*#>＞|｜/ 　")


_HEADS = ((_RELATED_HEAD, "meta:related"), (_COMMENTS_HEAD, "meta:comments"), (_CONTENTS_HEAD, "meta:contents"),
          (_PROFILE_HEAD, "meta:profile"), (_ASIDE_HEAD, "meta:aside"))


def topic_box_header(s: str) -> bool:
    """Is ``s`` a topic's tips or facts header (``💡家庭教育小贴士``, ``警方提示``), read as an
    aside only where it heads a box of its own?"""
    return bool(_TOPIC_BOX_HEAD.match(s))


def box_head_rule(s: str) -> str | None:
    """``meta:related``, ``meta:comments``, ``meta:contents``, ``meta:profile`` or ``meta:aside``
    for a box's header line (phrase-normalised), else None."""
    # a header may stand between ornaments or behind an emoji (✦ 往期推荐 ✦, 💡 小贴士)
    bare = _DECOR.sub("", s) if s[:1] in _DECOR_HINT or s[:1] > "\u2000" and not s[:1].isalnum() \
        and s[:1] not in "【[（(“《" else None
    for head, rule in _HEADS:
        if head.match(s) or bare and head.match(bare):
            return rule
    return None


def box_line_rule(s: str) -> str | None:
    """``meta:profile`` or ``meta:aside`` for a bracketed header holding its box's content on
    the same line, else None. A mark before it (◎作者简介：…) is an ornament."""
    s = s.lstrip(_LEAD_MARKS)
    if _PROFILE_LINE.match(s):
        return "meta:profile"
    if _ASIDE_LINE.match(s):
        return "meta:aside"
    return None
