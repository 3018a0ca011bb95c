"""Tests of zhframe.keywords.table: the keyness table, its input checks, the command and figures.

The tokenizer in these tests is ``str.split`` on pre-spaced text, so every
count can be checked by eye.
"""

import math

import pandas as pd
import pytest

from zhframe import keywords as kw
from keywords_data import paragraphs


def test_keyness_table_columns_sorting_and_totals():
    df = kw.keyness_table(["x", "y", "z"], [10, 0, 90], [5, 5, 190], 100, 200)
    assert list(df.columns) == kw.KEYNESS_COLUMNS
    assert (df["total_target"] == 100).all() and (df["total_reference"] == 200).all()
    assert df["g2"].abs().is_monotonic_decreasing
    assert df.set_index("term").loc["y", "g2"] < 0 < df.set_index("term").loc["x", "g2"]
    # equal |g2| ties are broken by term
    tie = kw.keyness_table(["b", "a"], [10, 5], [5, 10], 100, 100)
    assert tie["term"].tolist() == ["a", "b"]


def test_keyness_target_against_the_rest_with_any_number_of_groups():
    df = kw.keyness(paragraphs(), "district", "甲区", str.split)
    row = df.set_index("term").loc["党史"]
    # target tokens: 4 + 4 = 8 ; rest: 3 + 2 + 3 = 8
    assert (row["count_target"], row["count_reference"]) == (2, 0)
    assert (row["total_target"], row["total_reference"]) == (8, 8)
    # G2 = 2 * 2 ln(2 / 1) = 4 ln 2
    assert row["g2"] == pytest.approx(4 * math.log(2))
    # min_count drops rare terms but not the totals
    kept = kw.keyness(paragraphs(), "district", "甲区", str.split, min_count=3)
    assert set(kept["term"]) == {"学习", "实事"}
    assert (kept["total_target"] == 8).all()


def test_keyness_bad_input_is_a_clear_valueerror():
    with pytest.raises(ValueError, match="not a value of column"):
        kw.keyness(paragraphs(), "district", "丁区", str.split)
    with pytest.raises(ValueError, match="lack column"):
        kw.keyness(paragraphs(), "county", "甲区", str.split)
    one = paragraphs().assign(district="甲区")
    with pytest.raises(ValueError, match="only one value"):
        kw.keyness(one, "district", "甲区", str.split)
    with pytest.raises(ValueError, match="prior"):
        kw.keyness(paragraphs(), "district", "甲区", str.split, prior="uniform")


def test_keyness_command_prints_sorted_csv_and_one_line_errors(capsys):
    import io

    from zhframe.run.cli import main

    assert main(["keyness", "--by", "district", "--target", "北碚区", "--corpus", "seeds", "--perm", "999"]) == 0
    captured = capsys.readouterr()
    out = pd.read_csv(io.StringIO(captured.out))
    assert {"term", "count_target", "count_reference", "total_target", "total_reference", "g2",
            "log_ratio", "log_odds_z", "p_value", "q_value", "lr_low", "lr_high", "holds_up",
            "design"} <= set(out.columns)
    # one article per district: paragraphs are permuted, and the command says so
    assert set(out["design"]) == {"paragraphs"} and "these articles" in captured.err
    assert (out["holds_up"] == (out["q_value"] <= 0.05)).all()
    assert (out["lr_low"] <= out["lr_high"]).all() and out["p_value"].between(0, 1).all()
    # --alpha moves the threshold; a q-value of at least p
    assert main(["keyness", "--by", "district", "--target", "北碚区", "--corpus", "seeds", "--perm", "999",
                 "--alpha", "0.5", "--design", "paragraphs"]) == 0
    loose = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert (loose["holds_up"] == (loose["q_value"] <= 0.5)).all() and (loose["q_value"] >= loose["p_value"]).all()
    assert out["g2"].abs().is_monotonic_decreasing
    assert out["total_target"].nunique() == 1 and out["count_target"].sum() == out["total_target"][0]
    for argv, message in ((["--by", "distric", "--target", "北碚区"], "no column 'distric'"),
                          (["--by", "district", "--target", "北碚"], "is not a value"),
                          (["--by", "city", "--target", "重庆市"], "one value only"),
                          (["--by", "district", "--target", "北碚区", "--design", "articles"], "two articles"),
                          (["--by", "district", "--target", "北碚区", "--alpha", "2"], "--alpha")):
        assert main(["keyness", *argv, "--corpus", "seeds"]) == 2
        err = capsys.readouterr().err
        # a bad option is named as the option, never blamed on the manifest
        assert message in err and err.count("\n") == 1 and ("manifest.csv" in err) != (message == "--alpha")


def test_keyness_figures_draw_the_chosen_terms():
    import matplotlib.pyplot as plt

    from zhframe.plots import keywords as kwplots

    paras = paragraphs()
    table = kw.keyness(paras, "district", "甲区", str.split, n_boot=50)
    fig = kwplots.keyness_bars(table, "甲区", n=2)
    texts = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert any(t.startswith("党史 (2/0)") for t in texts)
    freqs = kw.group_frequencies(paras, "district", str.split)
    fig2 = kwplots.frequency_scatter(freqs, table, "甲区")
    assert len(fig2.axes[0].collections[0].get_offsets()) == len(freqs)
    with pytest.raises(ValueError):
        kwplots.frequency_scatter(freqs, table, "丁区")
    plt.close("all")
