"""Tests of zhframe.plots.topics: the figures draw what the tables hold."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from zhframe import plots  # noqa: E402
from zhframe.plots import topics as tp  # noqa: E402
from zhframe.topics import topic_prevalence  # noqa: E402


def test_topic_terms_one_panel_per_topic_titled_with_labels():
    tt = pd.DataFrame({"topic": [1, 1, 2], "rank": [1, 2, 1], "term": ["党史", "学习", "群众"],
                       "weight": [0.9, 0.5, 0.7]})
    fig = tp.topic_terms(tt, ["T1 党史·学习", "T2 群众"], ncols=3)
    titles = [ax.get_title() for ax in fig.axes if ax.axison]
    assert titles == ["T1 党史·学习", "T2 群众"]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["党史", "学习"]
    plots.check_renderable(fig)
    plt.close(fig)


def test_prevalence_figure_draws_a_difference_per_group_only_beyond_two_groups():
    theta = np.array([[1, 0], [0, 1], [0.5, 0.5], [1, 0], [0, 1], [1, 0]])
    for groups, n_diff in ((["北碚区"] * 3 + ["开州区"] * 3, 1), (["a", "a", "b", "b", "c", "c"], 3)):
        prev = topic_prevalence(theta, groups, [1] * 6, ["T1 甲", "T2 乙"], n_boot=50)
        fig = tp.topic_prevalence(prev)
        left, right = fig.axes
        # the legend sits outside the data, below both panels: one entry per group
        assert len(fig.legends[0].get_texts()) == len(set(groups))
        assert len([c for c in right.containers if c.has_xerr]) == n_diff
        plots.check_renderable(fig)
        plots.check_print_size(fig)
        plt.close(fig)


def test_k_selection_marks_the_chosen_k_and_the_excluded_ks():
    table = pd.DataFrame({"k": [2, 3, 4], "stability": [0.9, 0.8, 0.7], "stability_sd": [0.2, 0.1, 0.1],
                          "coherence": [0.1, 0.2, 0.3], "coherence_min": [0, 0.1, 0.2],
                          "smallest_topic": [9, 4, 1], "chosen": [False, True, False]})
    fig = tp.k_selection(table, tolerance=0.05, min_docs=3)
    top, bottom = fig.axes
    assert any("k = 3" in t.get_text() for t in top.texts)
    # stability bars never leave [0, 1]
    caps = np.concatenate([line.get_ydata() for line in top.lines[1:]])
    assert caps.max() <= 1.0 and caps.min() >= 0.0
    assert any("excluded" in t.get_text() for t in bottom.get_legend().get_texts())
    plt.close(fig)


def test_topic_figures_without_sides_draw_no_side_colour():
    """A topic's terms and the k rule are not a comparison: no target, reference or verdict colour."""
    from matplotlib.colors import to_hex

    from zhframe.plots import style

    tt = pd.DataFrame({"topic": [1, 1, 2], "rank": [1, 2, 1], "term": ["党史", "学习", "群众"],
                       "weight": [0.9, 0.5, 0.7]})
    table = pd.DataFrame({"k": [2, 3, 4], "stability": [0.9, 0.8, 0.7], "stability_sd": [0.2, 0.1, 0.1],
                          "coherence": [0.1, 0.2, 0.3], "coherence_min": [0, 0.1, 0.2],
                          "smallest_topic": [9, 4, 1], "chosen": [False, True, False]})
    for fig in (tp.topic_terms(tt, ["T1 党史·学习", "T2 群众"]), tp.k_selection(table, tolerance=0.05, min_docs=3)):
        drawn = set()
        for ax in fig.axes:
            drawn |= {to_hex(p.get_facecolor()) for p in ax.patches}
            drawn |= {to_hex(line.get_color()) for line in ax.lines}
            drawn |= {to_hex(c) for coll in ax.collections for c in coll.get_edgecolors()}
        assert drawn and not drawn & {style.TARGET, style.REFERENCE}, drawn
        plt.close(fig)
