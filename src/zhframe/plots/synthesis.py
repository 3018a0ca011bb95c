"""Figures of the synthesis (notebook 06): what holds up, across feature families."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from zhframe.plots import FULL_WIDTH, NEUTRAL, figure, group_style

_TITLES = {"keywords": "关键词 Keywords", "topics": "主题占比 Topic shares", "rhetoric": "修辞 Rhetoric"}
_AXES = {"keywords": "Log Ratio (log2 ratio of relative frequencies)",
         "topics": "share of the group's characters, difference",
         "rhetoric": "每千字 per 1,000 characters, difference"}


def what_holds_up(differences: pd.DataFrame, groups: Sequence, max_rows: int = 10, fallback: int = 3,
                  ci: float = 0.95):
    """Forest plot: one panel per feature family, one row per difference, with its interval.

    ``differences`` is the concatenated difference table of
    :mod:`zhframe.synthesis`; rows are chosen by
    :func:`zhframe.synthesis.what_holds_up` (the holding differences, or the
    largest ones in grey when none holds up). A point right of zero means the
    group named in the colour legend uses it more; with more than two groups each
    row is labelled with its group (compared with the rest pooled).
    """
    import matplotlib.pyplot as plt

    from zhframe.synthesis import what_holds_up as select

    groups = sorted({str(g) for g in groups})
    two = len(groups) == 2
    # grey is never a group's colour: it means "does not hold up" (hollow marker too): q > 0.05 when the
    # rows carry the calibrated test (q_value), else an interval that includes 0
    style = group_style(groups)
    rows = select(differences, max_rows=max_rows, fallback=fallback)
    families = list(dict.fromkeys(rows["family"]))
    heights = [max(len(rows[rows["family"] == f]), 1) + 1.6 for f in families]
    tested = "q_value" in rows and rows["q_value"].notna().any()
    fig, axes = figure(FULL_WIDTH, 1.0 + 0.24 * sum(heights), nrows=len(families), squeeze=False,
                       gridspec_kw={"height_ratios": heights})
    for ax, family in zip(axes[:, 0], families):
        part = rows[rows["family"] == family].iloc[::-1]
        y = np.arange(len(part))
        for yi, r in zip(y, part.itertuples()):
            if two:
                other = [g for g in groups if g != r.target][0]
                colour, marker, _ = style[r.target if r.difference > 0 else other]
            else:
                colour, marker, _ = style[r.target]
            if not r.holds_up:
                colour = NEUTRAL
            ax.errorbar([r.difference], [yi], xerr=[[max(r.difference - r.lo, 0)], [max(r.hi - r.difference, 0)]],
                        fmt=marker,
                        markersize=4, elinewidth=1.2, capsize=1.5, color=colour,
                        mfc=colour if r.holds_up else "white")
        # keyness rows carry their counts (target/rest): a term seen 5 times is not one seen 50 times
        labels = [(r.label if two else f"{r.target}: {r.label}")
                  + (f" ({int(r.target_value)}/{int(r.rest_value)})" if family == "keywords" else "")
                  for r in part.itertuples()]
        ax.set_yticks(y, labels, fontsize=7)
        ax.set_ylim(-0.7, len(part) - 0.3)
        ax.axvline(0, color="black", lw=0.8)
        lo, hi = float(np.nanmin(part["lo"].to_numpy())), float(np.nanmax(part["hi"].to_numpy()))
        pad = 0.08 * max(hi - lo, 1e-9)
        ax.set_xlim(min(lo, 0) - pad, max(hi, 0) + pad)
        n_tested, n_holding = int(part["n_tested"].iloc[0]), int(part["n_holding"].iloc[0])
        note = (f"{n_holding} of {n_tested:,} hold up" if n_holding else
                f"none of {n_tested:,} holds up; the {len(part)} {'closest' if tested else 'largest'} shown")
        ax.set_title(f"{_TITLES.get(family, family)}: {note}", loc="left")
        ax.set_xlabel(_AXES.get(family, "difference"))
        ax.grid(axis="x", color="0.9", lw=0.6)
        ax.set_axisbelow(True)
    handles = [plt.Line2D([], [], marker=style[g][1], ls="", color=style[g][0],
                          label=f"{g} 多用 more in {g}" if two else f"{g} 与其余 vs the rest") for g in groups]
    handles.append(plt.Line2D([], [], marker="o", ls="", color=NEUTRAL, mfc="white",
                              label="空心灰 hollow grey: does not hold up (q > 0.05)" if tested
                              else "空心灰 hollow grey: 区间含 0 interval includes 0"))
    first = str(rows["target"].iloc[0]) if two and len(rows) else groups[0]
    against = f"{first} vs {[g for g in groups if g != first][0]}" if two else "each group vs the rest"
    fig.suptitle(f"站得住的差异 What holds up: {against}, {ci:.0%} bootstrap intervals"
                 + ("; filled: permutation q ≤ 0.05" if tested else ""))
    fig.legend(handles=handles, loc="outside lower center", ncol=min(len(handles), 3))
    return fig
