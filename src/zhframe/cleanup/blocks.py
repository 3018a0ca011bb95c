"""Blocks of an article and of a corpus: the public entry points, and the block cache."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from zhframe.cleanup.classify import _classify
from zhframe.cleanup.notices import _after_signature, _contacts_under_text, _dates_inside_text, _signature
from zhframe.cleanup.lines import _EVENT_FIELD, _Line, _bare, _finished, _has_final_inside, _lines, _split_line
from zhframe.corpus.normalize import normalize
from zhframe.cleanup.rejoin import _NUMBERED_ITEM, _body_groups, _glue
from zhframe.corpus.furniture import date_only, meta_rule, related_item
from zhframe.corpus.leads import split_end_mark, split_lead

# Longest line (characters, spaces excluded) the tail of furniture may hold: a credit, a
# prompt or another article's headline, not a paragraph cut off at the end of a paste.
_MAX_TAIL_FURNITURE = 30
_SECTION_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# A list marker, a heading's number or an ornament before an entry of a table of contents.
_CONTENTS_MARK = re.compile(r"^(?:[◆◇●○■□▶►▸•·★☆▼▲\-—]+|\d{1,2}\s*[.．、]|[一二三四五六七八九十]{1,3}、|0\d)\s*")

if TYPE_CHECKING:  # pandas is imported where a table is built: the clean command needs none
    import pandas as pd

KINDS: tuple[str, ...] = ("title", "deck", "heading", "subheading", "body", "caption", "credit",
                          "glossary", "meta")
#: Kinds that are not body text: set aside from every count of reportage.
SET_ASIDE: tuple[str, ...] = ("caption", "credit", "glossary", "meta")
COLUMNS: tuple[str, ...] = ("doc", "block", "kind", "text", "spans", "fragment", "rule")


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
    lines = _next_article(_card_titles(_fields_among_fields(_furniture(_lines(text)))))
    lines, rest = lines, [x for x in lines if x.kind != "meta"]
    if _contents(rest):
        rest = [x for x in lines if x.kind != "meta"]
    _classify(rest)
    _gallery_captions(lines)
    _footnotes(lines)
    _table_notes(lines)
    if _signature(lines) | _contacts_under_text(lines) | _after_signature(lines) \
            | _dates_inside_text(lines):  # a signature's date is no item
        rest = [x for x in lines if x.kind != "meta"]
    _slogans_of_nothing(lines)
    for line in rest:
        if line.rule == "credit:byline":  # a byline is publication metadata, like 作者：…
            line.kind, line.rule = "meta", "meta:byline"
    groups = _body_groups(rest)
    groups = _tail_furniture(rest, groups)
    rows = []
    for line in lines:
        if line.kind != "body":
            phrases = line.kind in ("title", "deck", "heading", "subheading", "meta")
            rows.append([line.start, line.kind, line.phr if phrases else line.norm,
                         [[line.start, line.end]], None, line.rule])
    for group, rules, fragment in groups:
        pieces = [rest[k] for k in group]
        if rules == ["body:table-row"] or rules[0].startswith("body:list-entry"):  # cells, name and post apart
            text = pieces[0].phr
        else:
            text = pieces[0].norm if len(pieces) == 1 else normalize(_glue([p.raw for p in pieces]))
        rows.append([pieces[0].start, "body", text,
                     [[p.start, p.end] for p in pieces], fragment, "; ".join(rules)])
    rows.sort(key=lambda r: r[0])
    return rows


# A commentary's headline under its column's label (短评｜…, 快评：…): on a paper's page it
# follows the report it comments on, as an article of its own.
_COMMENTARY_HEAD = re.compile(r"^[【\[]?\s*(短评|快评|微评|时评|锐评|小评|热评)\s*[】\]]?\s*(?:[｜|:：]?\s*[^。！？]{4,40})?$")
# A column of news briefs printed under the report (■本版简讯, 短讯): other articles, as a
# commentary is. Above the text such a line is the page's own title (a page of briefs).
_BRIEFS_HEAD = re.compile(r"^[■□●◆▌【\[]?\s*(?:本版|本期|今日)?(?:简讯|短讯|快讯|新闻速递|要闻速览)\s*[】\]]?$")
_MIN_OPENING = 20


# A brief's closing signature: its writer's name in brackets after the last sentence (…。（牟丽娟）),
# not a picture's credit (…。（通讯员供图）).
_SIGNED = re.compile(r"[。！？”][（(](?![^（()）]*(?:摄|图|供|提供|来源|资料))\s*(?:(?:本报)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*[）)]$")
_MAX_BRIEF_LINES = 3
_MAX_BRIEF_HEAD = 30


def _next_article(lines: list[_Line]) -> list[_Line]:
    """A commentary or a column of briefs printed under the report (:data:`_COMMENTARY_HEAD`,
    :data:`_BRIEFS_HEAD`, after a finished paragraph): it and every line after it are another
    article, ``meta`` (``meta:next-article``).
    At the top of a text such a line is that commentary's own title. So is a signed brief
    under a report that has its byline above it: a short headline after a finished paragraph,
    then at most three paragraphs the last of which closes with its writer's name in brackets
    (``…已更换雨棚。`` / ``…（牟丽娟）``), as an e-paper prints 短讯 under the page's report;
    a report signed only at its end keeps its last section."""
    opened, bylined = False, False
    for k, line in enumerate(lines):
        if line.kind == "meta":
            bylined = bylined or not opened and line.rule == "meta:byline"
            continue
        if opened and (_COMMENTARY_HEAD.match(line.norm) or _BRIEFS_HEAD.match(line.norm)
                       or bylined and _signed_brief(lines, k)):
            for rest in lines[k:]:
                if rest.kind != "meta":
                    rest.kind, rest.rule = "meta", "meta:next-article"
            break
        opened = opened or len(_bare(line.norm)) >= _MIN_OPENING and _finished(line.norm)
    return lines


def _signed_brief(lines: list[_Line], k: int) -> bool:
    """Does a signed brief start at ``lines[k]`` (see :func:`_next_article`)?"""
    head = lines[k].norm
    if not (4 <= len(_bare(head)) <= _MAX_BRIEF_HEAD) or _finished(head) or _has_final_inside(head):
        return False
    text = [x for x in lines[k + 1:] if x.kind != "meta"]
    return 0 < len(text) <= _MAX_BRIEF_LINES and bool(_SIGNED.search(text[-1].norm)) \
        and all(_finished(x.norm) or _SIGNED.search(x.norm) for x in text)


def _contents(lines: list[_Line]) -> bool:
    """A table of contents (a post's 目录 or 导读 box): a run of two or more short unfinished lines
    (headings' shape) that the text repeats further down, each as a line of its own (``◆ 一窗受理，群众少跑腿`` above,
    ``一窗受理，群众少跑腿`` as a heading later), markers aside. They become ``meta``
    (``meta:contents``); returns whether any did."""
    keys = [_CONTENTS_MARK.sub("", _bare(x.norm)) for x in lines]
    last = {k: i for i, k in enumerate(keys)}
    entry = [4 <= len(k) <= _MAX_TAIL_FURNITURE and last[k] > i and not _finished(x.norm)
             for i, (k, x) in enumerate(zip(keys, lines))]
    changed, i = False, 0
    while i < len(lines):
        j = i
        while j < len(lines) and entry[j]:
            j += 1
        if j - i >= 2:
            for line in lines[i:j]:
                line.kind, line.rule = "meta", "meta:contents"
            changed = True
        i = max(j, i + 1)
    return changed


_FIELD_SHAPE = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]\s*\S")


def _fields_among_fields(lines: list[_Line]) -> list[_Line]:
    """A field line (``地点：…``) between two lines of page furniture above the text (a press
    conference's card: 发布会时间：…, 地点：…, 发布人：…) is one of them: ``meta:fields``. Only
    before the text's first sentence: inside the text such lines are a notice's items."""
    for i in range(1, len(lines) - 1):
        prev, line, nxt = lines[i - 1], lines[i], lines[i + 1]
        if line.kind != "meta" and _finished(line.norm) and len(_bare(line.norm)) > _MAX_TAIL_FURNITURE:
            break  # the text has begun
        if line.kind != "meta" and prev.kind == nxt.kind == "meta" and _FIELD_SHAPE.match(line.norm) \
                and not _finished(line.norm) and len(_bare(line.norm)) <= _MAX_TAIL_FURNITURE:
            line.kind, line.rule = "meta", "meta:fields"
    return lines


def _card_titles(lines: list[_Line]) -> list[_Line]:
    """Another article's card inside the text (a feed's inline recommendation): a short,
    unfinished line right above a dated line that names an outlet or a count (``某某新闻317评
    2021-06-18``: a publication line that is not :func:`date_only`), after the text has begun
    (a finished sentence above), is that card's headline: ``meta`` (``meta:card-title``). The
    article's own title above its publication line comes before any sentence."""
    seen_text = False
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        seen_text = seen_text or prev.kind != "meta" and _finished(prev.norm) \
            and len(_bare(prev.norm)) > _MAX_TAIL_FURNITURE
        if seen_text and line.rule == "meta:dateline" and prev.kind != "meta" \
                and len(_bare(prev.norm)) <= _MAX_TAIL_FURNITURE and not _finished(prev.norm) \
                and not date_only(line.phr) and not _SECTION_HEAD.match(prev.norm):  # 一、活动时间
            prev.kind, prev.rule = "meta", "meta:card-title"
    return lines


_MAX_GALLERY_CAPTION = 100


# A note under the text: its mark ([1], ［2］, 〔3〕, ①) opening the line, or the notes' header alone.
_FOOTNOTE = re.compile(r"^\s*(?:[\[［〔]\d{1,2}[\]］〕]|[①-⑳])\s*\S")
_NOTES_HEAD = re.compile(r"^\s*(?:注|注释|附注|尾注|参考文献|参考资料)\s*[:：]?\s*$")
# A note on its own label: a table's or the text's (注：…, 数据来源：…, 资料来源：…).
_NOTE_LINE = re.compile(r"^\s*[（(]?\s*(?:注|备注|数据来源|资料来源)\s*\d?\s*[:：]\s*\S")


def _footnotes(lines: list[_Line]) -> None:
    """The notes that end a text (``[1] 书信原文为繁体竖排…``, ``注：部分数据因四舍五入…``,
    ``参考文献：`` then ``[1] …``, ``附注：`` then ``1. …``): a run of lines opening with a note's
    mark or label after the last paragraph, with the notes' header above them (one run or more:
    注释 then 参考文献), or numbered lines under a notes' header, is ``meta`` (``meta:footnote``);
    a line with a mark inside the text, followed by more text, is the text's (a list numbered so),
    and so is a numbered list ending the text under no notes' header."""
    notes, pending = [], []
    for line in reversed(lines):
        if line.kind in ("meta", "caption", "credit"):
            continue
        if (_FOOTNOTE.match(line.norm) or _NOTE_LINE.match(line.norm)) and not pending:
            notes.append(line)
            continue
        if _NUMBERED_ITEM.match(line.norm) and not notes:
            pending.append(line)  # notes only if a notes' header heads them
            continue
        if (notes or pending) and _NOTES_HEAD.match(line.norm):
            notes += pending + [line]
            pending = []
            continue  # notes may come in parts (注释： …, then 参考文献： …)
        break
    for line in notes:
        line.kind, line.rule = "meta", "meta:footnote"


def _table_notes(lines: list[_Line]) -> None:
    """A note right under a data table's last row (``注：以上价格为…``, ``数据来源：…统计局``)
    is the table's, as a caption is a picture's: ``meta`` (``meta:table-note``)."""
    for prev, line in zip(lines, lines[1:]):
        if prev.rule == "body:table-row" and line.kind == "body" and _NOTE_LINE.match(line.norm):
            line.kind, line.rule = "meta", "meta:table-note"


def _gallery_captions(lines: list[_Line]) -> None:
    """The line right after a gallery viewer's slide counter (``3/8``) is that slide's caption
    (``caption:gallery``), a sentence or not, when it is one sentence of caption length."""
    for prev, line in zip(lines, lines[1:]):
        if prev.rule == "meta:viewer" and line.kind == "body" \
                and len(_bare(line.norm)) <= _MAX_GALLERY_CAPTION and not _has_final_inside(line.norm):
            line.kind, line.rule = "caption", "caption:gallery"


# A slogan: two or more phrases of Chinese characters of one length (全民健身 你我同行).
_SLOGAN = re.compile(r"^([\u4e00-\u9fff]{3,8})(?:\s+[\u4e00-\u9fff]{3,8})+$")


def _slogans_of_nothing(lines: list[_Line]) -> None:
    """A slogan set as a heading below the last body line heads nothing: it is the page's
    closing ornament (``meta:tail-fragment``), as a post ends 全民健身 你我同行 before its
    credits. Only the slogan's shape (phrases of one length, or within one character) is
    read: a line of a timeline or an office's name there may be the text's or its signature."""
    last = max((i for i, x in enumerate(lines) if x.kind == "body"), default=None)
    if last is None:
        return
    for line in lines[last + 1:]:
        m = line.kind == "heading" and _SLOGAN.match(line.phr)
        sizes = [len(p) for p in line.phr.split()] if m else []
        if m and max(sizes) - min(sizes) <= 1:  # 西陵青年 青春正当时: parallel within a character
            line.kind, line.rule = "meta", "meta:tail-fragment"


def _tail_furniture(lines: list[_Line], groups: list) -> list:
    """The body groups without the article's tail of furniture: the groups after its last
    finished paragraph that are short, end unfinished and continue nowhere (a post's credit,
    prompt or list of other headlines in a wording no rule names: 综合：…, 更多精彩，敬请关注,
    ● 某区开展…, even when one was taken for the short tail of another) are ``meta``, each line
    with rule ``meta:tail-fragment``; a group holding an item of a list or of an event (时间：…,
    报名电话：…) is never one (a list of places or a notice's items may end a report), and a
    text without a finished paragraph (a poem) has no tail."""
    n = len(groups)
    if not any(g[2] in (None, "start") and g[1] != ["body:line-run"] for g in groups):
        return groups  # no finished paragraph: a poem or a list is the text, not its tail
    while n and (groups[n - 1][2] == "end" or groups[n - 1][1] == ["body:line-run"]
                 and not _finished(lines[groups[n - 1][0][0]].norm)):
        pieces = [lines[k] for k in groups[n - 1][0]]
        if sum(len(_bare(p.norm)) for p in pieces) > _MAX_TAIL_FURNITURE \
                or any(_NUMBERED_ITEM.match(p.norm) or p.rule.startswith("body:list-")
                       or _EVENT_FIELD.match(p.norm) or p.rule == "body:contact-item" for p in pieces):
            break
        for p in pieces:
            p.kind, p.rule = "meta", "meta:tail-fragment"
        n -= 1
    return groups[:n]


def _furniture(lines: list[_Line]) -> list[_Line]:
    """Mark page furniture (:func:`zhframe.corpus.furniture.meta_rule`) as ``meta``, after cutting
    datelines off the leads they run into and closing marks off the last paragraph. Under a
    related-articles header (``往期推荐``, ``相关阅读``) the headline-shaped lines that follow
    are that list's items (other articles' titles), up to the first line of another shape."""
    out: list[_Line] = []
    in_related = False
    for line in lines:
        at = split_lead(line.raw)
        if at is not None:
            head, line = _split_line(line, at)
            head.kind, head.rule = "meta", "meta:dateline-lead"
            out.append(head)
        at = split_end_mark(line.raw)
        tail = None
        if at is not None:
            line, tail = _split_line(line, at)
            tail.kind, tail.rule = "meta", "meta:end-mark"
        rule = meta_rule(line.raw, line.phr)
        if rule in ("meta:dateline", "meta:weather") and line.raw.count("\t") >= 2:
            rule = None  # a schedule's or a forecast's row: a date and more cells (classify: a table row)
        if rule:
            line.kind, line.rule = "meta", rule
            in_related = in_related or rule == "meta:related"
        elif in_related and at is None and related_item(line.raw):
            line.kind, line.rule = "meta", "meta:related-item"
        else:
            in_related = False
        out.append(line)
        if tail is not None:
            out.append(tail)
    return out


def _blocks_frame(rows: list[list], doc: str) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    def objects(values):  # an object column as given: lists stay lists, None stays None (never NaN)
        out = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            out[i] = v
        return out

    n = len(rows)
    return pd.DataFrame({
        "doc": np.array([doc] * n, dtype=object), "block": np.arange(n, dtype="int64"),
        "kind": np.array([r[1] for r in rows], dtype=object), "text": np.array([r[2] for r in rows], dtype=object),
        "spans": objects([r[3] for r in rows]), "fragment": pd.Series(objects([r[4] for r in rows]), dtype=object),
        "rule": np.array([r[5] for r in rows], dtype=object)}, copy=False)


#: The modules whose code computes a block row: all of them are part of the cache key.
CLEANUP_MODULES: tuple[str, ...] = ("zhframe.cleanup", "zhframe.corpus._marks", "zhframe.corpus.normalize",
                                     "zhframe.corpus.furniture", "zhframe.corpus.fields", "zhframe.corpus.boxheads",
                                     "zhframe.corpus.leads",
                                     *(f"zhframe.cleanup.{m}" for m in (
                                         "sentences", "lines", "evidence", "segment", "classify", "rejoin", "notices",
                                         "blocks")))

#: Bump when the meaning of cached block rows changes without an edit to these modules.
CACHE_FORMAT = 1


def _cached_rows(texts: list[str], cache: bool, cache_dir, compute: bool = True) -> list:
    """:func:`_block_rows` of each text, through the disk cache ``cleanup.sqlite``.

    Keys hash the text, the source of :data:`CLEANUP_MODULES` and jieba's version
    (:func:`zhframe.infra.cache.source_fingerprint`): editing the rules invalidates them.
    With ``compute=False`` only cached entries are returned (None for the others).
    """
    if not cache:
        return [_block_rows(t) for t in texts]
    from zhframe.infra.cache import DiskCache, content_key, source_fingerprint

    code = source_fingerprint(*CLEANUP_MODULES)
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
        Default :func:`zhframe.infra.cache.default_cache_dir`.

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
    import pandas as pd

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
