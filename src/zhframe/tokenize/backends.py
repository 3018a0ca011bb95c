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
import re
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



# together; jieba then cuts them at the joiners, jieba-rs does not. Pure decimals
# (3.5, 2.87) are cut identically by both.
_JOINED_ASCII = re.compile(r"[A-Za-z0-9]+(?:[.+#&_%\-]+[A-Za-z0-9]+)+")
# Only runs with one of these joiners are cut differently (runs joined by + # & %
# alone are cut identically: tests/test_tokenize.py fuzzes both claims).
_DIFFERING_JOINER = re.compile(r"[._\-]")
# cheap pre-check: no ASCII alphanumeric next to a differing joiner, no difference
_MAYBE = re.compile(r"[A-Za-z0-9][.+#&_%\-]*[._\-]|[._\-][.+#&_%\-]*[A-Za-z0-9]")
_DECIMAL = re.compile(r"\d+\.\d+")
# jieba's block characters (its re_han_default), and characters only jieba-rs puts in blocks
_JIEBA_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")
_RJIEBA_ONLY = re.compile("[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00010000-\U0010FFFF]")
_EITHER = re.compile(_MAYBE.pattern + "|" + _RJIEBA_ONLY.pattern)


def rjieba_may_differ(text: str) -> bool:
    """True when jieba-rs might cut ``text`` differently from jieba.

    The one difference found (bakeoff and fuzzing, see ``tests/test_tokenize.py``):
    ASCII letters/digits joined by ``. + # & _ % -`` where one of the joiners is
    ``.``, ``_`` or ``-`` (``www.people.com.cn``, ``9_2``, ``a-b``, not
    ``1+1+1+4`` or ``C#``), except a plain decimal such as ``3.5``; and any character
    jieba-rs counts as a word character but jieba does not (CJK extension A,
    U+9FD6-U+9FFF, compatibility ideographs, beyond the BMP: ``豈-`` is one
    token for jieba-rs, two for jieba).
    """
    hit = _EITHER.search(text)  # one scan for the common case: neither
    if hit is None:
        return False
    if _RJIEBA_ONLY.search(text, hit.start()) is not None:
        return True
    return any(_DIFFERING_JOINER.search(m.group()) and not _DECIMAL.fullmatch(m.group())
               for m in _JOINED_ASCII.finditer(text))


def _base_jieba():
    """A fresh jieba.Tokenizer with the base dictionary (own instance, never the global).

    The dictionary is read once per process and copied (:mod:`zhframe.tokenize.backends`).
    """

    return base_tokenizer()


# jieba.finalseg's split of a non-Chinese run (its re_skip), and jieba's Chinese characters
_RE_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_HAN_OR_NOT = re.compile("[\u4E00-\u9FD5]+|[^\u4E00-\u9FD5]+")
_MAX_BLOCK = 200


def _jieba_block(block: str, seg) -> list[str] | None:
    """jieba's cut (HMM on) of one block where jieba-rs may differ, computed with jieba-rs,
    or None when the shortcut does not apply (then jieba itself cuts it).

    Why it is exact: when no dictionary word of two or more characters in ``block``
    contains a non-Chinese character (checked with ``seg.has_word``), no edge of
    jieba's word graph crosses a boundary between a Chinese run and an ASCII run,
    so its best route is the best routes of the runs laid end to end, and every
    ASCII character is a one-character step. jieba gathers consecutive
    one-character steps and hands them to ``finalseg.cut``, which cuts Chinese runs
    with the HMM and the rest with ``re_skip``: the same as cutting each Chinese
    run alone (with jieba-rs, which agrees with jieba on Chinese text) and each
    ASCII run with ``re_skip``, unless the one-character steps at a Chinese run's
    edge spell a dictionary word (jieba then emits them one by one when alone but
    not when gathered with the ASCII run): checked on the single-character tokens at
    each edge. The tests compare the result with jieba's on random strings and
    on the bakeoff sets.
    """
    n = len(block)
    if n > _MAX_BLOCK:
        return None
    han = [("\u4e00" <= c <= "\u9fd5") for c in block]
    nxt, at = [n] * (n + 1), n  # nxt[i]: first non-Chinese position >= i
    for i in range(n - 1, -1, -1):
        if not han[i]:
            at = i
        nxt[i] = at
    for i in range(n):
        for j in range(max(i + 2, nxt[i] + 1), n + 1):
            if seg.has_word(block[i:j]):
                return None
    out: list[str] = []
    for run in _HAN_OR_NOT.finditer(block):
        r = run.group()
        if not han[run.start()]:
            out += [x for x in _RE_SKIP.split(r) if x]
            continue
        toks = seg.cut(r, True)
        if run.end() < n and _edge_word(toks[::-1], seg, reverse=True):
            return None
        if run.start() > 0 and _edge_word(toks, seg, reverse=False):
            return None
        out += toks
    return out


def _edge_word(toks: list[str], seg, reverse: bool) -> bool:
    """Whether the one-character tokens at the start of ``toks`` (its end if ``reverse``,
    ``toks`` then given reversed) hold a dictionary word of 2+ characters at that edge."""
    singles = []
    for t in toks:
        if len(t) != 1:
            break
        singles.append(t)
    text = "".join(reversed(singles)) if reverse else "".join(singles)
    if reverse:
        return any(seg.has_word(text[i:]) for i in range(len(text) - 1))
    return any(seg.has_word(text[:j]) for j in range(2, len(text) + 1))
