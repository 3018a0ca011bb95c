"""Tests of zhframe.topics.stability: k over restart seeds, share differences over random-start fits."""

import numpy as np
import pandas as pd

from zhframe.topics import stability as TS
from zhframe.topics import TopicModel

ANIMALS = "猫 狗 鱼 鸟 马 牛".split()
VEHICLES = "车 船 飞机 火车 地铁 公交".split()


def _docs(n=12, seed=0, mixed=False):
    """Group 甲 writes about animals, 乙 about vehicles (or both write a mix when ``mixed``)."""
    rng = np.random.default_rng(seed)
    rows = []
    for g, vocab in (("甲", ANIMALS), ("乙", VEHICLES)):
        for i in range(n):
            words = rng.choice(ANIMALS + VEHICLES, 8) if mixed else rng.choice(vocab, 8)
            rows.append({"group": g, "doc_id": g, "text": " ".join(words)})
    docs = pd.DataFrame(rows)
    docs["n_chars"] = docs["text"].str.len()
    return docs


def _model():
    return TopicModel(method="nmf", n_topics=2, tokenizer=str.split, min_df=1, max_df=1.0, random_state=0)


def test_k_over_seeds_reports_every_seed_and_the_most_frequent_k():
    table, k = TS.k_over_seeds(_model(), _docs()["text"], seeds=[0, 1, 2], ks=[2, 3], n_seeds=3, top_n=6)
    assert list(table["seed"]) == [0, 1, 2] and k == 2 and (table["k"] == 2).all()
    assert "k = 2: 3 of 3" in TS.describe_k_over_seeds(table, k)


def test_a_real_share_difference_holds_in_every_fit_and_noise_in_none():
    real = TS.share_stability(_model(), _docs(), "group", "甲", 2, n_fits=5, n_perm=499)
    assert (real["design"] == "paragraphs").all()  # one article per group
    assert real["holds_up"].all() and (real["holds_share"] == 1).all() and (real["reversed_holds"] == 0).all()
    noise = TS.share_stability(_model(), _docs(mixed=True), "group", "甲", 2, n_fits=5, n_perm=499)
    assert (noise["holds_share"] <= 0.2).all()


def test_prose_names_the_held_differences_and_their_stability():
    real = TS.share_stability(_model(), _docs(), "group", "甲", 2, n_fits=3, n_perm=499)
    text = TS.describe_share_stability(real, "甲", n_fits=3)
    assert "hold up" in text and "100% of 3 random-start fits" in text and "these articles" in text
    noise = TS.share_stability(_model(), _docs(mixed=True), "group", "甲", 2, n_fits=3, n_perm=499)
    assert TS.describe_share_stability(noise, "甲").startswith("No topic-share difference between 甲")


def test_prose_names_the_topic_with_the_largest_share_it_claims():
    table = pd.DataFrame({"topic": [1, 2, 3], "label": ["T1 a", "T2 b", "T3 c"], "difference": [0.1, -0.2, 0.05],
                          "holds_up": [False] * 3, "holds_share": [0.2, 0.4, 0.0],
                          "sign_share": [0.9, 0.6, 0.9], "reversed_holds": [0, 1, 0], "match": [1.0] * 3,
                          "design": "articles", "n_fits": 10})
    text = TS.describe_share_stability(table, "甲")
    assert "holds most often with the reference fit's sign: T2 b, which holds in 40% of 10 fits" in text
    # sign stability is another number: T1 and T3 keep their sign in 90% of fits, T2 in 60%
    assert "Keeping its sign most often: T1 a and T3 c (same sign as the reference fit in 90% of 10 fits)" in text
    none = TS.describe_share_stability(table.assign(holds_share=0.0), "甲")
    assert "None holds with the reference fit's sign in any of 10 random-start fits" in none
    held = TS.describe_share_stability(table.assign(holds_up=[True, False, False]), "甲")
    assert held.startswith("Topic shares of 甲 against the rest that hold up (labels permuted over articles")
    assert "T1 a (+10 points; holds with this sign in 20% of 10 random-start fits, reversed and holding in 0 of 10)" \
        in held and "T2 b" not in held


def test_the_rule_in_pieces_per_k_gives_the_tables_of_the_rule_per_seed():
    texts = _docs(n=6)["text"].tolist() + ["猫 车 鱼 船"] * 3
    params = {"n_seeds": 3, "top_n": 6, "tolerance": 0.05, "min_docs": 2}
    whole: dict = {}
    table, k = TS.k_over_seeds(_model(), texts, seeds=[0, 1, 2], tables=whole, ks=[2, 3, 4], **params)
    pieces = [TS.k_rule_for_one_k(_model(), texts, kk, [0, 1, 2], **params) for kk in (2, 3, 4, 99)]
    assert pieces[-1] == {}                              # k = 99 exceeds the documents: nothing
    merged = TS.merge_k_rule(pieces, tolerance=0.05, min_docs=2)
    assert sorted(merged) == [0, 1, 2]
    for s in merged:
        pd.testing.assert_frame_equal(merged[s], whole[s])
    again, k2 = TS.k_over_seeds(_model(), texts, seeds=[], precomputed=merged)
    assert again.equals(table) and k2 == k


def test_refits_on_a_sample_are_said_and_applied_to_every_document():
    import pandas as pd

    from zhframe.topics.stability import describe_share_stability

    row = {"topic": [1], "label": ["T1 党史"], "difference": [0.1], "holds_up": [False], "holds_share": [0.0],
           "sign_share": [1.0], "reversed_holds": [0], "match": [1.0], "design": ["articles"], "n_fits": [20]}
    full = pd.DataFrame({**row, "fit_documents": [500], "documents": [500]})
    sampled = pd.DataFrame({**row, "fit_documents": [2000], "documents": [65000]})
    assert "sample" not in describe_share_stability(full, "甲")
    assert "fixed sample of 2,000 of the 65,000 documents" in describe_share_stability(sampled, "甲")
