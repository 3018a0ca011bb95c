"""Line classification: the kind of every line of a page (title, heading, caption, ...)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from zhframe.cleanup.evidence import _starts_mid_sentence, _word_across
from zhframe.corpus.boxheads import GLOSSARY_MARKERS
from zhframe.cleanup.lines import (_DATE_START, _EVENT_FIELD, _FULL_DATE, _MAX_BOXED_CAPTION,
                                   _MAX_DATED_CAPTION, _MAX_DECK, _MAX_HEADING, _MAX_SHORT_CAPTION,
                                   _MAX_SHORT_TAIL,
                                   _MAX_TITLE, _SENTENCE_CLAUSE, _bare, _credit_rule, _finished,
                                   _has_final_inside, _is_heading_shape, _Line, _top_level_phrases)

# Web titles led by a column tag: |栏目|标题, 【栏目】标题.
_COLUMN_TAG = re.compile(r"^([|｜][^|｜]{1,12}[|｜]|【[^】]{1,12}】)\S")
# A kicker under a title: ——…综述之二.
_KICKER = re.compile(r"^(——|—|－－|--)")
# Captions that carry their photo's credit or source, or open with a picture marker.
_CREDITED = re.compile(
    r"(^|[。！？”）)\s])\s*[（(]?\s*([^\s。！？，,]{0,12}?(记者|通讯员))?\s*[\u4e00-\u9fff·]{1,12}"
    r"(\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*(摄|摄影|供图)\s*[）)]?$")
# A reporter's photo credit closing with 图 (…。澎湃新闻记者 陶建国 图): 图 alone credits a picture
# only after a role and a name, as 图 ends ordinary words (地图, 示意图).
_NAME = r"(?:[\u4e00-\u9fff·]\s?){2,4}"  # 陶建国, 王 敏
_REPORTER_PICTURE = re.compile(rf"(记者|通讯员|摄影师?)\s*{_NAME}(?:\s+{_NAME}){{0,2}}\s*图$")
# An agency's or paper's picture credit closing a caption's sentence (…气象观测仪。光明图片, 。新华社发).
_AGENCY_PICTURE = re.compile(r"[。！？]\s*[\u4e00-\u9fff]{2,6}(?:图片|社发|网发)$")
_SOURCE_TAIL = re.compile(r"[（(]\s*(图片来源|图片提供|图片|图|摄影|来源)\s*[:：/／][^（()）]{1,30}[）)]$")
# A credit in brackets closing a caption run into its text (现场画面（XX台记者 张三 摄）).
_BRACKETED_CREDIT = re.compile(r"[（(](?:[^（()）。！？]{1,30}?(?:摄|摄影|供图)|(?:图片|照片|图)由[^（()）。！？]{1,20}提供|"
                               r"(?:本报)?资料(?:图片|照片|图|片)|网络图片|示意图|视频截图)\s*[）)]$")  # （资料图片）
_FIGURE_START = re.compile(r"^(图为(?!(本报)?资料)|上图|下图|左图|右图|图[一二三四1-9]?[:：]|图表\s*[:：]|[▲△◀▶►↑↓]|"
                           r"图\d{1,2}(?:\s|(?=[\u4e00-\u9fff]))|\d{1,2}\s*/\s*\d{1,2}\s+(?=\S))")  # 图3 …, 3/8 …
_MAX_CREDITED_CAPTION = 150
# Precompiled here, not at call time (every line of every file passes these tests).
_COMMA = re.compile(r"[，,]")
_STOP_OR_COLON = re.compile(r"[。！？；：:;]")
_PHOTO_CREDIT_END = re.compile(r"(摄|摄影|供图)$")
_COMMA_OR_SEMICOLON = re.compile(r"[，,；;]")
_MAX_WEB_SUBHEADING = 16
# An editor's note set before (or after) the report (编者按：…, 【编者按】…, 编者的话) or a
# summary above it (【导读】…, 内容提要：…, a video's 内容简介：…).
_EDITORS_NOTE = re.compile(r"^[【\[（(]?\s*(编者按|编者的话|编者注|编辑按|编后语|编后|导读|内容提要|提要|摘要|"
                           r"内容简介|视频简介|节目简介)"
                           r"\s*[】\]）)]?\s*[:：]?")
# A headline in Latin letters under the Chinese one: words, no sentence's end.
_LATIN_HEADLINE = re.compile(r"^[A-Za-z][A-Za-z0-9 ,:;'’\-–()&/.]{11,200}(?<![.!?])$")
# A headline may end with an exclamation or a question (彭水：苗乡夜市火了！, 为何…？), never
# with a full stop, and holds no other sentence's end.
# An official document's title (GB/T 9704-2012: issuer, 关于 + matter, kind), which may run
# past a headline's length: 某局关于受理某公司年产5000吨…建设项目环境影响报告表的公示.
_DOCUMENT_TITLE = re.compile(r"^[^。！？；，]{0,30}关于[^。！？；]{4,}的(?:公示|公告|通告|通知|通报|批复|意见|决定|"
                             r"报告|请示|答复|复函|函|方案|办法|规定|实施细则|细则)$")
_MAX_DOCUMENT_TITLE = 100
_EXCLAIMED = re.compile(r"^[^。！？!?；;]+[！？!?]+[”」』]?$")
_MIN_SUBHEADING_PART = 4
_MAX_DECK_SPEAKER = 8


def _caption_rule(line: _Line) -> str | None:
    """A photo caption with its credit (``…。XX 摄``, ``…（图片来源：…）``) or a picture
    marker (``图为…``, ``▲…``); a credit alone on its line is a credit, not a caption."""
    return _caption_of(line.phr)


@lru_cache(maxsize=1 << 15)
def _caption_of(s: str) -> str | None:
    """:func:`_caption_rule` of a line's phrase-normalised text (pure: memoised per line)."""
    if len(_bare(s)) > _MAX_CREDITED_CAPTION:
        return None
    if _FIGURE_START.match(s):
        return "caption:figure"
    tail = s.rstrip(" ）)")
    found = [(tail.endswith(("摄", "摄影", "供图")) and _CREDITED.search(s)),
             (s.endswith(("）", ")")) and _SOURCE_TAIL.search(s)),
             (s.endswith(("）", ")")) and _BRACKETED_CREDIT.search(s)),
             (tail.endswith("图") and _REPORTER_PICTURE.search(s)),
             (tail.endswith(("图片", "发")) and _AGENCY_PICTURE.search(s))]
    if any(m and len(_bare(s[:m.start()])) >= 4 for m in found):
        return "caption:credited"
    return None


def _deck_shape(s: str, nxt: _Line | None) -> bool:
    """Could a line under the title be its deck: no clause mark; a speaker and what it says
    (``区商务委：出口增速领跑 市场版图扩容``, not an event's 时间：… item); or one comma between
    two phrases of some length (a 副题: ``全长42公里，串起沿线7个乡镇30余个村``) when the next line
    starts a paragraph of its own: a sentence cut short runs on into a short tail or a word
    across the break (``…开展关爱行动`` / ``5900人次。``), and a date start is read before."""
    if not _SENTENCE_CLAUSE.search(s):
        return True
    head, colon, rest = s.partition("：")  # 区商务委：出口增速领跑 市场版图扩容, who says what
    if colon and len(_bare(head)) <= _MAX_DECK_SPEAKER and not _SENTENCE_CLAUSE.search(head + rest) \
            and not _EVENT_FIELD.match(s) and len(_bare(rest)) >= _MIN_SUBHEADING_PART:
        return True
    parts = _COMMA.split(s)
    return len(parts) == 2 and not _SENTENCE_CLAUSE.search(s.replace("，", "").replace(",", "")) \
        and min(len(_bare(p)) for p in parts) >= _MIN_SUBHEADING_PART and nxt is not None \
        and len(_bare(nxt.norm)) > _MAX_SHORT_TAIL and not _word_across(s, nxt.norm) \
        and not _starts_mid_sentence(nxt.norm)


def _bracketed_below(lines: list[_Line], i: int) -> bool:
    """Does a bracketed label like ``lines[i]`` (【案情简介】) head a section further down
    (【援助过程】)? Then the one under the title is the text's first heading, not a deck."""
    return any(_is_heading_shape(x) == "heading:bracketed" for x in lines[i + 1:])


def _note_header_alone(s: str) -> bool:
    """Is ``s`` an editor's note's header with nothing after it (``编者按``, ``【编者按】``)? A
    summary's header alone (内容简介, 导读) may head the text itself (a video page's only text)."""
    m = _EDITORS_NOTE.match(s)
    return bool(m) and not s[m.end():].strip() and m.group(1).startswith(("编者", "编辑", "编后"))


def _usual_gap(lines: list[_Line]) -> int:
    gaps = Counter(line.gap for line in lines[1:])
    if not gaps:
        return 1
    top = max(gaps.values())
    return min(g for g, c in gaps.items() if c == top)


def _classify(lines: list[_Line]) -> None:
    boxed_gap = _usual_gap(lines) + 2  # a picture box: a blank gap wider than between paragraphs
    in_glossary = False
    for i, line in enumerate(lines):
        if "\t" in line.raw:  # a data table's row, cells apart by tabs: part of the text
            line.kind, line.rule = "body", "body:table-row"
            continue
        if _EDITORS_NOTE.match(line.norm) or i and lines[i - 1].rule == "deck:editors-note" \
                and _note_header_alone(lines[i - 1].norm) and _finished(line.norm):
            # the desk's note on the report (a series, a reason); a header alone heads the next line
            line.kind, line.rule = "deck", "deck:editors-note"
            continue
        s, bare = line.norm, _bare(line.norm)
        prev = lines[i - 1] if i else None
        boxed = i > 0 and line.gap >= boxed_gap
        if in_glossary:
            if boxed or _credit_rule(line) or _is_heading_shape(line):
                in_glossary = False
            else:
                term = len(bare) <= 20 and not _finished(s)
                line.kind, line.rule = "glossary", ("glossary:term" if term else "glossary:entry")
                continue
        if len(bare) > _MAX_CREDITED_CAPTION:  # a paragraph: too long for any shape below
            heading = credit = caption = None
        else:
            heading, credit, caption = _is_heading_shape(line), _credit_rule(line), _caption_rule(line)
        if i == 0 and (len(bare) <= _MAX_TITLE and (not _finished(s) or _EXCLAIMED.match(s))
                       or len(bare) <= _MAX_DOCUMENT_TITLE and _DOCUMENT_TITLE.match(s)) and not credit:
            line.kind, line.rule = "title", "title:first-line"
        elif i <= 2 and _COLUMN_TAG.match(s) and len(bare) <= _MAX_TITLE and not _finished(s) \
                and all(x.kind != "body" for x in lines[:i]):
            line.kind, line.rule = "title", "title:column-tag"
        elif i == 1 and prev.kind == "title" and _KICKER.match(s) and len(bare) <= _MAX_TITLE \
                and not _finished(s):
            line.kind, line.rule = "deck", "deck:kicker"
        elif i == 1 and prev.kind == "title" and _LATIN_HEADLINE.match(s):
            line.kind, line.rule = "deck", "deck:translated-title"  # the headline in English
        # a deck under the title, or a second right under the first (a column label, then a 副题);
        # a byline between them ends the title's lines
        elif (i == 1 and prev.kind == "title" or i == 2 and prev.kind == "deck" and lines[0].kind == "title"
              and line.index == prev.index + 1) \
                and len(bare) <= _MAX_DECK and not _finished(s) \
                and not credit and not boxed and not _DATE_START.match(s) \
                and _deck_shape(s, lines[i + 1] if i + 1 < len(lines) else None) \
                and heading != "heading:numbered" \
                and not (heading == "heading:bracketed" and _bracketed_below(lines, i)):
            # (一、… or a label like the text's later 【…】 heads opens the text, never the title's deck)
            line.kind, line.rule = "deck", "deck:after-title"
        elif caption == "caption:figure" or caption and not credit:
            line.kind, line.rule = "caption", caption
        elif any(bare.startswith(m) for m in GLOSSARY_MARKERS) and len(bare) <= 10:
            line.kind, line.rule = "glossary", "glossary:marker"
            in_glossary = True
        elif credit:
            line.kind, line.rule = "credit", credit
        elif heading and not boxed:
            line.kind, line.rule = "heading", heading
        elif prev is not None and prev.kind == "heading" and len(bare) <= _MAX_HEADING \
                and not _finished(s) and not boxed:
            line.kind, line.rule = "subheading", "subheading:after-heading"
        elif _FULL_DATE.match(s) and len(bare) <= _MAX_DATED_CAPTION and not _has_final_inside(s) \
                and not (prev is not None and (prev.kind == "heading"
                                               or prev.kind == "body" and prev.norm.rstrip().endswith(("：", ":")))):
            # (a paragraph a line announces, 通报如下：, or a heading opens is the text's)
            line.kind, line.rule = "caption", "caption:dated"
        elif boxed and len(bare) <= _MAX_BOXED_CAPTION and not _has_final_inside(s):
            line.kind, line.rule = "caption", "caption:boxed"
    _subheadings_between_paragraphs(lines)
    _captions_before_credits(lines)
    _line_runs(lines, boxed_gap)
    _short_captions(lines)
    _list_items(lines)
    _unmarked_lists(lines, boxed_gap)


# List markers: a number with its mark (1. 2、 3）), a bracketed or 、-numeral, or a bullet.
_LIST_MARKER = re.compile(r"^\s*(?:(\d{1,2})\s*[.．、,，)）]|[（(](\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|"
                          r"([一二三四五六七八九十]{1,3})、|([▶►▸●•■◆◇○·\-—]))")
_CN_DIGITS = "一二三四五六七八九十"
_MIN_LIST = 3


def _marker(line: _Line) -> tuple[str, int | None] | None:
    """(marker family, number or None for a bullet) of a line opening a list item."""
    m = _LIST_MARKER.match(line.norm)
    if not m:
        return None
    num, bracketed, cn, bullet = m.groups()
    if bullet:
        return bullet, None
    if num:
        return "digit", int(num)
    v = bracketed or cn
    n = int(v) if v.isdigit() else (_CN_DIGITS.index(v) + 1 if len(v) == 1 else None)
    return ("bracket" if bracketed else "cn"), n


def _list_items(lines: list[_Line]) -> None:
    """A run of at least three adjacent lines opening with the same list marker, numbered
    in sequence (1. 2. 3., （一）（二）（三）) or with one bullet (▶, ●), is a list in the
    report (places, names, items of a notice): body, not headings or captions, which come
    one at a time between paragraphs."""
    i = 0
    while i < len(lines):
        first = _marker(lines[i])
        j = i + 1
        if first is not None:
            prev = first
            while j < len(lines):
                m = _marker(lines[j])
                if m is None or m[0] != first[0] or (
                        first[1] is not None and (m[1] is None or prev[1] is None or m[1] != prev[1] + 1)):
                    break
                prev, j = m, j + 1
            if j - i >= _MIN_LIST:
                for line in lines[i:j]:
                    if line.kind in ("heading", "subheading", "caption", "deck", "glossary"):
                        line.kind, line.rule = "body", f"body:list-item (was {line.rule})"
        i = max(j, i + 1)


_MAX_LIST_ENTRY = 24  # a name, a unit, a place: an entry of a list, not a clause


def _unmarked_lists(lines: list[_Line], boxed_gap: int) -> None:
    """A run of at least three adjacent short lines without clause punctuation, under a heading
    or a line that announces it with a colon (``名单如下：``), is a list in the text (units,
    names with their posts, places) even without markers: body, not captions or headings,
    which come one at a time; each entry stays whole (rule ``body:list-entry``, never rejoined).
    A picture box's lines (a wide gap) are no list."""
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and _list_entry(lines[j], boxed_gap):
            j += 1
        # the list starts after the run's first opener (a heading may open the run itself)
        k = next((k for k in range(i, j - _MIN_LIST + 1) if _opens_list(lines[k - 1])), None)
        if k is not None:
            for line in lines[k:j]:
                line.kind, line.rule = "body", ("body:list-entry" if line.kind == "body"
                                                else f"body:list-entry (was {line.rule})")
        i = max(j, i + 1)


def _opens_list(line: _Line) -> bool:
    return line.kind == "heading" or line.kind == "body" and line.norm.rstrip().endswith(("：", ":"))


_MIN_RUN = 5
_MAX_RUN_LINE = 24


def _line_runs(lines: list[_Line], boxed_gap: int) -> None:
    """A run of at least five adjacent short body lines that no final mark ends (verse, a list
    of names set one per line) is text line by line (rule ``body:line-run``, never rejoined):
    captions come one at a time beside pictures, not five in a row."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind == "body" and lines[j].gap < boxed_gap \
                and lines[j].rule == "body:paragraph" and 0 < len(_bare(lines[j].norm)) <= _MAX_RUN_LINE \
                and not _finished(lines[j].norm) and not _has_final_inside(lines[j].norm):
            j += 1
        if j - i >= _MIN_RUN:
            for line in lines[i:j]:
                line.rule = "body:line-run"
        i = max(j, i + 1)


def _list_entry(line: _Line, boxed_gap: int) -> bool:
    return line.kind in ("body", "caption", "heading", "subheading") and line.gap < boxed_gap \
        and 0 < len(_bare(line.norm)) <= _MAX_LIST_ENTRY and not _SENTENCE_CLAUSE.search(line.norm) \
        and line.rule != "body:table-row"


def _subheadings_between_paragraphs(lines: list[_Line]) -> None:
    """Short unpunctuated lines before a body paragraph and after a finished one (or after a
    photo's caption or credit): the section headings of web text (``方言宣讲接地气``,
    ``直播带货，党员打头阵``). At most one comma,
    with a phrase of some length on each side (a clause cut at a column break, ``…理念，自觉``,
    is a fragment, not a heading), and no opening that cannot start a sentence (``的活动中…``);
    only after some body (short lines above the first paragraph are captions)."""
    seen_body = False
    for i in range(1, len(lines) - 1):
        prev, line, nxt = lines[i - 1], lines[i], lines[i + 1]
        seen_body = seen_body or prev.kind == "body"
        if line.kind != "body" or line.rule == "body:table-row" or nxt.kind != "body" \
                or prev.kind not in ("body", "caption", "credit") \
                or prev.kind == "body" and not _finished(prev.norm) or not seen_body \
                or _starts_mid_sentence(line.norm):
            continue
        s = line.norm
        parts = _COMMA.split(s)
        if len(_bare(s)) > _MAX_WEB_SUBHEADING or _finished(s) or _STOP_OR_COLON.search(s) \
                or len(parts) > 2 or len(parts) == 2 and min(map(len, parts)) < _MIN_SUBHEADING_PART:
            continue
        line.kind, line.rule = "heading", "heading:between-paragraphs"


def _captions_before_credits(lines: list[_Line]) -> None:
    """A short one-clause body line right above (no blank line between) the credit of a
    photo (``…摄``, ``…供图``) is that photo's caption; a page-wide credit (本版图片均为…)
    names no photo, so it makes no caption of the line above it."""
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        if line.kind == "body" and nxt.rule == "credit:photo" and nxt.gap == 0 \
                and _PHOTO_CREDIT_END.search(nxt.phr) \
                and len(_bare(line.norm)) <= _MAX_SHORT_CAPTION \
                and not _has_final_inside(line.norm) and not _COMMA_OR_SEMICOLON.search(line.norm):
            line.kind, line.rule = "caption", "caption:before-credit"


def _short_captions(lines: list[_Line]) -> None:
    """Short descriptive lines without final punctuation, where captions sit: next to another
    caption, at the top of the page before any body, after the last body paragraph, or inside
    a paragraph (after a body line that is unfinished and does not run on into this line)."""
    body = [i for i, x in enumerate(lines) if x.kind == "body"]
    if not body:
        return
    last_body = None  # the latest body line before i that is still body (one pass: linear)
    for i in body:
        line = lines[i]
        s = line.norm
        if len(_bare(s)) > _MAX_SHORT_CAPTION or _finished(s) or _SENTENCE_CLAUSE.search(s) \
                or len(_top_level_phrases(s)) > 1 or line.rule in ("body:table-row", "body:line-run"):
            last_body = i
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        later_body = i != body[-1]  # lines after i are not yet decided: still body
        near_caption = any(x is not None and x.kind == "caption" for x in (prev, nxt))
        interrupts = (last_body is not None and prev is lines[last_body]  # a table's row is whole: no paragraph
                      and prev.rule != "body:table-row"
                      and not _finished(prev.norm) and not _word_across(prev.norm, s))
        if near_caption or last_body is None or not later_body or interrupts:
            line.kind, line.rule = "caption", "caption:short-descriptive"
        else:
            last_body = i
