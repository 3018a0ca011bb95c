"""Repairing the newspaper layout of an article, with provenance and nothing lost.

Text extracted from a printed page carries the page's layout: photo captions
dropped into a paragraph, paragraphs split across columns (even mid-word),
bylines and photo credits, a glossary sidebar, text lost at a column break.
:func:`clean_article` turns such a text back into what a reader reads, as a
table of *blocks* in reading order, each with

- ``kind``: title, deck, heading, subheading, body, caption, credit or
  glossary (bylines are credits, with rule ``credit:byline``);
- ``text``: the block's text, normalised (:func:`normalize`);
- ``spans``: ``[start, end]`` offsets (end exclusive) into the decoded text of
  the lines the block was made from, in reading order: a rejoined paragraph
  has several. Every non-whitespace character of the input lies in exactly
  one block's spans, so nothing is lost or counted twice;
- ``fragment``: ``"start"``, ``"end"`` or ``"both"`` when a body block begins
  or ends mid-sentence and nothing in the article continues it (text lost at
  a column break), else ``None``;
- ``rule``: the rule that decided the block's kind, and for body blocks every
  rejoin and fragment decision.

The rules are deliberately few, general and readable (no model is trained:
two articles could not train one, and a researcher must be able to see why a
line was set aside). A line is the unit the extractor gives; each rule looks
at the line's shape (length, final punctuation, space-separated phrases,
date at the start, credit and byline formulas), its position (first line,
after a heading, after a wider-than-usual blank gap that marks a picture box)
and its neighbours.

Rejoining is the delicate part: a paragraph whose last line lacks
sentence-final punctuation either continues further on (a column break, maybe
with captions or a heading in between) or lost its continuation at a column
break. Gluing unrelated text would create a sentence nobody wrote, so a join
needs positive evidence that the two pieces read as one sentence:

1. *a word across the break*: jieba's dictionary segmentation of the text
   around the break puts one word over it (``全区上|下纷纷`` gives 上下,
   ``事情解|决得`` gives 解决; ``作出示范|里扎根`` gives no word over the break);
2. *a short tail*: the next paragraph is a single short clause that could
   not stand as a paragraph (``实施关爱行动|5900人次。``);
3. *a phrase across an interruption*: captions, credits or a heading sit
   between the pieces (the layout explains the break), the first piece ends
   in a noun or verb, and the second opens with a bare noun phrase with no
   verb of its own, followed by a clause that starts with a verb, i.e. the
   noun phrase ends the first piece's clause rather than being a subject
   (``王洪已在四川|(captions)|绵阳图书馆、……等地，举办…``).

An unfinished paragraph with no such continuation within the next two body
paragraphs is marked ``fragment="end"``; a paragraph that starts with a
character that cannot start a sentence (a closing mark, a particle, a bare
localiser such as 里) and continues nothing is marked ``"start"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

KINDS: tuple[str, ...] = ("title", "deck", "heading", "subheading", "body", "caption", "credit",
                          "glossary")
#: Kinds that are not body text: set aside from every count of reportage.
SET_ASIDE: tuple[str, ...] = ("caption", "credit", "glossary")
COLUMNS: tuple[str, ...] = ("doc", "block", "kind", "text", "spans", "fragment", "rule")

# Sentence-final marks (after normalisation), and the closing marks that may follow them.
_FINAL = "。！？…；："
_CLOSERS = "”’」』）》"
_TERMINATORS = "。！？；!?;…"
_SENT_CLOSERS = "”’」』）》)\"'"

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

_GLOSSARY_MARKERS = ("名词解释", "词语解释", "术语解释", "名词链接")

_CREDIT_PATTERNS = (
    re.compile(r"^(本版|本文|本期|文中|版面)?(图片|照片|配图|图)(均|皆)?(由|来自|来源|为|系|据)"),
    re.compile(r"(供图|提供|摄|摄影)$"),
    re.compile(r"^(图|摄影|图文|文图|文|图片|视频)\s*[/／:：|｜]"),
)
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
_FULL_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[，,]")
_DATE_START = re.compile(r"^(\d{4}年)?\d{1,2}月\d{1,2}日")
_QUANTITY_START = re.compile(r"^\d[\d.,]*(?![\d.,年月日时号点:：%])")
_CLAUSE_BREAK = re.compile(r"[，、；：。！？,;:!?]")
_SENTENCE_CLAUSE = re.compile(r"[，；：。！？,;:!?]")


# ----------------------------------------------------------------------------------------------
# Normalisation


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F
            or 0xF900 <= cp <= 0xFAFF)


def _is_zh(ch: str) -> bool:
    """Han character or Chinese (full-width) punctuation."""
    if not ch:
        return False
    cp = ord(ch)
    return (_is_han(ch) or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF
            or ch in "“”‘’…—·")


_HALF_TO_FULL = {",": "，", ";": "；", "!": "！", "?": "？", ":": "：", "(": "（", ")": "）"}
_ELLIPSIS = re.compile(r"[…⋯]+|\.{3,}|。{3,}|·{3,}")
_SPACE_RUN = re.compile(r"\s+")


def _fullwidth_alnum_to_half(text: str) -> str:
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xFF10 <= cp <= 0xFF19 or 0xFF21 <= cp <= 0xFF3A or 0xFF41 <= cp <= 0xFF5A:
            out.append(chr(cp - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _neighbours(text: str, i: int, j: int) -> tuple[str, str]:
    """Nearest non-space characters before index ``i`` and from index ``j``."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    m = j
    while m < len(text) and text[m].isspace():
        m += 1
    return (text[k] if k >= 0 else ""), (text[m] if m < len(text) else "")


def _quote_depth(text: str, i: int) -> int:
    depth = 0
    for ch in text[:i]:
        if ch in "“「『《":
            depth += 1
        elif ch in "”」』》" and depth > 0:
            depth -= 1
    return depth


def normalize(text: str, phrases: bool = False) -> str:
    """Normalise the typography of a Chinese text so that districts compare on words, not fonts.

    - full-width digits and Latin letters become half-width (``２０２１`` -> ``2021``);
    - ellipses are unified to ``……`` (``…``, ``⋯⋯``, ``...``, ``。。。``);
    - half-width ``, ; ! ? : ( )`` next to a Chinese character become full-width
      (``，；！？：（）``), except ``,`` and ``:`` between two digits (``1,000``, ``9:30``);
    - whitespace between Chinese characters is removed (stray spaces from the
      page), except inside quotation or title marks, where it separates
      parallel slogan phrases (``“学习新思想 共赞100年”``) and becomes one space;
      other whitespace runs become one space.

    With ``phrases=True`` (titles, decks, headings, bylines) every whitespace run
    becomes one space: there the spaces separate parallel phrases
    (``树标杆 做表率``) and are part of the rhetoric.

    Parameters
    ----------
    text : str
    phrases : bool

    Returns
    -------
    str
        The normalised text, stripped. Offsets change; keep the original's
        offsets through :func:`clean_article`'s spans.
    """
    s = _fullwidth_alnum_to_half(text.replace("\u3000", " "))
    s = _ELLIPSIS.sub("……", s)
    chars = list(s)
    for i, ch in enumerate(chars):
        if ch in _HALF_TO_FULL:
            prev, nxt = _neighbours(s, i, i + 1)
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            if _is_zh(prev) or _is_zh(nxt):
                chars[i] = _HALF_TO_FULL[ch]
    s = "".join(chars).strip()
    if phrases:
        return _SPACE_RUN.sub(" ", s)
    out, last = [], 0
    for m in _SPACE_RUN.finditer(s):
        out.append(s[last:m.start()])
        prev, nxt = _neighbours(s, m.start(), m.end())
        zh_prev, zh_next = _is_zh(prev), _is_zh(nxt)
        glued = (zh_prev and (zh_next or nxt.isdigit())) or (zh_next and prev.isdigit())
        if not glued or (_is_han(prev) or prev.isalnum()) and (_is_han(nxt) or nxt.isalnum()) \
                and _quote_depth(s, m.start()) > 0:
            out.append(" ")
        last = m.end()
    out.append(s[last:])
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Sentences


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries of a Chinese text, as ``(start, end)`` offsets into ``text``.

    A sentence ends at 。！？； (or half-width !?;), or at an ellipsis (…… ends
    a sentence in news prose as often as it trails a list), together with the
    closing quotes and brackets that follow it (``……”``, ``。”``), and at a
    line break. Leading and trailing whitespace is excluded from each span;
    empty sentences are dropped.
    """
    spans: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))

    n, start, i = len(text), 0, 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            add(start, i)
            start = i = i + 1
        elif ch in _TERMINATORS:
            j = i + 1
            while j < n and (text[j] in _TERMINATORS or text[j] in _SENT_CLOSERS):
                j += 1
            add(start, j)
            start = i = j
        else:
            i += 1
    add(start, n)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


# ----------------------------------------------------------------------------------------------
# Lines and their shapes


@dataclass
class _Line:
    index: int
    start: int
    end: int
    raw: str
    gap: int  # blank lines before it
    norm: str = ""
    kind: str = "body"
    rule: str = "body:paragraph"
    notes: list[str] = field(default_factory=list)


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos, gap = 0, 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(_Line(len(lines), start, start + len(stripped), stripped, gap))
            gap = 0
        else:
            gap += 1
        pos += len(raw) + 1
    for line in lines:
        line.norm = normalize(line.raw)
    return lines


def _bare(s: str) -> str:
    return re.sub(r"\s", "", s)


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
    s = normalize(line.raw, phrases=True)
    if _finished(s) or _bare(s) == "" or len(_bare(s)) > _MAX_HEADING:
        return None
    if _NUMBERED_HEADING.match(s):
        return "heading:numbered"
    phrases = _top_level_phrases(s)
    if 2 <= len(phrases) <= 4 and all(2 <= len(p) <= _MAX_PHRASE for p in phrases) \
            and not any(c in "，,；;" for c in s):
        return "heading:parallel-phrases"
    return None


def _is_name(token: str) -> bool:
    if not 2 <= len(token) <= 4 or not all(_is_han(c) for c in token):
        return False
    if token[:2] in _COMPOUND_SURNAMES:
        return len(token) >= 3
    return token[0] in _SURNAMES and len(token) <= 3


def _credit_rule(line: _Line) -> str | None:
    s = normalize(line.raw, phrases=True)
    if len(_bare(s)) > _MAX_SHORT_CAPTION or _has_final_inside(s):
        return None
    if _BYLINE_ROLE.match(s):
        return "credit:byline"
    names = s.split(" ")
    if 2 <= len(names) <= 4 and all(_is_name(t) for t in names):
        return "credit:byline"
    if s.rstrip("。") and any(p.search(s.rstrip("。")) for p in _CREDIT_PATTERNS):
        return "credit:photo"
    return None


# ----------------------------------------------------------------------------------------------
# jieba, for the word and phrase evidence of a rejoin

_JIEBA = None


def _pos_tokenizer():
    """A private jieba tokenizer (default dictionary, no HMM): deterministic and unaffected
    by user dictionaries other modules load into jieba's global one."""
    global _JIEBA
    if _JIEBA is None:
        from zhframe._jieba import base_tokenizer, pos_tokenizer

        _JIEBA = pos_tokenizer(base_tokenizer())
    return _JIEBA


def _pos(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in _pos_tokenizer().cut(text, HMM=False)]


def _word_across(a: str, b: str, window: int = 4) -> str | None:
    """A dictionary word that jieba's best segmentation puts over the break between a and b."""
    left, right = a[-window:], b[:window]
    if not left or not right or not _is_han(left[-1]) or not _is_han(right[0]):
        return None
    pos = 0
    for word, _ in _pos(left + right):
        if pos < len(left) < pos + len(word):
            return word
        pos += len(word)
    return None


def _is_nounish(flag: str) -> bool:
    return flag[:1] == "n" or flag in ("vn", "an", "j", "l", "i")


def _ends_in_noun_or_verb(a: str) -> bool:
    tokens = _pos(a[-8:])
    return bool(tokens) and (tokens[-1][1][:1] in ("n", "v") or tokens[-1][1] == "eng")


def _opens_with_bare_noun_phrase(b: str) -> bool:
    """Does b open with a verbless noun phrase (maybe a list, A、B、C等地) followed by a
    clause that starts with a verb, i.e. a phrase that is no subject of its own?"""
    s = re.sub(r"《[^》]*》|“[^”]*”", "", b)  # titles and quotations: their verbs are not b's
    clauses = _SENTENCE_CLAUSE.split(s)
    if len(clauses) < 2 or not clauses[0] or not clauses[1]:
        return False
    head = _pos(clauses[0])
    if any(f[:1] == "v" for _, f in head) or not any(f[:1] == "n" for _, f in head):
        return False
    return _pos(clauses[1])[0][1][:1] == "v"


def _starts_mid_sentence(norm: str) -> bool:
    if not norm:
        return False
    if norm[0] in "，、。；：？！）》」』”’…":
        return True
    tokens = _pos(norm[:6])
    word, flag = tokens[0]
    return len(word) == 1 and (flag in ("f", "y", "e") or flag.startswith("u"))


# ----------------------------------------------------------------------------------------------
# Classification


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
        heading = _is_heading_shape(line)
        credit = _credit_rule(line)
        if i == 0 and len(bare) <= _MAX_TITLE and not _finished(s) and not credit:
            line.kind, line.rule = "title", "title:first-line"
        elif i == 1 and prev.kind == "title" and len(bare) <= _MAX_DECK and not _finished(s) \
                and not credit and not boxed and not _DATE_START.match(s) \
                and not _SENTENCE_CLAUSE.search(s):
            line.kind, line.rule = "deck", "deck:after-title"
        elif any(bare.startswith(m) for m in _GLOSSARY_MARKERS) and len(bare) <= 10:
            line.kind, line.rule = "glossary", "glossary:marker"
            in_glossary = True
        elif credit:
            line.kind, line.rule = "credit", credit
        elif heading and not boxed:
            line.kind, line.rule = "heading", heading
        elif prev is not None and prev.kind == "heading" and len(bare) <= _MAX_HEADING \
                and not _finished(s) and not boxed:
            line.kind, line.rule = "subheading", "subheading:after-heading"
        elif _FULL_DATE.match(s) and len(bare) <= _MAX_DATED_CAPTION and not _has_final_inside(s):
            line.kind, line.rule = "caption", "caption:dated"
        elif boxed and len(bare) <= _MAX_BOXED_CAPTION and not _has_final_inside(s):
            line.kind, line.rule = "caption", "caption:boxed"
    _short_captions(lines)


def _short_captions(lines: list[_Line]) -> None:
    """Short descriptive lines without final punctuation, where captions sit: next to another
    caption, at the top of the page before any body, after the last body paragraph, or inside
    a paragraph (after a body line that is unfinished and does not run on into this line)."""
    body = [i for i, x in enumerate(lines) if x.kind == "body"]
    if not body:
        return
    for i in list(body):
        line = lines[i]
        s = line.norm
        if len(_bare(s)) > _MAX_SHORT_CAPTION or _finished(s) or _SENTENCE_CLAUSE.search(s) \
                or len(_top_level_phrases(s)) > 1:
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        earlier_body = [j for j in body if j < i and lines[j].kind == "body"]
        later_body = [j for j in body if j > i and lines[j].kind == "body"]
        near_caption = any(x is not None and x.kind == "caption" for x in (prev, nxt))
        interrupts = (bool(earlier_body) and prev is lines[earlier_body[-1]]
                      and not _finished(prev.norm) and not _word_across(prev.norm, s))
        if near_caption or not earlier_body or not later_body or interrupts:
            line.kind, line.rule = "caption", "caption:short-descriptive"


# ----------------------------------------------------------------------------------------------
# Rejoining


def _join_evidence(a: _Line, b: _Line, first: bool, interrupted: bool) -> str | None:
    word = _word_across(a.norm, b.norm)
    if word:
        return f"rejoined:word-across-break({word})"
    if first and not interrupted and len(_bare(b.norm)) <= _MAX_SHORT_TAIL \
            and not _has_final_inside(b.norm) and not _CLAUSE_BREAK.search(b.norm.rstrip(_FINAL)):
        return "rejoined:short-tail"
    if interrupted and _ends_in_noun_or_verb(a.norm) and (
            _opens_with_bare_noun_phrase(b.norm) or _QUANTITY_START.match(b.norm)):
        return "rejoined:phrase-across-interruption"
    return None


def _continuation(lines: list[_Line], t: int, taken: set[int]) -> tuple[int, str] | None:
    interrupted, skipped = False, 0
    for j in range(t + 1, len(lines)):
        line = lines[j]
        if line.kind in ("caption", "credit", "heading", "subheading"):
            interrupted = True
            continue
        if line.kind != "body":
            return None
        if j not in taken:
            why = _join_evidence(lines[t], line, first=skipped == 0, interrupted=interrupted)
            if why:
                return j, why
        skipped += 1
        if skipped >= _MAX_SKIPPED_BODIES:
            return None
    return None


def _glue(pieces: list[str]) -> str:
    out = pieces[0]
    for p in pieces[1:]:
        sep = " " if out[-1:].isascii() and out[-1:].isalnum() and p[:1].isascii() \
            and p[:1].isalnum() else ""
        out += sep + p
    return out


def _body_groups(lines: list[_Line]) -> list[tuple[list[int], list[str], str | None]]:
    taken: set[int] = set()
    groups = []
    for i, line in enumerate(lines):
        if line.kind != "body" or i in taken:
            continue
        group, rules, t = [i], ["body:paragraph"], i
        taken.add(i)
        while not _finished(lines[t].norm):
            found = _continuation(lines, t, taken)
            if not found:
                break
            t, why = found
            group.append(t)
            taken.add(t)
            rules.append(why)
        start = _starts_mid_sentence(lines[group[0]].norm)
        end = not _finished(lines[group[-1]].norm)
        if start:
            rules.append("fragment:starts-mid-sentence")
        if end:
            rules.append("fragment:ends-unfinished-no-continuation")
        fragment = "both" if start and end else "start" if start else "end" if end else None
        groups.append((group, rules, fragment))
    return groups


# ----------------------------------------------------------------------------------------------
# Public API


def clean_article(text: str, doc: str = "") -> pd.DataFrame:
    """Repair the layout of one article into blocks in reading order.

    Parameters
    ----------
    text : str
        The decoded article (:func:`zhframe.corpus.read_text`), LF line endings.
    doc : str
        Name put in the ``doc`` column (a file name or doc_id).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`: ``doc``, ``block`` (0, 1, ... in reading
        order), ``kind``, ``text`` (normalised), ``spans`` (list of
        ``[start, end]`` into ``text``), ``fragment`` (None, "start", "end",
        "both") and ``rule``. Reading order is the order of each block's first
        span: a rejoined paragraph sits where it begins, and what interrupted it
        (captions, a heading) follows it.

    Raises
    ------
    ValueError
        If ``text`` is not a string or has no non-whitespace character.
    """
    _check_text(text, doc)
    return _blocks_frame(_block_rows(text), doc)


def _check_text(text, doc: str) -> None:
    if not isinstance(text, str):
        raise ValueError(f"clean_article expects a str, got {type(text).__name__}")
    if not text.strip():
        raise ValueError(f"{doc or 'text'}: nothing to clean (empty or whitespace only)")


def _block_rows(text: str) -> list[list]:
    """The blocks of ``text`` as plain rows ``[start, kind, text, spans, fragment, rule]``
    in reading order: JSON-able, so :func:`clean_corpus` can cache them."""
    lines = _lines(text)
    _classify(lines)
    rows = []
    for line in lines:
        if line.kind != "body":
            phrases = line.kind in ("title", "deck", "heading", "subheading") \
                or line.rule == "credit:byline"
            rows.append([line.start, line.kind, normalize(line.raw, phrases=phrases),
                         [[line.start, line.end]], None, line.rule])
    for group, rules, fragment in _body_groups(lines):
        pieces = [lines[k] for k in group]
        rows.append([pieces[0].start, "body", normalize(_glue([p.raw for p in pieces])),
                     [[p.start, p.end] for p in pieces], fragment, "; ".join(rules)])
    rows.sort(key=lambda r: r[0])
    return rows


def _blocks_frame(rows: list[list], doc: str) -> pd.DataFrame:
    df = pd.DataFrame({
        "doc": [doc] * len(rows), "block": range(len(rows)), "kind": [r[1] for r in rows],
        "text": [r[2] for r in rows], "spans": [r[3] for r in rows],
        "fragment": pd.Series([r[4] for r in rows], dtype=object), "rule": [r[5] for r in rows]})
    df["fragment"] = df["fragment"].astype(object).where(df["fragment"].notna(), None)
    return df


#: Bump when the meaning of cached block rows changes without an edit to this file.
CACHE_FORMAT = 1


def _cached_rows(texts: list[str], cache: bool, cache_dir, compute: bool = True) -> list:
    """:func:`_block_rows` of each text, through the disk cache ``cleanup.sqlite``.

    Keys hash the text, this module's source and jieba's version
    (:func:`zhframe.cache.source_fingerprint`): editing the rules invalidates them.
    With ``compute=False`` only cached entries are returned (None for the others).
    """
    if not cache:
        return [_block_rows(t) for t in texts]
    from zhframe.cache import DiskCache, content_key, source_fingerprint

    code = source_fingerprint("zhframe.cleanup")
    keys = [content_key(code, "cleanup", str(CACHE_FORMAT), t) for t in texts]
    store = DiskCache(cache_dir, "cleanup.sqlite")
    found = store.get(keys)
    if not compute:
        return [found.get(k) for k in keys]
    new = {}
    for k, t in zip(keys, texts):
        if k not in found and k not in new:
            new[k] = _block_rows(t)
    store.put(new)
    return [found[k] if k in found else new[k] for k in keys]


def clean_corpus(corpus: pd.DataFrame, cache: bool = True, cache_dir=None) -> pd.DataFrame:
    """:func:`clean_article` on every article of a corpus.

    Parameters
    ----------
    corpus : pandas.DataFrame
        :func:`zhframe.corpus.load_corpus`'s table (needs ``doc_id``, ``file``, ``text``).
    cache : bool, default True
        Read/write each article's blocks in the disk cache ``cleanup.sqlite``
        (keyed by the text and this module's code, so never stale; a rerun
        over unchanged articles loads no jieba dictionary).
    cache_dir : path, optional
        Default :func:`zhframe.cache.default_cache_dir`.

    Returns
    -------
    pandas.DataFrame
        ``doc_id`` then :data:`COLUMNS` (``doc`` is the file name) then the
        manifest's metadata columns (district, year...), in manifest order and
        reading order within each article.
    """
    missing = [c for c in ("doc_id", "file", "text") if c not in corpus.columns]
    if missing:
        raise ValueError(f"corpus lacks column(s) {', '.join(missing)}; use load_corpus()")
    from zhframe.corpus import ADDED_COLUMNS

    meta = [c for c in corpus.columns if c not in ADDED_COLUMNS and c not in ("doc_id", "file")
            and c not in COLUMNS]
    records = corpus.to_dict("records")
    for row in records:
        _check_text(row["text"], row["file"])
    return blocks_table(records, _cached_rows([r["text"] for r in records], cache, cache_dir), meta)


def blocks_table(records: list[dict], block_rows: list[list[list]], meta: list[str]) -> pd.DataFrame:
    """One table of blocks from each article's record (``doc_id``, ``file``, metadata) and
    block rows: :func:`clean_corpus`'s output, built in one go (no per-article frames,
    so a corpus of many thousand articles is assembled in seconds)."""
    cols: dict[str, list] = {c: [] for c in ("doc_id", *COLUMNS, *meta)}
    for rec, rows in zip(records, block_rows):
        n = len(rows)
        cols["doc_id"] += [rec["doc_id"]] * n
        cols["doc"] += [rec["file"]] * n
        cols["block"] += range(n)
        for i, c in enumerate(("kind", "text", "spans", "fragment", "rule"), start=1):
            cols[c] += [r[i] for r in rows]
        for c in meta:
            cols[c] += [rec[c]] * n
    df = pd.DataFrame({c: (pd.Series(v, dtype=object) if c == "fragment" else v)
                       for c, v in cols.items()})
    df["fragment"] = df["fragment"].astype(object).where(df["fragment"].notna(), None)
    return df


def body_paragraphs(blocks: pd.DataFrame) -> pd.DataFrame:
    """The body blocks only, with ``para``: the paragraph's number within its document (from 0).

    The unit of the stratified paragraph bootstrap (:mod:`zhframe.stats`).
    """
    key = "doc_id" if "doc_id" in blocks.columns else "doc"
    body = blocks[blocks["kind"] == "body"].copy()
    body.insert(body.columns.get_loc("block") + 1, "para", body.groupby(key, sort=False).cumcount())
    return body.reset_index(drop=True)


# ----------------------------------------------------------------------------------------------
# Reports for the notebook


def block_characters(blocks: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Characters (non-whitespace, of the normalised text) per article and block kind.

    Returns one row per article (``doc_id`` or ``doc``, and ``by`` if given), one
    column per kind in :data:`KINDS` order, plus ``total`` and ``body_share``
    (body characters / all characters): how much of each page is reportage.
    """
    key = "doc_id" if "doc_id" in blocks.columns else "doc"
    index = [key] + ([by] if by else [])
    chars = blocks.assign(chars=blocks["text"].str.replace(r"\s", "", regex=True).str.len())
    table = chars.pivot_table(index=index, columns="kind", values="chars", aggfunc="sum",
                              fill_value=0, sort=False)
    table = table.reindex(columns=list(KINDS), fill_value=0)
    table.columns.name = None
    table["total"] = table[list(KINDS)].sum(axis=1)
    table["body_share"] = table["body"] / table["total"]
    order = blocks[index].drop_duplicates()
    return table.reset_index().set_index(index).loc[
        pd.MultiIndex.from_frame(order) if by else order[key]].reset_index()


def layout_decisions(blocks: pd.DataFrame, width: int = 40) -> pd.DataFrame:
    """Every block that was set aside, rejoined or marked as a fragment, with its rule.

    Headings, titles, decks and plain body paragraphs are left out: they are
    what the page shows. ``text`` is cut to ``width`` characters for display.
    """
    keep = blocks["kind"].isin(SET_ASIDE) | blocks["rule"].str.contains("rejoined|fragment")
    out = blocks.loc[keep].copy()
    out["decision"] = [
        "set aside" if k in SET_ASIDE else "rejoined" if "rejoined" in r else "fragment"
        for k, r in zip(out["kind"], out["rule"])]
    out.loc[out["rule"].str.contains("rejoined") & out["fragment"].notna(), "decision"] = \
        "rejoined, fragment"
    out["pieces"] = out["spans"].str.len()
    out["text"] = [t if len(t) <= width else t[:width // 2] + " … " + t[-width // 2:]
                   for t in out["text"]]
    key = "doc_id" if "doc_id" in blocks.columns else "doc"
    return out[[key, "block", "decision", "kind", "rule", "fragment", "pieces", "text"]] \
        .reset_index(drop=True)


_KIND_STYLE = {
    "title": "font-weight:bold;font-size:1.15em", "deck": "font-style:italic",
    "heading": "font-weight:bold", "subheading": "font-weight:bold;color:#555",
    "body": "", "caption": "color:#a33;font-size:.9em", "credit": "color:#a33;font-size:.9em",
    "glossary": "color:#36a;font-size:.9em"}


def side_by_side_html(text: str, blocks: pd.DataFrame, title: str = "") -> str:
    """HTML table: the raw page (left) beside the cleaned reading (right).

    The cleaned side lists the blocks in reading order with their kind; set-aside
    kinds are coloured, rejoined paragraphs show ``‖`` where the pieces met and
    fragments a ``⟨…⟩`` where text is missing.
    """
    import html

    cells = []
    for row in blocks.itertuples(index=False):
        body = row.text
        if row.kind == "body" and len(row.spans) > 1:
            pieces = [normalize(text[a:b]) for a, b in row.spans]
            body = "‖".join(pieces)
        if row.fragment in ("start", "both"):
            body = "⟨…⟩" + body
        if row.fragment in ("end", "both"):
            body = body + "⟨…⟩"
        cells.append(f'<p style="margin:.3em 0;{_KIND_STYLE[row.kind]}">'
                     f'<small style="color:#888">[{row.block} {row.kind}]</small> '
                     f"{html.escape(body)}</p>")
    raw = html.escape(text.strip("\n"))
    head = f"<h4>{html.escape(title)}</h4>" if title else ""
    return (f'{head}<table style="table-layout:fixed;width:100%"><tr>'
            '<th style="width:50%;text-align:left">raw page (decoded text)</th>'
            '<th style="text-align:left">cleaned reading</th></tr><tr>'
            f'<td style="vertical-align:top;text-align:left"><pre style="white-space:pre-wrap;'
            f'font-size:.85em">{raw}</pre></td>'
            f'<td style="vertical-align:top;text-align:left">{"".join(cells)}</td></tr></table>')
