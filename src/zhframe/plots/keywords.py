"""Figures of the keywords analysis: keyness bars, frequency scatter, comparison word clouds.

Every function takes the plain tables :mod:`zhframe.keywords` returns and
gives back a matplotlib figure at print size; saving is
:func:`zhframe.plots.save_figure`. Target and reference keep their group colours
(:func:`zhframe.plots.pair_colours`); pale or grey always means "the interval includes 0".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from zhframe.plots import FULL_WIDTH, NEUTRAL, figure, missing_glyphs, pair_colours, use_cjk_font


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
    bootstrap interval (clipped at 1.5 times the longest bar, the cut end marked
    with a triangle: Jeffreys-smoothed intervals of a term one side never uses
    are about ±13 doublings wide); a solid bar holds up (``holds_up``: q <= alpha
    when the table carries the calibrated test), a pale one does not (the
    legend says so). Each bar is labelled with its counts
    (target/reference).
    """
    import matplotlib.pyplot as plt

    sel = _select_two_sided(table, n)
    pos = sel[sel["g2"] > 0]
    neg = sel[sel["g2"] < 0]
    tc, rc = pair_colours(target, reference)
    fig, ax = figure(FULL_WIDTH, 1.3 + 0.16 * max(len(sel), 1))
    y = np.concatenate([np.arange(len(pos)), len(pos) + 0.6 + np.arange(len(neg))])
    values = sel["log_ratio"].to_numpy()
    colours = np.where(sel["g2"] > 0, tc, rc)
    holds = sel["holds_up"].to_numpy(dtype=bool) if "holds_up" in sel else np.ones(len(sel), bool)
    for yi, v, c, h in zip(y, values, colours, holds):
        ax.barh(yi, v, color=c, alpha=0.95 if h else 0.3, height=0.75)
    span = max(np.abs(values).max() if len(values) else 1.0, 1.0)
    # Jeffreys-smoothed intervals of terms one side never uses run to about ±13 doublings:
    # whiskers are clipped at 1.5 times the largest bar and the clipped end marked with a triangle.
    clip = 1.5 * span
    lo = np.clip(sel["lr_low"].to_numpy(), -clip, clip) if "lr_low" in sel else values
    hi = np.clip(sel["lr_high"].to_numpy(), -clip, clip) if "lr_high" in sel else values
    if "lr_low" in sel:
        ax.errorbar(values, y, xerr=[np.maximum(values - lo, 0), np.maximum(hi - values, 0)], fmt="none",
                    ecolor="0.2", elinewidth=0.7, capsize=1.5)
        for side, bound, mark in ((sel["lr_high"].to_numpy(), clip, ">"), (sel["lr_low"].to_numpy(), -clip, "<")):
            cut = np.abs(side) > clip
            ax.plot(np.full(cut.sum(), bound), y[cut], mark, color="0.2", markersize=3, ls="")
    # labels outside the bar and its whisker, as quanteda does
    for yi, v, term, a, b, h, l in zip(y, values, sel["term"], sel["count_target"],
                                       sel["count_reference"], hi, lo):
        end = max(v, h) + 0.03 * span if v > 0 else min(v, l) - 0.03 * span
        ax.text(end, yi, f"{term} ({a}/{b})", va="center", ha="left" if v > 0 else "right",
                fontsize=7)
    ax.axvline(0, color="0.3", lw=0.8)
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.set_xlim(-2.2 * span, 2.2 * span)
    ax.set_xlabel("Log Ratio (log2 of relative-frequency ratio); whiskers: 95% bootstrap interval "
                  "(arrowhead: clipped); (n/m): counts target/rest")
    handles = [plt.Rectangle((0, 0), 1, 1, color=tc), plt.Rectangle((0, 0), 1, 1, color=rc),
               plt.Rectangle((0, 0), 1, 1, color=NEUTRAL, alpha=0.3)]
    fig.legend(handles, [f"{target} 多用, holds up", f"{reference} 多用, holds up",
                         "淡色 pale: does not hold up (q > 0.05)" if "q_value" in sel
                         else "淡色 pale: 区间含 0 interval includes 0"], loc="outside lower center", ncol=3)
    ax.set_title(title or f"关键性 Keyness: {target} vs {reference} (top {n} by |G²| each side)")
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
    used at the same rate; colour is the Fightin' Words z. Labels are placed
    by ``adjustText`` (Flyamer et al.) so that they do not overprint each other
    or the labelled points.
    """
    from adjustText import adjust_text
    from matplotlib.colors import TwoSlopeNorm

    if target not in freqs.columns:
        raise ValueError(f"{target!r} is not a column of freqs ({', '.join(freqs.columns)})")
    use_cjk_font()
    a = freqs[target].to_numpy(dtype=float)
    b = freqs.drop(columns=[target]).sum(axis=1).to_numpy(dtype=float)
    c, d = a.sum(), b.sum()
    x = np.where(b > 0, b, 0.5) / d * 1e4
    y = np.where(a > 0, a, 0.5) / c * 1e4
    z = table.set_index("term")["log_odds_z"].reindex(freqs.index).fillna(0).to_numpy()
    fig, ax = figure(FULL_WIDTH, 6.0)
    lim = max(np.abs(z).max(), 1e-9)
    order = np.argsort(np.abs(z), kind="stable")  # strongest drawn last, on top
    sc = ax.scatter(x[order], y[order], c=z[order], cmap="RdBu", s=10, alpha=0.8, linewidths=0,
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
    # counts are small integers, so several terms share a point: one label per point
    spots = labelled.groupby(["_x", "_y"], sort=True)["term"].apply(list)
    texts = [ax.text(px, py, "、".join(terms[:4]) + ("…" if len(terms) > 4 else ""), fontsize=7,
                     color="0.1") for (px, py), terms in spots.items()]
    if texts:
        # a fixed number of iterations, not adjustText's default one-second time limit,
        # so that the layout (and the file's bytes) do not depend on the machine's load
        adjust_text(texts, x=[p[0] for p in spots.index], y=[p[1] for p in spots.index], ax=ax,
                    iter_lim=300, arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.5})
    ax.set_xlabel(f"{reference}: 每万词 tokens per 10,000 (log)")
    ax.set_ylabel(f"{target}: 每万词 tokens per 10,000 (log)")
    fig.colorbar(sc, ax=ax, shrink=0.7, label=f"log-odds z (blue: more in {target}; red: more in {reference})")
    ax.set_title(f"词频对照 Term frequencies: {target} vs {reference}; dashed: equal rates, "
                 "edges: never used by one side")
    return fig


def _cloud_colour(word: str, key: pd.DataFrame, side: int, own: str) -> str:
    """Colour of ``word`` in one side's cloud (side +1: target, -1: reference)."""
    if word not in key.index:
        return NEUTRAL
    r = key.loc[word]
    if np.sign(r["log_ratio"]) != side:
        return NEUTRAL
    return own if bool(r["holds_up"]) else _pale(own)


def _pale(colour: str) -> str:
    from matplotlib.colors import to_hex, to_rgb

    return to_hex([1 - 0.45 * (1 - c) for c in to_rgb(colour)])


def word_clouds(freqs: pd.DataFrame, table: pd.DataFrame, target: str, reference: str = "其余 rest",
                max_words: int = 60, random_state: int = 0):
    """Two comparison word clouds, target and rest: size by frequency, colour by keyness.

    ``freqs`` is :func:`zhframe.keywords.group_frequencies` (terms x groups; the
    non-target columns are pooled as the rest), ``table`` the
    :func:`zhframe.keywords.keyness` output for ``target``. In each cloud a
    word's size is its frequency in that side; its colour says whether that
    side uses it relatively more (Log Ratio sign) and whether the difference
    holds up (paragraph-bootstrap interval excludes 0): full colour = more
    here and holds up, pale = more here but the interval includes 0, grey =
    not more here. The legend states this. The ``wordcloud`` package draws
    with ``font_path=zhframe.plots.cjk_font_path()`` and a fixed
    ``random_state``; its smallest word is 7 pt at print size.
    """
    import matplotlib.pyplot as plt
    from wordcloud import WordCloud

    from zhframe.plots import cjk_font_path

    if target not in freqs.columns:
        raise ValueError(f"{target!r} is not a column of freqs ({', '.join(freqs.columns)})")
    key = table.set_index("term")[["log_ratio", "holds_up"]]
    tc, rc = pair_colours(target, reference)
    sides = [(target, freqs[target], 1, tc), (reference, freqs.drop(columns=[target]).sum(axis=1), -1, rc)]
    fig, axes = figure(FULL_WIDTH, 3.0, ncols=2)
    # canvas of 500 px drawn 3.3 in wide: 1 px = 0.475 pt, so 15 px is about 7 pt
    width_px, panel_in = 500, 3.3
    min_px = int(np.ceil(7.0 / (panel_in * 72 / width_px)))
    for ax, (name, col, side, own) in zip(axes, sides):
        ax.axis("off")
        words = {t: float(v) for t, v in sorted(col[col > 0].items())
                 if not missing_glyphs(str(t), with_fallback=False)}
        if words:
            wc = WordCloud(font_path=cjk_font_path(), width=width_px, height=330, max_words=max_words,
                           min_font_size=min_px, max_font_size=70, scale=2, background_color="white",
                           random_state=random_state, prefer_horizontal=1.0,
                           color_func=lambda word, **_: _cloud_colour(word, key, side, own)
                           ).generate_from_frequencies(words)
            ax.imshow(wc.to_array(), interpolation="bilinear")
        ax.set_title(f"{name}: 字号 size = frequency")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in (tc, _pale(tc), rc, _pale(rc), NEUTRAL)]
    fig.legend(handles, [f"{target} 多用, holds up", "…interval includes 0", f"{reference} 多用, holds up",
                         "…interval includes 0", "not more on this side"],
               loc="outside lower center", ncol=3)
    return fig
