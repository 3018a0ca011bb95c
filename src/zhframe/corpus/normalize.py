"""Typography normalisation of Chinese text (digits, punctuation, spaces, ellipses)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F
            or 0xF900 <= cp <= 0xFAFF)


def _is_zh(ch: str) -> bool:
    """Han character or Chinese (full-width) punctuation."""
    if not ch:
        return False
    cp = ord(ch)
    return (is_han(ch) or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF
            or ch in "“”‘’…—·")


_HALF_TO_FULL = {",": "，", ";": "；", "!": "！", "?": "？", ":": "：", "(": "（", ")": "）"}
_ELLIPSIS = re.compile(r"[…⋯]+|\.{3,}|。{3,}|·{3,}")
_SPACE_RUN = re.compile(r"\s+")


_FULL_TO_HALF = {cp: cp - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
                 for cp in range(r[0], r[1] + 1)}
_HALF_PUNCT = re.compile(r"[,;!?:()]")


def _fullwidth_alnum_to_half(text: str) -> str:
    return text.translate(_FULL_TO_HALF)


def _neighbours(text: str, i: int, j: int) -> tuple[str, str]:
    """Nearest non-space characters before index ``i`` and from index ``j``."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    m = j
    while m < len(text) and text[m].isspace():
        m += 1
    return (text[k] if k >= 0 else ""), (text[m] if m < len(text) else "")


class _QuoteDepth:
    """Depth of quotation/title marks before an index of a text, for indices asked in
    increasing order: one pass over the text in all (linear, so a one-line megabyte
    article costs what its length says, not its square)."""

    def __init__(self, text: str):
        self.text, self.pos, self.depth = text, 0, 0

    def at(self, i: int) -> int:
        text, depth = self.text, self.depth
        for ch in text[self.pos:i]:
            if ch in "“「『《":
                depth += 1
            elif ch in "”」』》" and depth > 0:
                depth -= 1
        self.pos, self.depth = max(self.pos, i), depth
        return depth


#: Invisible characters that carry no text: zero-width space, non-joiner and joiner, word
#: joiner and the other invisible operators, a byte-order mark inside the text, soft hyphen,
#: direction marks and embeddings, the combining grapheme joiner, variation selectors.
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10)))


def _invisible_at(text: str, i: int, base: str) -> bool:
    """Is ``text[i]`` invisible: in :data:`INVISIBLE`, or a combining mark with nothing it can
    combine with (``base``, the last kept character, is absent, a space, Han or Chinese
    punctuation: a mark there renders as a lone dotted circle or nothing at all)."""
    ch = text[i]
    if ch in INVISIBLE:
        return True
    if ch.isascii() or unicodedata.category(ch) not in ("Mn", "Me"):
        return False
    return not base or base.isspace() or _is_zh(base)


def _mark_class() -> str:
    from zhframe.corpus._marks import MARK_RANGES

    parts = []
    for item in MARK_RANGES.split(","):
        a, _, b = item.partition("-")
        parts.append(re.escape(chr(int(a, 16))) + ("-" + re.escape(chr(int(b, 16))) if b else ""))
    return "".join(parts)


# Characters that are neither invisible nor combining marks: most Chinese text is only these.
_PLAIN = re.compile("[\x00-\xac\xae-\u02ff\u2010-\u2027\u2030-\u205e\u3000-\u303f\u4e00-\u9fff"
                    "\uff00-\uff9f\uffa1-\uffef]*")
#: Every invisible character and combining mark: a text with none is returned as it is.
_SUSPECT = re.compile("[" + _mark_class() + "".join(re.escape(c) for c in sorted(INVISIBLE)) + "]")


def remove_invisible(text: str) -> str:
    """``text`` without its invisible characters (:data:`INVISIBLE` and lone combining marks).

    Zero-width characters split words for a tokenizer (党史 + ZWJ + 学习 gives 党史 / 学习)
    and become tokens of their own; a byte-order mark inside a text (files concatenated) or
    a combining mark after a Han character is noise of the same kind. Pure function, usable
    by any stage (the tokenizer can call it on raw text). Marks that combine with a letter
    (``e`` + U+0301) are kept. Offsets change: :func:`zhframe.cleanup.clean_article` keeps
    the spans of the original text. Linear in the text's length.
    """
    if text.isascii():
        return text
    if _PLAIN.fullmatch(text):
        return text
    suspect = _SUSPECT
    if not suspect.search(text):
        return text
    out, last, base = [], 0, ""
    for m in suspect.finditer(text):
        i = m.start()
        if i > last:
            out.append(text[last:i])
            base = text[i - 1]
        if _invisible_at(text, i, base):
            last = i + 1
            continue
        out.append(text[i])
        base, last = text[i], i + 1
    out.append(text[last:])
    return "".join(out)


def is_invisible_only(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace and invisible characters."""
    return not remove_invisible(text).strip()


def normalize(text: str, phrases: bool = False) -> str:
    """Normalise the typography of a Chinese text so that districts compare on words, not fonts.

    - invisible characters are removed (:func:`remove_invisible`: zero-width space and
      joiners, word joiner, an inner byte-order mark, lone combining marks);
    - full-width digits and Latin letters become half-width (``２０２１`` -> ``2021``);
    - ellipses are unified to ``……`` (``…``, ``⋯⋯``, ``...``, ``。。。``);
    - half-width ``, ; ! ? : ( )`` next to a Chinese character become full-width
      (``，；！？：（）``), except ``,`` and ``:`` between two digits (``1,000``, ``9:30``);
    - whitespace between Chinese characters is removed (stray spaces from the
      page), except inside quotation or title marks, where it separates
      parallel slogan phrases (``“学习新思想 共赞100年”``) and becomes one space;
      other whitespace runs become one space.

    With ``phrases=True`` (titles, decks, headings, bylines) every whitespace run
    becomes one space: there the spaces separate parallel phrases
    (``树标杆 做表率``) and are part of the rhetoric.

    Parameters
    ----------
    text : str
    phrases : bool

    Returns
    -------
    str
        The normalised text, stripped. Offsets change; keep the original's
        offsets through :func:`clean_article`'s spans.
    """
    s = _typography(text)
    if phrases:
        return _SPACE_RUN.sub(" ", s)
    return _spaces(s)


@lru_cache(maxsize=1 << 15)
def normalize_both(text: str) -> tuple[str, str]:
    """``(normalize(text), normalize(text, phrases=True))``, sharing the common work; pure,
    so memoised per distinct line (the cleanup normalises every line of every file)."""
    s = _typography(text)
    if not _SPACE_RUN.search(s):
        return s, s
    return _spaces(s), _SPACE_RUN.sub(" ", s)


_FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
# What _is_zh accepts, as a character class; a half-width mark with such a character right
# before or after it (a digit between digits is never one: no exception needed here).
_ZH_CLASS = "\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003134f\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—·"
_HALF_NEXT_TO_ZH = re.compile(f"(?<=[{_ZH_CLASS}])[,;!?:()]|[,;!?:()](?=[{_ZH_CLASS}])")
_HALF_PUNCT_SPACED = re.compile(r"\s[,;!?:()]|[,;!?:()]\s")
_ELLIPSIS_HINT = re.compile(r"[…⋯]|\.\.\.|。。。|···")
# Anything the three steps below would change: most lines of Chinese text have none of it.
_ANY_WORK = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a…⋯,;!?:()]|\\.\\.\\.|。。。|···")


def _typography(text: str) -> str:
    """Everything :func:`normalize` does except the treatment of whitespace runs (stripped)."""
    s = remove_invisible(text).replace("\u3000", " ")
    if not _ANY_WORK.search(s):
        return s.strip()
    if _FULLWIDTH_ALNUM.search(s):
        s = _fullwidth_alnum_to_half(s)
    if _ELLIPSIS_HINT.search(s):
        s = _ELLIPSIS.sub("……", s)
    if _HALF_PUNCT.search(s) and not _HALF_PUNCT_SPACED.search(s):
        # no space beside any of them (the usual case): the neighbours are the characters
        # next to each, and one regex substitution does what the loop below does
        s = _HALF_NEXT_TO_ZH.sub(lambda m: _HALF_TO_FULL[m.group()], s)
    elif _HALF_PUNCT.search(s):
        chars = list(s)
        for m in _HALF_PUNCT.finditer(s):
            i, ch = m.start(), m.group()
            prev, nxt = _neighbours(s, i, i + 1)
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            if _is_zh(prev) or _is_zh(nxt):
                chars[i] = _HALF_TO_FULL[ch]
        s = "".join(chars)
    return s.strip()


def _spaces(s: str) -> str:
    """Whitespace runs of a typographically normalised text: removed between Chinese
    characters, kept as one space inside quotation marks and between other characters."""
    out, last, depths = [], 0, _QuoteDepth(s)
    for m in _SPACE_RUN.finditer(s):
        out.append(s[last:m.start()])
        prev, nxt = _neighbours(s, m.start(), m.end())
        zh_prev, zh_next = _is_zh(prev), _is_zh(nxt)
        glued = (zh_prev and (zh_next or nxt.isdigit())) or (zh_next and prev.isdigit())
        if not glued:
            out.append(" ")
        elif (is_han(prev) or prev.isalnum()) and (is_han(nxt) or nxt.isalnum()):
            if depths.at(m.start()) > 0:
                out.append(" ")
        last = m.end()
    out.append(s[last:])
    return "".join(out)
