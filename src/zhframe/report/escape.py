"""Text from data, made safe to put into Markdown: the report layer's name for the one rule.

Group values, titles and terms from a researcher's manifest and articles end up in the
findings Markdown, the README block and notebook sentences; :func:`markdown_text` turns any
such string into Markdown that renders as exactly that text (no link, image, raw HTML,
heading, list, math or comment, never the README's findings markers). The rule and its
reasons live in :mod:`zhframe.infra.markdown` (the lowest stage), so that an analysis that
builds a sentence uses the same one.
"""

from __future__ import annotations

from zhframe.infra.markdown import markdown_text, md, md_join

__all__ = ["markdown_text", "md", "md_join"]
