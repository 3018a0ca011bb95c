"""The suite's one visual language: what a colour means, in every figure, page and tab.

- :data:`TARGET` (Okabe-Ito vermillion): the target group, or a difference that
  holds up and leans to the target;
- :data:`REFERENCE` (Okabe-Ito blue): the reference (the other group, or the
  rest pooled), or a holding difference that leans to it;
- :data:`NEUTRAL` (grey, drawn hollow where a marker is used): a difference that
  does **not hold up** (the calibrated test's verdict when there is one, else an
  interval that includes 0). Grey is never a group's colour.

:func:`verdict_colour` is the only place that turns a difference into a
colour; the static figures (:mod:`zhframe.plots.keywords`, ``rhetoric``,
``synthesis``, ``topics``) and the explorer page all call it, and
``tests/test_plots.py`` reads the colours back from the drawn artists.
Okabe & Ito (2008): the pair stays distinct under the common colour-vision
deficiencies.

:func:`tie_jitter` spreads points that share a count (small integer counts put
hundreds of terms on a few lattice points) inside their count's own band, with a
fixed seed, so a reader sees how many terms sit there and no point moves past
its neighbour count.
"""

from __future__ import annotations

import numpy as np

TARGET = "#d55e00"
REFERENCE = "#0072b2"
NEUTRAL = "#9a9a9a"

#: Words of the legend entries, the same in every figure and on the page.
HOLDS_TARGET = "holds up: more in {target}"
HOLDS_REFERENCE = "holds up: more in {reference}"
DOES_NOT_HOLD = "灰 grey: does not hold up"


def does_not_hold_label(tested: bool) -> str:
    """The grey entry's words: the test's verdict (q > 0.05) or, untested, an interval including 0."""
    return DOES_NOT_HOLD + (" (q > 0.05)" if tested else " (interval includes 0)")


def verdict_colour(difference: float, holds: bool) -> str:
    """Colour of one difference: target or reference colour by its sign when it holds up, else grey."""
    if not holds or not np.isfinite(difference) or difference == 0:
        return NEUTRAL
    return TARGET if difference > 0 else REFERENCE


def verdict_colours(differences, holds) -> list[str]:
    """:func:`verdict_colour` of each pair."""
    return [verdict_colour(float(d), bool(h)) for d, h in zip(differences, holds)]


def excludes_zero(lo, hi) -> np.ndarray:
    """True where the interval ``[lo, hi]`` lies wholly on one side of 0 (NaN: False)."""
    lo, hi = np.asarray(lo, dtype=float), np.asarray(hi, dtype=float)
    with np.errstate(invalid="ignore"):
        return (lo > 0) | (hi < 0)


def tie_jitter(counts, seed: int = 0, width: float = 0.35) -> np.ndarray:
    """``log2(count + 0.5)`` plus a deterministic spread inside the count's band.

    A point with count ``c`` moves at most ``width`` times the distance to the
    next count's position (``log2(c + 1.5) - log2(c + 0.5)``) either way, so
    ties become a visible cloud and counts stay ordered. Same counts and seed,
    same positions. Returns log2 positions (plot them on a linear axis labelled
    in counts or rates).
    """
    c = np.asarray(counts, dtype=float)
    base = np.log2(c + 0.5)
    gap = np.log2(c + 1.5) - base
    u = np.random.default_rng(seed).uniform(-1.0, 1.0, size=c.shape)
    return base + width * gap * u


def diverging_cmap():
    """Reference blue - light grey - target vermillion, for a continuous lean (e.g. Log Ratio)."""
    from matplotlib.colors import LinearSegmentedColormap

    return LinearSegmentedColormap.from_list("zhframe_lean", [REFERENCE, "#e6e6e6", TARGET])


def diverging_palette(n: int = 11) -> list[str]:
    """:func:`diverging_cmap` as ``n`` hex colours (the explorer's Bokeh palette)."""
    from matplotlib.colors import to_hex

    cmap = diverging_cmap()
    return [to_hex(cmap(i / (n - 1))) for i in range(n)]


#: Most groups a figure draws one row or point set for; past it the figure shows the
#: groups that matter (:func:`groups_that_matter`) and says how many it summarises.
MAX_GROUPS = 40
#: Most groups drawn as coloured point sets side by side; past it figures switch to a
#: heatmap (one row per group), where no colour has to name a group.
MAX_COLOURED = 12


def groups_that_matter(scores, n: int = MAX_GROUPS) -> tuple[list[str], list[str]]:
    """``(kept, summarised)``: the ``n`` groups with the largest score, the rest.

    ``scores`` maps group -> a size of difference (e.g. the largest |difference|
    of any item); ties go to the group name, so the choice is stable. ``kept``
    keeps the input order of the groups it takes.
    """
    items = [(str(g), float(v)) for g, v in dict(scores).items()]
    if len(items) <= n:
        return [g for g, _ in items], []
    ranked = sorted(items, key=lambda kv: (-(kv[1] if np.isfinite(kv[1]) else -np.inf), kv[0]))
    top = {g for g, _ in ranked[:n]}
    return [g for g, _ in items if g in top], sorted(g for g, _ in items if g not in top)


def heatmap(ax, values, rows, cols, *, centre: float = 0.0, label: str = "", holds=None):
    """Rows x columns of ``values`` in the diverging colours (blue below ``centre``, vermillion above).

    ``holds`` (same shape, optional): cells that do not hold up are drawn
    grey, as everywhere. Returns the image for a colour bar. Row labels take
    7 pt; the caller keeps rows at most :data:`MAX_GROUPS`.
    """
    from matplotlib.colors import TwoSlopeNorm

    v = np.asarray(values, dtype=float)
    lim = float(np.nanmax(np.abs(v - centre))) if np.isfinite(v).any() else 1.0
    lim = lim if lim > 0 else 1.0
    cmap = diverging_cmap().with_extremes(bad=NEUTRAL)
    shown = np.where(np.asarray(holds, dtype=bool), v, np.nan) if holds is not None else v
    im = ax.imshow(shown, aspect="auto", cmap=cmap, norm=TwoSlopeNorm(centre, centre - lim, centre + lim),
                   interpolation="nearest")
    ax.set_yticks(np.arange(len(rows)), [str(r) for r in rows], fontsize=7)
    ax.set_xticks(np.arange(len(cols)), [str(c) for c in cols], fontsize=7, rotation=60, ha="right",
                  rotation_mode="anchor")
    ax.figure.colorbar(im, ax=ax, shrink=0.6, label=label)
    return im


#: Ink of a figure that draws one measure with no group and no verdict (e.g. per-article
#: heading shares): black, so no point reads as the target, the reference or "does not hold up".
INK = "#000000"

#: Categories that are neither groups nor verdicts (speaker classes of ``05_voices``): eight
#: colours from Okabe-Ito and Paul Tol's palettes with no vermillion, no blue of the reference,
#: no grey and no black, chosen so that every pair differs by at least 18 CIELAB units under
#: normal vision, deuteranopia and protanopia (Machado et al. 2009 simulation), and each at
#: least 15 from the target, reference, grey and black. Each has its own hatch as well
#: (:data:`CATEGORY_HATCHES`), so the classes stay apart in grey-scale print.
CATEGORY_PALETTE = ("#332288", "#882255", "#E69F00", "#117733", "#DDCC77", "#88CCEE", "#EE3377", "#6699CC")
CATEGORY_HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo", "--")


def category_style(categories) -> dict:
    """``{category: (colour, hatch)}`` in the given order: a colour and a hatch of its own.

    Up to 8 categories differ in both; past 8 the colours repeat with the hatches shifted,
    so every pair still differs in one of the two (up to 64).
    """
    n = len(CATEGORY_PALETTE)
    return {c: (CATEGORY_PALETTE[i % n], CATEGORY_HATCHES[(i + i // n) % len(CATEGORY_HATCHES)])
            for i, c in enumerate(categories)}
