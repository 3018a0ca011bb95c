"""Typography normalisation of Chinese text (digits, punctuation, spaces, ellipses)."""

from __future__ import annotations

import re
import unicodedata

def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F
            or 0xF900 <= cp <= 0xFAFF)


def _is_zh(ch: str) -> bool:
    """Han character or Chinese (full-width) punctuation."""
    if not ch:
        return False
    cp = ord(ch)
    return (_is_han(ch) or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF
            or ch in "“”‘’…—·")


_HALF_TO_FULL = {",": "，", ";": "；", "!": "！", "?": "？", ":": "：", "(": "（", ")": "）"}
_ELLIPSIS = re.compile(r"[…⋯]+|\.{3,}|。{3,}|·{3,}")
_SPACE_RUN = re.compile(r"\s+")


def _fullwidth_alnum_to_half(text: str) -> str:
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xFF10 <= cp <= 0xFF19 or 0xFF21 <= cp <= 0xFF3A or 0xFF41 <= cp <= 0xFF5A:
            out.append(chr(cp - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _neighbours(text: str, i: int, j: int) -> tuple[str, str]:
    """Nearest non-space characters before index ``i`` and from index ``j``."""
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    m = j
    while m < len(text) and text[m].isspace():
        m += 1
    return (text[k] if k >= 0 else ""), (text[m] if m < len(text) else "")


def _quote_depths(text: str) -> list[int]:
    """Depth of quotation/title marks before each index of ``text`` (one pass: linear, so a
    one-line megabyte article costs what its length says, not its square)."""
    depths, depth = [], 0
    for ch in text:
        depths.append(depth)
        if ch in "“「『《":
            depth += 1
        elif ch in "”」』》" and depth > 0:
            depth -= 1
    return depths


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
    if ch.isascii() or not unicodedata.combining(ch) and unicodedata.category(ch) != "Me":
        return False
    return not base or base.isspace() or _is_zh(base)


def remove_invisible(text: str) -> str:
    """``text`` without its invisible characters (:data:`INVISIBLE` and lone combining marks).

    Zero-width characters split words for a tokenizer (党史 + ZWJ + 学习 gives 党史 / 学习)
    and become tokens of their own; a byte-order mark inside a text (files concatenated) or
    a combining mark after a Han character is noise of the same kind. Pure function, usable
    by any stage (the tokenizer can call it on raw text). Marks that combine with a letter
    (``e`` + U+0301) are kept. Offsets change: :func:`zhframe.cleanup.clean_article` keeps
    the spans of the original text.
    """
    if text.isascii():
        return text
    out, base = [], ""
    for i, ch in enumerate(text):
        if _invisible_at(text, i, base):
            continue
        out.append(ch)
        base = ch
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
    s = _fullwidth_alnum_to_half(remove_invisible(text).replace("\u3000", " "))
    s = _ELLIPSIS.sub("……", s)
    chars = list(s)
    for i, ch in enumerate(chars):
        if ch in _HALF_TO_FULL:
            prev, nxt = _neighbours(s, i, i + 1)
            if ch in ",:" and prev.isdigit() and nxt.isdigit():
                continue
            if _is_zh(prev) or _is_zh(nxt):
                chars[i] = _HALF_TO_FULL[ch]
    s = "".join(chars).strip()
    if phrases:
        return _SPACE_RUN.sub(" ", s)
    out, last, depths = [], 0, None
    for m in _SPACE_RUN.finditer(s):
        out.append(s[last:m.start()])
        prev, nxt = _neighbours(s, m.start(), m.end())
        zh_prev, zh_next = _is_zh(prev), _is_zh(nxt)
        glued = (zh_prev and (zh_next or nxt.isdigit())) or (zh_next and prev.isdigit())
        if not glued:
            out.append(" ")
        elif (_is_han(prev) or prev.isalnum()) and (_is_han(nxt) or nxt.isalnum()):
            if depths is None:
                depths = _quote_depths(s)
            if depths[m.start()] > 0:
                out.append(" ")
        last = m.end()
    out.append(s[last:])
    return "".join(out)
