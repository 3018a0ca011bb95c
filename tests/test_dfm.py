"""The document-feature matrix export: Matrix Market counts, features, docvars, read back."""

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
import scipy.io

from zhframe.corpus import load_corpus
from zhframe.run.cli import main
from zhframe.run.commands.dfm import FILES, document_matrix
from zhframe.tokenize import Tokenizer, dictionaries, stopwords

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in (stopwords.ENV, dictionaries.ENV):
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("dfm")
    assert main(["dfm", "--corpus", str(SEEDS), "--out", str(out)]) == 0
    return out


def _read(out):
    X = scipy.io.mmread(str(out / "dfm.mtx")).tocsr()
    features = (out / "features.txt").read_text(encoding="utf-8").splitlines()
    docvars = pd.read_csv(out / "docvars.csv", dtype=str, keep_default_na=False)
    return X, features, docvars


def test_export_loads_back_and_counts_match_the_tokenizer(exported):
    X, features, docvars = _read(exported)
    assert sorted(p.name for p in exported.iterdir()) == sorted(FILES)
    assert X.shape == (len(docvars), len(features)) and X.shape[0] == 2
    assert features == sorted(features) and len(set(features)) == len(features)
    assert list(docvars["doc_id"]) == ["beibei-2021", "kaizhou-2021"]      # manifest order
    assert {"district", "year", "title"} <= set(docvars.columns)
    # counts against the tokenizer on each article's body paragraphs (cleanup's reading)
    from zhframe.cleanup import body_paragraphs, clean_corpus

    corpus = load_corpus(SEEDS)
    paras = body_paragraphs(clean_corpus(corpus))
    tok = Tokenizer()
    for i, doc in enumerate(docvars["doc_id"]):
        expected = Counter(t for text in paras.loc[paras["doc_id"] == doc, "text"] for t in tok(text))
        row = X.getrow(i)
        got = {features[j]: int(v) for j, v in zip(row.indices, row.data)}
        assert got == dict(expected)
        assert int(docvars.loc[i, "n_tokens"]) == sum(expected.values()) > 500
    assert set(docvars["script"]) == {"simplified"}


def test_export_is_byte_identical_run_to_run(exported, tmp_path):
    assert main(["dfm", "--corpus", str(SEEDS), "--out", str(tmp_path)]) == 0
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (exported / name).read_bytes()
    head = (exported / "dfm.mtx").read_text(encoding="ascii").splitlines()[0]
    assert head == "%%MatrixMarket matrix coordinate integer general"


def test_paragraph_rows_sum_to_the_article_rows(exported, tmp_path):
    assert main(["dfm", "--corpus", str(SEEDS), "--out", str(tmp_path), "--unit", "paragraphs"]) == 0
    X, features, docvars = _read(tmp_path)
    A, afeatures, adocvars = _read(exported)
    assert features == afeatures and X.shape[0] == len(docvars) > 2
    assert docvars["doc_id"].iloc[0] == "beibei-2021.1"
    for i, doc in enumerate(adocvars["doc_id"]):
        rows = (docvars["article"] == doc).to_numpy()
        assert (X[rows].sum(axis=0) == A[i].toarray()).all()


def test_traditional_copy_gives_the_same_matrix(exported, tmp_path):
    """A corpus in traditional characters (the seeds through OpenCC s2t) gives the seeds' counts."""
    from zhframe.tokenize.script import to_traditional
    import hashlib

    corpus = tmp_path / "trad"
    corpus.mkdir()
    manifest = pd.read_csv(SEEDS / "manifest.csv", dtype=str, keep_default_na=False)
    for k, row in manifest.iterrows():
        data = to_traditional((SEEDS / row["file"]).read_text(encoding="utf-8")).encode("utf-8")
        (corpus / row["file"]).write_bytes(data)
        manifest.loc[k, "sha256"] = hashlib.sha256(data).hexdigest()
    manifest.to_csv(corpus / "manifest.csv", index=False)
    out = tmp_path / "out"
    assert main(["dfm", "--corpus", str(corpus), "--out", str(out)]) == 0
    X, features, docvars = _read(out)
    A, afeatures, _ = _read(exported)
    assert features == afeatures and (X != A).nnz == 0
    assert set(docvars["script"]) == {"traditional"}


def test_keep_all_keeps_punctuation(tmp_path):
    corpus = load_corpus(SEEDS)
    X, features, docvars = document_matrix(corpus, Tokenizer.keep_all())
    assert "，" in features and "的" in features


def test_bad_corpus_is_one_error_line(tmp_path, capsys):
    assert main(["dfm", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "corpus folder not found" in err[0]


R_SNIPPET = """
m <- Matrix::readMM("dfm.mtx")
dv <- read.csv("docvars.csv", encoding = "UTF-8", colClasses = "character")
dimnames(m) <- list(dv$doc_id, readLines("features.txt", encoding = "UTF-8"))
cat(nrow(m), ncol(m), sum(m), "\\n")
cat(m["beibei-2021", "党史学习教育"], "\\n")
"""


def _r_with_matrix() -> bool:
    if shutil.which("Rscript") is None:
        return False
    probe = subprocess.run(["Rscript", "-e", "quit(status = !requireNamespace('Matrix', quietly = TRUE))"],
                           capture_output=True)
    return probe.returncode == 0


def test_r_reads_the_export(exported):
    """The README's R snippet, run by R on the export (skipped, saying so, without R)."""
    if not _r_with_matrix():
        pytest.skip("Rscript with the Matrix package not found: the R snippet of the README is not run "
                    "(the scipy/pandas test above reads the same files)")
    X, features, docvars = _read(exported)
    out = subprocess.run(["Rscript", "-e", R_SNIPPET], cwd=exported, capture_output=True, text=True,
                         check=True).stdout.split()
    assert [int(v) for v in out] == [X.shape[0], X.shape[1], int(X.sum()),
                                     int(X[0, features.index("党史学习教育")])]
