"""``python -m zhframe dfm --corpus DIR --out DIR``: the document-feature matrix, for R and others.

Writes three files to ``--out`` (created if needed), each through a temporary file and a
rename, so an interrupted run never leaves half a file:

- ``dfm.mtx``: the counts, documents x features, in Matrix Market coordinate format
  (integer, general), which ``Matrix::readMM`` and ``scipy.io.mmread`` read;
- ``features.txt``: the vocabulary, one feature a line, UTF-8, in column order (code point
  order, as scikit-learn's ``CountVectorizer`` sorts);
- ``docvars.csv``: one row per document in row order, UTF-8 without BOM: ``doc_id`` (the
  quanteda docname) first, then the manifest's own columns, then ``n_chars`` (body
  characters), ``n_tokens`` (the row's sum) and ``script`` (simplified / traditional / none,
  :func:`zhframe.tokenize.script.detect_script`).

The counts are the project tokenizer's words of every article's body paragraphs after
layout repair (:func:`zhframe.run.pipeline.run_pipeline`: the same counts every analysis
starts from), with the run's dictionaries and stopwords (``--dict``, ``--stopwords``,
``dictionary.txt``, ``stopwords.txt``); traditional articles are converted to simplified
before the cleanup (:func:`zhframe.tokenize.script.simplified_corpus`) and counted in
simplified words, so a traditional copy of a corpus gives the same matrix. ``--keep-all`` keeps stopwords, punctuation and numbers; ``--unit paragraphs`` gives
one row per body paragraph (docname ``<doc_id>.<n>``). In R::

    m <- Matrix::readMM("dfm.mtx")
    dimnames(m) <- list(read.csv("docvars.csv", encoding = "UTF-8")$doc_id,
                        readLines("features.txt", encoding = "UTF-8"))
    d <- quanteda::as.dfm(m)
    quanteda::docvars(d) <- read.csv("docvars.csv", encoding = "UTF-8")
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

#: The files the command writes, in the order it writes them.
FILES = ("dfm.mtx", "features.txt", "docvars.csv")


def add_arguments(parser) -> None:
    parser.add_argument("--corpus", default="seeds", help="corpus folder (default: seeds)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: CORPUS/manifest.csv)")
    parser.add_argument("--out", required=True, help="folder for dfm.mtx, features.txt and docvars.csv")
    parser.add_argument("--unit", choices=("articles", "paragraphs"), default="articles",
                        help="one row per article (default) or per body paragraph")
    parser.add_argument("--keep-all", action="store_true",
                        help="keep stopwords, punctuation and numbers (default: the project's filters)")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def document_matrix(corpus, tokenizer, unit: str = "articles"):
    """``(X, features, docvars)`` of ``corpus`` (:func:`zhframe.corpus.load_corpus`'s table):
    X a scipy CSR int64 matrix, documents x features, features sorted, docvars a DataFrame
    whose rows follow X's (manifest order; paragraphs in reading order within each article)."""
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp

    from zhframe.run.pipeline import run_pipeline
    from zhframe.tokenize.script import detect_script, simplified_corpus

    scripts = [detect_script(t) for t in corpus["text"]]
    corpus = simplified_corpus(corpus)   # traditional articles are cleaned and counted as simplified
    result = run_pipeline(corpus, tokenizer)
    paras = result.paragraphs
    own = [c for c in corpus.attrs.get("columns", []) if c != "doc_id" and c in corpus.columns]
    meta = corpus[["doc_id", *own]].astype(str).reset_index(drop=True)
    X = result.X.tocsr().astype(np.int64)
    if unit == "paragraphs":
        n = paras.groupby("doc_id", sort=False).cumcount() + 1
        docvars = pd.DataFrame({"doc_id": paras["doc_id"].astype(str) + "." + n.astype(str),
                                "article": paras["doc_id"].astype(str).to_numpy(), "paragraph": n.to_numpy()})
        docvars = docvars.merge(meta.rename(columns={"doc_id": "article"}), on="article", how="left")
        docvars["n_chars"] = paras["text"].str.len().to_numpy()
        docvars["script"] = docvars["article"].map(dict(zip(meta["doc_id"], scripts)))
    else:
        # Article rows: the sum of its paragraph rows (an article without body text is a zero row,
        # kept so that docvars and matrix rows stay aligned with the manifest).
        row = {d: i for i, d in enumerate(meta["doc_id"])}
        rows = paras["doc_id"].astype(str).map(row).to_numpy()
        G = sp.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, np.arange(len(rows)))),
                          shape=(len(meta), X.shape[0]))
        X = (G @ X).tocsr()
        chars = paras.groupby("doc_id", sort=False)["text"].apply(lambda s: int(s.str.len().sum()))
        docvars = meta.copy()
        docvars["n_chars"] = docvars["doc_id"].map(chars).fillna(0).astype(int)
        docvars["script"] = scripts
    X.sort_indices()
    docvars["n_tokens"] = np.asarray(X.sum(axis=1)).ravel().astype(int)
    cols = [c for c in docvars.columns if c not in ("n_chars", "n_tokens", "script")]
    return X, [str(t) for t in result.terms], docvars[cols + ["n_chars", "n_tokens", "script"]]


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_dfm(X, features: list[str], docvars, folder: str | os.PathLike) -> list[Path]:
    """Write :data:`FILES` for ``(X, features, docvars)`` into ``folder``; returns their paths.
    Bytes depend only on the inputs (no dates or versions in the header)."""
    import scipy.io

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    scipy.io.mmwrite(buf, X.tocoo(), field="integer", symmetry="general",
                     comment="documents x features (zhframe dfm); names in docvars.csv and features.txt")
    docs = io.StringIO()
    docvars.to_csv(docs, index=False, lineterminator="\n")
    payloads = {"dfm.mtx": buf.getvalue(),
                "features.txt": "".join(f + "\n" for f in features).encode("utf-8"),
                "docvars.csv": docs.getvalue().encode("utf-8")}
    out = []
    for name in FILES:
        _write_atomically(folder / name, payloads[name])
        out.append(folder / name)
    return out


def run(args) -> int:
    from zhframe.corpus import load_corpus
    from zhframe.tokenize import Tokenizer
    from zhframe.tokenize.dictionaries import dictionaries_from_args

    corpus = load_corpus(args.corpus, args.manifest)
    dictionaries_from_args(args, args.corpus, corpus)   # place names, dictionary.txt, stopwords.txt, --dict
    tokenizer = Tokenizer.keep_all() if args.keep_all else Tokenizer()
    X, features, docvars = document_matrix(corpus, tokenizer, args.unit)
    paths = write_dfm(X, features, docvars, args.out)
    print(f"zhframe dfm: {X.shape[0]} documents x {X.shape[1]} features, {int(X.sum())} tokens; "
          f"wrote {', '.join(str(p) for p in paths)}", file=sys.stderr)
    return 0
