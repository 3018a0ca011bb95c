"""Text from data, made safe to put into Markdown: the package's one escaping rule.

Group values, doc_ids, titles and terms come from a researcher's manifest and
articles, and end up in sentences that notebooks display with ``Markdown(...)``,
in the findings Markdown (``06_findings.md``, the README block) and in notebook
tables. :func:`markdown_text` turns any such string into Markdown that renders
as exactly that text: no link, image, raw HTML, heading, list, table cell break,
math or comment can come out of it, and in particular it can never contain the
README's ``<!-- findings:... -->`` markers.

It lives in ``infra`` (the lowest stage) because sentences are built at several
stages: the report layer's (:mod:`zhframe.report.escape` re-exports it) and a
few analyses' own ``describe_*`` sentences (e.g.
:func:`zhframe.topics.stability.describe_share_stability`), and each must use
this one rule.

How: HTML's three significant characters become entities (``&``, ``<``, ``>``),
every ASCII punctuation character that can open inline syntax mid-line is
backslash-escaped (CommonMark 0.31, section 2.4: any ASCII punctuation may be
escaped), and a list, quote or heading marker at the very start of the value, and line breaks and other control or separator characters become
spaces (a value must stay on its line: a newline could start a new block).
Chinese text, full-width punctuation and letters pass through unchanged.
"""

from __future__ import annotations

import re

__all__ = ["markdown_text", "md", "md_join"]

# Markdown-significant ASCII punctuation (CommonMark inline and block syntax,
# GitHub tables `|`, strikethrough `~`, math `$`); `&<>` are handled as entities.
_SPECIAL = set("\\`*_{}[]()#!|~$:")
# Block syntax a value could open only at the start of a line: escaped there alone, so
# dates and numbers (2021-09-29, 3.5) stay readable in the Markdown source.
_LIST_MARK = re.compile(r"^(\s*)([-+=])")
_ORDERED_MARK = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# C0/C1 controls, line and paragraph separators, zero-width and bidi controls.
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")


def markdown_text(s) -> str:
    """``s`` as Markdown that renders as the literal text ``s`` (on one line).

    Parameters
    ----------
    s : object
        Any value; it is converted with ``str`` first (``None`` gives ``""``).

    Returns
    -------
    str
        The escaped text. Pure: no state, same input, same output.

    Examples
    --------
    >>> markdown_text("北碚区")
    '北碚区'
    >>> markdown_text("[x](javascript:alert(1))")
    '\\\\[x\\\\]\\\\(javascript\\\\:alert\\\\(1\\\\)\\\\)'
    >>> markdown_text("<!-- findings:end -->")
    '&lt;\\\\!\\\\-\\\\- findings\\\\:end \\\\-\\\\-&gt;'
    """
    if s is None:
        return ""
    text = _BREAKS.sub(" ", str(s))
    # "- item", "+ item", "1. item" open a list only at the start of a line: escape the marker
    lead = _LIST_MARK.match(text) or _ORDERED_MARK.match(text)
    if lead:
        return lead.group(1) + "\\" + lead.group(2) + markdown_text(text[lead.end():])
    out = []
    for ch in text:
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


#: The report layer's one escaping rule, short: every data string (group value,
#: doc_id, term, label, column name) goes through ``md`` before it enters a sentence.
md = markdown_text


def md_join(values, sep: str = ", ") -> str:
    """Each of ``values`` escaped with :func:`markdown_text`, joined by ``sep`` (a literal separator)."""
    return sep.join(markdown_text(v) for v in values)
