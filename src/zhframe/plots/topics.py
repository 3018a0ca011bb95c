"""Figures of the topic analysis (:mod:`zhframe.topics`).

Each function takes the plain tables the analysis returns and gives back a
matplotlib figure; saving is :func:`zhframe.plots.save_figure`'s job.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from zhframe.plots import FULL_WIDTH, NEUTRAL, figure, group_style
from zhframe.plots.style import CATEGORY_PALETTE, INK
from zhframe.plots.style import (MAX_COLOURED, MAX_GROUPS, does_not_hold_label, excludes_zero,
                                 groups_that_matter, heatmap, verdict_colour)


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
        ax.barh(np.arange(len(part)), part["weight"], color=CATEGORY_PALETTE[0])
        ax.set_yticks(np.arange(len(part)), part["term"])
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_title(labels[t - 1])
        ax.tick_params(axis="x", labelsize=7)
    for ax in axes.flat[len(topics):]:
        ax.set_axis_off()
    fig.suptitle("主题词 Top terms per topic (bar: weight in the topic)")
    return fig


def _prevalence_holds(prevalence: pd.DataFrame) -> np.ndarray:
    """The verdict of each row's difference: ``holds_up`` if present, else its interval excludes 0."""
    if "holds_up" in prevalence:
        return prevalence["holds_up"].fillna(False).to_numpy(dtype=bool)
    return excludes_zero(prevalence["diff_lo"], prevalence["diff_hi"])


def topic_prevalence(prevalence: pd.DataFrame, ci: float = 0.95, target=None, max_groups: int = MAX_GROUPS):
    """Share of each group's text per topic (left) and its difference from the rest (right).

    ``prevalence`` is :func:`zhframe.topics.topic_prevalence`'s table. Points
    are shares, bars the bootstrap intervals. The right panel shows, for each
    group, share minus the share of all other groups pooled, in the suite's
    verdict colours (:mod:`zhframe.plots.style`): coloured only where the
    difference holds up (``holds_up`` when the table carries the test, else an
    interval excluding 0), hollow grey otherwise. With two groups only the
    target (default the first) is drawn on the right (the other is its mirror
    image). Past :data:`~zhframe.plots.style.MAX_COLOURED` groups the figure is
    :func:`topic_prevalence_heatmap`.
    """
    groups = sorted(prevalence["group"].astype(str).unique())
    if len(groups) > MAX_COLOURED:
        return topic_prevalence_heatmap(prevalence, ci=ci, max_groups=max_groups)
    prevalence = prevalence.assign(group=prevalence["group"].astype(str), _holds=_prevalence_holds(prevalence))
    labels = prevalence.drop_duplicates("topic").sort_values("topic")["label"].tolist()
    style = group_style(groups, target)
    first = str(target) if target is not None else groups[0]
    k = len(labels)
    fig, (left, right) = figure(FULL_WIDTH, 1.4 + 0.3 * k * max(1, len(groups) / 4), ncols=2, sharey=True)
    offsets = np.linspace(-0.25, 0.25, len(groups)) if len(groups) > 1 else [0.0]
    diff_groups = [first] if len(groups) == 2 else groups
    for off, g in zip(offsets, groups):
        part = prevalence[prevalence["group"] == g].sort_values("topic")
        y = np.arange(k) + off
        colour, marker, _ = style[g]
        left.errorbar(part["share"], y, xerr=[part["share"] - part["lo"], part["hi"] - part["share"]],
                      fmt=marker, color=colour, capsize=1.5, markersize=4, label=str(g))
        if g in diff_groups:
            cs = [verdict_colour(d, h) for d, h in zip(part["diff"], part["_holds"])]
            cont = right.errorbar(part["diff"], y, xerr=[np.maximum(part["diff"] - part["diff_lo"], 0),
                                                          np.maximum(part["diff_hi"] - part["diff"], 0)],
                                  fmt="none", capsize=1.5)
            for coll in cont.lines[2]:  # each whisker in its point's verdict colour
                coll.set_color(cs)
            for cap in cont.lines[1]:
                cap.set_visible(False)
            right.scatter(part["diff"], y, marker=marker, s=16, edgecolors=cs, zorder=3,
                          facecolors=[c if c != NEUTRAL else "white" for c in cs])
    left.set_yticks(np.arange(k), labels)
    left.set_ylim(k - 0.5, -0.5)
    left.set_xlim(left=0)
    left.set_xlabel("share of the group's text (characters)")
    left.set_title(f"主题占比 Topic share, {ci:.0%} bootstrap intervals")
    right.axvline(0, color="black", lw=0.8)
    other = [g for g in groups if g != first][0] if len(groups) == 2 else "the rest"
    right.set_xlabel("difference in share" + (" (group minus the rest)" if len(groups) > 2
                                              else f" ({first} minus {other})" if len(groups) == 2 else ""))
    right.set_title("差异 Difference: coloured = holds up,\nhollow grey = "
                    + ("q > 0.05" if "holds_up" in prevalence else "interval includes 0"))
    handles, names = left.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncol=min(len(names), 6))
    return fig


def topic_prevalence_heatmap(prevalence: pd.DataFrame, ci: float = 0.95, max_groups: int = MAX_GROUPS):
    """Many groups: a group x topic heatmap of share minus the rest, grey where it does not hold up.

    Rows are the ``max_groups`` groups with the largest holding difference on
    any topic, then the largest differences that do not hold
    (:func:`zhframe.plots.style.groups_that_matter`); the title counts the rest.
    """
    p = prevalence.assign(group=prevalence["group"].astype(str), _holds=_prevalence_holds(prevalence))
    labels = p.drop_duplicates("topic").sort_values("topic")["label"].tolist()
    diff = p.pivot(index="group", columns="topic", values="diff").sort_index(axis=1)
    holds = p.pivot(index="group", columns="topic", values="_holds").sort_index(axis=1).astype(bool)
    # groups with a holding difference first (by its size), then the largest differences that do not hold
    score = (diff.abs() * holds).max(axis=1) + 1e-3 * diff.abs().max(axis=1) / (diff.abs().max().max() or 1)
    kept, rest = groups_that_matter(score.to_dict(), max_groups)
    fig, ax = figure(FULL_WIDTH, 1.8 + 0.13 * len(kept))
    heatmap(ax, diff.loc[kept].to_numpy(), kept, labels, holds=holds.loc[kept].to_numpy(),
            label="share minus the rest (grey: " + ("q > 0.05" if "holds_up" in p else "interval includes 0") + ")")
    n_hold = int(holds.to_numpy().sum())
    ax.set_title(f"主题占比差异 Topic share, each group minus the rest ({ci:.0%} intervals):\n"
                 + (f"{n_hold} of {holds.size} hold up" if "holds_up" in p else
                    f"{n_hold} of {holds.size} intervals exclude 0 (not a test)")
                 + f";\n{len(kept)} of {len(kept) + len(rest)} groups shown"
                 + (f" (largest differences; {len(rest)} with smaller ones left out)" if rest else ""))
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
                 fmt="o-", color=CATEGORY_PALETTE[0], capsize=2)
    top.set_ylabel("stability\n(matched Jaccard, top terms)")
    top.set_ylim(0, 1.05)
    bottom.plot(table["k"], table["coherence"], "o-", color=CATEGORY_PALETTE[3], label="mean over topics")
    bottom.plot(table["k"], table["coherence_min"], "v:", color=CATEGORY_PALETTE[3], alpha=0.6,
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
        bottom.axhspan(best - tolerance, best, color=CATEGORY_PALETTE[3], alpha=0.15,
                       label=f"within {tolerance:g} of best{' admissible' if min_docs else ''}")
    bottom.set_ylabel("NPMI coherence")
    bottom.set_xlabel("number of topics k")
    bottom.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    chosen = table.loc[table["chosen"], "k"]
    for ax in (top, bottom):
        for k in chosen:
            ax.axvline(k, color=INK, lw=1, ls="--")
    if len(chosen):
        top.annotate(f"chosen k = {int(chosen.iloc[0])}", (chosen.iloc[0], 1.0),
                     xytext=(4, -2), textcoords="offset points", color=INK, fontsize=7.5,
                     va="top")
    bottom.set_xticks(table["k"])
    bottom.set_xlim(table["k"].min() - 0.5, table["k"].max() + 0.5)
    top.set_title("选择主题数 Choosing k: stability over restarts (bars: ±1 sd) and coherence")
    return fig
