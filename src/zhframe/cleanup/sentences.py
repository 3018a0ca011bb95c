"""Sentence boundaries of Chinese text: the project's one sentence splitter."""

from __future__ import annotations

_TERMINATORS = "。！？；!?;…"
_SENT_CLOSERS = "”’」』）》)\"'"


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries of a Chinese text, as ``(start, end)`` offsets into ``text``.

    A sentence ends at 。！？； (or half-width !?;), or at an ellipsis (…… ends
    a sentence in news prose as often as it trails a list), together with the
    closing quotes and brackets that follow it (``……”``, ``。”``), and at a
    line break. Leading and trailing whitespace is excluded from each span;
    empty sentences are dropped.
    """
    spans: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))

    n, start, i = len(text), 0, 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            add(start, i)
            start = i = i + 1
        elif ch in _TERMINATORS:
            j = i + 1
            while j < n and (text[j] in _TERMINATORS or text[j] in _SENT_CLOSERS):
                j += 1
            add(start, j)
            start = i = j
        else:
            i += 1
    add(start, n)
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]
