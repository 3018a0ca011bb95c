"""A page's title and publication date, from every source the page offers, with the source.

Pages state their title and date in several places, each wrong on some sites: the
``<title>`` carries the site's name (``标题_某区人民政府``), an ``<h1>`` may be the site's
logo or a kicker, meta tags are missing or left at a template's default, the visible
publication line may be missing, a header shows the day the page was *saved*, an e-paper
shows its edition date and a notice its date of drafting. So every source is read and they
vote:

- title: meta tags (``ArticleTitle``, ``og:title``, ``twitter:title``...), JSON-LD
  ``headline``, the pieces of ``<title>`` split at the site-name separators, trafilatura's
  title; a visible line of the page that one of them names is the title line, the more
  sources (and a heading element: ``<h1>``, a ``title`` class, bold or a larger font; the
  place just above the text, past the publication lines; a place within a few lines of the
  article) the better; when no visible line scores, the best metadata value is the title;
- date: JSON-LD ``datePublished``, meta tags (``PubDate``, ``article:published_time``...),
  ``<time>``, a WeChat post's publication timestamp, a news app's page data in a script
  (``"pubtime":"2024-11-02 …"``), the visible publication line near the
  title (``发布时间：…``, ``2021年06月18日09:32 来源：…``), the URL's date (``/2021-06/18/``,
  ``t20210618_``, ``/2021/0618/``) from the canonical link, ``og:url`` or a browser's
  ``saved from url`` comment, trafilatura's date (htmldate, Barbaresi 2020) and the first
  line of the page that is a date and little else (an e-paper's issue line) and a piece of
  ``<title>`` that is a date; each source has a weight (structured metadata 3, visible line,
  ``<time>`` and URL 2, htmldate's guess, a lone date line and a date in ``<title>`` 1) and the
  date with the largest total wins. A visible line that states the page's publication (a
  ``发布日期：``/``发布时间：``/``答复时间：`` label, an info bar with ``来源``/``作者``/``浏览``…, or a
  source name with date and clock time) weighs 4: it is the date a reader, a citation and a
  hand-made reference take, while a meta tag may hold the time the article was entered into the
  CMS. A drafting date (``成文日期``) and a letter's date are no publication date, and a last
  update's (``更新时间``) states none. htmldate reads the same meta tags first, so its guess does
  not add to a date a structured source already gave (one source is not counted twice).

Both return what they chose, where from (``source``), and the date's candidates.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

_WS = re.compile(r"\s+")
_TITLE_META = ("articletitle", "og:title", "twitter:title", "dc.title", "title", "headline")
_DATE_META = ("pubdate", "publishdate", "publish_date", "publishtime", "article:published_time",
              "og:release_date", "datepublished", "dc.date", "dc.date.issued", "dcterms.created",
              "firstpublishedtime", "weibo:article:create_at", "release_date", "date")
_TITLE_SEPS = "-_|｜—–·"
_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|—+|–|\s-\s|-(?=[^\d]))\s*")
# A year, month and day; not a span of months (2024年1-5月), as furniture's date rule reads it.
_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?![\d月])")
_URL_DATES = (re.compile(r"/(20\d{2})-?(\d{2})/(\d{2})/"), re.compile(r"[/_t](20\d{2})(\d{2})(\d{2})[_/.]"),
              re.compile(r"/(20\d{2})/(\d{2})(\d{2})/"), re.compile(r"/(20\d{2})-(\d{2})-(\d{2})/"))
_URL = re.compile(r"saved from url=\(\d+\)(\S+)|<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)|"
                  r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", re.I)
_PUBLISH_WORDS = re.compile(r"发布|发表|时间|日期|来源|稿源|作者|编辑|记者|点击|浏览|阅读")
# A month and day without a year, with a time or standing alone (06-12 16:05, 6月12日).
_MONTH_DAY = re.compile(r"(?<![\d\-/年.])(\d{1,2})(?:-|/|月)(\d{1,2})日?(?![\d\-/])(?=\s*(?:\d{1,2}:\d{2}|$|\s))")
_SAVED_DAY = re.compile(r"今天是|今日(?!\s*\d{1,3}\s*版)|当前日期|现在是")  # 今日4版 counts an issue's pages
_SENTENCE = re.compile(r"[，。；！？]")
# Labels a site sets before a headline inside its heading element.
_BADGE = re.compile(r"^\s*[【\[]?(原创|独家|首发|置顶|热门|推荐|视频|图集|直播)[】\]]?\s*")
# A medium flag a news site's system sets before every video or picture story's headline, in
# ASCII brackets ([视频]标题, in <title> too): the story's kind, not its headline. An editor's
# column name in 【】 (【图片新闻】, 【直播回看】) is part of the headline as the labels read it.
_MEDIUM_FLAG = re.compile(r"^\s*\[(?:视频|组图|图集|图文|音频|直播|高清|多图)\]\s*(?=\S{4})")
# An e-paper issue line's words beside its date: the weekday, the page and the edition switches.
_ISSUE_WORDS = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]|(?i:html|pdf)版?|往期(回顾)?|数字报|电子版|"
                          r"上一期|下一期|版面导航|上一版|下一版|下载|第?\s*[A-Za-z]?\d{1,3}\s*版\s*[:：]?|"
                          r"第\s*\d{1,6}\s*期|(?:今日|本期|共)\s*\d{1,3}\s*版|"
                          # a paper's serial numbers on its masthead (国内统一连续出版物号：CN50-0001)
                          r"(?:国内统一|国际标准)?连续出版物号\s*[:：]?|(?:CN|ISSN)\s*\d{2,4}-\d{4}(?:/[A-Z0-9]+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_UNNAMED_HAN = 6  # a headline no source names has some length: 直播信息, 万州 今天 are a box's labels
_WECHAT_CT = re.compile(r"\bvar\s+ct\s*=\s*[\"'](\d{10})[\"']")
# A news app's page data in a script (window.DATA = {…"pubtime":"2024-11-02 19:19:20"…}): the first one.
_SCRIPT_DATE = re.compile(r'"(?:pubtime|pubTime|pub_time|publishTime|publish_time|publishDate|publish_date|pubDate|ptime)"'
                          r'\s*:\s*"(\d{4}-\d{1,2}-\d{1,2})')
WEIGHTS = {"json-ld": 3, "meta": 3, "time": 2, "wechat": 3, "script": 3, "publication-line": 4, "visible": 2, "url": 2,
           "htmldate": 1, "page-date": 1, "title-date": 1}
# What a date's label says: the page's publication (or a reply's, on a letters page), or another
# date: its drafting, a letter's, its last update.
_PUBLISHED = re.compile(r"(?:发布|发表|发稿|答复|回复)(?:(?:日期|时间|于)[:：]?|[:：])\s*$")  # not 已回复
_OTHER_DATE = re.compile(r"(?:成文|印发|签发|生效|截止|开始|结束|留言|来信|提问)(?:日期|时间)[:：]?\s*$")
_UPDATED = re.compile(r"(?:最后)?(?:更新|修改)(?:日期|时间|于)?[:：]?\s*$")
_INFO_FIELDS = re.compile(r"来源|稿源|作者|编辑|责编|浏览|点击|阅读|字号|字体")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_NAME_ONLY = re.compile(r"[\u4e00-\u9fffA-Za-z·]{0,12}")


def _key(s: str) -> str:
    return _WS.sub("", s or "").replace("：", ":")


def iso(y, m, d) -> str | None:
    y, m, d = int(y), int(m), int(d)
    if 1990 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def first_date(text) -> str | None:
    """The first full date in ``text`` as ISO, or None."""
    for m in _DATE.finditer(str(text or "")):
        d = iso(*m.groups())
        if d:
            return d
    return None


def _metas(root) -> dict[str, str]:
    out = {}
    if root is None:
        return out
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    return out


def _json_ld(root) -> list[dict]:
    out = []
    if root is None:
        return out
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        out += [x for x in items if isinstance(x, dict)]
    return out


def _emphasised(el) -> bool:
    """Is all of the element's text inside one bold, font or strong child (``<td><font
    size="5"><b>标题</b></font></td>``: the title of a table-laid page)?"""
    if (el.text or "").strip() or len(el) != 1:
        return False
    child = el[0]
    return isinstance(child.tag, str) and child.tag.lower() in ("b", "strong", "font") \
        and not (child.tail or "").strip()


def _heading_weight(el) -> int:
    """2 for ``<h1>``, 1 for ``<h2>``/``<h3>``, an element whose class or id names a title,
    or a line set in bold or a larger font."""
    if el is None:
        return 0
    if _emphasised(el):
        return 1
    for a in (el, el.getparent()):
        if a is None or not isinstance(a.tag, str):
            continue
        if a.tag.lower() == "h1":
            return 2
        if a.tag.lower() in ("h2", "h3") or re.search(r"title|tit\b|ttl|headline|biaoti",
                                                        f"{a.get('class') or ''} {a.get('id') or ''}", re.I):
            return 1
    return 0


def page_title(root, lines: list[str], meta: dict, article: set, elements=None, linked=frozenset(),
               listed=frozenset(), columns=frozenset()) -> dict:
    """The page's title: ``{"title", "source", "line"}`` (``line``: index of the title's
    visible line, or None). ``meta`` is trafilatura's metadata; ``elements`` the block
    element of every line (None when the page could not be parsed); ``linked`` the lines that
    are mostly link text (navigation: a headline there only when a source names it or it is
    set as a heading, ``<h1><a>…</a></h1>``); ``listed`` the lines of a list of headlines (相关
    阅读, an e-paper's 本版导航: never the title, though the list may name this article too);
    ``columns`` the links to a site's columns (a menu's 专题专栏), which name no headline.
    A line with fewer than six Chinese characters (an e-paper's page selector ``01 02 03``, a
    box's label ``直播信息``), one a furniture rule reads (:func:`zhframe.corpus.furniture.
    meta_rule`: a box's header, an info bar, a weather widget) or one below the text's first
    paragraph, or a sentence closed by 。, is a headline only when a source names it."""
    from zhframe.corpus.furniture import meta_rule

    metas = _metas(root)
    cands: list[tuple[str, str]] = []
    for name in _TITLE_META:
        if name in metas and name != "title":
            cands.append((f"meta:{name}", metas[name]))
    for item in _json_ld(root):
        if isinstance(item.get("headline"), str):
            cands.append(("json-ld", item["headline"]))
    page_title_text = ""
    if root is not None:
        t = root.find(".//title")
        page_title_text = t.text_content().strip() if t is not None else ""
    if meta.get("title"):
        cands.append(("trafilatura", meta["title"]))
    pieces = [p for p in _SEPARATORS.split(page_title_text) if len(_key(p)) >= 4] if page_title_text else []
    cand_keys = [(src, _key(v)) for src, v in cands if _key(v)]
    whole = _key(page_title_text)
    # near the article: inside it or within a few lines before it (an info bar may sit
    # between the title and the text); after it only when a metadata source names the line
    # (an e-paper's headline box may follow the text; a list's header is no title)
    first, last = (min(article), max(article)) if article else (-1, -1)
    above = _line_above(lines, first, linked)
    # the site's name ends ``<title>`` (标题_某区人大); a header line that spells it out in full
    # (某区人大常委会) is the site's banner, whatever an extractor's title says; the headline is
    # another piece of ``<title>`` even when it opens with the site's name
    piece_keys = {_key(p) for p in pieces}
    site = _key(pieces[-1]) if len(pieces) >= 2 else ""
    # the text's first paragraph: a line below it is a headline only when a source names it
    # (a bold caption or a box's header further down is no title)
    opening = next((i for i in sorted(article) if len(_key(lines[i])) > 20 and _SENTENCE.search(lines[i])),
                   len(lines))
    link_keys = {_key(lines[j]).lstrip("·•") for j in (linked | listed) - columns}
    best, best_score, best_weighted = None, 0, False
    for i, line in enumerate(lines):
        k = _key(line)
        if len(k) < 4 or len(k) > 80 or i in listed or site and len(k) > len(site) and k.startswith(site) \
                and k not in piece_keys:
            continue
        named = 2 * len({src for src, v in cand_keys if v == k})
        if any(_key(p) == k for p in pieces) or len(k) >= 6 and k in whole:
            named += 1
        if i not in linked and i not in listed and k in link_keys:
            named += 1  # a list of the page's headlines links to it (an e-paper's 本版标题)
        el = elements[i] if elements is not None else None
        weight = _heading_weight(el)
        if not named and (len(_HAN.findall(k)) < _MIN_UNNAMED_HAN or i in linked and not weight or i > opening
                          or k.endswith("。") or meta_rule(line)):
            # a box's header (【知识链接】, 往期推荐) or other furniture heads no article, nor does
            # a finished sentence (no headline of the used sets' 941 pages ends with 。)
            continue
        score = named + weight + (i == above)
        if score and (first - 4 <= i <= last or named and last < i <= last + 4):
            score += 1
        if (score, weight > 0) > (best_score, best_weighted):  # a tie goes to a marked-up heading
            best, best_score, best_weighted = i, score, weight > 0
    if best is not None and best_score >= 2:
        k = _key(lines[best])
        src = next((s for s, v in cand_keys if v == k), "<title>" if k in whole else "heading")
        badge = _BADGE.match(lines[best])
        if badge and _key(lines[best][badge.end():]) in piece_keys | {v for s, v in cand_keys}:
            # a label set inside the heading (<h1><span>原创</span>标题</h1>) that <title> leaves out
            return {"title": lines[best][badge.end():].strip(), "source": f"line:{src}", "line": best}
        nxt = lines[best + 1].strip() if best + 1 < len(lines) else ""
        if nxt.startswith(("——", "—", "--")) and (k + _key(nxt) in whole or k + _key(nxt) in {v for s, v in cand_keys}):
            # a speech's or a feature's title set over two lines, its ——subtitle on the second, which
            # <title> or a metadata source gives whole (政府工作报告——在…会议上)
            return {"title": f"{lines[best].strip()}{nxt}", "source": f"line:{src}+subtitle", "line": best}
        return {"title": _MEDIUM_FLAG.sub("", lines[best]), "source": f"line:{src}", "line": best}
    for src, v in cands:
        if _key(v):
            return {"title": _MEDIUM_FLAG.sub("", v.strip()), "source": src, "line": None}
    if pieces:
        return {"title": _MEDIUM_FLAG.sub("", pieces[0].strip()), "source": "<title>", "line": None}
    return {"title": None, "source": None, "line": None}


def _line_above(lines: list[str], first: int, linked=frozenset()) -> int | None:
    """The line just above the article's text, skipping publication lines, bylines and dates
    (:func:`zhframe.corpus.furniture.meta_rule`) and link lines (``linked``): where a page
    without markup for it puts its headline. None when that line is no headline's shape (too
    long, or a finished sentence)."""
    from zhframe.corpus.furniture import meta_rule

    for i in range(first - 1, max(-1, first - 5), -1):
        if i in linked or meta_rule(lines[i]):
            continue
        k = _key(lines[i])
        return i if 4 <= len(k) <= 60 and not k.endswith(("。", "！", "；")) else None
    return None


def _url_date(url: str) -> str | None:
    for p in _URL_DATES:
        m = p.search(url)
        if m:
            d = iso(*m.groups())
            if d:
                return d
    return None


def _line_dates(line: str, above: str = "") -> list[tuple[str, str]]:
    """``(ISO date, kind)`` for each date of a line, kind ``published`` when the label before
    it names a publication (or a reply, on a letters page), ``other`` when it names another
    date (a notice's 成文日期, a letter's 来信时间), ``updated`` for a last update's (更新时间:
    the page's date only when nothing else dates it), else ``plain``. A date opening its line
    takes its label from the line above when that is a short label alone (a grid's cell)."""
    out, prev = [], 0
    for m in _DATE.finditer(line):
        d = iso(*m.groups())
        if d:
            label = line[prev:m.start()]
            if not label.strip() and prev == 0 and len(_key(above)) <= 8 and not _DATE.search(above):
                label = above
            kind = ("published" if _PUBLISHED.search(label) else "other" if _OTHER_DATE.search(label)
                    else "updated" if _UPDATED.search(label) else "plain")
            out.append((d, kind))
        prev = m.end()
    return out


def _states_publication(line: str, kind: str) -> bool:
    """Does a dated line state the page's publication: a publication label, an info bar's other
    fields, or nothing but a source's name with the date and a clock time (an app's byline)?"""
    if kind == "published" or _INFO_FIELDS.search(line):
        return True
    rest = _key(_CLOCK.sub("", _DATE.sub("", line)))
    return bool(_CLOCK.search(line)) and _NAME_ONLY.fullmatch(rest) is not None


def _visible_date(lines: list[str], article_order: list[int], title_line: int | None, linked=frozenset()):
    """The publication line's date and whether the line states a publication
    (:func:`_states_publication`): of the lines within a few lines of the title (or of the
    article's start) that hold a date and are short or name a publication field, the first
    info bar that states a publication (来源/浏览… beside the date: the page's own line, where a
    press conference's grid may give the event's 发布时间 too), else the first line that
    states one, else a reply's labelled date further down (a letters page), else the first
    date; a header showing today's date (今天是…), a sentence, a drafting date and a
    selector's option (``linked``: an e-paper's back issues) are no publication line.
    ``(None, False)`` when none."""
    anchor = title_line if title_line is not None else (article_order[0] if article_order else None)
    if anchor is None:
        return None, False
    start = anchor + 1 if title_line is not None else anchor  # a title may name a date (…2021年工作报告)
    first, stated = None, None
    for i in list(range(start, min(len(lines), anchor + 8))) + list(range(max(0, anchor - 4), anchor)):
        line = lines[i]
        n = len(_key(line))
        if _SAVED_DAY.search(line) or n > 80 or _SENTENCE.search(line) or i in linked:
            continue  # a sentence's date is an event's, not the page's
        dates = [(d, k) for d, k in _line_dates(line, lines[i - 1] if i else "") if k != "other"]
        if not dates or not (n <= 40 or _PUBLISH_WORDS.search(line)):
            continue
        d, kind = next((x for x in dates if x[1] == "published"), dates[0])
        if kind != "updated" and _states_publication(line, kind):
            if _INFO_FIELDS.search(line):
                return d, True
            stated = stated or d
        first = first or d
    if stated:
        return stated, True
    for i in article_order:  # a letters page: the reply's labelled date, past the letter
        if len(_key(lines[i])) <= 40:
            published = [d for d, k in _line_dates(lines[i], lines[i - 1] if i else "") if k == "published"]
            if published:
                return published[0], True
    return first, False


def _visible_month_day(lines: list[str], article_order: list[int], title_line: int | None):
    """``(month, day)`` of a publication line that gives no year (an app's ``06-12 16:05``,
    ``6月12日 09:30``): the first short line near the title holding one, or None."""
    anchor = title_line if title_line is not None else (article_order[0] if article_order else None)
    if anchor is None:
        return None
    for i in list(range(anchor + 1, min(len(lines), anchor + 8))) + list(range(max(0, anchor - 4), anchor)):
        line = lines[i]
        if _SAVED_DAY.search(line) or len(_key(line)) > 40 or _SENTENCE.search(line):
            continue
        m = _MONTH_DAY.search(line)
        if m:
            return m.group(1), m.group(2)
    return None


def selector_options(plines) -> set[int]:
    """Indices of the page's lines that are options of a selector (an e-paper's back issues,
    ``<option>2024-09-01</option>``): never the page's date."""
    return {i for i, pl in enumerate(plines or ()) if pl.element is not None and isinstance(pl.element.tag, str)
            and pl.element.tag.lower() in ("option", "select")}


def headline_links(plines) -> set[int]:
    """Indices of the page's lines (:class:`zhframe.corpus.pagelines._PageLine`) that link to
    another page by its headline (six or more characters of link text once an e-paper's switch
    words, html版, PDF版, 上一版, are left out): a teaser in a 热点排行 list beside its date. (A
    publication line may link its account's name: only the issue line skips these.)"""
    out = set()
    for i, pl in enumerate(plines or ()):
        if pl.link_chars >= 6 and pl.element is not None:
            text = "".join(a.text_content() for a in pl.element.iter("a"))
            if len(_key(_ISSUE_WORDS.sub("", text))) >= 6:
                out.add(i)
    return out


def _dated_line(lines: list[str], title_line: int | None = None, linked: set[int] = frozenset()) -> str | None:
    """The first line of the page that is a date and little else (an e-paper's issue line
    ``2023年04月02日 星期日``, maybe beside its paper's name and its html版 | PDF版 switch), not today's date in a header (今天是…), not the title, not a
    sentence, not a drafting or letter's date (:func:`_line_dates`), not a teaser linking to
    another page (``linked``): weak evidence."""
    for i, line in enumerate(lines):
        if _SAVED_DAY.search(line) or i == title_line or _SENTENCE.search(line) or i in linked:
            continue
        m = _DATE.search(line)
        if m and iso(*m.groups()) and len(_key(_ISSUE_WORDS.sub("", line))) - len(_key(m.group(0))) <= 16:
            if _line_dates(line, lines[i - 1] if i else "")[0][1] != "other":
                return iso(*m.groups())
    return None


def _title_date(root) -> str | None:
    """A piece of ``<title>`` that is a date and nothing else (an e-paper's ``某某日报-2022年04月08日-
    标题``): weak evidence, as an issue line is."""
    t = root.find(".//title") if root is not None else None
    text = t.text_content().strip() if t is not None else ""
    for m in _DATE.finditer(text):
        before, after = text[:m.start()].rstrip(), text[m.end():].removeprefix("日").lstrip()
        if (not before or before[-1] in _TITLE_SEPS) and (not after or after[0] in _TITLE_SEPS):
            return iso(*m.groups())
    return None


def page_date(root, html: str, lines: list[str], meta: dict, article_order: list[int],
              title_line: int | None = None, linked: set[int] = frozenset(), options: set[int] = frozenset()) -> dict:
    """The page's publication date by weighted vote of its sources (module docstring):
    ``{"date", "source", "candidates"}``, candidates as ``(source, ISO date)`` pairs; ``linked``:
    the lines that are teasers of other pages (:func:`headline_links`), never its issue line;
    ``options``: a selector's options (:func:`selector_options`), never a date of the page."""
    cands: list[tuple[str, str]] = []
    for item in _json_ld(root):
        d = first_date(item.get("datePublished") or item.get("dateCreated"))
        if d:
            cands.append(("json-ld", d))
    metas = _metas(root)
    for name in _DATE_META:
        d = first_date(metas.get(name))
        if d:
            cands.append((f"meta:{name}", d))
            break
    if root is not None:
        for t in root.iter("time"):
            d = first_date(t.get("datetime") or t.text_content())
            if d:
                cands.append(("time", d))
                break
        m = _WECHAT_CT.search(html)
        if m:
            when = datetime.fromtimestamp(int(m[1]), timezone(timedelta(hours=8)))
            d = iso(when.year, when.month, when.day)  # the same plausible years as every source
            if d:
                cands.append(("wechat", d))
        m = _SCRIPT_DATE.search(html)
        d = first_date(m[1]) if m else None
        if d:
            cands.append(("script", d))
    d, stated = _visible_date(lines, article_order, title_line, options)
    if d:
        cands.append(("publication-line" if stated else "visible", d))
    visible_md = None if d else _visible_month_day(lines, article_order, title_line)
    for m in _URL.finditer(html[:20000]):
        d = _url_date(next(g for g in m.groups() if g))
        if d:
            cands.append(("url", d))
            break
    d = first_date(meta.get("date"))
    if d and (d not in {c for s, c in cands if s == "json-ld" or s.startswith("meta")}):
        cands.append(("htmldate", d))
    d = _dated_line(lines, title_line, linked | options)
    if d:
        cands.append(("page-date", d))
    d = _title_date(root)
    if d:
        cands.append(("title-date", d))
    if visible_md and cands:  # 06-12 on the page, the year from the page's other sources
        d = iso(cands[0][1][:4], *visible_md)
        if d:
            cands.append(("visible", d))
    if not cands:
        return {"date": None, "source": None, "candidates": []}
    totals: dict[str, int] = {}
    for src, d in cands:
        totals[d] = totals.get(d, 0) + WEIGHTS[src.split(":")[0]]
    # a tie goes to a date some source states over htmldate's guess alone (on a page with
    # sidebars it may take a teaser's date), then to the earlier source
    stated = {d for src, d in cands if src != "htmldate"}
    date = max(totals, key=lambda d: (totals[d], d in stated, -next(i for i, c in enumerate(cands) if c[1] == d)))
    return {"date": date, "source": "+".join(s for s, d in cands if d == date), "candidates": cands}
