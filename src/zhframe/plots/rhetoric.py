"""Figures of the rhetoric analysis (:mod:`zhframe.rhetoric`).

Every function takes the tables :mod:`zhframe.rhetoric.features` returns and gives
back a matplotlib figure; saving is :func:`zhframe.plots.save_figure`'s job.
Rates are drawn as a point per group with its bootstrap interval, because with few
articles the interval, not the point, is the finding.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from zhframe.plots import use_cjk_font

from zhframe.labels import LABELS, label  # noqa: F401  (moved: domain layers use them too)


def _colours(groups):
    return {g: plt.get_cmap("tab10")(i % 10) for i, g in enumerate(groups)}


def rates(table: pd.DataFrame, features=None, title: str = "", xlabel: str = "每千字 per 1,000 characters",
          ax=None):
    """Dot-and-interval plot: one row per feature, one dot per group with its interval.

    ``table`` is :func:`zhframe.rhetoric.features.group_rates`'s long table.
    """
    use_cjk_font()
    features = list(dict.fromkeys(table["feature"])) if features is None else list(features)
    groups = sorted(table["group"].unique())
    colours = _colours(groups)
    own = ax is None
    if own:
        fig, ax = plt.subplots(figsize=(7, 0.8 + 0.42 * len(features) * max(1, len(groups) / 2)))
    else:
        fig = ax.figure
    step = 0.7 / max(1, len(groups))
    for k, g in enumerate(groups):
        sub = table[table["group"] == g].set_index("feature").reindex(features)
        y = np.arange(len(features)) + (k - (len(groups) - 1) / 2) * step
        ax.errorbar(sub["rate"], y, xerr=[sub["rate"] - sub["lo"], sub["hi"] - sub["rate"]],
                    fmt="o", color=colours[g], ecolor=colours[g], elinewidth=1.2, capsize=2,
                    markersize=5, label=str(g))
    ax.set_yticks(np.arange(len(features)), [label(f) for f in features])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlim(left=0)
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    if own:
        fig.tight_layout()
    return fig


def numbers(claim_rates: pd.DataFrame, sentence_share: pd.DataFrame, title: str = ""):
    """Two panels: claims per 1,000 characters; share of sentences with a claim (both with intervals)."""
    use_cjk_font()
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 2.8), gridspec_kw={"width_ratios": [1.3, 1]})
    rates(claim_rates, title="数字论断 Quantified claims", ax=a)
    rates(sentence_share, title="句子占比 Share of sentences", xlabel="占比 share", ax=b)
    b.set_xlim(0, 1)
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def enumerations(table: pd.DataFrame, by: str, doc_col: str = "doc_id", title: str = ""):
    """Each numbered formula or counted list: items announced (n) against items spelled out."""
    use_cjk_font()
    df = table[table["kind"].isin(["formula", "counted_list", "ordinal_series"])]
    df = df.drop_duplicates([doc_col, "expression", "n_items"]).sort_values(
        [by, doc_col, "start"], kind="stable")
    groups = sorted(df[by].unique()) if len(df) else []
    colours = _colours(groups)
    fig, ax = plt.subplots(figsize=(7, 1 + 0.32 * max(1, len(df))))
    y = np.arange(len(df))
    ax.barh(y, df["n"].astype(float), color="none", edgecolor=[colours[g] for g in df[by]],
            label="宣称条数 announced (n)")
    ax.barh(y, df["n_items"], color=[colours[g] for g in df[by]], alpha=0.75,
            label="文中列出 spelled out")
    ax.set_yticks(y, [f"{e} ({d})" for e, d in zip(df["expression"], df[doc_col])], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("条数 items")
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def voices(voice_counts: pd.DataFrame, title: str = ""):
    """Stacked bars: direct quotations per group by speaker type (counts; they are few)."""
    use_cjk_font()
    fig, ax = plt.subplots(figsize=(7, 0.9 + 0.5 * len(voice_counts)))
    left = np.zeros(len(voice_counts))
    for i, col in enumerate(voice_counts.columns):
        vals = voice_counts[col].to_numpy(dtype=float)
        ax.barh(np.arange(len(voice_counts)), vals, left=left, color=plt.get_cmap("Set2")(i),
                label=label(col))
        left += vals
    ax.set_yticks(np.arange(len(voice_counts)), [str(g) for g in voice_counts.index])
    ax.invert_yaxis()
    ax.set_xlabel("直接引语数 direct quotations")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    fig.tight_layout()
    return fig


def headings(articles: pd.DataFrame, doc_col: str = "doc_id", title: str = ""):
    """Per article: heading shares (parallel, anaphoric, 四字格, shared lead) and mean length."""
    use_cjk_font()
    shares = {"heading_share_parallel": "对仗 parallel", "heading_share_anaphoric": "首字重复 anaphoric",
              "heading_share_four_char": "四字格 four-character phrases",
              "heading_shared_lead": "同首字 shared first character"}
    docs = list(articles[doc_col])
    colours = _colours(docs)
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 2.9), gridspec_kw={"width_ratios": [2, 1]})
    step = 0.7 / max(1, len(docs))
    for k, (d, row) in enumerate(articles.set_index(doc_col).iterrows()):
        y = np.arange(len(shares)) + (k - (len(docs) - 1) / 2) * step
        a.barh(y, [row[c] for c in shares], height=step, color=colours[d], label=str(d))
        b.barh(k, row["heading_mean_length"], color=colours[d])
    a.set_yticks(np.arange(len(shares)), list(shares.values()))
    a.invert_yaxis()
    a.set_xlim(0, 1)
    a.set_xlabel("占标题比例 share of headings (四字格: of phrases)")
    # above the panel: inside it, the legend covered the longest bars
    a.legend(loc="lower left", bbox_to_anchor=(0, 1.01), ncol=min(len(docs), 4), fontsize=8, frameon=False)
    b.set_yticks(np.arange(len(docs)), docs)
    b.invert_yaxis()
    b.set_xlabel("平均字数 mean heading length")
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def differences(table: pd.DataFrame, target, title: str = ""):
    """Target minus rest, per feature, with intervals; features whose interval excludes 0 in bold."""
    use_cjk_font()
    df = table.sort_values(["difference", "feature"], kind="stable")
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.3 * len(df)))
    y = np.arange(len(df))
    for yi, (d, lo, hi, bold) in enumerate(zip(df["difference"], df["lo"], df["hi"], df["excludes_zero"])):
        ax.errorbar([d], [yi], xerr=[[d - lo], [hi - d]], fmt="o", markersize=4, elinewidth=1.2,
                    capsize=2, color="tab:red" if bold else "tab:gray")
    ax.axvline(0, color="black", lw=0.8)
    ax.set_yticks(y, [label(f) for f in df["feature"]], fontsize=8)
    for t, bold in zip(ax.get_yticklabels(), df["excludes_zero"]):
        t.set_fontweight("bold" if bold else "normal")
    ax.set_xlabel(f"{target} 减其余 minus rest, 每千字 per 1,000 characters")
    ax.set_title(title)
    fig.tight_layout()
    return fig
