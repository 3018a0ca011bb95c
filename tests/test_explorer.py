"""Tests of the term explorer: its data builders, the saved page, and the page in Chromium."""

from __future__ import annotations

import json
import re
import time

import pandas as pd
import pytest

from zhframe import keywords as kw
from zhframe.plots import explorer as E
from zhframe.plots import explorer_data as D
from zhframe.plots import explorer_rhetoric as R

# Four paragraphs, two per group, already segmented: 党史学习教育 is one token, so the
# 党史 inside it is not an occurrence of the token 党史.
TOKENS = [
    ["我区", "开展", "党史学习教育", "，", "党史", "宣讲", "进", "社区", "。"],
    ["党史", "故事", "走进", "校园", "，", "学生", "讲", "党史", "。"],
    ["该区", "推进", "党史学习教育", "，", "办实事", "惠", "民生", "。"],
    ["学党史", "、", "办实事", "，", "民生", "项目", "落地", "。"],
]
GROUPS = ["北碚区", "北碚区", "开州区", "开州区"]


@pytest.fixture(scope="module")
def corpus():
    paragraphs = pd.DataFrame({"doc_id": ["bb", "bb", "kz", "kz"], "para": [0, 1, 0, 1],
                               "district": GROUPS, "text": ["".join(t) for t in TOKENS]})
    lookup = {"".join(t): [x for x in t if len(x) > 1] for t in TOKENS}
    table = kw.keyness(paragraphs, "district", "北碚区", lookup.__getitem__, n_boot=50)
    return paragraphs, table


def test_token_spans_follow_the_text_and_skip_what_is_not_there():
    assert D.token_spans("党史学习教育党史", ["党史学习教育", "党史"]) == [(0, 6), (6, 8)]
    assert D.token_spans("甲乙丙", ["甲", "丁", "丙"]) == [(0, 1), None, (2, 3)]


def test_concordance_finds_tokens_not_substrings(corpus):
    paragraphs, _ = corpus
    conc = D.concordance(paragraphs, TOKENS, "党史", "district", "北碚区")
    # 3 tokens of 党史 (paragraphs 0 and 1); the strings inside 党史学习教育 and 学党史 are not hits
    assert len(conc) == 3
    assert list(conc["side"]) == ["target"] * 3
    assert list(zip(conc["doc_id"], conc["para"])) == [("bb", 0), ("bb", 1), ("bb", 1)]
    assert conc["left"].iloc[0].endswith("党史学习教育，")
    assert len(kw.kwic_substring(paragraphs, "党史")) == 6  # substring matching finds 6
    assert len(D.concordance(paragraphs, TOKENS, "党史", "district", "北碚区", max_lines=1)) == 1


def test_compounds_are_dictionary_words_containing_the_term_with_their_counts():
    side = ["target", "target", "rest", "rest"]
    counts = D.token_counts(TOKENS, side)
    words = ["党史学习教育", "学党史", "党史", "党史故事会", "办实事"]
    comp = D.dictionary_compounds(["党史", "实事"], words, counts)
    # 党史故事会 never occurs and 党史 is the term itself: neither is listed
    assert comp["党史"] == [("党史学习教育", 1, 1), ("学党史", 0, 1)]
    assert comp["实事"] == [("办实事", 0, 2)]


def test_dispersion_counts_paragraphs_and_articles():
    paragraphs = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "para": range(4), "text": ["x"] * 4})
    disp = D.dispersion(paragraphs, TOKENS).set_index("term")
    assert disp.loc["党史", "paragraphs"] == 2 and disp.loc["党史", "articles"] == 1
    assert disp.loc["办实事", "paragraphs"] == 2 and disp.loc["办实事", "articles"] == 1
    assert disp.loc["。", "articles"] == 2


def test_majority_pos_breaks_ties_alphabetically():
    assert D.majority_pos([[("学习", "v"), ("学习", "vn")], [("学习", "vn")], [("党", "n")]]) == \
        {"学习": "vn", "党": "n"}


def test_term_table_uses_the_new_columns_and_says_when_they_are_absent(corpus):
    paragraphs, table = corpus
    full = table.assign(q_value=0.5)
    t, notes = D.term_table(full, paragraphs, TOKENS, "district", "北碚区", pos={"党史": "n"},
                            categories={"党史": "frame"})
    assert notes == []
    row = t.set_index("term").loc["党史"]
    assert (row["count_target"], row["count_rest"]) == (3, 0)
    assert row["verdict"] in ("holds up", "does not hold up") and row["q_text"] == "0.5"
    assert (row["pos"], row["category"], row["paragraphs"], row["articles"]) == ("n", "frame", 2, 1)
    old = table.drop(columns=["lr_low", "lr_high", "holds_up", "q_value"], errors="ignore").rename(
        columns={"count_reference": "count_rest"})
    t, notes = D.term_table(old, paragraphs, TOKENS, "district", "北碚区")
    assert set(t["verdict"]) == {"not tested"} and t["lr_low"].isna().all()
    assert any("verdict" in n for n in notes) and any("q-value" in n for n in notes)
    assert any("part-of-speech" in n for n in notes)
    with pytest.raises(ValueError, match="log_ratio"):
        D.term_table(table.drop(columns="log_ratio"), paragraphs, TOKENS, "district", "北碚区")
    with pytest.raises(ValueError, match="no paragraph"):
        D.term_table(table, paragraphs, TOKENS, "district", "江北区")


def test_lexicon_categories_read_the_project_word_lists():
    cats = D.lexicon_categories(["北碚区"])
    assert cats["北碚"] == cats["我区"] == "self-reference"
    assert cats["我为群众办实事"] == "slogan"
    assert "frame" in set(cats.values())


def test_rhetoric_hits_are_what_paragraph_features_count():
    from zhframe.rhetoric import features as F

    paragraphs = pd.DataFrame({
        "doc_id": ["a", "b"], "para": [0, 0], "district": ["北碚区", "开州区"],
        "text": ["北碚区委书记张三说：“要把党史学习教育抓实。”我区开展“我为群众办实事”活动600余场次，"
                 "覆盖3.5万名党员。一是学习，二是宣讲。",
                 "该区组织“三篇文章”宣讲，走访群众2000户，学生李四表示：“收获很大。”"]})
    hits, notes = R.rhetoric_hits(paragraphs, "district")
    assert notes == []
    par = F.paragraph_features(paragraphs)
    cols = [c for cs in F.feature_families().values() for c in cs]
    expected = par.groupby("district")[cols].sum().stack()
    got = hits.groupby(["group", "feature"]).size()
    for (g, f), n in expected.items():
        assert got.get((g, f), 0) == n, (g, f)
    claim = hits[(hits["feature"] == "claims") & (hits["text"] == "600余场次")].iloc[0]
    assert "approximate" in claim["evidence"]


def test_token_hits_are_what_keyness_counted_on_the_seeds():
    from pathlib import Path

    from zhframe.corpus import load_corpus

    par = kw.corpus_paragraphs(load_corpus(Path(__file__).resolve().parents[1] / "seeds"))
    groups = sorted(par["district"].astype(str).unique())
    tok = kw.default_tokenizer()
    table = kw.keyness(par, "district", groups[0], kw.masked_tokenizer(tok, groups))
    tokens = [tok.cut(t) for t in par["text"]]
    hits = D.term_hits(par, tokens, table["term"])
    side = par["district"].astype(str).to_numpy() == groups[0]
    got = {t: (sum(side[r] for r, _, _ in h), sum(not side[r] for r, _, _ in h))
           for t, h in hits.items()}
    want = {t: (a, b) for t, a, b in zip(table["term"], table["count_target"],
                                          table["count_reference"])}
    assert got == want
    # and each hit is the term itself at that place in the paragraph
    texts = par["text"].tolist()
    assert all(texts[r][s:e] == t for t, h in hits.items() for r, s, e in h)


@pytest.fixture(scope="module")
def page(corpus, tmp_path_factory):
    paragraphs, table = corpus
    data = D.page_data(table, paragraphs, TOKENS, "district", "北碚区",
                       dictionary=["党史学习教育", "学党史"])
    hits, notes = R.rhetoric_hits(paragraphs, "district")
    rates = R.rhetoric_rates(paragraphs, "district", n_boot=20)
    rhet = (rates, hits, notes)
    out = tmp_path_factory.mktemp("explorer")
    return data, rhet, E.write_term_explorer(data, out / "a.html", rhetoric=rhet), out


def test_page_is_written_offline(page):
    html = page[2].read_text(encoding="utf-8")
    assert "党史学习教育" in html or json.dumps("党史学习教育")[1:-1] in html
    # no tag loads a script, stylesheet, font or image from elsewhere; the inlined BokehJS
    # mentions a MathJax CDN that it fetches only for LaTeX labels, which the page has none
    # of (the browser tests below run with every host unreachable).
    tags = re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html)
    assert tags and not [t for t in tags
                         if re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", t)]
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", html)
    assert "@import" not in html


def test_page_bytes_are_the_same_for_the_same_inputs(page):
    data, rhet, first, out = page
    E.build_term_explorer(data)  # models made in between must not shift the ids
    second = E.write_term_explorer(data, out / "b.html", rhetoric=rhet)
    assert first.read_bytes() == second.read_bytes()


# ------------------------------------------------------------------ in a real browser

DEEP = """
function deep(root, sel, out) {
  root.querySelectorAll(sel).forEach(e => out.push(e));
  root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) deep(e.shadowRoot, sel, out); });
  return out;
}
"""


@pytest.fixture(scope="module")
def browser():
    from browser import chromium  # tests/browser.py: one way to start headless chromium

    with chromium() as d:
        yield d


def _wait(d, script, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        found = d.execute_script(DEEP + script)
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def _click_at(d, x, y):
    """A real mouse click at viewport coordinates (what a user's tap on a glyph is)."""
    from selenium.webdriver.common.action_chains import ActionChains

    actions = ActionChains(d)
    actions.w3c_actions.pointer_action.move_to_location(int(round(x)), int(round(y)))
    actions.w3c_actions.pointer_action.click()
    actions.perform()


def paragraphs_text(page, row):
    """Text of paragraph ``row`` of the test corpus."""
    return "".join(TOKENS[row])


def _concordance_lines(d):
    return d.execute_script(DEEP + "return deep(document, 'details.line', [])"
                            ".map(e => e.querySelector('summary').textContent);")


def test_browser_search_shows_the_token_concordance(page, browser):
    from selenium.webdriver.common.keys import Keys

    browser.get(page[2].as_uri())
    box = _wait(browser, "return deep(document, 'input[type=text]', [])[0];")
    box.send_keys("党史", Keys.ENTER)
    lines = _wait(browser, "const l = deep(document, 'details.line', []);"
                           "return l.length ? l.map(e => e.querySelector('summary').textContent) : null;")
    # the three token occurrences, each with its article and paragraph, and no line for the
    # 党史 inside 党史学习教育 or 学党史
    assert len(lines) == 3
    assert [l.split(" ¶")[0] for l in lines] == ["bb", "bb", "bb"]
    assert [l.split(" ¶")[1][0] for l in lines] == ["0", "1", "1"]
    # a line opens onto its whole paragraph
    _wait(browser, "return deep(document, 'details.line summary', [])[0];").click()
    para = _wait(browser, "const d = deep(document, 'details.line', [])[0];"
                          "return d.open ? d.querySelector('p.para').textContent : null;")
    assert para.startswith("bb, paragraph 0 (北碚区): ") and para.endswith(paragraphs_text(page, 0))
    text = _wait(browser, "return deep(document, 'div.conc', [])[0].textContent;")
    assert "党史学习教育" in text and "学党史" in text  # the compounds with their counts
    fetched = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name);")
    assert [u for u in fetched if not u.startswith(("file:", "data:", "blob:"))] == []


def test_browser_click_on_a_point_shows_its_concordance(page, browser):
    browser.get(page[2].as_uri())
    _wait(browser, "return deep(document, 'input[type=text]', [])[0];")
    term = "民生"  # 2 tokens, both in the rest: a point of its own
    xy = _wait(browser, """
const doc = Bokeh.documents[0];
const plot = doc.get_model_by_name('terms_plot');
const view = Bokeh.index.find_one(plot);
if (!view) return null;
const s = doc.get_model_by_name('terms').data;
const i = s.term.indexOf('%s');
const box = view.canvas_view.el.getBoundingClientRect();
return [box.left + view.frame.x_scale.compute(s.x[i]), box.top + view.frame.y_scale.compute(s.y[i])];
""" % term)
    _click_at(browser, *xy)
    head = _wait(browser, "const c = deep(document, 'div.conc h3', []); "
                          "return c.length ? c[0].textContent : null;")
    assert head == term
    lines = _concordance_lines(browser)
    assert len(lines) == 2 and all(l.startswith("kz ¶") for l in lines)


def test_browser_click_on_a_rhetoric_rate_lists_its_hits(page, browser):
    rates, hits = page[1][0], page[1][1]
    pick = rates.sort_values(["count", "feature", "group"], ascending=[False, True, True]).iloc[0]
    n = int(((hits["feature"] == pick["feature"]) & (hits["group"] == pick["group"])).sum())
    assert n == pick["count"] > 0
    browser.get(page[2].as_uri())
    tab = _wait(browser, "return deep(document, '.bk-tab', [])[1];")
    tab.click()
    xy = _wait(browser, """
const doc = Bokeh.documents[0];
const view = Bokeh.index.find_one(doc.get_model_by_name('rhetoric_plot'));
if (!view || !view.has_finished() || !view.canvas_view.el.getBoundingClientRect().width) return null;
const s = doc.get_model_by_name('rates').data;
let i = -1;
for (let j = 0; j < s.feature.length; j++) if (s.feature[j] === '%s' && s.group[j] === '%s') i = j;
const box = view.canvas_view.el.getBoundingClientRect();
return [box.left + view.frame.x_scale.compute(s.rate[i]), box.top + view.frame.y_scale.compute(s.y[i])];
""" % (pick["feature"], pick["group"]))
    _click_at(browser, *xy)
    found = _wait(browser, "const h = deep(document, 'p.hit', []); "
                           "return h.length ? h.map(e => e.textContent) : null;")
    assert len(found) == n
    assert all(t.startswith(("bb ¶", "kz ¶")) for t in found)
    # the page cuts each hit and its context from the paragraph: the same lines as the hits table
    mine = hits[(hits["feature"] == pick["feature"]) & (hits["group"] == pick["group"])]
    want = [f"{d} ¶{p}{l}{t}{r}{e}" for d, p, l, t, r, e in
            zip(mine["doc_id"], mine["para"], mine["left"], mine["text"], mine["right"], mine["evidence"])]
    assert sorted(found) == sorted(want)


def test_corpus_explorer_for_any_grouping_with_more_than_two_groups(tmp_path):
    texts = ["我区开展党史学习教育，党史宣讲进社区，覆盖3.5万名党员。",
             "该区推进“我为群众办实事”，新建停车场10个。",
             "全区学党史、办实事，民生项目落地900余个。",
             "学生表示：“党史故事让我们收获很大。”"] * 2
    par = pd.DataFrame({"doc_id": [f"d{i % 4}" for i in range(8)], "para": [i // 4 for i in range(8)],
                        "outlet": ["A", "B", "C", "C"] * 2, "text": texts})
    tok = kw.default_tokenizer()
    table = kw.keyness(par, "outlet", "A", tok, n_boot=20)
    path = E.write_corpus_explorer(par, "outlet", "A", table, tok, tmp_path / "figs", n_boot=20)
    assert path == tmp_path / "figs" / "03_term_explorer.html"
    html = path.read_text(encoding="utf-8")
    assert "rest (B" in html or json.dumps("rest (B、C)")[1:-1] in html
    assert "Rhetoric" in html


def test_browser_filters_select_the_points(page, browser):
    data = page[0]["terms"]
    browser.get(page[2].as_uri())
    _wait(browser, "return deep(document, 'input[type=text]', [])[0];")
    shown = """
const doc = Bokeh.documents[0];
return doc.get_model_by_name('terms').data.term.slice().sort();"""
    assert _wait(browser, shown) == sorted(data["term"])  # every term when the page opens
    browser.execute_script("""
const doc = Bokeh.documents[0];
for (const m of doc.all_models) if (m.title === 'Minimum count') m.value = 2;""")
    want = sorted(data.loc[data["count_target"] + data["count_rest"] >= 2, "term"])
    assert 0 < len(want) < len(data) and _wait(browser, shown) == want
    browser.execute_script("""
const doc = Bokeh.documents[0];
for (const m of doc.all_models) if (m.title === 'Minimum count') m.value = 1;
for (const m of doc.all_models) if (m.title === 'Lexicon category') m.value = 'slogan';""")
    want = sorted(data.loc[data["category"] == "slogan", "term"])
    assert want and _wait(browser, shown) == want


def test_inline_page_has_a_byte_stable_text_repr(tmp_path):
    from zhframe.plots import explorer

    page = tmp_path / "03_term_explorer.html"
    page.write_text("<html></html>", encoding="utf-8")
    shown = explorer.inline(page)
    assert "0x" not in repr(shown) and repr(shown) == repr(explorer.inline(page))
    assert "<iframe" not in shown._repr_html_() and "03_term_explorer.html" in shown._repr_html_()


# ------------------------------------------------------------------ scattertext's level and beyond

def test_token_lengths_encode_every_token_and_gap():
    text = "党史 学习" + "长" * 80
    toks = ["党史", "学习", "长" * 80]
    enc = D.encode_lengths(text, toks)
    assert enc == chr(48 + 2) + "!" + chr(49) + chr(48 + 2) + "~80;"


def test_labels_never_overlap_and_stay_inside_the_plot():
    import numpy as np

    rng = np.random.default_rng(1)
    x, y = 10 ** rng.uniform(-1, 2, 60), 10 ** rng.uniform(-1, 2, 60)
    texts = [f"词语{i}" for i in range(60)]
    placed = E.place_labels(x, y, texts, 0.05, 200, size=560)
    assert 10 < len(placed) <= 60
    boxes = []
    for i, dx, dy, align in placed:
        px = (np.log10(x[i]) - np.log10(0.05)) / (np.log10(200) - np.log10(0.05)) * 560
        w = 12 * len(texts[i]) + 2
        x0 = px + dx - (w if align == "right" else w / 2 if align == "center" else 0)
        boxes.append((x0, x0 + w))
    assert all(0 <= a and b <= 560 for a, b in boxes)


def _many(n_rest_groups=5, repeats=60):
    """A corpus where 党史 occurs ``repeats`` times on each side and there are several rest groups."""
    toks, rows = [], []
    groups = ["A & B"] + [f"乙{i}" for i in range(n_rest_groups)]
    for k in range(2 * repeats):
        g = groups[0] if k % 2 == 0 else groups[1 + k % n_rest_groups]
        t = ["今年", "我们", "开展", "党史", "学习", "教育", "活动", "，", "深入", "基层", "宣讲", f"第{k}次",
             "，", "群众", "反响", "热烈", "。"]
        toks.append(t)
        rows.append({"doc_id": f"d{k:03d}", "para": 0, "g": g, "text": "".join(t)})
    par = pd.DataFrame(rows)
    lookup = {"".join(t): t for t in toks}
    table = kw.keyness(par, "g", "A & B", lookup.__getitem__, n_boot=20)
    return par, toks, table


def test_page_data_rounds_floats_and_does_not_list_every_group(tmp_path):
    par, toks, table = _many(n_rest_groups=40, repeats=40)
    data = D.page_data(table, par, toks, "g", "A & B")
    assert data["rest"] == f"rest ({par['g'].nunique() - 1} groups)" and par["g"].nunique() > 10
    for col in ("x", "y", "rate_target", "rate_rest", "log_ratio"):
        v = data["terms"][col].dropna()
        assert (v == D.round_sig(v.to_numpy())).all()
        assert all(len(f"{x:.10g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0")) <= 4 for x in v)
    page = E.write_term_explorer(data, tmp_path / "p.html")
    assert len(page.read_text(encoding="utf-8")) == len(E.write_term_explorer(data, tmp_path / "q.html")
                                                         .read_text(encoding="utf-8"))
    assert "、".join(f"乙{i}" for i in range(5)) not in page.read_text(encoding="utf-8")
    summary = E.inline(page)._repr_html_()
    assert "A &amp; B" in summary and "<script" not in summary and "<iframe" not in summary


def test_browser_pages_through_every_concordance_line_with_twenty_characters_of_context(browser, tmp_path):
    par, toks, table = _many()
    data = D.page_data(table, par, toks, "g", "A & B")
    page = E.write_term_explorer(data, tmp_path / "many.html")
    browser.get(page.as_uri())
    _wait(browser, "return deep(document, 'input[type=text]', [])[0];")
    # the axis label is drawn as text: the group's & is shown as &, not &amp;
    labels = browser.execute_script(
        "const p = Bokeh.documents[0].get_model_by_name('terms_plot');"
        "return [p.below[0].axis_label, p.left[0].axis_label];")
    assert labels[1].startswith("A & B:") and "&amp;" not in "".join(labels)
    assert "rest (5 groups)" in labels[0]
    browser.execute_script("zhframe.find('党史')")
    seen = set()
    for _ in range(10):
        lines = _wait(browser, "const l = deep(document, '.side.target details.line summary', []);"
                               "return l.length ? l.map(e => e.textContent) : null;")
        seen |= set(lines)
        nxt = browser.execute_script(DEEP + "return deep(document, '.side.target button.pg', [])[1];")
        if nxt is None or nxt.get_attribute("disabled"):
            break
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", nxt)
        time.sleep(0.2)
    assert len(seen) == 60  # every line of the target side, page by page
    # at least 20 characters of context are visible on each side of the term
    widths = browser.execute_script(DEEP + """
const s = deep(document, '.side.rest details.line summary', [])[0];
const fs = parseFloat(getComputedStyle(s).fontSize);
return [s.querySelector('.left').clientWidth / fs, s.querySelector('.right').clientWidth / fs];""")
    assert min(widths) >= 20, widths
    # the rest side can be narrowed to one of its groups
    browser.execute_script("for (const m of Bokeh.documents[0].all_models) if (m.name === 'rest_group') "
                           "m.value = '乙1';")
    head = _wait(browser, "const h = deep(document, '.side.rest h4', []);"
                          "return h.length && h[0].textContent.startsWith('乙1') ? h[0].textContent : null;")
    assert head.startswith("乙1: 12 lines")


def test_page_has_labels_lists_autocomplete_and_export(page):
    from bokeh.models import AutocompleteInput, LabelSet, SaveTool

    data = page[0]
    doc = E.build_term_explorer(data)
    search = doc.select_one({"name": "search"})
    assert isinstance(search, AutocompleteInput) and sorted(search.completions) == sorted(data["terms"]["term"])
    labels = doc.select_one({"type": LabelSet}).source.data["text"]
    assert labels and set(labels) <= set(data["top"]["target"]) | set(data["top"]["rest"])
    assert doc.select_one({"name": "terms_plot"}).select_one({"type": SaveTool}) is not None
    lists = doc.select_one({"name": "top_terms"}).text
    assert all(f'data-term="{t}"' in lists for t in data["top"]["target"][:3])


def test_rhetoric_tab_of_many_groups_compares_the_target_with_one_chosen_group():
    rates = pd.DataFrame([{"group": f"g{i}", "feature": f, "rate": 1.0, "lo": 0.5, "hi": 1.5, "count": 2}
                          for i in range(10) for f in ("first_person", "third_person")])
    hits = pd.DataFrame(columns=R.HIT_COLUMNS)
    from zhframe.plots.explorer_view_rhetoric import rhetoric_view

    view, redraw = rhetoric_view(rates, hits, target="g3")
    pick = view.select_one({"name": "rhetoric_group"})
    assert pick.visible and pick.value == "g0" and "g3" not in pick.options and len(pick.options) == 9


# ------------------------------------------------------------------ the target group selector

def _groups_corpus(n_groups=4, per_group=6, shared=("今年", "开展", "工作", "群众", "推进")):
    """Paragraphs of ``n_groups`` groups: shared words plus words only one group uses (its 'own')."""
    toks, rows = [], []
    names = [f"组{i:02d}" for i in range(n_groups)]
    for gi, g in enumerate(names):
        own = [f"专{gi:02d}甲", f"专{gi:02d}乙"]
        for k in range(per_group):
            t = [shared[(k + gi) % len(shared)], own[0], shared[k % len(shared)], own[k % 2], f"第{k}段", "。"]
            toks.append(t)
            rows.append({"doc_id": f"{g}-{k // 2}", "para": k % 2, "g": g, "text": "".join(t)})
    par = pd.DataFrame(rows)
    lookup = {"".join(t): t for t in toks}
    keyness_of = lambda g: kw.keyness(par, "g", g, lookup.__getitem__, n_boot=20)  # noqa: E731
    return par, toks, names, keyness_of


def test_group_views_carry_each_groups_own_comparison():
    par, toks, names, keyness_of = _groups_corpus()
    data = D.page_data(keyness_of(names[0]), par, toks, "g", names[0], keyness_of=keyness_of, group_terms=3)
    bg = data["by_group"]
    assert bg["groups"] == names and bg["top"][0] is None  # the page's own target keeps every term
    rows = bg["rows"]
    assert set(rows["gi"]) == {1, 2, 3}
    terms = data["terms"]["term"].tolist()
    for gi, g in enumerate(names[1:], start=1):
        mine = rows[rows["gi"] == gi].set_index("term")
        want = keyness_of(g).set_index("term")
        own = f"专{gi:02d}甲"
        # its own word: every token in the target, none in the rest, and it is listed first for the group
        assert (mine.loc[own, "count_target"], mine.loc[own, "count_rest"]) == (want.loc[own, "count_target"], 0)
        assert own in bg["top"][gi]["target"] and terms[mine.loc[own, "ti"]] == own
        assert bg["totals"][gi] == [float(want["total_target"].iloc[0]), float(want["total_reference"].iloc[0])]
        assert bg["rest"][gi] == D.rest_label(names, g)
        # only what the view needs (n per side, n common, the listed and the holding terms), not every term
        held = int(want["holds_up"].sum())
        assert len(mine) <= 3 * 3 + 2 * D.TOP_TERMS + held and len(mine) < len(terms)
        common = data["terms"].assign(n=data["terms"]["count_target"] + data["terms"]["count_rest"])
        assert set(common.sort_values(["n", "term"], ascending=[False, True])["term"].head(3)) <= set(mine.index)
    two = D.page_data(keyness_of(names[0]), par[par["g"].isin(names[:2])],
                      [t for t, g in zip(toks, par["g"]) if g in names[:2]], "g", names[0], keyness_of=keyness_of)
    assert "by_group" not in two  # two groups: the other is the rest already


def test_a_hundred_groups_make_a_page_of_a_few_megabytes(tmp_path):
    par, toks, names, keyness_of = _groups_corpus(n_groups=100, per_group=2)
    data = D.page_data(keyness_of(names[0]), par, toks, "g", names[0], keyness_of=keyness_of)
    page = E.write_term_explorer(data, tmp_path / "hundred.html")
    assert page.stat().st_size < 4e6
    doc = E.build_term_explorer(data)
    assert doc.select_one({"name": "target_group"}).options == names
    assert "any of the 100 groups can be chosen" in E.inline(page)._repr_html_()


def test_browser_target_group_selector_switches_the_comparison(browser, tmp_path):
    par, toks, names, keyness_of = _groups_corpus()
    data = D.page_data(keyness_of(names[0]), par, toks, "g", names[0], keyness_of=keyness_of, group_terms=3)
    hits, notes = R.rhetoric_hits(par, "g")
    rhet = (R.rhetoric_rates(par, "g", n_boot=20), hits, notes)
    page = E.write_term_explorer(data, tmp_path / "groups.html", rhetoric=rhet)
    # the group data is rounded and typed: the same inputs, the same bytes
    assert page.read_bytes() == E.write_term_explorer(data, tmp_path / "again.html", rhetoric=rhet).read_bytes()
    browser.get(page.as_uri())
    _wait(browser, "return deep(document, 'input[type=text]', [])[0];")
    state = """
const doc = Bokeh.documents[0];
const s = doc.get_model_by_name('terms').data;
return {options: doc.get_model_by_name('target_group').options, terms: s.term.slice().sort(),
        counts: Object.fromEntries(s.term.map((t, i) => [t, [s.count_target[i], s.count_rest[i]]])),
        head: doc.get_model_by_name('head').text, labels: doc.get_model_by_name('labels').data.text,
        lists: doc.get_model_by_name('top_terms').text,
        y: doc.get_model_by_name('terms_plot').left[0].axis_label};"""
    first = _wait(browser, state)
    assert first["options"] == names  # every group can be chosen
    assert first["terms"] == sorted(data["terms"]["term"])
    browser.execute_script("Bokeh.documents[0].get_model_by_name('target_group').value = arguments[0];", names[2])
    after = _wait(browser, state.replace("return {", "const r = {") + f"""
return r.y.startsWith('{names[2]}') ? r : null;""")
    want = keyness_of(names[2]).set_index("term")
    own = "专02甲"
    assert after["counts"][own] == [int(want.loc[own, "count_target"]), 0]
    assert set(after["terms"]) < set(first["terms"])  # the group's own rows, not the first target's
    assert f'<span class="tn">{names[2]}</span>' in after["head"] and own in after["lists"]
    assert own in after["labels"]
    # the concordance sides follow the chosen target
    browser.execute_script(f"zhframe.find('{own}')")
    head = _wait(browser, "const h = deep(document, '.side.target h4', []);"
                          "return h.length ? h[0].textContent : null;")
    assert head == f"{names[2]}: {int(want.loc[own, 'count_target'])} lines"
    # and back: the first target's full table
    browser.execute_script("Bokeh.documents[0].get_model_by_name('target_group').value = arguments[0];", names[0])
    back = _wait(browser, state.replace("return {", "const r = {") + f"""
return r.y.startsWith('{names[0]}') ? r : null;""")
    assert back["terms"] == first["terms"] and back["labels"] == first["labels"]


def test_browser_rhetoric_tab_follows_the_chosen_target(browser, tmp_path):
    from zhframe.plots import style

    for n_groups in (4, 6):  # every group drawn, and past four the target against one chosen group
        par, toks, names, keyness_of = _groups_corpus(n_groups=n_groups, per_group=2)
        data = D.page_data(keyness_of(names[0]), par, toks, "g", names[0], keyness_of=keyness_of, group_terms=3)
        rhet = (R.rhetoric_rates(par, "g", n_boot=20), *R.rhetoric_hits(par, "g"))
        page = E.write_term_explorer(data, tmp_path / f"r{n_groups}.html", rhetoric=rhet)
        browser.get(page.as_uri())
        _wait(browser, "return deep(document, 'input[type=text]', [])[0];")
        colours = """
const s = Bokeh.documents[0].get_model_by_name('rates').data;
const out = {};
for (let j = 0; j < s.group.length; j++) out[s.group[j]] = s.colour[j];
return Object.keys(out).length ? out : null;"""
        assert _wait(browser, colours)[names[0]] == style.TARGET
        browser.execute_script("Bokeh.documents[0].get_model_by_name('target_group').value = arguments[0];",
                               names[2])
        got = _wait(browser, colours.replace("return Object.keys(out).length ? out : null;",
                                             "return out['%s'] === '%s' ? out : null;" % (names[2], style.TARGET)))
        assert got[names[2]] == style.TARGET and got.get(names[0]) != style.TARGET
        if n_groups > 4:
            pick = browser.execute_script("const m = Bokeh.documents[0].get_model_by_name('rhetoric_group');"
                                          "return [m.title, m.options, m.value];")
            assert pick[0] == f"Compare {names[2]} with" and names[2] not in pick[1] and pick[2] in pick[1]
            assert set(got) == {names[2], pick[2]}


def test_compact_hits_rebuild_every_hit_and_its_context_from_the_paragraph(page):
    from zhframe.plots.explorer_view_rhetoric import hit_columns

    data, (rates, hits, _), *_ = page
    P, docs = data["paragraphs"], data["docs"]["doc"].tolist()
    rows = {(docs[d], str(p)): i for i, (d, p) in enumerate(zip(P["d"], P["para"]))}
    cols, names = hit_columns(hits, rows, P["text"].tolist())
    assert names is not None and len(cols["f"]) == len(hits) > 0
    assert "left" not in cols and "group" not in cols  # what the paragraph gives is not sent again
    for j, h in enumerate(hits.itertuples()):
        t, s, e, r = P["text"][cols["row"][j]], cols["start"][j], cols["end"][j], cols["row"][j]
        assert (docs[P["d"][r]], P["para"][r], names[cols["f"][j]]) == (str(h.doc_id), str(h.para), h.feature)
        assert (t[max(0, s - D.WINDOW):s], cols["text"][j] or t[s:e], t[e:e + D.WINDOW]) == (h.left, h.text, h.right)


def test_a_group_whose_keyness_fails_is_not_offered_and_the_page_says_why(tmp_path):
    par, toks, names, keyness_of = _groups_corpus()

    def flaky(g):
        if g == names[3]:
            raise ValueError("the target group has no tokens")
        return keyness_of(g)

    data = D.page_data(keyness_of(names[0]), par, toks, "g", names[0], keyness_of=flaky, group_terms=3)
    assert data["by_group"]["failed"] == {names[3]: "the target group has no tokens"}
    assert 3 not in set(data["by_group"]["rows"]["gi"])
    doc = E.build_term_explorer(data)
    assert doc.select_one({"name": "target_group"}).options == names[:3]
    assert f"{names[3]} cannot be chosen as the target: the target group has no tokens" in \
        doc.select_one({"name": "head"}).text


def _many_paragraphs(n: int = 400):
    import random

    rng = random.Random(1)
    words = ["党史", "学习", "教育", "群众", "河长制", "乡村", "振兴", "干部", "服务", "基层"]
    rows, tokens = [], []
    for i in range(n):
        toks = [rng.choice(words) for _ in range(20)]
        if i % 50 == 7:
            toks[3] = "碳达峰"  # a rare term the page lists
        rows.append({"doc_id": f"d{i // 4:03d}", "para": i % 4, "text": "".join(toks),
                     "grp": "甲" if i % 3 == 0 else "乙"})
        tokens.append(toks)
    return pd.DataFrame(rows), tokens


def test_a_page_carries_every_paragraph_within_its_budget_and_a_fixed_sample_past_it():
    paras, tokens = _many_paragraphs()
    side = D._side(paras, "grp", "甲")
    total = int(paras["text"].str.len().sum())
    assert D.page_rows(paras, tokens, side, ["碳达峰"], max_chars=total).tolist() == list(range(len(paras)))
    rows = D.page_rows(paras, tokens, side, ["碳达峰"], max_chars=total // 10, max_lines=3)
    assert rows.tolist() == sorted(rows.tolist())
    assert paras["text"].iloc[rows].str.len().sum() <= total // 10
    assert len(rows) < len(paras) // 5
    with_term = [r for r in range(len(paras)) if "碳达峰" in tokens[r]]
    for name in ("target", "rest"):  # the listed term's first lines on each side are carried
        first = [r for r in with_term if side[r] == name][:3]
        assert set(first) <= set(rows.tolist())
    again = D.page_rows(paras, tokens, side, ["碳达峰"], max_chars=total // 10, max_lines=3)
    assert again.tolist() == rows.tolist()
    other = D.page_rows(paras, tokens, side, ["碳达峰"], max_chars=total // 10, max_lines=3, random_state=1)
    assert other.tolist() != rows.tolist()


def test_a_sampled_page_says_what_it_carries():
    paras, tokens = _many_paragraphs()
    table = kw.keyness(paras, "grp", "甲", lambda t: tokens[paras.index[paras["text"] == t][0]])
    data = D.page_data(table, paras, tokens, "grp", "甲", max_chars=2_000)
    kept, total = data["sample"]
    assert kept == len(data["paragraphs"]) < total == len(paras)
    assert f"of {total:,} paragraphs" in E.summary_html(data, "x.html")
    full = D.page_data(table, paras, tokens, "grp", "甲", max_chars=None)
    assert full["sample"] == (total, total) and "every concordance line" in E.summary_html(full, "x.html")
