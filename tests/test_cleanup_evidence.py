"""Tests for zhframe.cleanup.evidence: the fast tagger gives jieba's evidence."""

from __future__ import annotations

import random

from zhframe.cleanup.evaluate import read_labelled
from zhframe.cleanup.evidence import MID_SENTENCE_FIRST_CHARS, _pos, _pos_jieba

from cleanup_common import BEIBEI, KAIZHOU, ROOT


def test_tags_agree_with_jieba_on_windows_of_real_text():
    texts = [BEIBEI, KAIZHOU] + [read_labelled(p)[0] for p in sorted((ROOT / "tests/data/web").glob("*.tsv"))]
    rng = random.Random(11)
    for _ in range(3000):
        t = rng.choice(texts)
        n = rng.randint(1, 16)
        i = rng.randrange(0, max(1, len(t) - n))
        window = t[i:i + n]
        if window.strip():
            assert _pos(window) == _pos_jieba(window), window
    for odd in ("www.people.com.cn是", "9_2号", "豈-有", "𠀀字"):  # where jieba-rs may differ
        assert _pos(odd) == _pos_jieba(odd)


def test_mid_sentence_first_characters_are_jiebas():
    from jieba import get_module_res

    with get_module_res("dict.txt") as f:
        rows = [line.split(" ") for line in f.read().decode("utf-8").splitlines() if line]
    chars = {w for w, _, t in rows if len(w) == 1 and (t in ("f", "y", "e") or t.startswith("u"))}
    assert chars == MID_SENTENCE_FIRST_CHARS
