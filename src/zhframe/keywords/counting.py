"""Counting: paragraphs in, sparse term-count matrices and per-group frequencies out.

Also the input checks every keyword function shares, and the corpus -> paragraphs /
default tokenizer helpers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

Tokenizer = Callable[[str], list]


def _check_paragraphs(paragraphs: pd.DataFrame, by: str | None = None,
                      text: str = "text") -> None:
    if not isinstance(paragraphs, pd.DataFrame):
        raise ValueError(f"paragraphs must be a DataFrame, got {type(paragraphs).__name__}")
    needed = [text] + ([by] if by is not None else [])
    missing = [c for c in needed if c not in paragraphs.columns]
    if missing:
        raise ValueError(f"paragraphs lack column(s) {', '.join(missing)} "
                         f"(they have: {', '.join(map(str, paragraphs.columns))})")
    if len(paragraphs) == 0:
        raise ValueError("no paragraphs")


def count_matrix(texts: Sequence[str], tokenizer: Tokenizer) -> tuple[sp.csr_matrix, np.ndarray]:
    """Term counts per text.

    Returns ``(X, terms)``: ``X`` a sparse int matrix (n_texts, n_terms), ``terms``
    the sorted vocabulary (scikit-learn's CountVectorizer with ``tokenizer`` and
    ``token_pattern=None``; no lowercasing, so Latin tokens stay as written).
    """
    from sklearn.feature_extraction.text import CountVectorizer

    from zhframe.tokenize import warm

    texts = list(texts)
    warm(tokenizer, texts)  # token lists from the disk cache, in one query
    vec = CountVectorizer(tokenizer=tokenizer, token_pattern=None, lowercase=False)
    try:
        X = vec.fit_transform(texts)
    except ValueError as exc:  # "empty vocabulary": every token masked or filtered
        raise ValueError(f"no tokens to count ({exc})") from None
    return X.tocsr(), vec.get_feature_names_out()


def _target_mask(paragraphs: pd.DataFrame, by: str, target) -> np.ndarray:
    values = paragraphs[by].astype(str)
    target = str(target)
    groups = sorted(values.unique())
    if target not in groups:
        raise ValueError(f"target {target!r} is not a value of column {by!r} "
                         f"(values: {', '.join(groups)})")
    if len(groups) < 2:
        raise ValueError(f"column {by!r} has only one value ({target!r}): nothing to compare with")
    return (values == target).to_numpy()


def group_frequencies(paragraphs: pd.DataFrame, by: str, tokenizer: Tokenizer) -> pd.DataFrame:
    """Token counts of every term per group: a DataFrame indexed by term, one column per group."""
    _check_paragraphs(paragraphs, by)
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    values = paragraphs[by].astype(str).to_numpy()
    groups = sorted(set(values))
    data = {g: np.asarray(X[values == g].sum(axis=0)).ravel() for g in groups}
    return pd.DataFrame(data, index=pd.Index(terms, name="term"))


def corpus_paragraphs(corpus: pd.DataFrame) -> pd.DataFrame:
    """Body paragraphs of a loaded corpus (:func:`zhframe.corpus.load_corpus`).

    :func:`zhframe.cleanup.body_paragraphs` of :func:`zhframe.cleanup.clean_corpus`:
    one row per paragraph, with the corpus's metadata columns, ``doc_id``,
    ``para`` and ``text``.
    """
    from zhframe.cleanup import body_paragraphs, clean_corpus

    return body_paragraphs(clean_corpus(corpus)).reset_index(drop=True)


def default_tokenizer():
    """The project tokenizer, :class:`zhframe.tokenize.Tokenizer` with its defaults."""
    from zhframe.tokenize import Tokenizer

    return Tokenizer()
