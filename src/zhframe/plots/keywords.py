"""Figures of the keywords analysis: keyness bars, frequency scatter, comparison word clouds.

Every function takes the plain tables :mod:`zhframe.keywords` returns and
gives back a matplotlib figure at print size; saving is
:func:`zhframe.plots.save_figure`. Colours follow :mod:`zhframe.plots.style`:
target vermillion, reference blue, grey = does not hold up.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from zhframe.plots import FULL_WIDTH, NEUTRAL, figure, missing_glyphs, pair_colours, use_cjk_font
from zhframe.plots.style import (HOLDS_REFERENCE, HOLDS_TARGET, does_not_hold_label, tie_jitter,
                                 verdict_colour, verdict_colours)


def _holds(table: pd.DataFrame) -> np.ndarray:
    """The verdict column (``holds_up``), or intervals excluding 0 when the table has no test."""
    if "holds_up" in table:
        return table["holds_up"].fillna(False).to_numpy(dtype=bool)
    if "lr_low" in table:
        from zhframe.plots.style import excludes_zero

        return excludes_zero(table["lr_low"], table["lr_high"])
    return np.zeros(len(table), bool)


def _tested(table: pd.DataFrame) -> bool:
    return "q_value" in table


def _select_two_sided(table: pd.DataFrame, n: int, min_chars: int = 2) -> pd.DataFrame:
    """Top ``n`` bars on each side by |g2|; terms shorter than ``min_chars`` left out.

    Terms with the same counts on both sides would draw identical bars: they
    share one bar (``terms`` lists them), so ``n`` bars show ``n`` different
    differences. Table sorted by |g2|, ties by term.
    """
    t = table[table["term"].astype(str).str.len() >= min_chars].copy()
    t["_holds"] = _holds(t)
    out = []
    for side in (t[t["g2"] > 0], t[t["g2"] < 0]):
        keys = ["count_target", "count_reference", "_holds"] + [c for c in ("share_log_ratio",) if c in side]
        side = side.assign(_order=np.arange(len(side)))
        grouped = (side.groupby(keys, sort=False)
                   .agg(terms=("term", list), _order=("_order", "min"))
                   .reset_index().sort_values("_order").head(n))
        first = side.set_index("term")
        rows = first.loc[[ts[0] for ts in grouped["terms"]]].reset_index()
        rows["terms"] = grouped["terms"].to_numpy()
        out.append(rows)
    return pd.concat(out, ignore_index=True)


def _bar_label(terms: list, a: int, b: int, shown: int = 3) -> str:
    more = f" +{len(terms) - shown}" if len(terms) > shown else ""
    return "、".join(map(str, terms[:shown])) + more + f" ({a}/{b})"


def keyness_bars(table: pd.DataFrame, target: str, reference: str = "其余 rest", n: int = 15,
                 title: str | None = None, min_chars: int = 2):
    """Two-sided keyness chart in the form of quanteda's ``textplot_keyness``, with intervals.

    Parameters
    ----------
    table : DataFrame
        :func:`zhframe.keywords.keyness` output (with ``lr_low``/``lr_high``/
        ``holds_up``/``q_value`` if intervals and verdicts should be drawn).
    target, reference : str
        Group names for the legend.
    n : int
        Bars per side: the strongest by |G²| relatively more frequent in the
        target (top) and in the reference (below).
    min_chars : int
        Terms shorter than this are left out (single characters such as 学, 进
        are segmentation debris far more often than words); the axis says so.

    Bars are Log Ratio (Hardie 2014: doublings of relative frequency) in the
    suite's colours (:mod:`zhframe.plots.style`): target or reference colour
    where the difference holds up, grey where it does not. Whiskers are the
    bootstrap interval, never clipped: where one side never uses the term its
    Log Ratio has no finite bound on that side, so the interval is drawn
    one-sided (an arrow to the axis edge) and the axis is scaled by the finite
    ends. Terms with identical counts share one bar, labelled with up to three
    of them and how many more. Labels are the tick labels beside the axes,
    clear of every bar and whisker; each carries the counts (target/reference).
    """
    import matplotlib.pyplot as plt

    sel = _select_two_sided(table, n, min_chars)
    pos = sel[sel["g2"] > 0]
    neg = sel[sel["g2"] < 0]
    fig, ax = figure(FULL_WIDTH, 1.5 + 0.17 * max(len(sel), 1))
    y = np.concatenate([np.arange(len(pos)), len(pos) + 0.6 + np.arange(len(neg))])
    # the effect drawn is the one tested: the log2 ratio of the shares of units using the term
    # where the table has it (its interval is that quantity's), else the pooled Log Ratio
    effect = "share_log_ratio" if "share_log_ratio" in sel else "log_ratio"
    values = sel[effect].to_numpy(dtype=float)
    holds = sel["_holds"].to_numpy(dtype=bool)
    colours = verdict_colours(values, holds)
    ax.barh(y, values, color=colours, height=0.72)
    has_ci = "lr_low" in sel
    lo = sel["lr_low"].to_numpy(dtype=float) if has_ci else values.copy()
    hi = sel["lr_high"].to_numpy(dtype=float) if has_ci else values.copy()
    # a zero count leaves Log Ratio unbounded on that side (the smoothed bound is an artefact)
    open_hi = ((sel["count_reference"].to_numpy() == 0) & (values > 0)) | ~np.isfinite(hi)
    open_lo = ((sel["count_target"].to_numpy() == 0) & (values < 0)) | ~np.isfinite(lo)
    # the axis follows the effects, not the widest interval: a bound past three times the
    # largest effect (a test-based interval of a handful of units) is drawn as an arrow to the
    # edge, so the interval is shown as continuing, never cut silently
    bars = np.abs(values[np.isfinite(values)])
    span = 1.08 * max(1.0, 3.0 * float(bars.max()) if bars.size else 1.0)
    open_hi = open_hi | (hi > span)
    open_lo = open_lo | (lo < -span)
    if has_ci:
        for yi, v, l_, h_, ol, oh in zip(y, values, lo, hi, open_lo, open_hi):
            a = -span if ol else l_
            b = span if oh else h_
            ax.plot([a, b], [yi, yi], color="0.15", lw=0.8, solid_capstyle="butt")
            for end, is_open, mark in ((a, ol, "<"), (b, oh, ">")):
                ax.plot([end], [yi], marker=mark if is_open else "|", color="0.15",
                        markersize=3.5 if is_open else 4, ls="")
    # labels as tick labels beside the axes: intervals cross zero, so no place inside is free
    ax.set_yticks(y, [_bar_label(t, int(a), int(b)) for t, a, b in
                      zip(sel["terms"], sel["count_target"], sel["count_reference"])], fontsize=7)
    ax.axvline(0, color="0.3", lw=0.8)
    ax.invert_yaxis()
    ax.set_xlim(-span, span)
    ax.set_xlabel(("log2 ratio of the shares of units using the term; whiskers: its 95% test-based interval;\n"
                   if effect == "share_log_ratio" else
                   "Log Ratio (log2 ratio of relative frequencies); whiskers: 95% bootstrap interval;\n")
                  + "arrow: open-ended or past the axis; (n/m): counts target/reference"
                  + (f"; under {min_chars} characters left out" if min_chars > 1 else ""))
    entries = [(verdict_colour(1, True), HOLDS_TARGET.format(target=target)),
               (verdict_colour(-1, True), HOLDS_REFERENCE.format(reference=reference)),
               (NEUTRAL, does_not_hold_label(_tested(sel)))]
    present = set(colours)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c, _ in entries if c in present]
    fig.legend(handles, [t for c, t in entries if c in present], loc="outside lower center", ncol=3)
    ax.set_title(title or f"关键性 Keyness: {target} vs {reference} (top {n} by |G²| each side; "
                 "equal counts share a bar)")
    return fig


def scatter_positions(count_target, count_reference, total_target: float, total_reference: float,
                      seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Plot positions (tokens per 10,000, log scale) of terms: reference on x, target on y.

    Zero counts sit at half a token; terms with the same count are spread
    inside their count's band (:func:`zhframe.plots.style.tie_jitter`, fixed
    seed), so the static scatter and the explorer place every term alike.
    """
    x = 2.0 ** tie_jitter(count_reference, seed=seed) / float(total_reference) * 1e4
    y = 2.0 ** tie_jitter(count_target, seed=seed + 1) / float(total_target) * 1e4
    return x, y


def frequency_scatter(freqs: pd.DataFrame, table: pd.DataFrame, target: str,
                      reference: str = "其余 rest", n_label: int = 10, min_chars: int = 2):
    """Frequency of every term in the target (y) against the reference (x), as scattertext does.

    Parameters
    ----------
    freqs : DataFrame
        :func:`zhframe.keywords.group_frequencies` (terms x groups); with more
        than two groups the non-target columns are summed as the reference.
    table : DataFrame
        :func:`zhframe.keywords.keyness` output, for the verdict (colour) and labels.
    target : str
        The target group's column in ``freqs``.
    n_label : int
        Label the ``n_label`` strongest terms on each side (holding first, then
        by |log-odds z|), terms of at least ``min_chars`` characters.

    Axes are tokens per 10,000 on log scales, target up, reference right, as
    on the explorer page (0 counts at half a token, on the edge). Counts are
    small integers, so many terms tie: each is spread inside its count's band
    (:func:`scatter_positions`) and the title says so. Colour is the suite's
    verdict colour (:mod:`zhframe.plots.style`). Labels are placed by
    ``adjustText`` with a fixed number of iterations.
    """
    import matplotlib.pyplot as plt
    from adjustText import adjust_text

    if target not in freqs.columns:
        raise ValueError(f"{target!r} is not a column of freqs ({', '.join(freqs.columns)})")
    use_cjk_font()
    a = freqs[target].to_numpy(dtype=float)
    b = freqs.drop(columns=[target]).sum(axis=1).to_numpy(dtype=float)
    x, y = scatter_positions(a, b, max(a.sum(), 1), max(b.sum(), 1))
    key = table.set_index("term").reindex(freqs.index)
    lr = np.log2((a + 0.5) / max(a.sum(), 1)) - np.log2((b + 0.5) / max(b.sum(), 1))
    holds = _holds(key.reset_index())
    colours = np.array(verdict_colours(lr, holds))
    fig, ax = figure(FULL_WIDTH, 6.0)
    grey = colours == NEUTRAL
    order = np.argsort(~grey, kind="stable")  # holding points drawn last, on top
    # one collection, every term once: grey points hollow, holding ones filled
    ax.scatter(x[order], y[order], s=np.where(grey, 7, 14)[order],
               facecolors=np.where(grey, "none", colours)[order], edgecolors=colours[order], linewidths=0.5)
    ax.set_xscale("log")
    ax.set_yscale("log")
    lo = min(x.min(), y.min()) / 1.3
    hi = max(x.max(), y.max()) * 1.3
    ax.plot([lo, hi], [lo, hi], color="0.6", lw=0.8, ls="--")
    ax.set_xlim(lo, hi)
    ax.set_ylim(lo, hi)
    z = key["log_odds_z"].fillna(0).to_numpy() if "log_odds_z" in key else lr
    ranked = pd.DataFrame({"term": freqs.index.astype(str), "px": x, "py": y, "z": z, "holds": holds})
    ranked = ranked[ranked["term"].str.len() >= min_chars]
    texts, px, py = [], [], []
    for sign in (1, -1):
        side = ranked[np.sign(ranked["z"]) == sign].assign(strength=lambda d: -d["z"].abs())
        side = side.sort_values(["holds", "strength", "term"], ascending=[False, True, True]).head(n_label)
        for r in side.itertuples():
            texts.append(ax.text(r.px, r.py, r.term, fontsize=7, color="0.1"))
            px.append(r.px)
            py.append(r.py)
    if texts:
        # a fixed number of iterations, not adjustText's default one-second time limit,
        # so that the layout (and the file's bytes) do not depend on the machine's load
        adjust_text(texts, x=px, y=py, ax=ax, iter_lim=300,
                    arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.5})
    ax.set_xlabel(f"{reference}: 每万词 tokens per 10,000 (log)")
    ax.set_ylabel(f"{target}: 每万词 tokens per 10,000 (log)")
    tested = _tested(table)
    present = set(colours)
    handles = [plt.Line2D([], [], marker="o", ls="", color=c, label=t) for c, t in (
        (verdict_colour(1, True), HOLDS_TARGET.format(target=target)),
        (verdict_colour(-1, True), HOLDS_REFERENCE.format(reference=reference))) if c in present]
    if NEUTRAL in present:
        handles.append(plt.Line2D([], [], marker="o", ls="", color=NEUTRAL, mfc="none",
                                  label=does_not_hold_label(tested)))
    fig.legend(handles=handles, loc="outside lower center", ncol=3)
    ax.set_title(f"词频对照 Term frequencies: {target} (up) vs {reference} (right); dashed: equal rates;\n"
                 "terms with equal counts jittered within their count's band; edges: never used by one side")
    return fig


def _cloud_colour(word: str, key: pd.DataFrame, side: int) -> str:
    """Colour of ``word`` in one side's cloud (side +1: target, -1: reference): the verdict colour
    when the word leans to this side and holds up, grey otherwise."""
    if word not in key.index:
        return NEUTRAL
    r = key.loc[word]
    if np.sign(r["log_ratio"]) != side:
        return NEUTRAL
    return verdict_colour(float(r["log_ratio"]), bool(r["holds_up"]))


def word_clouds(freqs: pd.DataFrame, table: pd.DataFrame, target: str, reference: str = "其余 rest",
                max_words: int = 60, random_state: int = 0):
    """Two comparison word clouds, target and rest: size by frequency, colour by keyness.

    ``freqs`` is :func:`zhframe.keywords.group_frequencies` (terms x groups; the
    non-target columns are pooled as the rest), ``table`` the
    :func:`zhframe.keywords.keyness` output for ``target``. In each cloud a
    word's size is its frequency in that side; its colour is the suite's
    verdict colour (:mod:`zhframe.plots.style`): target or reference colour
    when the word is relatively more frequent on this side and the difference
    holds up, grey otherwise (the same legend words as the keyness bars). The ``wordcloud`` package draws
    with ``font_path=zhframe.plots.cjk_font_path()`` and a fixed
    ``random_state``; its smallest word is 7 pt at print size.
    """
    import matplotlib.pyplot as plt
    from wordcloud import WordCloud

    from zhframe.plots import cjk_font_path

    if target not in freqs.columns:
        raise ValueError(f"{target!r} is not a column of freqs ({', '.join(freqs.columns)})")
    key = table.assign(holds_up=_holds(table)).set_index("term")[["log_ratio", "holds_up"]]
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
                           color_func=lambda word, side=side, **_: _cloud_colour(word, key, side)
                           ).generate_from_frequencies(words)
            ax.imshow(wc.to_array(), interpolation="bilinear")
        ax.set_title(f"{name}: 字号 size = frequency")
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in (tc, rc, NEUTRAL)]
    fig.legend(handles, [HOLDS_TARGET.format(target=target), HOLDS_REFERENCE.format(reference=reference),
                         does_not_hold_label(_tested(table)) + ", or more on the other side"],
               loc="outside lower center", ncol=3)
    return fig
