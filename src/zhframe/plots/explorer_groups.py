"""The term explorer's target group selector: every group against the rest, in the page.

With more than two groups a reader picks the target on the page; each group is
compared with the rest pooled by the same keyness function and test as the page's
first target (:func:`group_keyness`). So that the page stays a few MB at 100
groups, a group sends only what its view draws (:func:`group_views`): the terms
that lean most to each side, the corpus's most frequent terms, its listed terms and
every term that holds up for it, pointing into the page's shared term list (any
other term's lines and counts are found in the browser, without a test); its labels are placed here (:func:`group_sources`), as the first
target's are, so the layout is the same on every machine.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import pandas as pd

from zhframe.plots.explorer_data import rest_label, round_sig, top_terms

#: Terms sent per side for each group of the group selector (the terms that lean most to it and
#: to the rest); the target chosen when the page is built keeps every term.
GROUP_TERMS = 100


def verdict_codes(log_ratio, holds_up=None) -> np.ndarray:
    """The page's one-digit verdict: 0 does not hold up, 1 holds up and leans to the target,
    2 holds up and leans to the rest, 3 not tested (no ``holds_up``)."""
    lr = np.asarray(log_ratio, dtype=float)
    if holds_up is None:
        return np.full(len(lr), 3, dtype=np.uint8)
    held = np.asarray(pd.Series(holds_up).fillna(False).astype(bool))
    return np.where(~held, 0, np.where(lr > 0, 1, 2)).astype(np.uint8)


def ranked(table: pd.DataFrame, n: int) -> dict[str, list[str]]:
    """The ``n`` terms of each side by the order of :func:`top_terms`, single characters included."""
    return top_terms(table, n, min_chars=1)


def group_views(keyness_of, groups: Sequence[str], terms: Sequence[str], n: int = GROUP_TERMS,
                skip=(), common: Sequence[str] = ()) -> dict:
    """Per group (each against the rest pooled) the rows the group selector needs.

    ``keyness_of``: group -> its keyness table (as for :func:`term_table`: ``term``,
    counts, totals, ``log_ratio``, optionally ``lr_low``/``lr_high``/``q_value``/``holds_up``);
    ``terms``: the page's term list (every group's rows point into it by ``ti``);
    ``skip``: groups not computed (the page's own target, which keeps every term).
    Only what a group's view draws is kept, so the page stays a few MB at 100 groups:
    its :data:`GROUP_TERMS` terms leaning most to each side, its listed terms
    (:func:`top_terms`), every term that holds up for it, and the ``common`` terms
    (the corpus's most frequent: a rare word exclusive to a group outranks them in
    the lean, yet they are what a reader looks up). Returns ``rows`` (``gi, ti, x, y,
    count_target, count_rest, log_ratio, lr_low, lr_high, q_value, v``; floats rounded,
    sorted by group then term),
    ``totals`` (per group: target and rest tokens), ``top`` (per group :func:`top_terms`),
    ``rest`` (per group :func:`rest_label`), ``groups``, ``n``, ``failed`` (group -> why its
    keyness could not be computed; such a group is not offered as a target).
    """
    from zhframe.plots.keywords import scatter_positions

    index = {t: i for i, t in enumerate(terms)}
    groups = [str(g) for g in groups]
    rows, totals, tops, rests, failed = [], [], [], [], {}
    for gi, g in enumerate(groups):
        rests.append(rest_label(groups, g))
        if g in {str(s) for s in skip}:
            totals.append(None)
            tops.append(None)
            continue
        try:
            k = keyness_of(g)
        except ValueError as e:  # e.g. a group with no tokens: left out of the selector, said on the page
            failed[g] = str(e)
            totals.append(None)
            tops.append(None)
            continue
        k = k.rename(columns={"count_reference": "count_rest", "total_reference": "total_rest"})
        k = k[k["term"].astype(str).isin(index)].assign(term=lambda d: d["term"].astype(str))
        k = k.sort_values("term", kind="stable").reset_index(drop=True)
        tot_t, tot_r = float(k["total_target"].iloc[0]), float(k["total_rest"].iloc[0])
        x, y = scatter_positions(k["count_target"], k["count_rest"], tot_t, tot_r)
        held = k["holds_up"] if "holds_up" in k else None
        t = pd.DataFrame({"gi": gi, "ti": k["term"].map(index).astype(int), "term": k["term"],
                          "x": round_sig(x), "y": round_sig(y), "count_target": k["count_target"].astype(int),
                          "count_rest": k["count_rest"].astype(int), "log_ratio": round_sig(k["log_ratio"])})
        for col in ("lr_low", "lr_high", "q_value"):
            t[col] = round_sig(k[col]) if col in k else np.nan
        t["v"] = verdict_codes(t["log_ratio"], held)
        t["verdict"] = np.array(["does not hold up", "holds up", "holds up", "not tested"])[t["v"]]
        top = top_terms(t)
        near = ranked(t, n)
        keep = (set(near["target"]) | set(near["rest"]) | set(top["target"]) | set(top["rest"])
                | set(t.loc[t["v"].isin([1, 2]), "term"]) | set(common))
        if len(t) <= 2 * n:  # a small vocabulary is sent whole (terms that lean to neither side too)
            keep = set(t["term"])
        rows.append(t[t["term"].isin(keep)])
        totals.append([tot_t, tot_r])
        tops.append(top)
    cols = ["gi", "ti", "x", "y", "count_target", "count_rest", "log_ratio", "lr_low", "lr_high", "q_value",
            "v", "term"]
    table = (pd.concat(rows, ignore_index=True)[cols] if rows else pd.DataFrame(columns=cols))
    return {"rows": table.sort_values(["gi", "term"], kind="stable").reset_index(drop=True),
            "totals": totals, "top": tops, "rest": rests, "groups": groups, "n": n, "failed": failed}


def label_columns(at: pd.DataFrame, order: list, placed) -> dict:
    """The label source's columns: each placed label's point, text and offsets."""
    return {"x": [float(at.loc[order[i], "x"]) for i, *_ in placed],
            "y": [float(at.loc[order[i], "y"]) for i, *_ in placed],
            "text": [order[i] for i, *_ in placed],
            "dx": [dx for _, dx, _, _ in placed], "dy": [dy for _, _, dy, _ in placed],
            "align": [a for *_, a in placed]}


def group_sources(bg: dict, lo: float, hi: float):
    """The group selector's data: every group's rows (typed arrays) and its placed labels."""
    from bokeh.models import ColumnDataSource

    from zhframe.plots.explorer import columns, place_labels

    rows = bg["rows"]
    cols = ["gi", "ti", "x", "y", "count_target", "count_rest", "log_ratio", "lr_low", "lr_high", "q_value", "v"]
    G = ColumnDataSource(columns(rows, cols), name="group_terms")
    lab = {k: [] for k in ("gi", "x", "y", "text", "dx", "dy", "align")}
    for gi, top in enumerate(bg["top"]):
        if top is None:
            continue
        at = rows[rows["gi"] == gi].set_index("term")
        order = [w for pair in itertools.zip_longest(top["target"], top["rest"]) for w in pair if w]
        placed = place_labels(at.loc[order, "x"], at.loc[order, "y"], order, lo, hi) if order else []
        for k, v in label_columns(at, order, placed).items():
            lab[k] += v
        lab["gi"] += [gi] * len(placed)
    return G, ColumnDataSource(lab, name="group_labels")


def group_keyness(paragraphs: pd.DataFrame, by: str, tokenizer, n_boot: int = 1000, random_state: int = 0):
    """group -> :func:`zhframe.keywords.keyness` of that group against the rest, tokenizing each paragraph once.

    The same function, tokenizer and settings as the page's own table, so every group's
    points carry the same test (Fisher's exact test of the units using a term, BH within
    the group's comparison).
    """
    from zhframe import keywords as kw

    memo: dict[str, list[str]] = {}

    def cached(text: str) -> list[str]:
        if text not in memo:
            memo[text] = tokenizer(text)
        return memo[text]

    return lambda g: kw.keyness(paragraphs, by, g, cached, n_boot=n_boot, random_state=random_state,
                                compounds=False)
