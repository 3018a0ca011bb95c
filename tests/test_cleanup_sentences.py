"""Tests for zhframe.cleanup.sentences."""

from __future__ import annotations

from zhframe.cleanup import sentence_spans, split_sentences

def test_sentence_spans_offsets_closing_quotes_and_ellipsis():
    text = "他说：“好！”大家笑了。第二句；第三句……“路灯亮了……”我们走？ 最后"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == split_sentences(text) == [
        "他说：“好！”", "大家笑了。", "第二句；", "第三句……", "“路灯亮了……”", "我们走？", "最后"]
    assert split_sentences("一行\n二行。") == ["一行", "二行。"]
    assert split_sentences("  ") == []
