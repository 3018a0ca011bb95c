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


def paragraph_hits(text: str, names=()) -> tuple[list[tuple], set]:
    """``(feature, hit text, start, end, evidence)`` of every rhetoric hit in one paragraph.

    The finders' row forms (tuples in their ``COLUMNS`` order), with the quotes and slogan
    mentions read once and shared: one table per finder per paragraph would cost more than
    the finding. The second value (columns a finder lacked) stays for callers; the row
    forms always carry every column."""
    from zhframe.rhetoric import frames
    from zhframe.rhetoric.enumerations import enumeration_rows
    from zhframe.rhetoric.numbers import number_rows
    from zhframe.rhetoric.quotes import find_quotes, mention_rows
    from zhframe.rhetoric.stance import stance_hits
    from zhframe.rhetoric.voices import voice_rows

    out = []
    quotes = find_quotes(text)
    for q in quotes:
        if q.depth == 0:
            out.append((f"quote_{q.cls}", q.text, q.start, q.end,
                        f"{q.cls}" + (f" = {q.canonical}" if q.canonical else "")))
    mentions = mention_rows(text, quotes=quotes)
    for expression, kind, start, end, matched, _ in mentions:
        out.append(("slogan_mentions", matched, start, end, f"{kind}: {expression}"))
    numbers = number_rows(text, quotes, mentions)
    for hit, start, end, value, unit, approx, marker, counted, kind, _ in numbers:
        what = f"value {value} {unit}; counts: {counted or '?'}"
        feats = {"claim": ["claims"], "date": ["dates"], "ordinal": ["ordinals"]}.get(kind, [])
        if kind == "claim" and bool(approx):
            feats = feats + ["claims_approximate"]
            what += f"; approximate ({marker})"
        for f in feats:
            out.append((f, hit, start, end, what))
    names_ = {"formula": "formulas", "counted_list": "counted_lists",
              "ordinal_series": "ordinal_series"}
    for kind, expression, n, items, _, _, start, end in enumeration_rows(text, quotes, mentions, numbers):
        items = "、".join(items) if isinstance(items, (list, tuple)) else str(items)
        out.append((names_.get(kind, kind), expression, start, end,
                    f"announces {n}; items: {items or 'none found'}"))
    for quote, start, end, st, cue, _, _, evidence in voice_rows(text, quotes):
        out.append((f"voice_{st}", quote, start, end, f"{st} (cue {cue or 'none'}): {evidence}"))
    for s, e, term, cat in stance_hits(text, names):
        out.append((cat, term, s, e, cat))
    for s, e, term, theme in frames.theme_hits(text):
        if theme != "shield":
            out.append((f"theme_{theme}", term, s, e, theme))
    return out, set()


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
    districts = paragraphs["district"] if has_district else [None] * len(paragraphs)
    for group, doc, para, t, district in zip(paragraphs[by], paragraphs["doc_id"], paragraphs["para"],
                                             paragraphs["text"], districts):
        names = district_names(str(district)) if has_district else ()
        t = str(t)
        hits, miss = paragraph_hits(t, names)
        missing |= miss
        for feat, text, s, e, ev in hits:
            s, e = int(s), int(e)
            rows.append((feat, str(group), doc, para, str(text), s, e, str(ev),
                         t[max(0, s - WINDOW):s] if s >= 0 else "", t[e:e + WINDOW] if e >= 0 else ""))
    df = pd.DataFrame(rows, columns=HIT_COLUMNS)
    notes = [f"rhetoric evidence lacks {m} (shown as ?)" for m in sorted(missing)]
    return df.sort_values(["feature", "group", "doc_id", "para", "start"],
                          kind="stable").reset_index(drop=True), notes


def rhetoric_rates(paragraphs: pd.DataFrame, by: str, n_boot: int = 1000,
                   random_state: int = 0, rates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each feature's rate per 1,000 characters by group with its interval.

    :func:`zhframe.rhetoric.features.group_rates` over every column of
    :func:`~zhframe.rhetoric.features.feature_families` (paragraph bootstrap), plus
    ``family``; or, with ``rates``, that table as the caller computed it (the study's
    :meth:`~zhframe.synthesis.study.Study.rates`, resampling the unit its tests use), so the
    page and notebook 05 show one set of intervals and the features are not read twice.
    """
    from zhframe.rhetoric import features as F

    fams = F.feature_families()
    if rates is None:
        par = F.paragraph_features(paragraphs)
        cols = [c for cs in fams.values() for c in cs if c in par]
        rates = F.group_rates(par, by, cols, n_boot=n_boot, random_state=random_state)
    else:
        present = set(rates["feature"])
        cols = [c for cs in fams.values() for c in cs if c in present]
        rates = rates[rates["feature"].isin(cols)].copy()
    family = {c: f for f, cs in fams.items() for c in cs}
    rates["family"] = rates["feature"].map(family)
    order = {c: i for i, c in enumerate(cols)}
    return rates.sort_values(["feature", "group"], key=lambda s: s.map(order) if s.name == "feature"
                             else s, kind="stable").reset_index(drop=True)
