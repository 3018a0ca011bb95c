"""Rhetoric figures that draw one row per article or per formula stay readable at any corpus size."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from zhframe.plots import rhetoric as pr  # noqa: E402


def _articles(n):
    rng = np.random.default_rng(0)
    return pd.DataFrame({"doc_id": [f"d{i:04d}" for i in range(n)], "heading_n_headings": rng.integers(0, 9, n),
                         "heading_share_parallel": rng.random(n), "heading_share_anaphoric": rng.random(n),
                         "heading_share_four_char": rng.random(n), "heading_shared_lead": rng.random(n),
                         "heading_share_in_set": rng.random(n), "heading_mean_length": rng.random(n) * 20})


def test_headings_draw_every_article_of_a_small_corpus():
    arts = _articles(12)
    fig = pr.headings(arts, title="t")
    assert len(fig.axes[0].get_yticks()) == int((arts["heading_n_headings"] > 0).sum())
    assert "of" not in fig._suptitle.get_text()
    plt.close(fig)


def test_headings_of_many_articles_show_the_largest_and_say_so():
    arts = _articles(2000)
    fig = pr.headings(arts, title="标题")
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    n_with = int((arts["heading_n_headings"] > 0).sum())
    assert len(shown) == pr.MAX_ROWS and f"{pr.MAX_ROWS} of {n_with:,} articles with headings" in fig._suptitle.get_text()
    most = arts.sort_values(["heading_n_headings", "doc_id"], ascending=[False, True], kind="stable").head(pr.MAX_ROWS)
    assert set(shown) == set(most["doc_id"])
    assert fig.get_size_inches()[1] < 12  # a page, not a scroll
    plt.close(fig)


def test_enumerations_of_many_formulas_show_the_largest_and_say_so():
    n = 300
    table = pd.DataFrame({"kind": "formula", "doc_id": [f"d{i:03d}" for i in range(n)], "expression": "三个一",
                          "n": [3 + i % 7 for i in range(n)], "n_items": 2, "start": 0,
                          "g": [f"省{i % 10}" for i in range(n)]})
    fig = pr.enumerations(table, "g", title="列举")
    assert len(fig.axes[0].get_yticks()) == pr.MAX_ROWS
    assert f"{pr.MAX_ROWS} of {n:,} formulas" in fig.axes[0].get_title()
    plt.close(fig)


def test_voices_past_the_drawn_groups_shows_the_rests_mean_not_its_sum():
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    from zhframe.plots import rhetoric as PR

    rng = np.random.default_rng(0)
    counts = pd.DataFrame(rng.integers(5, 15, (100, 3)), columns=["central", "citizen", "expert"],
                          index=[f"g{i:03d}" for i in range(100)])
    fig = PR.voices(counts)
    ax = fig.axes[0]
    ends = {}
    for bar in ax.patches:
        y = round(bar.get_y() + bar.get_height() / 2)
        ends[y] = max(ends.get(y, 0), bar.get_x() + bar.get_width())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1].startswith("其余 60 groups")
    assert ends[len(labels) - 1] <= max(v for k, v in ends.items() if k < len(labels) - 1)
    plt.close(fig)
