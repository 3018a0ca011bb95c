"""Figures of notebook 02_tokens: the part-of-speech profile.

Top terms and the dictionary terms kept whole are tables in the notebook, not
figures: the first is redundant with keyness (notebook 03), the second is
circular (the dictionary keeps the dictionary's terms).
"""

from __future__ import annotations

import pandas as pd

from zhframe.plots import FULL_WIDTH, figure, group_style
from zhframe.plots.style import MAX_COLOURED, MAX_GROUPS, groups_that_matter, heatmap


def pos_profile(profile: pd.DataFrame, by: str, target=None, max_groups: int = MAX_GROUPS):
    """Which parts of speech a group uses more or less than the others, with intervals.

    ``profile`` is :func:`zhframe.keywords.profile.pos_profile`'s output. One row per
    part of speech, one point per group (colour and marker from
    :func:`zhframe.plots.group_style`, target first) on a **log** share axis,
    so that a 2 % tag and a 30 % tag show their relative differences alike;
    legend beside the axes. Past :data:`~zhframe.plots.style.MAX_COLOURED`
    groups it is a group x tag heatmap of log2(share / share of all groups),
    the ``max_groups`` groups furthest from the pool shown and the rest counted.
    """
    import numpy as np

    groups = sorted(profile[by].astype(str).unique())
    pos = list(dict.fromkeys(profile["pos"]))
    if len(groups) > MAX_COLOURED:
        wide = profile.assign(**{by: profile[by].astype(str)}).pivot(index=by, columns="pos", values="share")
        wide = wide.reindex(columns=pos).astype(float)
        floor = 0.5 * float(np.nanmin(wide[wide > 0].to_numpy()))
        ratio = np.log2((wide + floor) / (wide.mean(axis=0) + floor))
        kept, rest = groups_that_matter(ratio.abs().max(axis=1).fillna(0).to_dict(), max_groups)
        fig, ax = figure(FULL_WIDTH, 1.6 + 0.13 * len(kept))
        heatmap(ax, ratio.loc[kept].to_numpy(), kept, pos, label="log2(share / mean share of groups)")
        ax.set_title(f"词性分布 Part-of-speech profile: {len(kept)} of {len(kept) + len(rest)} groups"
                     + (f" (furthest from the mean; {len(rest)} left out)" if rest else ""))
        return fig
    style = group_style(groups, target)
    y = np.arange(len(pos))
    h = 0.8 / len(groups)
    fig, ax = figure(FULL_WIDTH, 0.9 + 0.22 * len(pos) * max(1, len(groups) / 3))
    for k, g in enumerate(groups):
        colour, marker, _ = style[g]
        t = profile[profile[by].astype(str) == g].set_index("pos").reindex(pos)
        yy = y + (k - (len(groups) - 1) / 2) * h
        ax.errorbar(t["share"], yy, xerr=[t["share"] - t["low"], t["high"] - t["share"]],
                    fmt=marker, color=colour, markersize=4, elinewidth=1, capsize=1.5, label=g)
    ax.set_yticks(y, pos)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.grid(axis="x", which="both", color="0.9", lw=0.6)
    ax.set_xlabel("词性占比 share of tokens (log scale: equal distances are equal ratios); "
                  "bars: 95% bootstrap interval")
    ax.set_title("词性分布 Which parts of speech does each group use more? (jieba tag set)")
    ax.legend(title=by, loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig
