"""Figures of the topic analysis (:mod:`zhframe.topics`).

Each function takes the plain tables the analysis returns and gives back a
matplotlib figure; saving is :func:`zhframe.plots.save_figure`'s job.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from zhframe.plots import use_cjk_font


def _group_colours(groups) -> dict:
    import matplotlib.pyplot as plt

    return {g: plt.get_cmap("tab10")(i % 10) for i, g in enumerate(groups)}


def topic_terms(top_terms: pd.DataFrame, labels: list[str], ncols: int = 3):
    """Bar charts of each topic's top terms and their weights, one panel per topic.

    ``top_terms`` is :meth:`zhframe.topics.TopicModel.top_terms`'s table
    (topic, rank, term, weight); ``labels`` the topic labels, in topic order.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    topics = sorted(top_terms["topic"].unique())
    ncols = max(1, min(ncols, len(topics)))
    nrows = math.ceil(len(topics) / ncols)
    n = int(top_terms.groupby("topic").size().max())
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.2 * ncols, 0.6 + (0.22 * n + 0.6) * nrows),
                             squeeze=False)
    colours = plt.get_cmap("tab10")
    for ax, t in zip(axes.flat, topics):
        part = top_terms[top_terms["topic"] == t].sort_values("rank")
        ax.barh(np.arange(len(part)), part["weight"], color=colours((t - 1) % 10))
        ax.set_yticks(np.arange(len(part)), part["term"], fontsize=8)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_title(labels[t - 1], fontsize=9)
        ax.tick_params(axis="x", labelsize=7)
    for ax in axes.flat[len(topics):]:
        ax.set_axis_off()
    fig.suptitle("主题词 Top terms per topic (weight in the topic)", fontsize=10)
    fig.tight_layout()
    return fig


def topic_prevalence(prevalence: pd.DataFrame, ci: float = 0.95):
    """Share of each group's text per topic (left) and its difference from the rest (right).

    ``prevalence`` is :func:`zhframe.topics.topic_prevalence`'s table. Points
    are shares, bars the bootstrap intervals. The right panel shows, for each
    group, share minus the share of all other groups pooled; with two groups
    only the first is drawn (the second is its mirror image).
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    groups = sorted(prevalence["group"].unique(), key=str)
    labels = prevalence.drop_duplicates("topic").sort_values("topic")["label"].tolist()
    colours = _group_colours(groups)
    k = len(labels)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 1.2 + 0.55 * k), sharey=True)
    offsets = np.linspace(-0.25, 0.25, len(groups)) if len(groups) > 1 else [0.0]
    diff_groups = groups[:1] if len(groups) == 2 else groups
    for off, g in zip(offsets, groups):
        part = prevalence[prevalence["group"] == g].sort_values("topic")
        y = np.arange(k) + off
        left.errorbar(part["share"], y, xerr=[part["share"] - part["lo"], part["hi"] - part["share"]],
                      fmt="o", color=colours[g], capsize=2, label=str(g))
        if g in diff_groups:
            right.errorbar(part["diff"], y, fmt="o", color=colours[g], capsize=2,
                           xerr=[part["diff"] - part["diff_lo"], part["diff_hi"] - part["diff"]],
                           label=f"{g} - rest" if len(groups) > 2 else f"{g} - {groups[1]}")
    left.set_yticks(np.arange(k), labels, fontsize=8)
    left.set_ylim(k - 0.5, -0.5)
    left.set_xlim(left=0)
    left.set_xlabel("share of the group's text (characters)")
    left.set_title(f"主题占比 Topic share, {ci:.0%} paragraph-bootstrap intervals", fontsize=9)
    left.legend(fontsize=8, frameon=False, loc="lower right")
    right.axvline(0, color="grey", lw=0.8)
    right.set_xlabel("difference in share")
    right.set_title("差异 Difference", fontsize=9)
    right.legend(fontsize=8, frameon=False, loc="lower right")
    fig.tight_layout()
    return fig


def k_selection(table: pd.DataFrame, tolerance: float | None = None, min_docs: int | None = None):
    """Stability and NPMI coherence against the number of topics, chosen k marked.

    ``table`` is :func:`zhframe.topics.select_k`'s table. Stability bars are
    one standard deviation over pairs of restarts (clipped to [0, 1]). With
    ``min_docs``, ks where some topic is the main topic of fewer paragraphs
    are shaded grey (excluded by the rule); with ``tolerance``, the band of
    coherence within ``tolerance`` of the best remaining k is shaded green.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6, 5.6), sharex=True)
    s, sd = table["stability"], table["stability_sd"]
    top.errorbar(table["k"], s, yerr=[s - np.maximum(s - sd, 0), np.minimum(s + sd, 1) - s],
                 fmt="o-", color="tab:blue", capsize=2)
    top.set_ylabel("stability\n(matched Jaccard, top terms)", fontsize=8)
    top.set_ylim(0, 1.05)
    bottom.plot(table["k"], table["coherence"], "o-", color="tab:green", label="mean over topics")
    bottom.plot(table["k"], table["coherence_min"], "v:", color="tab:green", alpha=0.6,
                label="least coherent topic")
    admissible = table
    small = table["smallest_topic"] < min_docs if min_docs is not None else table["k"] < 0
    if small.any() and not small.all():
        admissible = table[~small]
        for k in table.loc[small, "k"]:
            for ax in (top, bottom):
                ax.axvspan(k - 0.5, k + 0.5, color="grey", alpha=0.15, lw=0)
        bottom.fill_between([], [], color="grey", alpha=0.15,
                            label=f"excluded: a topic leads < {min_docs} paragraphs")
    if tolerance is not None:
        best = admissible["coherence"].max()
        bottom.axhspan(best - tolerance, best, color="tab:green", alpha=0.12,
                       label=f"within {tolerance:g} of best{' admissible' if min_docs else ''}")
    bottom.set_ylabel("NPMI coherence", fontsize=8)
    bottom.set_xlabel("number of topics k")
    bottom.legend(fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2)
    chosen = table.loc[table["chosen"], "k"]
    for ax in (top, bottom):
        for k in chosen:
            ax.axvline(k, color="tab:red", lw=1, ls="--")
    if len(chosen):
        top.annotate(f"chosen k = {int(chosen.iloc[0])}", (chosen.iloc[0], 1.0),
                     xytext=(4, -2), textcoords="offset points", color="tab:red", fontsize=8,
                     va="top")
    bottom.set_xticks(table["k"])
    bottom.set_xlim(table["k"].min() - 0.5, table["k"].max() + 0.5)
    top.set_title("选择主题数 Choosing k: stability over restarts and coherence", fontsize=9)
    fig.tight_layout()
    return fig
