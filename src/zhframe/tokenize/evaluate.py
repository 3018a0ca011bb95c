"""Evaluating a segmenter: word spans, precision/recall/F1 against a gold segmentation
(the SIGHAN bakeoff's scoring), and where the shared benchmark data lives.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from zhframe.infra.paths import checkout_root
from zhframe.infra.errors import InputError


def word_spans(words: Sequence[str], start: int = 0) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of ``words`` laid end to end, whitespace removed."""
    spans, pos = [], start
    for w in words:
        w = "".join(w.split())
        if w:
            spans.append((pos, pos + len(w)))
            pos += len(w)
    return spans


def segmentation_scores(gold: Sequence[Sequence[str]], system: Sequence[Sequence[str]]) -> dict:
    """Bakeoff scoring: precision, recall and F1 over word spans.

    ``gold`` and ``system`` are lists of lines, each a list of words. A system
    word is correct when its character span equals a gold word's span (the
    SIGHAN 2005 convention; whitespace ignored). Spans are offsets into the
    whole text, lines laid end to end, as the official scorer aligns the whole
    file: MSR's gold file moves a few opening quotes to the end of the
    previous line, which changes no span. Line ends are word boundaries in both.

    Returns a dict with ``precision``, ``recall``, ``f1``, ``correct``,
    ``gold_words``, ``system_words``. Raises ValueError if the two texts differ.
    """
    def spans(lines):
        out, pos = set(), 0
        for words in lines:
            line = word_spans(words, pos)
            out.update(line)
            pos = line[-1][1] if line else pos
        return out, pos

    g_spans, g_len = spans(gold)
    s_spans, s_len = spans(system)
    g_text = "".join("".join("".join(w) for w in gold).split())
    s_text = "".join("".join("".join(w) for w in system).split())
    if g_text != s_text:
        at = next((i for i, (a, b) in enumerate(zip(g_text, s_text)) if a != b),
                  min(g_len, s_len))
        raise ValueError(f"gold and system texts differ at character {at}: "
                         f"{g_text[at:at + 10]!r} vs {s_text[at:at + 10]!r}")
    correct = len(g_spans & s_spans)
    p = correct / len(s_spans) if s_spans else 0.0
    r = correct / len(g_spans) if g_spans else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "correct": correct,
            "gold_words": len(g_spans), "system_words": len(s_spans)}


def read_bakeoff(test_path: str | os.PathLike, gold_path: str | os.PathLike
                 ) -> tuple[list[str], list[list[str]]]:
    """A bakeoff test file's lines and its gold file's lines as word lists.

    Lines are split on line breaks only (``str.splitlines`` would also split at
    U+2028 and other separators that occur inside bakeoff lines); a final empty
    line is dropped.
    """
    def lines(path):
        text = Path(path).read_bytes().decode("utf-8").replace("\r\n", "\n")
        return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

    test, gold = lines(test_path), lines(gold_path)
    if len(test) != len(gold):
        raise InputError(gold_path, f"{len(gold)} lines, but the test file has {len(test)}")
    return test, [g.split() for g in gold]


def find_shared(shared: str | os.PathLike | None = None) -> Path:
    """The shared data folder: ``shared`` if given, else the nearest ``shared/`` folder
    beside the repository or one of its parents (``<repo>/../shared`` for a checkout,
    one level higher for a git worktree under a folder of worktrees)."""
    if shared is not None:
        return Path(shared)
    repo = checkout_root() or Path.cwd()
    for parent in repo.parents:
        if (parent / "shared").is_dir():
            return parent / "shared"
    return repo.parent / "shared"
