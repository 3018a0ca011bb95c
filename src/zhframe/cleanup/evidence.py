"""Word and part-of-speech evidence (jieba) for the rejoin and fragment decisions."""

from __future__ import annotations

import re

from zhframe.cleanup.lines import _SENTENCE_CLAUSE
from zhframe.cleanup.normalize import _is_han

_JIEBA = None


def _pos_tokenizer():
    """A private jieba tokenizer (default dictionary, no HMM): deterministic and unaffected
    by user dictionaries other modules load into jieba's global one."""
    global _JIEBA
    if _JIEBA is None:
        from zhframe._jieba import base_tokenizer, pos_tokenizer

        _JIEBA = pos_tokenizer(base_tokenizer())
    return _JIEBA


def _pos(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in _pos_tokenizer().cut(text, HMM=False)]


def _word_across(a: str, b: str, window: int = 4) -> str | None:
    """A dictionary word that jieba's best segmentation puts over the break between a and b."""
    left, right = a[-window:], b[:window]
    if not left or not right or not _is_han(left[-1]) or not _is_han(right[0]):
        return None
    pos = 0
    for word, _ in _pos(left + right):
        if pos < len(left) < pos + len(word):
            return word
        pos += len(word)
    return None


def _is_nounish(flag: str) -> bool:
    return flag[:1] == "n" or flag in ("vn", "an", "j", "l", "i")


def _ends_in_noun_or_verb(a: str) -> bool:
    tokens = _pos(a[-8:])
    return bool(tokens) and (tokens[-1][1][:1] in ("n", "v") or tokens[-1][1] == "eng")


def _opens_with_bare_noun_phrase(b: str) -> bool:
    """Does b open with a verbless noun phrase (maybe a list, A、B、C等地) followed by a
    clause that starts with a verb, i.e. a phrase that is no subject of its own?"""
    s = re.sub(r"《[^》]*》|“[^”]*”", "", b)  # titles and quotations: their verbs are not b's
    clauses = _SENTENCE_CLAUSE.split(s)
    if len(clauses) < 2 or not clauses[0] or not clauses[1]:
        return False
    head = _pos(clauses[0])
    if any(f[:1] == "v" for _, f in head) or not any(f[:1] == "n" for _, f in head):
        return False
    return _pos(clauses[1])[0][1][:1] == "v"


def _starts_mid_sentence(norm: str) -> bool:
    if not norm:
        return False
    if norm[0] in "，、。；：？！）》」』”’…":
        return True
    tokens = _pos(norm[:6])
    word, flag = tokens[0]
    return len(word) == 1 and (flag in ("f", "y", "e") or flag.startswith("u"))
