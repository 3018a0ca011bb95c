"""jieba's base dictionary, loaded once per process and shared by private copies.

Several parts of zhframe need their *own* ``jieba.Tokenizer`` (cleanup's rejoin
evidence, the project tokenizer's reference backend, keyword baselines), never
jieba's global one, so that a dictionary added in one place cannot change
results in another. Each ``jieba.Tokenizer()`` reads the base dictionary again
(a marshal load of about 350k prefixes, 0.5-1.5 s) and each
``jieba.posseg.POSTokenizer`` re-parses ``dict.txt`` for its tag table
(another 0.5-1 s). Here both are read once per process and every caller gets
a *copy* (a dict copy costs a few tens of milliseconds), so instances stay
independent while a notebook pays the load once.
"""

from __future__ import annotations

import functools
import logging
import threading


@functools.lru_cache(maxsize=1)
def _master():
    import jieba

    jieba.setLogLevel(logging.WARNING)  # silence "Building prefix dict..."
    seg = jieba.Tokenizer()
    seg.initialize()
    return seg


@functools.lru_cache(maxsize=1)
def _master_tags() -> dict:
    """word -> tag from the base ``dict.txt``: what ``POSTokenizer.load_word_tag`` reads,
    parsed in one pass over the decoded file instead of line by line."""
    from jieba import get_module_res

    with get_module_res("dict.txt") as f:
        lines = f.read().decode("utf-8").splitlines()
    tab = {}
    for line in lines:
        line = line.strip()
        if line:
            word, _, tag = line.split(" ")
            tab[word] = tag
    return tab


def base_tokenizer():
    """A fresh ``jieba.Tokenizer`` holding the base dictionary (its own copy; never the global one)."""
    import jieba

    master = _master()
    seg = jieba.Tokenizer()
    seg.FREQ, seg.total = dict(master.FREQ), master.total
    seg.initialized = True
    return seg


def pos_tokenizer(seg):
    """A ``jieba.posseg.POSTokenizer`` over ``seg`` (a :func:`base_tokenizer`, possibly with
    words added), with the base tag table copied instead of re-read from ``dict.txt``.

    Tags of words added to ``seg`` with ``add_word(word, freq, tag)`` are merged
    by posseg itself on first use, as with ``POSTokenizer(seg)``.
    """
    from jieba import posseg

    pos = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    pos.tokenizer = seg
    pos.word_tag_tab = dict(_master_tags())
    return pos


# The user words jieba-rs' module-level default instance holds once claimed (None: unclaimed).
_CLAIMED: tuple | None = None
_CLAIM_LOCK = threading.Lock()


def rjieba_instance(words=()):
    """A jieba-rs segmenter holding ``words`` (``(word, freq, tag)`` triples) on top of the base
    dictionary.

    ``import rjieba`` already builds a default instance (0.1 s); building another costs as
    much again, a tenth of a 4 MB ``tokenize`` command. So the first caller of a process
    claims the default instance with its words; later callers with the same words share it,
    and any other word list gets a private ``rjieba.Jieba()``. The default instance is never
    changed after it is claimed, so no caller sees another's words (cleanup's evidence asks
    for no words; a tokenizer for its dictionaries).
    """
    import rjieba

    global _CLAIMED
    words = tuple(words)
    with _CLAIM_LOCK:
        if _CLAIMED is None:
            for w, f, t in words:
                rjieba.add_word(w, f, t)
            _CLAIMED = words
        shared = _CLAIMED == words
    if shared:
        return rjieba
    seg = rjieba.Jieba()
    for w, f, t in words:
        seg.add_word(w, f, t)
    return seg
