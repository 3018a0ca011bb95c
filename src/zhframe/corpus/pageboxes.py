"""The boxes of a saved page that are not the article, found from the page's structure: a
notice's key-value metadata table (索引号/发布机构/…), a form's label cells, boxes under a
header line (相关阅读, 网友评论, 人物名片, 知识链接, 本版导航: :mod:`zhframe.corpus.boxheads`) and
widgets (a poll, a form, a player). :mod:`zhframe.corpus.html` reads them as boilerplate."""

from __future__ import annotations

import re

from zhframe.corpus.pagelines import _MAX_CELL, _PageLine, _ancestors, _key

# Field names of a government notice's metadata table (信息公开 pages).
_TABLE_KEYS = re.compile(r"^(索\s*引\s*号|主题分类|主题词|分\s*类|发布机构|发文机关|成文日期|发文日期|"
                         r"发布日期|文\s*号|发文字号|标\s*题|名\s*称|有\s*效\s*性|生效日期|废止日期|"
                         r"公开方式|公开范围|体裁分类|组配分类|服务对象|关键词)\s*[:：]?$")
# A label cell of a form-like table: a short label and maybe a colon.
_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]?$")
_MAX_HEADER = 30  # a box's header is short: longer lines are not read as one


def _metadata_table_cells(root) -> set:
    """The cells of key-value metadata tables: tables where at least two of their own cells
    are field names of a notice's metadata (索引号, 发布机构, 成文日期...). Only short cells
    holding no table are marked, so a page laid out as one big table (old portals) never
    loses its article cell because a metadata table sits inside it."""
    cells = set()
    for table in root.iter("table"):
        own = [c for c in table.iter("td", "th")
               if next(c.iterancestors("table"), None) is table and c.find(".//table") is None]
        keys = sum(bool(_TABLE_KEYS.match(_key(c.text_content()))) for c in own)
        if keys >= 2:
            cells.update(c for c in own if len(_key(c.text_content())) <= 80)
    return cells


# The close of the article an e-paper system laid out (Founder's ``<!--/enpcontent-->``).
_CONTENT_END = re.compile(r"^\s*/\s*enpcontent\s*$", re.I)


def _after_content_end(root, plines: list[_PageLine]) -> set[int]:
    """The lines after the end of the article an e-paper system laid out: Founder's
    ``<!--/enpcontent-->`` marker or the end of its ``<founder-content>`` element, written where
    the article's text ends. What follows is a box, an editor's line, the page's footer, never
    the text (on the used sets: 299 such lines, none of them text). Only on a page with one such
    marker or element: a page that lays out two articles so has two, and which of them is the
    page's article is not the marker's to say."""
    from lxml import etree

    ends = [c for c in root.iter(etree.Comment) if _CONTENT_END.match(c.text or "")]
    boxes = list(root.iter("founder-content"))
    if len(ends) > 1 or len(boxes) > 1 or not (ends or boxes):
        return set()
    order = {el: k for k, el in enumerate(root.iter())}
    last = [ends[0]] if ends else []
    if boxes:
        last.append(list(boxes[0].iter())[-1])  # its last descendant: the element's end
    end = max(order[el] for el in last)
    around = {a for el in last for a in _ancestors(el)}
    return {i for i, pl in enumerate(plines)
            if pl.element is not None and pl.element not in around and order.get(pl.element, -1) > end}


def _after_end_mark(lines: list[str], article: list[int]) -> list[int]:
    """The article's lines below its closing mark: a wire story's ``（完）`` (on its own line or
    ending the last paragraph), a post's ``END``. The mark is written where the text ends; what
    the extractors keep below it is the editor's line, a gallery strip's captions, a QR prompt
    (on the used sets: 51 such lines, none of them text). Only on a page whose article has one
    such mark: two marks are two reports laid out together."""
    from zhframe.corpus.furniture import end_mark_rule
    from zhframe.corpus.leads import split_end_mark

    marks = [i for i in article if end_mark_rule(lines[i].strip()) or split_end_mark(lines[i].strip()) is not None]
    if len(marks) != 1:
        return []
    return [i for i in article if i > marks[0]]


def _label_cells(root) -> set:
    """The label cells of a form-like table (a letter and its reply: ``来信人 | 张先生 | 来信时间 |
    …``, ``回复内容 | …``): in rows of an even number of cells, each odd cell a short label (two to
    six Chinese characters, nothing else) before a value, on at least two rows of a table that
    holds a long value (a data table of short cells is the text's: its rows are lines), unless
    a sentence of the text announces the table (:func:`_introduced`)."""
    cells = set()
    for table in root.iter("table"):
        found = []
        for tr in table.iter("tr"):
            if next(tr.iterancestors("table"), None) is not table:
                continue
            row = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
            if len(row) < 2 or len(row) % 2:
                continue
            pairs = list(zip(row[::2], row[1::2]))
            if all(_LABEL.match(_key(a.text_content())) and _key(b.text_content()) for a, b in pairs):
                found += [a for a, _ in pairs]
        long_value = any(len(_key(c.text_content())) > _MAX_CELL for c in table.iter("td", "th"))
        colons = bool(found) and all(c.text_content().strip().endswith(("：", ":")) for c in found)
        if len({c.getparent() for c in found}) >= 2 and (long_value or colons) and not _introduced(table):
            cells.update(found)  # a data table has no long cell
    return cells


def _introduced(table) -> bool:
    """Does a sentence of the text announce the table (``现将项目基本情况公示如下：``)? Then its
    labels are the text's, as a data table's cells are."""
    prev = table.getprevious()
    return prev is not None and isinstance(prev.tag, str) and prev.text_content().strip().endswith(("：", ":"))


def _short_line_rules(plines: list[_PageLine]) -> list:
    """The furniture rule (:func:`zhframe.corpus.furniture.meta_rule`) of every short line, where
    a box's header could be (None for longer lines): computed once for every kind of box."""
    from zhframe.corpus.furniture import meta_rule

    return [meta_rule(pl.text) if pl.element is not None and len(pl.text) <= _MAX_HEADER else None
            for pl in plines]


def _topic_box_rules(plines: list[_PageLine]) -> list:
    """``meta:aside`` for each short line that heads a topic's tips (:func:`zhframe.corpus.
    boxheads.topic_box_header`), None for the others: a box's header only."""
    from zhframe.corpus.boxheads import topic_box_header

    return ["meta:aside" if pl.element is not None and len(pl.text) <= _MAX_HEADER and topic_box_header(pl.text)
            else None for pl in plines]


# a sentence's end, maybe before a credit in brackets (…900余个。（通讯员 冯雪）); a headline may
# end in ！ or ？, never in 。
_FINISHED = re.compile(r"。(?:[”’」』）)]|[（(][^（()）]{1,20}[）)])?\s*$")


def _headed_boxes(plines: list[_PageLine], head: str, keep=None, rules=None, prose: bool = False) -> set[int]:
    """Lines of boxes whose first line is a header of kind ``head`` (a
    :func:`zhframe.corpus.furniture.meta_rule`: ``meta:related`` for 延伸阅读, 相关新闻, 推荐阅读...;
    ``meta:comments`` for 网友评论, 精选留言...; ``meta:profile`` for 代表档案, 人物名片...): the
    smallest of the header's block and its three nearest containers that holds more lines than
    the header, when the header is its first line. Such a box holds other reports or readers' words, as links or as sentences. A box
    holding ``keep`` (the density method's element) is the article's container, never such a box.
    With ``prose``, only boxes holding a finished sentence below the header (an 延伸阅读 box that
    explains: a list of headlines has none)."""
    rules = _short_line_rules(plines) if rules is None else rules
    out: set[int] = set()
    heads = [i for i, pl in enumerate(plines) if rules[i] == head]
    if not heads:
        return out
    # each container's lines, in page order, read once: scanning every line per header made a
    # page with a big menu cost seconds (headers x lines x depth)
    within: dict = {}
    for j, q in enumerate(plines):
        if q.element is not None:
            for a in _ancestors(q.element):
                within.setdefault(a, []).append(j)
    held = set(_ancestors(keep)) if keep is not None else set()
    for i in heads:
        # the smallest of the header's block and its three nearest containers that holds more
        # (a span header's block is the box; a table's header cell is three levels down)
        for box in list(_ancestors(plines[i].element))[:4]:
            if box is None or box in held:
                break
            members = within.get(box, [])
            if len(members) >= 2 and members[0] == i:
                if not prose or any(_FINISHED.search(plines[j].text) for j in members[1:]):
                    out.update(members)
                break
    return out


_CONTROLS = ("input", "select", "textarea", "button")


def _widget_boxes(root, plines: list[_PageLine], keep) -> set[int]:
    """Lines of a page's widgets: a poll, a sign-up or search form, a comment box, a media
    player. A widget is a ``<form>``, an element holding two or more form controls (input,
    select, textarea, button, or a ``javascript:`` link, a button in a link's markup) or an
    ``<audio>``/``<video>`` player, neither holding ``keep`` (the density method's element: a page wrapped whole in one
    ``<form>``, as ASP.NET sites are, is the article's container) nor half the page's text.
    Linear: controls count up their ancestors once, lines look up theirs once."""
    counts: dict = {}
    for control in root.iter(*_CONTROLS, "audio", "video"):
        weight = 2 if control.tag in ("audio", "video") else 1  # a player is a widget alone
        for a in _ancestors(control.getparent()):
            counts[a] = counts.get(a, 0) + weight
    for link in root.iter("a"):  # a javascript: link is a button (投票, 报名, 展开)
        if link.get("href", "").lstrip().lower().startswith("javascript"):
            for a in _ancestors(link.getparent()):
                counts[a] = counts.get(a, 0) + 1
    for form in root.iter("form"):
        counts[form] = max(counts.get(form, 0), 2)
    if not counts:
        return set()
    held = set(_ancestors(keep)) if keep is not None else set()
    members: dict = {}
    for i, pl in enumerate(plines):
        if pl.element is None:
            continue
        for a in _ancestors(pl.element):
            if counts.get(a, 0) >= 2 and a not in held:
                members.setdefault(a, []).append(i)
    total = sum(len(_key(pl.text)) for pl in plines) or 1
    out: set[int] = set()
    for box, lines in members.items():
        if sum(len(_key(plines[i].text)) for i in lines) < 0.5 * total:
            out.update(lines)
    return out


def _header_shape(longest: int, digits: bool = False) -> re.Pattern:
    """A box header's shape: one short phrase of up to ``longest`` characters, maybe a second,
    between ornaments or black brackets, maybe with a bracketed qualifier (节目单（节选）); with
    ``digits``, the phrase may name a year or a number (东山村2025年村晚节目单)."""
    chars = r"\u4e00-\u9fff0-9" if digits else r"\u4e00-\u9fff"
    return re.compile(rf"^[^\w【\[]*[【\[]?\s*(?=[0-9]*[\u4e00-\u9fff]{{2}})[{chars}]{{2,{longest}}}(?:\s[\u4e00-\u9fff]{{2,8}})?"
                      rf"(?:[（(][\u4e00-\u9fff]{{1,4}}[）)])?\s*[】\]]?[^\w]*$")


# A box's header: a short name (two to eight Chinese characters), maybe between ornaments or
# brackets or behind an emoji (📍 食堂信息, 【小编提醒】, — 报名方式 —); not a numbered section.
_BOX_HEADER = _header_shape(8)
# a framed card's header may name a whole service (妇女维权公益服务热线) or an event with its year
# (东山村2025年村晚节目单): its frame says it is a box
_FRAMED_HEADER = _header_shape(14, digits=True)
_NUMBERED = re.compile(r"^[^\w]*(?:[一二三四五六七八九十]+[、.．]|第)")
_BOX_TAGS = ("div", "section", "table", "td", "aside", "fieldset", "blockquote")
_BOX_STYLE = re.compile(r"border|background", re.I)


def _styled_boxes(plines: list[_PageLine], keep=None) -> set[int]:
    """Lines of a box set off by its own frame or shading (an inline ``style`` with a border or
    a background) under a short header of any wording: a card beside the text (岗位信息, 食堂信息,
    小编提醒), whatever its header says. The box is the smallest of the header's block and its
    three nearest containers that holds more lines than the header, with the header first; one
    holding ``keep`` (the density method's element) is the article's container, never such a
    box, and a box holding half the page's text is none either. Probed on the development sets'
    output before use: such boxes held furniture, not text (344 characters against 6). Linear:
    each line counts up its containers once."""
    held = set(_ancestors(keep)) if keep is not None else set()
    members: dict = {}
    styled = False
    for j, pl in enumerate(plines):
        if pl.element is None:
            continue
        for a in _ancestors(pl.element):
            if a not in members:
                members[a] = []
                styled = styled or isinstance(a.tag, str) and a.tag.lower() in _BOX_TAGS \
                    and a not in held and bool(_BOX_STYLE.search(a.get("style") or ""))
            members[a].append(j)
    if not styled:
        return set()
    total = sum(len(_key(pl.text)) for pl in plines) or 1
    out: set[int] = set()
    for i, pl in enumerate(plines):
        if pl.element is None or not _FRAMED_HEADER.match(pl.text.strip()) or _NUMBERED.match(pl.text):
            continue
        for box in list(_ancestors(pl.element))[:4]:
            if box is None or box in held:
                break
            lines = members.get(box, [])
            if len(lines) >= 2 and lines[0] == i:
                tag = box.tag.lower() if isinstance(box.tag, str) else ""
                if tag in _BOX_TAGS and _BOX_STYLE.search(box.get("style") or "") \
                        and sum(len(_key(plines[j].text)) for j in lines) < 0.5 * total:
                    out.update(lines)
                break
    return out


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


def _trailing_boxes(plines: list[_PageLine], keep=None) -> set[int]:
    """Lines of a box after the text, outside the text's element (``keep``, the density
    method's element), under a short header set as a heading element (``<h4>价格举报</h4>``,
    景区导览, 便民信息): a card or sidebar the page puts below the article, whatever its header
    says. The text's own subheadings sit inside its element, and a numbered header (一、…) is
    never read as a box's. Probed on the development sets' output before use: such boxes held
    107 furniture characters against 4 of text. Linear: each line counts up its containers once."""
    if keep is None:
        return set()
    held = set(_ancestors(keep))
    members: dict = {}
    last = -1
    for j, pl in enumerate(plines):
        if pl.element is None:
            continue
        for a in _ancestors(pl.element):
            members.setdefault(a, []).append(j)
            if a is keep:
                last = j
    out: set[int] = set()
    for i in range(last + 1, len(plines)):
        pl = plines[i]
        if pl.element is None or not _BOX_HEADER.match(pl.text.strip()) or _NUMBERED.match(pl.text):
            continue
        ancestors = list(_ancestors(pl.element))
        if not any(isinstance(a.tag, str) and a.tag.lower() in _HEADING_TAGS for a in ancestors[:2]):
            continue
        for box in ancestors[:4]:
            if box is None or box in held:
                break
            lines = members.get(box, [])
            if len(lines) >= 2 and lines[0] == i:
                out.update(lines)
                break
    return out
