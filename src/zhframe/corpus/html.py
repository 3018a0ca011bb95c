"""Web pages (``.html``/``.htm``): the article's text, its title and date, and what was left out.

A saved page holds the article among navigation, search boxes, related links, sidebars and
footers. :func:`extract_html` finds the article from the page's structure and several
extractors' votes, and records why each line went where:

1. the page is parsed once (lxml) and its visible text laid out as lines, one per block
   element (paragraph, heading, list item, table cell, caption, ``<br>``), a data table's
   row on one line (:mod:`zhframe.corpus.pagelines`), scripts and styles left out; each line
   keeps its element, so its *link density* (share of its characters inside links) and its
   containers are known;
2. three extractors vote for lines: trafilatura (Barbaresi 2021, *Trafilatura: A Web
   Scraping Library and Command-Line Tool for Text Discovery and Extraction*, ACL demos),
   readability-lxml (the Readability algorithm: scores paragraphs' parent nodes by commas
   and text length, penalises link-heavy and boilerplate-named nodes), and a text-density
   method in the spirit of GNE (Hong et al. 2011, *A content extraction method of web news
   based on text density*; Sun et al. 2011, *DOM based content extraction via text density*,
   SIGIR): the smallest element that holds most of the page's sentence punctuation outside
   links. Each extractor's text is matched line by line (a line is voted for when the
   extractor's output holds it; no cursor, so an extractor that puts the headline after the
   body loses nothing);
3. a line is the article's when two extractors vote for it, or when it lies inside the
   density method's element; never when it is mostly link text (a link list, teasers), is a
   cell of a key-value metadata table (索引号/发布机构/…), lies in a box headed 网友评论, 精选留言
   or the like (readers' comments), or 延伸阅读, 相关新闻 or the like (unless trafilatura and
   readability both keep it), in a widget (a poll, a form: :mod:`zhframe.corpus.pageboxes`), or in a
   container named as navigation, footer, sidebar, share bar, comments or breadcrumb (the class and id words
   Readability uses) unless both trafilatura and readability keep it; the page's title line
   is put first, and the few lines between it and the text (a deck, the info bar, a byline)
   join the article unless excluded so, for the line cleanup to classify;
4. every other line is boilerplate: kept, in page order, in
   :attr:`HtmlExtraction.boilerplate` with the reason in ``boilerplate_rules``, so nothing
   on the page vanishes silently; ``line_rules`` holds the decision and votes of every line.

The title and the date are read from every source the page offers
(:mod:`zhframe.corpus.pagemeta`: meta tags, JSON-LD, ``<time>``, the visible publication
line, the URL, trafilatura's htmldate) and the source of each is recorded.

``text`` (the article's lines joined by newlines) is what the corpus reads for an HTML file
and what :func:`zhframe.cleanup.clean_article` cleans; spans point into it. One extraction
pass per page: the result of the last pages is cached, so the corpus reading the article
and the ``clean`` command recording the boilerplate share it.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass, field
from functools import lru_cache

from zhframe.corpus.pagelines import (_SENTENCE_PUNCT, _PageLine, _ancestors, _image_gaps, column_links,
                                      _key, _page, _parse, _walk)
from zhframe.corpus.pagelines import page_lines  # noqa: F401  (public here too, as before)
from zhframe.corpus.boxheads import GLOSSARY_MARKERS
from zhframe.corpus.pageboxes import (_after_content_end, _after_end_mark, _headed_boxes, _label_cells,
                                      _metadata_table_cells, _short_line_rules, _styled_boxes, _topic_box_rules,
                                      _trailing_boxes, _widget_boxes)

# Container words that mark page furniture in class and id attributes: Readability's
# "unlikely candidates" list plus the navigation, share and breadcrumb words portals use.
_FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|header|head|top-?bar|foot|footer|bottom|copyright|side|"
    r"sidebar|aside|banner|ad|ads|advert|share|social|bdshare\w*|comment\w*|cmt|reply|replies|"
    r"crumbs?|breadcrumbs?|bread|position|location|loc|path|related|relate|recommend|hot|rank|"
    r"pager|pagination|pages|tools?|print|sitemap|logo|search|login|popup|qrcode|ewm|"
    # an article's summary box above it (界面, 澎湃: the desk's abstract) and a stock's quote card
    r"summary|abstract|digest|zhaiyao|stock)(?:$|[\s_-])",
    re.I)
_FURNITURE_TAGS = frozenset(("nav", "header", "footer", "aside"))
_COMMENT_WORD = re.compile(r"comment|cmt", re.I)  # not "reply": a letters page answers in one
# containers whose sentences are never the article's (GNE's useless attributes, among ours)
_NOT_TEXT_WORD = re.compile(r"comment|cmt|related|relate|recommend|share|social|bdshare|foot|footer|copyright", re.I)
_MAX_LINK_SHARE = 0.5
_MAX_GAP = 6  # lines between the title and the text that may still be the article's
_SENTENCE_END = re.compile(r"[。！？!?：:；;][”’」』）)]?\s*$")


@dataclass
class HtmlExtraction:
    """What :func:`extract_html` found on a page.

    ``text``: the article's lines joined by ``\\n``; ``lines``: every visible line of
    the page in order; ``article``: indices into ``lines`` of the article's lines, in
    the text's order (the title first); ``boilerplate``: the other lines, in page order
    (nothing is dropped), with ``boilerplate_rules`` saying why; ``line_rules``: for every
    line, the decision and the extractors' votes; ``title``, ``date`` (ISO), ``author`` (the
    meta tags' and JSON-LD's only), ``sitename``: the page's metadata, ``title_source`` and
    ``date_source`` where the title and date were read, ``dates``: every date candidate ``(source, ISO date)``.
    """

    text: str
    lines: list[str]
    article: list[int]
    boilerplate: list[str]
    title: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    extracted: str = field(default="", repr=False)
    title_source: str | None = None
    date_source: str | None = None
    dates: list = field(default_factory=list, repr=False)
    boilerplate_rules: list[str] = field(default_factory=list, repr=False)
    line_rules: list[str] = field(default_factory=list, repr=False)


def _voted(lines: list[str], extracted: str) -> set[int]:
    """Indices of the lines an extractor's output holds: a line is voted for when its text
    (whitespace aside) is one of the output's lines, or, if it has at least 6 characters, a
    part of the output. Each line is matched on its own, so the output's order does not
    matter (a headline placed after the body loses nothing)."""
    own = {_key(x) for x in extracted.split("\n")}
    target = _key(extracted)
    out = set()
    for i, line in enumerate(lines):
        k = _key(line)
        if k and (k in own or len(k) >= 6 and k in target):
            out.add(i)
    return out


def _furniture_container(el, stop, memo=None) -> str | None:
    """The furniture word of the nearest container of ``el`` (up to ``stop``, excluded)
    named as navigation, footer, sidebar, share bar... or None. ``memo`` (element -> word)
    keeps each element's answer for the page's other lines (a page's lines share containers)."""
    memo = {} if memo is None else memo
    path, word = [], None
    for a in _ancestors(el):
        if a is stop:
            break
        if a in memo:
            word = memo[a]
            break
        path.append(a)
        tag = a.tag.lower() if isinstance(a.tag, str) else ""
        if tag in _FURNITURE_TAGS:
            word = tag
            break
        attrs = f"{a.get('class') or ''} {a.get('id') or ''}".strip()
        m = _FURNITURE_ATTR.search(attrs) if attrs else None
        if m:
            word = m.group(0).strip(" _-").lower()
            break
    if stop is None:
        for a in path:  # an element below the word has that word; one above it is not known
            memo[a] = word
    return word


def _density_root(root, plines: list[_PageLine], skip: set[int] = frozenset()):
    """The text-density method's element: starting from ``<body>``, go down to the child
    holding at least 70% of the sentence punctuation outside links, while one does; the
    element reached holds the article's paragraphs (they are its children, none of which
    holds most of the text alone). Lines in a container named for readers' comments, related
    or recommended reports, sharing or the footer do not count (GNE leaves out the same
    containers), nor the lines ``skip`` (a box under a 网友评论 header): forty comments under a
    short notice hold more sentences than the notice."""
    counts: dict = {}
    memo: dict = {}
    for i, pl in enumerate(plines):
        if pl.element is None or i in skip:
            continue
        if _NOT_TEXT_WORD.match(_furniture_container(pl.element, None, memo) or ""):
            continue
        n = len(_SENTENCE_PUNCT.findall(pl.text)) * (1.0 - min(1.0, pl.link_chars / max(1, len(pl.text))))
        if n <= 0:
            continue
        for a in _ancestors(pl.element):
            counts[a] = counts.get(a, 0.0) + n
    body = root.find(".//body")
    node = body if body is not None else root
    total = counts.get(node, 0.0)
    if not total:
        return None
    while True:
        best = max((c for c in node if counts.get(c, 0.0) > 0), key=lambda c: counts[c], default=None)
        if best is None or counts[best] < 0.7 * counts[node]:
            return node if node is not body and node is not root else None  # not localised: no vote
        node = best


def _trafilatura(html: str) -> dict:
    """trafilatura's text of the page and the metadata zhframe reads ({} when it finds no text)."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return {}
    meta = _trafilatura_metadata(tree)
    # fast: without trafilatura's own fallbacks (its copy of readability and jusText, 60% of
    # its time): readability votes here anyway, and the density method is the third voter
    doc = trafilatura.bare_extraction(tree, url=meta.get("url"), fast=True, with_metadata=False,
                                      include_comments=False, include_tables=True)
    if doc is None:
        return {}
    return {**meta, "text": (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)).get("text")}


def _trafilatura_metadata(tree) -> dict:
    """trafilatura's metadata of a parsed page (``trafilatura.metadata.extract_metadata``, step by
    step) less what zhframe never reads: its search of the page for a byline element, which cost a
    quarter of the extraction's time (``author`` is only the meta tags' and JSON-LD's here; an
    article's author is read from its byline lines, :mod:`zhframe.cleanup.metadata`), and the
    categories, tags and licence. Title, URL, date (htmldate) and site name are trafilatura's."""
    from htmldate import find_date
    from trafilatura.metadata import (META_URL, examine_meta, extract_meta_json, extract_sitename,
                                      extract_title, extract_url)

    md = examine_meta(tree)
    if md.author and " " not in md.author:  # as trafilatura: one token is no author's name
        md.author = None
    try:
        md = extract_meta_json(tree, md)
    except Exception:  # noqa: BLE001 (trafilatura's own guard: bugs in its JSON-LD reader)
        pass
    md.title = md.title or extract_title(tree)
    md.url = md.url or extract_url(tree, None)
    md.date = find_date(tree, extensive_search=False, original_date=True, url=md.url)
    md.sitename = md.sitename or extract_sitename(tree)
    if md.sitename:
        md.sitename = md.sitename.lstrip("@")
        if md.sitename and "." not in md.sitename and not md.sitename[0].isupper():
            md.sitename = md.sitename.title()
    elif md.url and (host := META_URL.match(md.url)):
        md.sitename = host[1]
    md.clean_and_trim()
    return {k: getattr(md, k) for k in ("title", "author", "url", "date", "sitename")}


def _readability_text(html: str, root=None) -> str:
    """The text of readability-lxml's article, one line per block element ("" on failure).
    Given the page's parsed ``root``, readability reads a copy of it instead of parsing again."""
    try:
        from readability import Document
    except ImportError:  # optional: two votes remain
        return ""
    try:
        summary = Document(html if root is None else deepcopy(root)).summary(html_partial=True)
    except Exception:  # readability gives up on some pages (no candidates): no vote
        return ""
    root = _parse(summary)
    return "" if root is None else "\n".join(x.text for x in _walk(root))


def extract_html(html: str) -> HtmlExtraction:
    """Find the article on a web page (see the module's docstring for the method).

    Parameters
    ----------
    html : str
        The decoded page.

    Returns
    -------
    HtmlExtraction
        ``text`` is empty when the page has no visible text.
    """
    return _extract(html.replace("\r\n", "\n").replace("\r", "\n"))


@lru_cache(maxsize=4)
def _extract(html: str) -> HtmlExtraction:
    from zhframe.corpus.pagemeta import headline_links, page_date, page_title, selector_options

    root, plines, lines = _page(html)
    meta = _trafilatura(html)
    extracted = meta.get("text") or ""
    votes = {"trafilatura": _voted(lines, extracted)}
    if plines is None:  # unparsable page: trafilatura's lines from the first to the last
        kept = sorted(votes["trafilatura"])
        article = list(range(kept[0], kept[-1] + 1)) if kept else list(range(len(lines)))
        rules = ["article:trafilatura-span" if i in article else "boilerplate:outside-span"
                 for i in range(len(lines))]
        title = page_title(None, lines, meta, set(article))
        date = page_date(None, html, lines, meta, article, title["line"])
        return _result(lines, article, rules, meta, extracted, title, date)
    votes["readability"] = _voted(lines, _readability_text(html, root))
    short_rules = _short_line_rules(plines)
    # readers' comments under a 网友评论 header are sentences too: the density method skips them,
    # unless the box holds the headline (a column so named heads the article's own container)
    said = _headed_boxes(plines, "meta:comments", None, short_rules)
    if any(plines[i].element is not None and plines[i].element.tag == "h1" for i in said):
        said = set()
    droot = _density_root(root, plines, said)
    inside = set()
    if droot is not None:
        for i, pl in enumerate(plines):
            if pl.element is not None and any(a is droot for a in _ancestors(pl.element)):
                inside.add(i)
    votes["density"] = inside
    table_cells = _metadata_table_cells(root)
    related = _headed_boxes(plines, "meta:related", droot, short_rules)
    contents = _headed_boxes(plines, "meta:contents", droot, short_rules)  # an e-paper's 本版导航
    comments = _headed_boxes(plines, "meta:comments", droot, short_rules)
    comments |= _headed_boxes(plines, "meta:profile", droot, short_rules)  # a person's vitals
    asides = _headed_boxes(plines, "meta:aside", droot, short_rules)  # 知识链接, 温馨提示...
    asides |= _headed_boxes(plines, "meta:aside", droot, _topic_box_rules(plines))  # 警方提示 in a box
    asides |= _headed_boxes(plines, "meta:related", droot, short_rules, prose=True)  # 延伸阅读 that explains
    asides |= _styled_boxes(plines, droot)  # a framed or shaded card under a header of any wording
    asides |= _trailing_boxes(plines, droot)  # a card below the text under a heading of any wording
    labels = _label_cells(root)
    widgets = _widget_boxes(root, plines, droot)
    after_end = _after_content_end(root, plines)
    rules, article = [], []
    # each element's furniture word, found once per page; the density element and the
    # elements around it hold the article, whatever their names say (a reply in a "reply-card")
    named: dict = dict.fromkeys(_ancestors(droot)) if droot is not None else {}
    for i, pl in enumerate(plines):
        who = [name for name in ("trafilatura", "readability", "density") if i in votes[name]]
        tag = "+".join(who) or "none"
        n = len(_key(pl.text))
        container = _furniture_container(pl.element, None, named) if pl.element is not None else None
        cells = table_cells | labels and set(_ancestors(pl.element)) if pl.element is not None else set()
        if cells and cells & table_cells:
            rules.append(f"boilerplate:metadata-table (votes {tag})")
        elif cells and cells & labels:
            rules.append(f"boilerplate:label-cell (votes {tag})")
        elif i in after_end:  # below an e-paper's end-of-article marker
            rules.append(f"boilerplate:after-content-end (votes {tag})")
        elif i in comments:  # readers' words are sentences: every extractor may keep them
            rules.append(f"boilerplate:comments-box (votes {tag})")
        elif i in asides:  # an explanation or advice beside the report: sentences too
            rules.append(f"boilerplate:aside-box (votes {tag})")
        elif i in contents:  # a list of headlines, this one's among them: kept by extractors as text
            rules.append(f"boilerplate:contents-box (votes {tag})")
        elif i in widgets:  # a poll's or a form's labels and options
            rules.append(f"boilerplate:widget (votes {tag})")
        elif i in related and not ("trafilatura" in who and "readability" in who):
            rules.append(f"boilerplate:related-box (votes {tag})")
        elif n and pl.link_chars / n > _MAX_LINK_SHARE and not (i in inside and len(who) >= 3):
            rules.append(f"boilerplate:link-text (votes {tag})")
        elif container and (not ("trafilatura" in who and "readability" in who)
                            or i not in inside and (_COMMENT_WORD.match(container) or droot is not None
                                                    and not _SENTENCE_PUNCT.search(pl.text))):
            # navigation, share bars, comment sections: inside the density element too, unless
            # both text extractors keep the line; readers' comments, which both keep (they are
            # sentences), and a sidebar's picture teasers (headlines), only when the density
            # element holds them
            rules.append(f"boilerplate:container-{container} (votes {tag})")
        elif len(who) >= 2 or i in inside:
            rules.append(f"article:votes {tag}")
            article.append(i)
        else:
            rules.append(f"boilerplate:votes {tag}")
    for i in _after_end_mark(lines, article):  # below a story's closing (完)
        rules[i] = f"boilerplate:after-end-mark (votes {rules[i].partition('votes ')[2].rstrip(')') or 'none'})"
        article.remove(i)
    kept = set(article)
    for i in sorted(related - kept):  # a box both extractors keep keeps its header, which names it
        if short_rules[i] == "meta:related" and i + 1 in kept and i + 1 in related:
            rules[i] = "article:header-of-kept-box" + rules[i][rules[i].index(" ("):]
            article.append(i)
    ordered = sorted(kept)
    for a, b in zip(ordered, ordered[1:]):
        gap = range(a + 1, b)
        if len(gap) >= 2 and all("\t" in lines[i] and rules[i].startswith("boilerplate:votes") for i in gap):
            # a data table's rows between two lines of the text (二、主动公开情况, the table, 三、…),
            # which no extractor kept (it stands outside the text's element): the text's
            for i in gap:
                rules[i] = f"article:table-inside-text ({rules[i].split(':', 1)[1]})"
                article.append(i)
    for i in range(len(lines) - 1):
        if i not in kept and i + 1 in kept and len(_key(lines[i])) <= 10 \
                and _key(lines[i]).startswith(GLOSSARY_MARKERS) and rules[i].startswith("boilerplate:votes"):
            # a glossary's header (名词解释：) above entries the extractors kept: the line cleanup
            # reads the entries as a glossary under it, not as the text's list
            rules[i] = f"article:glossary-header ({rules[i].split(':', 1)[1]})"
            article.append(i)
    article.sort()
    if not article:  # nothing recognised: keep the whole page rather than lose it
        article = list(range(len(lines)))
        rules = ["article:whole-page"] * len(lines)
    linked = {i for i, pl in enumerate(plines) if pl.link_chars > _MAX_LINK_SHARE * max(1, len(_key(pl.text)))}
    title = page_title(root, lines, meta, set(article), [pl.element for pl in plines], linked,
                       related | contents, column_links(plines))
    if title["line"] is not None and article and title["line"] < article[0]:
        # between the title and the text: a deck, the info bar (发布时间/来源), a byline;
        # the line cleanup classifies them (meta lines give the source and author). Farther
        # down, only sentences an extractor kept (a letter above its reply, a lead in a box
        # of its own): a gap of other lines may be another block's.
        near = article[0] <= title["line"] + _MAX_GAP
        for i in range(title["line"] + 1, article[0]):
            if rules[i].startswith("boilerplate:votes") and (
                    near or rules[i] != "boilerplate:votes none" and _SENTENCE_END.search(lines[i])):
                rules[i] = "article:between-title-and-text" + rules[i][len("boilerplate:votes"):]
                article.append(i)
        article.sort()
    if title["line"] is not None:
        t = title["line"]
        if t in article:
            article.remove(t)
        else:
            rules[t] = "article:title-line"
        if inside:  # above the title, outside the text's element: another column (an e-paper's 短讯)
            for i in [i for i in article if i < t and i not in inside]:
                rules[i] = f"boilerplate:above-title ({rules[i].split(':', 1)[1]})"
                article.remove(i)
        article.insert(0, t)
        article = _without_next_article(plines, article, rules, t, inside)
    date = page_date(root, html, lines, meta, article, title["line"], headline_links(plines),
                     selector_options(plines))
    return _result(lines, article, rules, meta, extracted, title, date, _image_gaps(plines, article))


def _without_next_article(plines: list[_PageLine], article: list[int], rules: list[str], title: int,
                          inside: set[int]) -> list[int]:
    """The article without another article that follows it on the page (an e-paper's page of
    two reports): from a headline below the text, when the density element holds none of the
    lines from there on. A headline is a second ``<h1>`` when the title is one (one per report),
    or any ``<h1>``-``<h4>`` whose next line opens with a report's lead (本报讯, …电) or is a
    byline (□ 王晓, 本报评论员: a second commentary on a paper's page), or a line set whole in
    bold or a large font (a table-laid page's headline) whose next line is a byline."""
    from zhframe.corpus.furniture import byline_rule
    from zhframe.corpus.leads import split_lead
    from zhframe.corpus.pagemeta import _emphasised

    def tag(i):
        el = plines[i].element
        return el.tag.lower() if el is not None and isinstance(el.tag, str) else ""

    heads = ("h1", "h2", "h3", "h4")
    kept = set(article)
    for k, i in enumerate(article):
        if i <= title or article[k - 1] == title:
            continue
        # the headline is this line, or one just above it that the extractors left out when a
        # byline follows it
        h = i if tag(i) in heads else next((j for j in (i - 1, i - 2) if j > title and j not in kept
                                            and tag(j) in heads), None)
        if h is None and plines[i].element is not None and _emphasised(plines[i].element):
            h = i  # a table-laid e-paper sets its headlines in <font><b>: a byline must follow
            if not (h + 1 < len(plines) and byline_rule(plines[h + 1].text.strip()) is not None):
                continue
        if h is None:
            continue
        byline = h + 1 < len(plines) and byline_rule(plines[h + 1].text.strip()) is not None
        lead = byline or h == i and k + 1 < len(article) and split_lead(plines[article[k + 1]].text) is not None
        if not (h == i and tag(h) == "h1" == tag(title) or lead):
            continue
        rest = article[k:]
        if any(j in inside for j in rest):
            return article
        for j in rest:  # article:votes trafilatura+readability -> (votes trafilatura+readability)
            rules[j] = f"boilerplate:another-article ({rules[j].split(':', 1)[1]})"
        return article[:k]
    return article


def _result(lines, article, rules, meta, extracted, title, date, gaps=frozenset()) -> HtmlExtraction:
    inside = set(article)
    text = "".join(("\n\n\n" if i in gaps else "\n") + lines[i] for i in article)[1:] if article else ""
    return HtmlExtraction(
        text=text, lines=lines, article=article,
        boilerplate=[x for i, x in enumerate(lines) if i not in inside],
        title=title["title"], date=date["date"], author=meta.get("author"),
        sitename=meta.get("sitename"), extracted=extracted, title_source=title["source"],
        date_source=date["source"], dates=date["candidates"],
        boilerplate_rules=[r for i, r in enumerate(rules) if i not in inside], line_rules=rules)


def html_text(html: str, path=None) -> str:
    """The article's text of a page (:func:`extract_html`), as the corpus reads an HTML file.

    Raises :class:`zhframe.infra.errors.InputError` (naming ``path``) when the page has no
    visible text.
    """
    text = extract_html(html).text
    if not text.strip():
        from zhframe.infra.errors import InputError

        raise InputError(path or "<html>", "HTML page with no visible text")
    return text


def is_html_path(path) -> bool:
    """Does a file name end in ``.html`` or ``.htm`` (any case)?"""
    return str(path).lower().endswith((".html", ".htm"))
