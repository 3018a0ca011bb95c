"""Word and part-of-speech evidence (jieba's dictionary) for the rejoin and fragment decisions.

Only lines whose break needs it ask for evidence (an unfinished line, a short
line that may be a caption, the first word of a paragraph), and the tagger is
cleanup's own jieba-rs instance (:mod:`zhframe.cleanup.segment`: the same dictionary
and the same best-path segmentation, compiled), with jieba's tag for ASCII runs
(``eng``), on every text: jieba's own POS tagger, which took 2 s to load for any
line with an ASCII join (``2021-03-12``, ``COVID-19``), is no longer used;
``tests/test_cleanup_evidence.py`` checks the two agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhframe.cleanup.lines import _SENTENCE_CLAUSE
from zhframe.corpus.normalize import is_han
from zhframe.cleanup.segment import tag


def _pos_jieba(text: str) -> list[tuple[str, str]]:
    """jieba's own tagger (``jieba.posseg``, private dictionary, no HMM): the reference the
    tests compare :func:`_pos` with; never called by the cleanup itself (2 s to load)."""
    global _JIEBA
    if _JIEBA is None:
        import jieba
        import jieba.posseg

        _JIEBA = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    return [(p.word, p.flag) for p in _JIEBA.cut(text, HMM=False)]


_JIEBA = None


@lru_cache(maxsize=1 << 15)
def _pos(text: str) -> tuple[tuple[str, str], ...]:
    """``(word, tag)`` pairs of jieba's dictionary segmentation of ``text`` (no HMM), from
    cleanup's own jieba-rs instance (:mod:`zhframe.cleanup.segment`); memoised per window
    (a tuple, so no caller can change the cached answer)."""
    return tuple(tag(text))


def _word_across(a: str, b: str, window: int = 4) -> str | None:
    """A dictionary word that jieba's best segmentation puts over the break between a and b."""
    left, right = a[-window:], b[:window]
    if not left or not right or not is_han(left[-1]) or not is_han(right[0]):
        return None
    pos = 0
    for word, _ in _pos(left + right):
        if pos < len(left) < pos + len(word):
            return word
        pos += len(word)
    return None


_TITLES_AND_QUOTES = re.compile(r"《[^》]*》|“[^”]*”")


def _is_nounish(flag: str) -> bool:
    return flag[:1] == "n" or flag in ("vn", "an", "j", "l", "i")


def _ends_in_noun_or_verb(a: str) -> bool:
    if a[-1:].isascii() and a[-1:].isalnum():
        # an ASCII run ends the line (2021-03-12, COVID-19, 5G): jieba tags it ``eng``,
        # which counts here; decided by the character class, no dictionary loaded
        return True
    tokens = _pos(a[-8:])
    return bool(tokens) and (tokens[-1][1][:1] in ("n", "v") or tokens[-1][1] == "eng")


def _opens_with_bare_noun_phrase(b: str) -> bool:
    """Does b open with a verbless noun phrase (maybe a list, A、B、C等地) followed by a
    clause that starts with a verb, i.e. a phrase that is no subject of its own?"""
    s = _TITLES_AND_QUOTES.sub("", b)  # titles and quotations: their verbs are not b's
    clauses = _SENTENCE_CLAUSE.split(s)
    if len(clauses) < 2 or not clauses[0] or not clauses[1]:
        return False
    head = _pos(clauses[0])
    if any(f[:1] == "v" for _, f in head) or not any(f[:1] == "n" for _, f in head):
        return False
    return _pos(clauses[1])[0][1][:1] == "v"


#: The one-character words jieba's dictionary tags as localiser (f), modal particle (y),
#: interjection (e) or auxiliary (u*): the only first words that mark a paragraph as
#: starting mid-sentence, so the tagger runs only for paragraphs opening with one of them
#: (``tests/test_cleanup_evidence.py`` checks the list against jieba's ``dict.txt``).
MID_SENTENCE_FIRST_CHARS = frozenset(
    "上下中么之了兮初前右后吗吧呀呃呐呔呗呢呦呵呸咦哇哉哎哩唔啦啵喔嗄嗨嗬嗯嗳嘘嘛嘞嘿噢噫嚯地外底得旁末欤欹"
    "沿猗的着等般西诶过里间")


def _starts_mid_sentence(norm: str) -> bool:
    if not norm:
        return False
    if norm[0] in "，、。；：？！）》」』”’…":
        return True
    if norm[0] not in MID_SENTENCE_FIRST_CHARS:
        return False
    tokens = _pos(norm[:6])
    word, flag = tokens[0]
    return len(word) == 1 and (flag in ("f", "y", "e") or flag.startswith("u"))
