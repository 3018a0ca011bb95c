"""Text from data, made safe to put into Markdown.

Group values, titles and terms come from a researcher's manifest and articles,
and end up in the findings Markdown (``06_findings.md``, the README block) and
in notebook tables. :func:`markdown_text` turns any such string into Markdown
that renders as exactly that text: no link, image, raw HTML, heading, list,
table cell break, math or comment can come out of it, and in particular it can
never contain the README's ``<!-- findings:... -->`` markers.

How: HTML's three significant characters become entities (``&``, ``<``, ``>``),
every ASCII punctuation character that can open inline syntax mid-line is
backslash-escaped (CommonMark 0.31, section 2.4: any ASCII punctuation may be
escaped), and a list, quote or heading marker at the very start of the value, and line breaks and other control or separator characters become
spaces (a value must stay on its line: a newline could start a new block).
Chinese text, full-width punctuation and letters pass through unchanged.

The rule itself lives in :mod:`zhframe.infra.markdown` (the lowest stage), so that an
analysis that builds a sentence uses the same one; this module is the report layer's name for it.
"""

from __future__ import annotations

from zhframe.infra.markdown import markdown_text, md, md_join

__all__ = ["markdown_text", "md", "md_join"]
