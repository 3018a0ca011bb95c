"""Figures of the keywords analysis: keyness bars, frequency scatter, TF-IDF bars, word clouds.

Every function takes the plain tables :mod:`zhframe.keywords` returns and
gives back a matplotlib figure; saving is :func:`zhframe.plots.save_figure`.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from zhframe.plots import missing_glyphs, use_cjk_font

TARGET_COLOUR = "#1f77b4"
REFERENCE_COLOUR = "#d62728"


def _select_two_sided(table: pd.DataFrame, n: int) -> pd.DataFrame:
    """Top ``n`` terms on each side by |g2| (table is sorted by |g2|, ties by term)."""
    pos = table[table["g2"] > 0].head(n)
    neg = table[table["g2"] < 0].head(n)
    return pd.concat([pos, neg])


def keyness_bars(table: pd.DataFrame, target: str, reference: str = "其余 rest", n: int = 15,
                 title: str | None = None):
    """Two-sided keyness chart, as quanteda's ``textplot_keyness``, with bootstrap intervals.

    Parameters
    ----------
    table : DataFrame
        :func:`zhframe.keywords.keyness` output (with ``lr_low``/``lr_high``/
        ``holds_up`` if intervals should be drawn).
    target, reference : str
        Group names for the legend.
    n : int
        Terms per side: the ``n`` strongest by |G²| relatively more frequent in
        the target (drawn at the top) and in the reference (below).

    Bars are Log Ratio (doublings of relative frequency), whiskers the
    paragraph-bootstrap interval; a solid bar is a difference whose interval
    excludes 0 ("holds up"), a pale one a difference that rests on a few
    paragraphs. Each bar is labelled with its counts (target/reference).
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    sel = _select_two_sided(table, n)
    pos = sel[sel["g2"] > 0]
    neg = sel[sel["g2"] < 0]
    fig, ax = plt.subplots(figsize=(7, 0.8 + 0.28 * max(len(sel), 1)))
    y = np.concatenate([np.arange(len(pos)), len(pos) + 0.6 + np.arange(len(neg))])
    values = sel["log_ratio"].to_numpy()
    colours = np.where(sel["g2"] > 0, TARGET_COLOUR, REFERENCE_COLOUR)
    holds = sel["holds_up"].to_numpy(dtype=bool) if "holds_up" in sel else np.ones(len(sel), bool)
    for yi, v, c, h in zip(y, values, colours, holds):
        ax.barh(yi, v, color=c, alpha=0.9 if h else 0.3, height=0.75)
    if "lr_low" in sel:
        lo, hi = sel["lr_low"].to_numpy(), sel["lr_high"].to_numpy()
        ax.errorbar(values, y, xerr=[values - lo, hi - values], fmt="none", ecolor="0.2",
                    elinewidth=0.8, capsize=2)
    span = max(np.abs(values).max() if len(values) else 1.0, 1.0)
    if "lr_low" in sel and len(sel):
        span = max(span, np.abs(sel[["lr_low", "lr_high"]].to_numpy()).max())
    # labels outside the bar and its whisker, as quanteda does
    outer_hi = sel["lr_high"].to_numpy() if "lr_high" in sel else values
    outer_lo = sel["lr_low"].to_numpy() if "lr_low" in sel else values
    for yi, v, term, a, b, h, l in zip(y, values, sel["term"], sel["count_target"],
                                       sel["count_reference"], outer_hi, outer_lo):
        end = max(v, h) + 0.03 * span if v > 0 else min(v, l) - 0.03 * span
        ax.text(end, yi, f"{term} ({a}/{b})", va="center", ha="left" if v > 0 else "right",
                fontsize=8)
    ax.axvline(0, color="0.3", lw=0.8)
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.set_xlim(-1.6 * span, 1.6 * span)
    ax.set_xlabel("Log Ratio (log2 of relative-frequency ratio); whiskers: paragraph-bootstrap interval")
    handles = [plt.Rectangle((0, 0), 1, 1, color=TARGET_COLOUR),
               plt.Rectangle((0, 0), 1, 1, color=REFERENCE_COLOUR),
               plt.Rectangle((0, 0), 1, 1, color="0.5", alpha=0.3)]
    ax.legend(handles, [f"{target} 多用", f"{reference} 多用", "区间含 0 interval includes 0"],
              loc="lower left", bbox_to_anchor=(0, 1.0), ncol=3, fontsize=8, frameon=False)
    ax.set_title(title or f"关键性 Keyness: {target} vs {reference} (top {n} by |G²| each side)",
                 fontsize=10, pad=22)
    fig.tight_layout()
    return fig


def frequency_scatter(freqs: pd.DataFrame, table: pd.DataFrame, target: str,
                      reference: str = "其余 rest", n_label: int = 10):
    """Frequency of every term in the target against the reference, as scattertext does.

    Parameters
    ----------
    freqs : DataFrame
        :func:`zhframe.keywords.group_frequencies` (terms x groups); with more
        than two groups the non-target columns are summed as the reference.
    table : DataFrame
        :func:`zhframe.keywords.keyness` output, for colour (log-odds z) and labels.
    target : str
        The target group's column in ``freqs``.
    n_label : int
        Label the ``n_label`` terms with the largest and smallest z.

    Axes are tokens per 10,000 on log scales (0 counts drawn at half a token,
    so words one side never uses sit on the edge). Points on the diagonal are
    used at the same rate; colour is the Fightin' Words z.
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import TwoSlopeNorm

    use_cjk_font()
    if target not in freqs.columns:
        raise ValueError(f"{target!r} is not a column of freqs ({', '.join(freqs.columns)})")
    a = freqs[target].to_numpy(dtype=float)
    b = freqs.drop(columns=[target]).sum(axis=1).to_numpy(dtype=float)
    c, d = a.sum(), b.sum()
    x = np.where(b > 0, b, 0.5) / d * 1e4
    y = np.where(a > 0, a, 0.5) / c * 1e4
    z = table.set_index("term")["log_odds_z"].reindex(freqs.index).fillna(0).to_numpy()
    fig, ax = plt.subplots(figsize=(7, 6.5))
    lim = max(np.abs(z).max(), 1e-9)
    order = np.argsort(np.abs(z), kind="stable")  # strongest drawn last, on top
    sc = ax.scatter(x[order], y[order], c=z[order], cmap="RdBu", s=12, alpha=0.8, linewidths=0,
                    norm=TwoSlopeNorm(0, -lim, lim))
    ax.set_xscale("log")
    ax.set_yscale("log")
    lo = min(x.min(), y.min()) / 1.3
    hi = max(x.max(), y.max()) * 1.3
    ax.plot([lo, hi], [lo, hi], color="0.6", lw=0.8, ls="--")
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    ranked = table.set_index("term").reindex(freqs.index).assign(_x=x, _y=y)
    ranked = ranked.reset_index().sort_values(["log_odds_z", "term"], ascending=[False, True])
    labelled = pd.concat([ranked.head(n_label), ranked.tail(n_label)]).drop_duplicates("term")
    # Counts are small integers, so many terms share a point: one label per point,
    # terms joined, offsets alternating so neighbouring points' labels do not collide.
    spots = labelled.groupby(["_x", "_y"], sort=True)["term"].apply(list)
    for k, ((px, py), terms) in enumerate(spots.items()):
        lines = ["、".join(terms[i:i + 3]) for i in range(0, len(terms), 3)]
        up = k % 2 == 0
        ax.annotate("\n".join(lines), (px, py), fontsize=7.5, color="0.1",
                    xytext=(4, 4 if up else -4), textcoords="offset points",
                    va="bottom" if up else "top",
                    arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.5})
    ax.set_xlabel(f"{reference}: 每万词 tokens per 10,000 (log)")
    ax.set_ylabel(f"{target}: 每万词 tokens per 10,000 (log)")
    fig.colorbar(sc, ax=ax, shrink=0.7, label=f"log-odds z (+ = {target})")
    ax.set_title(f"词频对照 Term frequencies: {target} vs {reference}", fontsize=10)
    fig.tight_layout()
    return fig


def top_terms_bars(tops: Mapping[str, pd.DataFrame], by: str, n: int = 10):
    """Small multiples of top terms: one row per group, one column per method.

    ``tops`` maps a method name (e.g. "mean paragraph TF-IDF", "c-TF-IDF") to
    a long table ``[by, rank, term, score]`` from
    :func:`zhframe.keywords.tfidf_by_group` / :func:`~zhframe.keywords.ctfidf_by_group`.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    methods = list(tops)
    groups = sorted({g for t in tops.values() for g in t[by].astype(str)})
    fig, axes = plt.subplots(len(groups), len(methods), squeeze=False,
                             figsize=(3.2 * len(methods), 0.4 + 0.22 * n * len(groups)))
    for j, method in enumerate(methods):
        t = tops[method]
        for i, g in enumerate(groups):
            ax = axes[i, j]
            rows = t[(t[by].astype(str) == g) & (t["rank"] <= n)].sort_values("rank")
            ax.barh(np.arange(len(rows)), rows["score"], color=plt.get_cmap("tab10")(i % 10))
            ax.set_yticks(np.arange(len(rows)), rows["term"], fontsize=8)
            ax.invert_yaxis()
            ax.tick_params(axis="x", labelsize=7)
            ax.set_title(f"{g} · {method}", fontsize=9)
    fig.tight_layout()
    return fig


def word_clouds(freqs: pd.DataFrame, max_words: int = 80, random_state: int = 0):
    """One word cloud per group (column of ``freqs``), in the CJK font.

    ``freqs`` is :func:`zhframe.keywords.group_frequencies` (terms x groups).
    Uses the ``wordcloud`` package with ``font_path=zhframe.plots.cjk_font_path()``
    (its default font draws Chinese as boxes) and a fixed ``random_state``,
    so the layout is the same on every run. Words the font cannot draw are
    left out. A word cloud shows what is frequent, not what differs or how
    sure we are: read it beside the keyness chart.
    """
    import matplotlib.pyplot as plt
    from wordcloud import WordCloud

    from zhframe.plots import cjk_font_path

    use_cjk_font()
    groups = list(freqs.columns)
    ncols = min(len(groups), 2)
    nrows = -(-len(groups) // ncols)
    fig, axes = plt.subplots(nrows, ncols, squeeze=False, figsize=(5 * ncols, 3.2 * nrows))
    for ax in axes.ravel():
        ax.axis("off")
    for ax, g in zip(axes.ravel(), groups):
        col = freqs[g]
        words = {t: float(v) for t, v in sorted(col[col > 0].items())
                 if not missing_glyphs(str(t), with_fallback=False)}
        if words:
            wc = WordCloud(font_path=cjk_font_path(), width=600, height=375, max_words=max_words,
                           background_color="white", random_state=random_state, colormap="viridis",
                           prefer_horizontal=1.0).generate_from_frequencies(words)
            ax.imshow(wc.to_array(), interpolation="bilinear")
        ax.set_title(str(g), fontsize=11)
    fig.tight_layout()
    return fig
