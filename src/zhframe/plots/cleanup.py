"""Figures for the cleanup step (notebook 01)."""

from __future__ import annotations

import pandas as pd

from zhframe.cleanup import KINDS, block_characters
from zhframe.plots import use_cjk_font

_COLOURS = {"title": "#4c4c4c", "deck": "#8c8c8c", "heading": "#6a51a3", "subheading": "#9e9ac8",
            "body": "#2171b5", "caption": "#e6550d", "credit": "#fdae6b", "glossary": "#31a354",
            "meta": "#bdbdbd"}


def block_kind_characters(blocks: pd.DataFrame, by: str = "district"):
    """Each article's characters by block kind, articles grouped by ``by``.

    One horizontal stacked bar per article (characters of normalised text, no
    whitespace), labelled with its group; the share that is body text (the
    reportage every later count uses) is written at the bar's end.
    ``blocks`` is :func:`zhframe.cleanup.clean_corpus`'s table. Returns the figure.
    """
    import matplotlib.pyplot as plt

    use_cjk_font()
    table = block_characters(blocks, by=by).sort_values([by, "doc_id"], kind="stable")
    labels = [f"{d}  ({g})" for d, g in zip(table["doc_id"], table[by])]
    fig, ax = plt.subplots(figsize=(7.5, 1.8 + 0.45 * len(table)))
    left = pd.Series(0, index=table.index, dtype=float)
    for kind in KINDS:
        if table[kind].sum() == 0:
            continue
        ax.barh(labels, table[kind], left=left, color=_COLOURS[kind], label=kind)
        left += table[kind]
    for y, (total, share) in enumerate(zip(table["total"], table["body_share"])):
        ax.text(total, y, f"  body {share:.0%}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("字符数 characters (normalised, no whitespace)")
    ax.set_title(f"每篇文章的版面构成 What each page is made of, by {by}")
    # beside the axes, not below them: below, it collided with the x-axis label
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    ax.set_xlim(0, table["total"].max() * 1.2)
    fig.tight_layout()
    return fig
