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
same code on the same data write identical bytes; it refuses a figure that is
not print-ready (:func:`check_print_size`: single column 3.5 in or full width
7 in, text >= 7 pt at that size). :func:`figure` makes such a figure and
:func:`group_style` gives every figure the same colour-blind-safe palette.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import matplotlib

from zhframe.infra.files import write_bytes_atomic

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
    (``svg.hashsalt``; matplotlib sees only the fonts shipped in the environment,
    never the machine's) and keeps the minus sign drawable.
    """
    from matplotlib import font_manager

    path = cjk_font_path()
    manager = font_manager.fontManager
    # Only fonts shipped in the environment: a machine's own fonts (Debian's fonts-noto-cjk has
    # the same family name in another version) would change every glyph's width and so the bytes.
    shipped = str(Path(matplotlib.get_data_path()) / "fonts")
    manager.ttflist = [f for f in manager.ttflist if f.fname.startswith(shipped)]
    manager.addfont(path)  # also clears matplotlib's lookup cache
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [FONT_NAME, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.hashsalt"] = "zhframe"
    # SVG text stays text (editable, searchable), in the named font: an editor needs Noto Sans CJK SC
    # (Debian fonts-noto-cjk, or the mplfonts file cjk_font_path() names)
    matplotlib.rcParams["svg.fonttype"] = "none"
    matplotlib.rcParams["savefig.dpi"] = DPI
    # print sizes: nothing below MIN_FONT_PT unless a figure asks for it (and then the check refuses it)
    matplotlib.rcParams.update({"font.size": 8, "axes.titlesize": 8.5, "axes.labelsize": 8,
                                "xtick.labelsize": 7.5, "ytick.labelsize": 7.5, "legend.fontsize": 7.5,
                                "figure.titlesize": 9, "legend.frameon": False})
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


#: Print widths in inches: a journal's single column and full page width.
SINGLE_COLUMN = 3.5
FULL_WIDTH = 7.0
WIDTHS = (SINGLE_COLUMN, FULL_WIDTH)
#: Smallest text size, in points at print size, that a figure may carry.
MIN_FONT_PT = 7.0
#: Tallest figure (inches): a page of a journal less its margins.
MAX_HEIGHT = 9.0

from zhframe.plots.style import NEUTRAL, REFERENCE, TARGET  # noqa: E402  (the one visual language)

#: Okabe & Ito (2008) colour-blind-safe qualitative palette, black left out
#: (black is for reference lines and text), target and reference colours first
#: (:mod:`zhframe.plots.style`); grey is kept out of the palette and means
#: "does not hold up" wherever it is used.
PALETTE = (TARGET, REFERENCE, "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442")
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo")


def group_style(groups, target=None) -> dict:
    """Colour, marker and hatch per group, in the given order: ``{group: (colour, marker, hatch)}``.

    The target (``target``, else the first group: the default target of
    :func:`zhframe.report.design.resolve_target` on sorted groups) takes the
    target colour and the next group the reference colour, so a two-group
    figure speaks the language of every other figure; the others follow in
    order with the remaining Okabe-Ito colours and circles; past seven the
    colours repeat with a different marker (points) and hatch (bars). Grey
    (:data:`NEUTRAL`) is never a group's colour.
    """
    groups = list(groups)
    if target is not None and str(target) in [str(g) for g in groups]:
        first = [g for g in groups if str(g) == str(target)]
        groups = first + [g for g in groups if str(g) != str(target)]
    out = {}
    for i, g in enumerate(groups):
        cycle = i // len(PALETTE)
        out[g] = (PALETTE[i % len(PALETTE)], MARKERS[cycle % len(MARKERS)], HATCHES[cycle % len(HATCHES)])
    return out


def group_colours(groups, target=None) -> dict:
    """``{group: colour}`` from :func:`group_style` (colours repeat past seven groups)."""
    return {g: s[0] for g, s in group_style(groups, target).items()}


def pair_colours(target: str, reference: str, rest: str = "其余 rest") -> tuple[str, str]:
    """Colours of a target and its reference: always :data:`TARGET` and :data:`REFERENCE`.

    Whether the reference is one other group or the rest pooled, the target is
    vermillion and the reference blue in every figure and on the explorer page
    (:mod:`zhframe.plots.style`); ``reference`` and ``rest`` are kept for the callers.
    """
    return TARGET, REFERENCE


def figure(width: float = FULL_WIDTH, height: float = 3.0, **kwargs):
    """A new figure at print size: ``width`` one of :data:`WIDTHS`, constrained layout.

    Constrained layout keeps legends placed beside the axes inside the figure,
    so the figure is saved at exactly this size (no ``bbox_inches="tight"``
    cropping that would change the printed width). ``kwargs`` go to
    ``plt.subplots``; returns ``(fig, axes)``.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    height = min(max(height, 1.2), MAX_HEIGHT)
    return plt.subplots(figsize=(width, height), layout="constrained", **kwargs)


def print_report(fig) -> dict:
    """Width and height (inches) of ``fig`` and the smallest visible text size (points).

    Text sizes are matplotlib's font sizes, which are points at the figure's
    own size; a figure saved without cropping or scaling prints at that size.
    """
    from matplotlib.text import Text

    sizes = [t.get_fontsize() for t in fig.findobj(Text)
             if t.get_visible() and t.get_text().strip() and t.get_figure() is fig]
    w, h = fig.get_size_inches()
    return {"width": round(float(w), 3), "height": round(float(h), 3),
            "min_font_pt": round(float(min(sizes)), 2) if sizes else None}


def check_print_size(fig, name: str = "figure") -> dict:
    """Raise ``ValueError`` unless ``fig`` is print-ready; return :func:`print_report`.

    Print-ready: width one of :data:`WIDTHS` (single column or full width),
    height at most :data:`MAX_HEIGHT`, no text smaller than :data:`MIN_FONT_PT`.
    """
    r = print_report(fig)
    if not any(abs(r["width"] - w) < 0.01 for w in WIDTHS):
        raise ValueError(f"{name}: width {r['width']} in is neither single column ({SINGLE_COLUMN}) "
                         f"nor full width ({FULL_WIDTH})")
    if r["height"] > MAX_HEIGHT + 0.01:
        raise ValueError(f"{name}: height {r['height']} in is more than a page ({MAX_HEIGHT} in)")
    if r["min_font_pt"] is not None and r["min_font_pt"] < MIN_FONT_PT - 1e-6:
        raise ValueError(f"{name}: text at {r['min_font_pt']} pt is below {MIN_FONT_PT} pt at print size")
    return r


#: Print reports of the figures saved in this process, by name (what the size test reads).
SAVED: dict[str, dict] = {}


def _in_notebook() -> bool:
    """True inside a Jupyter kernel (where the saved PNG is displayed), False in scripts and tests."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency
        return False
    return getattr(get_ipython(), "kernel", None) is not None


def _png_cache(svg: bytes | None) -> Path | None:
    """Where the PNG of a figure whose SVG is ``svg`` is kept (``figures/`` in the cache folder),
    keyed by the SVG's bytes (every mark, glyph outline and embedded image), the resolution,
    matplotlib's version and the package's code version (its style settings); None without an
    SVG. Safe to delete: only the drawing time is lost."""
    if svg is None:
        return None
    import hashlib

    from zhframe.infra.cache import code_version, default_cache_dir

    key = hashlib.sha256(b"\0".join([svg, str(DPI).encode(), matplotlib.__version__.encode(),
                                      code_version().encode()])).hexdigest()
    return default_cache_dir() / "figures" / f"{key}.png"


def save_figure(fig, name: str, figures_dir: str | os.PathLike,
                formats: tuple[str, ...] = ("png", "svg"), show: bool = True) -> list[Path]:
    """Save ``fig`` as ``figures_dir/name.<fmt>`` for each format; return the paths.

    The figure is drawn once per format from the same Figure object and then
    closed: in a notebook the saved PNG bytes themselves are displayed (at
    screen size), so Jupyter's inline backend does not draw it a second time
    and what the reader sees is exactly the file. PNG at :data:`DPI` dpi, at the
    figure's own size (no cropping: the printed width is the figure's width);
    no software/date metadata, so files are byte-identical from one run to the
    next. Before anything is written the figure must pass
    :func:`check_renderable` (every glyph drawable) and
    :func:`check_print_size` (print width, text >= 7 pt); its report is kept in
    :data:`SAVED`.
    """
    import io

    import matplotlib.pyplot as plt

    check_renderable(fig)
    matplotlib.rcParams["svg.hashsalt"] = "zhframe"
    rendered = {}
    # the SVG first: when it is byte for byte one drawn before, the PNG drawn from it then is
    # read back instead of rasterised again at 300 dpi (most of a figure's cost)
    for fmt in sorted(formats, key=lambda f: f != "svg"):
        cached = _png_cache(rendered.get("svg")) if fmt == "png" else None
        if cached is not None and cached.is_file():
            rendered[fmt] = cached.read_bytes()
            continue
        buf = io.BytesIO()
        metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
        fig.savefig(buf, format=fmt, dpi=DPI, metadata=metadata)
        rendered[fmt] = buf.getvalue()
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(cached, rendered[fmt])
            except OSError:
                pass  # the cache only saves time
    rendered = {fmt: rendered[fmt] for fmt in formats}
    # after the first draw every tick label exists with its final size
    SAVED[name] = check_print_size(fig, name)
    out = Path(figures_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt, data in rendered.items():
        path = out / f"{name}.{fmt}"
        write_bytes_atomic(path, data)  # a full disk leaves no 0-byte PNG
        paths.append(path)
    if show and "png" in rendered and _in_notebook():
        from IPython.display import Image, display

        display(Image(data=rendered["png"], width=int(fig.get_size_inches()[0] * 96)))
    plt.close(fig)
    return paths

#: Modules of this package reachable as attributes (``zhframe.plots.<module>``), imported on first use.
_SUBMODULES = ('cleanup', 'explorer', 'explorer_data', 'explorer_rhetoric', 'keywords', 'rhetoric', 'synthesis', 'tokens', 'topics')


def __getattr__(name: str):
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
