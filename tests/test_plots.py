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


def test_figures_use_the_shipped_fonts_not_the_machines(tmp_path):
    """A machine font of the same family (Debian's fonts-noto-cjk) must not replace the shipped file."""
    import dataclasses
    import shutil

    from matplotlib import font_manager

    machine_copy = tmp_path / "NotoSansCJK-Regular.ttc"
    shutil.copy(font_manager.findfont("DejaVu Sans"), machine_copy)
    manager = font_manager.fontManager
    entry = next(f for f in manager.ttflist if f.name == "DejaVu Sans")
    manager.ttflist.insert(0, dataclasses.replace(entry, fname=str(machine_copy), name=plots.FONT_NAME))
    manager._findfont_cached.cache_clear()
    plots.use_cjk_font()
    assert font_manager.findfont(plots.FONT_NAME) == plots.cjk_font_path()
    assert all(str(machine_copy) != f.fname for f in manager.ttflist)


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
    # text stays text (editable and searchable), in the named CJK font
    assert "党史学习教育" in svg and "Noto Sans CJK SC" in svg and "<text" in svg
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


def test_target_and_reference_have_one_colour_each_in_every_figure():
    from zhframe.plots import style

    assert plots.pair_colours("开州区", "北碚区") == plots.pair_colours("北碚区", "开州区")
    assert plots.pair_colours("c", "其余 rest") == (style.TARGET, style.REFERENCE)
    assert plots.group_colours(["北碚区", "开州区"], target="开州区")["开州区"] == style.TARGET
    assert style.verdict_colour(2.0, False) == style.NEUTRAL == plots.NEUTRAL


# ------------------------------------------------------------------ one visual language

def _hex(c):
    from matplotlib.colors import to_hex

    return to_hex(c)


def _drawn_colours(fig) -> set[str]:
    """Every face and edge colour of the patches, lines and collections drawn in the axes."""
    from matplotlib.collections import Collection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    out = set()
    for ax in fig.axes:
        for a in ax.get_children():
            if isinstance(a, Line2D):
                out |= {_hex(a.get_color()), _hex(a.get_markerfacecolor())}
            elif isinstance(a, Patch) and a is not ax.patch and a.get_facecolor()[3] > 0:
                out.add(_hex(a.get_facecolor()))
            elif isinstance(a, Collection):
                out |= {_hex(c) for c in a.get_facecolors() if c[3] > 0}
                out |= {_hex(c) for c in a.get_edgecolors() if c[3] > 0}
    return out


def _keyness_table():
    terms = ["我区", "该区", "党史", "组织领导", "青少年", "活动", "学"]
    return pd.DataFrame({"term": terms, "count_target": [12, 0, 9, 3, 4, 5, 6],
                         "count_reference": [0, 10, 1, 2, 4, 5, 1], "total_target": 500, "total_reference": 500,
                         "g2": [15.0, -13.0, 7.0, 0.5, 0.01, -0.001, 4.0],
                         "log_ratio": [4.6, -4.4, 2.9, 0.5, 0.01, -0.01, 2.5],
                         "log_odds_z": [3.3, -3.1, 2.4, 0.4, 0.01, -0.01, 2.0],
                         "lr_low": [1.0, -13.0, 0.4, -1.0, -1.2, -1.1, 0.1],
                         "lr_high": [13.5, -1.2, 6.0, 2.0, 1.2, 1.1, 6.0],
                         "q_value": [0.01, 0.02, 0.3, 0.9, 1.0, 1.0, 0.04],
                         "holds_up": [True, True, False, False, False, False, True]})


def test_every_figure_speaks_one_colour_language():
    """Target vermillion, reference blue, grey = does not hold up, read back from the drawn artists."""
    from zhframe.plots import keywords as kp
    from zhframe.plots import rhetoric as rp
    from zhframe.plots import style
    from zhframe.plots import synthesis as sp

    lines = {"#000000", "#ffffff", "#262626", "#4d4d4d", "#999999", "#e5e5e5"}  # frames, zero lines, whiskers
    allowed = {style.TARGET, style.REFERENCE, style.NEUTRAL} | lines
    table = _keyness_table()
    bars = kp.keyness_bars(table, "甲区", "乙区", n=5)
    bar_colours = {_hex(p.get_facecolor()) for p in bars.axes[0].patches if p is not bars.axes[0].patch}
    assert bar_colours == {style.TARGET, style.REFERENCE, style.NEUTRAL}
    labels = [t.get_text() for t in bars.axes[0].get_yticklabels()]
    assert not any(t.startswith("学 ") for t in labels)  # single characters are left out
    assert {_hex(h.get_facecolor()) for h in bars.legends[0].legend_handles} == bar_colours  # legend = drawn
    freqs = pd.DataFrame({"甲区": table["count_target"].to_numpy(), "乙区": table["count_reference"].to_numpy()},
                         index=pd.Index(table["term"], name="term"))
    scatter = kp.frequency_scatter(freqs, table, "甲区", "乙区")
    assert _drawn_colours(scatter) <= allowed
    assert scatter.axes[0].get_ylabel().startswith("甲区")  # target up, as on the explorer page
    diffs = pd.DataFrame({"item": ["first_person", "third_person", "directive"], "difference": [2.8, -3.2, 0.4],
                          "lo": [1.0, -5.3, -0.2], "hi": [4.6, -1.2, 1.0], "holds_up": [True, False, False],
                          "q_value": [0.01, 0.2, 0.8]})
    d = rp.differences(diffs, "甲区", reference="乙区")
    drawn = _drawn_colours(d)
    assert drawn <= allowed and style.TARGET in drawn and style.NEUTRAL in drawn and style.REFERENCE not in drawn
    assert "does not hold up (q > 0.05)" in d.axes[0].get_legend().get_texts()[2].get_text()
    syn = pd.DataFrame({"family": "keywords", "target": "甲区", "item": table["term"], "label": table["term"],
                        "difference": table["log_ratio"], "lo": table["lr_low"], "hi": table["lr_high"],
                        "holds_up": table["holds_up"], "q_value": table["q_value"],
                        "target_value": table["count_target"], "rest_value": table["count_reference"],
                        "evidence": ""})
    fig = sp.what_holds_up(syn, ["甲区", "乙区"])
    assert _drawn_colours(fig) <= allowed
    for f in (bars, scatter, d, fig):  # nothing drawn outside the page
        f.canvas.draw()
        box, (w, h) = f.get_tightbbox(f.canvas.get_renderer()), f.get_size_inches()
        assert box.x0 >= -0.01 and box.x1 <= w + 0.01 and box.y0 >= -0.01 and box.y1 <= h + 0.01, box
    # zero-count intervals are one-sided: the axis is scaled by finite bounds, not the smoothed ±13
    assert max(abs(v) for v in fig.axes[0].get_xlim()) < 8
    plt.close("all")


def test_topic_differences_are_grey_when_their_interval_includes_zero():
    from zhframe.plots import style
    from zhframe.plots import topics as top

    prev = pd.DataFrame([{"group": g, "topic": t, "label": f"T{t}", "share": 0.3, "lo": 0.2, "hi": 0.4,
                          "diff": 0.05 if g == "甲" else -0.05, "diff_lo": -0.02, "diff_hi": 0.1}
                         for g in ("甲", "乙") for t in (1, 2)])
    fig = top.topic_prevalence(prev)
    right = {_hex(c) for coll in fig.axes[1].collections for c in coll.get_edgecolors()}
    assert right == {style.NEUTRAL}
    plt.close(fig)


def _lab(hex_colour, cvd=None):
    """CIELAB of an sRGB colour, optionally as seen with deuteranopia or protanopia (Machado et al. 2009)."""
    import numpy as np

    c = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    c = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    sim = {"deutan": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                      [-0.011820, 0.042940, 1.042940]],
           "protan": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                      [-0.003882, -0.048116, 1.051998]]}
    if cvd:
        c = np.clip(np.array(sim[cvd]) @ c, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ c
    f = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(f > 0.008856, np.cbrt(f), 7.787 * f + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _distance(a, b):
    """Smallest CIELAB distance of two colours under normal vision, deuteranopia and protanopia."""
    import numpy as np

    return min(float(np.linalg.norm(_lab(a, v) - _lab(b, v))) for v in (None, "deutan", "protan"))


def test_eight_voice_classes_are_eight_looks_in_none_of_the_verdict_colours():
    """05_voices: a speaker class is not a side, so no class is vermillion, blue or grey (issue #24)."""
    from itertools import combinations

    from zhframe.plots import rhetoric as rp
    from zhframe.plots import style

    cols = [f"voice_{c}" for c in ("central", "local", "official", "expert", "citizen", "beneficiary",
                                   "enterprise", "unattributed")]
    counts = pd.DataFrame([[1] * 8, [2] * 8], index=["甲区", "乙区"], columns=cols)
    fig = rp.voices(counts)
    bars = [p for p in fig.axes[0].patches if p is not fig.axes[0].patch]
    looks = {(_hex(p.get_facecolor()), p.get_hatch() or "") for p in bars}
    colours, hatches = {c for c, _ in looks}, {h for _, h in looks}
    assert len(looks) == 8 and len(colours) == 8 and len(hatches) == 8  # colour and hatch each tell them apart
    reserved = {style.TARGET, style.REFERENCE, style.NEUTRAL, "#000000"}
    assert not colours & reserved
    assert all(len({c[1:3], c[3:5], c[5:7]}) > 1 for c in colours)  # no grey of any shade
    # apart from each other and from the reserved colours, also for the common colour-vision deficiencies
    assert min(_distance(a, b) for a, b in combinations(sorted(colours), 2)) >= 18
    assert min(_distance(a, r) for a in colours for r in reserved) >= 15
    legend = {(_hex(h.get_facecolor()), h.get_hatch() or "") for h in fig.legends[0].legend_handles}
    assert legend == looks  # the legend shows what is drawn
    plt.close(fig)


def test_figures_without_sides_draw_no_side_colour():
    """Figures of one measure or of categories (voices, headings) never use the target, reference or grey."""
    from zhframe.plots import rhetoric as rp
    from zhframe.plots import style

    voices = rp.voices(pd.DataFrame([[3, 1, 2]], index=["甲区"],
                                    columns=["voice_central", "voice_unattributed", "voice_citizen"]))
    articles = pd.DataFrame({"doc_id": ["a", "b"], "heading_n_headings": [3, 4],
                             "heading_share_parallel": [0.5, 1.0], "heading_share_anaphoric": [0.0, 0.5],
                             "heading_share_four_char": [1.0, 0.25], "heading_shared_lead": [0.0, 1.0],
                             "heading_share_in_set": [0.5, 0.5], "heading_mean_length": [6.0, 9.5]})
    heads = rp.headings(articles)
    for fig in (voices, heads):
        drawn = _drawn_colours(fig) - {"#ffffff", "#bfbfbf", "#e5e5e5"}  # background, guide lines, grid
        assert drawn and not drawn & {style.TARGET, style.REFERENCE, style.NEUTRAL}, drawn
    plt.close("all")


def test_figures_at_a_hundred_groups_keep_every_label_inside_the_page(tmp_path):
    """100 groups: no cut legend, no clipped tick label, the groups that matter shown and the rest counted."""
    import numpy as np

    from zhframe.plots import cleanup as cp
    from zhframe.plots import rhetoric as rp
    from zhframe.plots import synthesis as sp
    from zhframe.plots import tokens as tp
    from zhframe.plots import topics as top

    rng = np.random.default_rng(0)
    groups = [f"第{i:03d}县" for i in range(100)]
    feats = ["first_person", "third_person", "directive"]
    rates = pd.DataFrame([{"group": g, "feature": f, "rate": float(rng.uniform(0, 5)), "lo": 0.0, "hi": 6.0,
                           "count": 3} for g in groups for f in feats])
    prev = pd.DataFrame([{"group": g, "topic": t, "label": f"T{t} 工作·安排", "share": 0.2, "lo": 0.1, "hi": 0.3,
                          "diff": float(rng.normal(0, 0.05)), "diff_lo": -0.1, "diff_hi": 0.1}
                         for g in groups for t in range(1, 8)])
    prev.loc[prev.index[::9], ["diff_lo", "diff_hi"]] = [0.01, 0.2]
    profile = pd.DataFrame([{"place": g, "pos": p, "share": float(rng.uniform(0.01, 0.4)), "low": 0.01,
                             "high": 0.5} for g in groups for p in ("n", "v", "a", "d", "m")])
    voices = pd.DataFrame(rng.integers(0, 4, size=(100, 3)), index=groups,
                          columns=["voice_local", "voice_citizen", "voice_official"])
    diffs = pd.DataFrame({"family": "rhetoric", "target": groups, "item": "x", "label": "我区 first person",
                          "difference": rng.normal(0, 1, 100), "lo": -3.0, "hi": 3.0,
                          "holds_up": [i % 3 == 0 for i in range(100)], "q_value": 0.01,
                          "target_value": 1.0, "rest_value": 0.0, "evidence": ""})
    figs = {"rates": rp.rates(rates, feats, title="自称"), "prevalence": top.topic_prevalence(prev),
            "pos": tp.pos_profile(profile, "place"), "voices": rp.voices(voices),
            "holds": sp.what_holds_up(diffs, groups)}
    for name, fig in figs.items():
        fig.canvas.draw()
        plots.check_print_size(fig, name)
        # everything drawn (tick labels, legends, titles) lies inside the page
        box = fig.get_tightbbox(fig.canvas.get_renderer())
        w, h = fig.get_size_inches()
        assert box.x0 >= -0.01 and box.y0 >= -0.01 and box.x1 <= w + 0.01 and box.y1 <= h + 0.01, \
            f"{name}: drawn text reaches {box} outside the {w} x {h} in page"
        for leg in fig.legends + [a.get_legend() for a in fig.axes if a.get_legend()]:
            assert len(leg.get_texts()) <= 12, f"{name}: a legend of {len(leg.get_texts())} entries"
        assert max(len(a.get_yticklabels()) for a in fig.axes) <= 45, f"{name}: too many rows to read"
    assert "40 of 100 groups" in " ".join(a.get_title() for a in figs["prevalence"].axes)
    assert [t.get_text() for t in figs["voices"].axes[0].get_yticklabels()][-1] == "其余 60 groups, mean"
    plt.close("all")


def test_a_per_article_figure_of_many_articles_shows_a_sample_and_says_so(monkeypatch):
    from zhframe.plots import cleanup as cp

    n = 300
    table = pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(n)], "place": [f"县{i % 100}" for i in range(n)],
                          "body": 100, "total": 150, "body_share": 2 / 3})
    for k in ("title", "deck", "heading", "subheading", "caption", "credit", "glossary", "meta"):
        table[k] = 50 if k == "title" else 0
    monkeypatch.setattr(cp, "block_characters", lambda blocks, by: table)
    fig = cp.block_kind_characters(pd.DataFrame(), by="place")
    assert len(fig.axes[0].get_yticklabels()) == cp.MAX_ARTICLES
    assert f"a sample of {cp.MAX_ARTICLES} of {n} articles" in fig.axes[0].get_title()
    plt.close(fig)


def test_many_group_heatmap_keeps_the_groups_with_holding_differences():
    from zhframe.plots import topics as top

    groups = [f"县{i:03d}" for i in range(60)]
    rows = []
    for i, g in enumerate(groups):
        for t in (1, 2):
            big = i < 30  # large but not holding
            rows.append({"group": g, "topic": t, "label": f"T{t}", "share": 0.2, "lo": 0.1, "hi": 0.3,
                         "diff": 0.2 if big else 0.01, "diff_lo": -0.1 if big else 0.001, "diff_hi": 0.4})
    fig = top.topic_prevalence(pd.DataFrame(rows), max_groups=30)
    shown = {t.get_text() for t in fig.axes[0].get_yticklabels()}
    assert shown == set(groups[30:])  # the 30 holding ones, not the 30 larger ones that do not hold
    plt.close(fig)


def test_what_holds_up_says_how_many_were_tested_when_a_screen_left_most_out():
    from zhframe.plots import synthesis as sp

    n = 30
    syn = pd.DataFrame({"family": "keywords", "target": "甲", "item": [f"词{i}" for i in range(n)],
                        "label": [f"词{i}" for i in range(n)], "difference": 1.0, "lo": -1.0, "hi": 3.0,
                        "holds_up": False, "q_value": 0.5, "testable": [i < 4 for i in range(n)],
                        "target_value": 3, "rest_value": 1, "evidence": ""})
    fig = sp.what_holds_up(syn, ["甲", "乙"])
    assert fig.axes[0].get_title(loc="left").startswith("关键词 Keywords: none of 4 tested (30 compared) holds up")
    plt.close(fig)


def test_a_figure_drawn_before_is_read_back_not_rasterised_again(tmp_path, monkeypatch):
    import matplotlib.pyplot as plt

    from zhframe import plots

    monkeypatch.setenv("ZHFRAME_CACHE_DIR", str(tmp_path / "cache"))

    def figure(y):
        fig, ax = plt.subplots(figsize=(3.5, 2.5))
        ax.plot([0, 1, 2], y)
        ax.set_title("党史学习教育", fontsize=9)
        return fig

    first = [p.read_bytes() for p in plots.save_figure(figure([1, 2, 3]), "t", tmp_path / "a", show=False)]
    drawn = []
    real = type(figure([0, 0, 0])).savefig
    monkeypatch.setattr(type(figure([0, 0, 0])), "savefig",
                        lambda self, buf, format=None, **kw: (drawn.append(format), real(self, buf, format=format, **kw))[1])
    again = [p.read_bytes() for p in plots.save_figure(figure([1, 2, 3]), "t", tmp_path / "b", show=False)]
    assert again == first and drawn == ["svg"]  # same figure: PNG read back
    drawn.clear()
    other = plots.save_figure(figure([3, 2, 1]), "t", tmp_path / "c", show=False)
    assert drawn == ["svg", "png"] and other[0].read_bytes() != first[0]  # changed: drawn
    plt.close("all")
