"""Tests of zhframe.report.escape: data can never become Markdown or HTML syntax."""

from __future__ import annotations

import pytest

from zhframe.report.escape import markdown_text

HOSTILE = [
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![img](http://example.com/x.png)",
    "<!-- findings:end -->",
    "<!-- findings:start -->",
    "# heading",
    "- item",
    "1. item",
    "a | b",
    "**bold** _it_ ~~s~~",
    "`code`",
    "$x^2$",
    "line1\nline2",
    "line1\u2028line2",
    "<http://example.com>",
    "&lt;already&gt;",
    "a\\b",
    "北碚区\u202e反转",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_lose_every_syntax(value):
    out = markdown_text(value)
    assert "<" not in out and ">" not in out          # no HTML, autolinks or comments
    assert "\n" not in out and "\u2028" not in out    # stays on its line
    assert "findings:" not in out                     # the README markers cannot appear
    for ch in "[]()*_`|$#!~":
        assert out.count(ch) == out.count("\\" + ch)  # every special character escaped


def test_plain_chinese_is_unchanged():
    assert markdown_text("北碚区党史学习教育（2021）：“学党史”") == "北碚区党史学习教育（2021）：“学党史”"


def test_escaped_text_renders_back_to_the_value():
    """Undo CommonMark's escapes and entities: the literal value (line breaks as spaces) comes back."""
    import html
    import re

    for value in HOSTILE:
        rendered = html.unescape(re.sub(r"\\(.)", r"\1", markdown_text(value)))
        expected = re.sub("[\n\u2028\u202e]", " ", value)
        assert rendered == expected, value


def test_none_and_numbers():
    assert markdown_text(None) == ""
    assert markdown_text(3.5) == "3.5"  # mid-line punctuation that opens nothing stays as is


def test_list_markers_are_escaped_only_where_they_open_a_list():
    assert markdown_text("- item") == "\\- item" and markdown_text("1. item") == "1\\. item"
    assert markdown_text("2021-09-29") == "2021-09-29" and markdown_text("a - b") == "a - b"


def test_md_join_escapes_each_value_and_keeps_the_separator():
    from zhframe.report.escape import md, md_join

    assert md is markdown_text
    assert md_join(["a*b", "<x>"], "、") == "a\\*b、&lt;x&gt;"
