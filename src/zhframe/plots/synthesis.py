"""Figures of the synthesis (notebook 06): what holds up, across feature families."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from zhframe.plots import FULL_WIDTH, NEUTRAL, figure
from zhframe.plots.style import does_not_hold_label, verdict_colour

_TITLES = {"keywords": "关键词 Keywords", "topics": "主题占比 Topic shares", "rhetoric": "修辞 Rhetoric"}
_AXES = {"keywords": "log2 ratio of the shares of units using the term",
         "topics": "share of the group's characters, difference",
         "rhetoric": "每千字 per 1,000 characters, difference"}


def what_holds_up(differences: pd.DataFrame, groups: Sequence, max_rows: int = 10, fallback: int = 3,
                  ci: float = 0.95):
    """Forest plot: one panel per feature family, one row per difference, with its interval.

    ``differences`` is the concatenated difference table of
    :mod:`zhframe.synthesis`; rows are chosen by
    :func:`zhframe.synthesis.what_holds_up` (the holding differences, or the
    largest ones in grey when none holds up). With two groups every row is
    drawn as the first target minus the other group; with more, each row is
    labelled with its group, compared with the rest pooled. Colours are the
    suite's verdict colours (:mod:`zhframe.plots.style`), whatever the number
    of groups. A keyword one side never uses gets a one-sided interval (an
    arrow), so the axis is scaled by finite bounds only.
    """
    import matplotlib.pyplot as plt

    from zhframe.report.findings import what_holds_up as select

    groups = sorted({str(g) for g in groups})
    two = len(groups) == 2
    # the suite's colours (zhframe.plots.style): vermillion = more in the row's group (the target),
    # blue = more in the other group / the rest, hollow grey = does not hold up; no colour names a
    # group, so the figure reads the same at 2 and at 100 groups
    rows = select(differences, max_rows=max_rows, fallback=fallback)
    families = list(dict.fromkeys(rows["family"]))
    heights = [max(len(rows[rows["family"] == f]), 1) + 1.6 for f in families]
    tested = "q_value" in rows and rows["q_value"].notna().any()
    fig, axes = figure(FULL_WIDTH, 1.0 + 0.24 * sum(heights), nrows=len(families), squeeze=False,
                       gridspec_kw={"height_ratios": heights})
    first = str(rows["target"].iloc[0]) if two and len(rows) else groups[0]
    for ax, family in zip(axes[:, 0], families):
        part = rows[rows["family"] == family].iloc[::-1]
        y = np.arange(len(part))
        d = part["difference"].to_numpy(dtype=float)
        lo, hi = part["lo"].to_numpy(dtype=float), part["hi"].to_numpy(dtype=float)
        if two:  # both groups' rows drawn as the first group minus the second
            flip = np.array([str(t) != first for t in part["target"]])
            d, lo, hi = np.where(flip, -d, d), np.where(flip, -hi, lo), np.where(flip, -lo, hi)
        # a keyword one side never uses has no finite Log Ratio bound on that side: one-sided interval
        open_hi = np.zeros(len(part), bool)
        open_lo = np.zeros(len(part), bool)
        if family == "keywords" and {"target_value", "rest_value"} <= set(part.columns):
            tv, rv = part["target_value"].to_numpy(dtype=float), part["rest_value"].to_numpy(dtype=float)
            if two:
                tv, rv = np.where(flip, rv, tv), np.where(flip, tv, rv)
            open_hi, open_lo = (rv == 0) & (d > 0), (tv == 0) & (d < 0)
        finite = np.concatenate([d, lo[~open_lo], hi[~open_hi], [0.0]])
        finite = finite[np.isfinite(finite)]
        left, right = float(finite.min()), float(finite.max())
        pad = 0.08 * max(right - left, 1e-9)
        left, right = left - pad, right + pad
        for yi, di, l_, h_, ol, oh, holds in zip(y, d, lo, hi, open_lo, open_hi, part["holds_up"]):
            colour = verdict_colour(di, bool(holds))
            a, b = (left if ol else l_), (right if oh else h_)
            ax.plot([a, b], [yi, yi], color=colour, lw=1.2)
            for end, is_open, mark in ((a, ol, "<"), (b, oh, ">")):
                ax.plot([end], [yi], marker=mark if is_open else "|", color=colour, ls="",
                        markersize=3.5 if is_open else 4)
            ax.plot([di], [yi], "o", markersize=4, color=colour, mfc=colour if bool(holds) else "white")
        # keyness rows carry their counts (target/rest): a term seen 5 times is not one seen 50 times
        labels = [(r.label if two else f"{r.target}: {r.label}")
                  + (f" ({int(r.target_value)}/{int(r.rest_value)})" if family == "keywords" else "")
                  for r in part.itertuples()]
        ax.set_yticks(y, labels, fontsize=7)
        ax.set_ylim(-0.7, len(part) - 0.3)
        ax.axvline(0, color="black", lw=0.8)
        ax.set_xlim(left, right)
        n_tested, n_holding = int(part["n_tested"].iloc[0]), int(part["n_holding"].iloc[0])
        fam = differences[differences["family"] == family]
        # a screen that left most items untested is said as such: "of 11 tested (966 compared)", not "of 966"
        screened = ("testable" in fam and fam["testable"].notna().any()
                    and int(fam["testable"].fillna(False).astype(bool).sum()) < len(fam))
        of = (f"{int(fam['testable'].fillna(False).astype(bool).sum()):,} tested ({len(fam):,} compared)"
              if screened else f"{n_tested:,}")
        note = (f"{n_holding} of {of} hold up" if n_holding else
                f"none of {of} holds up; the {len(part)} {'closest' if tested else 'largest'} shown")
        ax.set_title(f"{_TITLES.get(family, family)}: {note}", loc="left")
        ax.set_xlabel(_AXES.get(family, "difference")
                      + ("; arrow: unbounded (one side never uses the term)" if open_hi.any() or open_lo.any()
                         else ""))
        ax.grid(axis="x", color="0.9", lw=0.6)
        ax.set_axisbelow(True)
    other = [g for g in groups if g != first][0] if two else "the rest"
    more = first if two else "the row's group"
    handles = [plt.Line2D([], [], marker="o", ls="", color=verdict_colour(1, True),
                          label=f"holds up: more in {more}"),
               plt.Line2D([], [], marker="o", ls="", color=verdict_colour(-1, True),
                          label=f"holds up: more in {other}"),
               plt.Line2D([], [], marker="o", ls="", color=NEUTRAL, mfc="white",
                          label="空心" + does_not_hold_label(tested))]
    against = f"{first} vs {other}" if two else "each group vs the rest"
    named = {str(t) for t in rows["target"] if str(t) in groups}
    # rows name only some groups: say so, so that a reader does not take the rest for unseen
    rest = (f"\nrows from {len(named)} of {len(groups)} groups; the other {len(groups) - len(named)} have "
            "nothing that holds up or comes closer" if not two and 0 < len(named) < len(groups) else "")
    fig.suptitle(f"站得住的差异 What holds up: {against}, {ci:.0%} intervals of the tested quantity"
                 + ("; filled: permutation q ≤ 0.05" if tested else "") + rest)
    fig.legend(handles=handles, loc="outside lower center", ncol=3)
    return fig
