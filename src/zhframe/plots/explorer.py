"""The term explorer: one self-contained HTML page to see every difference and read it.

Every term is a point placed by its frequency in the target group (up) against
its frequency in the rest (right), log scales, per 10,000 tokens, equal counts
jittered within their count's band (as the static ``03_frequency_scatter``);
coloured in the suite's language (:mod:`zhframe.plots.style`: vermillion holds
up and leans to the target, blue holds up and leans to the rest, hollow grey
does not hold up), sized by the paragraphs that carry it. The top terms of each
side are labelled without overlap and listed beside the plot; a search box with
autocomplete finds any term; filters select part of speech, lexicon category and
a minimum count. A click, a listed term or a search shows every line the term
occurs in as a token, page by page, with 24 characters of context each side,
each line opening onto its whole paragraph; with more than two groups a target
group selector compares any group with the rest pooled
(:mod:`zhframe.plots.explorer_groups`) and the rest's lines can be narrowed to one
group. The save tool exports the plot as PNG. A second tab
(:mod:`zhframe.plots.explorer_view_rhetoric`) shows each rhetoric feature's rate by
group with its interval (the target against one chosen group past four groups);
a click lists the hits with their evidence.

Load time: numbers travel as typed arrays (base64), not JSON lists; at most
:data:`OPENING_POINTS` points are drawn when the page opens (stroking tens of
thousands of circles on a canvas is most of a large page's load); the rhetoric
hits carry spans into the paragraphs the page already holds. This is the design of scattertext (Kessler 2017), built on the
project's own tokens and calibrated statistics.

Bokeh draws it: standalone HTML with BokehJS inlined (the page opens offline),
widgets and ``CustomJS`` callbacks running in the browser with no server. The
concordance is computed in the browser from the paragraphs' text and their
token boundaries (:func:`~zhframe.plots.explorer_data.encode_lengths`), so no
per-term index is shipped. Model ids are made deterministic and floats rounded,
so the same inputs write the same bytes on every machine. In a notebook,
:func:`inline` shows a plain-HTML summary and a link, which an untrusted
notebook displays (JupyterLab strips IFrames and scripts from those).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Mapping
from html import escape
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from zhframe.infra.files import write_text_atomic
from zhframe.plots import explorer_data as D
from zhframe.plots import explorer_groups as G
from zhframe.plots.explorer_summary import SUMMARIES, carried, inline, summary_html  # noqa: F401

FILE_NAME = "03_term_explorer.html"
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"WenQuanYi Micro Hei", sans-serif')


def asset(name: str) -> str:
    return (resources.files("zhframe") / "data" / name).read_text(encoding="utf-8")


@contextlib.contextmanager
def stable_ids():
    """Deterministic Bokeh model and element ids while the block runs.

    Bokeh numbers models from a process-wide counter and gives documents and
    root elements random ids; inside this block both restart from fixed values,
    so a page built from the same inputs serialises to the same bytes. The
    counter is left past every id handed out, so later documents cannot collide.
    """
    import bokeh.embed.elements as elements
    import bokeh.embed.util as embed_util
    import bokeh.util.serialization as ser

    before = ser._simple_id
    count = itertools.count(1)
    fake = lambda: f"zhframe-{next(count):04d}"  # noqa: E731
    saved = (embed_util.make_globally_unique_id, embed_util.make_globally_unique_css_safe_id,
             elements.make_globally_unique_css_safe_id)
    ser._simple_id = 999
    embed_util.make_globally_unique_id = embed_util.make_globally_unique_css_safe_id = fake
    elements.make_globally_unique_css_safe_id = fake
    try:
        yield
    finally:
        (embed_util.make_globally_unique_id, embed_util.make_globally_unique_css_safe_id,
         elements.make_globally_unique_css_safe_id) = saved
        ser._simple_id = max(before, ser._simple_id) + 1


def div(html: str, **kw):
    from bokeh.models import Div, InlineStyleSheet

    # disable_math: "$" in a news text must not make BokehJS fetch MathJax from a CDN
    return Div(text=html, stylesheets=[InlineStyleSheet(css=asset("explorer.css"))],
               disable_math=True, **kw)


#: Points drawn when the page opens, at most: the browser strokes each point on a canvas (about
#: 8 ms per 1,000 in headless Chromium), so 24,000 terms cost a third of a second before anything is shown.
OPENING_POINTS = 5000


def opening_min_count(total, cap: int = OPENING_POINTS) -> int:
    """The smallest minimum count that leaves at most ``cap`` terms drawn when the page opens.

    ``total``: each term's count on both sides. 1 (every term) unless there are more than
    ``cap`` terms; the reader moves the slider down to 1 to see all, and a search or a listed
    term shows its point whatever the filter (scattertext's default is terms seen 3 times).
    """
    total = np.asarray(total)
    k = 1
    while (total >= k).sum() > cap:
        k += 1
    return k


def place_labels(x, y, texts, lo: float, hi: float, size: int = 560, char_px: float = 12.0,
                 line_px: float = 14.0) -> list[tuple[int, float, float, str]]:
    """Non-overlapping label places for points on the square log-log plot.

    For each text in order (most important first), the first of four places
    (right, left, above, below the point) whose box overlaps neither an
    accepted label nor the frame edge is taken; a label with no free place is
    dropped. Returns ``[(index, x_offset, y_offset, align)]`` in screen pixels.
    Boxes are estimated from the character count (CJK glyphs are square), so
    the layout is the same on every machine.
    """
    span = np.log10(hi) - np.log10(lo)
    px = lambda v: (np.log10(v) - np.log10(lo)) / span * size  # noqa: E731
    boxes, out = [], []
    for i, (xi, yi, t) in enumerate(zip(x, y, texts)):
        cx, cy = px(xi), px(yi)
        w = char_px * len(t) + 2
        for dx, dy, align in ((6, -line_px / 2, "left"), (-6, -line_px / 2, "right"),
                              (-w / 2, 5, "center"), (-w / 2, -line_px - 5, "center")):
            x0 = cx + dx - (w if align == "right" else 0) if align != "center" else cx - w / 2
            y0 = cy + dy
            box = (x0, y0, x0 + w, y0 + line_px)
            if box[0] < 0 or box[2] > size or box[1] < 0 or box[3] > size:
                continue
            if any(not (box[2] <= b[0] or box[0] >= b[2] or box[3] <= b[1] or box[1] >= b[3]) for b in boxes):
                continue
            boxes.append(box)
            off_x = 6 if align == "left" else -6 if align == "right" else 0
            out.append((i, float(off_x), float(dy + line_px / 2 if align != "center" else dy + (0 if dy > 0 else line_px)),
                        align))
            break
    return out


def _terms_view(data: dict):
    from bokeh.layouts import column, row
    from bokeh.models import (
        AutocompleteInput,
        ColumnDataSource,
        CustomJS,
        HoverTool,
        LabelSet,
        Select,
        Slider,
        TapTool,
    )
    from bokeh.plotting import figure

    t = data["terms"].copy()
    t["size"] = np.round(np.minimum(5 + 2.0 * np.sqrt(t["paragraphs"]), 22)).astype(int)
    # one small code per term instead of colour, fill and verdict strings (the page stays a few MB):
    # 0 does not hold up (grey, hollow), 1 holds up, more in the target, 2 holds up, more in the rest,
    # 3 not tested
    held = t["verdict"] == "holds up"
    t["v"] = np.where(t["verdict"] == "not tested", 3, np.where(~held, 0, np.where(t["log_ratio"] > 0, 1, 2)))
    cols = ["term", "x", "y", "count_target", "count_rest", "log_ratio", "lr_low", "lr_high", "q_value",
            "v", "paragraphs", "articles", "pos", "category", "compounds"]
    # rates, marker sizes and the interval's text are made in the browser from these (a smaller page);
    # a missing value is null, not NaN
    full = ColumnDataSource(columns(t, cols), name="all_terms")
    # the shown points are filled from all_terms when the page opens, so the data is carried once
    shown = ColumnDataSource({c: [] for c in cols + ["size"]}, name="terms")
    P = data["paragraphs"]
    paras = ColumnDataSource({c: P[c].tolist() for c in ("d", "para", "text", "lens")}, name="paragraphs")
    # a paragraph's side is its group against the chosen target, found in the browser (the target can change)
    docs = ColumnDataSource({c: data["docs"][c].astype(str).tolist() for c in ("doc", "title", "group")},
                            name="docs")
    tgt, rest = data["target"], data["rest"]
    bg = data.get("by_group")
    # one frame for every group's points, so switching the target keeps the axes
    xy = [t["x"], t["y"]] + ([bg["rows"]["x"], bg["rows"]["y"]] if bg is not None and len(bg["rows"]) else [])
    lo = float(min(v.min() for v in xy)) / 1.3 if len(t) else 0.1
    hi = float(max(v.max() for v in xy)) * 1.3 if len(t) else 10.0
    # axis labels are drawn as text, not HTML: the names go in raw ("A & B" shows as A & B)
    p = figure(width=560, height=560, x_axis_type="log", y_axis_type="log", name="terms_plot",
               x_range=(lo, hi), y_range=(lo, hi),
               tools="pan,wheel_zoom,box_zoom,reset,tap,save", active_scroll="wheel_zoom",
               x_axis_label=f"{rest}: tokens per 10,000 (log; equal counts jittered)",
               y_axis_label=f"{tgt}: tokens per 10,000 (log)")
    p.line([lo, hi], [lo, hi], line_color="#999999", line_dash="dashed")
    from bokeh.models import LinearColorMapper
    from bokeh.transform import transform

    from zhframe.plots.style import NEUTRAL, REFERENCE, TARGET

    line = LinearColorMapper(palette=[NEUTRAL, TARGET, REFERENCE, NEUTRAL], low=-0.5, high=3.5)
    fill = LinearColorMapper(palette=["#ffffff", TARGET, REFERENCE, "#ffffff"], low=-0.5, high=3.5)
    r = p.scatter("x", "y", source=shown, size="size", fill_color=transform("v", fill), fill_alpha=0.9,
                  line_color=transform("v", line), line_width=1.2, name="term_points",
                  selection_line_color="#000000", selection_line_width=3,
                  nonselection_fill_alpha=0.15, nonselection_line_alpha=0.2)
    # labels: the top terms of each side, interleaved, placed so that none overlaps another
    top = data["top"]
    order = [w for pair in itertools.zip_longest(top["target"], top["rest"]) for w in pair if w]
    at = t.set_index("term")
    # only points drawn when the page opens are labelled (see opening_min_count)
    order = [w for w in order if at.loc[w, "count_target"] + at.loc[w, "count_rest"] >= opening_min_count(
        (t["count_target"] + t["count_rest"]).to_numpy())]
    placed = place_labels(at.loc[order, "x"], at.loc[order, "y"], order, lo, hi) if order else []
    labels = ColumnDataSource(G.label_columns(at, order, placed), name="labels")
    p.add_layout(LabelSet(x="x", y="y", text="text", x_offset="dx", y_offset="dy", text_align="align",
                          text_baseline="middle", source=labels, text_font_size="12px",
                          text_font={"value": FONT_STACK}, background_fill_color="#ffffff", background_fill_alpha=0.6))
    et, er = escape(tgt), escape(rest)
    # the names in the help text are marked so the page can rename them when the target changes
    tn, rn = f'<span class="tn">{et}</span>', f'<span class="rn">{er}</span>'
    from bokeh.models import CustomJSHover

    tot = {"t": float(data["totals"][0]), "r": float(data["totals"][1])}
    verdict = CustomJSHover(code="return ['does not hold up', 'holds up', 'holds up', 'not tested'][value];")
    # the totals are the chosen target's (window.zhframe.meta, set when the page is ready)
    rate = ("const T = window.zhframe ? zhframe.meta.totals[%d] : tot; "
            "return value + ' (' + (1e4 * value / T).toFixed(1) + ' per 10k)';")
    rate_t = CustomJSHover(args=dict(tot=tot["t"]), code=rate % 0)
    rate_r = CustomJSHover(args=dict(tot=tot["r"]), code=rate % 1)
    lr = CustomJSHover(args=dict(s=shown), code="return zhframe.lrText(s.data, special_vars.index);")
    p.add_tools(HoverTool(renderers=[r], formatters={"@v": verdict, "@count_target": rate_t, "@count_rest": rate_r,
                                                     "@log_ratio": lr}, tooltips=(
        "<b>@term</b><br>" + f"{et}: @count_target{{custom}}<br>{er}: @count_rest{{custom}}<br>"
        "Log Ratio @log_ratio{custom}<br>@v{custom}<br>@paragraphs paragraphs, @articles articles"
        "<br>POS @pos, lexicon @category")))
    p.select_one(TapTool).renderers = [r]
    p.toolbar.logo = None  # the logo links to bokeh.org: nothing on the page points outside
    for ax in (p.xaxis, p.yaxis):
        ax.axis_label_text_font = FONT_STACK
    conc = div('<p class="help">Click a point, a listed term, or search a term to read every line it '
                "occurs in.</p>", width=640, height=560, name="concordance", styles={"overflow-y": "auto"})
    lists = div(_lists_html(top, tgt, rest), width=200, height=560, name="top_terms",
                 styles={"overflow-y": "auto"})
    meta = {"target": tgt, "rest": rest, "width": D.WINDOW, "lines": int(data.get("page_lines", D.MAX_LINES)),
            "totals": [float(x) for x in data["totals"]], "initial": tgt, "by": data["by"],
            "sampled": bool(data.get("sample", (0, 0))[0] < data.get("sample", (0, 0))[1])}
    search = AutocompleteInput(title="Find a term (type, pick, Enter)", name="search", width=220,
                               completions=t["term"].tolist(), min_characters=1, case_sensitive=False,
                               search_strategy="includes", max_completions=15)
    pos = Select(title="Part of speech", value="all", options=["all"] + sorted(set(t["pos"])), width=110)
    cat = Select(title="Lexicon category", value="all",
                 options=["all"] + [c for c in (*D.CATEGORIES, "none") if c in set(t["category"])], width=130)
    rest_groups = [g for g in data.get("groups", []) if g != tgt]
    among = Select(title="Rest lines from", value="all", options=["all"] + rest_groups, width=150,
                   name="rest_group", visible=len(rest_groups) > 1)
    total = (t["count_target"] + t["count_rest"]).to_numpy()
    top_n = int(max(2, min(50, total.max() if len(t) else 2)))
    start = opening_min_count(total)
    mincount = Slider(title="Minimum count", start=1, end=max(top_n, start), step=1, value=start, width=180,
                      name="min_count")
    filt = "const f = {pos: pos.value, category: cat.value, min: mincount.value};\n"
    args = dict(A=full, s=shown, pos=pos, cat=cat, mincount=mincount)
    refresh = CustomJS(args=args, code=filt + "zhframe.refilter(f, -1);", name="refresh")
    for w in (pos, cat):
        w.js_on_change("value", refresh)
    mincount.js_on_change("value", refresh)
    shown.selected.js_on_change("indices", CustomJS(args=dict(s=shown), code="""
const i = s.selected.indices;
if (i.length) zhframe.show(s.data.term[i[0]], 0, 0);"""))
    search.js_on_change("value", CustomJS(args=args, code=filt + "zhframe.find(cb_obj.value.trim(), f);"))
    among.js_on_change("value", CustomJS(code="zhframe.redraw();"))
    notes = "".join(f"<li>{escape(n)}</li>" for n in [*data["notes"], *(
        f"{g} cannot be chosen as the target: {why}" for g, why in (bg or {}).get("failed", {}).items())])
    head = div(
        f'<h3>{escape(data["by"])}: {tn} against {rn}</h3><p class="help">Each point is a term: up = more '
        f"frequent in {tn}, right = more frequent in {rn}; filled <span class=\"t\">vermillion</span>: holds up, "
        f"more in {tn}; filled <span class=\"r\">blue</span>: holds up, more in {rn}; hollow grey: does not "
        "hold up (the keyness table's calibrated test). Terms with equal counts are jittered within their count; "
        "size grows with the paragraphs that carry the term; the save tool exports the plot as PNG. "
        "Concordances come from tokens, not substrings" + (
            "." if data.get("sample", (0, 0))[0] >= data.get("sample", (0, 0))[1] else
            f"; the page carries {carried(data)} (the line counts are of that sample).")
        + (f" {int((total >= start).sum()):,} of {len(t):,} terms are drawn when the page opens (seen at least "
           f"{start} times): move Minimum count to 1 to draw all; a search or a listed term shows any term."
           if start > 1 else "")
        + (f" With the target group selector, each group is compared with the rest pooled; for a group other "
           f"than {et} the page holds its {bg['n'] if bg else 0} terms leaning most to each side, the corpus's "
           f"{bg['n'] if bg else 0} most frequent terms, its listed terms and every term that holds up for it, "
           "each with its own test; a search still reads any term's lines." if bg is not None else "")
        + "</p>" + (f'<ul class="notes">{notes}</ul>' if notes else ""), width=1400, name="head")
    offered = [g for g in bg["groups"] if g not in bg.get("failed", {})] if bg else [tgt]
    pick = Select(title=f"Target group ({data['by']})", value=tgt, options=offered,
                  width=170, name="target_group", visible=bg is not None)
    ext = {"lists": lists, "head": head, "pick": pick, "plot": p, "labels": labels, "mincount": mincount}
    if bg is not None:
        ext["G"], ext["GL"] = G.group_sources(bg, lo, hi)
        meta.update(groups=list(bg["groups"]), rests=list(bg["rest"]),
                    gtotals=[x if x is None else [float(v) for v in x] for x in bg["totals"]],
                    gtop=[x if x is None else [x["target"], x["rest"]] for x in bg["top"]])
    install = CustomJS(args=dict(A=full, s=shown, P=paras, D=docs, div=conc, search=search, among=among,
                                 meta=meta, ext=ext,
                                 **{k: v for k, v in args.items() if k not in ("A", "s")}),
                       code=asset("explorer.js") + filt + "install(A, s, P, D, div, search, among, meta, ext);"
                       "zhframe.refilter(f, -1);", name="install")
    pick.js_on_change("value", CustomJS(code="zhframe.setTarget(cb_obj.value);"))
    view = column(head, row(pick, search, pos, cat, mincount, among), row(lists, p, conc))
    return view, install, (paras, docs)


#: Numeric columns of the page's term data and their binary types: sent as typed arrays (base64),
#: which BokehJS decodes without walking a JSON list (the page loads faster and weighs less).
NUMERIC = {"x": "float32", "y": "float32", "log_ratio": "float32", "lr_low": "float32", "lr_high": "float32",
           "q_value": "float32", "count_target": "int32", "count_rest": "int32", "v": "uint8",
           "paragraphs": "int32", "articles": "int32", "ti": "int32", "gi": "int32"}


def columns(table: pd.DataFrame, cols) -> dict:
    """Columns for a ColumnDataSource: numbers as typed arrays (:data:`NUMERIC`), text as lists.

    Floats were rounded (:func:`~zhframe.plots.explorer_data.page_data`) before the cast, so the
    bytes are the same on every machine; a missing value is NaN in a float column.
    """
    return {c: (np.ascontiguousarray(table[c].to_numpy(dtype=float).astype(NUMERIC[c])) if c in NUMERIC
                else [None if isinstance(x, float) and x != x else x for x in table[c].tolist()])
            for c in cols}


def _lists_html(top: dict, target: str, rest: str) -> str:
    """The most characteristic terms of each side, each a link that shows its concordance."""
    def items(words):
        return "".join(f'<li><a class="term" data-term="{escape(w)}" '
                       'onclick="window.zhframe && zhframe.find(this.dataset.term)">'
                       f"{escape(w)}</a></li>" for w in words) or "<li>none</li>"
    return (f'<div class="lists"><h4 class="t">More in {escape(target)}</h4><ol>{items(top["target"])}</ol>'
            f'<h4 class="r">More in {escape(rest)}</h4><ol>{items(top["rest"])}</ol></div>')


def build_term_explorer(data: dict, rhetoric: tuple | None = None):
    """The page as a Bokeh Document: Tabs (terms, rhetoric), or the term view alone.

    ``data`` is :func:`~zhframe.plots.explorer_data.page_data`; ``rhetoric`` is
    ``(rates, hits, notes)`` from :mod:`zhframe.plots.explorer_rhetoric`. The
    page's functions are installed and the points drawn from the full term
    table when the document is ready (filters start open).
    """
    from bokeh.document import Document
    from bokeh.models import TabPanel, Tabs

    from zhframe.plots import explorer_view_rhetoric as R

    terms, install, (P, Dsrc) = _terms_view(data)
    ready = [install]
    if rhetoric is None:
        root = terms
    else:
        docs = data["docs"]["doc"].astype(str).tolist()
        rows = {(docs[d], str(para)): i for i, (d, para) in enumerate(zip(data["paragraphs"]["d"],
                                                                          data["paragraphs"]["para"]))}
        rates, hits, rnotes = rhetoric
        if data.get("sample", (0, 0))[0] < data.get("sample", (0, 0))[1]:  # examples from carried paragraphs
            at = pd.Series(list(zip(hits["doc_id"].astype(str), hits["para"].astype(str))), dtype=object)
            rhetoric = (rates, hits[at.map(rows.__contains__).to_numpy()].reset_index(drop=True), rnotes)
        view, redraw = R.rhetoric_view(*rhetoric, target=data["target"], paragraphs=(P, Dsrc, rows, data["paragraphs"]["text"].tolist()))
        ready.append(redraw)
        root = Tabs(tabs=[TabPanel(child=terms, title="词语 Terms"), TabPanel(child=view, title="修辞 Rhetoric")])
    doc = Document()
    doc.add_root(root)
    for cb in ready:
        doc.js_on_event("document_ready", cb)
    return doc


#: Escaped CJK and other non-ASCII characters in Bokeh's JSON (6 bytes each) are written
#: as themselves (3 bytes in UTF-8); an escaped backslash before a "u" is left alone.
_ESCAPED = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})")


def _unescape_json(html: str) -> str:
    def sub(m):
        c = int(m.group(2), 16)
        # keep escapes a <script> or JSON needs: controls, surrogates, <, >, &, quotes, line separators
        if c < 0xA0 or 0xD800 <= c <= 0xDFFF or c in (0x2028, 0x2029, 0xFEFF):
            return m.group(0)
        return m.group(1) + chr(c)
    return _ESCAPED.sub(sub, html)


def write_term_explorer(data: dict, path: str | os.PathLike, rhetoric: tuple | None = None,
                        title: str = "Term explorer") -> Path:
    """Write the page to ``path`` as one self-contained HTML file (BokehJS inlined).

    Same inputs, same bytes (:func:`stable_ids`). Returns the path.
    """
    from bokeh.embed import file_html
    from bokeh.resources import INLINE

    with stable_ids():
        html = _unescape_json(file_html(build_term_explorer(data, rhetoric), INLINE, title))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, html)  # a full disk leaves no truncated page
    SUMMARIES[str(path.resolve())] = summary_html(data, path.name)
    return path


def write_corpus_explorer(paragraphs: pd.DataFrame, by: str, target, keyness: pd.DataFrame,
                          tokenizer, figures_dir: str | os.PathLike, *, n_boot: int = 1000,
                          random_state: int = 0, name: str = FILE_NAME, rhetoric=True, by_group=True,
                          group_terms: int = 100, rates: pd.DataFrame | None = None) -> Path:
    """Build and write the explorer of one comparison, beside the figures.

    ``paragraphs``: body paragraphs (:func:`zhframe.keywords.corpus_paragraphs`);
    ``keyness``: the table whose terms become points (e.g. the masked
    :func:`zhframe.keywords.keyness` with ``n_boot``); ``tokenizer``: the project
    :class:`~zhframe.tokenize.Tokenizer` or a :class:`~zhframe.keywords.MaskedTokenizer`
    around it. Concordances use every token of ``Tokenizer.cut`` (positions are
    exact), parts of speech the majority ``pos_tag`` of each word, compounds the
    tokenizer's user dictionary. ``rhetoric``: True runs the rhetoric detectors for the
    second tab (most of the build's time: 20-30 ms a paragraph), a ``(rates, hits, notes)``
    tuple reuses what the caller computed, False leaves the tab out. ``by_group``: with
    more than two groups, True computes every other group's keyness against the rest
    (:func:`zhframe.keywords.keyness` with the same tokenizer and ``n_boot``, each
    paragraph tokenized once) for the page's target group selector; a mapping
    group -> keyness table (or a callable) supplies them; False leaves the selector
    out. ``group_terms``: terms per side for each other group. ``rates``: the study's rhetoric
    rates (``Study.rates()``) for the second tab. Writes ``figures_dir/name``; returns its path.
    """
    from zhframe.plots import explorer_rhetoric as R

    base = getattr(tokenizer, "tokenizer", tokenizer)  # MaskedTokenizer -> Tokenizer
    texts = paragraphs["text"].astype(str).tolist()
    cut = getattr(base, "cut", base)
    tokens = [cut(t) for t in texts]
    pos = D.majority_pos(base.pos_tag_many(texts)) if hasattr(base, "pos_tag_many") else None
    words = [w for w, *_ in base.words()] if hasattr(base, "words") else []
    keyness_of = None
    if callable(by_group):
        keyness_of = by_group
    elif isinstance(by_group, Mapping):
        keyness_of = {str(k): v for k, v in by_group.items()}.__getitem__
    elif by_group and paragraphs[by].astype(str).nunique() > 2:
        keyness_of = G.group_keyness(paragraphs, by, tokenizer, n_boot=n_boot, random_state=random_state)
    data = D.page_data(keyness, paragraphs, tokens, by, target, pos=pos, dictionary=words,
                       keyness_of=keyness_of, group_terms=group_terms)
    if rhetoric is True:  # examples only from the paragraphs the page carries (rates: every one)
        hits, notes = R.rhetoric_hits(paragraphs.iloc[data["rows"]], by)
        rates = R.rhetoric_rates(paragraphs, by, n_boot=n_boot, random_state=random_state, rates=rates)
        rhetoric = (rates, hits, notes)
    return write_term_explorer(data, Path(figures_dir) / name, rhetoric=rhetoric or None,
                               title=f"{by}: {target} against {data['rest']}")
