"""Tests of zhframe.plots: the CJK font, the glyph check, byte-stable saving."""

from __future__ import annotations

import hashlib
import struct

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from zhframe import plots  # noqa: E402


def test_font_draws_the_seeds_characters():
    from zhframe.corpus import load_corpus

    text = "".join(load_corpus("seeds")["text"])
    assert plots.missing_glyphs(text, with_fallback=False) == []


def test_missing_glyphs_finds_what_the_font_lacks():
    assert plots.missing_glyphs("北碚 开州 党史 100% abc") == []
    assert plots.missing_glyphs("党史\U00017000") == ["\U00017000"]


def test_a_figure_with_an_undrawable_label_is_refused(tmp_path):
    plots.use_cjk_font()
    fig, ax = plt.subplots()
    ax.set_title("党史学习教育 \U00017000")
    with pytest.raises(ValueError, match="no figure font can draw"):
        plots.save_figure(fig, "bad", tmp_path)
    plt.close(fig)
    assert not list(tmp_path.iterdir())


def _figure():
    plots.use_cjk_font()
    fig, ax = plt.subplots(figsize=(3.5, 2))
    ax.bar(["北碚区", "开州区"], [3, 5])
    ax.set_title("党史学习教育")
    return fig


def test_saving_twice_writes_identical_bytes_and_uses_the_cjk_font(tmp_path):
    first = [p.read_bytes() for p in plots.save_figure(_figure(), "a", tmp_path / "1")]
    second = [p.read_bytes() for p in plots.save_figure(_figure(), "a", tmp_path / "2")]
    assert [hashlib.sha256(b).digest() for b in first] == [hashlib.sha256(b).digest() for b in second]
    svg = first[1].decode("utf-8")
    assert "NotoSansCJK" in svg  # glyph paths come from the CJK font
    assert first[0].startswith(b"\x89PNG")
    plt.close("all")


# ------------------------------------------------------------------ print sizes

def test_a_figure_with_text_below_seven_points_is_refused(tmp_path):
    fig, ax = plots.figure(plots.SINGLE_COLUMN, 2)
    ax.set_title("党史", fontsize=6)
    with pytest.raises(ValueError, match="6.0 pt is below 7.0 pt"):
        plots.save_figure(fig, "small", tmp_path)
    assert not list(tmp_path.iterdir())
    plt.close(fig)


def test_a_figure_of_no_print_width_is_refused(tmp_path):
    plots.use_cjk_font()
    fig, ax = plt.subplots(figsize=(10, 3))
    with pytest.raises(ValueError, match="neither single column"):
        plots.save_figure(fig, "wide", tmp_path)
    plt.close(fig)


def test_saved_files_are_the_figure_at_print_size_and_recorded(tmp_path):
    fig, ax = plots.figure(plots.FULL_WIDTH, 2.5)
    ax.plot([0, 1], [0, 1])
    ax.legend(["一条线 a line"], loc="upper left", bbox_to_anchor=(1.01, 1))
    png, _ = plots.save_figure(fig, "full", tmp_path)
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    assert (width, height) == (2100, 750)  # 7 x 2.5 in at 300 dpi: not cropped, not grown
    assert plots.SAVED["full"]["min_font_pt"] >= 7 and plots.SAVED["full"]["width"] == 7.0
    assert not plt.get_fignums() or fig.number not in plt.get_fignums()  # closed: no second inline draw


def test_palette_is_never_grey_and_scales_past_ten_groups():
    groups = [f"g{i}" for i in range(12)]
    style = plots.group_style(groups)
    assert len(set(style.values())) == 12  # colour x marker x hatch distinct for every group
    assert plots.NEUTRAL not in {c for c, _, _ in style.values()}


def _rates(groups, features):
    rows = [{"group": g, "feature": f, "rate": 1.0 + i, "lo": 0.5, "hi": 2.0 + i, "count": 3}
            for i, g in enumerate(groups) for f in features]
    return pd.DataFrame(rows)


def test_figures_of_twelve_groups_stay_print_ready():
    from zhframe.plots import rhetoric as rp
    from zhframe.plots import synthesis as sp

    groups = [f"第{i}组" for i in range(12)]
    feats = ["first_person", "third_person", "directive"]
    figs = [rp.rates(_rates(groups, feats), feats, title="自称")]
    articles = pd.DataFrame({"doc_id": [f"article-{i}" for i in range(12)], "heading_n_headings": 3,
                             "heading_mean_length": 8.0, "heading_share_parallel": 0.3,
                             "heading_share_anaphoric": 0.1, "heading_share_four_char": 0.5,
                             "heading_shared_lead": 0.2})
    figs.append(rp.headings(articles, title="标题"))
    diffs = pd.DataFrame({"family": "rhetoric", "target": groups, "item": "x", "label": "我区 first person",
                          "difference": 1.0, "lo": [0.5 if i % 2 else -0.5 for i in range(12)], "hi": 2.0,
                          "holds_up": [bool(i % 2) for i in range(12)], "target_value": 1.0, "rest_value": 0.0,
                          "evidence": "", "n_tested": 12, "n_holding": 6})
    figs.append(sp.what_holds_up(diffs.drop(columns=["n_tested", "n_holding"]), groups))
    for fig in figs:
        report = plots.check_print_size(fig)
        assert report["width"] in (plots.SINGLE_COLUMN, plots.FULL_WIDTH) and report["height"] <= plots.MAX_HEIGHT
        plt.close(fig)


def test_committed_figures_are_print_sized():
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "figures").glob("*.png")):
        width, height = struct.unpack(">II", path.read_bytes()[16:24])
        assert width in (1050, 2100), f"{path.name}: {width} px is not 3.5 or 7 in at 300 dpi"
        assert height <= plots.MAX_HEIGHT * plots.DPI, f"{path.name}: {height} px is taller than a page"


def test_frequency_scatter_labels_are_placed_the_same_way_every_run(tmp_path):
    from zhframe.plots import keywords as kp

    terms = [f"词{i}" for i in range(30)]
    freqs = pd.DataFrame({"甲": [i % 5 for i in range(30)], "乙": [(i * 3) % 7 for i in range(30)]},
                         index=pd.Index(terms, name="term"))
    table = pd.DataFrame({"term": terms, "log_odds_z": [(i % 7) - 3.0 for i in range(30)]})
    runs = [plots.save_figure(kp.frequency_scatter(freqs, table, "甲", "乙"), "s", tmp_path / str(k))[0].read_bytes()
            for k in range(2)]
    assert runs[0] == runs[1]


def test_a_group_keeps_its_colour_whichever_is_the_target():
    assert plots.pair_colours("开州区", "北碚区") == plots.pair_colours("北碚区", "开州区")[::-1]
    assert plots.pair_colours("北碚区", "开州区") == tuple(plots.group_colours(["北碚区", "开州区"]).values())
    assert plots.pair_colours("c", "其余 rest") == (plots.PALETTE[0], plots.PALETTE[1])
