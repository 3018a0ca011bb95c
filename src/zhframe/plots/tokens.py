"""Figures of notebook 02_tokens: top terms per group, POS profile, terms kept whole."""

from __future__ import annotations

import pandas as pd

from zhframe.plots import use_cjk_font


def _colours(groups):
    import matplotlib.pyplot as plt

    return {g: plt.get_cmap("tab10")(i % 10) for i, g in enumerate(groups)}


def top_terms(table: pd.DataFrame, by: str, n: int = 15):
    """One horizontal bar panel per group: its ``n`` top terms, per 1,000 tokens.

    ``table`` is :func:`zhframe.tokens.top_terms`'s output.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    groups = sorted(table[by].unique())
    colours = _colours(groups)
    # one x scale for every panel, so equal bar lengths mean equal rates
    fig, axes = plt.subplots(1, len(groups), figsize=(3.2 * len(groups), 0.5 + 0.28 * n), squeeze=False,
                             sharex=True)
    for ax, g in zip(axes[0], groups):
        t = table[(table[by] == g) & (table["rank"] <= n)]
        ax.barh(t["term"], t["per_1000"], color=colours[g])
        ax.invert_yaxis()
        ax.set_title(g)
        ax.set_xlabel("每千词 per 1,000 tokens")
        ax.tick_params(axis="y", labelsize=9)
    fig.suptitle("高频词 Top terms (project tokenizer)")
    fig.tight_layout()
    return fig


def pos_profile(profile: pd.DataFrame, by: str):
    """Share of each part of speech per group, with 95 % paragraph-bootstrap intervals.

    ``profile`` is :func:`zhframe.tokens.pos_profile`'s output.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    use_cjk_font()
    groups = sorted(profile[by].unique())
    colours = _colours(groups)
    pos = list(dict.fromkeys(profile["pos"]))
    y = np.arange(len(pos))
    h = 0.8 / len(groups)
    fig, ax = plt.subplots(figsize=(6.5, 0.6 + 0.32 * len(pos) * max(1, len(groups) / 2)))
    for k, g in enumerate(groups):
        t = profile[profile[by] == g].set_index("pos").loc[pos]
        yy = y + (k - (len(groups) - 1) / 2) * h
        ax.barh(yy, t["share"], height=h, color=colours[g], label=g)
        ax.errorbar(t["share"], yy, xerr=[t["share"] - t["low"], t["high"] - t["share"]],
                    fmt="none", ecolor="black", elinewidth=0.8, capsize=2)
    ax.set_yticks(y, pos)
    ax.invert_yaxis()
    ax.set_xlabel("词性占比 share of tokens (95% paragraph bootstrap)")
    ax.set_title("词性分布 Part-of-speech profile (jieba.posseg)")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def kept_terms(table: pd.DataFrame, n: int = 25):
    """Occurrences of dictionary terms kept whole by plain jieba and by the project tokenizer.

    ``table`` is :func:`zhframe.tokens.kept_terms`'s output; the ``n`` most
    frequent terms that plain jieba splits at least once are drawn.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    use_cjk_font()
    t = table[table["plain_whole"] < table["occurrences"]].head(n)
    y = np.arange(len(t))
    fig, ax = plt.subplots(figsize=(7, 0.6 + 0.3 * max(len(t), 1)))
    ax.barh(y - 0.2, t["project_whole"], height=0.4, color="tab:blue", label="本项目 project tokenizer")
    ax.barh(y + 0.2, t["plain_whole"], height=0.4, color="tab:gray", label="jieba 默认 plain jieba")
    ax.set_yticks(y, [f"{w}  ({c})" for w, c in zip(t["term"], t["plain_cut"])], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("完整切出的次数 occurrences kept whole")
    ax.set_title("领域词是否被切碎 Domain terms: whole or split")
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    fig.tight_layout()
    return fig
