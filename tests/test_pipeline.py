"""Tests of zhframe.run.pipeline: counting, merging, local and Dask engines, the rerun cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from zhframe.run import pipeline
from zhframe.cleanup import body_paragraphs, clean_corpus
from zhframe.corpus import load_corpus
from zhframe.keywords import count_matrix
from zhframe.run.pipeline import count_tokens, merge_counts, run_pipeline
from zhframe.tokenize import Tokenizer

ROOT = Path(__file__).resolve().parents[1]


def test_count_tokens_counts_per_list_over_a_sorted_vocabulary():
    X, terms = count_tokens([["乙", "甲", "乙"], [], ["丙"]])
    assert list(terms) == sorted(["乙", "甲", "丙"])
    dense = X.toarray()  # 3 x 3, hand-checked
    col = {t: j for j, t in enumerate(terms)}
    assert dense[0, col["乙"]] == 2 and dense[0, col["甲"]] == 1 and dense[1].sum() == 0
    assert dense[2, col["丙"]] == 1 and X.shape == (3, 3)


def test_merge_counts_maps_each_part_onto_the_union():
    a = count_tokens([["b", "a"]])
    b = count_tokens([["c"], ["a", "a"]])
    X, terms = merge_counts([a, b])
    assert list(terms) == ["a", "b", "c"]
    assert X.toarray().tolist() == [[1, 1, 0], [0, 0, 1], [2, 0, 0]]


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(ROOT / "seeds")


def _same(result, blocks, X, terms):
    pd.testing.assert_frame_equal(result.blocks, blocks)
    pd.testing.assert_frame_equal(result.paragraphs, body_paragraphs(blocks))
    assert list(result.terms) == list(terms)
    assert (result.X != X).nnz == 0 and result.X.shape == X.shape


def test_local_engine_equals_cleanup_then_count_matrix(seeds, tmp_path):
    tok = Tokenizer(cache_dir=tmp_path)
    blocks = clean_corpus(seeds, cache=False)
    X, terms = count_matrix(body_paragraphs(blocks)["text"].tolist(), Tokenizer(cache=False))
    for npartitions in (1, 2):
        _same(run_pipeline(seeds, tok, npartitions=npartitions, cache=False), blocks, X, terms)


def test_dask_engine_on_a_local_cluster_gives_identical_results(seeds, tmp_path):
    from dask.distributed import Client, LocalCluster

    tok = Tokenizer(cache=False)
    local = run_pipeline(seeds, tok, cache=False)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        on_dask = run_pipeline(seeds, tok, engine="dask", client=client, npartitions=2, cache=False)
    _same(on_dask, local.blocks, local.X, local.terms)


def test_a_rerun_over_unchanged_text_reads_the_caches(seeds, tmp_path, monkeypatch):
    tok = Tokenizer(cache_dir=tmp_path)
    first = run_pipeline(seeds, tok, cache_dir=tmp_path)
    assert list((tmp_path / "counts").glob("*.npz"))
    monkeypatch.setattr(pipeline, "process_partition", lambda *a, **k: pytest.fail("not cached"))
    again = run_pipeline(seeds, Tokenizer(cache_dir=tmp_path), cache_dir=tmp_path)
    _same(again, first.blocks, first.X, first.terms)
    assert isinstance(again.terms, np.ndarray)
    # another configuration is another key: recomputed
    monkeypatch.undo()
    other = run_pipeline(seeds, Tokenizer(cache_dir=tmp_path, stopwords=False), cache_dir=tmp_path)
    assert len(other.terms) > len(first.terms)


def test_bad_engine_and_client_without_dask_are_refused(seeds):
    with pytest.raises(ValueError, match="engine"):
        run_pipeline(seeds, engine="spark")
    with pytest.raises(ValueError, match="dask"):
        run_pipeline(seeds, address="tcp://nowhere:8786")
    with pytest.raises(ValueError, match="text"):
        run_pipeline(seeds.drop(columns=["text"]))
