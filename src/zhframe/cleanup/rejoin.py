"""Rejoining paragraphs split across columns, and marking fragments, with evidence."""

from __future__ import annotations

import re

from zhframe.cleanup.evidence import (_ends_in_noun_or_verb, _opens_with_bare_noun_phrase,
                                      _starts_mid_sentence, _word_across)
from zhframe.corpus.fields import NUMBERED_ITEM
from zhframe.corpus.furniture import date_only  # a date alone (a signature's): never a join's head
from zhframe.cleanup.lines import (_CLAUSE_BREAK, _EVENT_FIELD, _FINAL, _MAX_SHORT_TAIL,
                                   _MAX_SKIPPED_BODIES, _QUANTITY_START, _bare, _finished, _has_final_inside, _Line)

# An item of a numbered or bulleted list (``1.…``, ``2、…``, ``（3）…``, ``④…``, ``▶ …``): a
# new item, never the tail of the line before it, however short (a list of places has no
# full stops).
_NUMBERED_ITEM = NUMBERED_ITEM
# ... or a labelled one (案例一：…, 步骤二：…): a label of its own, then an ordinal and a colon
_LIST_ITEM = re.compile(_NUMBERED_ITEM.pattern + r"|^[▶►▸●•■◆◇○]|^[\u4e00-\u9fff]{2,4}[一二三四五六七八九十]{1,2}[：:]")


_TABLE_ROW = "body:table-row"
_LIST_ENTRY = "body:list-entry"  # an entry of a list without markers (a unit, a name and post)


def _whole(rule: str) -> bool:
    # a notice's contact line (联系电话：…, notices.py) is an item too: 特此公告。 is no tail of it
    return rule in (_TABLE_ROW, "body:line-run", "body:contact-item") or rule.startswith(_LIST_ENTRY)


def _join_evidence(a: _Line, b: _Line, first: bool, interrupted: bool) -> str | None:
    if _LIST_ITEM.match(b.norm):  # a new item, whatever the line before it lacks
        return None
    word = _word_across(a.norm, b.norm)
    if word:
        return f"rejoined:word-across-break({word})"
    if first and not interrupted and not _LIST_ITEM.match(a.norm) and not _EVENT_FIELD.match(a.norm) \
            and not date_only(a.phr) \
            and len(_bare(b.norm)) <= _MAX_SHORT_TAIL \
            and not _has_final_inside(b.norm) and not _CLAUSE_BREAK.search(b.norm.rstrip(_FINAL)):
        return "rejoined:short-tail"
    if interrupted and not _EVENT_FIELD.match(a.norm) and _ends_in_noun_or_verb(a.norm) and (
            _QUANTITY_START.match(b.norm) or _opens_with_bare_noun_phrase(b.norm)):  # cheap test first
        return "rejoined:phrase-across-interruption"
    return None


def _continuation(lines: list[_Line], t: int, taken: set[int]) -> tuple[int, str] | None:
    interrupted, skipped = False, 0
    for j in range(t + 1, len(lines)):
        line = lines[j]
        if line.kind in ("caption", "credit", "heading", "subheading"):
            interrupted = True
            continue
        if line.kind != "body":
            return None
        if _whole(line.rule):
            return None
        if j not in taken:
            why = _join_evidence(lines[t], line, first=skipped == 0, interrupted=interrupted)
            if why:
                return j, why
        if _LIST_ITEM.match(line.norm):  # a list begun after the line: its paragraph has ended
            return None
        if not interrupted:
            # a paragraph right under an unfinished line, with no heading or caption between, is
            # its own: columns that interleave two paragraphs show a column's heading or a
            # picture at the break (an e-paper's PDF text); a page's HTML keeps its order
            return None
        skipped += 1
        if skipped >= _MAX_SKIPPED_BODIES:
            return None
    return None


def _glue(pieces: list[str]) -> str:
    out = pieces[0]
    for p in pieces[1:]:
        sep = " " if out[-1:].isascii() and out[-1:].isalnum() and p[:1].isascii() \
            and p[:1].isalnum() else ""
        out += sep + p
    return out


def _body_groups(lines: list[_Line]) -> list[tuple[list[int], list[str], str | None]]:
    taken: set[int] = set()
    groups = []
    for i, line in enumerate(lines):
        if line.kind != "body" or i in taken:
            continue
        if _whole(line.rule):  # a row or an entry is whole: it continues nothing and nothing it
            taken.add(i)
            groups.append(([i], [line.rule], None))
            continue
        group, rules, t = [i], ["body:paragraph"], i
        taken.add(i)
        while not _finished(lines[t].norm):
            found = _continuation(lines, t, taken)
            if not found:
                break
            t, why = found
            group.append(t)
            taken.add(t)
            rules.append(why)
        start = _starts_mid_sentence(lines[group[0]].norm)
        end = not _finished(lines[group[-1]].norm)
        if start:
            rules.append("fragment:starts-mid-sentence")
        if end:
            rules.append("fragment:ends-unfinished-no-continuation")
        fragment = "both" if start and end else "start" if start else "end" if end else None
        groups.append((group, rules, fragment))
    return groups
