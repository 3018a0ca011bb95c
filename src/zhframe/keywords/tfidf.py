"""TF-IDF per group: mean paragraph TF-IDF and class-based TF-IDF."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe.keywords.counting import Tokenizer, _check_paragraphs, count_matrix


def _top_by_group(scores: np.ndarray, groups: Sequence, terms: np.ndarray, top_n: int,
                  by: str) -> pd.DataFrame:
    rows = []
    for g, row in zip(groups, scores):
        order = np.lexsort((terms, -row))[:top_n]
        for rank, j in enumerate(order, start=1):
            if row[j] > 0:
                rows.append({by: g, "rank": rank, "term": terms[j], "score": float(row[j])})
    return pd.DataFrame(rows, columns=[by, "rank", "term", "score"])


def tfidf_by_group(paragraphs: pd.DataFrame, by: str, tokenizer: Tokenizer, top_n: int = 20,
                   **vectorizer_params) -> pd.DataFrame:
    """Top terms of each group by mean paragraph TF-IDF.

    Each paragraph is a document for scikit-learn's ``TfidfVectorizer``
    (``tokenizer``, ``token_pattern=None``, no lowercasing; its defaults
    otherwise: smoothed idf, l2-normalised rows); a group's score for a term is
    the mean of its paragraphs' TF-IDF weights (0 where absent).

    Returns a long DataFrame ``[by, rank, term, score]``, groups sorted,
    ranks 1..top_n (ties by term).

    Why paragraphs: idf over two articles takes only two values; over
    paragraphs it separates words spread through an article from words
    concentrated in a passage.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    _check_paragraphs(paragraphs, by)
    params = {"lowercase": False, **vectorizer_params}
    from zhframe.tokenize import warm

    texts = paragraphs["text"].tolist()
    warm(tokenizer, texts)
    vec = TfidfVectorizer(tokenizer=tokenizer, token_pattern=None, **params)
    W = vec.fit_transform(texts)
    terms = vec.get_feature_names_out()
    values = paragraphs[by].astype(str).to_numpy()
    groups = sorted(set(values))
    means = np.vstack([np.asarray(W[values == g].mean(axis=0)).ravel() for g in groups])
    return _top_by_group(means, groups, terms, top_n, by)


def class_tfidf(counts) -> np.ndarray:
    """Class-based TF-IDF (c-TF-IDF) of a class-by-term count matrix.

    Grootendorst, M. (2022). BERTopic: neural topic modeling with a
    class-based TF-IDF procedure. arXiv:2203.05794 (eq. 1).

    ``W[c, t] = tf[c, t] * log(1 + A / f[t])`` where ``tf`` is the term's
    frequency in class ``c`` normalised by the class's token total (L1, as in
    BERTopic's ``ClassTfidfTransformer``), ``f[t]`` the term's frequency over
    all classes and ``A`` the average number of tokens per class.

    Why: it treats all of a district's text as one document, so a term weighs
    by how much of that district's text it takes, discounted by how common it
    is across districts; it works with two classes where idf does not.
    """
    C = np.asarray(counts.todense() if sp.issparse(counts) else counts, dtype=float)
    sizes = C.sum(axis=1, keepdims=True)
    tf = np.divide(C, sizes, out=np.zeros_like(C), where=sizes > 0)
    f = C.sum(axis=0)
    A = C.sum() / C.shape[0]
    idf = np.log(1.0 + np.divide(A, f, out=np.zeros_like(f), where=f > 0))
    return tf * idf


def ctfidf_by_group(paragraphs: pd.DataFrame, by: str, tokenizer: Tokenizer,
                    top_n: int = 20) -> pd.DataFrame:
    """Top terms of each group by :func:`class_tfidf` (groups as classes).

    Returns ``[by, rank, term, score]`` like :func:`tfidf_by_group`.
    """
    _check_paragraphs(paragraphs, by)
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    values = paragraphs[by].astype(str).to_numpy()
    groups = sorted(set(values))
    counts = np.vstack([np.asarray(X[values == g].sum(axis=0)).ravel() for g in groups])
    return _top_by_group(class_tfidf(counts), groups, terms, top_n, by)
