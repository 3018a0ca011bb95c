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
quotation or title marks is ignored there. The speaker types are ``official``, ``expert``,
``citizen``, ``student`` and ``unattributed``.
"""

from __future__ import annotations

import re

import pandas as pd

from zhframe.rhetoric import lexicon
from zhframe.rhetoric.quotes import find_quotes

SPEAKER_TYPES = ("official", "expert", "citizen", "student", "unattributed")
COLUMNS = ["quote", "start", "end", "speaker_type", "cue", "verb", "attribution", "evidence"]
_SENT_END = re.compile(r"[。！？!?\n]")


def _blank_quotes(s: str) -> str:
    return re.sub(r"[“‘《\"][^”’》\"]*[”’》\"]", lambda m: " " * len(m.group()), s)


def speaker_of(attribution: str) -> tuple[str, str]:
    """``(speaker_type, cue)`` from an attribution phrase: the last speaker cue in it wins."""
    cues = lexicon.matcher("rhetoric_speakers.csv", "cue", "speaker_type")
    hits = list(cues.finditer(_blank_quotes(attribution)))
    if not hits:
        return "unattributed", ""
    _, _, cue, kind = hits[-1]
    return kind, cue


def find_voices(text: str) -> pd.DataFrame:
    """Every direct quotation (reported speech, outermost) of ``text`` with its speaker type.

    Returns a DataFrame with columns :data:`COLUMNS`: ``attribution`` is how it was
    attributed (``before``, ``verb``, ``context`` or ``none``), ``evidence`` the text the
    speaker type was read from, ``verb`` the speech verb ("" if none).
    """
    verbs = lexicon.alternation(lexicon.read_list("rhetoric_speech_verbs.txt"))
    rows = []
    for q in find_quotes(text):
        if q.cls != "speech" or q.depth:
            continue
        before = text[max(0, q.start - 60):q.start]
        clause = re.split(r"[。！？!?；;\n]", before)[-1]
        m_before = re.search(rf"({verbs})[：:，,]?$", clause)
        after = text[q.end:q.end + 120]
        stop = _SENT_END.search(after)
        sentence = after[:stop.start()] if stop else after
        m_after = re.search(verbs, _blank_quotes(sentence))
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
        rows.append((q.text, q.start, q.end, kind, cue, verb, how, evidence))
    return pd.DataFrame(rows, columns=COLUMNS)
