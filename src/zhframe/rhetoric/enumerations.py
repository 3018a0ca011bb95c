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

import pandas as pd

from zhframe.rhetoric import lexicon
from zhframe.rhetoric.numbers import find_numbers, parse_chinese_numeral
from zhframe.rhetoric.quotes import find_quotes, is_numbered_formula, slogan_mentions, squeeze

COLUMNS = ["kind", "expression", "n", "items", "n_items", "complete", "start", "end"]
_CLAUSE = re.compile(r"[，。！？；：,!?;:\n]")
_SENTENCE_END = re.compile(r"[。！？!?]")
_ORDINAL_MARKERS = [
    ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"],
    ["第一，", "第二，", "第三，", "第四，", "第五，", "第六，"],
    ["首先", "其次", "再次", "最后"],
]


def formula_size(expression: str) -> int | None:
    """The number a numbered formula announces: 三篇文章 -> 3, 七个一 -> 7, 1+1+1+4 -> 4 parts."""
    s = squeeze(expression)
    if re.fullmatch(r"\d+(?:\+\d+)+", s):
        return len(s.split("+"))
    m = re.match(r"[两二三四五六七八九十]+", s)
    return parse_chinese_numeral(m.group()) if m else None


def split_items(segment: str) -> list[str]:
    """Split a list at 、 and 和/及/与, not inside quotation or title marks; trim the ends."""
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
    seg = text[max(0, start - 200):start]
    # the clause before the formula, skipping clause marks inside quotations
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
    seg = re.sub(r"(?:等等|等)$", "", seg[cut:])
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


def find_enumerations(text: str) -> pd.DataFrame:
    """Every enumerative formula of ``text`` with its items (see module doc).

    Returns a DataFrame with columns :data:`COLUMNS`: ``items`` is a list of str,
    ``complete`` is True when the text spells out as many items as ``n`` announces.
    """
    rows = []
    taken = []
    for q in find_quotes(text):
        if q.cls == "slogan" and is_numbered_formula(q.text):
            rows.append(_formula_row(text, q.text, q.start, q.end))
            taken.append((q.start, q.end))
    table = lexicon.slogans()
    numbered = {e for e, n in zip(table["expression"], table["n"]) if pd.notna(n)}
    mentions = slogan_mentions(text, table)
    for expr, s, e in zip(mentions["expression"], mentions["start"], mentions["end"]):
        if expr in numbered and not any(ts <= s and e <= te for ts, te in taken):
            rows.append(_formula_row(text, expr, s, e))
    rows += _counted_lists(text)
    rows += _ordinal_series(text)
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.sort_values(["start", "kind"], kind="stable").reset_index(drop=True)


def _formula_row(text, expression, start, end):
    n = formula_size(expression)
    items = []
    for found in (_items_before(text, start), _items_after(text, end)):
        if len(found) >= 3 or len(found) == n:   # a two-item list nearby is not enough
            items = found
            break
    return ("formula", expression, n, items, len(items), n == len(items), start, end)


def _counted_lists(text: str) -> list[tuple]:
    rows = []
    nums = find_numbers(text)
    for t, s, e, v, unit, kind, counted in zip(nums["text"], nums["start"], nums["end"],
                                               nums["value"], nums["unit"], nums["kind"],
                                               nums["counted"]):
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
