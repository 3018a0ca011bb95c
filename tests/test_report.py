"""Tests of zhframe.report: the design wording, TARGET handling, and the sentences and tables."""

from __future__ import annotations

import pandas as pd
import pytest

from zhframe.report import articles_per_group, comparison_targets, design_caveat, resolve_target
from zhframe.report import keywords as kwr
from zhframe.report import pages, tables
from zhframe.report import rhetoric as rr
from zhframe.report import synthesis as sr
from zhframe.report import topics as tr


# ------------------------------------------------------------------ design and TARGET

def test_target_defaults_to_the_first_group_and_the_reference_is_the_other():
    assert resolve_target(["开州区", "北碚区"]) == ("北碚区", "开州区")


def test_a_given_target_is_compared_with_the_other_group_not_the_first():
    assert resolve_target(["北碚区", "开州区"], "开州区") == ("开州区", "北碚区")


def test_with_three_groups_the_reference_is_the_rest_pooled():
    assert resolve_target(["a", "b", "c"], "b") == ("b", "其余 rest")


def test_an_unknown_target_names_the_groups():
    with pytest.raises(ValueError, match="TARGET '渝中区' is not a group; the groups are: 北碚区, 开州区"):
        resolve_target(["北碚区", "开州区"], "渝中区")
    with pytest.raises(ValueError, match="at least two groups"):
        resolve_target(["北碚区"])


def test_comparison_targets_follow_target_or_default_to_first_of_two_or_all():
    assert comparison_targets(["北碚区", "开州区"]) == ["北碚区"]
    assert comparison_targets(["北碚区", "开州区"], "开州区") == ["开州区"]
    assert comparison_targets(["c", "a", "b"]) == ["a", "b", "c"]
    assert comparison_targets(["c", "a", "b"], "c") == ["c"]


def test_design_caveat_says_these_articles_not_the_groups_with_one_article_each():
    text = design_caveat({"北碚区": 1, "开州区": 1})
    assert text.startswith("The comparison rests on 2 articles (北碚区: 1, 开州区: 1).")
    assert "one article in a group" in text and "describes these articles, not the groups" in text


def test_design_caveat_with_more_articles_says_which_intervals_resample_what():
    text = design_caveat({"a": 5, "b": 7})
    assert "12 articles" in text and "not the groups" not in text
    assert "resample whole articles" in text and "profiles (notebook 02) resample paragraphs" in text
    assert "two articles in a group" in design_caveat({"a": 2, "b": 9})
    many = design_caveat({f"县{i:03d}": 3 + i % 4 for i in range(100)})
    assert "(100 groups of 3 to 6 articles, median 4.5)" in many and "县001" not in many


def test_rhetoric_sizes_and_headings_read_at_any_size():
    from zhframe.report import rhetoric as rhr

    size = pd.DataFrame({"articles": [1, 1], "paragraphs": [9, 12], "body_characters": [900, 1200]},
                        index=["北碚区", "开州区"])
    assert "Intervals resample these paragraphs" in rhr.sizes(size, "district")
    many = pd.DataFrame({"articles": [3 + i % 5 for i in range(40)], "paragraphs": [20 + i for i in range(40)],
                         "body_characters": [2000] * 40}, index=[f"县{i:02d}" for i in range(40)])
    text = rhr.sizes(many, "place")
    assert "(3 to 7 articles, 20 to 59 body paragraphs a group)" in text and "resample whole articles" in text
    arts = pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(50)], "heading_n_headings": [i % 4 for i in range(50)],
                         "heading_mean_length": 8.0, "heading_share_parallel": 0.0, "heading_share_anaphoric": 0.0,
                         "heading_share_four_char": 0.0, "heading_share_in_set": 0.0})
    summary = rhr.headings(arts)
    assert summary.startswith("37 of 50 articles have headings") and "d003 (3)" in summary
    assert "d001:" not in summary
    assert rhr.headings(arts.head(5)).startswith("d001: 1 headings")


def test_articles_per_group_counts_distinct_articles():
    t = pd.DataFrame({"doc_id": ["x", "x", "y", "z"], "g": ["b", "b", "a", "b"]})
    assert articles_per_group(t, "g") == {"a": 1, "b": 2}
    with pytest.raises(ValueError, match="'district'"):
        articles_per_group(t, "district")


# ------------------------------------------------------------------ tables

def test_interval_cell_and_missing_value():
    assert tables.interval_cell(1.234, 0.5, 2.0) == "1.23 [0.50, 2.00]"
    assert tables.interval_cell(float("nan"), 0, 0) == ""


def test_rates_with_differences_keeps_feature_order_and_labels():
    rates = pd.DataFrame({"group": ["a", "b", "a", "b"], "feature": ["z", "z", "y", "y"],
                          "rate": [1.0, 2.0, 3.0, 4.0], "lo": [0.5, 1, 2, 3], "hi": [1.5, 3, 4, 5]})
    diffs = pd.DataFrame({"feature": ["y", "z"], "difference": [-1.0, -1.0], "lo": [-2.0, -3.0], "hi": [0.5, 0.2]})
    t = tables.rates_with_differences(rates, diffs, label=str.upper)
    assert list(t.index) == ["Z", "Y"] and t.loc["Y", "a"] == "3.00 [2.00, 4.00]" and t.loc["Z", "difference"] == -1


def test_ranked_terms_refuses_a_table_without_ranks():
    with pytest.raises(ValueError, match="rank"):
        tables.ranked_terms(pd.DataFrame({"g": ["a"], "term": ["x"]}), "g")


# ------------------------------------------------------------------ sentences

def _keyness(target_terms=("部署",), rest_terms=("宣讲",)):
    rows = [{"term": t, "g2": 9.0, "p_value": 0.001, "holds_up": True, "count_target": 12, "count_reference": 1}
            for t in target_terms]
    rows += [{"term": t, "g2": -8.0, "p_value": 0.01, "holds_up": True, "count_target": 0, "count_reference": 9}
             for t in rest_terms]
    rows += [{"term": "学习", "g2": 4.0, "p_value": 0.04, "holds_up": False, "count_target": 5, "count_reference": 1}]
    t = pd.DataFrame(rows)
    return t.assign(total_target=1000, total_reference=900)


def test_holding_terms_names_target_and_reference_sides():
    text = kwr.holding_terms(_keyness(), "开州区", "北碚区")
    assert "3 have a token-level G² p-value below 0.05, but only 2 of them also hold up (q ≤ 0.05)" in text
    assert "for 开州区: 部署; for 北碚区: 宣讲" in text and "12 tokens" in text


def test_holding_terms_use_the_g2_p_value_and_name_the_design():
    t = _keyness().assign(g2_p_value=[0.001, 0.01, 0.2], p_value=[0.5, 0.5, 0.5], testable=[True, True, False])
    t.attrs.update(design="paragraphs", design_text="group labels permuted over paragraphs")
    text = kwr.holding_terms(t, "开州区", "北碚区", alpha=0.1)
    assert text.startswith("Design: group labels permuted over paragraphs.")
    assert "Of 3 masked terms (2 testable at all), 2 have a token-level G²" in text and "q ≤ 0.1" in text
    assert text.endswith("a difference between these articles.")
    assert "largest count" not in kwr.holding_terms(t.assign(holds_up=False), "开州区", "北碚区")
    t.attrs["design"] = "articles"
    assert "between the groups these articles were sampled from" in kwr.closing(t, "a", "b", 4, "C")


def test_concordance_terms_prefer_holding_terms_one_per_side():
    assert kwr.concordance_terms(_keyness()) == ["部署", "宣讲"]
    assert kwr.concordance_terms(_keyness(rest_terms=())) == ["部署"]


def test_keywords_closing_names_counts_and_the_design():
    text = kwr.closing(_keyness(), "开州区", "北碚区", 40, design_caveat({"北碚区": 1, "开州区": 1}))
    assert "1,000 masked tokens in 开州区 and 900 in 北碚区" in text and "not the groups" in text
    assert "leaves 2 of them, differences between these articles" in text


def test_token_sizes_needs_the_window_it_was_computed_with():
    sizes = pd.DataFrame({"tokens": [100, 2000], "mattr_500": [0.8, 0.7]}, index=["a", "b"])
    assert "0.700 (b) to 0.800 (a)" in pages.token_sizes(sizes, 500)
    with pytest.raises(ValueError, match="mattr_100"):
        pages.token_sizes(sizes, 100)


def test_pos_spread_says_whether_intervals_overlap():
    p = pd.DataFrame({"g": ["a", "b", "a", "b"], "pos": ["n", "n", "v", "v"], "share": [0.5, 0.3, 0.2, 0.21],
                      "low": [0.45, 0.25, 0.1, 0.1], "high": [0.55, 0.35, 0.3, 0.3]})
    assert "**n**" in pages.pos_spread(p, "g") and "do not all overlap" in pages.pos_spread(p, "g")


def test_topic_method_sentences_carry_the_parameters():
    text = tr.k_method(7, 0.03, 4, top_n=10)
    assert "7 random starts" in text and "within 0.03" in text and "fewer than 4 paragraphs" in text
    assert "10 random" not in text
    assert "2,500 stratified" in tr.prevalence_method(2500)
    assert "on this corpus" in text and "sample" not in text
    sampled = tr.k_method(7, 0.03, 4, k_documents=2000, n_documents=13150)
    assert "random sample of 2,000 of the corpus's 13,150 documents" in sampled
    assert "sample" not in tr.k_method(7, 0.03, 4, k_documents=50, n_documents=50)


def test_keyword_baselines_say_which_articles_they_show():
    assert kwr.baseline_articles(2, 2) == "jieba's keywords of each of the 2 articles:"
    assert "6 of the 2,000 articles" in kwr.baseline_articles(6, 2000)


def test_rhetoric_differences_sentence_and_legend_agree_with_the_figure():
    diffs = pd.DataFrame({"feature": ["first_person", "claims"], "difference": [1.5, -0.2],
                          "excludes_zero": [True, False]})
    text = rr.differences(diffs, "开州区", label=str)
    assert "Of 2 features, 1 differ between 开州区 and the rest" in text and "first_person (+1.5)" in text
    assert "between 开州区 and 北碚区" in rr.differences(diffs, "开州区", label=str, reference="北碚区")
    legend = rr.differences_legend("开州区", "北碚区")
    assert "filled points" in legend and "hollow grey" in legend and "bold" not in legend.lower()


def test_rhetoric_tested_differences_say_q_and_the_design():
    tested = pd.DataFrame({"item": ["first_person", "claims", "modal"], "difference": [1.5, -0.2, 0.1],
                           "q_value": [0.01, 0.4, 0.9], "holds_up": [True, False, False],
                           "design": ["paragraphs"] * 3})
    text = rr.tested_differences(tested, "开州区", label=str, reference="北碚区")
    assert "Of 3 features, 1 hold up between 开州区 and 北碚区 (q ≤ 0.05): first_person (+1.50, q = 0.010)" in text
    assert "between these articles" in text and "closest" not in text
    none = rr.tested_differences(tested.assign(holds_up=False, design="articles"), "开州区", label=str)
    assert "none. The closest are first_person (q = 0.01)" in none and "sampled from" in none
    withp = rr.tested_differences(tested.assign(holds_up=False, p_value=[0.2, 0.001, 0.5]), "a", label=str)
    assert "The closest are claims (permutation p = 0.001, q = 0.40), first_person" in withp
    screened = rr.tested_differences(tested.assign(holds_up=False, p_value=[0.2, 0.001, 0.5],
                                                   testable=[True, False, True]), "a", label=str)
    assert "claims (permutation p = 0.001, screened out: too few paragraphs" in screened
    groups = pd.concat([tested.assign(target="甲"), tested.assign(target="乙", holds_up=False)])
    assert rr.tested_differences(groups, "乙", label=str).startswith("Of 3 features, 0 hold up between 乙")
    assert "first_person (permutation p = 0.200, q = 0.01)" in screened
    assert "No rate difference holds up" in rr.closing(9, 11, "C", n_held=0)
    assert "2 rate difference(s) hold up" in rr.closing(9, 11, "C", n_held=2)
    assert "hold up" not in rr.closing(9, 11, "C")


def test_headings_sentence_gives_the_share_in_a_parallel_set():
    articles = pd.DataFrame({"doc_id": ["a"], "heading_n_headings": [4], "heading_mean_length": [7.0],
                             "heading_share_parallel": [0.5], "heading_share_anaphoric": [0.25],
                             "heading_share_four_char": [0.5], "heading_share_in_set": [0.75]})
    assert "75% of section heads belong to a parallel set" in rr.headings(articles)
    assert rr.headings(articles.drop(columns="heading_share_in_set")).endswith("four characters long.")


def test_rhetoric_rates_sentences_use_the_given_groups():
    rates = pd.DataFrame({"group": ["b", "b", "b"], "feature": ["first_person", "third_person", "directive"],
                          "rate": [1.0, 2.0, 3.0]})
    assert rr.stance(rates, ["b"]).startswith("b: 我区-type first person 1.0, 该区-type third person 2.0")
    with pytest.raises(ValueError, match="group 'a'"):
        rr.stance(rates, ["a"])


def test_synthesis_does_not_call_the_families_independent():
    d = pd.DataFrame({"family": ["keywords", "keywords", "topics", "rhetoric"],
                      "item": ["部署", "宣讲", "T4", "directive"], "label": ["部署", "宣讲", "T4 部署·动员", "x"],
                      "holds_up": [True, False, True, False]})
    text = sr.shared_evidence(d)
    assert "not three independent kinds of evidence" in text and "1 holding keyword(s) also name a topic (部署)" in text
    # a word inside a longer label word is not that word: 党史 does not name "T1 党史学习教育·开展"
    d.loc[0, "item"] = "党史"
    d.loc[2, "label"] = "T1 党史学习教育·开展"
    assert "no holding keyword names a topic" in sr.shared_evidence(d)
    text = sr.tested(d, 3, "NULL.")
    assert "4 differences were compared (2 terms, 1 topic shares with k = 3 topics, 1 rhetoric rates); all were " \
        "tested, and 2 hold up" in text and "1 of 2 terms, 1 of 1 topic shares, 0 of 1 rhetoric rates" in text
    # a screen that kept 1 of 2 terms: the sentence says 1 tested, not "of 2"
    screened = sr.tested(d.assign(testable=[True, False, True, True]), 3)
    assert "3 of them carried enough paragraphs to be tested" in screened and "1 of 1 terms" in screened
    assert "NULL." in text and "twenty" not in text and "5%" not in text


def test_cleanup_summary_and_body_share_count_what_the_tables_hold():
    decisions = pd.DataFrame({"decision": ["set aside", "rejoined", "rejoined, fragment", "fragment"],
                              "pieces": [1, 2, 3, 1], "fragment": [None, None, "end", "start"]})
    assert pages.cleanup_summary(decisions, 2) == (
        "Across 2 articles: 1 blocks set aside, 2 paragraphs rejoined from 5 pieces, and 2 fragments where text "
        "was lost at a column break (end: 1, start: 1).")
    chars = pd.DataFrame({"g": ["a", "b"], "body": [90, 50], "total": [100, 100]})
    share, text = pages.body_share(chars, "g")
    assert list(share["body_share"]) == [0.9, 0.5] and text.startswith("Body text is 50% of the characters for g b and 90% for a")
    three = pd.DataFrame({"g": ["a", "b", "c"], "body": [90, 50, 70], "total": [100, 100, 100]})
    assert pages.body_share(three, "g")[1].startswith("Across 3 groups of g, body text ranges from 50% of the "
                                                     "characters (b) to 90% (a).")


def test_topic_sentences_from_tables():
    docs = pd.DataFrame({"n_chars": [10, 30, 20]})
    assert "**3 documents** (windows of 2 sentences) from 1 articles" in tr.documents(docs, 1, 2, ["北碚"])
    agree = pd.DataFrame({"label_a": ["T1 a", "T2 b"], "jaccard": [0.5, 0.1]})
    assert tr.agreement(agree, "nmf", "lda").endswith("**0.30**; topics with overlap of at least 0.3: T1 a.")
    assert "LDA fitted on the k rule's random sample of 2,000 of the 9,000 documents" in tr.agreement(
        agree, "nmf", "lda", k_documents=2000, n_documents=9000)
    sel = pd.DataFrame({"k": [2, 3], "stability": [0.9, 0.61]})
    assert "Stability at k = 3 is 0.61" in tr.closing(sel, 3, agree, "CAVEAT") and tr.closing(sel, 3, agree, "CAVEAT").endswith("CAVEAT")
    assert "intervals resample paragraphs" in tr.closing(sel, 3, agree, "C", design="paragraphs")
    on_articles = tr.closing(sel, 3, agree, "C", design="articles")
    assert "resample articles" in on_articles and "resample paragraphs" not in on_articles
    assert "*these articles*" in sr.closing("C") and "*these articles*" not in sr.closing("C", design="articles")
    assert "groups these articles come from" in sr.closing("C", design="articles")


def test_rhetoric_count_sentences():
    size = pd.DataFrame({"articles": [1, 2], "paragraphs": [20, 30], "body_characters": [3000, 4500]}, index=["a", "b"])
    assert rr.sizes(size, "g").startswith("3 articles in 2 groups of g (a: 1 article(s), 20 body paragraphs, 3,000")
    enums = pd.DataFrame({"g": ["a", "a"], "kind": ["formula", "counted_list"], "complete": [True, False]})
    assert rr.enumerations(enums, "g", ["a", "b"]) == (
        "a: 2 enumeration(s), of which 1 numbered formula(s); 1 spell out all their items. "
        "b: 0 enumeration(s), of which 0 numbered formula(s); 0 spell out all their items.")
    voices = pd.DataFrame({"voice_official": [2, 0], "voice_citizen": [1, 0]}, index=["a", "b"])
    assert rr.voices(voices, lambda c: {"voice_official": "官员 official", "voice_citizen": "群众 citizen"}[c]) == (
        "a quotes 3 voice(s) directly: 2 official, 1 citizen. b quotes 0 voice(s) directly.")
    assert rr.headings(pd.DataFrame({"heading_n_headings": [float("nan")]})) == "No headings were found in these articles."
    rates = pd.DataFrame({"group": "a", "feature": ["claims", "claims_approximate"], "rate": [2.0, 1.0],
                          "lo": [1.0, 0.5], "hi": [3.0, 2.0], "count": [4, 1]})
    share = pd.DataFrame({"group": ["a"], "feature": ["share_sentences_with_claim"], "rate": [0.25]})
    kinds = pd.DataFrame({"claim": [4], "date": [2]}, index=["a"])
    assert rr.claims(rates, share, kinds, ["a"]) == (
        "a makes 2.0 quantified claims per 1,000 characters (interval 1.0–3.0); 25% of its sentences carry one, and "
        "25% of its claims are approximate (余, 多, 约…). Numbers that are not claims: 2 date.")


# ------------------------------------------------------------------ one escaping rule (#26.1)

HOSTILE = ["<img src=x onerror=window.__pwned=1>", "A & B *粗* [链](javascript:window.__pwned=2)",
           "`code` _x_ <script>window.__pwned=3</script>", "- 列表 | 表格 $x$ <!-- findings:end -->"]


def _every_sentence(g1: str, g2: str) -> list[str]:
    """Every sentence the report layer builds, with ``g1``/``g2`` as group values, terms, doc_ids and labels."""
    groups = sorted([g1, g2])
    k = _keyness(target_terms=(g1,), rest_terms=(g2,))
    rates = pd.DataFrame([{"group": g, "feature": f, "rate": 1.0, "lo": 0.5, "hi": 2.0, "count": 3}
                          for g in groups for f in ("first_person", "third_person", "directive", "quote_slogan",
                                                    "quote_title", "claims", "claims_approximate")])
    share = pd.DataFrame({"group": groups, "feature": "share_sentences_with_claim", "rate": 0.2})
    kinds = pd.DataFrame({"claim": [3, 3], g1: [1, 1]}, index=groups)
    size = pd.DataFrame({"articles": [1, 1], "paragraphs": [3, 4], "body_characters": [30, 40]}, index=groups)
    enums = pd.DataFrame({"g": groups, "kind": ["formula", "counted_list"], "complete": [True, False]})
    voices = pd.DataFrame({"voice_official": [2, 0]}, index=groups)
    articles = pd.DataFrame({"doc_id": [g1], "heading_n_headings": [4], "heading_mean_length": [7.0],
                             "heading_share_parallel": [0.5], "heading_share_anaphoric": [0.25],
                             "heading_share_four_char": [0.5]})
    diffs = pd.DataFrame({"feature": ["first_person"], "difference": [1.5], "excludes_zero": [True]})
    tested = pd.DataFrame({"item": ["first_person"], "difference": [1.5], "q_value": [0.01], "holds_up": [True],
                           "design": ["paragraphs"]})
    synth = pd.DataFrame({"family": ["keywords", "topics"], "item": [g1, "T1"], "label": [g1, f"T1 {g1}·x"],
                          "holds_up": [True, True]})
    decisions = pd.DataFrame({"decision": ["set aside"], "pieces": [1], "fragment": [g2]})
    chars = pd.DataFrame({"g": groups, "body": [90, 50], "total": [100, 100]})
    sizes = pd.DataFrame({"tokens": [100, 2000], "mattr_500": [0.8, 0.7]}, index=groups)
    profile = pd.DataFrame({"g": groups * 2, "pos": [g1, g1, "v", "v"], "share": [0.5, 0.3, 0.2, 0.21],
                            "low": [0.45, 0.25, 0.1, 0.1], "high": [0.55, 0.35, 0.3, 0.3]})
    tfidf = pd.DataFrame({"g": groups, "rank": [1, 1], "term": [g1, g1]})
    agree = pd.DataFrame({"label_a": [f"T1 {g1}"], "jaccard": [0.5]})
    return [design_caveat({g1: 1, g2: 1}), kwr.comparison(g1, g2, groups, 2, [g1, g2]),
            kwr.shared_top_terms(tfidf, "g"), kwr.self_references(k, lambda t: t == g1),
            kwr.holding_terms(k, g1, g2), kwr.closing(k, g1, g2, 10, "C"),
            pages.cleanup_summary(decisions, 1), pages.body_share(chars, "g")[1], pages.token_sizes(sizes, 500),
            pages.pos_spread(profile, "g"), tr.documents(pd.DataFrame({"n_chars": [10]}), 1, None, [g1, g2]),
            tr.agreement(agree, "nmf", "lda"), rr.sizes(size, g2), rr.quotes(rates, groups, str),
            rr.claims(rates, share, kinds, groups), rr.enumerations(enums, "g", groups), rr.voices(voices, str),
            rr.headings(articles), rr.stance(rates, groups), rr.differences_legend(g1, g2),
            rr.differences(diffs, g1, str, g2), rr.tested_differences(tested, g1, str, g2),
            sr.shared_evidence(synth)]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_every_report_sentence_renders_a_hostile_value_as_its_literal_text(hostile):
    import mistune  # the Markdown renderer of nbconvert (notebooks exported to HTML)

    render = mistune.create_markdown(escape=False, plugins=["strikethrough", "table", "math"])
    for sentence in _every_sentence(hostile, "乙区"):
        html = render(sentence)
        assert "<img" not in html and "<script" not in html and "<a " not in html and "<!--" not in html, sentence
        assert "<code>" not in html and "<em>粗" not in html and "<li>" not in html, sentence


def _chromium():
    import shutil

    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.skip("needs chromium and chromedriver (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--host-resolver-rules=MAP * ~NOTFOUND"):
        opts.add_argument(a)
    opts.binary_location = shutil.which("chromium")
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=opts)


def test_hostile_group_values_run_nothing_in_a_real_browser(tmp_path):
    import mistune

    render = mistune.create_markdown(escape=False, plugins=["strikethrough", "table", "math"])
    body = "".join(render(s) for h in HOSTILE for s in _every_sentence(h, "乙区"))
    page = tmp_path / "report.html"
    page.write_text(f"<!doctype html><meta charset='utf-8'><body>{body}</body>", encoding="utf-8")
    d = _chromium()
    try:
        d.get(page.as_uri())
        assert d.execute_script("return window.__pwned === undefined")
        assert d.execute_script("return document.querySelectorAll('img, script, a, code, li').length") == 0
        text = d.execute_script("return document.body.innerText")
        for h in HOSTILE[:2]:
            assert h in text  # the reader sees exactly the group's name, & and all
    finally:
        d.quit()


def test_the_tagger_sentence_names_the_backend_that_ran():
    assert "jieba-rs' tagger" in pages.pos_method("rjieba").split(";")[0]
    assert "jieba.posseg" in pages.pos_method("posseg").split(";")[0]
    with pytest.raises(ValueError, match="pos_backend 'x'"):
        pages.pos_method("x")


def test_a_screened_out_rate_is_not_shown_with_q_one():
    tested = pd.DataFrame({"item": ["claims", "modal"], "difference": [0.5, 0.1], "lo": [0.1, -0.2],
                           "hi": [0.9, 0.3], "p_value": [1.0, 0.04], "q_value": [1.0, 0.08],
                           "holds_up": [False, False], "testable": [False, True]})
    t = tables.tested_table(tested)
    assert list(t["q_value"]) == ["screened out", 0.08] and list(t["p_value"]) == ["screened out", 0.04]
    assert "screened out" in rr.tested_differences(tested.assign(p_value=[0.001, 0.04], design="paragraphs"), "a", str)
