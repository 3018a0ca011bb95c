"""The term explorer: one self-contained HTML page to see every difference and read it.

Every term is a point placed by its frequency in the target group against its
frequency in the rest (log scales, per 10,000 tokens), coloured by Log Ratio,
opaque and outlined when the keyness table's calibrated verdict says it holds
up, sized by the number of paragraphs that carry it. Hover shows the counts,
rates, Log Ratio with its interval and q-value; a search box finds a term;
filters select part of speech, lexicon category and a minimum count; a click
(or a search) shows the term's concordance from the tokens, both sides next to
each other, each line opening onto its whole paragraph, and the dictionary
words that contain the term. A second tab shows each rhetoric feature's rate by
group with its interval; a click lists the hits with their evidence. This is
the design of scattertext (Kessler 2017), built on the project's own tokens
and statistics.

Bokeh draws it: it writes standalone HTML with BokehJS inlined (the page opens
offline), its widgets and ``CustomJS`` callbacks run in the browser with no
server, and JupyterLab shows the saved page in an IFrame. Model ids are made
deterministic while the page is built, so the same inputs write the same bytes.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from html import escape
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from zhframe.infra.files import write_text_atomic
from zhframe.plots import explorer_data as D

FILE_NAME = "03_term_explorer.html"
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"WenQuanYi Micro Hei", sans-serif')


def _asset(name: str) -> str:
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


def _div(html: str, **kw):
    from bokeh.models import Div, InlineStyleSheet

    # disable_math: "$" in a news text must not make BokehJS fetch MathJax from a CDN
    return Div(text=html, stylesheets=[InlineStyleSheet(css=_asset("explorer.css"))],
               disable_math=True, **kw)


def _terms_view(data: dict):
    from bokeh.layouts import column, row
    from bokeh.models import (ColorBar, ColumnDataSource, CustomJS, HoverTool, Select, Slider,
                              TapTool, TextInput)
    from bokeh.palettes import RdBu11
    from bokeh.plotting import figure
    from bokeh.transform import linear_cmap

    t = data["terms"].copy()
    t["lr_clip"] = t["log_ratio"].clip(-4, 4)
    t["size"] = np.minimum(6 + 2.5 * np.sqrt(t["paragraphs"]), 26)
    held = t["verdict"] == "holds up"
    t["alpha"] = np.where(held, 0.95, 0.45)
    t["line"] = np.where(held, "#111111", "#ffffff")
    cols = ["term", "x", "y", "count_target", "count_rest", "rate_target", "rate_rest",
            "log_ratio", "lr_clip", "lr_text", "q_text", "verdict", "paragraphs", "articles",
            "pos", "category", "hits", "compounds", "size", "alpha", "line"]
    src = {c: t[c].tolist() for c in cols}
    full = ColumnDataSource(src, name="all_terms")
    # the shown points are filled from all_terms when the page opens (see write_term_explorer),
    # so a 10,000-term page carries its data once
    shown = ColumnDataSource({c: [] for c in cols}, name="terms")
    paras = ColumnDataSource({c: data["paragraphs"][c].tolist()
                              for c in ("doc", "para", "group", "side", "title", "text")},
                             name="paragraphs")
    tgt, rest = escape(data["target"]), escape(data["rest"])
    p = figure(width=560, height=560, x_axis_type="log", y_axis_type="log", name="terms_plot",
               tools="pan,wheel_zoom,box_zoom,reset,tap", active_scroll="wheel_zoom",
               x_axis_label=f"{tgt}: tokens per 10,000 (+0.5)",
               y_axis_label=f"{rest}: tokens per 10,000 (+0.5)")
    lo = float(min(t["x"].min(), t["y"].min())) if len(t) else 1.0
    hi = float(max(t["x"].max(), t["y"].max())) if len(t) else 10.0
    p.line([lo, hi], [lo, hi], line_color="#999999", line_dash="dashed")
    cmap = linear_cmap("lr_clip", RdBu11, -4, 4)  # RdBu11 runs blue (low) to red (high)
    r = p.scatter("x", "y", source=shown, size="size", fill_color=cmap, fill_alpha="alpha",
                  line_color="line", line_width=1.2, name="term_points",
                  selection_line_color="#000000", selection_line_width=3,
                  nonselection_fill_alpha=0.15, nonselection_line_alpha=0.2)
    p.add_layout(ColorBar(color_mapper=cmap["transform"], title=f"Log Ratio ({tgt} vs rest)",
                          width=10), "right")
    p.add_tools(HoverTool(renderers=[r], tooltips=(
        "<b>@term</b><br>" + f"{tgt}: @count_target (@rate_target{{0.0}} per 10k)<br>"
        + f"{rest}: @count_rest (@rate_rest{{0.0}} per 10k)<br>"
        "Log Ratio @lr_text<br>q @q_text: @verdict<br>@paragraphs paragraphs, @articles articles"
        "<br>POS @pos, lexicon @category")))
    p.select_one(TapTool).renderers = [r]
    p.toolbar.logo = None  # the logo links to bokeh.org: nothing on the page points outside
    for ax in (p.xaxis, p.yaxis):
        ax.axis_label_text_font = FONT_STACK
    conc = _div('<p class="help">Click a point or search a term to read it in context.</p>',
                width=680, height=560, name="concordance",
                styles={"overflow-y": "auto"})
    meta = {"target": data["target"], "rest": data["rest"], "width": D.WINDOW}
    js = _asset("explorer.js")
    shown.selected.js_on_change("indices", CustomJS(args=dict(s=shown, P=paras, div=conc, meta=meta),
                                                    code=js + """
const i = s.selected.indices;
if (i.length) div.text = concordance(s.data, i[0], P.data, meta);"""))
    search = TextInput(title="Find a term (Enter)", name="search", width=200)
    pos = Select(title="Part of speech", value="all", options=["all"] + sorted(set(t["pos"])),
                 width=120)
    cat = Select(title="Lexicon category", value="all",
                 options=["all"] + [c for c in (*D.CATEGORIES, "none") if c in set(t["category"])],
                 width=140)
    top = int(max(2, min(50, (t["count_target"] + t["count_rest"]).max() if len(t) else 2)))
    mincount = Slider(title="Minimum count", start=1, end=top, step=1, value=1, width=200)
    args = dict(A=full, s=shown, pos=pos, cat=cat, mincount=mincount, search=search, div=conc)
    filt = "const f = {pos: pos.value, category: cat.value, min: mincount.value};\n"
    refresh = CustomJS(args=args, code=js + filt + "refilter(A.data, s, f, -1);", name="refresh")
    for w in (pos, cat):
        w.js_on_change("value", refresh)
    mincount.js_on_change("value", refresh)
    search.js_on_change("value", CustomJS(args=args, code=js + filt + """
const q = search.value.trim();
const A_ = A.data;
const j = A_.term.indexOf(q);
if (!q) { } else if (j < 0) {
  const near = A_.term.filter(x => x.includes(q)).slice(0, 30);
  div.text = '<p class="none">' + esc(q) + ' is not a term of this comparison' +
    (near.length ? '; terms containing it: ' + near.map(esc).join('、') : '') + '.</p>';
} else {
  const out = refilter(A_, s, f, j);
  s.selected.indices = [out.term.indexOf(q)];
}"""))
    notes = "".join(f"<li>{escape(n)}</li>" for n in data["notes"])
    head = _div(
        f'<h3>{escape(data["by"])}: {tgt} against {rest}</h3><p class="help">Each point is a term: '
        "right = more frequent in the target, up = more frequent in the rest; red leans to the "
        "target, blue to the rest (Log Ratio); outlined opaque points hold up under the keyness "
        "table's calibrated test, faint ones do not; size grows with the paragraphs that carry "
        "the term. Concordances come from tokens, not substrings.</p>"
        + (f'<ul class="notes">{notes}</ul>' if notes else ""), width=1200)
    return column(head, row(search, pos, cat, mincount), row(p, conc))


def _rhetoric_view(rates: pd.DataFrame, hits: pd.DataFrame, notes=()):
    from bokeh.layouts import column, row
    from bokeh.models import (ColumnDataSource, CustomJS, FixedTicker, HoverTool, Range1d,
                              TapTool)
    from bokeh.palettes import Category10_10
    from bokeh.plotting import figure

    try:
        from zhframe.plots.rhetoric import label
    except ImportError:  # pragma: no cover - the label table is optional
        label = str
    groups = sorted(rates["group"].astype(str).unique())
    colour = {g: Category10_10[i % 10] for i, g in enumerate(groups)}
    feats = list(dict.fromkeys(rates["feature"]))
    # one row per feature (first at the top), the groups side by side inside it
    step = 0.7 / max(1, len(groups))
    offset = {g: (i - (len(groups) - 1) / 2) * step for i, g in enumerate(groups)}
    row_of = {f: len(feats) - k for k, f in enumerate(feats)}
    src = ColumnDataSource({
        "y": [row_of[f] - offset[g] for f, g in zip(rates["feature"], rates["group"].astype(str))],
        "feature": rates["feature"].tolist(), "label": [label(f) for f in rates["feature"]],
        "group": rates["group"].astype(str).tolist(), "rate": rates["rate"].fillna(0).tolist(),
        "lo": rates["lo"].fillna(0).tolist(), "hi": rates["hi"].fillna(0).tolist(),
        "count": rates["count"].astype(int).tolist(),
        "colour": [colour[g] for g in rates["group"].astype(str)]}, name="rates")
    height = max(400, 22 * len(feats) + 80)
    p = figure(y_range=Range1d(0.4, len(feats) + 0.6), width=560, height=height,
               tools="tap,reset", name="rhetoric_plot",
               x_axis_label="per 1,000 characters (95% paragraph-bootstrap interval)")
    p.yaxis.ticker = FixedTicker(ticks=list(row_of.values()))
    p.yaxis.major_label_overrides = {row_of[f]: label(f) for f in feats}
    p.ygrid.grid_line_color = None
    y = "y"
    p.segment("lo", y, "hi", y, source=src, line_color="colour", line_width=2)
    r = p.scatter("rate", y, source=src, size=9, fill_color="colour", line_color="colour",
                  legend_field="group")
    p.legend.location = "bottom_right"
    p.add_tools(HoverTool(renderers=[r], tooltips="<b>@label</b> @group: @rate{0.00} "
                                                  "[@lo{0.00}, @hi{0.00}], @count hits"))
    p.select_one(TapTool).renderers = [r]
    p.toolbar.logo = None
    p.yaxis.major_label_text_font = FONT_STACK
    h = hits
    H = ColumnDataSource({"feature": h["feature"].tolist(), "group": h["group"].tolist(),
                          "doc_id": h["doc_id"].astype(str).tolist(),
                          "para": h["para"].astype(str).tolist(), "text": h["text"].tolist(),
                          "left": h["left"].tolist(), "right": h["right"].tolist(),
                          "evidence": h["evidence"].tolist()}, name="hits")
    div = _div('<p class="help">Click a rate to list its hits with their evidence.</p>'
               + "".join(f'<p class="notes">{escape(n)}</p>' for n in notes),
               width=680, height=height, styles={"overflow-y": "auto"},
               name="hits_div")
    src.selected.js_on_change("indices", CustomJS(args=dict(s=src, H=H, div=div), code=_asset(
        "explorer.js") + """
const i = s.selected.indices;
if (i.length) div.text = hitsHtml(H.data, s.data.feature[i[0]], s.data.group[i[0]], s.data.label[i[0]]);"""))
    return column(row(p, div))


def build_term_explorer(data: dict, rhetoric: tuple | None = None):
    """The page as a Bokeh Document: Tabs (terms, rhetoric), or the term view alone.

    ``data`` is :func:`~zhframe.plots.explorer_data.page_data`; ``rhetoric`` is
    ``(rates, hits, notes)`` from :mod:`zhframe.plots.explorer_rhetoric`. The points
    are drawn from the full term table when the document is ready (filters start open).
    """
    from bokeh.document import Document
    from bokeh.models import TabPanel, Tabs

    terms = _terms_view(data)
    root = terms if rhetoric is None else Tabs(tabs=[
        TabPanel(child=terms, title="词语 Terms"),
        TabPanel(child=_rhetoric_view(*rhetoric), title="修辞 Rhetoric")])
    doc = Document()
    doc.add_root(root)
    doc.js_on_event("document_ready", root.select_one({"name": "refresh"}))
    return doc


def write_term_explorer(data: dict, path: str | os.PathLike, rhetoric: tuple | None = None,
                        title: str = "Term explorer") -> Path:
    """Write the page to ``path`` as one self-contained HTML file (BokehJS inlined).

    Same inputs, same bytes (:func:`stable_ids`). Returns the path.
    """
    from bokeh.embed import file_html
    from bokeh.resources import INLINE

    with stable_ids():
        html = file_html(build_term_explorer(data, rhetoric), INLINE, title)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, html)  # a full disk leaves no truncated page
    return path


def write_corpus_explorer(paragraphs: pd.DataFrame, by: str, target, keyness: pd.DataFrame,
                          tokenizer, figures_dir: str | os.PathLike, *, n_boot: int = 1000,
                          random_state: int = 0, name: str = FILE_NAME) -> Path:
    """Build and write the explorer of one comparison, beside the figures.

    ``paragraphs``: body paragraphs (:func:`zhframe.keywords.corpus_paragraphs`);
    ``keyness``: the table whose terms become points (e.g. the masked
    :func:`zhframe.keywords.keyness` with ``n_boot``); ``tokenizer``: the project
    :class:`~zhframe.tokenize.Tokenizer` or a :class:`~zhframe.keywords.MaskedTokenizer`
    around it. Concordances use every token of ``Tokenizer.cut`` (positions are
    exact), parts of speech the majority ``pos_tag`` of each word, compounds the
    tokenizer's user dictionary. Writes ``figures_dir/name`` and returns its path.
    """
    from zhframe.plots import explorer_rhetoric as R

    base = getattr(tokenizer, "tokenizer", tokenizer)  # MaskedTokenizer -> Tokenizer
    texts = paragraphs["text"].astype(str).tolist()
    cut = getattr(base, "cut", base)
    tokens = [cut(t) for t in texts]
    pos = D.majority_pos(base.pos_tag_many(texts)) if hasattr(base, "pos_tag_many") else None
    words = [w for w, *_ in base.words()] if hasattr(base, "words") else []
    data = D.page_data(keyness, paragraphs, tokens, by, target, pos=pos, dictionary=words)
    hits, notes = R.rhetoric_hits(paragraphs, by)
    rates = R.rhetoric_rates(paragraphs, by, n_boot=n_boot, random_state=random_state)
    return write_term_explorer(data, Path(figures_dir) / name, rhetoric=(rates, hits, notes),
                               title=f"{by}: {target} against the rest")


def inline(path: str | os.PathLike, height: int = 900):
    """What a notebook shows: the saved page in an IFrame (JupyterLab serves the file).

    The source is relative to the working directory (the notebook's folder), so the
    executed notebook carries no absolute path.
    """
    from IPython.display import IFrame

    class _Page(IFrame):  # IFrame's text repr holds a memory address: not byte-stable
        def __repr__(self) -> str:
            return f"<term explorer: {self.src}>"

    return _Page(os.path.relpath(path), width="100%", height=height)
