"""Enumerative formulas: numbered frames and the items the text spells out for them.

Three shapes, all common in Party-state reporting:

- ``formula``: a numbered formula, quoted (“三篇文章”, “七个一”, “六百”, “1+1+1+4”) or a
  numbered lexicon formula written without quotes (两个一百年, 四个意识); ``n`` is the number
  it announces (for “1+1+1+4”, the number of components, 4). Its items are looked for in
  the same clause before it (做好保护文物、讲好故事和活用资源“三篇文章”; “讲一个红色故事、…”等
  “七个一”), else in the clauses after it up to the end of the sentence (即1个《…》、1个《…》…);
- ``counted_list``: a list counted by a number right after it (天府煤矿、草街乡、龙凤乡、
  黄桷镇四个党支部), kept only when the number equals the items;
- ``ordinal_series``: clauses opened by 一是/二是/三是, 第一/第二 or 首先/其次/最后.

Items are split at 、 and at 和/及/与 outside quotation marks; a first item is cut after
its 了 (建立了天府煤矿); when three or more items come out, the first and last are cut to
the typical length of the middle ones (the
verb before a list belongs to the sentence, not to its first item), when they are
longer than that by two characters or more.
"""

from __future__ import annotations

import re
import statistics
from functools import lru_cache

import pandas as pd

from zhframe.rhetoric import lexicon
from zhframe.rhetoric.numbers import find_numbers, number_rows, parse_chinese_numeral
from zhframe.rhetoric.quotes import find_quotes, is_numbered_formula, mention_rows, squeeze
from zhframe.rhetoric.registry import Device

COLUMNS = ["kind", "expression", "n", "items", "n_items", "complete", "start", "end"]
_NUMERALS = "一二两三四五六七八九十"
# numeral + one or two characters, twice or more: 一站八部, 三会一课, 一老一小一青壮
_PAIRS = re.compile(rf"(?=.*[二两三四五六七八九十])(?:[{_NUMERALS}]{{1,2}}[^{_NUMERALS}\d、]){{2,}}")
_ONE_SERIES = re.compile(r"(?:一[\u4e00-\u9fff]{1,2}?){2,}(?=一|$)|(?:一[\u4e00-\u9fff]{1,2}){2,}")
_CLAUSE = re.compile(r"[，。！？；：,!?;:\n]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_ORDINAL_MARKERS = [
    ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"],
    ["第一，", "第二，", "第三，", "第四，", "第五，", "第六，"],
    ["首先", "其次", "再次", "最后"],
]


def formula_size(expression: str) -> int | None:
    """The number of items a numbered formula stands for.

    三篇文章 -> 3, 七个一 -> 7; 1+1+1+4 -> 7 (one plan, one table, one table and four
    sub-plans: the sum, not the number of parts); numeral-character pairs add up
    (一站八部 -> 9, 三会一课 -> 4, 两学一做 -> 3); 一X一Y series count their pieces
    (一老一小一青壮 -> 3); a lexicon formula (``rhetoric_formulas.csv``) has its count.
    """
    s = squeeze(expression)
    lex = dict(_formula_lexicon())
    if s in lex:
        return lex[s]
    if re.fullmatch(r"\d+(?:\+\d+)+", s):
        return sum(int(p) for p in s.split("+"))
    pairs = _PAIRS.fullmatch(s)
    if pairs:
        return sum(parse_chinese_numeral(n) for n in re.findall(rf"[{_NUMERALS}]+", s))
    m = re.match(r"[两二三四五六七八九十]+", s)
    return parse_chinese_numeral(m.group()) if m else None


def split_items(segment: str, trim: bool = True) -> list[str]:
    """Split a list at 、 and 和/及/与, not inside quotation or title marks; trim the ends
    (``trim=False`` keeps them: a list after 包括/即 has no verb of the sentence on it)."""
    items, depth, cur = [], 0, ""
    for ch in segment:
        if ch in "“‘《〈「『":
            depth += 1
        elif ch in "”’》〉」』":
            depth = max(0, depth - 1)
        if depth == 0 and ch in "、和及与":
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    items = [i.strip(" \u3000") for i in items]
    items = [i for i in items if i]
    if not trim:
        return items
    if items and "了" in items[0][:-1]:          # 建立了天府煤矿: the verb is the sentence's
        items[0] = items[0][items[0].rindex("了") + 1:]
    if len(items) >= 3:
        typical = int(statistics.median(len(i) for i in items[1:-1]))
        if typical <= 8:
            if len(items[0]) > typical + 1 and items[0][0] not in "《“‘":
                items[0] = items[0][-typical:]
            if len(items[-1]) > typical + 1 and items[-1][-1] not in "》”’":
                items[-1] = items[-1][:typical]
    return items


def _items_before(text: str, start: int) -> list[str]:
    seg = _clause_before(text, start, reach=200)
    quoted = re.search(r"“([^“”]+)”$", seg)
    if quoted:
        seg = quoted.group(1)
    items = split_items(seg)
    return items if len(items) >= 2 else []


def _items_after(text: str, end: int) -> list[str]:
    rest = text[end:end + 400]
    stop = _SENTENCE_END.search(rest)
    rest = rest[:stop.start()] if stop else rest
    best: list[str] = []
    for clause in _CLAUSE.split(rest):
        clause = re.sub(r"^即", "", clause.strip())
        items = split_items(clause)
        if len(items) >= 2 and len(items) > len(best):
            best = items
    return best


def find_enumerations(text: str, quotes=None, mentions=None, numbers=None) -> pd.DataFrame:
    """Every enumerative formula of ``text`` with its items (see module doc).

    Returns a DataFrame with columns :data:`COLUMNS`: ``items`` is a list of str,
    ``complete`` is True when the text spells out as many items as ``n`` announces.
    ``quotes``, ``mentions`` and ``numbers`` (:func:`~zhframe.rhetoric.quotes.find_quotes`,
    :func:`~zhframe.rhetoric.quotes.mention_rows`, :func:`~zhframe.rhetoric.numbers.number_rows`
    of ``text``) save reading them again when the caller has them.
    """
    return pd.DataFrame(enumeration_rows(text, quotes, mentions, numbers), columns=COLUMNS)


def enumeration_rows(text: str, quotes=None, mentions=None, numbers=None) -> list[tuple]:
    """:func:`find_enumerations` as a list of tuples in :data:`COLUMNS` order, sorted by start."""
    quotes = find_quotes(text) if quotes is None else quotes
    rows = []
    taken = []
    for q in quotes:
        # a numbered formula naming a campaign (“三个一”主题实践活动) still announces its items
        if q.cls in ("slogan", "activity") and is_numbered_formula(q.text):
            rows.append(_formula_row(text, q.text, q.start, q.end))
            taken.append((q.start, q.end))
    numbered = _numbered_slogans()
    mentions = mention_rows(text, quotes=quotes) if mentions is None else mentions
    for expr, _, s, e, *_ in mentions:
        if expr in numbered and not any(ts <= s and e <= te for ts, te in taken):
            rows.append(_formula_row(text, expr, s, e))
    rows += _counted_lists(text, numbers)
    rows += _ordinal_series(text)
    rows.sort(key=lambda r: (r[6], r[0]))      # start, then kind (stable)
    return rows


@lru_cache(maxsize=None)
def _numbered_slogans() -> frozenset:
    table = lexicon.slogans()
    return frozenset(e for e, n in zip(table["expression"], table["n"]) if pd.notna(n))


def _formula_row(text, expression, start, end):
    n = formula_size(expression)
    items = []
    for found in (_items_before(text, start), _items_after(text, end)):
        if len(found) >= 3 or len(found) == n:   # a two-item list nearby is not enough
            items = found
            break
    return ("formula", expression, n, items, len(items), n == len(items), start, end)


def _counted_lists(text: str, numbers=None) -> list[tuple]:
    rows = []
    numbers = number_rows(text) if numbers is None else numbers
    for t, s, e, v, unit, _, _, counted, kind, _ in numbers:
        if kind != "claim" or not unit or not 2 <= v <= 12 or v != int(v):
            continue
        items = _items_before(text, s)
        if len(items) == int(v):
            rows.append(("counted_list", t + counted, int(v), items, len(items), True, s, e))
    return rows


def _ordinal_series(text: str) -> list[tuple]:
    rows = []
    for markers in _ORDINAL_MARKERS:
        pattern = re.compile(rf"(?:^|(?<=[，。；：,;:\n]))({'|'.join(map(re.escape, markers))})")
        hits = [(m.start(1), m.end(1), markers.index(m.group(1))) for m in pattern.finditer(text)]
        run: list = []
        for hit in hits + [None]:
            if hit is not None and (not run and hit[2] == 0 or run and hit[2] == run[-1][2] + 1):
                run.append(hit)
                continue
            if len(run) >= 2:
                items = []
                for k, (s, e, _) in enumerate(run):
                    stop = run[k + 1][0] if k + 1 < len(run) else len(text)
                    seg = text[e:stop]
                    m = _SENTENCE_END.search(seg) if k + 1 == len(run) else None
                    items.append((seg[:m.start()] if m else seg).strip("，。；,; \n"))
                rows.append(("ordinal_series", "…".join(text[s:e] for s, e, _ in run), len(run),
                             items, len(items), True, run[0][0], run[-1][1]))
            run = [hit] if hit is not None and hit[2] == 0 else []
    return rows


# ---- one record per formula per article -------------------------------------------------

ARTICLE_COLUMNS = ["kind", "expression", "count", "items", "n_items", "complete", "evidence", "start"]
_TITLE = re.compile(r"《([^《》]+)》")
_LEAD = re.compile(r"^(?:即|分别是|分别为|包括|为|是|：)|^\d+个(?=[《“\u4e00-\u9fff])")
_TAIL = re.compile(r"(?:[（(][^）)]*[）)])?(?:\d+|[二两三四五六七八九十]+)(?:个|项|大|条|种|类)[\u4e00-\u9fff]{1,6}$|[（(][^）)]*[）)]$|等$")
_LIST_OPENERS = r"分别是|分别为|包括|主要有|即|为|是|：|:"


def formula_lexicon() -> dict[str, int]:
    """expression -> count of ``rhetoric_formulas.csv`` (squeezed expressions)."""
    return dict(_formula_lexicon())


@lru_cache(maxsize=None)
def _formula_lexicon() -> tuple[tuple[str, int], ...]:
    return tuple((squeeze(e), int(c)) for e, c in lexicon._cached_table("rhetoric_formulas.csv",
                                                                         "expression", "count"))


def _clean_items(items: list[str]) -> list[str]:
    out = []
    for it in items:
        it = _LEAD.sub("", it.strip())
        it = _TAIL.sub("", it).strip()
        m = re.fullmatch(r"《([^《》]+)》", it)
        out.append(m.group(1) if m else it)
    out = [i for i in out if i]
    # a prefix shared by every item up to a separator (百年辉煌·百听开州, 百年辉煌·百诗开州)
    if len(out) >= 2:
        first = out[0]
        k = max((i + 1 for i, c in enumerate(first) if c in "·・:："
                 and all(o.startswith(first[:i + 1]) for o in out)), default=0)
        if k:
            out = [o[k:] for o in out]
    return out


def _titles(segment: str) -> list[str]:
    """The 《…》 titles of a segment at depth 0 (a list of documents)."""
    return [m.group(1) for m in _TITLE.finditer(segment)]


def _list_in(segment: str, n: int | None, last: bool = False) -> list[str]:
    """The best list of ``segment`` for a formula of ``n`` items (titles, then 、/和 lists)."""
    titles = _titles(segment)
    if n and len(titles) >= n:
        return titles[-n:] if last else titles[:n]
    cands = [_clean_items(split_items(segment, trim=last))]
    parts = segment.split("、")
    if len(parts) >= 2:     # a tight 、-run: what stands before its first 和 belongs outside
        parts[0] = re.split(r"[和及与]", parts[0])[-1]
        cands.append(_clean_items(parts))
    for c in cands:
        if n and len(c) == n:
            return c
    return max(cands, key=len) if not n else []


def _sentence_after(text: str, end: int) -> str:
    rest = text[end:end + 600]
    stop = re.search(r"[。！？!?\n]", rest)
    return rest[:stop.start()] if stop else rest


def _explanation(text: str, end: int) -> str:
    """A glossary entry's explanation: the next paragraph when it opens with 即 or ：."""
    m = re.match(r"[\u4e00-\u9fff]{0,6}\s*\n+\s*(即[^\n]+)", text[end:])
    return m.group(1) if m else ""


def _formula_items(text: str, start: int, end: int, n: int | None) -> list[str]:
    best: list[str] = []
    expl = _explanation(text, end)
    if expl:
        # items named at the head of each clause of the explanation (即“A”。…；“B”。…)
        heads = re.findall(r"(?:^即|[；;。])\s*[“‘]([^”’]{1,30})[”’]", expl)
        if n and len(heads) == n:
            return _clean_items(heads)
        found = _list_in(re.split(r"[。；;]", expl)[0], n)
        if found:
            return found
    before = _items_before(text, start)
    if n and len(_clean_items(before)) == n:
        return _clean_items(before)
    after = _sentence_after(text, end)
    if n and len(_titles(after)) >= n:
        return _titles(after)[:n]
    for clause in _CLAUSE.split(after):
        seg = re.split(_LIST_OPENERS, clause, maxsplit=1)[-1] if re.search(_LIST_OPENERS, clause) else clause
        found = _list_in(seg, n)
        if n and len(found) == n:
            return found
        if len(found) >= 3 and len(found) > len(best):
            best = found
    return best


def _candidates(text: str) -> list[tuple[str, int, int, str]]:
    """(expression, start, end, kind) of every formula of ``text``."""
    out, taken = [], []

    def add(expr, s, e, kind):
        if not any(ts <= s < te for ts, te in taken):
            out.append((expr, s, e, kind))
            taken.append((s, e))

    lex = formula_lexicon()
    for q in find_quotes(text):
        inner = squeeze(q.text)
        if q.mark in "《〈" or (q.depth and not is_numbered_formula(q.text)):
            continue
        single = re.fullmatch(r"[\u4e00-\u9fff](?:[、·][\u4e00-\u9fff]){1,9}", q.text)
        if single:                                   # “学、讲、看、做”
            add(q.text, q.start, q.end, "formula")
        elif inner in lex or is_numbered_formula(q.text) or _PAIRS.fullmatch(inner):
            add(q.text, q.start, q.end, "formula")
    if lex:
        for m in re.finditer(lexicon.alternation(lex), text):
            add(m.group(), m.start(), m.end(), "formula")
    series = r"(?:一[\u4e00-\u9fff]{1,2}){2,}"
    for m in re.finditer(rf"[“‘]({series}(?:、{series})+|(?:一[\u4e00-\u9fff]{{1,2}}){{3,}})[”’]", text):
        if not re.search(lexicon.alternation(lexicon.read_list("rhetoric_fixed_phrases.txt")), m.group()):
            add(m.group(1), m.start(), m.end(), "formula")
    return out


def _series_items(expression: str) -> list[str]:
    """一老一小一青壮、一旧一危一安全 -> 一老|一小|一青壮|一旧|一危|一安全; 学、讲 -> 学|讲."""
    if "、" in expression and all(len(p) == 1 for p in expression.split("、")):
        return expression.split("、")
    if re.fullmatch(r"(?:一[\u4e00-\u9fff]{1,2})+(?:、(?:一[\u4e00-\u9fff]{1,2})+)*", expression):
        return [p for part in expression.split("、") for p in re.findall(r"一[^一、]{1,2}", part)]
    return []


def article_enumerations(blocks) -> pd.DataFrame:
    """Every enumeration of one article, ONE record per formula (body and glossary merged).

    ``blocks`` is the article's text or its list of block texts (joined with line breaks,
    so a glossary entry -- a heading line, then 即… -- is read as the formula's
    explanation). Returns :data:`ARTICLE_COLUMNS`: ``count`` is what the formula stands
    for (:func:`formula_size`; a counted list's number), ``items`` the items the article
    spells out (the complete list wherever it is, else the longest), ``complete`` when
    as many items as ``count``, ``evidence`` the sentence the items came from.
    """
    text = blocks if isinstance(blocks, str) else "\n".join(blocks)
    records: dict[str, list] = {}
    order: list[str] = []

    def merge(kind, expr, count, items, evidence, start=0):
        key = squeeze(expr)
        if key not in records:
            records[key] = [kind, expr, count, [], evidence, start]
            order.append(key)
        rec = records[key]
        if rec[2] is None:
            rec[2] = count
        old = rec[3]
        better = (count and len(items) == count and len(old) != count) or \
                 (len(old) != rec[2] and len(items) > len(old))
        if better:
            rec[3], rec[4] = list(items), evidence

    for expr, s, e, kind in _candidates(text):
        inner = re.sub(r"^[“‘]|[”’]$", "", expr)
        n = formula_size(inner) if not re.fullmatch(r"[\u4e00-\u9fff](?:、[\u4e00-\u9fff])+", inner) \
            else len(inner.split("、"))
        if re.fullmatch(r"(?:一[\u4e00-\u9fff]{1,2})+(?:、(?:一[\u4e00-\u9fff]{1,2})+)+", inner):
            n = len(_series_items(inner))
        items = _series_items(inner) or _formula_items(text, s, e, n)
        merge(kind, inner, n, items, _sentence_around(text, s), s)
    for expr, s, e, n, items in _counted_phrases(text):
        merge("counted_list", expr, n, items, _sentence_around(text, s), s)
    for kind, expr, n, items, _, _, s, _ in _ordinal_series(text):
        merge(kind, expr, n, items, _sentence_around(text, s), s)
    rows = []
    for key in order:
        kind, expr, count, items, evidence, start = records[key]
        if kind == "counted_list" and len(items) != count:
            continue        # a bare count (四个篇章) is no enumeration
        rows.append((kind, expr, count, items, len(items), bool(count) and len(items) == count,
                     evidence, start))
    return pd.DataFrame(rows, columns=ARTICLE_COLUMNS)


def _sentence_around(text: str, pos: int) -> str:
    start = max((m.end() for m in re.finditer(r"[。！？!?\n]", text[:pos])), default=0)
    stop = _SENTENCE_END.search(text, pos)
    end = min(stop.end() if stop else len(text), text.find("\n", pos) if "\n" in text[pos:] else len(text))
    return text[start:end].strip()


def _counted_phrases(text: str) -> list[tuple]:
    """Counted lists: 天府煤矿、草街乡…四个党支部 (items before) or 五项重点任务包括 A、B… (after)."""
    out = []
    formula_spans = [(s, e) for _, s, e, _ in _candidates(text)]
    nums = find_numbers(text)
    for t, s, e, v, unit, kind in zip(nums["text"], nums["start"], nums["end"], nums["value"],
                                      nums["unit"], nums["kind"]):
        if any(fs <= s < fe for fs, fe in formula_spans):
            continue
        if kind != "claim" or not unit or not 2 <= v <= 12 or v != int(v):
            continue
        n = int(v)
        noun = re.match(r"[\u4e00-\u9fff]{1,6}?(?=[和及与、，。；：,;:！？\n\d]|包括|分别|为|是|即|近|约|超|共|达|$)",
                        text[e:e + 12])
        expr = t + (noun.group() if noun else "")
        items = _list_in(_clause_before(text, s), n, last=True)
        if len(items) != n:
            after = text[e + len(noun.group() if noun else ""):]
            m = re.match(rf"[，,]?\s*(?:{_LIST_OPENERS})", after)
            items = _list_in(_sentence_after(after, m.end()).split("；")[0], n) if m else []
        out.append((expr, s, e, n, items if len(items) == n else []))
    return out


def _clause_before(text: str, start: int, reach: int = 300) -> str:
    """The clause before ``start`` (at most ``reach`` characters), skipping clause marks
    inside quotations, without a closing 等/等等."""
    seg = text[max(0, start - reach):start]
    depth, cut = 0, 0
    for i in range(len(seg) - 1, -1, -1):
        ch = seg[i]
        if ch in "”’》":
            depth += 1
        elif ch in "“‘《":
            depth -= 1
        elif depth == 0 and _CLAUSE.match(ch):
            cut = i + 1
            break
    return re.sub(r"(?:等等|等)$", "", seg[cut:])


def paragraph_counts(p) -> dict[str, int]:
    """Numbered formulas, counted lists and ordinal series of a
    :class:`~zhframe.rhetoric.registry.Paragraph`."""
    kinds = [r[0] for r in enumeration_rows(p.text, p.quotes, p.mentions, p.numbers)]
    return {"formulas": kinds.count("formula"), "counted_lists": kinds.count("counted_list"),
            "ordinal_series": kinds.count("ordinal_series")}


DEVICE = Device(
    "enumerations", ("formulas", "counted_lists", "ordinal_series"),
    labels={"formulas": "数字提法 numbered formulas", "counted_lists": "计数列举 counted lists",
            "ordinal_series": "一是…二是 series"},
    paragraph=paragraph_counts)
