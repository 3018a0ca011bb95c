"""Figures of the topic analysis (:mod:`zhframe.topics`).

Each function takes the plain tables the analysis returns and gives back a
matplotlib figure; saving is :func:`zhframe.plots.save_figure`'s job.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from zhframe.plots import FULL_WIDTH, NEUTRAL, PALETTE, figure, group_style


def topic_terms(top_terms: pd.DataFrame, labels: list[str], ncols: int = 3):
    """Bar charts of each topic's top terms and their weights, one panel per topic.

    ``top_terms`` is :meth:`zhframe.topics.TopicModel.top_terms`'s table
    (topic, rank, term, weight); ``labels`` the topic labels, in topic order.
    """
    topics = sorted(top_terms["topic"].unique())
    ncols = max(1, min(ncols, len(topics)))
    nrows = math.ceil(len(topics) / ncols)
    n = int(top_terms.groupby("topic").size().max())
    fig, axes = figure(FULL_WIDTH, 0.5 + (0.13 * n + 0.5) * nrows, nrows=nrows, ncols=ncols,
                       squeeze=False)
    for ax, t in zip(axes.flat, topics):
        part = top_terms[top_terms["topic"] == t].sort_values("rank")
        # one colour: the panels, not colours, tell topics apart
        ax.barh(np.arange(len(part)), part["weight"], color=PALETTE[0])
        ax.set_yticks(np.arange(len(part)), part["term"])
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_title(labels[t - 1])
        ax.tick_params(axis="x", labelsize=7)
    for ax in axes.flat[len(topics):]:
        ax.set_axis_off()
    fig.suptitle("主题词 Top terms per topic (bar: weight in the topic)")
    return fig


def topic_prevalence(prevalence: pd.DataFrame, ci: float = 0.95):
    """Share of each group's text per topic (left) and its difference from the rest (right).

    ``prevalence`` is :func:`zhframe.topics.topic_prevalence`'s table. Points
    are shares, bars the bootstrap intervals. The right panel shows, for each
    group, share minus the share of all other groups pooled; with two groups
    only the first is drawn (the second is its mirror image).
    """
    groups = sorted(prevalence["group"].unique(), key=str)
    labels = prevalence.drop_duplicates("topic").sort_values("topic")["label"].tolist()
    style = group_style(groups)
    k = len(labels)
    fig, (left, right) = figure(FULL_WIDTH, 1.4 + 0.3 * k * max(1, len(groups) / 4), ncols=2, sharey=True)
    offsets = np.linspace(-0.25, 0.25, len(groups)) if len(groups) > 1 else [0.0]
    diff_groups = groups[:1] if len(groups) == 2 else groups
    for off, g in zip(offsets, groups):
        part = prevalence[prevalence["group"] == g].sort_values("topic")
        y = np.arange(k) + off
        colour, marker, _ = style[g]
        left.errorbar(part["share"], y, xerr=[part["share"] - part["lo"], part["hi"] - part["share"]],
                      fmt=marker, color=colour, capsize=1.5, markersize=4, label=str(g))
        if g in diff_groups:
            right.errorbar(part["diff"], y, fmt=marker, color=colour, capsize=1.5, markersize=4,
                           xerr=[part["diff"] - part["diff_lo"], part["diff_hi"] - part["diff"]],
                           label=f"{g} - rest" if len(groups) > 2 else f"{g} - {groups[1]}")
    left.set_yticks(np.arange(k), labels)
    left.set_ylim(k - 0.5, -0.5)
    left.set_xlim(left=0)
    left.set_xlabel("share of the group's text (characters)")
    left.set_title(f"主题占比 Topic share, {ci:.0%} paragraph-bootstrap intervals")
    right.axvline(0, color="black", lw=0.8)
    right.set_xlabel("difference in share" + (" (group minus the rest)" if len(groups) > 2
                                              else f" ({groups[0]} minus {groups[1]})" if len(groups) == 2 else ""))
    right.set_title("差异 Difference")
    handles, names = left.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncol=min(len(names), 6))
    return fig


def k_selection(table: pd.DataFrame, tolerance: float | None = None, min_docs: int | None = None):
    """Stability and NPMI coherence against the number of topics, chosen k marked.

    ``table`` is :func:`zhframe.topics.select_k`'s table. Stability bars are
    one standard deviation over pairs of restarts (clipped to [0, 1]). With
    ``min_docs``, ks where some topic is the main topic of fewer paragraphs
    are shaded grey (excluded by the rule); with ``tolerance``, the band of
    coherence within ``tolerance`` of the best remaining k is shaded green.
    """
    fig, (top, bottom) = figure(FULL_WIDTH, 4.2, nrows=2, sharex=True)
    s, sd = table["stability"], table["stability_sd"]
    top.errorbar(table["k"], s, yerr=[s - np.maximum(s - sd, 0), np.minimum(s + sd, 1) - s],
                 fmt="o-", color=PALETTE[0], capsize=2)
    top.set_ylabel("stability\n(matched Jaccard, top terms)")
    top.set_ylim(0, 1.05)
    bottom.plot(table["k"], table["coherence"], "o-", color=PALETTE[2], label="mean over topics")
    bottom.plot(table["k"], table["coherence_min"], "v:", color=PALETTE[2], alpha=0.6,
                label="least coherent topic")
    admissible = table
    small = table["smallest_topic"] < min_docs if min_docs is not None else table["k"] < 0
    if small.any() and not small.all():
        admissible = table[~small]
        for k in table.loc[small, "k"]:
            for ax in (top, bottom):
                ax.axvspan(k - 0.5, k + 0.5, color=NEUTRAL, alpha=0.2, lw=0)
        bottom.fill_between([], [], color=NEUTRAL, alpha=0.2,
                            label=f"excluded: a topic leads < {min_docs} paragraphs")
    if tolerance is not None:
        best = admissible["coherence"].max()
        bottom.axhspan(best - tolerance, best, color=PALETTE[2], alpha=0.15,
                       label=f"within {tolerance:g} of best{' admissible' if min_docs else ''}")
    bottom.set_ylabel("NPMI coherence")
    bottom.set_xlabel("number of topics k")
    bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    chosen = table.loc[table["chosen"], "k"]
    for ax in (top, bottom):
        for k in chosen:
            ax.axvline(k, color=PALETTE[5], lw=1, ls="--")
    if len(chosen):
        top.annotate(f"chosen k = {int(chosen.iloc[0])}", (chosen.iloc[0], 1.0),
                     xytext=(4, -2), textcoords="offset points", color=PALETTE[5], fontsize=7.5,
                     va="top")
    bottom.set_xticks(table["k"])
    bottom.set_xlim(table["k"].min() - 0.5, table["k"].max() + 0.5)
    top.set_title("选择主题数 Choosing k: stability over restarts (bars: ±1 sd) and coherence")
    return fig
