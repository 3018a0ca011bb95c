"""Figures for the cleanup step (notebook 01)."""

from __future__ import annotations

import pandas as pd

from zhframe.cleanup import KINDS, block_characters
from zhframe.plots import FULL_WIDTH, figure

#: One colour per block kind: body in the palette's blue, set-aside kinds in
#: warm colours, headings in purples (Okabe-Ito and greys, colour-blind safe).
_COLOURS = {"title": "#4c4c4c", "deck": "#8c8c8c", "heading": "#CC79A7", "subheading": "#e7b8d3",
            "body": "#0072B2", "caption": "#D55E00", "credit": "#E69F00", "glossary": "#009E73",
            "meta": "#56B4E9"}


#: Most articles drawn one bar each; a larger corpus is shown by a sample (the title says so).
MAX_ARTICLES = 40


def block_kind_characters(blocks: pd.DataFrame, by: str = "district", max_articles: int = MAX_ARTICLES,
                          random_state: int = 0):
    """Each article's characters by block kind, articles grouped by ``by``.

    One horizontal stacked bar per article (characters of normalised text, no
    whitespace), labelled with its group; the share that is body text (the
    reportage every later count uses) is written at the bar's end.
    ``blocks`` is :func:`zhframe.cleanup.clean_corpus`'s table. With more than
    ``max_articles`` articles a sample is drawn (every group at least once,
    then at random with ``random_state``) and the title says how many of how many.
    Returns the figure.
    """
    table = block_characters(blocks, by=by).sort_values([by, "doc_id"], kind="stable")
    n_all = len(table)
    if n_all > max_articles:
        first = table.groupby(by, sort=True).head(1)
        more = table.drop(first.index)
        k = max(0, max_articles - len(first))
        pick = more.sample(n=min(k, len(more)), random_state=random_state) if k else more.iloc[:0]
        table = pd.concat([first.head(max_articles), pick]).sort_values([by, "doc_id"], kind="stable")
    labels = [f"{d}  ({g})" for d, g in zip(table["doc_id"], table[by])]
    fig, ax = figure(FULL_WIDTH, 1.5 + 0.28 * len(table))
    left = pd.Series(0, index=table.index, dtype=float)
    for kind in KINDS:
        if table[kind].sum() == 0:
            continue
        ax.barh(labels, table[kind], left=left, color=_COLOURS[kind], label=kind)
        left += table[kind]
    for y, (total, share) in enumerate(zip(table["total"], table["body_share"])):
        ax.text(total, y, f"  body {share:.0%}", va="center", fontsize=7.5)
    ax.invert_yaxis()
    ax.set_xlabel("字符数 characters (normalised, no whitespace); text at the bar's end: body share")
    ax.set_title(f"每篇文章的版面构成 What each page is made of, by {by}"
                 + (f"\n(a sample of {len(table)} of {n_all} articles, each group at least once)"
                    if len(table) < n_all else ""))
    # below the axes, in rows: beside them, eight kinds are taller than a two-article figure
    handles, names = ax.get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncol=min(len(names), 6))
    ax.set_xlim(0, table["total"].max() * 1.2)
    return fig
