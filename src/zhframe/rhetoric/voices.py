"""Voices: whose words a report quotes directly.

For every quotation classified as reported speech (:mod:`~zhframe.rhetoric.quotes`),
the attribution is read from the quotation's neighbourhood, in this order:

1. ``before``: 某某说：“……” (a speech verb right before the opening mark); the
   attribution is the clause before the quotation;
2. ``verb``: “……”某某表示 (a speech verb, ``rhetoric_speech_verbs.txt``, in the sentence
   after the quotation); the attribution is the text before that verb;
3. ``context``: no speech verb, but the sentence after the quotation names who is
   there (“路灯……”近日，……肖国庚等村民……): the attribution is that sentence;
4. none: ``unattributed``.

In the attribution, speaker cues (``rhetoric_speakers.csv``) are matched longest-first and
the *last* one wins, because a Chinese title stands right before the name it qualifies
(北碚区退休干部、党史专家王洪 -> expert; 西南大学学生丁甜甜 -> student). Text inside
quotation or title marks is ignored there. The speaker classes are those a Party-media
researcher distinguishes (:data:`SPEAKER_TYPES`): ``central`` (central leaders by name or
title, or a central speech/document as the source: 习近平总书记强调, 这既是最新号令),
``local_official``, ``expert``, ``grassroots_cadre``, ``beneficiary``, ``citizen``,
``student`` and ``unattributed``; ``evidence`` keeps the text the class was read from.

:func:`article_voices` works on a whole article: a speaker named by name only (吴国强说)
takes the title the article gave that name earlier (村党支部书记吴国强).
Measured on hand gold (``tests/data/rhetoric/voices.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from zhframe.rhetoric import lexicon
from zhframe.rhetoric.quotes import find_quotes
from zhframe.rhetoric.registry import Device

SPEAKER_TYPES = ("central", "local_official", "expert", "grassroots_cadre", "beneficiary",
                 "citizen", "student", "unattributed")
_TRAD = str.maketrans("學說來廣讀課東區縣書記長員際國農戶師專導們這個與為語",
                      "学说来广读课东区县书记长员际国农户师专导们这个与为语")
COLUMNS = ["quote", "start", "end", "speaker_type", "cue", "verb", "attribution", "evidence"]
_SENT_END = re.compile(r"[。！？!?\n]")


_QUOTED = re.compile(r"[“‘《\"][^”’》\"]*[”’》\"]")


def _blank_quotes(s: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group()), s)


def speaker_of(attribution: str) -> tuple[str, str]:
    """``(speaker_type, cue)`` from an attribution phrase: the last speaker cue in it wins."""
    cues = lexicon.matcher("rhetoric_speakers.csv", "cue", "speaker_type")
    hits = list(cues.finditer(_blank_quotes(attribution.translate(_TRAD))))
    if not hits:
        return "unattributed", ""
    _, _, cue, kind = hits[-1]
    return kind, cue


def find_voices(text: str, quotes=None) -> pd.DataFrame:
    """Every direct quotation (reported speech, outermost) of ``text`` with its speaker type.

    Returns a DataFrame with columns :data:`COLUMNS`: ``attribution`` is how it was
    attributed (``before``, ``verb``, ``context`` or ``none``), ``evidence`` the text the
    speaker type was read from, ``verb`` the speech verb ("" if none). ``quotes``
    (:func:`~zhframe.rhetoric.quotes.find_quotes` of ``text``) saves classifying them again.
    """
    return pd.DataFrame(voice_rows(text, quotes), columns=COLUMNS)


@lru_cache(maxsize=None)
def _verb_res() -> tuple[re.Pattern, re.Pattern]:
    verbs = lexicon.alternation(lexicon.read_list("rhetoric_speech_verbs.txt"))
    return re.compile(rf"({verbs})[：:，,]?$"), re.compile(verbs)


_CLAUSE_BREAK = re.compile(r"[。！？!?；;\n]")


def voice_rows(text: str, quotes=None) -> list[tuple]:
    """:func:`find_voices` as a list of tuples in :data:`COLUMNS` order, for callers that count."""
    before_re, verb_re = _verb_res()
    rows = []
    original, text = text, text.translate(_TRAD)
    if quotes is None or text != original:     # quotes of the text as read (simplified)
        quotes = find_quotes(text)
    for q in quotes:
        if q.cls != "speech" or q.depth:
            continue
        before = text[max(0, q.start - 60):q.start]
        clause = _CLAUSE_BREAK.split(before)[-1]
        m_before = before_re.search(clause)
        after = text[q.end:q.end + 120]
        stop = _SENT_END.search(after)
        sentence = after[:stop.start()] if stop else after
        m_after = verb_re.search(_blank_quotes(sentence))
        if m_before:
            how, verb, evidence = "before", m_before.group(1), clause[:m_before.start()]
        elif m_after:
            how, verb, evidence = "verb", m_after.group(), sentence[:m_after.start()]
        elif sentence.strip("，,。 "):
            how, verb, evidence = "context", "", sentence
        else:
            how, verb, evidence = "none", "", ""
        kind, cue = speaker_of(evidence)
        if kind == "unattributed" and how == "context":
            how = "none"
        rows.append((original[q.start + 1:q.end - 1], q.start, q.end, kind, cue, verb, how,
                     evidence))
    return rows


def article_voices(blocks, kinds=("body",)) -> pd.DataFrame:
    """Voices of one article (cleanup blocks with ``kind`` and ``text``, or a str).

    As :func:`find_voices` on each block of ``kinds``, plus: a speaker named without a
    title (“……”吴国强说) takes the class of the title written before that name earlier in
    the article (村党支部书记吴国强), the evidence then being that earlier mention.
    Adds a ``block`` column.
    """
    if isinstance(blocks, str):
        blocks = pd.DataFrame({"kind": ["body"], "text": [blocks], "block": [0]})
    sel = blocks[blocks["kind"].isin(kinds)]
    if "block" not in sel:
        sel = sel.assign(block=range(len(sel)))
    full = "\n".join(blocks["text"])
    rows = []  # tuples, one table at the end: a frame per paragraph costs more than the reading
    for b, t in zip(sel["block"], sel["text"]):
        for r in voice_rows(t):
            r = list(r)
            kind, how, ev = r[3], r[6], r[7]
            name = re.sub(r"(?:在|对|向|接受|笑着|感慨|激动).*$", "", ev.strip(" ，,。"))
            if kind == "unattributed" and how in ("verb", "before") and 2 <= len(name) <= 4:
                pos = full.find(name)
                if pos > 0:
                    earlier = full[max(0, pos - 16):pos]
                    k2, cue = speaker_of(re.split(r"[，。；！？,;\n]", earlier)[-1])
                    if k2 != "unattributed":
                        r[3], r[4], r[7] = k2, cue, earlier + name
            rows.append((b, *r))
    return pd.DataFrame(rows, columns=["block"] + COLUMNS)


def paragraph_counts(p) -> dict[str, int]:
    """Direct quotations of each speaker class in a :class:`~zhframe.rhetoric.registry.Paragraph`
    (each quotation in exactly one class)."""
    out = {f"voice_{t}": 0 for t in SPEAKER_TYPES}
    for r in voice_rows(p.text, p.quotes):
        out[f"voice_{r[3]}"] += 1
    return out


DEVICE = Device(
    "voices", tuple(f"voice_{t}" for t in SPEAKER_TYPES),
    labels={"voice_central": "中央 central", "voice_local_official": "地方官员 local official",
            "voice_grassroots_cadre": "基层干部 grassroots cadre",
            "voice_beneficiary": "受益者 beneficiary", "voice_expert": "专家 expert",
            "voice_citizen": "群众 citizen", "voice_student": "学生 student",
            "voice_unattributed": "无出处 unattributed"},
    paragraph=paragraph_counts)
