"""Tests of zhframe.topics on small composed corpora whose right topics are known."""

import math

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from zhframe.report.topic_choice import describe_k_choice, describe_prevalence
from zhframe.topics import (TopicModel, choose_k,
                            dominant_topics, group_name_terms, jaccard, make_documents,
                            match_models, match_topics, npmi_coherence, representative_documents, select_k,
                            topic_prevalence)

ANIMALS = "猫 狗 鱼 鸟 马 牛".split()
VEHICLES = "车 船 飞机 火车 地铁 公交".split()


def two_vocab_corpus(n_a=10, n_b=10, seed=0):
    """Paragraphs drawn from two disjoint vocabularies (pre-spaced: tokenizer=str.split)."""
    rng = np.random.default_rng(seed)
    a = [" ".join(rng.choice(ANIMALS, 8)) for _ in range(n_a)]
    b = [" ".join(rng.choice(VEHICLES, 8)) for _ in range(n_b)]
    return a + b


def model(method="nmf", k=2, **kw):
    return TopicModel(method=method, n_topics=k, tokenizer=str.split, min_df=1, max_df=1.0, **kw)


# ---------------------------------------------------------------- estimator

@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_two_disjoint_vocabularies_give_two_topics_that_separate_them(method):
    texts = two_vocab_corpus(12, 8)
    m = model(method).fit(texts)
    top = m.top_terms(6)
    # topic 1 is the larger one: the 12 animal paragraphs
    assert set(top.loc[top.topic == 1, "term"]) == set(ANIMALS)
    assert set(top.loc[top.topic == 2, "term"]) == set(VEHICLES)
    theta = m.transform(texts)
    assert np.allclose(theta.sum(axis=1), 1)
    assert (theta.argmax(axis=1) == [0] * 12 + [1] * 8).all()


def test_fit_is_deterministic_and_clone_keeps_parameters():
    texts = two_vocab_corpus()
    a, b = model(k=3).fit(texts), clone(model(k=3)).fit(texts)
    assert np.array_equal(a.components_, b.components_)
    assert a.top_terms(5).equals(b.top_terms(5))
    assert clone(a).get_params()["n_topics"] == 3


def test_topics_are_numbered_by_share_and_labelled_from_top_terms():
    texts = two_vocab_corpus(4, 12)
    m = model().fit(texts)
    assert m.transform(texts).mean(axis=0)[0] > 0.5  # vehicles (12 paragraphs) come first
    labels = m.get_feature_names_out()
    assert len(labels) == 2 and labels[0].startswith("T1 ") and labels[1].startswith("T2 ")
    assert set(labels[0][3:].split("·")) <= set(VEHICLES)
    assert list(labels) == m.labels()


def test_top_terms_sorted_by_weight_then_term():
    # a single topic over a vocabulary where 马 and 猫 tie: the tie goes to the term order
    m = model(k=1).fit(["猫 马 牛", "猫 马 狗", "猫 马 鱼"])
    tt = m.top_terms(3)
    assert list(tt["rank"]) == [1, 2, 3]
    assert (np.diff(tt["weight"]) <= 1e-12).all()
    assert list(tt["term"][:2]) == sorted(["猫", "马"])


def test_document_without_vocabulary_gets_zero_weights():
    m = model().fit(two_vocab_corpus())
    theta = m.transform(["猫 狗", "未知 词"])
    assert np.isclose(theta[0].sum(), 1) and (theta[1] == 0).all()
    animal = next(lab for lab in m.labels() if lab.split(" ")[1].split("·")[0] in ANIMALS)
    assert list(dominant_topics(theta, m.labels())) == [animal, ""]


def test_bad_input_raises_value_error():
    texts = two_vocab_corpus(3, 3)
    with pytest.raises(ValueError, match="method"):
        TopicModel(method="lsa", tokenizer=str.split).fit(texts)
    with pytest.raises(ValueError, match="n_topics"):
        model(k=0).fit(texts)
    with pytest.raises(ValueError, match="exceeds"):
        model(k=7).fit(texts)
    with pytest.raises(ValueError, match="single string"):
        model().fit("猫 狗")
    with pytest.raises(ValueError, match="vocabulary"):
        TopicModel(tokenizer=str.split, min_df=2).fit(["猫", "狗"])


# ---------------------------------------------------------------- documents

def test_make_documents_paragraphs_and_sentence_windows():
    paras = pd.DataFrame({"doc_id": ["a", "a", "b"], "para": [1, 2, 1],
                          "text": ["一。二。三。", "  ", "四。五。"]})
    split = lambda t: [s.strip() + "。" for s in t.split("。") if s.strip()]  # stand-in for cleanup.split_sentences
    whole = make_documents(paras)
    assert list(whole["unit"]) == [0, 2] and list(whole["n_chars"]) == [6, 4]
    win = make_documents(paras, window=2, splitter=split)
    assert list(win["text"]) == ["一。二。", "三。", "四。五。"]
    assert list(win["unit"]) == [0, 0, 2] and list(win["window"]) == [0, 1, 0]
    assert list(win["doc_id"]) == ["a", "a", "b"]
    with pytest.raises(ValueError, match="window"):
        make_documents(paras, window=0)


def test_representative_documents_ranked_by_weight_then_reading_order():
    docs = pd.DataFrame({"text": ["p0", "p1", "p2", "p3"], "topic": ["党史学习教育"] * 4})
    theta = np.array([[0.9, 0.1], [0.2, 0.8], [0.9, 0.1], [1.0, 0.0]])
    rep = representative_documents(docs, theta, ["A", "B"], n=3)
    assert list(rep.loc[rep.topic == 1, "text"]) == ["p3", "p0", "p2"]
    # p3 has zero weight on B, so B lists only three documents, p1 first
    assert list(rep.loc[rep.topic == 2, "text"]) == ["p1", "p0", "p2"]
    assert list(rep.columns) == ["topic", "label", "rank", "weight", "text"]  # manifest "topic" dropped


# ---------------------------------------------------------------- prevalence

def test_prevalence_is_length_weighted_with_intervals_and_differences():
    theta = np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [0.0, 0.0]])
    groups = ["x", "x", "y", "y"]
    lengths = [30, 10, 20, 99]  # the last paragraph has no topic weight: left out
    prev = topic_prevalence(theta, groups, lengths, ["A", "B"], n_boot=200, random_state=3)
    assert list(prev["group"]) == ["x", "x", "y", "y"] and list(prev["topic"]) == [1, 2, 1, 2]
    x = prev[prev.group == "x"].set_index("topic")
    assert x.loc[1, "share"] == pytest.approx((30 + 5) / 40)
    assert x.loc[2, "share"] == pytest.approx(5 / 40)
    assert x.loc[1, "rest_share"] == pytest.approx(0.0)
    assert x.loc[1, "diff"] == pytest.approx(35 / 40)
    assert (prev["lo"] <= prev["share"] + 1e-12).all() and (prev["share"] <= prev["hi"] + 1e-12).all()
    # group y has one weighted paragraph (and one empty): its share never varies
    y = prev[prev.group == "y"].set_index("topic")
    assert y.loc[2, "lo"] == y.loc[2, "hi"] == pytest.approx(1.0)
    # x resamples two different paragraphs: its interval is wide
    assert x.loc[1, "hi"] - x.loc[1, "lo"] > 0.2


def test_prevalence_resamples_units_not_windows():
    # two windows of one paragraph moving together = that paragraph as one row
    theta = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0], [1.0, 0.0]])
    lengths = [10, 10, 20, 20]
    by_window = topic_prevalence(theta, ["x"] * 4, lengths, ["A", "B"], units=[0, 0, 1, 1],
                                 n_boot=100, random_state=0)
    merged = topic_prevalence(np.array([[0.5, 0.5], [0.5, 0.5]]), ["x", "x"], [20, 40], ["A", "B"],
                              n_boot=100, random_state=0)
    pd.testing.assert_frame_equal(by_window, merged)
    with pytest.raises(ValueError, match="spans"):
        topic_prevalence(theta, ["x", "y", "y", "y"], lengths, ["A", "B"], units=[0, 0, 1, 1])


def test_prevalence_rejects_mismatched_shapes():
    with pytest.raises(ValueError, match="do not match"):
        topic_prevalence(np.ones((2, 2)) / 2, ["x"], [1, 1], ["A", "B"])


# ---------------------------------------------------------------- choosing k

def test_jaccard_by_hand():
    assert jaccard({"a", "b", "c"}, {"b", "c", "d"}) == pytest.approx(2 / 4)
    assert jaccard([], []) == 1.0 and jaccard(["a"], ["b"]) == 0.0


def test_hungarian_matching_beats_greedy_on_a_hand_checked_case():
    a = [{"a", "b", "c", "d"}, {"e", "a", "p", "q"}]
    b = [{"a", "b", "c", "e"}, {"b", "d", "r", "s"}]
    # J(a0,b0)=3/5, J(a0,b1)=2/6, J(a1,b0)=2/6, J(a1,b1)=0: greedy takes 3/5 then 0 (mean 0.3),
    # the best one-to-one matching crosses over (mean 1/3)
    pairs, mean = match_topics(a, b)
    assert pairs == [(0, 1), (1, 0)] and mean == pytest.approx(1 / 3)
    pairs, mean = match_topics([{"x"}, {"y"}], [{"y"}, {"x"}])
    assert pairs == [(0, 1), (1, 0)] and mean == 1.0


def test_npmi_on_a_hand_computed_example():
    # documents: {a,b}, {a,b}, {a,c}, {c}; p(a)=3/4, p(b)=p(c)=1/2
    presence = np.array([[1, 1, 0], [1, 1, 0], [1, 0, 1], [0, 0, 1]])
    ab = math.log((2 / 4) / (3 / 4 * 2 / 4)) / -math.log(2 / 4)   # log(4/3)/log 2
    ac = math.log((1 / 4) / (3 / 4 * 2 / 4)) / -math.log(1 / 4)   # log(2/3)/log 4
    bc = -1.0                                                      # never together
    coh = npmi_coherence([[0, 1], [0, 2], [1, 2], [0, 1, 2], [0]], presence)
    assert coh[:4] == pytest.approx([ab, ac, bc, (ab + ac + bc) / 3])
    assert ab == pytest.approx(0.415037, abs=1e-6) and ac == pytest.approx(-0.292481, abs=1e-6)
    assert math.isnan(coh[4])
    assert npmi_coherence([[0, 1]], np.ones((3, 2)))[0] == 1.0  # always together


def test_choose_k_rule():
    table = pd.DataFrame({"k": [2, 3, 4, 5], "stability": [0.95, 0.8, 0.9, 0.9],
                          "coherence": [0.10, 0.30, 0.28, 0.27]})
    # k=2 is most stable but incoherent; among 3,4,5 (within 0.05 of 0.30) 4 and 5 tie: smaller k
    assert choose_k(table, tolerance=0.05) == 4
    assert choose_k(table, tolerance=0.0) == 3
    assert choose_k(table, tolerance=1.0) == 2
    # with topic sizes: k=3 has a two-paragraph topic, so 4 is now the best coherence and
    # 5 (0.27) is within 0.01 of it; 4 and 5 tie on stability -> 4
    sized = table.assign(smallest_topic=[10, 2, 5, 3])
    assert choose_k(sized, tolerance=0.0) == 4
    assert choose_k(sized, tolerance=0.0, min_docs=6) == 2
    assert choose_k(sized, tolerance=0.0, min_docs=11) == 3  # none admissible: all are


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_select_k_finds_the_two_known_topics(method):
    texts = two_vocab_corpus(10, 10)
    table = select_k(model(method, max_iter=100 if method == "nmf" else 20), texts, ks=[2, 3, 4],
                     n_seeds=4, top_n=6)
    assert list(table["k"]) == [2, 3, 4]
    k2 = table.set_index("k").loc[2]
    assert k2["stability"] == pytest.approx(1.0)
    assert table["chosen"].sum() == 1 and k2["chosen"]
    assert k2["smallest_topic"] == 10
    assert table.equals(select_k(model(method, max_iter=100 if method == "nmf" else 20), texts,
                                 ks=[2, 3, 4], n_seeds=4, top_n=6))


def test_select_k_checks_its_arguments():
    texts = two_vocab_corpus(3, 3)
    with pytest.raises(ValueError, match="n_seeds"):
        select_k(model(), texts, ks=[2], n_seeds=1)
    with pytest.raises(ValueError, match="exceeds"):
        select_k(model(), texts, ks=[7, 9])
    # ks beyond the 6 documents are skipped
    assert list(select_k(model(), texts, ks=[2, 9], n_seeds=2)["k"]) == [2]


def test_group_names_are_left_out_of_the_vocabulary():
    assert group_name_terms(["北碚区", "开州区", "日报", "区", ""]) == sorted(
        ["北碚区", "北碚", "开州区", "开州", "日报", "区"])
    texts = [t + " 北碚" for t in two_vocab_corpus()]
    m = model(stop_words=group_name_terms(["北碚区"])).fit(texts)
    assert "北碚" not in set(m.terms())
    assert set(m.terms()) == set(ANIMALS) | set(VEHICLES)
    import pickle
    assert pickle.loads(pickle.dumps(m)).top_terms(3).equals(m.top_terms(3))


def test_match_models_pairs_nmf_and_lda_topics():
    texts = two_vocab_corpus(12, 8)
    table = match_models(model("nmf").fit(texts), model("lda").fit(texts), top_n=6)
    assert list(table["topic_a"]) == [1, 2] and list(table["topic_b"]) == [1, 2]
    assert (table["jaccard"] == 1.0).all()
    with pytest.raises(ValueError, match="topics"):
        match_models(model("nmf").fit(texts), model("nmf", k=3).fit(texts))


def test_prose_reports_the_chosen_k_and_the_differences_that_hold_up():
    table = pd.DataFrame({"k": [2, 3, 4], "stability": [0.9, 0.8, 0.95], "stability_sd": [0.1] * 3,
                          "coherence": [0.1, 0.3, 0.5], "coherence_min": [0.0] * 3,
                          "smallest_topic": [9, 4, 1], "chosen": [False, True, False]})
    text = describe_k_choice(table, tolerance=0.05, min_docs=3)
    assert "Chosen k = 3" in text and "Excluded k = 4" in text and "most stable admissible k overall is 2" in text
    prev = pd.DataFrame({"group": ["x", "x", "y", "y"], "topic": [1, 2, 1, 2],
                         "label": ["T1 甲", "T2 乙"] * 2, "share": [0.7, 0.3, 0.4, 0.6],
                         "lo": [0.6, 0.2, 0.3, 0.5], "hi": [0.8, 0.4, 0.5, 0.7],
                         "rest_share": [0.4, 0.6, 0.7, 0.3], "diff": [0.3, -0.3, -0.3, 0.3],
                         "diff_lo": [0.1, -0.5, -0.5, -0.1], "diff_hi": [0.5, -0.1, -0.1, 0.5]})
    lines = describe_prevalence(prev).splitlines()
    assert lines[0].startswith("- **x**: largest topics T1 甲 70% (60%–80%)")
    assert "against the other group, it gives more T1 甲 (+30 pts, 95% interval +10 pts to +50 pts)" in lines[0]
    assert "less T2 乙 (-30 pts" in lines[0]
    assert "less T1 甲" in lines[1] and "more" not in lines[1]
    unclear = prev.assign(diff_lo=-0.6, diff_hi=0.6)
    assert "largest difference: T1 甲 +30 pts, interval -60 pts to +60 pts" in describe_prevalence(unclear)
    assert "Intervals resample articles." in describe_prevalence(prev.assign(unit="articles"))


def test_k_choice_prose_is_read_from_the_table():
    table = pd.DataFrame({"k": [2, 3, 4, 5], "stability": [0.9, 0.8, 0.7, 0.85], "stability_sd": [0.1] * 4,
                          "coherence": [0.1, 0.3, 0.28, 0.5], "coherence_min": [0.0] * 4,
                          "smallest_topic": [9, 4, 5, 1], "chosen": [False, True, False, False]})
    text = describe_k_choice(table, tolerance=0.05, min_docs=3)
    assert text.startswith("Tried k = 2..5. Excluded k = 5:")
    assert "Best remaining mean NPMI coherence: 0.300 (k = 3); k = 3, 4 are within 0.05 of it" in text
    assert "**Chosen k = 3**: stability 0.80" in text
    # the most stable admissible k is 2 (0.90), 0.200 below the best coherence
    assert "most stable admissible k overall is 2 (0.90), with coherence 0.100, 0.200 below the best" in text
    other = describe_k_choice(table, tolerance=0.05, min_docs=3, k=4)
    assert "Chosen k" not in other and "the rule picks **k = 3**" in other
    assert "The study uses k = 4, the consensus over restart seeds" in other
    tiny = describe_k_choice(table.assign(smallest_topic=1), tolerance=0.05, min_docs=3)
    assert "Every k has a topic that leads fewer than 3 paragraphs, so none is excluded" in tiny
    assert "Excluded" not in tiny and "Best mean NPMI coherence: 0.500 (k = 5)" in tiny


@pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")
def test_nmf_says_whether_it_converged():
    texts = two_vocab_corpus(10, 10)
    assert model("nmf", init="random").fit(texts).converged_ is True
    capped = model("nmf", max_iter=1, init="random").fit(texts)
    assert capped.converged_ is False and capped.n_iter_ == 1
    assert model("lda", max_iter=5).fit(texts).converged_ is None
    table = select_k(model("nmf", max_iter=1), texts, ks=[2, 3], n_seeds=2, top_n=6)
    assert (table["converged"] < 1).all()
    assert "stopped at the iteration cap" in describe_k_choice(table, 0.05, 3)


# ---------------------------------------------------------------- the k rule's cost: restart fits reused

def _counting(monkeypatch):
    from zhframe.topics import selection

    calls = []
    real = selection._fit_quietly

    def counted(m, X):
        calls.append((type(m).__name__, m.n_components, m.random_state))
        return real(m, X)

    monkeypatch.setattr(selection, "_fit_quietly", counted)
    selection.clear_restart_pool()
    return calls


def test_k_rule_over_seeds_reuses_fits_and_gives_the_same_tables(monkeypatch):
    from zhframe.topics import stability

    texts = two_vocab_corpus(8, 8, seed=3) + [" ".join(ANIMALS[:3] + VEHICLES[:3])] * 3
    params = {"ks": [2, 3], "n_seeds": 3, "top_n": 6}
    calls = _counting(monkeypatch)
    old_tables = {}
    stability.k_over_seeds(model(), texts, seeds=[0, 1, 2], tables=old_tables, reuse=False, **params)
    assert len(calls) == 3 * 2 * (1 + 3)          # seeds x ks x (reported + restarts), as before
    calls.clear()
    new_tables = {}
    stability.k_over_seeds(model(), texts, seeds=[0, 1, 2], tables=new_tables, **params)
    # per k: the reported fit of seeds 0, 1, 2 and restarts 1..5, each once
    assert len(calls) == 2 * (3 + 5)
    assert sorted(new_tables) == [0, 1, 2]
    for s, table in new_tables.items():
        pd.testing.assert_frame_equal(table, old_tables[s])
    calls.clear()
    stability.k_over_seeds(model(), texts, seeds=[3], **params)
    assert len(calls) == 2 * 2                       # seed 3's reported fit and restart 6 are new
    calls.clear()
    stability.k_over_seeds(model(), texts[:-1], seeds=[0], **params)
    assert len(calls) == 2 * (1 + 3)                 # another corpus is another matrix: no reuse


def test_lda_fits_are_reused_by_seed(monkeypatch):
    from zhframe.topics import stability

    calls = _counting(monkeypatch)
    stability.k_over_seeds(model("lda", max_iter=5), two_vocab_corpus(6, 6), seeds=[0, 1], ks=[2], n_seeds=2,
                           top_n=6)
    # seed 0: reported (0) and restarts 1, 2; seed 1: reported (1) is new, restart 2 reused, 3 new
    assert sorted(c[2] for c in calls) == [0, 1, 1, 2, 3]


def test_k_distribution_consensus_share_and_runner_up():
    from zhframe.topics.stability import describe_k_over_seeds, k_distribution

    table = pd.DataFrame({"seed": range(20), "k": [6] * 5 + [8] * 13 + [4] * 2})
    dist = k_distribution(table)
    assert list(dist["k"]) == [8, 6, 4] and list(dist["seeds"]) == [13, 5, 2]
    assert list(dist["share"]) == pytest.approx([0.65, 0.25, 0.10])
    text = describe_k_over_seeds(table, 8)
    assert "k = 4: 2 of 20, k = 6: 5 of 20, k = 8: 13 of 20" in text
    assert "**k = 8**, chosen by 65% of seeds; the runner-up is k = 6 (25%)" in text
    assert "not this consensus" not in text
    assert "The study uses k = 6, which is not this consensus" in describe_k_over_seeds(table, 6)
    tie = pd.DataFrame({"seed": range(4), "k": [7, 5, 7, 5]})
    assert list(k_distribution(tie)["k"]) == [5, 7]
    assert "tied, so the smaller) is **k = 5**, chosen by 50% of seeds; the runner-up is k = 7 (50%)" \
        in describe_k_over_seeds(tie)
    assert "every time" in describe_k_over_seeds(pd.DataFrame({"seed": [0, 1], "k": [3, 3]}))


# ---------------------------------------------------------------- intervals at the test's unit

def _clustered(n_articles=3, per_article=10):
    """Two groups of ``n_articles`` articles; every paragraph of an article is all topic A or all B
    (A, B, A in each group), so the articles, not the paragraphs, are the independent draws."""
    rows = []
    for g in ("x", "y"):
        for a in range(n_articles):
            for _ in range(per_article):
                rows.append((g, f"{g}{a}", 1.0 if a % 2 == 0 else 0.0))
    groups, articles, a_weight = map(np.array, zip(*rows))
    theta = np.column_stack([a_weight, 1 - a_weight])
    return theta, groups, articles


def test_prevalence_intervals_resample_articles_when_the_test_does():
    theta, groups, articles = _clustered()
    lengths = np.full(len(groups), 50.0)
    by_par = topic_prevalence(theta, groups, lengths, ["A", "B"], n_boot=400, random_state=0)
    by_art = topic_prevalence(theta, groups, lengths, ["A", "B"], n_boot=400, random_state=0,
                              articles=articles)
    assert (by_par["unit"] == "paragraphs").all() and (by_art["unit"] == "articles").all()
    pd.testing.assert_frame_equal(by_par.drop(columns=["lo", "hi", "diff_lo", "diff_hi", "unit"]),
                                  by_art.drop(columns=["lo", "hi", "diff_lo", "diff_hi", "unit"]))
    xa = by_art.set_index(["group", "topic"]).loc[("x", 1)]
    xp = by_par.set_index(["group", "topic"]).loc[("x", 1)]
    assert xa["share"] == pytest.approx(2 / 3)
    # three articles drawn with replacement: all three A articles in (2/3)^3 = 30% of replicates
    assert xa["hi"] == pytest.approx(1.0) and xa["lo"] <= 1 / 3 + 1e-12
    # thirty "independent" paragraphs would claim a far narrower interval
    assert xp["hi"] - xp["lo"] < 0.5 * (xa["hi"] - xa["lo"])
    assert xa["diff_hi"] - xa["diff_lo"] > xp["diff_hi"] - xp["diff_lo"]


def test_prevalence_with_a_one_article_side_resamples_paragraphs():
    theta, groups, articles = _clustered()
    articles = np.where(groups == "y", "y0", articles)          # y is one article
    lengths = np.full(len(groups), 50.0)
    prev = topic_prevalence(theta, groups, lengths, ["A", "B"], n_boot=200, articles=articles)
    assert (prev["unit"] == "paragraphs").all()                # both sides: the test permutes paragraphs
    with pytest.raises(ValueError, match="at least two articles"):
        topic_prevalence(theta, groups, lengths, ["A", "B"], articles=articles, design="articles")
    with pytest.raises(ValueError, match="spans more than one group"):
        topic_prevalence(theta, groups, lengths, ["A", "B"], articles=np.full(len(groups), "one"))


def test_prevalence_with_many_groups_uses_each_groups_own_test_unit():
    theta, groups, articles = _clustered()
    theta = np.vstack([theta, [[1.0, 0.0]] * 4])
    groups = np.concatenate([groups, ["z"] * 4])                  # z: one article of four paragraphs
    articles = np.concatenate([articles, ["z0"] * 4])
    prev = topic_prevalence(theta, groups, np.full(len(groups), 50.0), ["A", "B"], n_boot=200,
                            articles=articles)
    assert prev.groupby("group")["unit"].first().to_dict() == {"x": "articles", "y": "articles",
                                                               "z": "paragraphs"}
