"""Reports for the notebook: characters per kind, the decision table, side-by-side HTML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zhframe.cleanup.blocks import KINDS, SET_ASIDE
from zhframe.corpus.normalize import normalize

if TYPE_CHECKING:  # pandas is imported where a table is built: the clean command needs none
    import pandas as pd


def block_characters(blocks: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Characters (non-whitespace, of the normalised text) per article and block kind.

    Returns one row per article (``doc_id`` or ``doc``, and ``by`` if given), one
    column per kind in :data:`KINDS` order, plus ``total`` and ``body_share``
    (body characters / all characters): how much of each page is reportage.
    """
    import pandas as pd

    key = "doc_id" if "doc_id" in blocks.columns else "doc"
    index = [key] + ([by] if by else [])
    chars = blocks.assign(chars=blocks["text"].str.replace(r"\s", "", regex=True).str.len())
    table = chars.pivot_table(index=index, columns="kind", values="chars", aggfunc="sum",
                              fill_value=0, sort=False)
    table = table.reindex(columns=list(KINDS), fill_value=0)
    table.columns.name = None
    table["total"] = table[list(KINDS)].sum(axis=1)
    table["body_share"] = table["body"] / table["total"]
    order = blocks[index].drop_duplicates()
    return table.reset_index().set_index(index).loc[
        pd.MultiIndex.from_frame(order) if by else order[key]].reset_index()


def layout_decisions(blocks: pd.DataFrame, width: int = 40) -> pd.DataFrame:
    """Every block that was set aside, rejoined or marked as a fragment, with its rule.

    Headings, titles, decks and plain body paragraphs are left out: they are
    what the page shows. ``text`` is cut to ``width`` characters for display.
    """
    keep = blocks["kind"].isin(SET_ASIDE) | blocks["rule"].str.contains("rejoined|fragment")
    out = blocks.loc[keep].copy()
    out["decision"] = [
        "set aside" if k in SET_ASIDE else "rejoined" if "rejoined" in r else "fragment"
        for k, r in zip(out["kind"], out["rule"])]
    out.loc[out["rule"].str.contains("rejoined") & out["fragment"].notna(), "decision"] = \
        "rejoined, fragment"
    out["pieces"] = out["spans"].str.len()
    out["text"] = [t if len(t) <= width else t[:width // 2] + " … " + t[-width // 2:]
                   for t in out["text"]]
    key = "doc_id" if "doc_id" in blocks.columns else "doc"
    return out[[key, "block", "decision", "kind", "rule", "fragment", "pieces", "text"]] \
        .reset_index(drop=True)


_KIND_STYLE = {
    "title": "font-weight:bold;font-size:1.15em", "deck": "font-style:italic",
    "heading": "font-weight:bold", "subheading": "font-weight:bold;color:#555",
    "body": "", "caption": "color:#a33;font-size:.9em", "credit": "color:#a33;font-size:.9em",
    "glossary": "color:#36a;font-size:.9em", "meta": "color:#888;font-size:.85em"}


def side_by_side_html(text: str, blocks: pd.DataFrame, title: str = "") -> str:
    """HTML table: the raw page (left) beside the cleaned reading (right).

    The cleaned side lists the blocks in reading order with their kind; set-aside
    kinds are coloured, rejoined paragraphs show ``‖`` where the pieces met and
    fragments a ``⟨…⟩`` where text is missing.
    """
    import html

    cells = []
    for row in blocks.itertuples(index=False):
        body = row.text
        if row.kind == "body" and len(row.spans) > 1:
            pieces = [normalize(text[a:b]) for a, b in row.spans]
            body = "‖".join(pieces)
        if row.fragment in ("start", "both"):
            body = "⟨…⟩" + body
        if row.fragment in ("end", "both"):
            body = body + "⟨…⟩"
        cells.append(f'<p style="margin:.3em 0;{_KIND_STYLE[row.kind]}">'
                     f'<small style="color:#888">[{row.block} {row.kind}]</small> '
                     f"{html.escape(body)}</p>")
    raw = html.escape(text.strip("\n"))
    head = f"<h4>{html.escape(title)}</h4>" if title else ""
    return (f'{head}<table style="table-layout:fixed;width:100%"><tr>'
            '<th style="width:50%;text-align:left">raw page (decoded text)</th>'
            '<th style="text-align:left">cleaned reading</th></tr><tr>'
            f'<td style="vertical-align:top;text-align:left"><pre style="white-space:pre-wrap;'
            f'font-size:.85em">{raw}</pre></td>'
            f'<td style="vertical-align:top;text-align:left">{"".join(cells)}</td></tr></table>')
