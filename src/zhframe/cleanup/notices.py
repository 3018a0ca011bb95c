"""A notice's closing and items, which no furniture rule can tell from one line alone: its
signature above its date (GB/T 9704's 落款 and 成文日期), the contact lines above the signature,
and the dates and event fields (时间：…, 地点：…) that are items of the text, not the page's
publication date. Each pass reads the lines around a line, after classification."""

from __future__ import annotations

import re

from zhframe.cleanup.lines import _EVENT_FIELD, _Line, _bare, _finished
from zhframe.corpus.furniture import date_only

# A system's timestamp (2022-05-10 17:41:19): a record's field, never a notice's item.
_TIMESTAMP = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$")
_MAX_SIGNATURE = 40
# a labelled time of what a notice announces (停水时间：…, 施工时间：…), not a page's record
_ITEM_TIME = re.compile(r"^(?!发布|更新|成文|印发|生成|录入|上传|发稿|编辑|修改|刊发|出版|撰稿|来源)"
                        r"[\u4e00-\u9fff]{2,4}(?:时间|日期)\s*[:：]\s*\S")
# A contact a notice gives its readers (联系人：…, 咨询电话：…): the text's above its signature
# (GB/T 9704 sets them inside the text), furniture below it.
# Who is reached how: 联系/咨询/受理/来访… with 人/电话/地址/科室… (联系科室：, 来访地址：, 受理电话：),
# maybe after a qualifier of up to four characters (招生咨询电话：, 物业服务电话：, 监督举报电话：).
_CONTACT_ITEM = re.compile(r"^([\u4e00-\u9fff]{0,4}?(?:联系|咨询|监督|举报|投诉|报名|受理|来访|来信|通讯|通信|办公|服务)"
                           r"(?:人|电话|热线|地址|地点|邮箱|单位|科室|部门|方式)|电子邮箱|邮政编码|传真)\s*[:：]\s*\S")


def _dates_inside_text(lines: list[_Line]) -> bool:
    """Date lines inside the text are the text's: a line the furniture rules read as a dateline
    and nothing else (``2023年7月12日（星期三）下午2:30``, :func:`date_only`), with body before it
    and text right before and after it, is an item of a notice or a schedule (under 一、会议时间),
    not the page's publication date, which stands above the text or below it (a dated line
    naming an outlet between two paragraphs is another article's card: 某某新闻317评2021-06-18).
    Such lines become ``body`` (rule ``body:date-item``), and so does a field line of an event
    (``时间：…``, ``活动地点：…``, ``主办单位：…``) inside the text in the same place
    (``body:event-item``); a run of such lines counts as one (活动时间, 活动地点, 主办单位 between
    two paragraphs). Returns whether any did."""
    text = ("body", "heading", "subheading")
    seen_body, changed, i = False, False, 1
    while i < len(lines) - 1:
        seen_body = seen_body or lines[i - 1].kind == "body"
        j = i
        while j < len(lines) - 1 and _item_of_text(lines[j]):
            j += 1
        k = j
        while j > i and k < len(lines) - 1 and lines[k].kind in ("caption", "credit"):
            k += 1  # past a photo between the items
        if j > i and seen_body and lines[i - 1].kind in text and lines[k].kind in text:
            for line in lines[i:j]:
                line.kind, line.rule = "body", ("body:date-item" if line.rule == "meta:dateline"
                                                 and not _EVENT_FIELD.match(line.norm) else "body:event-item")
            changed = True
        i = max(j, i + 1)
    return changed


def _signature(lines: list[_Line]) -> bool:
    """A document's signature: after the text's last finished paragraph, the short lines (the
    issuing bodies, up to three) right above a line that is a date and nothing else (GB/T
    9704-2012 发文机关署名 and 成文日期) are ``meta`` (rule ``meta:signature``), as the date is,
    whatever follows them (a contact line, 抄送). Returns whether any line changed."""
    last = max((i for i, x in enumerate(lines) if x.kind == "body" and _finished(x.norm)), default=None)
    if last is None:
        return False
    changed = False
    for i in range(last + 1, len(lines) - 1):
        if lines[i + 1].rule != "meta:dateline" or not date_only(lines[i + 1].phr):
            continue
        k = i  # the issuing bodies, one per line, up to three (a village's 村委会 and 监督委员会)
        while k > last and i - k < 3 and _signs(lines[k]):
            lines[k].kind, lines[k].rule = "meta", "meta:signature"
            changed, k = True, k - 1
    return changed


def _after_signature(lines: list[_Line]) -> bool:
    """Below a document's signature and its date (GB/T 9704's 落款) the text has ended: a line
    there that is no furniture (a form's 写信须知：…我要写信, a card's 紧急求助电话：…) is not the
    text's either (rule ``meta:after-signature``). :func:`_signature` finds the signature only
    after the last finished paragraph, so nothing below it ends a sentence. Counted first on the
    used sets: 2 such lines, neither the text's. Returns whether any line changed."""
    dated = [i for i in range(len(lines) - 1)
             if lines[i].rule == "meta:signature" and lines[i + 1].rule == "meta:dateline"]
    changed = False
    for line in lines[dated[-1] + 2:] if dated else ():
        if line.kind in ("body", "heading", "subheading"):
            line.kind, line.rule = "meta", "meta:after-signature"
            changed = True
    return changed


def _contacts_under_text(lines: list[_Line]) -> bool:
    """A notice's contact lines (``联系人：张先生``, ``联系电话：…``) right under its text, above
    its signature (GB/T 9704 sets them inside the text), are the text's (rule
    ``body:contact-item``), whatever comes between them and the signature (特此公告。, 附件 lines);
    the same lines under a signature, under furniture or under a box's field (报名入口：…) are
    not. Written from the used sets, where 36 contact lines right under a heading, a finished
    paragraph or an item of the text were the text's and none was not, and the 6 that were not
    stood under a signature or under furniture. Returns whether any line changed."""
    changed = False
    for k, line in enumerate(lines):
        if line.rule == "meta:signature":
            break
        if k == 0 or not _CONTACT_ITEM.match(line.norm) or not _text_before_contact(lines[k - 1]):
            continue
        m = k
        while m < len(lines) and _CONTACT_ITEM.match(lines[m].norm) and lines[m].kind in ("meta", "body"):
            lines[m].kind, lines[m].rule = "body", "body:contact-item"
            m += 1
        changed = True
    return changed


def _text_before_contact(line: _Line) -> bool:
    # a heading, a finished paragraph or an item of the text; not a box's field (报名入口：…)
    return line.kind in ("heading", "subheading") or line.kind == "body" and (
        _finished(line.norm) or bool(_EVENT_FIELD.match(line.norm)) or line.rule.startswith("body:list-")
        or line.rule in ("body:event-item", "body:date-item", "body:table-row", "body:contact-item"))


def _signs(line: _Line) -> bool:
    # an issuing body is a name: a line with a key and a colon (地点：…, 监督电话：…) is an item
    return line.kind != "meta" and 0 < len(_bare(line.norm)) <= _MAX_SIGNATURE and not _finished(line.norm) \
        and "：" not in line.norm


def _item_of_text(line: _Line) -> bool:
    """Could a meta line be an item of the text (a date alone, an event's field, a labelled time
    that is no publication's: 停水时间：…)?"""
    if line.rule == "meta:dateline":
        return (date_only(line.phr) and not _TIMESTAMP.match(line.norm)) or bool(_EVENT_FIELD.match(line.norm)) \
            or bool(_ITEM_TIME.match(line.norm))
    return line.rule == "meta:fields" and bool(_EVENT_FIELD.match(line.norm))
