"""Figures of notebook 02_tokens: the part-of-speech profile.

Top terms and the dictionary terms kept whole are tables in the notebook, not
figures: the first is redundant with keyness (notebook 03), the second is
circular (the dictionary keeps the dictionary's terms).
"""

from __future__ import annotations

import pandas as pd

from zhframe.plots import FULL_WIDTH, figure, group_style


def pos_profile(profile: pd.DataFrame, by: str):
    """Share of each part of speech per group, with 95 % paragraph-bootstrap intervals.

    ``profile`` is :func:`zhframe.keywords.profile.pos_profile`'s output. One row per
    part of speech, one point per group (colour and marker from
    :func:`zhframe.plots.group_style`), legend beside the axes.
    """
    import numpy as np

    groups = sorted(profile[by].unique())
    style = group_style(groups)
    pos = list(dict.fromkeys(profile["pos"]))
    y = np.arange(len(pos))
    h = 0.8 / len(groups)
    fig, ax = figure(FULL_WIDTH, 0.9 + 0.22 * len(pos) * max(1, len(groups) / 3))
    for k, g in enumerate(groups):
        colour, marker, _ = style[g]
        t = profile[profile[by] == g].set_index("pos").loc[pos]
        yy = y + (k - (len(groups) - 1) / 2) * h
        ax.errorbar(t["share"], yy, xerr=[t["share"] - t["low"], t["high"] - t["share"]],
                    fmt=marker, color=colour, markersize=4, elinewidth=1, capsize=1.5, label=g)
    ax.set_yticks(y, pos)
    ax.invert_yaxis()
    right = ax.get_xlim()[1]
    ax.set_xlim(-0.01 * right, right)  # a share near 0 is drawn whole, not cut at the axis
    ax.grid(axis="x", color="0.9", lw=0.6)
    ax.set_xlabel("词性占比 share of tokens; bars: 95% paragraph-bootstrap interval")
    ax.set_title("词性分布 Part-of-speech profile (jieba tag set)")
    ax.legend(title=by, loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig
