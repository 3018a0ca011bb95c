"""Numeric rhetoric: every number in a text, its value resolved, and which numbers are claims.

Reports of campaigns persuade with numbers (1720个党组织、3.5万名党员开展中心组学习900余次).
:func:`find_numbers` finds every number and says what kind it is:

- ``claim``: a quantified claim, with ``value`` resolved (Arabic and Chinese numerals,
  万/亿 multipliers, compound ones and decimals: 3.5万 = 35000, 114.4万亿 = 114400000000000,
  9.3亿亿 = 93000000000000000, 1.2千亿 = 120000000000, 两 = 2, 百余 = 100; exact, never a
  binary float: an ``int`` when whole, else a :class:`decimal.Decimal`), ``unit`` (the measure
  word, ``rhetoric_units.csv``), ``approximate`` with its ``marker`` (余, 多, 约, 近, 超, 逾...,
  ``rhetoric_approximation.csv``) and ``counted``, what is counted where the text says
  it (after a noun measure word: 3.5万名党员; else before: 开展专题学习400余次);
- ``date`` (2021年6月23日, 3月17日, 2021年) and ``anniversary`` (100周年): not claims;
- ``ordinal`` (第七批, 第二十六届, 第一时间, 三届人大二次会议, 六中全会): not claims;
- ``time`` (下午3时, 14时30分许, 晚上8点, 8:30): clock times, not claims;
- ``name``: also a named policy or institution written without quotes (新十条, 两项制度,
  十四五: ``rhetoric_number_names.txt``), and ``cohort``: an age cohort (00后, 90后);
- ``id``: also the values of page metadata lines (字数：1865, 浏览次数 2376, 阅读 3562);
- ``title``: inside 《…》 (《…100周年…》); ``name``: inside a quoted slogan, activity name
  or term (“学习新思想 共赞100年 奋进新征程”, “七个一”); ``formula``: part of a lexicon
  formula written without quotes (两个一百年). Not claims: they name, they do not count.

Chinese numerals are read only when a measure word (or 余/多) follows, and a bare 一
before a measure word is the indefinite article (一面党旗, 一个个), not a claim: this keeps
十分必要, 百年华诞, 一体化 out. Numbers inside reported speech stay claims (the speaker
claims them).

Each row's ``sentence`` is a short evidence span: at most :data:`EVIDENCE_CHARS` characters
either side of the number, within its sentence (a whole sentence per row made 16 KB of
input into 32 MB of output).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

import pandas as pd

from zhframe.rhetoric import lexicon
from zhframe.rhetoric._text import sentence_spans
from zhframe.rhetoric.quotes import find_quotes, mention_rows
from zhframe.rhetoric.registry import Device

COLUMNS = ["text", "start", "end", "value", "unit", "approximate", "marker", "counted", "kind",
           "sentence"]
KINDS = ("claim", "date", "anniversary", "ordinal", "title", "name", "formula", "time", "phone",
         "id", "address", "cohort")
#: Characters of context kept either side of a number in its ``sentence`` (evidence) column.
EVIDENCE_CHARS = 20

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "".join(_CN_BIG)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％＋：－", "0123456789.%+:-")
#: Traditional forms of numerals, measure words and markers, read as their simplified form
#: (one character for one, so offsets stay those of the text).
_TRADITIONAL = str.maketrans("萬億兩個處餘約場項張條臺幾數屆週試員戶間", "万亿两个处余约场项张条台几数届周试员户间")

# Numbers that are not quantities, found before the claims and kept out of them, in this
# order (the first pattern to cover a span wins). Why each: web pages and e-papers carry
# publication stamps (2021-07-02 18:12:36), page counters, footers with phone numbers,
# site IDs and street addresses, and text with ordinals (十九届) next to the claims. The last
# field: characters one of which any match needs (the pattern is skipped on a text without
# them, which changes no result and saves a scan).
_NOT_CLAIMS = [
    ("date", r"(?<!\d)(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)", "-/."),
    ("time", r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])", ":"),
    ("phone", r"(?<![\d-])(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?![\d-])", "0123456789"),
    ("id", r"[A-Za-z\u4e00-\u9fff]?ICP[备證证]?\d+号(?:-\d+)?|[\u4e00-\u9fff]公网安备\s*\d+号", "I公"),
    ("id", r"(?:标识码|识别码|编号|代码|备案号|邮编|邮政编码)\s*[:：]?\s*[\dA-Za-z-]+", "标识编代备邮"),
    # page metadata: a label that is only ever a counter takes its value with or without a
    # colon (字数 1432, 浏览次数 3458次); a verb-like label needs a colon or a space before the
    # value (阅读300余本书 is a claim, 阅读：300 and 阅读 3562 are counters)
    ("id", r"(?:字数|总字数|浏览次数|浏览量|阅读量|阅读数|点击量|点击数|点击率|访问量|点赞数|评论数|"
           r"转发数|收藏数)\s*[:：]?\s*\d+(?:\.\d+)?[万]?[次字]?", "字浏阅点访评转收"),
    ("id", r"(?:阅读|浏览|点击|点赞|评论|转发|分享|收藏|在看|访问)(?:[:：]\s*|\s+)\d+(?:\.\d+)?[万]?[次]?", "阅浏点评转分收在访"),
    ("id", r"(?:全文|本文)(?:共计|共|约)?\s*[:：]?\s*\d+字", "字"),
    # clock times: 下午3时, 14时30分许, 上午10时至12时; X点 only with a time-of-day word before
    # it or 半/整/钟/分 after it (提出3点意见 counts points)
    ("time", r"(?<![\d.第])(?:[01]?\d|2[0-4])时(?:[0-5]?\d分)?(?:许|左右)?", "时"),
    ("time", r"(?<=凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|深夜|当晚|今晚|明晚|每晚|昨晚)"
             r"(?:[01]?\d|2[0-4])点(?:[0-5]?\d分|半|整|钟)?(?:许|左右)?", "点"),
    ("time", r"(?<=[至到])(?:[01]?\d|2[0-4])点(?:[0-5]?\d分|半|整|钟)?", "点"),
    ("time", r"(?<![\d.])(?:[01]?\d|2[0-4])点(?:[0-5]?\d分|半|整|钟)(?:许|左右)?", "点"),
    # ordinals inside names of meetings: 三届人大二次会议, 九届五次会议, 六中全会
    ("ordinal", r"第?[一二三四五六七八九十]+届[\u4e00-\u9fff]{0,6}?[一二三四五六七八九十]+次"
                r"(?=(?:全体)?(?:会议|全会|大会))", "届"),
    ("ordinal", r"[一二三四五六七八九十]+中全会", "全"),
    # age cohorts: 00后, 95后 (born in the 2000s, in 1995-99)
    ("cohort", r"(?<![\d.])\d[05]后", "后"),
    ("address", r"(?<=[路街巷道弄里村组])\d+(?:-\d+)?号(?:院|楼|附\d+号)?", "号"),
    ("date", r"(?<=[至到—～~-])\d{1,2}[日号](?![\u4e00-\u9fff]{0,1}\d)", "日号"),
    ("ordinal", r"第?[一二三四五六七八九十]+届", "届"),
]
#: Vague magnitudes: 数千, 上万, 几十, 十几万 (value = the order of magnitude named).
_VAGUE = r"(?P<vmark>[数几上])(?P<vmag>[十百千万亿]+)|(?P<vmag2>十几|几十)(?P<vbig>[万亿]?)"

_DATE = re.compile(r"(?<![\d.])(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}月(?:\d{1,2}[日号])?)?"
                   r"|\d{1,2}月(?:\d{1,2}[日号])?)(?!\d)")
_STOP = re.compile(r"[，。！？；：,!?;:（）()\[\]【】“”‘’\"《》\n…—]")


def parse_chinese_numeral(s: str) -> int:
    """Value of a Chinese numeral: 二十六 -> 26, 两 -> 2, 百 -> 100, 一万二千 -> 12000, 二〇二一 -> 2021.

    Raises ValueError on a string with characters that are not numerals.
    """
    if not s or any(c not in _CN_CHARS for c in s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if all(c in _CN_DIGITS for c in s) and len(s) > 1:   # digit by digit: 二〇二一
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        elif c in _CN_SMALL:
            section += (1 if digit is None else digit) * _CN_SMALL[c]
            digit = None
        else:  # 万, 亿
            section += digit or 0
            total = (total + section) * _CN_BIG[c] if c == "亿" else total + section * _CN_BIG[c]
            section, digit = 0, None
    return total + section + (digit or 0)


_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def exact(value: Decimal | int) -> Decimal | int:
    """``value`` as an ``int`` when it is whole, else as a normalised :class:`~decimal.Decimal`."""
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else value.normalize()


def parse_number(s: str) -> Decimal | int:
    """Exact value of a written number: Arabic (with decimals), Chinese, or either with
    multipliers, compound ones included (千亿, 万亿, 亿亿: each multiplies).

    ``"3.5万"`` -> 35000, ``"114.4万亿"`` -> 114400000000000, ``"9.3亿亿"`` ->
    93000000000000000, ``"1.2千亿"`` -> 120000000000, ``"两"`` -> 2, ``"94.3"`` ->
    Decimal("94.3"). Decimal arithmetic (never a binary float), so a 20-digit count keeps
    its digits and a 400-digit one stays a number, not ``inf``.
    """
    s = s.translate(_FULLWIDTH).strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万亿]*)", s)
    if m:
        value = Decimal(m.group(1))
        for c in m.group(2):
            value *= _MULTIPLIERS[c]
        return exact(value)
    return parse_chinese_numeral(s)


@lru_cache(maxsize=None)
def _units() -> dict[str, str]:
    return dict(lexicon._cached_table("rhetoric_units.csv", "unit", "type"))


@lru_cache(maxsize=None)
def _approx() -> dict[str, str]:
    return dict(lexicon._cached_table("rhetoric_approximation.csv", "marker", "position"))


@lru_cache(maxsize=None)
def _number_re() -> re.Pattern:
    approx = _approx()
    pre = lexicon.alternation([m for m, p in approx.items() if p == "prefix"])
    suf = lexicon.alternation([m for m, p in approx.items() if p == "suffix" and len(m) == 1])
    tail = lexicon.alternation([m for m, p in approx.items() if p == "suffix" and len(m) > 1])
    units = lexicon.alternation(_units())
    return re.compile(
        rf"(?P<pre>{pre})?"
        rf"(?P<num>\d+(?:\.\d+)?|[{_CN_CHARS}]+)"
        # 千 alone multiplies unless it is the metric kilo- (500千伏, 1千克, 5千米)
        rf"(?P<suf1>{suf})?(?P<mult>[百千]?[万亿]{{1,2}}|千(?![克米瓦伏卡焦帕赫]))?(?P<suf2>{suf})?"
        rf"(?P<unit>周年|{units})?(?P<tail>{tail})?")


def find_numbers(text: str, quotes=None, mentions=None) -> pd.DataFrame:
    """Every number in ``text``, one row each, in text order.

    Returns
    -------
    DataFrame with columns :data:`COLUMNS`: ``text`` (as written, with its
    approximation marker and unit), ``start``/``end`` (offsets in ``text``),
    ``value`` (exact: ``int`` or :class:`~decimal.Decimal`; NaN for dates), ``unit``,
    ``approximate`` (bool), ``marker`` (the approximation marker or ""), ``counted``
    (what is counted, "" when the text does not say), ``kind`` (one of :data:`KINDS`)
    and ``sentence`` (the evidence span: :func:`evidence`).

    ``quotes`` (:func:`~zhframe.rhetoric.quotes.find_quotes` of ``text``) and ``mentions``
    (:func:`~zhframe.rhetoric.quotes.mention_rows`) save reading them again when the
    caller has them.
    """
    rows = number_rows(text, quotes, mentions)
    df = pd.DataFrame(rows, columns=COLUMNS)
    # object dtype: ints and a NaN would otherwise make a float column and lose the digits
    df["value"] = pd.Series([r[3] for r in rows], index=df.index, dtype=object)
    return df


def number_rows(text: str, quotes=None, mentions=None, spans=None) -> list[tuple]:
    """:func:`find_numbers` as a list of tuples in :data:`COLUMNS` order, for callers that count
    (``spans``: the sentence spans of ``text``, if the caller has them)."""
    if not isinstance(text, str):
        raise ValueError(f"find_numbers needs a str, got {type(text).__name__}")
    flat = text.translate(_FULLWIDTH).translate(_TRADITIONAL)
    rows = []
    taken = bytearray(len(flat))      # characters already read as some number
    for kind, pattern, needs in _not_claims():
        if needs and not any(c in flat for c in needs):
            continue
        for m in pattern.finditer(flat):
            if not any(taken[m.start():m.end()]):
                if kind != "fixed":      # idioms count nothing: no row at all
                    届 = kind == "ordinal" and m.group().endswith("届")
                    value = parse_chinese_numeral(m.group().strip("第届")) if 届 else float("nan")
                    rows.append(_row(m.group(), m.start(), m.end(), value, "届" if 届 else "",
                                     False, "", "", kind))
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    units = _units()
    for m in _vague_re().finditer(flat):
        s, e = m.start(), m.end()
        if any(taken[s:e]):
            continue
        mag = m.group("vmag") or ""
        value = 1
        for c in mag or (m.group("vmag2") + (m.group("vbig") or "")):
            value *= _MULTIPLIERS.get(c, 1)     # 几 multiplies by nothing
        unit = m.group("unit")
        marker = m.group("pre") or m.group("vmark") or "几"
        counted = _counted(flat, s, e, unit, units.get(unit, ""))
        rows.append(_row(flat[s:e], s, e, value, unit, True, marker, counted, "claim"))
        taken[s:e] = b"\x01" * (e - s)
    for m in _DATE.finditer(flat):
        year = re.match(r"(\d{4})年", m.group())
        if year and not re.search(r"月", m.group()) and not 1900 <= int(year.group(1)) <= 2100:
            continue
        rows.append(_row(m.group(), m.start(), m.end(), float("nan"), "", False, "", "", "date"))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in _number_re().finditer(flat):
        s, e = m.start(), m.end()
        if any(taken[s:e]):
            continue
        num, unit = m.group("num"), m.group("unit") or ""
        chinese = not num[0].isdigit()
        suffix = m.group("suf1") or m.group("suf2") or ""
        if chinese and (not (unit or suffix) or num == "一" or unit == "年" or _reduplicated(flat, m)):
            continue
        if chinese and num in "十百千万亿" and not suffix:
            continue                     # 万人, 百年: a bare multiplier is no number
        if e < len(flat) and re.match(r"[A-Za-z]", flat[e]) and not unit:
            continue
        if not chinese and not unit and re.fullmatch(r"\d{7,}", num):
            kind = "id"                  # a long bare digit string is a code, not a count
            rows.append(_row(flat[s:e], s, e, float("nan"), "", False, "", "", kind))
            continue
        after_ge = _AFTER_GE.match(flat, e) if unit == "个" else None
        if after_ge:                     # 2个多小时: the measure word is 小时, 多 makes it approximate
            unit, e = after_ge.group("u"), after_ge.end()
            if after_ge.group("m") in ("多", "余"):
                suffix = suffix or after_ge.group("m")
        tail = _tail_re().match(flat, e) if not m.group("tail") else None
        if tail and tail.group():
            e = tail.end()
        try:
            value = parse_number(num + (m.group("mult") or ""))
        except ValueError:
            continue
        marker = m.group("pre") or suffix or m.group("tail") or (tail.group() if tail else "")
        kind = "claim"
        if s > 0 and flat[s - 1] == "第":
            kind, s = "ordinal", s - 1
            marker = ""
        elif unit == "周年":
            kind = "anniversary"
        elif flat[s - 1:s] in "(（" and flat[e:e + 1] in ")）" and s > 0:
            kind = "ordinal"           # 陈列展(二期): phase two, not two phases
        counted = _counted(flat, m.start("num"), e, unit, units.get(unit, "")) if kind == "claim" else ""
        rows.append(_row(flat[s:e], s, e, value, unit, bool(marker), marker, counted, kind))
    rows.sort(key=lambda r: r[1])       # stable: text order, ties in the order found
    rows = _flag_quoted(text, rows, quotes, mentions)
    spans = sentence_spans(text) if spans is None else spans
    return [(text[r[1]:r[2]],) + r[1:] + (evidence(spans, text, r[1], r[2]),) for r in rows]


#: Measure words that follow 个 (2个多小时, 0.5个工作日, 4.1个百分点): the unit is the word.
_GE_UNITS = "小时|工作日|百分点|星期|季度|钟头|半月"
_AFTER_GE = re.compile(rf"(?P<m>多|余|半)?(?P<u>{_GE_UNITS})")


@lru_cache(maxsize=None)
def _tail_re() -> re.Pattern:
    return re.compile(_tail_markers())


@lru_cache(maxsize=None)
def _not_claims() -> tuple[tuple[str, re.Pattern, str], ...]:
    fixed = lexicon.alternation(lexicon.read_list("rhetoric_fixed_phrases.txt"))
    named = lexicon.alternation(lexicon.read_list("rhetoric_number_names.txt"))
    # named policies before the patterns: 新十条 is one name, not 十条 counted
    return (("name", re.compile(rf"{named}|新[一二三四五六七八九十]+条"), ""),) + tuple(
        (k, re.compile(p), t) for k, p, t in _NOT_CLAIMS) + (("fixed", re.compile(fixed), ""),)


@lru_cache(maxsize=None)
def _vague_re() -> re.Pattern:
    approx = _approx()
    pre = lexicon.alternation([m for m, p in approx.items() if p == "prefix"])
    units = lexicon.alternation(_units())
    return re.compile(rf"(?P<pre>{pre})?(?:{_VAGUE})(?P<unit>{units})")


@lru_cache(maxsize=None)
def _tail_markers() -> str:
    approx = _approx()
    return lexicon.alternation([m for m, p in approx.items() if p == "suffix" and len(m) > 1])


def _row(t, s, e, value, unit, approx, marker, counted, kind):
    return (t, s, e, value, unit, approx, marker, counted, kind)


def _reduplicated(flat: str, m: re.Match) -> bool:
    """一次次, 一场场: a classifier doubled after the numeral is not a count."""
    unit = m.group("unit") or ""
    return bool(unit) and flat[m.end():m.end() + len(unit)] == unit


@lru_cache(maxsize=None)
def _delimiters(role: str) -> str:
    table = lexicon._cached_table("rhetoric_count_verbs.csv", "word", "role")
    return lexicon.alternation(w for w, r in table if r in (role, "both"))


def _counted(flat: str, num_start: int, end: int, unit: str, unit_type: str) -> str:
    """What a number counts: the noun after a noun measure word, else the phrase before."""
    if unit_type == "noun":
        title = re.match(r"[《“][^》”]{1,40}[》”]", flat[end:])
        if title:                       # 1个《实施方案》
            return title.group()
        after = _STOP.split(flat[end:end + 30], maxsplit=1)[0]
        after = re.split(rf"[\d、]|{_delimiters('stop')}|{lexicon.alternation(_approx())}",
                         after, maxsplit=1)[0]
        if after:
            return after[:12]
    before = flat[max(0, num_start - 40):num_start]
    before = re.split(r"[，。！？；：、,!?;:\n]", before)[-1]
    # drop an approximation prefix and copulas (达, 共计) right before the number
    before = re.sub(rf"(?:{lexicon.alternation(_approx())}|达|为|共计|累计|合计|共)+$", "", before)
    for m in reversed(list(re.finditer(_delimiters("open"), before))):
        if len(before) - m.end() >= 2:
            before = before[m.end():]
            break
    if len(before) > 16:   # keep a quoted name whole rather than cut inside it
        q = before.rfind("“")
        before = before[q:] if 0 <= q and len(before) - q <= 28 else before[-16:]
    return before


def _flag_quoted(text: str, rows: list[tuple], quotes=None, mentions=None) -> list[tuple]:
    """Numbers inside titles, quoted names/slogans or unquoted lexicon formulas are not claims."""
    if not rows:
        return rows
    quotes = find_quotes(text) if quotes is None else quotes
    spans = [(q.start, q.end, "title" if q.cls == "title" else "name")
             for q in quotes if q.cls != "speech"]
    mentions = mention_rows(text, quotes=quotes) if mentions is None else mentions
    spans += [(m[2], m[3], "formula") for m in mentions]
    out = []
    for r in rows:
        s, e, kind, counted = r[1], r[2], r[8], r[7]
        inside = [k for qs, qe, k in spans if qs <= s and e <= qe]
        if inside and kind in ("claim", "anniversary", "ordinal", "date"):
            kind = "title" if "title" in inside else ("name" if "name" in inside else "formula")
        out.append(r[:7] + (counted if kind == "claim" else "", kind))
    return out


def evidence(spans, text: str, start: int, end: int, width: int = EVIDENCE_CHARS) -> str:
    """The evidence span of ``text[start:end]``: ``width`` characters either side, cut to
    its sentence (``spans`` from :func:`~zhframe.rhetoric._text.sentence_spans`)."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    for s, e in spans:
        if s <= start < e:
            lo, hi = max(lo, s), min(hi, max(e, end))
            break
    return text[lo:hi].strip()


def format_value(value) -> str:
    """A value as exact text for CSV output: 2500001 -> "2500001", 3.5万 -> "35000",
    Decimal("94.3") -> "94.3", a 400-digit int -> its 400 digits, NaN/None -> "".
    Never scientific notation, never a binary float's rounding."""
    if value is None or value != value:
        return ""
    if isinstance(value, float):            # a float from elsewhere: its shortest repr
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        value = exact(value)
        if isinstance(value, Decimal):
            return format(value, "f")
    return str(int(value))


def number_summary(text: str, sentences: list[str] | None = None) -> dict[str, float]:
    """Claims per 1,000 characters, share of sentences with a claim, and counts by kind.

    ``sentences`` default to the sentences of ``text``. Returns a dict with
    ``n_chars``, ``n_claims``, ``claims_per_1k``, ``n_sentences``,
    ``sentences_with_claim``, ``share_sentences_with_claim``, ``n_approximate``,
    ``share_approximate`` and ``n_<kind>`` for every kind.
    """
    df = find_numbers(text)
    sentences = sentence_spans(text) if sentences is None else sentences
    claims = df[df["kind"] == "claim"]
    n_chars = len(text)
    if sentences and isinstance(sentences[0], str):
        with_claim = sum(1 for s in sentences if (find_numbers(s)["kind"] == "claim").any())
    else:
        with_claim = sum(1 for s, e in sentences if ((claims["start"] >= s) & (claims["start"] < e)).any())
    out = {
        "n_chars": n_chars,
        "n_claims": len(claims),
        "claims_per_1k": 1000 * len(claims) / n_chars if n_chars else float("nan"),
        "n_sentences": len(sentences),
        "sentences_with_claim": with_claim,
        "share_sentences_with_claim": with_claim / len(sentences) if sentences else float("nan"),
        "n_approximate": int(claims["approximate"].sum()),
        "share_approximate": claims["approximate"].mean() if len(claims) else float("nan"),
    }
    for kind in KINDS:
        out[f"n_{kind}"] = int((df["kind"] == kind).sum())
    return out


def paragraph_counts(p) -> dict[str, int]:
    """Claims (approximate ones apart), dates and ordinals of a
    :class:`~zhframe.rhetoric.registry.Paragraph`, its sentences and those with a claim."""
    claims = [r[1] for r in p.numbers if r[8] == "claim"]
    kinds = [r[8] for r in p.numbers]
    spans = p.sentences
    return {"claims": len(claims),
            "claims_approximate": sum(1 for r in p.numbers if r[8] == "claim" and r[5]),
            "dates": kinds.count("date"), "ordinals": kinds.count("ordinal"),
            "n_sentences": len(spans),
            "sentences_with_claim": sum(1 for s, e in spans if any(s <= c < e for c in claims))}


DEVICE = Device(
    "numbers", ("claims", "claims_approximate", "dates", "ordinals"),
    labels={"claims": "数字论断 claims", "claims_approximate": "约数 approximate claims",
            "dates": "日期 dates", "ordinals": "序数 ordinals",
            "share_sentences_with_claim": "含数字句 with a claim"},
    paragraph=paragraph_counts, extra=("n_sentences", "sentences_with_claim"))
