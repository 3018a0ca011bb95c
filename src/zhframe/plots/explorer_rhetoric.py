"""Rhetoric hits and rates for the term explorer's second view.

:func:`rhetoric_hits` lists, paragraph by paragraph, every hit that the count
columns of :func:`zhframe.rhetoric.features.paragraph_features` count, with
the evidence a reader needs to check it: the quote and its class, the number
and what it counts, the formula and its items, the quotation and its speaker
class, the stance or theme word. It calls only the public finders of
:mod:`zhframe.rhetoric`; when a finder's table lacks a column this code reads
(the rhetoric modules evolve), the evidence says ``?`` and the column is named
in the returned notes instead of failing or guessing.
"""

from __future__ import annotations

import pandas as pd

from zhframe.plots.explorer_data import WINDOW

HIT_COLUMNS = ["feature", "group", "doc_id", "para", "text", "start", "end", "evidence", "left",
               "right"]


def _get(df: pd.DataFrame, row, col: str, missing: set, where: str):
    if col in df.columns:
        return row[col]
    missing.add(f"{where}.{col}")
    return "?"


def paragraph_hits(text: str, names=()) -> tuple[list[tuple], set]:
    """``(feature, hit text, start, end, evidence)`` of every rhetoric hit in one paragraph."""
    from zhframe.rhetoric import frames
    from zhframe.rhetoric.enumerations import find_enumerations
    from zhframe.rhetoric.numbers import find_numbers
    from zhframe.rhetoric.quotes import find_quotes, slogan_mentions
    from zhframe.rhetoric.stance import stance_hits
    from zhframe.rhetoric.voices import find_voices

    out, missing = [], set()
    for q in find_quotes(text):
        if q.depth == 0:
            out.append((f"quote_{q.cls}", q.text, q.start, q.end,
                        f"{q.cls}" + (f" = {q.canonical}" if q.canonical else "")))
    sm = slogan_mentions(text)
    for _, r in sm.iterrows():
        out.append(("slogan_mentions", _get(sm, r, "matched", missing, "slogan_mentions"),
                    r.get("start", -1), r.get("end", -1),
                    f"{_get(sm, r, 'kind', missing, 'slogan_mentions')}: "
                    f"{_get(sm, r, 'expression', missing, 'slogan_mentions')}"))
    nums = find_numbers(text)
    for _, r in nums.iterrows():
        kind = _get(nums, r, "kind", missing, "find_numbers")
        what = (f"value {_get(nums, r, 'value', missing, 'find_numbers')}"
                f" {_get(nums, r, 'unit', missing, 'find_numbers')}; counts: "
                f"{_get(nums, r, 'counted', missing, 'find_numbers') or '?'}")
        feats = {"claim": ["claims"], "date": ["dates"], "ordinal": ["ordinals"]}.get(kind, [])
        approx = _get(nums, r, "approximate", missing, "find_numbers")
        if kind == "claim" and approx != "?" and bool(approx):
            feats = feats + ["claims_approximate"]
            what += f"; approximate ({_get(nums, r, 'marker', missing, 'find_numbers')})"
        for f in feats:
            out.append((f, r["text"], r["start"], r["end"], what))
    enums = find_enumerations(text)
    names_ = {"formula": "formulas", "counted_list": "counted_lists",
              "ordinal_series": "ordinal_series"}
    for _, r in enums.iterrows():
        items = _get(enums, r, "items", missing, "find_enumerations")
        items = "、".join(items) if isinstance(items, (list, tuple)) else str(items)
        out.append((names_.get(r["kind"], r["kind"]), r["expression"], r["start"], r["end"],
                    f"announces {_get(enums, r, 'n', missing, 'find_enumerations')}; "
                    f"items: {items or 'none found'}"))
    voices = find_voices(text)
    for _, r in voices.iterrows():
        st = _get(voices, r, "speaker_type", missing, "find_voices")
        out.append((f"voice_{st}", r["quote"], r["start"], r["end"],
                    f"{st} (cue {_get(voices, r, 'cue', missing, 'find_voices') or 'none'}): "
                    f"{_get(voices, r, 'evidence', missing, 'find_voices')}"))
    for s, e, term, cat in stance_hits(text, names):
        out.append((cat, term, s, e, cat))
    for s, e, term, theme in frames.theme_hits(text):
        if theme != "shield":
            out.append((f"theme_{theme}", term, s, e, theme))
    return out, missing


def rhetoric_hits(paragraphs: pd.DataFrame, by: str) -> tuple[pd.DataFrame, list[str]]:
    """Every rhetoric hit of the body paragraphs: :data:`HIT_COLUMNS` and notes.

    ``left``/``right`` are :data:`~zhframe.plots.explorer_data.WINDOW` characters of
    context from the paragraph.

    District names for the stance family come from a ``district`` column when
    there is one (as :func:`~zhframe.rhetoric.features.paragraph_features` does).
    """
    from zhframe.rhetoric.stance import district_names

    rows, missing = [], set()
    has_district = "district" in paragraphs
    for _, p in paragraphs.iterrows():
        names = district_names(str(p["district"])) if has_district else ()
        t = str(p["text"])
        hits, miss = paragraph_hits(t, names)
        missing |= miss
        for feat, text, s, e, ev in hits:
            s, e = int(s), int(e)
            rows.append((feat, str(p[by]), p["doc_id"], p["para"], str(text), s, e, str(ev),
                         t[max(0, s - WINDOW):s] if s >= 0 else "", t[e:e + WINDOW] if e >= 0 else ""))
    df = pd.DataFrame(rows, columns=HIT_COLUMNS)
    notes = [f"rhetoric evidence lacks {m} (shown as ?)" for m in sorted(missing)]
    return df.sort_values(["feature", "group", "doc_id", "para", "start"],
                          kind="stable").reset_index(drop=True), notes


def rhetoric_rates(paragraphs: pd.DataFrame, by: str, n_boot: int = 1000,
                   random_state: int = 0) -> pd.DataFrame:
    """Each feature's rate per 1,000 characters by group with its paragraph-bootstrap interval.

    :func:`zhframe.rhetoric.features.group_rates` over every column of
    :func:`~zhframe.rhetoric.features.feature_families`, plus ``family``.
    """
    from zhframe.rhetoric import features as F

    par = F.paragraph_features(paragraphs)
    fams = F.feature_families()
    cols = [c for cs in fams.values() for c in cs if c in par]
    rates = F.group_rates(par, by, cols, n_boot=n_boot, random_state=random_state)
    family = {c: f for f, cs in fams.items() for c in cs}
    rates["family"] = rates["feature"].map(family)
    order = {c: i for i, c in enumerate(cols)}
    return rates.sort_values(["feature", "group"], key=lambda s: s.map(order) if s.name == "feature"
                             else s, kind="stable").reset_index(drop=True)
