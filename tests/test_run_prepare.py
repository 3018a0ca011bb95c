"""Before the notebooks, a large corpus is read and cleaned with one process per core
(zhframe.corpus.load's ``jobs``, zhframe.run.prepare): same results as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from zhframe.corpus import load_corpus
from zhframe.infra.errors import InputError
from zhframe.run import prepare as P

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import corpusgen  # noqa: E402


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages") / "corpus"
    corpusgen.generate(out, pages=220, n_places=12, seed=3)
    return out


def test_reading_with_two_processes_gives_the_same_corpus(pages, tmp_path):
    one = load_corpus(pages, cache=False)
    two = load_corpus(pages, cache=False, jobs=2)
    assert one.equals(two) and len(one) == 220
    cached = load_corpus(pages, cache_dir=tmp_path, jobs=2)  # fills the cache
    assert cached.equals(one) and load_corpus(pages, cache_dir=tmp_path).equals(one)


def test_the_first_bad_file_in_manifest_order_is_named_with_two_processes(pages, tmp_path):
    import csv
    import hashlib
    import shutil

    copy = tmp_path / "c"
    shutil.copytree(pages, copy)
    rows = list(csv.DictReader(open(copy / "manifest.csv", encoding="utf-8-sig")))
    for i in (150, 40):  # two undecodable files: the earlier one is named
        f = copy / rows[i]["file"]
        f.write_bytes(b"\x00\x01binary\x00" * 50)
        rows[i]["sha256"] = hashlib.sha256(f.read_bytes()).hexdigest()
    with open(copy / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(InputError) as one:
        load_corpus(copy, cache=False)
    with pytest.raises(InputError) as two:
        load_corpus(copy, cache=False, jobs=2)
    assert str(one.value) == str(two.value) and rows[40]["file"] in str(two.value)


def test_prepare_fills_the_caches_the_notebooks_read(pages, tmp_path, monkeypatch):
    from zhframe.cleanup import body_paragraphs, clean_corpus
    from zhframe.tokenize import Tokenizer

    monkeypatch.setenv("ZHFRAME_CACHE_DIR", str(tmp_path / "cache"))
    df = load_corpus(pages, cache=False)
    assert P.prepare(df.head(P.MIN_ARTICLES - 1), 2) == 0  # small: left to the notebooks
    n = P.prepare(df, 2)
    body = body_paragraphs(clean_corpus(df, cache=False))
    assert n == len(body) > 0
    # every paragraph's tokens are now in the disk cache: reading them tokenizes nothing
    tok = Tokenizer()
    monkeypatch.setattr(type(tok), "_call", lambda self, t: pytest.fail("tokenized again"))
    assert len(tok.tokenize_many(body["text"])) == len(body)
