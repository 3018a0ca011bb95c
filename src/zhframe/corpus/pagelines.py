"""A saved page's visible text laid out as lines, each with the element that holds it.

The page is parsed once (lxml) and its visible text laid out as lines, one per block element
(paragraph, heading, list item, table cell, caption, ``<br>``), scripts and styles left out,
as a browser shows it and a person copying the page gets it:

- an info bar's fields in adjacent inline elements (``<span>发布机构：…</span><span>发布时间：…``)
  stay apart, as CSS margins show them, unless they sit inside a sentence, and so do two numbers
  in adjacent inline elements (``06-12</span><span>16:05``);
- a data table's row (a list of names, places, a schedule: short cells, no nested table) is
  one line with its cells apart by tabs; a table laying out the page keeps a line per cell;
- a line right after an image is marked, so :func:`_image_gaps` can set a picture's caption
  apart by a wider gap in the article's text, as a picture leaves in pasted text.

Each line keeps its block element, so its link density (share of its characters inside
links) and its containers are known to :mod:`zhframe.corpus.html`, which finds the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul select option optgroup".split())  # a choice per line
_SKIP_TAGS = frozenset("head script style noscript template svg iframe object canvas".split())
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")

_INLINE_FIELD_TAGS = frozenset(("span", "em", "i", "b", "strong", "font", "label", "small", "time"))
_FIELD_OPENING = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
_FIELD_BREAK = "\x00"  # marker pieces, told apart from page text by identity
_IMAGE = "\x01"
_NUMBER_BREAK = "\x03"
_CELL = "\x02"
_CELL_GAPS = re.compile("[ \x02]*\x02[ \x02]*")
_MAX_CELL = 60
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
# (pic-text is a gallery page's text on xinhuanet, not a caption: only pictext and pic_text name one)
_CAPTION_ATTR = re.compile(r"caption|pic_?text|img[_-]?(desc|title|txt)|pic[_-]?(desc|title|txt|info|intro)|tuzhu", re.I)
_MAX_CAPTION = 40

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


@dataclass
class _PageLine:
    text: str
    element: object  # the innermost block element holding the line's first text
    link_chars: int
    after_image: bool = False  # an image came before the line's text, no text between


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _parse(html: str):
    """The parsed page, or None. An XML declaration (XHTML e-papers: ``<?xml … encoding="gbk"?>``)
    is dropped first: the page is decoded already, and lxml refuses a str that declares one."""
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (etree.ParserError, ValueError):
        return None


def _data_cells(root) -> set:
    """The cells of data tables (a list of names, places, a schedule): tables holding no table,
    of at least two rows, one of them with two cells or more, every cell short (at most
    :data:`_MAX_CELL` characters). A row of such a table is one line of text, its cells set
    apart by tabs, as a browser copies it; a table laying out a page holds a long cell (the
    article's) or another table, so it keeps one line per cell."""
    cells = set()
    for table in root.iter("table"):
        if table.find(".//table") is not None:
            continue
        rows = [[c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
                for tr in table.iter("tr")]
        rows = [r for r in rows if r]
        if len(rows) < 2 or max(map(len, rows)) < 2:
            continue
        if all(len(_key(c.text_content())) <= _MAX_CELL for r in rows for c in r):
            cells.update(c for r in rows for c in r)
    return cells


def _walk(root, cells=frozenset()) -> list[_PageLine]:
    """The visible lines of a parsed page with their block element and link characters; a
    data table's row (``cells``: :func:`_data_cells`) is one line, cells apart by tabs.
    Iterative, so deeply nested pages cannot overflow the stack."""
    pieces: list[tuple[str | None, object, bool]] = []  # (text or None for a break, block, in link)
    stack: list[tuple[object, bool]] = [(root, False)]
    blocks: list[object] = [root]
    links, in_cell = 0, 0
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag == "a":
                links -= 1
            if el in cells:
                in_cell -= 1
                blocks.pop()
            elif tag in _BLOCK_TAGS:
                if not in_cell:  # inside a data cell, its paragraphs are the cell's text
                    pieces.append((None, None, False))
                blocks.pop()
            if el.tail:
                pieces.append((el.tail, blocks[-1], links > 0))
            continue
        if not tag or tag in _SKIP_TAGS:  # comments, processing instructions, scripts
            if el.tail:
                pieces.append((el.tail, blocks[-1], links > 0))
            continue
        if tag == "img":
            pieces.append((_IMAGE, blocks[-1], False))
        if el in cells:
            pieces.append((_CELL, None, False))
            blocks.append(el)
            in_cell += 1
        elif tag in _BLOCK_TAGS:
            if not in_cell:
                pieces.append((None, None, False))
            blocks.append(el)
        if tag == "a":
            links += 1
        if el.text:
            if tag in _INLINE_FIELD_TAGS and el.text[:1].isdigit():
                pieces.append((_NUMBER_BREAK, blocks[-1], False))
            if tag in _INLINE_FIELD_TAGS and _FIELD_OPENING.match(el.text):
                # an info bar's field in its own span (发布机构：…</span><span>发布时间：…): a
                # browser shows the fields apart (CSS margins); keep them apart as text too
                pieces.append((_FIELD_BREAK, blocks[-1], False))
            pieces.append((el.text, blocks[-1], links > 0))
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    out: list[_PageLine] = []
    buf: list[str] = []
    element, link, image = None, 0, False

    def flush():
        nonlocal image
        text = _SPACES.sub(" ", "".join(buf)).strip()
        if _CELL in text:
            text = _CELL_GAPS.sub("\t", text).strip("\t ")
        if text:
            out.append(_PageLine(text, element, link, image))
            image = False

    for text, block, in_link in pieces:
        if text is None:
            flush()
            buf, element, link = [], None, 0
            continue
        if text is _CELL:  # a data cell: apart from the cell before it on the row's line
            if "".join(buf).strip():
                buf.append(_CELL)
            continue
        if text is _IMAGE:  # an image opening a line (not one inside a line's text: an emoji)
            image = image or not "".join(buf).strip()
            continue
        if text is _NUMBER_BREAK:  # 06-12</span><span>16:05: two numbers never run together
            if buf and buf[-1][-1:].isdigit():
                buf.append(" ")
            continue
        if text is _FIELD_BREAK:  # apart from the fields before it, not inside a sentence
            if buf and not _SENTENCE_PUNCT.search("".join(buf)):
                buf.append(" ")
            continue
        for k, part in enumerate(text.split("\n")):
            if k:  # a newline inside text: a line break of the page's text (as before)
                flush()
                buf, element, link = [], None, 0
            if element is None and part.strip():
                element = block
            buf.append(part)
            if in_link:
                link += len(part.strip())
    flush()
    return out


def _page(html: str):
    """(parsed root or None, page lines with elements or None, lines as text)."""
    fallback = _regex_lines(html)
    root = _parse(html)
    parsed = _walk(root, _data_cells(root)) if root is not None else None
    if parsed is None or sum(len(x.text) for x in parsed) < 0.9 * sum(map(len, fallback)):
        return None, None, fallback
    return root, parsed, [x.text for x in parsed]


def page_lines(html: str) -> list[str]:
    """The visible text of a page as lines, one per block element, in document order.

    Scripts, styles, the ``<head>`` and comments are left out; runs of spaces become one
    space; empty lines are dropped. Iterative, so deeply nested pages cannot overflow; when
    the parser holds clearly less text than the page (libxml2 drops what lies too deep), the
    lines come from :func:`_regex_lines` instead, so no text vanishes.
    """
    return _page(html)[2]



def _ancestors(el):
    while el is not None:
        yield el
        el = el.getparent()



def _captioned(el) -> bool:
    """Is a line's block set as a picture's caption: centred (``text-align:center``,
    ``align="center"``, ``<center>``), a ``<figcaption>``, or named so in its class, on the block
    or its two nearest containers?"""
    for a in list(_ancestors(el))[:3]:
        if not isinstance(a.tag, str):
            continue
        if a.tag.lower() in ("figcaption", "center") or (a.get("align") or "").lower() == "center" \
                or _CENTRED.search(a.get("style") or "") or _CAPTION_ATTR.search(a.get("class") or ""):
            return True
    return False


def _image_gaps(plines: list[_PageLine], article: list[int]) -> set[int]:
    """Article lines that a picture's caption's shape and place mark: a short line (at most
    :data:`_MAX_CAPTION` characters) right after an image, set as a caption (:func:`_captioned`)
    or alone with it in one block (:func:`_figure`).
    The text gets a wider gap before each, as a picture leaves in pasted text, so the line
    cleanup reads a boxed caption (``活动现场``, ``▼ 现场图片``) there and not a subheading; a line
    set wholly in bold is a heading under the picture, not its caption."""
    # the bold test last: it reads the block's whole text, which lines split by <br> share
    return {i for i in article[1:] if plines[i].element is not None
            and len(_key(plines[i].text)) <= _MAX_CAPTION
            and (plines[i].after_image and (_captioned(plines[i].element) or _figure(plines[i]))
                 or _in_picture_box(plines[i].element)) and not _bold(plines[i].element)}


def _figure(pl) -> bool:
    """Is a line the only text of a block that holds a picture (``<div><img><span>…</span></div>``):
    a figure and its caption, however the block is named?"""
    el = pl.element
    return el.find(".//img") is not None and _key(el.text_content()) == _key(pl.text)


def _in_picture_box(el) -> bool:
    """Is a block named as a caption (class ``caption``, ``picTxt``...) in a box with a picture
    (its container or the one above holds an image): a gallery's or a figure's text, wherever
    the viewer's buttons put it?"""
    named = [a for a in list(_ancestors(el))[:2]
             if isinstance(a.tag, str) and _CAPTION_ATTR.search(a.get("class") or "")]
    return bool(named) and any(b is not None and b.find(".//img") is not None
                               for b in list(_ancestors(named[0]))[1:3])


def _bold(el) -> bool:
    """Is all of a block's text set in bold (``<strong>``, ``<b>``)? A heading is, a caption
    rarely: a bold line under a picture heads the next section."""
    text = _key(el.text_content())
    return bool(text) and any(_key(b.text_content()) == text for b in el.iter("strong", "b"))




_SENTENCE_PUNCT = re.compile(r"[，。；！？、,;!?]")  # no colon: field lines have one


_SPACE = re.compile(r"\s")


def _key(s: str) -> str:
    return _SPACE.sub("", s)


# a link to a site's column, not to a report: a directory, its index or list page
_COLUMN_HREF = re.compile(r"(?:/|/index\.[a-z]+|/list[\w-]*\.[a-z]+)$", re.I)


def column_links(plines: list[_PageLine]) -> set[int]:
    """Indices of the lines whose every link points at a column of the site (``/zwgk/``,
    ``/xwzx/tpxw/index.html``): a menu's 图片新闻 or 专题专栏, which a sidebar's header may repeat;
    a report's page has a name of its own (``t20240913_123.html``, ``content_45.htm``)."""
    out = set()
    for i, pl in enumerate(plines):
        if pl.link_chars and pl.element is not None:
            hrefs = [(a.get("href") or "").strip() for a in pl.element.iter("a")]
            if hrefs and all(h and _COLUMN_HREF.search(h.split("?")[0].split("#")[0]) for h in hrefs):
                out.add(i)
    return out
