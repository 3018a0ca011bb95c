"""Line classification: the kind of every line of a page (title, heading, caption, ...)."""

from __future__ import annotations

from collections import Counter

from zhframe.cleanup.evidence import _word_across
from zhframe.cleanup.lines import (_DATE_START, _FULL_DATE, _GLOSSARY_MARKERS, _MAX_BOXED_CAPTION,
                                   _MAX_DATED_CAPTION, _MAX_DECK, _MAX_HEADING, _MAX_SHORT_CAPTION,
                                   _MAX_TITLE, _SENTENCE_CLAUSE, _bare, _credit_rule, _finished,
                                   _has_final_inside, _is_heading_shape, _Line, _top_level_phrases)


def _usual_gap(lines: list[_Line]) -> int:
    gaps = Counter(line.gap for line in lines[1:])
    if not gaps:
        return 1
    top = max(gaps.values())
    return min(g for g, c in gaps.items() if c == top)


def _classify(lines: list[_Line]) -> None:
    boxed_gap = _usual_gap(lines) + 2  # a picture box: a blank gap wider than between paragraphs
    in_glossary = False
    for i, line in enumerate(lines):
        s, bare = line.norm, _bare(line.norm)
        prev = lines[i - 1] if i else None
        boxed = i > 0 and line.gap >= boxed_gap
        if in_glossary:
            if boxed or _credit_rule(line) or _is_heading_shape(line):
                in_glossary = False
            else:
                term = len(bare) <= 20 and not _finished(s)
                line.kind, line.rule = "glossary", ("glossary:term" if term else "glossary:entry")
                continue
        heading = _is_heading_shape(line)
        credit = _credit_rule(line)
        if i == 0 and len(bare) <= _MAX_TITLE and not _finished(s) and not credit:
            line.kind, line.rule = "title", "title:first-line"
        elif i == 1 and prev.kind == "title" and len(bare) <= _MAX_DECK and not _finished(s) \
                and not credit and not boxed and not _DATE_START.match(s) \
                and not _SENTENCE_CLAUSE.search(s):
            line.kind, line.rule = "deck", "deck:after-title"
        elif any(bare.startswith(m) for m in _GLOSSARY_MARKERS) and len(bare) <= 10:
            line.kind, line.rule = "glossary", "glossary:marker"
            in_glossary = True
        elif credit:
            line.kind, line.rule = "credit", credit
        elif heading and not boxed:
            line.kind, line.rule = "heading", heading
        elif prev is not None and prev.kind == "heading" and len(bare) <= _MAX_HEADING \
                and not _finished(s) and not boxed:
            line.kind, line.rule = "subheading", "subheading:after-heading"
        elif _FULL_DATE.match(s) and len(bare) <= _MAX_DATED_CAPTION and not _has_final_inside(s):
            line.kind, line.rule = "caption", "caption:dated"
        elif boxed and len(bare) <= _MAX_BOXED_CAPTION and not _has_final_inside(s):
            line.kind, line.rule = "caption", "caption:boxed"
    _short_captions(lines)


def _short_captions(lines: list[_Line]) -> None:
    """Short descriptive lines without final punctuation, where captions sit: next to another
    caption, at the top of the page before any body, after the last body paragraph, or inside
    a paragraph (after a body line that is unfinished and does not run on into this line)."""
    body = [i for i, x in enumerate(lines) if x.kind == "body"]
    if not body:
        return
    for i in list(body):
        line = lines[i]
        s = line.norm
        if len(_bare(s)) > _MAX_SHORT_CAPTION or _finished(s) or _SENTENCE_CLAUSE.search(s) \
                or len(_top_level_phrases(s)) > 1:
            continue
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        earlier_body = [j for j in body if j < i and lines[j].kind == "body"]
        later_body = [j for j in body if j > i and lines[j].kind == "body"]
        near_caption = any(x is not None and x.kind == "caption" for x in (prev, nxt))
        interrupts = (bool(earlier_body) and prev is lines[earlier_body[-1]]
                      and not _finished(prev.norm) and not _word_across(prev.norm, s))
        if near_caption or not earlier_body or not later_body or interrupts:
            line.kind, line.rule = "caption", "caption:short-descriptive"
