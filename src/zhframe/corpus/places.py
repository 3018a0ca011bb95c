"""Place names of a corpus: from the manifest, their short forms, and where a text names itself.

A district paper names its own place all the time (北碚区召开…, 开州全区…). Three
analyses need those names: keyword masking (so the names do not top every keyness
list), topic masking and the self-reference count of :mod:`zhframe.rhetoric.stance`.
They take them from here, so they agree:

- :func:`place_names`: the place names of a corpus, read from the manifest columns the
  user names, or by default every column whose values look like place names (end in an
  administrative suffix: 区, 县, 市, 镇...) -- so ``--by district_pinyin`` still finds
  北碚区 and 开州区 in the ``district`` column;
- :func:`short_forms`: 龙马潭区 -> [龙马潭, 龙马潭区] (the suffix dropped when at least two
  characters remain; 區/縣 of traditional text too);
- :func:`self_reference_terms`: names + short forms (+ 我区/该区/全区... if asked);
- :func:`self_reference_spans`: the occurrences of those names in a text that are the
  place naming itself, not part of a proper noun. Excluded are names inside title marks
  or inside a short quotation that is a name, not speech (“百年辉煌·百听开州”, 《红色开州
  百年锦绣》); names right before an organisation, office, title or site word
  (北碚区融媒体中心, 开州区委, 南山区区长, 北碚园区: ``places_proper_nouns.csv``); names after
  中共 or 地址：; and names closing every item of an 、-list (百听开州、百图开州、百镜开州: a
  series of coined names). Measured on hand gold in ``tests/data/rhetoric/selfref.tsv``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Administrative suffixes stripped to get a short form, longest first.
ADMIN_SUFFIXES: tuple[str, ...] = ("自治州", "自治县", "新区", "街道", "地区", "区", "县", "市",
                                   "州", "盟", "旗", "省", "镇", "乡", "區", "縣")
#: How a local paper refers to its own place generically.
GENERIC_SELF_REFERENCES: tuple[str, ...] = tuple(
    p + s for s in ("区", "县", "市", "镇", "乡", "省", "州") for p in ("我", "该", "全", "本"))
#: Manifest columns never read as place names.
_NOT_PLACES = {"text", "path", "encoding", "n_chars", "file", "sha256", "title", "deck",
               "byline", "doc_id"}
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
_CLAUSE = re.compile(r"[，。！？；,!?;]")


def short_forms(name: str) -> list[str]:
    """``name`` and its short form: 龙马潭区 -> [龙马潭, 龙马潭区]; 义乌市 -> [义乌, 义乌市].

    The short form is kept only when at least two characters remain (城区 stays whole).
    Returns a sorted list; ``[]`` for an empty name.
    """
    name = str(name).strip()
    if not name:
        return []
    out = {name}
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            out.add(name[: -len(suffix)])
            break
    return sorted(out)


def self_reference_terms(names: Iterable[str], generic: bool = False) -> list[str]:
    """Every name and its short forms (and 我区, 该区, 全区... with ``generic``), sorted."""
    terms = {t for n in names for t in short_forms(n)}
    if generic:
        terms.update(GENERIC_SELF_REFERENCES)
    return sorted(terms)


def looks_like_place(value: str) -> bool:
    """A Chinese name ending in an administrative suffix (北碚区, 嘉定镇, 梅縣區)."""
    v = str(value).strip()
    return bool(_CJK_NAME.match(v)) and v.endswith(ADMIN_SUFFIXES)


def place_columns(corpus, distinguishing: bool = True) -> list[str]:
    """Manifest columns whose every non-empty value looks like a place name.

    With ``distinguishing`` (the default), only those whose values differ between the
    documents when there are any: with a ``district`` and a ``city`` column and every
    article from 重庆市, the articles name themselves by their districts, and 重庆 is
    no self-reference of either.
    """
    out = []
    for col in corpus.columns:
        if col in _NOT_PLACES:
            continue
        vals = [str(v) for v in corpus[col] if str(v).strip() and v == v]
        if vals and all(looks_like_place(v) for v in vals):
            out.append(col)
    varying = [c for c in out if corpus[c].astype(str).nunique() > 1]
    return varying if distinguishing and varying else out


def place_names(corpus, columns: Iterable[str] | str | None = None) -> dict[str, list[str]]:
    """doc -> the place names of that document, from ``columns`` of the manifest.

    ``corpus`` is a DataFrame with one row per document (``doc_id`` or its index names it);
    ``columns`` default to :func:`place_columns` (the columns of place names that tell the
    documents apart, else every column of place names). Raises
    ValueError naming a column that is not there.
    """
    if isinstance(columns, str):
        columns = [columns]
    columns = place_columns(corpus) if columns is None else list(columns)
    missing = [c for c in columns if c not in corpus.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in the manifest "
                         f"(columns: {', '.join(map(str, corpus.columns))})")
    docs = corpus["doc_id"] if "doc_id" in corpus.columns else corpus.index
    # whole columns as plain lists: indexing the frame per row copies its attrs (quadratic)
    values = [[str(v).strip() for v in corpus[c].tolist()] for c in columns]
    out: dict[str, list[str]] = {}
    for i, doc in enumerate(docs.tolist()):
        out[str(doc)] = sorted({col[i] for col in values if col[i] and col[i] != "nan"})
    return out


def _read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a data CSV of ``zhframe/data`` (``#`` lines are comments)."""
    path = Path(str(resources.files("zhframe") / "data" / name))
    lines = [l for l in path.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(lines)]


#: Words a place's own institutions and offices are named by, after its level suffix
#: (区委, 县政府, 市长...). When the compared places are of different levels (区 against 县),
#: these track the grouping as surely as the names do.
LEVEL_STEMS: tuple[str, ...] = ("委", "委书记", "政府", "人大", "人大常委会", "政协", "长", "纪委", "委办",
                                "府", "级", "直", "属", "领导", "委宣传部", "委组织部")
_LEVELS = ("区", "县", "市", "镇", "乡", "州", "旗")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def level_words(names: Iterable[str]) -> list[str]:
    """Level words (区委, 县委, 县政府...) of the levels ``names`` belong to, when they are of at
    least two levels (区 and 县); ``[]`` when every name has the same level (then 区委 says
    nothing about which place wrote). Sorted."""
    levels = set()
    for n in names:
        n = str(n).strip()
        for s in _LEVELS:
            if n.endswith(s) and len(n) > len(s):
                levels.add(s)
                break
    if len(levels) < 2:
        return []
    return sorted(s + stem for s in levels for stem in LEVEL_STEMS)


def mask_terms(corpus, by: str | None = None, columns=None, generic: bool = True) -> list[str]:
    """Every word to mask for a comparison of ``corpus`` grouped ``by`` a column.

    The place names of the manifest (``columns``, default every place column: so grouping
    by ``district_pinyin`` still masks 北碚区 and 北碚; grouping by province masks every
    place of every province, each province's other places included), their short forms,
    the values of the grouping column themselves when written in Chinese (a province, an
    outlet), the level words of the places (:func:`level_words`: 区委 against 县委) when
    the places are of several levels, and with ``generic`` 我区/该区/全区....
    This is what keyword and topic masking call (#14, #18 item 10, #22).
    """
    place_map = place_names(corpus, columns)
    names = {n for ns in place_map.values() for n in ns}
    if by is not None and by in corpus.columns:
        names |= {str(v).strip() for v in corpus[by]
                  if v == v and len(_CJK.findall(str(v))) >= 2 and len(str(v).strip()) <= 20}
    terms = set(self_reference_terms(sorted(names), generic=generic))
    if by is not None:
        all_places = {n for ns in place_names(corpus, place_columns(corpus, distinguishing=False)).values()
                      for n in ns} if place_columns(corpus, distinguishing=False) else set()
        terms |= set(level_words(names | all_places))
    return sorted(terms)


@lru_cache(maxsize=1)
def _proper_noun_rules() -> tuple[re.Pattern, re.Pattern]:
    rows = _read_csv("places_proper_nouns.csv")
    after = [r["pattern"] for r in rows if r["position"] == "after"]
    before = [r["pattern"] for r in rows if r["position"] == "before"]
    return re.compile("|".join(f"(?:{p})" for p in after)), re.compile(
        "|".join(f"(?:{p})" for p in before))


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Spans inside title marks, and inside quotations that are names (no clause punctuation)."""
    spans = []
    for m in re.finditer(r"《[^》]{0,80}》|〈[^〉]{0,80}〉", text):
        spans.append((m.start(), m.end()))
    for m in re.finditer(r"[“‘「\"][^“”‘’「」\"\n]{1,30}[”’」\"]", text):
        if not _CLAUSE.search(m.group()):
            spans.append((m.start(), m.end()))
    return spans


def _coined_series(text: str, name: str) -> list[tuple[int, int]]:
    """、-lists whose every item ends with ``name`` (百听开州、百图开州、百镜开州)."""
    item = rf"[\u4e00-\u9fff]{{1,4}}{re.escape(name)}"
    return [(m.start(), m.end()) for m in re.finditer(rf"{item}(?:、{item})+", text)]


def self_reference_spans(text: str, names: Iterable[str]) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every self-reference to ``names`` (and short forms) in ``text``.

    Longest name first (开州区 before 开州); occurrences inside proper nouns are left out
    (see module doc).
    """
    terms = self_reference_terms(names)
    if not terms:
        return []
    after, before = _proper_noun_rules()
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t))))
    masked = _quoted_names(text)
    for t in terms:
        masked += _coined_series(text, t)
    out = []
    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        if any(ms <= s and e <= me for ms, me in masked):
            continue
        if after.match(text, e) or before.search(text[max(0, s - 8):s]):
            continue
        out.append((s, e, m.group()))
    return out
