"""Page furniture and web layout: what a news site, government portal or e-paper adds to a report.

Text pasted or extracted from a web page carries the page's furniture around the
report: breadcrumbs (``当前位置：首页 > 政务公开``), publication lines
(``发布时间：… 来源：… 作者：…``, ``[来源： | 作者： | 日期： | 浏览次]``), share,
print and font-size buttons, view counters, bylines (``□记者 XX``,
``XX融媒 全媒体记者 A B``), editor lines (``责任编辑：…``, ``【编辑:…】``),
edition tags (``第A03版：要闻``), previous/next links and site footers (ICP备,
公网安备, 网站标识码, 网站地图, 联系方式, copyright and reprint notices). All of it
becomes blocks of kind ``meta``: kept with their spans, never counted as
reportage, and read by :mod:`zhframe.cleanup.metadata` for the article's date,
source and author.

Wire and newspaper leads open with a dateline or a 讯 formula that runs into the
first sentence (``中新网成都4月13日电 (记者 …)13日上午，…``, ``本报讯（记者 …）今年以来，…``);
:func:`split_lead` cuts it off so that it is meta and the rest is body. A wire
story's closing ``(完)`` is cut off the same way.

Every rule is a general formula of page furniture (field names, button labels,
footer registrations, date and dateline shapes), checked on the hand-labelled
development set ``tests/data/web`` (see its README for the kinds of site); none
is a string taken from one article. Functions take a line's text and return the
rule's name or None: pure, so each can be tested alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhframe.corpus.boxheads import box_head_rule, box_line_rule
from zhframe.corpus.fields import _FULL_STOP, _MAX_META, _SENTENCE_MARK, _bare_len, field_rule
from zhframe.corpus.normalize import normalize


# Buttons and widgets: a line made of nothing else is furniture.
_TOOLS = re.compile(
    r"返回\S{0,4}目录|分享到|分享让更多人看到|分享|转发|收藏|点赞|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|"
    r"字体|字号|放大|默认|缩小|[大中小]|纠错|举报|微信|微博|朋友圈|QQ空间|QQ|返回目录|返回顶部|返回首页|"
    r"返回|上一篇|下一篇|上一版|下一版|上一页|下一页|上一张|下一张|PDF版阅读|PDF下载|PDF版|往期回顾|往期|扫一扫|"
    r"扫描二维码|二维码|在手机打开当前页|手机版|下载客户端|客户端|我要|"
    r"相关链接|相关新闻|相关阅读|延伸阅读|推荐阅读|热点排行|热门推荐|更多|"
    # a video player's widget text (视频加载中… 00:00/01:38, 播放, 全屏)
    r"视频加载中|正在加载|加载中|播放|暂停|全屏|高清|标清|倍速|"
    # counters of readers and comments (已有49人参与 网友评论7条)
    r"已有|人参与|网友评论|条评论|评论|条|\d+|次")
_FILLER_TOOLS = re.compile(r"^([大中小次]|\d+)$")
_TOOL_FILLER = re.compile(r"[\s|｜/:：\[\]【】()（）<>《》\-—·、，,…]+")
_COUNTERS = re.compile(r"^(?:\s*(?:\d+(?:\.\d+)?\s*[万wWkK]?\+?)\s*(?:赞|点赞|评论|分享|转发|收藏|在看|喜欢)?){2,}\s*$")
_COUNTER_WORD = re.compile(r"[万wWkK]|赞|评论|分享|转发|收藏|在看|喜欢")
_WORDLIKE = re.compile(r"[^\W_]")  # a letter, a digit or a Chinese character
_HASHTAGS = re.compile(r"^(?:#[^\s#]{1,20}#?\s*){1,8}$")  # a post's topic tags: #乡村治理 #村规民约
_PLAYER_CLOCK = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?\s*/\s*\d{1,2}:\d{2}(:\d{2})?$")
# a player's bar: its clock with the player's words around it (音频播报00:00/05:50本音频由AI合成)
_PLAYER_BAR = re.compile(r"\d{1,2}:\d{2}(:\d{2})?\s*/\s*\d{1,2}:\d{2}(:\d{2})?")
_PLAYER_WORD = re.compile(r"音频|视频|播放|播报|收听|朗读|时长")
_DURATION = re.compile(r"(?:视频|音频|节目)?时长\s*[:：]?\s*\d{1,2}[:：]\d{2}")  # a video card's 时长 03:36
# A video page's label over its transcript (【文字稿】, 视频文字稿, 文字实录：).
_TRANSCRIPT_LABEL = re.compile(r"^[【\[]?\s*(?:视频|音频|新闻|节目|访谈)?(?:文字稿|文字实录|文字版)\s*[】\]]?\s*[:：]?$")
_WEATHER = re.compile(r"-?\d{1,2}\s*[~～\-—至/]\s*-?\d{1,2}\s*(℃|°C|度)|(晴|阴|多云|小雨|中雨|大雨|暴雨|雷阵雨|雨夹雪|小雪|大雪)"
                      r"\s*-?\d{1,2}\s*(℃|°C)")
# A widget's placeholder while its script loads, and its advice (请刷新本页面).
_LOADING = re.compile(r"加载中|正在加载|载入中|刷新(?:本|此)?页面|长时间无响应")
_SLIDE_COUNTER = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}$")  # a gallery viewer's 1/8
_MEDIA_NOTE = re.compile(r"^[（(【\[]?\s*(本文|本条|本篇|本期)?(配有|附有|含)(音频|视频)")
_PREV_NEXT = re.compile(r"^(上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]")
_SCAN = re.compile(r"^(微信|手机)?\s*(扫一扫|扫描二维码|扫码|长按识别|长按二维码)")

# An e-paper's jump line (下转第二版, 上接第1版).
_JUMP = re.compile(r"^[（(【\[]?\s*(下转|上接|转|接)(第|至)?\s*[A-Za-z]?[\d一二三四五六七八九十]{1,3}\s*[A-Za-z]?\s*版"
                   r"\s*[）)】\]]?$")
# A notice's attachment lines: the 附件 label, or a file's name with its extension.
_ATTACHMENT = re.compile(r"^[【\[]?\s*(相关)?附\s*件\s*[\d一二三四五六七八九十]*\s*([:：]|[】\]]|$)")
_FILE_NAME = re.compile(r"\.(docx?|xlsx?|pdf|wps|et|zip|rar|7z|ofd|pptx?|txt)\s*[）)]?$", re.I)

# Breadcrumbs.
_CRUMB_LEAD = re.compile(r"^(当前位置|您现在的位置|你现在的位置|您的位置|你的位置|所在位置|位置)\s*[:：]")
_CRUMB_HOME = re.compile(r"^(首页|主页|网站首页|Home)\s*(>>|>|»|/|＞|›|→)")
_CRUMB_SEP = re.compile(r"\s*(?:>>|>|»|＞|›|→)\s*")
_MENU_SEP = re.compile(r"\s*[|｜丨]\s*")  # a site's menu bar: 首页 | 街道概况 | 街道动态 | …
_MAX_CRUMB_PART = 12

# Site footers: registrations, copyright, site-map links, reprint notices.
_FOOTER = re.compile(r"ICP[备证]|公网安备|公安网备|网安备|网站标识码|版权所有|Copyright|©|"
                     r"All Rights Reserved|网站地图", re.IGNORECASE)
# Weaker footer words, which a sentence of the report could contain: only on a line without one.
_FOOTER_WEAK = re.compile(r"联系我们|关于我们|网站声明|使用帮助|许可证|举报电话|广告服务|隐私政策")
# A site's operator named at a line's end (…办公室 主办), an app or account to follow.
_OPERATOR = re.compile(r"(主办|承办|协办|版权所有|制作|维护)$")
_PROMO = re.compile(r"(关注|下载|扫码|订阅).{0,16}(客户端|公众号|微信号|微博|APP|App|app)|"
                    r"(锁定|收看|收听|敬请收看|敬请收听).{0,12}(频道|节目|栏目|广播|电视台|直播间)")
_NOTICE = re.compile(r"^[【\[（(]?\s*(本网站|本网|本站|本文|本刊|本报|未经|凡|[\u4e00-\u9fff]{0,4}声明)")
# A reprint notice in any wording: 转载 with what it asks for (注明出处, 须经授权, 不得...).
_REPRINT = re.compile(r"转载.{0,12}(注明|授权|许可|联系)|(不得|禁止|谢绝|严禁).{0,6}转载|"
                      r"(注明|授权|许可).{0,12}转载|"
                      # the repost's disclaimer: whose copyright it is, delete on complaint
                      r"版权(归|属于|属).{0,12}所有|如有侵权|侵权.{0,6}删除|联系.{0,4}删除|"
                      # a platform's disclaimer: the author's view, not the platform's
                      r"(仅|只)代表.{0,8}(观点|立场)|不代表.{0,12}(观点|立场)")
_MAX_NOTICE = 80
# Every word without which footer_rule cannot fire on a long sentence (a footer's marks, the
# words each reprint-notice formula contains): one scan of a long line instead of five.
_FOOTER_HINT = re.compile(_FOOTER.pattern + "|转载|版权|侵权|删除|代表", re.IGNORECASE)

# Social-platform prompts (WeChat accounts, apps): asks to like, 在看, share, follow, star,
# scan a QR code, and the account's topic tag. A short line with one of these asks and either
# no full stop or an imperative (点击, 长按, 请, 吧, ↓) is a prompt, not a sentence of the report
# (a report may say 群众纷纷点赞。: a finished statement with no imperative).
_SOCIAL = re.compile(r"在看|点赞|三连|蓝字|关注我们|关注本号|关注公众号|星标|置顶|二维码|"
                     r"收录于(话题|合集)|分享给|转发给|转给(身边|更多|你的|您的)|分享、|转发、|留言区|评论区")
# A player's or a gallery's hint set alone in brackets: （点击观看视频）, 【戳图看大图】.
_MEDIA_HINT = re.compile(r"^[（(【\[]\s*(点击|戳|点)[^（()）【】]{0,8}(视频|图集|直播|大图|全文)\s*[）)】\]]$")
_CALL = re.compile(r"点击|点个|点一下|长按|识别|请|吧|↓|👇|走起|我们|更多人")
_MAX_PROMPT = 40
# A short line with no full stop that ends pointing down (on the used sets: 6 such lines,
# none text; a lead that ends so has a full stop before its 一起来看图解↓↓↓)
_POINTER = ("↓", "👇", "⬇")
# An ask to follow or pass the post on (更多精彩，敬请关注; 觉得有用，欢迎转发): only on a short
# line with no full stop (a notice's sentence may end ……，敬请关注。).
_ASK = re.compile(r"(敬请|欢迎|请)(关注|转发|分享)|欢迎.{0,4}(转发|分享)")
_MAX_ASK = 20
# A list's item: a bullet, another article's headline and its date (·…行动2023-12-06).
_DATED_HEADLINE = re.compile(r"^[·•▪◆●○■□▶►]\s*[^。！？；]{6,60}?\s*\d{4}-\d{1,2}-\d{1,2}$")
_CARD_LAST = set("0123456789+万wW读览论过放")  # how a card's counter can end: the cheap test first
# Another article's card in a feed: its title run into a source and a counter at the line's
# end (``…有序推进潼南发布阅读2415``, ``…8万阅读``, ``…32评论``), no sentence mark.
_CARD_COUNTER = re.compile(r"(?:(阅读|浏览|点击|播放)(量|数)?\s*[:：]?\s*\d[\d.,]*\s*[万wW]?\+?"
                           r"|\d[\d.,]*\s*[万wW]?\+?\s*(次阅读|人阅读|阅读|浏览|评论|条评论|人看过|次播放))$")
_MAX_RELATED_ITEM = 60
_NOTICE_WORD = re.compile(r"转载|授权|观点|侵权|刊载|版权|来自|摘编|镜像")
# A disclaimer under its own label (声明：本文仅作健康科普…, 免责声明：…), whatever it disclaims.
_DISCLAIMER = re.compile(r"^[【\[（(]?\s*(?:免责|特别|郑重)?声明\s*[】\]）)]?\s*[:：]\s*\S")

# Dates and times, weekdays, edition tags.
# A year, month and day; not a span of months (2024年1-5月: its "day" is a month).
_DATE = re.compile(r"\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}(?![\d月])\s*日?")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_LONE_CLOCK = re.compile(r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# An app's post stamp without the year: month, day and time (01-25 10:58, 6月18日 09:32).
_STAMP = re.compile(r"(?<![\d\-年/.])\d{1,2}(?:-|月)\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
_DAY_PARTS = re.compile(r"凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|全天|\d{1,2}月\d{1,2}日|\d{1,2}[月日号]")
# The words of an account post's header line around its account name (原创 … 发表于贵州).
_POST_HEADER = re.compile(r"^原创|发[表布]于[:：]?\s*\S{0,8}$")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
_EDITION = re.compile(r"第\s*[A-Za-z]?\d+\s*版|(?<![A-Za-z])[A-Z]\d{1,2}\s*版|版次")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.．、]\D")  # 1.扫描二维码报名: an item of the text
_STOP_OR_SEMICOLON = re.compile(r"[。；;]")
# a reporter's name in an app's glued publication line (人民日报客户端人民日报记者程思远2024年…重庆)
_REPORTER_IN_DATELINE = re.compile(r"(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?=\s*\d{4}\s*[-年/.])")
_DATE_FILLER = re.compile(r"[\s:：|｜/\-]")
_PHOTO_CREDIT_END = re.compile(r"(摄|摄影|供图|提供)$")

# Bylines: role words followed by names, maybe after a marker and an outlet's name.
_BYLINE = re.compile(
    r"^[□■◇◆●○◎▲△★☆]?\s*[\u4e00-\u9fff\s]{0,10}?(全媒体|融媒体|首席|特约|见习|实习)?"
    r"(记者|通讯员|实习生|特约撰稿人|撰稿|作者)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?=$|[\s,，、/|｜)）])")
# A commentary's byline: the paper's 评论员 (maybe named), or a name alone after a □ (□ 王 晓).
_COMMENTATOR = re.compile(r"^(?:[□■◇◆●○◎]?\s*(?:本报|本刊|特约)?评论员|[□◎])\s*"
                          r"(?:[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})?$")
_END_MARK = re.compile(r"\s*[（(]\s*完\s*[）)]\s*$")
# A post's closing mark on its own line (``END``, ``- END -``, ``—THE END—``, ``全文完``).
_END_WORD = re.compile(r"^[\s\-—–_=·•～~]*(?:(?:THE\s*)?END|全文完|完)[\s\-—–_=·•～~]*$", re.I)

_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、\S")


# A stock's quote card: a name, its code on an exchange, the price and the day's move
# (长安汽车 000625.SZ 14.40 +2.58%).
_STOCK_QUOTE = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12}\s*\d{6}\.(?:SZ|SH|BJ|HK)\s*\d+(?:\.\d+)?\s*[+-]\d+(?:\.\d+)?%$")
_SECTION_NUMBER = re.compile(r"(?:Part|PART|No\.)?\s*0\d")


def tools_rule(s: str) -> str | None:
    """Buttons and widgets (share, print, close, font size, previous/next, QR code), a media
    player's clock (``00:00 / 02:10``), bar and note (``（本文配有音频…）``), a gallery's slide
    counter (``3/8``), a post's topic tags (``#乡村治理 #村规民约``), and ornaments: a line of
    nothing but marks and symbols (``—— · ——``, ``▼ ▼ ▼``, ``◆◆◆``) or a section's number alone
    (``01``, ``02``: the text's heading follows it), a widget's placeholder (``加载中，请稍候``)."""
    if not _WORDLIKE.search(s) or _SECTION_NUMBER.fullmatch(s.strip()):
        return "meta:ornament"
    if _HASHTAGS.match(s):
        return "meta:tags"
    if _STOCK_QUOTE.match(s.strip()):
        return "meta:page-tools"
    if _bare_len(s) <= 30 and _COUNTERS.match(s) and _COUNTER_WORD.search(s):
        return "meta:page-tools"  # a post's like, comment and share counts (9.3万 617 1063分享)
    if _PLAYER_CLOCK.match(s) or _MEDIA_NOTE.match(s) and _bare_len(s) <= 60:
        return "meta:player"
    if _SLIDE_COUNTER.match(s.strip()):
        return "meta:viewer"
    if _bare_len(s) <= 30 and _WEATHER.search(s) and not _SENTENCE_MARK.search(s):
        return "meta:weather"  # a header's weather widget: 今日开州：晴 22℃~31℃
    if _PREV_NEXT.match(s) and _bare_len(s) <= 60:
        return "meta:previous-next"
    if _SCAN.match(s) and _bare_len(s) <= 30:
        return "meta:page-tools"
    if _bare_len(s) <= 30 and _LOADING.search(s):
        return "meta:page-tools"  # a widget's placeholder: 调查问题加载中，请稍候。
    if _bare_len(s) > 60:
        return None
    rest = _TOOL_FILLER.sub("", _TOOLS.sub("", s))
    if not rest and any(not _FILLER_TOOLS.match(m) for m in _TOOLS.findall(s)):
        return "meta:page-tools"
    if _bare_len(s) <= 40 and (_PLAYER_BAR.search(s) and _PLAYER_WORD.search(s) or _DURATION.search(s)) \
            and not _SENTENCE_MARK.search(s) or _TRANSCRIPT_LABEL.match(s.strip()):
        return "meta:player"
    return None


def breadcrumb_rule(s: str) -> str | None:
    """Breadcrumbs (``当前位置：首页 > …``, ``首页 / 要闻 / 动态``) and a menu bar opening with the
    home page (``首页 | 街道概况 | 街道动态 | …``)."""
    if _bare_len(s) > 80:
        return None
    if _CRUMB_LEAD.match(s) or _CRUMB_HOME.match(s):
        return "meta:breadcrumb"
    menu = _MENU_SEP.split(s)
    if len(menu) >= 4 and menu[0].strip() in ("首页", "主页", "网站首页") \
            and all(0 < _bare_len(p) <= _MAX_CRUMB_PART for p in menu):
        return "meta:breadcrumb"  # the site's menu bar, opening with its home page
    parts = _CRUMB_SEP.split(s)  # 人民网 >> 地方 >> 重庆: three or more short parts
    if len(parts) >= 3 and all(0 < _bare_len(p) <= _MAX_CRUMB_PART for p in parts) \
            and not _SENTENCE_MARK.search(s):
        return "meta:breadcrumb"
    return None


def jump_rule(s: str) -> str | None:
    """An e-paper's jump line: where the text goes on or comes from (``（下转第二版）``,
    ``（上接第1版）``, ``转A3版``)."""
    return "meta:jump" if _bare_len(s) <= 16 and _JUMP.match(s) else None


def attachment_rule(s: str) -> str | None:
    """A notice's attachments: a line opening ``附件：`` / ``附件2：`` / ``相关附件`` (a link to a file,
    not the notice's text), or a line that is a file's name (``1.申报表.docx``). A sentence that
    mentions its attachment (``请于…前填写附件1并报送。``) is the notice's."""
    n = _bare_len(s)
    if n > 100 or _STOP_OR_SEMICOLON.search(s):
        return None
    if _ATTACHMENT.match(s) or n <= 60 and _FILE_NAME.search(s):
        return "meta:attachment"
    return None


def footer_rule(s: str) -> str | None:
    """Site footers and reprint notices (ICP备, 公网安备, 网站标识码, 版权所有, 网站地图...)."""
    if _bare_len(s) > _MAX_META:
        return None
    if _FOOTER.search(s) or _FOOTER_WEAK.search(s) and not _SENTENCE_MARK.search(s) \
            and _bare_len(s) <= 60:
        return "meta:footer"
    if _NOTICE.match(s) and _NOTICE_WORD.search(s) or _DISCLAIMER.match(s):
        return "meta:notice"
    if _bare_len(s) <= _MAX_NOTICE and _REPRINT.search(s):
        return "meta:notice"
    if _bare_len(s) <= 40 and not _SENTENCE_MARK.search(s) and (_OPERATOR.search(s) or _PROMO.search(s)):
        return "meta:footer"
    return None


def prompt_rule(s: str) -> str | None:
    """Social-platform and app prompts (``点击“在看”，分享给更多人``, ``长按识别二维码关注我们``,
    ``收录于话题 #…``, ``下载…客户端，看更多…``), and the header of a box beside the text: a
    related-articles list (``往期推荐``, ``相关阅读：``), readers' comments (``网友评论``), a table
    of contents (``目录``), a profile (``人物名片``) or an aside (``知识链接``, ``小贴士``)."""
    head = box_head_rule(s)
    if head:
        return head
    n = _bare_len(s)
    if n > _MAX_PROMPT:
        return None
    if _SOCIAL.search(s) and ("。" not in s or _CALL.search(s)) and not _LIST_NUMBER.match(s) \
            or _MEDIA_HINT.match(s):
        return "meta:prompt"
    if _PROMO.search(s) and "。" not in s:
        return "meta:prompt"
    if s.rstrip()[-1:] in _POINTER and not _FULL_STOP.search(s):
        return "meta:prompt"  # 点击下方视频，看…↓: points at a player or a QR code below
    if n <= _MAX_ASK and _ASK.search(s) and not _FULL_STOP.search(s):
        return "meta:prompt"
    if s[-1:].isdigit() and _DATED_HEADLINE.match(s):
        return "meta:teaser"  # a list's item: another article's headline and its date
    if s[-1:] in _CARD_LAST and _CARD_COUNTER.search(s) and not _SENTENCE_MARK.search(s) and _bare_len(_CARD_COUNTER.sub("", s)) >= 4:
        return "meta:teaser"  # a feed card: a title with its counter (a counter alone is a tool)
    return None


def related_item(s: str) -> bool:
    """Is ``s`` shaped like an item of a related-articles list (another article's headline:
    short, no full stop inside or at its end)? Only read after a :func:`prompt_rule`
    ``meta:related`` header, by :func:`zhframe.cleanup.blocks` (a headline alone is a title)."""
    s = normalize(s, phrases=True)
    return 0 < _bare_len(s) <= _MAX_RELATED_ITEM and not _STOP_OR_SEMICOLON.search(s)


def date_rule(s: str) -> str | None:
    """A line that is a date (maybe a time, weekday, an outlet's name or an edition tag), or a
    clock time alone (a live blog's update stamp, ``17:20``), or an e-paper's edition selector
    (``第01版：要闻第02版：综合…上一版下一版``)."""
    if _SENTENCE_MARK.search(s):
        return None
    if _bare_len(s) <= 120 and len(_EDITION.findall(s)) >= 2:
        return "meta:edition"
    post = _POST_HEADER.search(s.strip())  # a post's header: the account may have a long name
    if _bare_len(s) > (60 if post else 40):
        return None
    if _LONE_CLOCK.fullmatch(s.strip()):
        return "meta:dateline"
    stamp = _STAMP.search(s)  # only opening or closing the line, as a post's stamp does
    dated = _DATE.search(s) or stamp and (stamp.start() == 0 or stamp.end() == len(s.rstrip())
                                          or post and not s.strip()[stamp.end():post.start()].strip())
    edition = _EDITION.search(s)
    if not dated and not edition:
        return None
    rest = _WEEKDAY.sub("", _TIME.sub("", _DATE.sub("", _STAMP.sub("", _EDITION.sub("", s)))))
    rest = _DATE_FILLER.sub("", _POST_HEADER.sub("", rest))
    # (with a clock time, as an app stamps its line; a sentence's date has none)
    reporter = _REPORTER_IN_DATELINE.search(s) if len(rest) > 16 and dated and _TIME.search(s) else None
    if reporter:
        rest = rest.replace(_DATE_FILLER.sub("", reporter.group(0)), "", 1)
    if len(rest) <= (32 if post else 16):
        return "meta:dateline" if dated else "meta:edition"
    return None


def date_only(s: str) -> bool:
    """Does a (phrase-normalised) line hold a date and nothing else but times, a weekday, a
    part of the day and a range (``2023年7月12日（星期三）下午2:30``, ``11月3日 9:00—17:00``)? Such
    a line is a date as such, not a publication line naming an outlet, a count or an edition
    (``某某新闻317评2021-06-18``)."""
    if not (_DATE.search(s) or _STAMP.search(s)):
        return False
    rest = _WEEKDAY.sub("", _TIME.sub("", _DATE.sub("", _STAMP.sub("", s))))
    return not _DAY_PARTS.sub("", rest).strip(" \t（）()—-－~～至到、")


def byline_rule(s: str) -> str | None:
    """A reporter's byline on a line of its own (``□记者 XX``, ``XX融媒 全媒体记者 A B``,
    ``记者 A 通讯员 B 长沙报道``); photo credits (ending 摄, 供图) are not bylines."""
    if _SENTENCE_MARK.search(s) or _bare_len(s) > 40 or _PHOTO_CREDIT_END.search(s):
        return None
    if _BYLINE.match(s) or _COMMENTATOR.match(s.strip()):
        return "meta:byline"
    return None


def end_mark_rule(s: str) -> str | None:
    """A closing mark on its own line: a wire story's ``(完)``, a post's ``END`` / ``- END -``."""
    return "meta:end-mark" if _END_MARK.fullmatch(s) or _END_WORD.match(s) else None


_RULES = (breadcrumb_rule, footer_rule, prompt_rule, field_rule, tools_rule, date_rule, byline_rule,
          end_mark_rule, attachment_rule, jump_rule)


def meta_rule(line: str, normalized: str | None = None) -> str | None:
    """The page-furniture rule a whole line matches (``meta:…``), or None.

    ``line`` is one stripped line of the page; it is normalised here (full-width
    colons and brackets) so the formulas see one typography, unless the caller
    passes that form as ``normalized`` (``normalize(line, phrases=True)``).
    """
    if len(line) > 2 * _MAX_META:  # every rule is for short lines: a paragraph is never read
        return None
    s = normalize(line, phrases=True) if normalized is None else normalized
    return _meta_rule_of(s)


@lru_cache(maxsize=1 << 15)
def _meta_rule_of(s: str) -> str | None:
    """:func:`meta_rule` of a normalised line: pure, so memoised per distinct line (a corpus
    repeats its furniture, and a site's pages their lines)."""
    n = _bare_len(s)
    if not s or n > _MAX_META:
        return None
    box = box_line_rule(s)  # 【作者简介】…, 【统战知识】…: a box's content, however long
    if box:
        return box
    if _SECTION.match(s) and n <= 20:
        return None  # 四、举报电话: a section of the text, whatever its words
    if n > 40 and _SENTENCE_MARK.search(s):
        # a sentence of some length: only a footer or a reprint notice, or fields, can be one;
        # most are the report's sentences with none of a footer's words (one scan for them)
        footer = (footer_rule,) if _NOTICE.match(s) or _FOOTER_HINT.search(s) else ()
        rules = footer + (field_rule,) if ("：" in s or ":" in s) else footer
    else:
        rules = _RULES
    for rule in rules:
        why = rule(s)
        if why:
            return why
    return None
