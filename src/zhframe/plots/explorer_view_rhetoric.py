"""The term explorer's second tab: each rhetoric feature's rate by group, a click lists its hits.

Bokeh models built from :mod:`zhframe.plots.explorer_rhetoric`'s tables (rates with
their intervals, hits with their evidence); :mod:`zhframe.plots.explorer` puts the
tab beside the term view.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from zhframe.plots.explorer import FONT_STACK, asset, div
from zhframe.plots.explorer_data import WINDOW, round_sig
from zhframe.plots.style import REFERENCE, TARGET


def hit_columns(hits: pd.DataFrame, rows: dict | None = None, texts=None) -> tuple[dict, list | None]:
    """The hits as the page carries them.

    With ``rows`` (``(doc_id, para)`` as strings -> the paragraph's row in the term view's
    paragraph source) and every hit found there, only what the paragraph does not
    give: feature code, row, start, end, evidence, and the hit's own text only where
    it is not the paragraph's ``texts[row][start:end]``; the browser cuts the hit and its context from the paragraph, so a page
    of 1,300 paragraphs weighs about 1.7 MB less. Otherwise every column as text.
    Returns ``(columns, feature names or None)``.
    """
    import numpy as np

    keys = list(zip(hits["doc_id"].astype(str), hits["para"].astype(str)))
    if rows is not None and texts is not None and all(k in rows for k in keys):
        names = sorted(set(hits["feature"]))
        code = {f: i for i, f in enumerate(names)}
        start, end = hits["start"].astype(int).to_numpy(), hits["end"].astype(int).to_numpy()
        row = [rows[k] for k in keys]
        own = [t if s < 0 or texts[r][s:e] != t else "" for t, s, e, r in
               zip(hits["text"].astype(str), start, end, row)]
        return {"f": np.array([code[f] for f in hits["feature"]], dtype=np.int32),
                "row": np.array(row, dtype=np.int32), "start": start.astype(np.int32),
                "end": end.astype(np.int32), "text": own,
                "evidence": hits["evidence"].astype(str).tolist()}, names
    return {"feature": hits["feature"].tolist(), "group": hits["group"].astype(str).tolist(),
            "doc_id": hits["doc_id"].astype(str).tolist(), "para": hits["para"].astype(str).tolist(),
            "text": hits["text"].tolist(), "left": hits["left"].tolist(), "right": hits["right"].tolist(),
            "evidence": hits["evidence"].tolist()}, None


def rhetoric_view(rates: pd.DataFrame, hits: pd.DataFrame, notes=(), target=None, paragraphs=None):
    """The rhetoric tab: ``(layout, redraw)``; ``paragraphs``: ``(P, D, rows, texts)`` of the term view,
    if any (its paragraph and document sources, :func:`hit_columns`' row index and the texts)."""
    from bokeh.layouts import column, row
    from bokeh.models import (
        ColumnDataSource,
        CustomJS,
        FixedTicker,
        HoverTool,
        Range1d,
        Select,
        TapTool,
    )
    from bokeh.plotting import figure

    from zhframe.plots import group_colours

    try:
        from zhframe.plots.rhetoric import label
    except ImportError:  # pragma: no cover - the label table is optional
        label = str
    groups = sorted(rates["group"].astype(str).unique())
    target = str(target) if target is not None and str(target) in groups else groups[0]
    colour = group_colours(groups, target)  # the suite's colours: target vermillion, the next blue
    others = [g for g in groups if g != target]
    feats = list(dict.fromkeys(rates["feature"]))
    row_of = {f: len(feats) - k for k, f in enumerate(feats)}
    g = rates["group"].astype(str)
    full = ColumnDataSource({
        "row": [row_of[f] for f in rates["feature"]], "y": [float(row_of[f]) for f in rates["feature"]],
        "feature": rates["feature"].tolist(), "label": [label(f) for f in rates["feature"]],
        "group": g.tolist(), "rate": _rounded(rates["rate"]), "lo": _rounded(rates["lo"]),
        "hi": _rounded(rates["hi"]), "count": rates["count"].astype(int).tolist(),
        "colour": [colour[x] if x == target or len(groups) <= 4 else REFERENCE for x in g]}, name="all_rates")
    # the colours for each possible target: the term view's group selector changes it
    by_target = ({t: group_colours(groups, t) for t in groups} if len(groups) <= 4 else {})
    src = ColumnDataSource({k: [] for k in full.data}, name="rates")
    height = max(400, 22 * len(feats) + 80)
    p = figure(y_range=Range1d(0.4, len(feats) + 0.6), width=560, height=height,
               tools="tap,reset,save", name="rhetoric_plot",
               x_axis_label="per 1,000 characters (95% bootstrap interval)")
    p.yaxis.ticker = FixedTicker(ticks=list(row_of.values()))
    p.yaxis.major_label_overrides = {row_of[f]: label(f) for f in feats}
    p.ygrid.grid_line_color = None
    p.segment("lo", "y", "hi", "y", source=src, line_color="colour", line_width=2)
    r = p.scatter("rate", "y", source=src, size=9, fill_color="colour", line_color="colour",
                  legend_field="group")
    p.legend.location = "bottom_right"
    p.add_tools(HoverTool(renderers=[r], tooltips="<b>@label</b> @group: @rate{0.00} "
                                                  "[@lo{0.00}, @hi{0.00}], @count hits"))
    p.select_one(TapTool).renderers = [r]
    p.toolbar.logo = None
    p.yaxis.major_label_text_font = FONT_STACK
    cols, names = hit_columns(hits, *(paragraphs[2:4] if paragraphs else (None, None)))
    H = ColumnDataSource(cols, name="hits")
    box = div('<p class="help">Click a rate to list its hits with their evidence.</p>'
               + "".join(f'<p class="notes">{escape(n)}</p>' for n in notes),
               width=680, height=height, styles={"overflow-y": "auto"},
               name="hits_div")
    # more than four groups: the target against one chosen group, so every row stays readable
    many = len(groups) > 4
    pick = Select(title=f"Compare {target} with", value=others[0] if many else "all",
                  options=(others if many else ["all"]), name="rhetoric_group", visible=many, width=220)
    redraw = CustomJS(args=dict(A=full, s=src, pick=pick, target=target, groups=groups, by_target=by_target,
                                T=TARGET, R=REFERENCE), code="""
// the target is the one chosen in the term view (window.zhframe.meta), else the page's first
const draw = () => {
const z = window.zhframe && window.zhframe.meta;
const tgt = z && groups.includes(z.target) ? z.target : target;
if (pick.visible && pick.title !== 'Compare ' + tgt + ' with') {
  const others = groups.filter(g => g !== tgt);
  pick.title = 'Compare ' + tgt + ' with';
  pick.options = others;
  if (!others.includes(pick.value)) { pick.value = others[0]; return; }  // its callback draws
}
const keep = pick.value === 'all' ? null : new Set([tgt, pick.value]);
const shown = [...new Set(A.data.group)].filter(g => !keep || keep.has(g)).sort();
const step = 0.7 / Math.max(1, shown.length);
const idx = [];
for (let j = 0; j < A.data.group.length; j++) if (!keep || keep.has(A.data.group[j])) idx.push(j);
const out = {};
for (const k of Object.keys(A.data)) out[k] = idx.map(j => A.data[k][j]);
out.y = idx.map(j => A.data.row[j] - (shown.indexOf(A.data.group[j]) - (shown.length - 1) / 2) * step);
out.colour = idx.map(j => by_target[tgt] ? by_target[tgt][A.data.group[j]] : A.data.group[j] === tgt ? T : R);
s.selected.indices = [];
s.data = out;
};
window.zhframeRhetoric = draw;
draw();""", name="rhetoric_redraw")
    pick.js_on_change("value", redraw)
    more = {} if names is None else {"P": paragraphs[0], "D": paragraphs[1], "names": names}
    src.selected.js_on_change("indices", CustomJS(args=dict(s=src, H=H, div=box, **more), code=asset(
        "explorer.js") + ("const ctx = null;" if names is None else "const ctx = {P: P.data, D: D.data, names, w: %d};" % WINDOW) + """
const i = s.selected.indices;
if (i.length) div.text = hitsHtml(H.data, s.data.feature[i[0]], s.data.group[i[0]], s.data.label[i[0]], ctx);"""))
    return column(pick, row(p, box)), redraw


def _rounded(values, digits: int = 4) -> list[float]:
    return [float(v) for v in round_sig(pd.Series(values).fillna(0).to_numpy(), digits)]
