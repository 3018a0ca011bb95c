"""Lines of a page and their shapes: length, final punctuation, phrases, credits, names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from zhframe.corpus.normalize import INVISIBLE, is_han, is_invisible_only, normalize_both

# Sentence-final marks (after normalisation), and the closing marks that may follow them.
_FINAL = "。！？…；："
_CLOSERS = "”’」』）》"

# Length limits on line shapes (characters, spaces excluded).
_MAX_TITLE = 50
_MAX_DECK = 40
_MAX_HEADING = 30
_MAX_PHRASE = 12
_MAX_SHORT_CAPTION = 40
_MAX_DATED_CAPTION = 80
_MAX_BOXED_CAPTION = 100
_MAX_SHORT_TAIL = 12
_MAX_SKIPPED_BODIES = 2  # a continuation is looked for within the next two body paragraphs


_CREDIT_PATTERNS = (
    re.compile(r"^(本版|本文|本期|文中|版面)?(图片|照片|配图|图)(均|皆)?(由|来自|来源|为|系|据)"),
    re.compile(r"(供图|提供|摄|摄影)$"),
    re.compile(r"^(图|摄影|图文|文图|文|图片|视频)\s*[/／:：|｜]"),
)
# An office a speaker holds, ending the line's first phrase (某区人民政府区长 张三).
_OFFICE_END = re.compile(r"(区长|县长|市长|省长|书记|主任|局长|部长|厅长|主席|镇长|乡长|处长|院长|校长|"
                         r"董事长|总经理|负责人|发言人|主持人)$")
_SPOKEN = re.compile(r"[，。？！?!；]")
_BYLINE_ROLE = re.compile(
    r"^[（(]?(本报|本台|本刊|本网)?(首席|特约|见习|实习)?(记者|通讯员|实习生|编辑|责任编辑|责编|撰稿|撰文|文字)"
    r"[\s:：]*\S")
# Common Chinese surnames (single and compound): the name line test looks at the first character(s).
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
    "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
    "明佘池乐匡钮国勾")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "慕容", "尉迟", "长孙",
                      "宇文", "司徒", "夏侯", "端木")
_NUMBERED_HEADING = re.compile(
    r"^(第[一二三四五六七八九十百零〇\d]+[部分章节篇条]|[一二三四五六七八九十]+、|"
    r"[（(][一二三四五六七八九十\d]+[）)])")
# A section's label in black brackets alone on its line (【基本案情】【裁判结果】【典型意义】): a
# case report's or a notice's headings; fields (【编辑：…】) have a colon and are read before.
_BRACKETED_HEADING = re.compile(r"^【[\u4e00-\u9fff]{2,8}】$")
_FULL_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[，,]")
_DATE_START = re.compile(r"^(\d{4}年)?\d{1,2}月\d{1,2}日")
_QUANTITY_START = re.compile(r"^\d[\d.,]*(?![\d.,年月日时号点:：%])")
_CLAUSE_BREAK = re.compile(r"[，、；：。！？,;:!?]")
# An event's item (时间：…, 地点：…, 参加人员：…): whole on its line: never the head of a join,
# never a deck.
_EVENT_FIELD = re.compile(r"^(?:(会议|活动|培训|报名|比赛|考试|讲座|展览|开放|演出|宣讲|演练|服务|咨询|办理|公示)?"
                          r"(时间|日期|地点|地址)|(主办|承办|协办)单位|"
                          r"(参加|参会|参训)(人员|对象)|报名(方式|电话))\s*[:：]\s*\S")
_SENTENCE_CLAUSE = re.compile(r"[，；：。！？,;:!?]")


@dataclass
class _Line:
    index: int
    start: int
    end: int
    raw: str
    gap: int  # blank lines before it
    norm: str = ""
    phr: str = ""  # normalised with phrases=True (spaces between phrases kept)
    kind: str = "body"
    rule: str = "body:paragraph"
    notes: list[str] = field(default_factory=list)


def _lines(text: str) -> list[_Line]:
    """The non-blank lines of ``text`` with their offsets and the blank lines before each.

    A line of nothing but invisible characters (zero-width spaces...) counts as blank: it
    holds no text for any block (see :func:`zhframe.corpus.normalize.remove_invisible`)."""
    lines: list[_Line] = []
    pos, gap = 0, 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped and not (_maybe_invisible(stripped[0]) and is_invisible_only(stripped)):
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(_Line(len(lines), start, start + len(stripped), stripped, gap))
            gap = 0
        else:
            gap += 1
        pos += len(raw) + 1
    for line in lines:
        _set_norm(line)
    return lines


def _maybe_invisible(ch: str) -> bool:
    """Could a line starting with ``ch`` be made of invisible characters only?"""
    return ch in INVISIBLE or unicodedata.category(ch) in ("Mn", "Me")


def _set_norm(line: _Line) -> None:
    line.norm, line.phr = normalize_both(line.raw)


def _split_line(line: _Line, at: int) -> tuple[_Line, _Line]:
    """``line`` cut at offset ``at`` of its text into two lines (a dateline and its lead):
    the second follows the first with no blank line between."""
    head_raw, tail_raw = line.raw[:at].rstrip(), line.raw[at:]
    lead = len(tail_raw) - len(tail_raw.lstrip())
    head = _Line(line.index, line.start, line.start + len(head_raw), head_raw, line.gap)
    tail = _Line(line.index, line.start + at + lead, line.end, tail_raw.strip(), 0)
    _set_norm(head)
    _set_norm(tail)
    return head, tail


def _bare(s: str) -> str:
    """``s`` without whitespace."""
    return "".join(s.split())


def _finished(norm: str) -> bool:
    """Does a (normalised) text end a sentence?"""
    s = norm.rstrip()
    while s and s[-1] in _CLOSERS:
        if len(s) >= 2 and s[-2] in _FINAL:
            return True
        s = s[:-1]
    return bool(s) and s[-1] in _FINAL


def _has_final_inside(norm: str) -> bool:
    body = norm.rstrip(_FINAL + _CLOSERS)
    return any(c in "。！？；" for c in body)


def _top_level_phrases(s: str) -> list[str]:
    """Split on whitespace outside quotation/title marks."""
    phrases, cur, depth = [], [], 0
    for ch in s:
        if ch in "“「『《（(":
            depth += 1
        elif ch in "”」』》）)" and depth > 0:
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                phrases.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        phrases.append("".join(cur))
    return phrases


def _is_heading_shape(line: _Line) -> str | None:
    return _heading_shape_of(line.phr)


@lru_cache(maxsize=1 << 15)
def _heading_shape_of(s: str) -> str | None:
    """:func:`_is_heading_shape` of a line's phrase-normalised text (pure: memoised per line)."""
    if _finished(s) or _bare(s) == "" or len(_bare(s)) > _MAX_HEADING:
        return None
    if _NUMBERED_HEADING.match(s):
        return "heading:numbered"
    if _BRACKETED_HEADING.match(s):
        return "heading:bracketed"
    phrases = _top_level_phrases(s)
    if 2 <= len(phrases) <= 4 and all(2 <= len(p) <= _MAX_PHRASE for p in phrases) \
            and not any(c in "，,；;" for c in s):
        return "heading:parallel-phrases"
    return None


def _is_name(token: str) -> bool:
    if not 2 <= len(token) <= 4 or not all(is_han(c) for c in token):
        return False
    if token[:2] in _COMPOUND_SURNAMES:
        return len(token) >= 3
    return token[0] in _SURNAMES and len(token) <= 3


def _credit_rule(line: _Line) -> str | None:
    return _credit_of(line.phr)


@lru_cache(maxsize=1 << 15)
def _credit_of(s: str) -> str | None:
    """:func:`_credit_rule` of a line's phrase-normalised text (pure: memoised per line)."""
    if len(_bare(s)) > _MAX_SHORT_CAPTION or _has_final_inside(s):
        return None
    # a photo credit first: "记者 XX 摄" credits a photo, it is no byline; a credit may be
    # set in brackets on its line (（社区供图）, （图片由受访单位提供）)
    t = s.rstrip("。")
    if t[:1] in "（(" and t[-1:] in "）)":
        t = t[1:-1].strip()
    if t and any(p.search(t) for p in _CREDIT_PATTERNS):
        return "credit:photo"
    if _BYLINE_ROLE.match(s) and not _SPOKEN.search(s) and not s.rstrip().endswith(("：", ":")):
        return "credit:byline"  # 记者：…吗？ is an interview turn, 编辑同志：/记者回访： open text
    names = s.split(" ")
    if 2 <= len(names) <= 4 and all(_is_name(t) for t in names):
        return "credit:byline"
    if len(names) == 2 and _OFFICE_END.search(names[0]) and _is_name(names[1]):
        return "credit:byline"  # a speech's speaker above it: 某区人民政府区长 张三
    return None
