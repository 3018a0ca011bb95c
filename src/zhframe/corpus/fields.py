"""Publication fields and staff credits: the key-value lines a page prints around a report.

``来源：… 作者：… 发布时间：…``, ``【编辑:…】``, ``字号：大 中 小``, a credit chain without colons
(``编辑 王五　审核 李四``, ``（文/王五 图/李四）``): :func:`field_rule` tells such a line from a line of
the text that happens to hold a colon (an interview's ``记者：…？``, a notice's ``咨询电话：…。``,
a numbered list's entry, a work and its author in an award list). Used by
:mod:`zhframe.corpus.furniture`, which holds the other kinds of furniture.
"""

from __future__ import annotations

import re

# Field names of publication lines and page furniture, before a colon.
_FIELD_KEYS = (
    "来源", "信息来源", "文章来源", "本文来源", "稿件来源", "稿源", "出处", "作者", "文", "撰稿", "记者",
    "通讯员", "编辑", "责任编辑", "责编", "本版编辑", "值班编辑", "编审", "审核", "审校", "审签", "终审",
    "校对", "美编", "监制", "制作", "发布时间", "发布日期", "发布", "时间", "日期", "更新时间", "浏览次数",
    "浏览量", "浏览", "点击数", "点击量", "点击", "阅读次数", "阅读量", "阅读", "访问量", "字号", "字体",
    "分享到", "分享", "版次", "版面", "栏目", "所属栏目", "主办", "主办单位", "承办", "承办单位", "协办",
    "技术支持", "地址", "电话", "联系电话", "联系方式", "传真", "邮编", "邮箱", "电子邮箱", "E-mail",
    # the staff and source credits a public account's post ends with (editor, review chain,
    # producer, where the text and pictures come from)
    "内容来源", "图文来源", "图片来源", "视频来源", "素材来源", "数据来源", "资料来源", "转自", "本文转自",
    "转载自", "出品",
    "出品人", "主编", "总编辑", "副总编辑", "执行主编", "执行编辑", "责任校对", "初审", "复审", "二审",
    "三审", "一审", "策划", "统筹", "文字", "图片", "图文", "文图", "摄影", "视频", "排版", "设计", "文案",
    # where readers send stories and calls: contact lines under a post
    "投稿邮箱", "投稿", "新闻热线", "爆料热线", "服务热线", "热线", "热线电话", "咨询电话", "值班电话",
    "举报电话", "商务合作", "合作",
    # the rest of an editorial review chain and of a video's credits (责审, 签发, 一校...), and
    # who supplied the text (供稿)
    "责审", "监审", "校审", "签发", "编发", "编校", "复核", "核稿", "一校", "二校", "三校", "供稿",
    "供稿单位", "作者单位", "版式", "撰文", "摄像", "剪辑", "后期",
    # who drew a page's pictures (插图 某某, 题图：某某)
    "插图", "插画", "题图", "配图", "绘图", "制图", "漫画",
    # who signs a live blog's update (主持人：某某融媒); a host's spoken turn is a sentence
    "主持人", "主播",
    # an official document's record lines under its signature (GB/T 9704-2012 版记: 抄送)
    "抄送", "抄报",
    # a repost's provenance: the original headline, what it was compiled from (综合：A、B)
    "原标题", "综合", "综合整理", "整理",
    # a paper's abstract and keywords above its text
    "摘要", "内容摘要", "内容提要", "关键词",
    # a letters page's record (类型：投诉 领域：城建, 网友评价：…, 办理态度：满意), a press
    # conference's grid (发布人, 发布地点) and a live stream's (直播状态, 观看人次)
    "类型", "领域", "评价", "评价内容", "网友评价", "解决程度", "办理态度", "办理速度", "办理状态",
    "处理状态", "发布人", "发布地点", "直播状态", "观看人次", "观看次数",
    # a policy explainer's record (解读机关：…解读人：…)
    "解读机关", "解读机构", "解读部门", "解读人", "解读日期")
# An editorial role with the scope or desk before it (本期编辑, 本文责编, 网络编辑, 值班主任).
_SCOPED_ROLE = (r"(?:本期|本版|本文|本篇|本刊|本网|网络|新媒体|视频|图片|美术|值班)"
                r"(?:编辑|责编|审核|校对|主编|主任|审校|编审)")
_KEY = _SCOPED_ROLE + "|" + "|".join(sorted(map(re.escape, _FIELD_KEYS), key=len, reverse=True))
# The roles a credit chain without colons is made of (编辑 王五　审核 李四, 文/王五 图/李四).
_CREDIT_ROLE = (_SCOPED_ROLE + r"|责任编辑|责任校对|执行编辑|编辑|责编|审核|审校|审签|校对|终审|初审|复审|"
                r"一审|二审|三审|责审|监审|校审|签发|编审|主编|监制|美编|撰稿|撰文|文字|摄影|摄像|剪辑|"
                r"文案|图片|插图|插画|题图|配图|绘图|制图|漫画|记者|通讯员|文|图")
_CREDIT_NAME = rf"(?!(?:{_CREDIT_ROLE})(?:\s|$))[\u4e00-\u9fff·]{{2,4}}"  # a name is no role word
_CREDIT_PAIR = re.compile(rf"(?:{_CREDIT_ROLE})\s*[\s/／·|｜丨]\s*{_CREDIT_NAME}"
                          rf"(?:[\s、]+{_CREDIT_NAME})*?(?=\s|$|[）)\]】])")
_ONE_CREDIT = re.compile(rf"[（(\[【]?\s*({_CREDIT_ROLE})\s*[\s/／·|｜丨]\s*{_CREDIT_NAME}\s*[）)\]】]?")
_CREDIT_CHAIN = re.compile(rf"^[（(\[【]?\s*(?:{_CREDIT_PAIR.pattern}\s*)+[）)\]】]?$")
# The two characters of a field name set apart for justification (编　辑：, 校　对：).
_SPACED_KEY = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?=\s*[:：])")
# Roles that speak in an interview (记者：…？ 主持人：…), and what makes a value a sentence.
_SPEAKER = re.compile(r"^\s*(?:本报|本台|本网)?(?:记者|主持人|通讯员)\s*[:：]")
_SPEECH = re.compile(r"[，。？！?!；]")
# A contact the text gives its readers, written as a sentence: 咨询电话：023-…。
_CONTACT_SENTENCE = re.compile(r"^(咨询|报名|联系|举报|监督|服务)?(电话|热线|邮箱|方式|地址)\s*[:：]")
_LEAD_FIELD = re.compile(rf"^[\[【（(「<〔▌▍▎■◆●★]?\s*(?:{_KEY})\s*[:：]")  # ▌来源：… as posts mark it
# The same field with a bar for a colon (``编辑｜…``, ``来源丨…``, as public accounts write them):
# only at the line's start, on a short line without a sentence's marks.
_LEAD_FIELD_BAR = re.compile(rf"^[\[【]?\s*(?:{_KEY})\s*[|｜丨]\s*\S")
_JOINED_FIELD = re.compile(rf"(?:{_KEY})\s*[:：]")
_ANY_FIELD = re.compile(rf"(?:^|[\s|｜\[【（(,，;；/])(?:{_KEY})\s*[:：]")

_MAX_META = 160
#: An item of a numbered list (``1.…``, ``2、…``, ``（3）…``, ``④…``); 2.5 is a number, not an item.
NUMBERED_ITEM = re.compile(r"^(\d{1,3}\s*[.．、](?!\d)|[（(]\d{1,3}[）)]|[①-⑳])")
_SENTENCE_MARK = re.compile(r"[。！？；!?;，,]")
# Precompiled here, not at call time: the rules run on every line of every file.
_FULL_STOP = re.compile(r"[。！？!?]")


# A work and its author in a list of works (an award list: 《大巴山的灯火》　作者：向春林); a page's
# own byline never opens with a work's title, unless it names the periodical (《…日报》 作者：…).
_WORK_ENTRY = re.compile(r"^《[^》]*[^》报刊志]》\s*(?:作者|著|编著|译者|译)\s*[:：]")


def _bare_len(s: str) -> int:
    return len("".join(s.split()))


def field_rule(s: str) -> str | None:
    """Publication fields (``来源：…``, ``发布时间：…``, ``【编辑:…】``, ``字号：大 中 小``).
    A reporter's turn in an interview (``记者：…有哪些新变化？``) is no field: after a
    speaker's role the value is a sentence, not names. A numbered line (``1.《…》 作者：… 索书号：…``)
    is an entry of a list in the text: a page's publication fields are never numbered; nor do
    they open with a work's title (``《…》 作者：…``)."""
    if _bare_len(s) > _MAX_META or NUMBERED_ITEM.match(s) or _WORK_ENTRY.match(s):
        return None
    if " " in s:
        s = _SPACED_KEY.sub(r"\1\2", s)
        if _bare_len(s) <= 40 and not _SENTENCE_MARK.search(s) and credit_chain(s):
            return "meta:fields"
    bar = bool(_LEAD_FIELD_BAR.match(s)) and _bare_len(s) <= 40 and not _SENTENCE_MARK.search(s)
    if "：" not in s and ":" not in s:
        return "meta:fields" if bar else None
    m = _SPEAKER.match(s)
    if m and _SPEECH.search(s[m.end():]) and _bare_len(s[m.end():]) > 3:
        return None
    if s.rstrip().endswith("。") and _CONTACT_SENTENCE.match(s):
        return None  # 咨询电话：023-…。 closes a sentence of the text, as a footer's line never does
    if _LEAD_FIELD.match(s) or len(_ANY_FIELD.findall(s)) >= 2 or bar:
        return "meta:fields"
    if _bare_len(s) <= 60 and not _SENTENCE_MARK.search(s) and len(_JOINED_FIELD.findall(s)) >= 2:
        # an info bar whose fields ran together when it was pasted or saved
        # (…人民政府发布时间：2024-06-04字号：大中小): two field names with colons, no sentence
        return "meta:fields"
    if _ANY_FIELD.search(s) and _bare_len(s) <= 40 and not _FULL_STOP.search(s):
        return "meta:fields"
    return None


def credit_chain(s: str) -> bool:
    """Is ``s`` (one line, phrase-normalised) a chain of staff credits written without colons,
    role and name(s) set apart by a space, slash, dot or bar (``编辑 王五　二审 李四　三审 张三``,
    ``（文/王五 图/李四 审核/张三）``, ``责任编辑 王五``)? One pair alone must be an editorial
    role and a name (two to four characters): ``记者 王五`` is a byline's business, and a
    sentence (``编辑部收到来信``) has no separator after its role word."""
    if not _CREDIT_CHAIN.match(s):
        return False
    if len(_CREDIT_PAIR.findall(s)) >= 2 and not _ONE_CREDIT.fullmatch(s):
        return True
    # one pair: an editorial role and one name (编辑 王五), not 编辑 部门 领导 nor a byline
    m = _ONE_CREDIT.fullmatch(s)
    return bool(m) and m.group(1) not in ("记者", "通讯员", "文", "图", "图片", "文字")
