"""Sentences, from :mod:`zhframe.cleanup` (the project's one sentence splitter).

PROVISIONAL: until ``zhframe.cleanup`` is merged, a minimal splitter and block
split stand in (split after 。！？ and at line breaks; a line is a block, short
unpunctuated lines are headings). Delete the fallbacks when cleanup lands.
"""

from __future__ import annotations

import re

try:  # pragma: no cover - depends on which branches are merged
    from zhframe.cleanup import sentence_spans as _cleanup_sentence_spans
except ImportError:  # pragma: no cover
    _cleanup_sentence_spans = None

_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’\"」』]*|\n|$)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty sentence of ``text``."""
    if _cleanup_sentence_spans is not None:
        return [tuple(s) for s in _cleanup_sentence_spans(text)]
    spans = []
    for m in _END.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def article_blocks(text: str, doc: str = ""):
    """Blocks of one article: cleanup's :func:`zhframe.cleanup.clean_article`.

    PROVISIONAL fallback (cleanup not merged): one ``body`` block per non-empty line.
    """
    try:
        from zhframe.cleanup import clean_article
    except ImportError:  # pragma: no cover
        import pandas as pd

        lines = [l.strip() for l in text.split("\n") if l.strip()]
        return pd.DataFrame({"doc": doc, "block": range(len(lines)), "kind": "body", "text": lines})
    return clean_article(text, doc=doc)


def corpus_blocks(corpus):
    """Blocks of every article of a corpus: cleanup's :func:`zhframe.cleanup.clean_corpus`.

    PROVISIONAL fallback (cleanup not merged): one block per non-empty line; a line
    of at most 24 characters without final punctuation is a ``heading``, every other
    line ``body``; manifest columns carried along.
    """
    try:
        from zhframe.cleanup import clean_corpus
    except ImportError:  # pragma: no cover
        import pandas as pd

        rows = []
        meta = [c for c in corpus.columns if c not in ("text", "path", "encoding", "n_chars")]
        for rec in corpus.to_dict("records"):
            lines = [l.strip() for l in rec["text"].split("\n") if l.strip()]
            for i, line in enumerate(lines):
                short = len(line) <= 24 and line[-1] not in "。！？；”…"
                rows.append({**{c: rec[c] for c in meta}, "doc": rec["doc_id"], "block": i,
                             "kind": "heading" if short else "body", "text": line})
        return pd.DataFrame(rows)
    return clean_corpus(corpus)
