"""Quoted expressions: find them, classify them, and find slogans quoted or not.

A quotation mark in Chinese news does several jobs: it reports speech
(“……”某某表示), names a titled work (《……》), names an activity or campaign
(“童心向党”品牌活动), sets off a slogan or formula (“学党史、悟思想、办实事、开新局”,
“三篇文章”), or marks a coined term (“必修课”, “传声筒”). :func:`find_quotes`
pairs the marks (nesting allowed) and :func:`classify_quote` decides the job,
with rules in this order (first that applies wins):

1. ``title``: 《…》 or 〈…〉;
2. ``speech``: at least :data:`SPEECH_MIN_CHARS` characters with clause punctuation
   inside, or a speech verb right next to it (某某表示 / 说：);
3. ``activity``: followed by an event noun (活动, 行动, 工程, 比赛, 宣讲, 展览...,
   the entries of ``rhetoric_activity_nouns.txt`` marked ``*``), directly or after
   等/主题/专题/系列/品牌 or a short descriptor (“七个一”主题实践活动, “六百”活动), even
   when its words are a lexicon slogan or a numbered formula: there they name the
   campaign, not the slogan; or an item of a list ending 等…活动 (“A”、“B”纪念…等系列活动);
4. ``slogan``: a slogan or formula of the lexicon (``rhetoric_slogans.csv``),
   matched whatever separates its parts, or a numbered formula (“三会一课”, “1+1+1+4”);
5. ``activity``: followed within a few characters by any other activity noun of the
   list (建设, 服务, 培训...), unless that noun heads a 体系/机制/制度/模式;
6. ``slogan``: structurally a slogan, i.e. two or more short parallel parts
   separated by 、, spaces or · (“月月有任务、周周有督促、定期有通报”), or three or
   more one-character parts (“学、讲、看、做”, a 四字诀);
7. ``term``: anything else (a coined term, a name, a scare quote).

Then, within one text, a quotation whose words are elsewhere classed ``activity`` by
rules 3 or 5 is an activity too (开展“我为群众办实事”的一段缩影 names the campaign named
by “我为群众办实事”实践活动 a line above). ``Quote.evidence`` says which rule decided.
Traditional characters are read as simplified for the lexicons (實踐活動 = 实践活动).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

import pandas as pd

from zhframe.rhetoric import lexicon
from zhframe.rhetoric.registry import Device

#: Opening mark -> closing mark. ASCII " opens and closes (half-width quotes).
PAIRS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "「": "」", "『": "』", '"': '"'}
TITLE_MARKS = {"《", "〈"}
#: A quotation longer than this is taken for an unmatched mark and dropped.
MAX_QUOTE_CHARS = 600
SPEECH_MIN_CHARS = 8
#: Characters after a quotation searched for any activity noun (rule 5).
ACTIVITY_WINDOW = 10
#: Longest descriptor between a quotation and an event noun at its end (rule 3).
ACTIVITY_DESCRIPTOR = 16
CLASSES = ("speech", "slogan", "title", "activity", "term")

_CLAUSE_PUNCT = re.compile(r"[，。！？；,!?;…]")
_SEPARATORS = "、，,·・ \u3000\t"
_SPLIT_PARTS = re.compile(r"[、·・\s]+")
# a numeral then a classifier-like character: 三篇文章, 七个一, 六百, 两个一百年, 四大...
_NUMBERED = re.compile(r"^[两二三四五六七八九十]{1,2}(?:个|篇|项|大|张|条|件|种|类|进|有|到|化|百|千)"
                       r"[\u4e00-\u9fff]{0,4}$")


_MARKS = re.compile("[" + re.escape("".join(PAIRS) + "".join(PAIRS.values())) + "]")


@dataclass
class Quote:
    """One quoted expression: ``text`` is what is inside the marks."""
    start: int
    end: int          # end of the closing mark (text[start:end] includes both marks)
    mark: str         # the opening mark
    text: str
    depth: int        # 0 outermost, 1 a quotation inside a quotation...
    cls: str = ""
    canonical: str | None = None   # the lexicon slogan/formula it matched, if any
    evidence: str = ""             # why it got its class (rule and cue), see module doc


def find_quotes(text: str, classify: bool = True, activity_names=()) -> list[Quote]:
    """All paired quotations of ``text``, in order of their opening mark.

    Marks pair by nesting (an unmatched mark is ignored, a closing mark closes
    the nearest open one of its kind). With ``classify``, each gets ``cls``,
    ``canonical`` and ``evidence`` from :func:`classify_with_evidence`, then rule 8
    (second mentions) with the activity names of ``text`` plus ``activity_names``
    (names found elsewhere in the same article, :func:`article_activity_names`, for
    text read paragraph by paragraph).
    """
    stack: list[tuple[str, int]] = []
    found: list[Quote] = []
    for m in _MARKS.finditer(text):     # only the marks, not every character
        i, ch = m.start(), m.group()
        if ch == '"':
            if stack and stack[-1][0] == '"':
                _close(stack, found, text, i)
            else:
                stack.append((ch, i))
        elif ch in PAIRS:
            stack.append((ch, i))
        elif ch in PAIRS.values():
            for k in range(len(stack) - 1, -1, -1):
                if PAIRS[stack[k][0]] == ch:
                    del stack[k + 1:]
                    _close(stack, found, text, i)
                    break
    found.sort(key=lambda q: q.start)
    for q in found:
        q.depth = sum(1 for o in found if o.start < q.start and q.end <= o.end)
        if classify:
            q.cls, q.canonical, q.evidence = classify_with_evidence(text, q)
    if classify:
        _same_name_same_class(found, set(activity_names))
    return found


def activity_names_of(quotes: list[Quote]) -> set[str]:
    """Quoted words an activity noun names an activity among ``quotes`` (classified),
    separators removed."""
    return {squeeze(_inner_text(q)) for q in quotes
            if q.cls == "activity" and q.evidence.startswith("activity noun")}


def article_activity_names(texts) -> set[str]:
    """Quoted words an activity noun names an activity anywhere in ``texts`` (one article's
    paragraphs), separators removed: pass to :func:`find_quotes` as ``activity_names``."""
    out: set[str] = set()
    for t in texts:
        out |= activity_names_of(find_quotes(t))
    return out


def apply_activity_names(quotes: list[Quote], known) -> None:
    """Rule 8, in place: words named an activity by a noun cue (in ``quotes`` or in ``known``,
    e.g. elsewhere in the article) are that activity wherever quoted."""
    _same_name_same_class(quotes, set(known))


def _same_name_same_class(quotes: list[Quote], known: set[str]) -> None:
    """Rule 8: words named an activity by a noun cue are that activity wherever quoted."""
    named = activity_names_of(quotes) | known
    for q in quotes:
        if q.cls in ("slogan", "term") and squeeze(_inner_text(q)) in named:
            q.cls, q.evidence = "activity", "named an activity elsewhere in the text"


def _close(stack, found, text, i):
    mark, j = stack.pop()
    if 0 < i - j - 1 <= MAX_QUOTE_CHARS:
        found.append(Quote(j, i + 1, mark, text[j + 1:i], 0))


def quotes_frame(text: str) -> pd.DataFrame:
    """:func:`find_quotes` as a DataFrame (columns start, end, mark, text, depth, cls, canonical, evidence)."""
    cols = ["start", "end", "mark", "text", "depth", "cls", "canonical", "evidence"]
    return pd.DataFrame([asdict(q) for q in find_quotes(text)], columns=cols)


def squeeze(s: str) -> str:
    """``s`` without separators between slogan parts (、，· and spaces)."""
    return "".join(c for c in s if c not in _SEPARATORS)


# traditional forms of the characters the slogan and activity lexicons use
_TRAD = str.maketrans("動實踐為眾辦覽賽講誦專題務團黨課設陳習學史歷憶傳紅議會節藝術訪談組織開啟們華紀",
                      "动实践为众办览赛讲诵专题务团党课设陈习学史历忆传红议会节艺术访谈组织开启们华纪")


def _inner_text(q: Quote) -> str:
    return re.sub(r"[“”‘’\"《》〈〉「」『』]", "", q.text).translate(_TRAD)


def match_slogan(s: str, table: pd.DataFrame | None = None) -> str | None:
    """The lexicon expression ``s`` is a variant of (same parts, any separators), or None."""
    key = squeeze(s)
    if table is None:
        return _slogan_keys().get(key)
    for expr, parts in zip(table["expression"], table["parts"]):
        if key == "".join(parts):
            return expr
    return None


@lru_cache(maxsize=None)
def _slogan_keys() -> dict[str, str]:
    """Squeezed parts -> expression of the default slogan table (the first row wins, as in
    the table scan of :func:`match_slogan`)."""
    out: dict[str, str] = {}
    table = lexicon.slogans()
    for expr, parts in zip(table["expression"], table["parts"]):
        out.setdefault("".join(parts), expr)
    return out


def is_numbered_formula(s: str) -> bool:
    """True for a numbered formula: “三篇文章”, “七个一”, “六百”, “1+1+1+4”, “两个一百年”."""
    s = squeeze(s)
    if re.fullmatch(r"\d+(?:\+\d+)+", s):
        return True
    return bool(_NUMBERED.match(s))


def classify_quote(text: str, q: Quote) -> tuple[str, str | None]:
    """Class of quotation ``q`` of ``text`` (see module doc) and the lexicon expression it matches."""
    cls, canonical, _ = classify_with_evidence(text, q)
    return cls, canonical


def classify_with_evidence(text: str, q: Quote) -> tuple[str, str | None, str]:
    """:func:`classify_quote` plus the evidence: which rule of the module doc decided, and its cue."""
    if q.mark in TITLE_MARKS:
        return "title", None, "title marks"
    inner = _inner_text(q)
    if _speech_verb_next_to(text, q):
        return "speech", None, "speech verb next to it"
    if len(inner) >= SPEECH_MIN_CHARS and _CLAUSE_PUNCT.search(inner.rstrip("…")):
        return "speech", None, "clause punctuation inside"
    canonical = match_slogan(inner)
    noun, core = _activity_follows(text, q)
    if noun and core:
        return "activity", canonical, f"activity noun {noun} follows"
    item = _activity_list_item(text, q)
    if item:
        return "activity", canonical, f"item of a list ending {item}"
    if canonical is not None:
        return "slogan", canonical, "lexicon slogan"
    if is_numbered_formula(inner):
        return "slogan", None, "numbered formula"
    if noun:
        return "activity", None, f"activity noun {noun} follows"
    parts = [p for p in _SPLIT_PARTS.split(inner) if p]
    lengths = [len(p) for p in parts]
    if len(parts) >= 3 and set(lengths) == {1} and all(re.fullmatch(r"[\u4e00-\u9fff]", p) for p in parts):
        return "slogan", None, "one-character parallel parts"
    if len(parts) >= 2 and all(2 <= n <= 7 for n in lengths) and all(
            re.fullmatch(r"[\u4e00-\u9fff\d]+", p) for p in parts) and (
            len(parts) >= 3 or max(lengths) - min(lengths) <= 1):
        return "slogan", None, "parallel parts"
    return "term", None, "no other rule"


@lru_cache(maxsize=None)
def _speech_res() -> tuple[re.Pattern, re.Pattern]:
    verbs = lexicon.alternation(lexicon.read_list("rhetoric_speech_verbs.txt"))
    return (re.compile(rf"(?:{verbs})[：:，,]?$"),
            re.compile(rf"[^。！？；“”\n]{{0,20}}?(?:{verbs})(?:[。，,：:；！]|$)"))


def _speech_verb_next_to(text: str, q: Quote) -> bool:
    before_re, after_re = _speech_res()
    if before_re.search(text[max(0, q.start - 4):q.start]):
        return True
    # “……”某某表示: a short attribution (<= 20 chars, no clause break) then the verb
    m = after_re.match(text[q.end:q.end + 24])
    return bool(m) and len(_inner_text(q)) >= 4


@lru_cache(maxsize=None)
def _activity_nouns() -> tuple[str, str]:
    """(alternation of every activity noun, alternation of the event nouns marked ``*``)."""
    entries = lexicon.read_list("rhetoric_activity_nouns.txt")
    core = [e.rstrip("*").strip() for e in entries if e.endswith("*")]
    every = [e.rstrip("*").strip() for e in entries]
    return lexicon.alternation(every), lexicon.alternation(core)


def _activity_follows(text: str, q: Quote) -> tuple[str | None, bool]:
    """(the activity noun that follows ``q``, whether it is an event noun), or (None, False).

    Any noun counts within the first :data:`ACTIVITY_WINDOW` characters of the clause
    after the quotation (chained quotations “A”“B” / “A”、“B” and 等/系列/主题... skipped);
    an event noun also at the end of a longer descriptor (“奔跑吧·少年”儿童青少年主题健身
    全国主场活动). A noun heading 体系/机制/制度/模式 names a system, not an activity.
    """
    after = text[q.end:q.end + 60].translate(_TRAD)
    after = _CHAINED.sub("", after)
    # 主题展 is itself a noun: try the clause as written, then without 等/系列/主题...
    for lead in (after, _LEADERS.sub("", after)):
        found = _noun_in_clause(lead)
        if found[0]:
            return found
    return None, False


_CHAINED = re.compile(r"^(?:[、和及与]?[“‘\"][^”’\"]{0,40}[”’\"])+")
_LEADERS = re.compile(r"^(?:等|系列|主题|专题|品牌|专项|实践|全民)+")
_CLAUSE_END = re.compile(r"[，。！？；,!?;、“《\n]")


@lru_cache(maxsize=None)
def _noun_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(event noun at the end of a descriptor, any unmarked noun, 等…event noun ending)."""
    every, core = _activity_nouns()
    system = r"(?!体系|机制|制度|模式)"
    return (re.compile(rf"[\u4e00-\u9fff\d·]{{0,{ACTIVITY_DESCRIPTOR}}}?({core}){system}"),
            re.compile(rf"(?:{every}){system}(?![\u4e00-\u9fff])"),
            re.compile(rf"[^，。！？；,!?;\n]{{0,60}}?(等(?:系列|主题|专题|品牌)*(?:{core}))"))


def _noun_in_clause(after: str) -> tuple[str | None, bool]:
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    event, noun, _ = _noun_res()
    m = event.match(clause)
    if m is not None:
        return m.group(1), True
    # an unmarked noun ends the phrase (建设，/ 培训，), it is not a verb with an object (服务群众)
    m = noun.search(clause[:ACTIVITY_WINDOW])
    return (m.group(0), False) if m else (None, False)


def _activity_list_item(text: str, q: Quote) -> str | None:
    """The 等…活动 ending when ``q`` is an item (next to 、) of a list of activities in one clause."""
    before, after = text[max(0, q.start - 1):q.start], text[q.end:q.end + 80].translate(_TRAD)
    if before != "、" and not after.startswith("、"):
        return None
    if after.startswith("等“"):
        return None   # “讲一个…、唱一首…”等“七个一”活动: the contents of the next name
    m = _noun_res()[2].match(after)
    return m.group(1) if m else None


MENTION_COLUMNS = ["expression", "kind", "start", "end", "matched", "quoted"]


def slogan_mentions(text: str, table: pd.DataFrame | None = None, quotes=None) -> pd.DataFrame:
    """Every occurrence of a lexicon slogan or formula in ``text``, quoted or not.

    Parts may be separated by 、，· or spaces or nothing (学党史、悟思想、办实事、开新局
    = 学党史 悟思想 办实事 开新局). Returns a DataFrame with columns expression,
    kind, start, end, matched, quoted (inside quotation marks or a title), sorted by start.
    ``quotes`` (:func:`find_quotes` of ``text``, classified or not) saves pairing the marks again.
    """
    return pd.DataFrame(mention_rows(text, table, quotes), columns=MENTION_COLUMNS)


def mention_rows(text: str, table: pd.DataFrame | None = None, quotes=None) -> list[tuple]:
    """:func:`slogan_mentions` as a list of tuples (its columns), for callers that count."""
    patterns = _mention_patterns() if table is None else _patterns_of(table)
    quotes = find_quotes(text, classify=False) if quotes is None else quotes
    spans = [(q.start, q.end) for q in quotes]
    rows = []
    for first, expr, kind, pattern in patterns:
        if first not in text:          # every match starts with the first part: skip the scan
            continue
        for m in pattern.finditer(text):
            quoted = any(s < m.start() and m.end() < e for s, e in spans)
            rows.append((expr, kind, m.start(), m.end(), m.group(), quoted))
    # a match inside a longer match (我为群众办实事 inside nothing longer...) is kept once
    rows.sort(key=lambda r: (r[2], -r[3]))       # stable: table order among equal spans
    keep, last_end = [], -1
    for r in rows:
        if r[2] >= last_end:           # overlapping a kept match: the same words again
            keep.append(r)
        last_end = max(last_end, r[3])
    return keep


def _patterns_of(table: pd.DataFrame) -> list[tuple[str, str, str, re.Pattern]]:
    sep = f"[{re.escape(_SEPARATORS)}]*"
    return [(parts[0] if parts else "", expr, kind, re.compile(sep.join(re.escape(p) for p in parts)))
            for expr, kind, parts in zip(table["expression"], table["kind"], table["parts"])]


@lru_cache(maxsize=None)
def _mention_patterns() -> tuple:
    return tuple(_patterns_of(lexicon.slogans()))


def paragraph_counts(p) -> dict[str, int]:
    """Quotations of each class (outermost only) and slogan mentions of a
    :class:`~zhframe.rhetoric.registry.Paragraph`."""
    out = {f"quote_{c}": 0 for c in CLASSES}
    for q in p.quotes:
        if q.depth == 0:
            out[f"quote_{q.cls}"] += 1
    out["slogan_mentions"] = len(p.mentions)
    return out


DEVICE = Device(
    "quotes", tuple(f"quote_{c}" for c in CLASSES) + ("slogan_mentions",),
    labels={"quote_speech": "引语 speech", "quote_slogan": "口号/提法 slogan",
            "quote_title": "书名号 title", "quote_activity": "活动名 activity",
            "quote_term": "其他引号 term", "slogan_mentions": "口号出现 slogan mentions"},
    paragraph=paragraph_counts)
