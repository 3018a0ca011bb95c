"""The per-article pipeline (cleanup, tokenization, counting), locally or on Dask.

Every analysis starts the same way: repair each article's layout
(:mod:`zhframe.cleanup`), tokenize its body paragraphs
(:class:`zhframe.tokenize.Tokenizer`) and count terms per paragraph. Those steps
are independent per article, so they are written here as pure functions of a
*partition* (a list of articles) and run by an engine:

- ``engine="local"``: in this process;
- ``engine="dask"``: as a ``dask.bag`` over partitions, on a
  ``dask.distributed`` cluster when a ``client`` (or its ``address``) is given,
  else on dask's local multiprocessing scheduler. Nothing is home-made: Dask
  schedules, ships the picklable tokenizer, and retries lost work.

Point it at a real cluster with the scheduler's address::

    from dask.distributed import Client
    result = run_pipeline(corpus, engine="dask", client=Client("tcp://scheduler:8786"))

(the workers need ``pip install zhframe[dask]``; each keeps its own disk
cache unless ``ZHFRAME_CACHE_DIR`` points at shared storage).

Each partition returns its articles' block rows and a paragraph x term count
matrix over its *own* sorted vocabulary; :func:`merge_counts` maps them onto the
sorted union, so only sparse integer matrices and vocabularies cross the
network, never one dense document-term matrix. The result is identical,
engine for engine, to ``clean_corpus`` followed by
``keywords.count_matrix`` on the body paragraphs (tests check both).

Caching: cleanup blocks and token lists come from the content-keyed caches
(``cleanup.sqlite``, ``tokens.sqlite``); the final count matrix is stored as
``counts/<key>.npz`` under a key hashing the tokenizer's fingerprint and every
body paragraph, so a rerun over unchanged text reads blocks and one matrix.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

ENGINES = ("local", "dask")
COUNTS_FORMAT = 1  # bump when the meaning of a cached count matrix changes


@dataclass
class PipelineResult:
    """What :func:`run_pipeline` returns.

    ``blocks``: :func:`zhframe.cleanup.clean_corpus`'s table; ``paragraphs``:
    :func:`zhframe.cleanup.body_paragraphs` of it; ``X``: sparse int CSR
    (paragraphs x terms), row ``i`` counting ``paragraphs.text[i]``; ``terms``:
    the sorted vocabulary (object array), as scikit-learn's
    ``CountVectorizer(tokenizer=tok, token_pattern=None, lowercase=False)``.
    """

    blocks: pd.DataFrame
    paragraphs: pd.DataFrame
    X: sp.csr_matrix
    terms: np.ndarray


# ---------------------------------------------------------------- pure functions

def count_tokens(token_lists) -> tuple[sp.csr_matrix, np.ndarray]:
    """Term counts of each token list: ``(X, terms)``, terms sorted (code point order)."""
    vocab: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for tokens in token_lists:
        for t in tokens:
            j = vocab.get(t)
            if j is None:
                j = vocab[t] = len(vocab)
            indices.append(j)
        indptr.append(len(indices))
    local = np.array(list(vocab), dtype=object)
    order = np.argsort(local, kind="stable") if len(local) else np.zeros(0, dtype=np.intp)
    rank = np.empty(len(local), dtype=np.int64)
    rank[order] = np.arange(len(local))
    idx = rank[np.asarray(indices, dtype=np.int64)] if indices else np.zeros(0, dtype=np.int64)
    X = sp.csr_matrix((np.ones(len(idx), dtype=np.int64), idx, np.asarray(indptr, dtype=np.int64)),
                      shape=(len(indptr) - 1, len(local)))
    X.sum_duplicates()  # adds repeated tokens of a paragraph and sorts indices
    return X, local[order]


def merge_counts(parts) -> tuple[sp.csr_matrix, np.ndarray]:
    """Stack ``[(X, terms), ...]`` (each over its own sorted vocabulary) on the sorted union."""
    parts = list(parts)
    terms = np.array(sorted(set().union(*[set(t) for _, t in parts])), dtype=object)
    index = {t: j for j, t in enumerate(terms)}
    blocks = []
    for X, local in parts:
        X = sp.csr_matrix(X)
        remap = np.fromiter((index[t] for t in local), dtype=np.int64, count=len(local))
        Y = sp.csr_matrix((X.data.astype(np.int64), remap[X.indices] if X.nnz else X.indices,
                           X.indptr), shape=(X.shape[0], len(terms)))
        Y.sort_indices()
        blocks.append(Y)
    X = sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, len(terms)), dtype=np.int64)
    return X, terms


def process_partition(texts: list[str], tokenizer, cache: bool = True, cache_dir=None):
    """Cleanup, tokenization and counting of one partition of articles.

    Returns ``(block_rows, X, terms)``: each article's block rows (the JSON-able
    form :func:`zhframe.cleanup.clean_corpus` caches), and the counts of its body
    paragraphs, in article then reading order, over the partition's sorted vocabulary.
    """
    from zhframe.cleanup import cached_block_rows as _cached_rows

    rows = _cached_rows(texts, cache, cache_dir)
    body = [r[2] for article in rows for r in article if r[1] == "body"]
    if hasattr(tokenizer, "tokenize_many"):
        tokens = tokenizer.tokenize_many(body)
    else:
        tokens = [tokenizer(t) for t in body]
    X, terms = count_tokens(tokens)
    return rows, X, terms


# ---------------------------------------------------------------- engines

def _partitions(n: int, npartitions: int) -> list[tuple[int, int]]:
    npartitions = max(1, min(npartitions, n))
    bounds = np.linspace(0, n, npartitions + 1).round().astype(int)
    return [(int(a), int(b)) for a, b in zip(bounds[:-1], bounds[1:]) if b > a]


def _run_engine(func, chunks: list, engine: str, client=None, address: str | None = None):
    if engine == "local":
        return [func(c) for c in chunks]
    import dask.bag as db

    bag = db.from_sequence(chunks, npartitions=len(chunks)).map(func)
    if client is None and address is None:
        return bag.compute(scheduler="processes")
    from dask.distributed import Client

    own = Client(address) if client is None else None
    try:
        return bag.compute(scheduler=(client or own).get)
    finally:
        if own is not None:
            own.close()


class _Partition:
    """Picklable ``texts -> process_partition(texts, ...)`` for Dask workers."""

    def __init__(self, tokenizer, cache: bool, cache_dir):
        self.tokenizer, self.cache, self.cache_dir = tokenizer, cache, cache_dir

    def __call__(self, texts):
        return process_partition(texts, self.tokenizer, self.cache, self.cache_dir)


# ---------------------------------------------------------------- driver

def _counts_path(tokenizer, paragraphs: list[str], cache_dir) -> Path | None:
    fingerprint = getattr(tokenizer, "fingerprint", None)
    if not isinstance(fingerprint, str):
        return None  # an arbitrary callable: nothing reliable to key on
    from zhframe.infra.cache import content_key, default_cache_dir, source_fingerprint

    # one hash over all paragraphs (their lengths make the joined text unambiguous):
    # a key per paragraph cost 0.5 s of a 100 MB rerun
    key = content_key(source_fingerprint("zhframe.run.pipeline"), str(COUNTS_FORMAT), fingerprint,
                      content_key(",".join(map(str, map(len, paragraphs)))),
                      content_key("\0".join(paragraphs)))
    return Path(cache_dir if cache_dir is not None else default_cache_dir()) / "counts" / f"{key}.npz"


def _load_counts(path: Path):
    try:
        with np.load(path, allow_pickle=False) as z:
            X = sp.csr_matrix((z["data"], z["indices"], z["indptr"]), shape=tuple(z["shape"]))
            terms = np.array(json.loads(str(z["terms"])), dtype=object)
        return X, terms
    except (OSError, ValueError, KeyError):
        return None


def _save_counts(path: Path, X: sp.csr_matrix, terms: np.ndarray) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
        np.savez(tmp, data=X.data, indices=X.indices, indptr=X.indptr, shape=np.array(X.shape),
                 terms=np.array(json.dumps(list(terms), ensure_ascii=False)))
        os.replace(tmp, path)
    except OSError:
        pass  # the cache only saves time


def run_pipeline(corpus: pd.DataFrame, tokenizer=None, engine: str = "local", client=None,
                 address: str | None = None, npartitions: int | None = None,
                 cache: bool = True, cache_dir: str | os.PathLike | None = None) -> PipelineResult:
    """Clean, tokenize and count every article of ``corpus``.

    Parameters
    ----------
    corpus : DataFrame
        :func:`zhframe.corpus.load_corpus`'s table (``doc_id``, ``file``, ``text``, metadata).
    tokenizer : callable str -> list of str, optional
        Default ``zhframe.tokenize.Tokenizer()``. Must be picklable for Dask.
    engine : {"local", "dask"}
    client : dask.distributed.Client, optional
        Run on this cluster (``engine="dask"``).
    address : str, optional
        Or connect to the scheduler at this address (``"tcp://scheduler:8786"``)
        for the duration of the call.
    npartitions : int, optional
        Partitions of articles (default: 1 locally, 4 per core with Dask).
    cache, cache_dir : the content-keyed caches (see the module docstring).

    Returns
    -------
    PipelineResult
    """
    from zhframe.cleanup import COLUMNS, blocks_table, body_paragraphs
    from zhframe.corpus import ADDED_COLUMNS

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
    if (client is not None or address is not None) and engine != "dask":
        raise ValueError("client/address need engine='dask'")
    missing = [c for c in ("doc_id", "file", "text") if c not in corpus.columns]
    if missing:
        raise ValueError(f"corpus lacks column(s) {', '.join(missing)}; use load_corpus()")
    if tokenizer is None:
        from zhframe.tokenize import Tokenizer

        tokenizer = Tokenizer()
    from zhframe.cleanup import check_text as _check_text

    records = corpus.to_dict("records")
    for rec in records:
        _check_text(rec["text"], rec["file"])
    texts = [r["text"] for r in records]
    if npartitions is None:
        npartitions = 1 if engine == "local" else 4 * (os.cpu_count() or 1)
    chunks = [texts[a:b] for a, b in _partitions(len(texts), npartitions)]
    meta = [c for c in corpus.columns if c not in ADDED_COLUMNS and c not in ("doc_id", "file")
            and c not in COLUMNS]

    # a rerun over unchanged text: cached blocks and one cached matrix, no engine at all
    path = None
    if cache:
        from zhframe.cleanup import cached_block_rows as _cached_rows

        rows = _cached_rows(texts, True, cache_dir, compute=False)
    if cache and all(r is not None for r in rows):
        blocks = blocks_table(records, rows, meta)
        paragraphs = body_paragraphs(blocks)
        path = _counts_path(tokenizer, paragraphs["text"].tolist(), cache_dir)
        loaded = _load_counts(path) if path is not None and path.exists() else None
        if loaded is not None:
            return PipelineResult(blocks, paragraphs, *loaded)
    parts = _run_engine(_Partition(tokenizer, cache, cache_dir), chunks, engine, client, address)
    if path is None:
        rows = [r for part, _, _ in parts for r in part]
        blocks = blocks_table(records, rows, meta)
        paragraphs = body_paragraphs(blocks)
        if cache:
            path = _counts_path(tokenizer, paragraphs["text"].tolist(), cache_dir)
    X, terms = merge_counts([(X, t) for _, X, t in parts])
    if path is not None:
        _save_counts(path, X, terms)
    return PipelineResult(blocks, paragraphs, X, terms)
