"""Typography normalisation of Chinese text (digits, punctuation, spaces, ellipses)."""

from __future__ import annotations

import re

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


def _quote_depth(text: str, i: int) -> int:
    depth = 0
    for ch in text[:i]:
        if ch in "“「『《":
            depth += 1
        elif ch in "”」』》" and depth > 0:
            depth -= 1
    return depth


def normalize(text: str, phrases: bool = False) -> str:
    """Normalise the typography of a Chinese text so that districts compare on words, not fonts.

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
    s = _fullwidth_alnum_to_half(text.replace("\u3000", " "))
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
    out, last = [], 0
    for m in _SPACE_RUN.finditer(s):
        out.append(s[last:m.start()])
        prev, nxt = _neighbours(s, m.start(), m.end())
        zh_prev, zh_next = _is_zh(prev), _is_zh(nxt)
        glued = (zh_prev and (zh_next or nxt.isdigit())) or (zh_next and prev.isdigit())
        if not glued or (_is_han(prev) or prev.isalnum()) and (_is_han(nxt) or nxt.isalnum()) \
                and _quote_depth(s, m.start()) > 0:
            out.append(" ")
        last = m.end()
    out.append(s[last:])
    return "".join(out)
