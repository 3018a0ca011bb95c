"""Figures: one CJK font for matplotlib and wordcloud, and byte-stable saving.

This package holds the shared plumbing; each analysis has its figures in a
submodule named after it (``zhframe.plots.keywords``, ``zhframe.plots.topics``...).

The font is Noto Sans CJK SC shipped by the PyPI package ``mplfonts`` (SIL
Open Font License), registered with matplotlib from its file, without
touching matplotlib's own folders. Both matplotlib and wordcloud take it from
:func:`cjk_font_path`, so there is exactly one place that decides the font:
wordcloud's default font (DroidSansMono) draws Chinese as boxes.

:func:`save_figure` writes PNG (print resolution) and SVG with volatile
metadata removed and SVG ids salted with a constant, so that two runs of the
same code on the same data write identical bytes.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import matplotlib

FONT_FILE = "NotoSansCJKsc-Regular.otf"
FONT_NAME = "Noto Sans CJK SC"
DPI = 300


def cjk_font_path() -> str:
    """Path of the CJK font file (Noto Sans CJK SC, from the ``mplfonts`` package)."""
    from mplfonts.conf import FONT_DIR

    path = Path(FONT_DIR) / FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: CJK font missing; reinstall the 'mplfonts' package")
    return str(path)


def use_cjk_font() -> str:
    """Register the CJK font with matplotlib and make it the default; return its family name.

    Also sets the settings that make saved figures reproducible
    (``svg.hashsalt``) and keeps the minus sign drawable.
    """
    from matplotlib import font_manager

    path = cjk_font_path()
    if FONT_NAME not in {f.name for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [FONT_NAME, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.hashsalt"] = "zhframe"
    matplotlib.rcParams["savefig.dpi"] = DPI
    return FONT_NAME


@functools.lru_cache(maxsize=None)
def _cmap(path: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(path, lazy=True).getBestCmap())


def _fallback_font_path() -> str:
    from matplotlib import font_manager

    return font_manager.findfont("DejaVu Sans", fallback_to_default=True)


def missing_glyphs(text: str, with_fallback: bool = True) -> list[str]:
    """Characters of ``text`` that the figures' fonts cannot draw, sorted.

    Checks the CJK font, plus matplotlib's DejaVu Sans (the fallback in
    ``font.sans-serif``) when ``with_fallback``; wordcloud has no fallback, so
    word clouds check with ``with_fallback=False``. Whitespace is ignored.
    """
    covered = _cmap(cjk_font_path())
    if with_fallback:
        covered = covered | _cmap(_fallback_font_path())
    return sorted({c for c in text if not c.isspace() and ord(c) not in covered})


def check_renderable(fig) -> None:
    """Raise ``ValueError`` if any text in ``fig`` has a character no figure font can draw.

    A missing glyph is drawn as a box (tofu); this makes it an error instead.
    """
    from matplotlib.text import Text

    texts = "".join(t.get_text() for t in fig.findobj(Text))
    missing = missing_glyphs(texts)
    if missing:
        raise ValueError(f"figure text has characters no figure font can draw: {''.join(missing)!r}")


def save_figure(fig, name: str, figures_dir: str | os.PathLike,
                formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Save ``fig`` as ``figures_dir/name.<fmt>`` for each format; return the paths.

    PNG at :data:`DPI` dpi; no software/date metadata, so files are byte-identical
    from one run to the next. Every text in the figure is first checked for
    glyphs the fonts lack (:func:`check_renderable`).
    """
    check_renderable(fig)
    out = Path(figures_dir)
    out.mkdir(parents=True, exist_ok=True)
    matplotlib.rcParams["svg.hashsalt"] = "zhframe"
    paths = []
    for fmt in formats:
        path = out / f"{name}.{fmt}"
        metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
        fig.savefig(path, format=fmt, dpi=DPI, metadata=metadata, bbox_inches="tight")
        paths.append(path)
    return paths


def article_lengths(corpus, by: str = "district"):
    """Bar chart of each article's length in characters, coloured by ``by``.

    ``corpus`` is :func:`zhframe.corpus.load_corpus`'s DataFrame. Returns the figure.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    df = corpus.sort_values([by, "doc_id"])
    groups = sorted(df[by].unique())
    colours = {g: plt.get_cmap("tab10")(i % 10) for i, g in enumerate(groups)}
    fig, ax = plt.subplots(figsize=(6, 0.5 + 0.45 * len(df)))
    ax.barh(df["doc_id"], df["n_chars"], color=[colours[g] for g in df[by]])
    for y, n in enumerate(df["n_chars"]):
        ax.text(n, y, f" {n:,}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("字符数 (characters, decoded text)")
    ax.set_title(f"文章长度 Article length, by {by}")
    handles = [plt.Rectangle((0, 0), 1, 1, color=colours[g]) for g in groups]
    ax.legend(handles, groups, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.margins(x=0.15)
    fig.tight_layout()
    return fig
