"""Where a line's lead or closing mark ends: a wire dateline (``中新网成都4月13日电 (记者 …)``)
or a 讯 formula (``本报讯（记者 …）``) run on into the text, a wire story's ``(完)`` after it.

Splitting them off lets the lead go to the metadata and the text to the body, as a
reader sees them, instead of deciding the whole line one way."""

import re

from zhframe.corpus.furniture import _END_MARK

_LEAD_PUNCT = re.compile(r"[，。；：、,.;:]")
# Leads: a wire dateline (…X月X日电 (记者 …)) or a 讯 formula (本报讯（记者 …）) at a line's start.
_BRACKETED = r"(?:\s*[（(][^（()）\n]{1,60}[）)])?"
_WIRE_DATELINE = re.compile(rf"^[^，。；！？\s]{{2,24}}?\d{{1,2}}月\d{{1,2}}日电{_BRACKETED}")
_XUN = re.compile(rf"^[^，。；！？\s]{{0,12}}(?<!通)讯(?!员){_BRACKETED}(?!\s*[｜|丨:：])")  # 快讯｜… is a column tag
_HAN = re.compile(r"[\u4e00-\u9fff]")


def split_lead(line: str) -> int | None:
    """Where a dateline or 讯 formula at the start of ``line`` ends, if the line runs on
    into text after it (``中新网成都4月13日电 (记者 …)13日上午，…`` gives the offset of
    ``13日上午``); None when there is none or nothing follows it. Offsets are into ``line``."""
    for pattern in (_WIRE_DATELINE, _XUN):
        m = pattern.match(line)
        if m:
            end = m.end()
            rest = line[end:].strip()
            # the lead's own text, not an account's name before its post time (黄水微讯 2024-06-19 07:39)
            if len(rest) >= 8 and not _LEAD_PUNCT.match(rest) and len(_HAN.findall(rest)) >= 4:
                return end + (len(line[end:]) - len(line[end:].lstrip()))
    return None


def split_end_mark(line: str) -> int | None:
    """Where a closing ``(完)`` begins at the end of ``line`` after text, else None."""
    if not line.endswith((")", "）")):
        return None
    m = _END_MARK.search(line[-12:])
    if m:
        m = _END_MARK.search(line, len(line) - 12)
    if m and m.start() > 0 and line[:m.start()].strip():
        return m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    return None
