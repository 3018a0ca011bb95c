"""zhframe.synthesis: one difference table across families, what holds up, findings text, README block."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from zhframe import synthesis as S
from zhframe.report import findings as RF, readme as RR


def _row(family, target, item, d, lo, hi, tv=0.0, rv=0.0):
    return {"family": family, "target": target, "item": item, "label": item, "difference": d, "lo": lo,
            "hi": hi, "holds_up": lo > 0 or hi < 0, "target_value": tv, "rest_value": rv,
            "evidence": f"{tv:g}/{rv:g} tokens"}


def _two_groups() -> pd.DataFrame:
    return pd.DataFrame([
        _row("keywords", "甲", "党史", 2.9, 0.4, 4.5, 10, 1),
        _row("keywords", "甲", "了解", 2.9, 0.7, 3.9, 5, 0),
        _row("keywords", "甲", "启动", -2.8, -4.4, -0.3, 1, 5),
        _row("keywords", "甲", "工作", -1.0, -3.0, 0.5, 2, 8),
        _row("topics", "甲", "T1", 0.05, -0.1, 0.2),
        _row("topics", "甲", "T2", -0.16, -0.35, 0.02),
        _row("rhetoric", "甲", "first_person", 2.8, 0.8, 4.6),
    ])


def _composition(groups=("甲", "乙")) -> pd.DataFrame:
    return pd.DataFrame({"articles": [1] * len(groups), "body": [900] * len(groups), "total": [1000] * len(groups),
                         "body_share": [0.9] * len(groups), "largest_set_aside": ["caption"] * len(groups),
                         "largest_set_aside_share": [0.1] * len(groups)},
                        index=pd.Index(list(groups), name="group"))


def test_two_groups_compare_the_first_and_more_compare_each():
    assert S.comparison_targets(["乙", "甲", "乙"]) == ["乙"]  # sorted by code point: 乙 < 甲
    assert S.comparison_targets(["c", "a", "b"]) == ["a", "b", "c"]
    with pytest.raises(ValueError):
        S.comparison_targets(["a", "a"])


def test_a_given_target_is_compared_with_the_rest():
    assert S.comparison_targets(["乙", "甲"], target="甲") == ["甲"]
    assert S.comparison_targets(["c", "a", "b"], target="b") == ["b"]
    with pytest.raises(ValueError, match="not one of the groups"):
        S.comparison_targets(["a", "b"], target="z")


def test_what_holds_up_ranks_by_distance_from_zero_and_falls_back_to_the_largest():
    rows = RF.what_holds_up(_two_groups(), max_rows=10, fallback=1)
    kw = rows[rows["family"] == "keywords"]
    # holding only (工作 straddles zero), sorted by difference for the figure
    assert list(kw["item"]) == ["了解", "党史", "启动"]
    assert set(kw["n_tested"]) == {4} and set(kw["n_holding"]) == {3}
    topics = rows[rows["family"] == "topics"]
    assert list(topics["item"]) == ["T2"] and not topics["holds_up"].any()  # none holds: largest |difference|
    top1 = RF.what_holds_up(_two_groups(), max_rows=1)
    # 了解's interval is 0.7 from zero, 党史's 0.4 and 启动's 0.3
    assert list(top1.loc[top1["family"] == "keywords", "item"]) == ["了解"]


def test_with_two_groups_the_second_gets_the_mirror_of_the_first():
    sides = RF.favouring(_two_groups(), ["甲", "乙"])
    assert list(sides["甲"]["more"]["item"]) == ["了解", "党史", "first_person"]
    second = sides["乙"]["more"]
    assert list(second["item"]) == ["启动"]
    r = second.iloc[0]
    assert (r["difference"], r["lo"], r["hi"], r["target_value"]) == (2.8, 0.3, 4.4, 5)
    assert sides["乙"]["less"].empty


def test_with_three_groups_each_has_more_and_less():
    table = pd.DataFrame([_row("rhetoric", "a", "x", 1.0, 0.5, 1.5), _row("rhetoric", "b", "x", -1.0, -1.5, -0.2),
                          _row("rhetoric", "c", "x", 0.1, -0.5, 0.6)])
    sides = RF.favouring(table, ["a", "b", "c"])
    assert list(sides["a"]["more"]["item"]) == ["x"] and sides["a"]["less"].empty
    assert list(sides["b"]["less"]["item"]) == ["x"] and sides["b"]["more"].empty
    assert sides["c"]["more"].empty and sides["c"]["less"].empty


def test_topic_differences_read_the_prevalence_table():
    prevalence = pd.DataFrame({"group": ["a", "a", "b", "b"], "topic": [1, 2, 1, 2], "label": ["T1 x", "T2 y"] * 2,
                               "share": [0.6, 0.4, 0.3, 0.7], "lo": 0.0, "hi": 1.0,
                               "rest_share": [0.3, 0.7, 0.6, 0.4], "diff": [0.3, -0.3, -0.3, 0.3],
                               "diff_lo": [0.1, -0.5, -0.5, 0.1], "diff_hi": [0.5, -0.1, -0.1, 0.5]})
    d = S.topic_differences(prevalence)
    assert list(d["target"].unique()) == ["a"]
    assert list(d["item"]) == ["T1", "T2"] and list(d["holds_up"]) == [True, True]
    assert d.iloc[0]["evidence"] == "60% vs 30% of characters"


def test_page_composition_counts_body_and_the_largest_part_set_aside():
    blocks = pd.DataFrame({"doc_id": ["d1", "d1", "d1", "d2", "d2"], "g": ["x", "x", "x", "y", "y"],
                           "kind": ["title", "body", "glossary", "body", "caption"],
                           "text": ["标题", "正文 正文", "词条词条词条", "正文正文正文", "图"]})
    c = RF.page_composition(blocks, "g")
    assert list(c.index) == ["x", "y"]
    assert c.loc["x", "body"] == 4 and c.loc["x", "total"] == 12
    assert c.loc["x", "largest_set_aside"] == "glossary" and c.loc["x", "largest_set_aside_share"] == 0.5
    assert c.loc["y", "body_share"] == pytest.approx(6 / 7)


def test_findings_cite_computed_numbers_and_say_what_they_cannot_carry():
    rows = _two_groups().assign(design="paragraphs")
    null = pd.DataFrame([{"family": "keywords", "target": "甲", "tested": 4, "observed": 3, "n_null": 50,
                          "null_mean": 0.4, "null_p95": 2.0, "p_at_least": 0.04, "design": "paragraphs"}])
    meta = pd.DataFrame([{"column": "byline", "甲": "记者 甲", "乙": "记者 乙"}])
    text = RF.findings_markdown(rows, _composition(), "district", figures=[("06_what_holds_up.png", "alt")],
                               figures_link="figures/", null=null, metadata=meta)
    assert "3 of 4 terms, 0 of 2 topic shares, 1 of 1 rhetoric rates" in text
    assert "twenty" not in text and "0.05 *" not in text
    assert "permuted over paragraphs" in text and "*these articles*" in text
    assert ("Relabelling the units at random 50 times and rerunning the same tests, the number of holding "
            "results was terms: 0.4 on average, 95th percentile 2, chance of at least the observed 3 = 0.04.") in text
    assert "**Rival explanations.** Besides `district`, the groups differ in byline (甲: 记者 甲, 乙: 记者 乙)" in text
    assert "了解 (log2 share ratio +2.9 [+0.7, +3.9], 5/0 tokens)" in text
    assert "**乙** uses more of these: words: 启动 (log2 share ratio +2.8 [+0.3, +4.4], 5/1 tokens)" in text
    assert "No topic difference holds up: the largest, T2 (-16 points [-35, +2])" in text
    articles = RF.findings_markdown(_two_groups().assign(design="articles"), _composition(), "district")
    assert "permuted over articles" in articles and "these articles*" not in articles
    assert "No measured null was computed" in articles
    assert "1 article per group" in text
    assert text.endswith("![alt](figures/06_what_holds_up.png)\n")


def test_readme_block_is_replaced_and_read_back(tmp_path):
    text = f"# title\n\n{RR.START}\nold\n{RR.END}\n\nrest\n"
    new = RR.replace_block(text, "new *findings*\n")
    assert new == f"# title\n\n{RR.START}\nnew *findings*\n{RR.END}\n\nrest\n"
    assert RR.read_block(new) == "new *findings*\n"
    with pytest.raises(ValueError):
        RR.replace_block("no markers", "x")


def test_only_a_repositorys_own_figures_folder_rewrites_its_readme(tmp_path):
    root = tmp_path / "repo"
    (root / "src" / "zhframe").mkdir(parents=True)
    (root / "README.md").write_text(f"a\n{RR.START}\n{RR.END}\n", encoding="utf-8")
    assert RR.repo_readme(root / "figures") == root / "README.md"
    assert RR.repo_readme(tmp_path / "out" / "figures") is None
    paths = RR.write_findings("found\n", root / "figures", RR.repo_readme(root / "figures"))
    assert [p.name for p in paths] == ["06_findings.md", "README.md"]
    assert RR.read_block((root / "README.md").read_text(encoding="utf-8")) == "found\n"
    (root / "README.md").write_text("no markers\n", encoding="utf-8")
    assert RR.repo_readme(root / "figures") is None


def test_what_holds_up_figure_draws_every_family(tmp_path):
    from zhframe.plots import synthesis as splots

    fig = splots.what_holds_up(_two_groups(), ["甲", "乙"])
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles == ["关键词 Keywords: 3 of 4 hold up", "主题占比 Topic shares: none of 2 holds up; the 2 largest shown",
                      "修辞 Rhetoric: 1 of 1 hold up"]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["启动 (1/5)", "党史 (10/1)", "了解 (5/0)"]


@pytest.fixture(scope="module")
def seeds():
    from zhframe import keywords as kw
    from zhframe.corpus import load_corpus

    corpus = load_corpus("seeds")
    return corpus, kw.corpus_paragraphs(corpus)


def test_families_on_the_seeds_honour_target_name_the_design_and_measure_the_null(seeds):
    from zhframe import keywords as kw
    from zhframe.rhetoric import features as F

    corpus, paragraphs = seeds
    masked = kw.masked_tokenizer(kw.default_tokenizer(), ["北碚区", "开州区"])
    words = S.keyword_differences(paragraphs, "district", masked, target="开州区", n_perm=999, n_boot=200,
                                  n_null=20)
    assert set(words["target"]) == {"开州区"} and set(words["design"]) == {"paragraphs"}
    assert (words["holds_up"] == (words["q_value"] <= 0.05)).all()
    # target against the rest: 开州区's counts are the target counts
    row = words.set_index("item").loc["党史"]
    assert (row["target_value"], row["rest_value"]) == (1, 10)
    par = F.paragraph_features(paragraphs)
    cols = [c for fam in F.feature_families().values() for c in fam]
    rhet = S.rhetoric_differences(par, "district", cols, target="开州区", n_perm=999, n_boot=200, n_null=20)
    assert set(rhet["target"]) == {"开州区"} and len(rhet) == len(cols)
    null = S.measured_null(words, rhet)
    assert list(null["family"]) == ["keywords", "rhetoric"] and (null["n_null"] == 20).all()
    assert ((null["p_at_least"] > 0) & (null["p_at_least"] <= 1)).all()
    meta = S.metadata_differences(corpus, "district")
    assert "byline" in set(meta["column"]) and "outlet" not in set(meta["column"])  # outlet unknown: empty


def test_synthesis_does_not_import_plots():
    import pathlib

    import zhframe.synthesis as pkg

    for path in pathlib.Path(pkg.__file__).parent.glob("*.py"):
        assert "zhframe.plots" not in path.read_text(encoding="utf-8"), path


def test_topic_fit_takes_the_consensus_k_and_topic_differences_are_tested(seeds):
    from zhframe import Settings, Study

    corpus, paragraphs = seeds
    study = Study(corpus, "district", Settings(k_range=(2, 4), n_seeds=3, k_seeds=(0, 1, 2)), cache=False)
    fit = study.topic_fit().as_dict()
    ks = fit["k_over_seeds"]["k"]
    assert fit["k"] == min(ks.mode()) and fit["theta"].shape == (len(fit["docs"]), fit["k"])
    themes = S.topic_differences(fit=fit, by="district", target="开州区", n_perm=999, n_boot=200, n_null=10)
    assert set(themes["target"]) == {"开州区"} and len(themes) == fit["k"]
    assert (themes["holds_up"] == (themes["q_value"] <= 0.05)).all()
    assert themes["difference"].sum() == pytest.approx(0, abs=1e-9)  # shares of both sides sum to 1
    assert len(S.measured_null(themes)) == 1


def test_the_measured_null_agrees_with_an_independent_permutation_run(seeds):
    # a loose alpha so that random labels often produce holding results: then the
    # two null distributions have something to agree (or disagree) about
    import numpy as np

    from zhframe.rhetoric import features as F

    corpus, paragraphs = seeds
    par = F.paragraph_features(paragraphs)
    cols = [c for fam in F.feature_families().values() for c in fam]
    common = {"target": "北碚区", "n_perm": 499, "n_boot": 1, "alpha": 0.5}
    measured = S.measured_null(S.rhetoric_differences(par, "district", cols, n_null=40, **common)).iloc[0]
    rng = np.random.default_rng(7)
    counts = []
    for k in range(40):
        relabelled = par.assign(district=rng.permutation(par["district"].to_numpy()))
        counts.append(int(S.rhetoric_differences(relabelled, "district", cols, random_state=k + 1,
                                                 design="paragraphs", **common)["holds_up"].sum()))
    counts = np.array(counts)
    assert measured["null_mean"] > 1 and counts.mean() > 1  # the check has teeth
    assert abs(measured["null_mean"] - counts.mean()) < 0.35 * max(measured["null_mean"], counts.mean())


def test_an_article_split_between_groups_is_refused():
    from zhframe import stats

    with pytest.raises(ValueError, match="both groups"):
        stats.family_inference(np.ones((4, 2)), np.ones(4), [True, False, True, False], ["a", "a", "b", "b"])


def test_rival_explanations_put_a_date_without_its_year_in_words():
    from zhframe.report.findings import confound_sentence

    meta = pd.DataFrame({"column": ["latest_date_shown"], "a": ["2021-09-29"], "b": ["--05-12"]})
    text = confound_sentence(meta, "district")
    assert "a: 2021-09-29, b: 05-12 (month and day; no year printed)" in text and "--" not in text


def test_rival_explanations_are_counted_not_listed_at_scale_and_left_out_when_nothing_holds():
    from zhframe.report.findings import confound_sentence

    groups = [f"place{i:03d}" for i in range(100)]
    dates = {g: "; ".join(f"2021-{m:02d}-{d:02d}" for m in (1, 6) for d in (3, 9)) for g in groups}
    dates["place000"] = "2020-12-31; 2023-12-28"
    meta = pd.DataFrame([{"column": "date", **dates}])
    text = confound_sentence(meta, "place", holding=3)
    assert "publication date (6 distinct values over 100 groups, from 2020-12-31 to 2023-12-28)" in text
    assert "place042" not in text and len(text) < 400
    assert confound_sentence(meta, "place", holding=0) == ""


def test_when_nothing_holds_up_the_tested_rows_shown_are_the_closest_to_holding():
    d = _two_groups().assign(holds_up=False, p_value=[0.5, 0.2, 0.01, 0.9, 0.3, 0.04, 0.6],
                             q_value=[1.0, 1.0, 0.3, 1.0, 0.6, 0.24, 0.6], design="paragraphs")
    rows = RF.what_holds_up(d, fallback=1)
    assert list(rows["item"]) == ["启动", "T2", "first_person"]  # smallest p, not largest |difference|
    text = RF.findings_markdown(d, _composition(), "district")
    assert "No word difference holds up: the closest, 启动" in text and "p = 0.010, q = 0.30" in text
    assert "over 4 tests" in text and "No topic difference holds up: the closest, T2" in text


def test_group_values_from_a_manifest_cannot_inject_markdown_or_break_the_readme_block():
    evil = ["<script>x</script>", "[x](javascript:alert(1))", f"a {RR.END} b"]
    rows = pd.concat([_two_groups().assign(target=g) for g in evil[:1]], ignore_index=True)
    text = RF.findings_markdown(rows, _composition((evil[0], evil[1])), f"col{RR.END}")
    assert "<script>" not in text and "](javascript" not in text and RR.END not in text
    meta = pd.DataFrame({"column": ["byline"], evil[0]: [evil[2]], evil[1]: ["ok"]})
    assert RR.END not in RF.findings_markdown(rows, _composition((evil[0], evil[1])), "district", metadata=meta)
    with pytest.raises(ValueError, match="marker"):
        RR.replace_block(f"{RR.START}\nold\n{RR.END}\n", f"text {RR.END} more")


def test_a_closest_result_that_was_screened_out_is_said_to_be_so_not_given_q_equal_1_as_a_test():
    d = _two_groups().assign(holds_up=False, p_value=[0.5, 0.2, 0.01, 0.9, 0.3, 0.04, 0.6],
                             q_value=1.0, testable=[True, True, False, True, True, True, True],
                             design="paragraphs")
    text = RF.findings_markdown(d, _composition(), "district")
    assert "the closest, 启动" in text and "too few units carry it" in text
    assert "p = 0.040, q = 1.00), does not survive" in text  # T2 was tested: its q is a real q


def test_findings_count_each_term_once_however_many_groups_and_state_the_trends():
    rows = [_row("keywords", g, t, 1.0, 0.2 if t == "党史" else -0.5, 2.0, 3, 1)
            for g in ("甲", "乙", "丙") for t in ("党史", "学习", "工作")]
    rows += [_row("trends", "per year", "宣讲", 0.8, 0.3, 1.3, 0.1, 0.02),
             _row("trends", "per year", "会议", 0.1, -0.2, 0.4, 0.05, 0.05)]
    d = pd.DataFrame(rows).assign(p_value=0.01, q_value=0.02, testable=True)
    text = RF.findings_markdown(d, _composition(("甲", "乙", "丙")), "district")
    assert "1 of 3 terms" in text and "9 group-term contrasts" in text
    assert "**Over time** (per year, at the article level): 1 of 2 terms' trends hold up" in text
    assert "rising: 宣讲 (+0.80 per year [+0.30, +1.30]" in text


def test_the_measured_null_of_many_groups_is_one_clause_per_family():
    null = pd.DataFrame([{"family": "keywords", "target": f"g{i:02d}", "tested": 10, "observed": int(i == 7),
                          "n_null": 100, "null_mean": 0.1, "null_p95": 1.0 if i == 3 else 0.0,
                          "p_at_least": 0.04 if i == 7 else 1.0, "design": "articles"} for i in range(40)])
    text = RF.null_sentence(null)
    assert "terms: over 40 groups, 4.0 on average in all, 95th percentile at most 1 in any group" in text
    assert "the least likely by chance in g07 (1, chance of at least that = 0.04)" in text
    assert "g03" not in text and len(text) < 400


def test_findings_at_many_groups_give_ranges_and_name_only_groups_with_a_result():
    groups = [f"县{i:02d}" for i in range(40)]
    comp = _composition(groups).assign(articles=[1 + i % 5 for i in range(40)],
                                       body_share=[0.8 + 0.004 * i for i in range(40)])
    rows = _two_groups().assign(target="县07")
    text = RF.findings_markdown(rows, comp, "place")
    assert "40 groups of 1 to 5 articles, median 3" in text and "县03: " not in text
    assert "80% to 96% of each group's characters (median 88%)" in text
    assert "**县07** uses more of these" in text and "The other 39 groups: nothing that holds up." in text
    assert "**县01**" not in text
    few = RF.findings_markdown(_two_groups(), _composition(), "district")
    assert "甲: 1, 乙: 1" in few and "The other" not in few


def test_rhetoric_of_many_groups_is_corrected_over_every_contrast_at_once():
    from zhframe import stats
    from zhframe.synthesis import families as fam

    rng = np.random.default_rng(0)
    n = 240
    feats = pd.DataFrame({"doc_id": [f"d{i // 2}" for i in range(n)], "g": [f"g{(i // 2) % 6}" for i in range(n)],
                          "n_chars": rng.integers(50, 200, n), "a": rng.poisson(1.0, n), "b": rng.poisson(0.3, n),
                          "c": rng.poisson(2.0, n)})
    feats.loc[feats["g"] == "g0", "c"] += 3  # one real difference
    table = fam.rhetoric_differences(feats, "g", ["a", "b", "c"], n_boot=20, n_null=5, design="articles")
    assert table["target"].nunique() == 6 and table.loc[(table["target"] == "g0") & (table["item"] == "c"),
                                                         "holds_up"].item()
    # the q-values are one screened BH over all 18 tests, not six BHs over three
    t = table["testable"].to_numpy()
    assert t.sum() > 3 and np.allclose(table.loc[t, "q_value"], stats.bh_qvalues(table.loc[t, "p_value"].to_numpy()))
    assert (table.loc[~t, "q_value"] == 1).all()
    assert set(table.attrs["null"]) == {f"g{i}" for i in range(6)}
    assert all(len(v) == 5 for v in table.attrs["null"].values())
    # one compared group: its own correction, as before
    one = fam.rhetoric_differences(feats, "g", ["a", "b", "c"], n_boot=20, design="articles", target="g0")
    assert np.allclose(one.loc[one["testable"], "q_value"],
                       stats.bh_qvalues(one.loc[one["testable"], "p_value"].to_numpy()))
