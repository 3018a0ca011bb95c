"""Per-article metadata read from the ``meta`` blocks: publication date, source, author, editor.

Web pages print their metadata as furniture (``发布时间：2021-06-18 09:32  来源：…``,
``[来源：… | 作者：… | 日期：…]``, ``□记者 XX``, ``中新网成都4月13日电 (记者 …)``,
``责任编辑：…``). :func:`article_metadata` reads those fields from an article's
``meta`` blocks so a corpus whose manifest lacks ``date``, ``source`` or
``author`` can still be grouped by them; :func:`metadata_table` does it for every
article of a cleaned corpus. The first value found (in reading order) wins: the
publication line comes before the editor's and the footer's lines.
"""

from __future__ import annotations

import re

FIELDS: tuple[str, ...] = ("date", "source", "author", "editor")

_SOURCE_KEYS = r"来源|信息来源|文章来源|本文来源|稿件来源|稿源|出处"
_AUTHOR_KEYS = r"作者|文|撰稿"
_EDITOR_KEYS = r"责任编辑|责编|编辑|本版编辑|值班编辑"
_ANY_KEY = (r"来源|信息来源|文章来源|本文来源|稿件来源|稿源|出处|作者|撰稿|责任编辑|责编|编辑|本版编辑|"
            r"值班编辑|编审|审核|审校|终审|校对|美编|发布时间|发布日期|发布|时间|日期|更新时间|浏览次数|浏览量|"
            r"浏览|点击数|点击量|点击|阅读次数|阅读量|阅读|字号|字体|分享到|分享|版次|栏目|记者|通讯员")
# A value runs to the next field, a separator, two spaces or a closing bracket.
_VALUE = rf"\s*[:：]\s*(?P<v>[^|｜\]】）)\[【（(]*?)\s*(?=$|[|｜\]】）)\[【（(]|\s{{2,}}|\s(?:{_ANY_KEY})\s*[:：]|(?:{_ANY_KEY})\s*[:：]|\s\S{{0,6}}(?:记者|通讯员))"
_SOURCE = re.compile(rf"(?:^|[\s|｜\[【（(])(?:{_SOURCE_KEYS}){_VALUE}")
_AUTHOR = re.compile(rf"(?:^|[\s|｜\[【（(])(?:{_AUTHOR_KEYS}){_VALUE}")
_EDITOR = re.compile(rf"(?:^|[\s|｜\[【（(])(?:{_EDITOR_KEYS}){_VALUE}")
_DATE = re.compile(r"(?P<y>\d{4})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})")
_BYLINE_NAMES = re.compile(r"(?:记者|通讯员|撰稿)\s*[:：]?\s*(?P<v>[\u4e00-\u9fff·]{2,4}(?:[\s、][\u4e00-\u9fff·]{2,4})*)")
_ROLE_WORD = re.compile(r"记者|通讯员|实习生|编辑|报道")


def _clean_value(v: str) -> str | None:
    v = re.sub(r"\s+", " ", v).strip(" ：:|｜-—")
    return v or None


def _date(texts: list[str]) -> str | None:
    for t in texts:
        for m in _DATE.finditer(t):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _field(texts: list[str], pattern: re.Pattern) -> str | None:
    for t in texts:
        m = pattern.search(t)
        if m:
            v = _clean_value(m["v"])
            if v:
                return v
    return None


_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_BRACKETS = re.compile(r"[（(]([^（()）]{2,40})[）)]")


def _names(t: str) -> list[str]:
    """Reporters' names in a byline: after role words (``记者 A B 通讯员 C``), else inside a
    dateline's brackets (``…电 （A B）``), else a line of names (``A B C``)."""
    names = []
    for m in _BYLINE_NAMES.finditer(t):
        names += [n for n in re.split(r"[\s、]+", m["v"]) if n and not _ROLE_WORD.search(n)]
    if names:
        return names
    inner = _BRACKETS.findall(t)
    for part in inner or [t]:
        tokens = [x for x in re.split(r"[\s、,，]+", part.strip()) if x]
        if tokens and all(_NAME.fullmatch(x) for x in tokens):
            return tokens
    return []


def _byline(texts: list[str]) -> str | None:
    """Reporters' names from byline blocks, joined by spaces (role words dropped)."""
    for t in texts:
        names = _names(t)
        if names:
            return " ".join(names)
    return None


def article_metadata(blocks) -> dict:
    """The date, source, author and editor that an article's ``meta`` blocks state.

    Parameters
    ----------
    blocks : pandas.DataFrame or list of dict
        One article's blocks (:func:`zhframe.cleanup.clean_article`), with ``kind``,
        ``text`` and ``rule``.

    Returns
    -------
    dict
        ``date`` (ISO ``YYYY-MM-DD``: the first full date of a meta block), ``source``
        (a 来源-type field), ``author`` (a 作者 field, else the names of the first byline),
        ``editor`` (责任编辑, 编辑...); None where the page states none. Dates without a
        year (a wire dateline's 4月13日电) are not guessed.
    """
    rows = blocks.to_dict("records") if hasattr(blocks, "to_dict") else list(blocks)
    meta = [r for r in rows if r["kind"] == "meta"]
    texts = [r["text"] for r in meta]
    bylines = [r["text"] for r in meta if r["rule"] in ("meta:byline", "meta:dateline-lead")
               or _BYLINE_NAMES.search(r["text"])]
    author = _field(texts, _AUTHOR)
    if author and _ROLE_WORD.search(author):  # 作者：本报记者 林静
        author = " ".join(_names(author)) or author
    return {"date": _date(texts), "source": _field(texts, _SOURCE),
            "author": author or _byline(bylines), "editor": _field(texts, _EDITOR)}


def metadata_table(blocks):
    """:func:`article_metadata` of every article of a cleaned corpus
    (:func:`zhframe.cleanup.clean_corpus`): one row per article (``doc_id`` or ``doc``,
    in corpus order) with columns :data:`FIELDS`."""
    import pandas as pd

    key = "doc_id" if "doc_id" in blocks.columns else "doc"
    meta = blocks[blocks["kind"] == "meta"]  # only meta blocks state metadata: read them alone
    by_doc: dict = {}
    for doc, text, rule in zip(meta[key], meta["text"], meta["rule"]):
        by_doc.setdefault(doc, []).append({"kind": "meta", "text": text, "rule": rule})
    rows = [{key: doc, **article_metadata(by_doc.get(doc, []))} for doc in dict.fromkeys(blocks[key])]
    return pd.DataFrame(rows, columns=[key, *FIELDS])
