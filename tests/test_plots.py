"""Tests of zhframe.plots: the CJK font, the glyph check, byte-stable saving."""

from __future__ import annotations

import hashlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
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
