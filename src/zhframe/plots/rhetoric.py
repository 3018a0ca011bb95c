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

from zhframe.plots import FULL_WIDTH, NEUTRAL, SINGLE_COLUMN, figure, group_style
from zhframe.plots.style import (HOLDS_REFERENCE, HOLDS_TARGET, INK, MAX_COLOURED, MAX_GROUPS, category_style,
                                 does_not_hold_label, groups_that_matter, heatmap, verdict_colour)

from zhframe.rhetoric.labels import LABELS, label  # noqa: F401  (moved: domain layers use them too)


def rates(table: pd.DataFrame, features=None, title: str = "", xlabel: str = "每千字 per 1,000 characters",
          ax=None, legend: bool = True, target=None):
    """Dot-and-interval plot: one row per feature, one dot per group with its interval.

    ``table`` is :func:`zhframe.rhetoric.features.group_rates`'s long table.
    Groups take :func:`zhframe.plots.group_style` (the target, default the
    first group, in the target colour); the legend sits beside the axes, never
    on the data. Past :data:`~zhframe.plots.style.MAX_COLOURED` groups no
    colour can name a group: the figure becomes a group x feature heatmap of
    each rate relative to the mean over groups (log2), of the
    :data:`~zhframe.plots.style.MAX_GROUPS` groups that differ most, and says
    how many it leaves out.
    """
    features = list(dict.fromkeys(table["feature"])) if features is None else list(features)
    groups = sorted(table["group"].astype(str).unique())
    if len(groups) > MAX_COLOURED and ax is None:
        return rates_heatmap(table, features, title=title)
    style = group_style(groups, target)
    own = ax is None
    if own:
        fig, ax = figure(FULL_WIDTH, 0.9 + 0.24 * len(features) * max(1, len(groups) / 3))
    else:
        fig = ax.figure
    step = 0.7 / max(1, len(groups))
    for k, g in enumerate(groups):
        colour, marker, _ = style[g]
        sub = table[table["group"].astype(str) == g].set_index("feature").reindex(features)
        y = np.arange(len(features)) + (k - (len(groups) - 1) / 2) * step
        ax.errorbar(sub["rate"], y, xerr=[sub["rate"] - sub["lo"], sub["hi"] - sub["rate"]],
                    fmt=marker, color=colour, ecolor=colour, elinewidth=1, capsize=1.5,
                    markersize=4, label=str(g))
    ax.set_yticks(np.arange(len(features)), [label(f) for f in features])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="0.9", lw=0.6)
    right = ax.get_xlim()[1]
    ax.set_xlim(-0.02 * right, right)  # a rate of 0 is drawn whole, not cut at the axis
    ax.set_title(title)
    if legend:
        ax.legend(title="95% bootstrap intervals", loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig


def rates_heatmap(table: pd.DataFrame, features=None, title: str = "", max_groups: int = MAX_GROUPS):
    """Group x feature heatmap of log2(rate / mean rate over groups), for many groups.

    Rows are the ``max_groups`` groups with the largest |log2 ratio| on any
    feature (:func:`zhframe.plots.style.groups_that_matter`), the others are
    counted in the title. Half a hit per group is added before the ratio, so a
    zero rate is finite.
    """
    features = list(dict.fromkeys(table["feature"])) if features is None else list(features)
    t = table[table["feature"].isin(features)].assign(group=lambda d: d["group"].astype(str))
    wide = t.pivot(index="group", columns="feature", values="rate").reindex(columns=features).astype(float)
    mean = wide.mean(axis=0)
    floor = 0.5 * float(np.nanmin(wide[wide > 0].to_numpy())) if (wide > 0).any().any() else 1.0
    ratio = np.log2((wide + floor) / (mean + floor))
    kept, rest = groups_that_matter(ratio.abs().max(axis=1).fillna(0).to_dict(), max_groups)
    ratio = ratio.loc[kept]
    fig, ax = figure(FULL_WIDTH, 1.6 + 0.13 * len(kept) + 0.06 * max(len(label(f)) for f in features))
    heatmap(ax, ratio.to_numpy(), kept, [label(f) for f in features],
            label="log2(rate / mean of groups)")
    ax.set_title((title + "\n" if title else "") + f"{len(kept)} of {len(kept) + len(rest)} groups"
                 + (f" (the {len(kept)} furthest from the mean; {len(rest)} closer ones left out)" if rest else ""))
    return fig


def numbers(claim_rates: pd.DataFrame, sentence_share: pd.DataFrame, title: str = ""):
    """Two panels: claims per 1,000 characters; share of sentences with a claim (both with intervals).

    Groups are told apart by colour and marker, so past :data:`~zhframe.plots.style.MAX_COLOURED`
    groups only that many are drawn: the ones whose claim rate lies furthest from the mean over
    groups (:func:`~zhframe.plots.style.groups_that_matter`), and the title says how many are
    left out (a legend of dozens of colours names none of them).
    """
    rest: list[str] = []
    if claim_rates["group"].nunique() > MAX_COLOURED:
        spread = claim_rates.assign(group=claim_rates["group"].astype(str))
        spread = spread.assign(gap=(spread["rate"] - spread.groupby("feature")["rate"].transform("mean")).abs())
        kept, rest = groups_that_matter(spread.groupby("group")["gap"].max().to_dict(), MAX_COLOURED)
        claim_rates = claim_rates[claim_rates["group"].astype(str).isin(kept)]
        sentence_share = sentence_share[sentence_share["group"].astype(str).isin(kept)]
    fig, (a, b) = figure(FULL_WIDTH, 1.6 + 0.12 * claim_rates["group"].nunique(), ncols=2,
                         gridspec_kw={"width_ratios": [1.3, 1]})
    rates(claim_rates, title="数字论断 Quantified claims", ax=a, legend=False)
    rates(sentence_share, title="句子占比 Share of sentences", xlabel="占比 share", ax=b, legend=False)
    b.set_xlim(0, 1)
    handles, labels = a.get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=min(len(labels), 6),
               title="95% bootstrap intervals")
    fig.suptitle(title + (f"\n(the {MAX_COLOURED} groups furthest from the mean; {len(rest)} more not shown)"
                          if rest else ""))
    return fig


def enumerations(table: pd.DataFrame, by: str, doc_col: str = "doc_id", title: str = ""):
    """Each numbered formula or counted list: items announced (outline) against items spelled out (fill).

    Colour is the group; the legend explains both the colours and the
    outline/fill encoding. Past :data:`~zhframe.plots.style.MAX_COLOURED` groups no colour
    can name a group (a legend of dozens of colours): each row names its group instead and
    the bars take one colour.
    """
    df = table[table["kind"].isin(["formula", "counted_list", "ordinal_series"])]
    df = df.drop_duplicates([doc_col, "expression", "n_items"]).sort_values(
        [by, doc_col, "start"], kind="stable")
    df, title = _at_most(df, ["n", doc_col, "start"], [False, True, True], "formulas", title, [by, doc_col, "start"])
    groups = sorted(df[by].unique()) if len(df) else []
    many = len(groups) > MAX_COLOURED
    style = group_style(groups)
    fig, ax = figure(FULL_WIDTH, 1.0 + 0.17 * max(1, len(df)))
    y = np.arange(len(df))
    cols = [INK if many else style[g][0] for g in df[by]]
    ax.barh(y, df["n"].astype(float), color="none", edgecolor=cols, linewidth=1)
    ax.barh(y, df["n_items"], color=cols, alpha=0.75, hatch=None)
    names = [f"{e} ({d}, {g})" if many else f"{e} ({d})" for e, d, g in zip(df["expression"], df[doc_col], df[by])]
    ax.set_yticks(y, names, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("条数 items")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    handles = [plt.Rectangle((0, 0), 1, 1, facecolor="none", edgecolor="0.2"),
               plt.Rectangle((0, 0), 1, 1, color="0.4", alpha=0.75)]
    labels = ["轮廓 outline: 宣称条数 announced (n)", "填充 fill: 文中列出 spelled out"]
    if not many:
        handles += [plt.Rectangle((0, 0), 1, 1, color=style[g][0]) for g in groups]
        labels += [str(g) for g in groups]
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig


#: Rows a one-row-per-item figure draws; past it, the largest items and a title that says so.
MAX_ROWS = 40


def _at_most(df: pd.DataFrame, order: list, ascending: list, what: str, title: str, keep_order=None):
    """``df`` when it has at most :data:`MAX_ROWS` rows; else its first MAX_ROWS by ``order`` (then
    in ``keep_order``, default the original order) and ``title`` saying how many of how many."""
    if len(df) <= MAX_ROWS:
        return df, title
    top = df.sort_values(order, ascending=ascending, kind="stable").head(MAX_ROWS)
    top = top.sort_values(keep_order, kind="stable") if keep_order else df[df.index.isin(top.index)]
    note = f"{MAX_ROWS} of {len(df):,} {what} (the largest); the table lists all"
    return top, f"{title}\n{note}" if title else note


def voice_style(classes) -> dict:
    """``{class: (colour, hatch)}``: the suite's categorical palette (:func:`zhframe.plots.style.category_style`).

    A speaker class is neither a group nor a verdict, so it takes none of the
    target, reference or grey colours (which mean those everywhere else); eight
    classes get eight colours and eight hatches, told apart in print and in grey scale.
    """
    return category_style(classes)


def voices(voice_counts: pd.DataFrame, title: str = "", max_groups: int = MAX_GROUPS):
    """Stacked bars: direct quotations per group by speaker type (counts; they are few).

    Every speaker class has its own colour-and-hatch (:func:`voice_style`). Past
    ``max_groups`` groups the ones quoting most are drawn and the rest shown as one bar,
    their mean per group, named with their number (a sum of 60 groups would dwarf every
    drawn bar and hide their differences).
    """
    counts = voice_counts.copy()
    kept, rest = groups_that_matter(counts.sum(axis=1).to_dict(), max_groups)
    if rest:
        idx = counts.index.astype(str)
        mean = counts[idx.isin(rest)].mean().to_frame(f"其余 {len(rest)} groups, mean").T
        counts = pd.concat([counts[idx.isin(kept)], mean])
    style = voice_style(list(counts.columns))
    # few bars and short labels: a single journal column is enough
    fig, ax = figure(SINGLE_COLUMN, 1.9 + 0.22 * len(counts))
    left = np.zeros(len(counts))
    for col in counts.columns:
        colour, hatch = style[col]
        vals = counts[col].to_numpy(dtype=float)
        ax.barh(np.arange(len(counts)), vals, left=left, color=colour, hatch=hatch or None,
                edgecolor="white", linewidth=0.4, label=label(col), height=0.7)
        left += vals
    ax.set_yticks(np.arange(len(counts)), [str(g) for g in counts.index], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("直接引语数 direct quotations")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    handles, names = ax.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncol=2)
    return fig


def headings(articles: pd.DataFrame, doc_col: str = "doc_id", title: str = ""):
    """Per article: heading shares (parallel, anaphoric, 四字格, shared lead, in a parallel set) and mean length.

    One small panel per measure, articles on a shared vertical axis: no
    colour is needed to tell articles apart, so any number of articles stays
    readable.
    """
    shares = {"heading_share_parallel": "对仗\nparallel", "heading_share_anaphoric": "首字重复\nanaphoric",
              "heading_share_four_char": "四字格\n4-char phrases",
              "heading_shared_lead": "同首字\nshared first char.",
              "heading_share_in_set": "成组\nin a parallel set"}
    df = articles[articles["heading_n_headings"].fillna(0) > 0]
    df, title = _at_most(df, ["heading_n_headings", doc_col], [False, True], "articles with headings", title)
    docs = [str(d) for d in df[doc_col]]
    fig, axes = figure(FULL_WIDTH, 1.2 + 0.17 * len(docs), ncols=len(shares) + 1, sharey=True)
    y = np.arange(len(docs))
    for ax, (col, name) in zip(axes, shares.items()):
        values = df[col] if col in df else pd.Series(np.nan, index=df.index)
        ax.hlines(y, 0, values, color="0.75", lw=1)
        ax.plot(values, y, "o", color=INK, markersize=4)
        ax.set_xlim(-0.06, 1.06)  # a share of 1 stays inside the frame
        ax.set_xticks([0, 0.5, 1], ["0", ".5", "1"])
        ax.set_title(name, fontsize=7.5)
    last = axes[-1]
    last.hlines(y, 0, df["heading_mean_length"], color="0.75", lw=1)
    last.plot(df["heading_mean_length"], y, "o", color=INK, markersize=4)
    last.set_xlim(0, 1.1 * max(float(df["heading_mean_length"].max()), 1.0) if len(df) else 1.0)
    last.set_title("平均字数\nmean length", fontsize=7.5)
    axes[0].set_yticks(y, docs)
    axes[0].invert_yaxis()
    fig.supxlabel("占标题比例 share of the article's headings (四字格: of phrases); last panel: characters",
                  fontsize=7.5)
    fig.suptitle(title)
    return fig


def differences(table: pd.DataFrame, target, title: str = "", reference: str = "其余 rest"):
    """Target minus rest, per feature, with intervals.

    ``table``: :func:`zhframe.synthesis.rhetoric_differences` (``item``,
    ``holds_up`` = the calibrated test, q <= alpha) or the descriptive
    :func:`zhframe.rhetoric.features.rate_differences` (``feature``,
    ``excludes_zero``). Filled points hold up, in the colour of the side that
    uses the feature more (:func:`zhframe.plots.style.verdict_colour`); hollow
    grey points do not. The legend states the encoding and which verdict it
    shows (q > 0.05 when tested, else an interval including 0).
    """
    from matplotlib.lines import Line2D

    tested = "holds_up" in table
    df = table.rename(columns={"item": "feature"}) if tested else table
    if "target" in df and (df["target"].astype(str) == str(target)).any():
        # a table of every group's contrasts (more than two groups): this figure is target's
        df = df[df["target"].astype(str) == str(target)]
    df = df.sort_values(["difference", "feature"], kind="stable")
    verdict = df["holds_up" if tested else "excludes_zero"].astype(bool)
    fig, ax = figure(FULL_WIDTH, 1.0 + 0.16 * len(df))
    for yi, (d, lo, hi, holds) in enumerate(zip(df["difference"], df["lo"], df["hi"], verdict)):
        colour = verdict_colour(d, holds)
        ax.errorbar([d], [yi], xerr=[[max(d - lo, 0)], [max(hi - d, 0)]], fmt="o", markersize=4, elinewidth=1,
                    capsize=1.5, color=colour, mfc=colour if colour != NEUTRAL else "white")
    ax.axvline(0, color="black", lw=0.8)
    ax.set_yticks(np.arange(len(df)), [label(f) for f in df["feature"]], fontsize=7)
    ax.grid(axis="x", color="0.9", lw=0.6)
    ax.set_xlabel(f"{target} 减 minus {reference}, 每千字 per 1,000 characters (shares: difference in share)")
    ax.set_title(title)
    handles = [Line2D([], [], marker="o", ls="", color=verdict_colour(1, True)),
               Line2D([], [], marker="o", ls="", color=verdict_colour(-1, True)),
               Line2D([], [], marker="o", ls="", color=NEUTRAL, mfc="white")]
    names = [HOLDS_TARGET.format(target=target), HOLDS_REFERENCE.format(reference=reference),
             does_not_hold_label(tested)]
    ax.legend(handles, names, title="95% bootstrap interval", loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig
