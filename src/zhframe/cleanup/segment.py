"""cleanup's own word segmenter: a private jieba-rs instance, base dictionary, no user words.

The rejoin and fragment evidence (:mod:`zhframe.cleanup.evidence`) needs jieba's
dictionary segmentation and its dictionary tags (``n``, ``v``, ``f``...) of a few short
windows. jieba-rs (``rjieba``) gives both from the same dictionary and the same best path
(no HMM), compiled. This module owns cleanup's instance, so cleanup imports nothing from
tokenizing (cleanup comes before tokenize) and never sees a tokenizer's user words; jieba's
own POS tagger (``jieba.posseg``, about 2 s to load) is never loaded. ASCII runs get jieba's
tag ``eng`` (jieba-rs tags digits ``m``), so the tags are jieba's on every text of basic
Han, ASCII and common punctuation; rare characters outside that block may be tagged
differently (``x`` in jieba), which changes no decision (they are neither localisers nor
particles, nor nouns or verbs across a break).
"""

from __future__ import annotations

import re

_ASCII_RUN = re.compile(r"[a-zA-Z0-9]+")
_SEG = None


def _segmenter():
    global _SEG
    if _SEG is None:
        import rjieba

        _SEG = rjieba.Jieba()  # private: the module-level default may carry a tokenizer's words
    return _SEG


def tag(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs of jieba's dictionary segmentation of ``text`` (no HMM)."""
    return [(w, "eng" if _ASCII_RUN.fullmatch(w) else f) for w, f in _segmenter().tag(text, hmm=False)]
