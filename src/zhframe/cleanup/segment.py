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


def _jieba_class():
    """jieba-rs's ``Jieba`` class, without running ``rjieba/__init__.py`` when it has not run yet.

    That ``__init__`` builds a module-level default instance (the whole dictionary, about
    0.3-0.5 s per process), which cleanup never uses: it needs its own private instance. So the
    compiled extension is loaded on its own and registered as ``rjieba.rjieba``, where a later
    ``import rjieba`` (a tokenizer in the same process) finds and reuses it.
    """
    import importlib.util
    import sys
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
    from pathlib import Path

    for name in ("rjieba", "rjieba.rjieba"):  # already imported: reuse, build nothing
        if name in sys.modules:
            return sys.modules[name].Jieba
    package = importlib.util.find_spec("rjieba")  # locates the package, runs nothing
    for folder in (package.submodule_search_locations or []) if package else []:
        for suffix in EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if path.is_file():
                spec = importlib.util.spec_from_file_location(
                    "rjieba.rjieba", path, loader=ExtensionFileLoader("rjieba.rjieba", str(path)))
                ext = importlib.util.module_from_spec(spec)
                sys.modules["rjieba.rjieba"] = ext
                spec.loader.exec_module(ext)
                return ext.Jieba
    import rjieba  # an unusual install: the ordinary import, default instance and all

    return rjieba.Jieba


def _segmenter():
    global _SEG
    if _SEG is None:
        _SEG = _jieba_class()()  # private: the module-level default may carry a tokenizer's words
    return _SEG


def tag(text: str) -> list[tuple[str, str]]:
    """``(word, tag)`` pairs of jieba's dictionary segmentation of ``text`` (no HMM)."""
    return [(w, "eng" if _ASCII_RUN.fullmatch(w) else f) for w, f in _segmenter().tag(text, hmm=False)]
