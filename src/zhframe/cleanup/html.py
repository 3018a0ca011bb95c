"""Web pages (``.html``/``.htm``): the article's text, its metadata, and what was left out.

A saved page holds the article among navigation, search boxes, related links and
footers. :func:`extract_html` finds the article with trafilatura (Barbaresi 2021,
*Trafilatura: A Web Scraping Library and Command-Line Tool for Text Discovery and
Extraction*, ACL demos; the main-text extractor digital humanities uses, maintained,
and the best-scoring open one on its benchmarks), which also reads the page's title,
date and author from its markup. Its output is used to locate the article, not as
the text itself:

1. the page's visible text is laid out as lines, one per block element (paragraph,
   heading, list item, table cell, caption, ``<br>``), scripts and styles left out;
2. the lines trafilatura kept are matched in order against its output (whitespace
   ignored), and the page's title line is found from the extracted title;
3. the article is every line from the title (or the first kept line) to the last
   kept line: lines trafilatura dropped *inside* that stretch (the info bar with
   发布时间/来源, a byline, a photo caption) stay in the article, so the same
   cleanup rules (:mod:`zhframe.cleanup.web`) classify them as they would in pasted
   text;
4. every other line is boilerplate: kept, in page order, in
   :attr:`HtmlExtraction.boilerplate`, so nothing on the page vanishes silently
   and a reader can check what was left out.

``text`` (the article's lines joined by newlines) is what the corpus reads for an
HTML file and what :func:`zhframe.cleanup.clean_article` cleans; spans point into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul".split())
_SKIP_TAGS = frozenset("head script style noscript template svg iframe object canvas".split())
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_MIN_JUMP = 6  # a kept line found further on must be this long (short ones match by chance)


@dataclass
class HtmlExtraction:
    """What :func:`extract_html` found on a page.

    ``text``: the article's lines joined by ``\\n``; ``lines``: every visible line of
    the page in order; ``article``: indices into ``lines`` of the article's lines;
    ``boilerplate``: the other lines, in page order (nothing is dropped);
    ``title``, ``date``, ``author``, ``sitename``: the page's metadata as trafilatura
    read it (None when absent).
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


_DROP = re.compile(r"<(script|style|noscript|template|head|svg)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK_TAG = re.compile(r"</?(?:%s)\b[^>]*>" % "|".join(sorted(_BLOCK_TAGS)), re.I)
_ANY_TAG = re.compile(r"<[^>]*>")


def _regex_lines(html: str) -> list[str]:
    """The page's lines by regular expressions: the fallback when the parser gives up (libxml2
    stops at a nesting depth of a few hundred elements and drops what lies deeper)."""
    import html as htmllib

    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _DROP.sub("", html)))
    lines = (_SPACES.sub(" ", htmllib.unescape(x)).strip() for x in text.split("\n"))
    return [line for line in lines if line]


def page_lines(html: str) -> list[str]:
    """The visible text of a page as lines, one per block element, in document order.

    Scripts, styles, the ``<head>`` and comments are left out; runs of spaces become one
    space; empty lines are dropped. Iterative, so deeply nested pages cannot overflow; when
    the parser holds clearly less text than the page (libxml2 drops what lies too deep), the
    lines come from :func:`_regex_lines` instead, so no text vanishes.
    """
    fallback = _regex_lines(html)
    parsed = _parsed_lines(html)
    if parsed is None or sum(map(len, parsed)) < 0.9 * sum(map(len, fallback)):
        return fallback
    return parsed


def _parsed_lines(html: str) -> list[str] | None:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail:
                parts.append(el.tail)
            continue
        if not tag or tag in _SKIP_TAGS:  # comments, processing instructions, scripts
            if el.tail:
                parts.append(el.tail)
            continue
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    lines = (_SPACES.sub(" ", x).strip() for x in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _key(s: str) -> str:
    return re.sub(r"\s", "", s)


def _kept_lines(lines: list[str], extracted: str) -> list[int]:
    """Indices of the lines that trafilatura's output holds, matched in order."""
    target, cursor, kept = _key(extracted), 0, []
    for i, line in enumerate(lines):
        k = _key(line)
        if not k:
            continue
        if target.startswith(k, cursor):
            kept.append(i)
            cursor += len(k)
            continue
        at = target.find(k, cursor)
        if at >= 0 and len(k) >= _MIN_JUMP:
            kept.append(i)
            cursor = at + len(k)
    return kept


def _title_line(lines: list[str], title: str | None, before: int) -> int | None:
    """The page line that is the article's title: the longest line (of at least 4
    characters) contained in the extracted title (which may carry the site's name), among
    the lines before the first kept line."""
    if not title:
        return None
    t = _key(title)
    best = None
    for i in range(min(before + 1, len(lines))):
        k = _key(lines[i])
        if len(k) >= 4 and k in t and (best is None or len(k) > len(_key(lines[best]))):
            best = i
    return best


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
    import trafilatura

    lines = page_lines(html)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    extracted = meta.get("text") or ""
    kept = _kept_lines(lines, extracted)
    if kept:
        title = _title_line(lines, meta.get("title"), kept[0])
        first = title if title is not None and title < kept[0] else kept[0]
        article = list(range(first, kept[-1] + 1))
    else:  # nothing recognised: keep the whole page rather than lose it
        article = list(range(len(lines)))
    inside = set(article)
    return HtmlExtraction(
        text="\n".join(lines[i] for i in article), lines=lines, article=article,
        boilerplate=[x for i, x in enumerate(lines) if i not in inside],
        title=meta.get("title"), date=meta.get("date"), author=meta.get("author"),
        sitename=meta.get("sitename"), extracted=extracted)


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
