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
