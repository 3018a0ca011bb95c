"""The Study object: one route from a corpus, a design and settings to every difference table."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from zhframe import Design, Settings, Study
from zhframe.corpus import load_corpus
from zhframe.synthesis import families as fam
from zhframe.synthesis import study as study_module
from zhframe.synthesis import work as work_module
from zhframe.synthesis.work import sample_documents

SEEDS = "seeds"


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def study(seeds, tmp_path_factory):
    settings = Settings(n_boot=200, n_null=0, k_range=(2, 4), n_seeds=3, k_seeds=(0, 1))
    return Study(seeds, "district", settings, cache_dir=tmp_path_factory.mktemp("cache"))


def test_every_verb_returns_the_difference_table(study):
    for verb in (study.keywords, study.rhetoric):
        table = verb()
        assert list(table.columns[:len(fam.DIFFERENCE_COLUMNS)]) == fam.DIFFERENCE_COLUMNS
        assert set(table["target"]) == {"北碚区"}
    both = study.differences()
    assert set(both["family"]) == {"keywords", "topics", "rhetoric"}
    assert len(both) == len(study.keywords()) + len(study.topics()) + len(study.rhetoric())


def test_notebook_03s_keyness_and_06s_keyword_differences_are_one_result(study):
    """03 shows the keyness table, 06 the difference rows: the same tests, the same verdicts."""
    k = study.keyness().set_index("term")
    w = study.keywords().set_index("item")
    assert sorted(k.index) == sorted(w.index)
    w = w.loc[k.index]
    np.testing.assert_allclose(k["p_value"].to_numpy(float), w["p_value"].to_numpy(float), equal_nan=True)
    assert (k["holds_up"].to_numpy() == w["holds_up"].to_numpy()).all()
    # the effect both report is the tested quantity (share of units using the term)
    np.testing.assert_allclose(k["share_log_ratio"], w["difference"])


def test_results_are_computed_once_and_read_back_from_the_cache(seeds, tmp_path, monkeypatch):
    first = Study(seeds, "district", Settings(n_boot=50), cache_dir=tmp_path)
    expected = first.rhetoric()
    assert any(p.name.startswith("rhetoric-") for p in (tmp_path / "study").iterdir())

    def boom(*args, **kwargs):
        raise AssertionError("recomputed although cached")

    monkeypatch.setattr(fam, "rhetoric_differences", boom)
    again = Study(seeds, "district", Settings(n_boot=50), cache_dir=tmp_path)
    pd.testing.assert_frame_equal(again.rhetoric(), expected)
    # other settings are another result: computed, not read
    with pytest.raises(AssertionError, match="recomputed"):
        Study(seeds, "district", Settings(n_boot=51), cache_dir=tmp_path).rhetoric()


def test_the_topic_fit_is_shared_by_designs_and_test_settings_but_not_topic_settings(seeds, tmp_path, monkeypatch):
    settings = Settings(n_boot=50, k_range=(2, 3), n_seeds=2, k_seeds=(0,))
    fit = Study(seeds, "district", settings, cache_dir=tmp_path).topic_fit()
    assert fit.k_documents == len(fit.docs)  # a small corpus: the k rule sees every document
    from zhframe.topics import stability

    def boom(*args, **kwargs):
        raise AssertionError("refitted although cached")

    monkeypatch.setattr(stability, "merge_k_rule", boom)
    for other in (Study(seeds, Design(by="district", target="开州区"), replace(settings, n_null=3, n_boot=60),
                        cache_dir=tmp_path),):
        assert other.topic_fit().k == fit.k
    with pytest.raises(AssertionError, match="refitted"):
        Study(seeds, "district", replace(settings, n_seeds=3), cache_dir=tmp_path).topic_fit()


def test_the_topic_cross_checks_are_study_verbs_computed_once(study):
    agreement = study.topic_agreement()
    assert len(agreement) == study.topic_fit().k and agreement["jaccard"].between(0, 1).all()
    stab = study.share_stability(n_fits=2)
    assert list(stab["topic"]) == list(range(1, study.topic_fit().k + 1)) and (stab["n_fits"] == 2).all()
    assert study.share_stability(n_fits=2) is stab and study.topic_agreement() is agreement
    names = {p.name.split("-")[0] for p in (study._folder()).iterdir()}
    assert {"topic_agreement", "share_stability"} <= names


def test_rhetoric_items_carry_their_group_and_are_read_once(study):
    from zhframe.rhetoric import features as F

    voices = study.items("voices")
    assert set(voices["district"]) <= set(study.groups) and len(voices) == len(F.voices_table(study.blocks))
    nums = study.items("numbers")
    assert "doc_id" in nums.columns and nums["district"].notna().all()
    assert study.items("voices") is voices
    with pytest.raises(ValueError, match="no rhetoric items 'slogans'"):
        study.items("slogans")


def test_the_k_rule_sample_is_every_document_or_a_fixed_random_sample():
    texts = pd.Series([f"t{i}" for i in range(50)], index=range(100, 150))
    assert sample_documents(texts, 50) is texts
    a, b = sample_documents(texts, 20), sample_documents(texts, 20)
    assert len(a) == 20 and a.equals(b) and a.index.is_monotonic_increasing
    with pytest.raises(ValueError, match="k_sample"):
        Settings(k_sample=1)


def test_a_changed_corpus_is_another_study(seeds, tmp_path):
    a = Study(seeds, "district", cache_dir=tmp_path)
    changed = seeds.copy()
    changed.loc[0, "text"] = changed.loc[0, "text"] + "\n新增的一段。"
    b = Study(changed, "district", cache_dir=tmp_path)
    assert a.key != b.key
    assert a.key == Study(seeds.copy(), "district", cache_dir=tmp_path).key


def test_a_damaged_cache_entry_is_recomputed_not_trusted(seeds, tmp_path):
    s = Study(seeds, "district", Settings(n_boot=50), cache_dir=tmp_path)
    expected = s.rhetoric()
    for p in (tmp_path / "study").glob("rhetoric-*.pkl"):
        p.write_bytes(b"not a pickle")
    again = Study(seeds, "district", Settings(n_boot=50), cache_dir=tmp_path).rhetoric()
    pd.testing.assert_frame_equal(again, expected)


def test_an_unwritable_cache_only_costs_time(seeds, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    s = Study(seeds, "district", Settings(n_boot=50), cache_dir=blocker)  # a file, not a folder
    assert len(s.rhetoric())


@pytest.mark.parametrize("design,message", [
    ({"by": "no_such_column"}, "not in the manifest"),
    ({"by": "district", "target": "万州区"}, "not a group"),
    ({"by": "district", "time": "no_date"}, "not in the manifest"),
    ({"by": "district", "unit": "sentences"}, "unit must be"),
])
def test_bad_designs_are_one_clear_error(seeds, design, message):
    with pytest.raises(ValueError, match=message):
        Study(seeds, Design(**design))


def test_one_group_is_no_comparison(seeds):
    one = seeds.assign(district="北碚区")
    with pytest.raises(ValueError, match="at least two groups"):
        Study(one, "district")


@pytest.mark.parametrize("settings,message", [
    ({"alpha": 1.5}, "alpha"), ({"n_boot": 0}, "n_boot"), ({"topic_method": "lsa"}, "topic_method")])
def test_bad_settings_are_one_clear_error(settings, message):
    with pytest.raises(ValueError, match=message):
        Settings(**settings)


def test_target_and_reference_follow_the_design(seeds):
    s = Study(seeds, Design(by="district", target="开州区"))
    assert (s.target, s.reference, s.targets) == ("开州区", "北碚区", ["开州区"])
    s = Study(seeds, "district")
    assert (s.target, s.reference, s.targets) == ("北碚区", "开州区", ["北碚区"])


def test_sample_articles_is_every_article_or_a_deterministic_spread_over_groups(seeds):
    s = Study(seeds, "district")
    assert s.sample_articles(6)["doc_id"].tolist() == seeds["doc_id"].tolist()
    many = pd.concat([seeds.assign(doc_id=seeds["doc_id"] + f"_{i}") for i in range(5)], ignore_index=True)
    m = Study(many, "district")
    picked = m.sample_articles(4)
    assert len(picked) == 4 and picked[m.by].value_counts().tolist() == [2, 2]
    assert picked["doc_id"].tolist() == m.sample_articles(4)["doc_id"].tolist()


def test_partitions_keep_whole_articles(seeds, monkeypatch):
    monkeypatch.setattr(work_module, "PARTITION_ARTICLES", 1)
    body = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "c"], "text": list("vwxyz")})
    parts = work_module.article_parts(body, "doc_id")
    assert [p["doc_id"].unique().tolist() for p in parts] == [["a"], ["b"], ["c"]]
    assert pd.concat(parts).equals(body)


@pytest.mark.slow
def test_the_dask_engine_gives_the_local_results(seeds, tmp_path):
    """Cleanup, rhetoric features and the topic k rule on a LocalCluster: identical results."""
    pytest.importorskip("dask.distributed")
    from zhframe.infra.engine import DaskEngine

    settings = Settings(n_boot=50, k_range=(2, 4), n_seeds=3, k_seeds=(0, 1))
    local = Study(seeds, "district", settings, cache=False)
    with DaskEngine(n_workers=2) as engine:
        distributed = Study(seeds, "district", settings, cache=False, engine=engine)
        pd.testing.assert_frame_equal(distributed.blocks, local.blocks)
        pd.testing.assert_frame_equal(distributed.features, local.features)
        a, b = distributed.topic_fit(), local.topic_fit()
        assert a.k == b.k
        pd.testing.assert_frame_equal(a.k_over_seeds, b.k_over_seeds)
        np.testing.assert_allclose(a.theta, b.theta)


def _compute_piece(args):
    """In another process: ask the study for one slow piece, logging each time it is computed."""
    import time

    seeds, folder, log = args
    s = Study(seeds, "district", Settings(n_boot=50), cache_dir=folder)

    def slow():
        with open(log, "a") as fh:
            fh.write("computed\n")
        time.sleep(1.5)
        return pd.DataFrame({"x": [1, 2]})

    return s._cached("slow-piece", slow).to_dict()


def test_a_piece_another_process_is_computing_is_waited_for_not_computed_again(seeds, tmp_path):
    from concurrent.futures import ProcessPoolExecutor

    log = tmp_path / "log.txt"
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(_compute_piece, [(seeds, tmp_path / "c", log)] * 2))
    assert results[0] == results[1] == {"x": {0: 1, 1: 2}}
    assert log.read_text().splitlines() == ["computed"]
