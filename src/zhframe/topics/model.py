"""The topic model: NMF on TF-IDF or LDA on counts, as one scikit-learn estimator.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.exceptions import ConvergenceWarning
from sklearn.utils.validation import check_is_fitted

from zhframe.keywords import MaskedTokenizer


METHODS = ("nmf", "lda")


def _default_tokenizer():
    from zhframe.tokenize import Tokenizer

    return Tokenizer()


class TopicModel(TransformerMixin, BaseEstimator):
    """NMF on TF-IDF or LDA on counts, with the vectoriser built in.

    Parameters
    ----------
    method : {"nmf", "lda"}
    n_topics : int
    tokenizer : callable str -> list[str], optional
        Default: ``zhframe.tokenize.Tokenizer()`` (project dictionary and
        stopwords). Any picklable callable works (tests use ``str.split``).
    min_df, max_df : int or float
        Vocabulary limits as in scikit-learn's vectorisers. ``min_df=2``
        drops words seen in a single paragraph, which cannot link paragraphs
        into topics and only add noise; ``max_df=0.8`` drops words in more
        than 80 % of paragraphs (the corpus's shared subject, e.g. 党史).
    stop_words : iterable of str, optional
        Extra terms left out of the vocabulary, on top of the tokenizer's
        own stopwords; e.g. the group names (:func:`group_name_terms`), so that
        a topic is a theme rather than "the paragraphs that name 北碚".
    init : str or None
        NMF initialisation; None means ``"nndsvd"`` (deterministic for a given ``random_state``;
        its SVD is scikit-learn's randomized one, so another seed moves it a little). Ignored by LDA.
    max_iter : int or None
        None: 400 for NMF (coordinate descent, stops earlier at its tolerance),
        50 passes for batch LDA (which always runs every pass; 50 is enough for
        ~100 short documents and keeps ten restarts per k affordable).
    random_state : int

    Attributes
    ----------
    vectorizer_ : the fitted TfidfVectorizer (nmf) or CountVectorizer (lda)
    model_ : the fitted NMF or LatentDirichletAllocation
    components_ : ndarray (n_topics, n_terms), topics in reported order
    topic_order_ : ndarray, model topic index of each reported topic
    converged_ : bool or None
        NMF: True when it met its tolerance before ``max_iter`` (False: it stopped
        at the cap, and :func:`describe_k_choice` / the ``converged`` column of
        :func:`select_k` say so). None for LDA.
    n_iter_ : int, iterations run
    """

    def __init__(self, method: str = "nmf", n_topics: int = 5, tokenizer=None,
                 min_df: int | float = 2, max_df: int | float = 0.8, stop_words=None, init: str | None = None,
                 max_iter: int | None = None, random_state: int = 0):
        self.method = method
        self.n_topics = n_topics
        self.tokenizer = tokenizer
        self.min_df = min_df
        self.max_df = max_df
        self.stop_words = stop_words
        self.init = init
        self.max_iter = max_iter
        self.random_state = random_state

    # -- building blocks, shared with select_k
    def _check_params(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, got {self.method!r}")
        if not isinstance(self.n_topics, (int, np.integer)) or self.n_topics < 1:
            raise ValueError(f"n_topics must be a positive integer, got {self.n_topics!r}")

    def _make_vectorizer(self):
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        tok = self.tokenizer if self.tokenizer is not None else _default_tokenizer()
        if self.stop_words:
            # filtered here rather than by the vectoriser's stop_words, which
            # warns when a stop word is not itself a single token
            tok = MaskedTokenizer(tok, self.stop_words)
        cls = TfidfVectorizer if self.method == "nmf" else CountVectorizer
        return cls(tokenizer=tok, token_pattern=None, lowercase=False,
                   min_df=self.min_df, max_df=self.max_df)

    def _make_decomposer(self, n_topics: int, init: str | None, random_state: int):
        from sklearn.decomposition import NMF, LatentDirichletAllocation

        if self.method == "nmf":
            return NMF(n_components=n_topics, init=init or "nndsvd", max_iter=self.max_iter or 400,
                       random_state=random_state)
        return LatentDirichletAllocation(n_components=n_topics, learning_method="batch",
                                         max_iter=self.max_iter or 50, random_state=random_state)

    def _vectorize(self, texts) -> tuple[object, sp.csr_matrix]:
        from zhframe.tokenize import warm

        texts = _check_texts(texts)
        vec = self._make_vectorizer()
        warm(vec.tokenizer, texts)  # token lists from the disk cache, in one query
        try:
            X = vec.fit_transform(texts)
        except ValueError as err:  # sklearn: "empty vocabulary" / max_df < min_df
            raise ValueError(f"no vocabulary to model ({err}); lower min_df or raise max_df") from err
        return vec, X

    # -- sklearn API
    def fit(self, X, y=None):
        """Fit on ``X``, an iterable of document strings. Returns self."""
        self._check_params()
        self.vectorizer_, D = self._vectorize(X)
        if self.n_topics > min(D.shape):
            raise ValueError(f"n_topics={self.n_topics} exceeds the {D.shape[0]} documents x "
                             f"{D.shape[1]} terms")
        self.model_ = _fit_quietly(self._make_decomposer(self.n_topics, self.init,
                                                         self.random_state), D)
        self.converged_ = converged(self.model_)
        self.n_iter_ = int(getattr(self.model_, "n_iter_", 0))
        theta = _proportions(self.model_.transform(D), D)
        # report topics largest first; ties broken by the top term
        share = theta.mean(axis=0)
        top = [self.vectorizer_.get_feature_names_out()[np.argmax(c)]
               for c in self.model_.components_]
        self.topic_order_ = np.array(sorted(range(self.n_topics), key=lambda j: (-share[j], top[j])))
        self.components_ = self.model_.components_[self.topic_order_]
        return self

    def transform(self, X) -> np.ndarray:
        """Topic proportions of each document: ndarray (n_docs, n_topics), rows sum to 1.

        A document with no term of the vocabulary gets a row of zeros (not
        LDA's uniform prior), so it counts towards no topic.
        """
        check_is_fitted(self, "model_")
        D = self.vectorizer_.transform(_check_texts(X))
        return _proportions(self.model_.transform(D), D)[:, self.topic_order_]

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Names of the output columns: the topic labels (see :meth:`labels`)."""
        return np.asarray(self.labels(), dtype=object)

    def terms(self) -> np.ndarray:
        """The vocabulary (the vectoriser's feature names)."""
        check_is_fitted(self, "model_")
        return self.vectorizer_.get_feature_names_out()

    def top_terms(self, n: int = 10) -> pd.DataFrame:
        """Top ``n`` terms of each topic: DataFrame topic (1-based), rank, term, weight.

        Sorted by topic, then weight descending, ties broken by term.
        """
        check_is_fitted(self, "model_")
        return _top_terms_table(self.components_, self.terms(), n)

    def labels(self, n: int = 3) -> list[str]:
        """One label per topic: ``"T1 词一·词二·词三"`` from its top ``n`` terms."""
        tt = self.top_terms(n)
        return [f"T{k} " + "·".join(g["term"]) for k, g in tt.groupby("topic", sort=True)]


def _check_texts(texts) -> list[str]:
    if isinstance(texts, str):
        raise ValueError("expected an iterable of documents, got a single string")
    texts = [str(t) for t in texts]
    if not texts:
        raise ValueError("no documents")
    return texts


def _fit_quietly(model, X):
    # the ConvergenceWarning is not printed (it would repeat for every restart);
    # instead converged(model) says whether NMF met its tolerance, and the
    # TopicModel and select_k report it (converged_, the "converged" column).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return model.fit(X)


def converged(model) -> bool | None:
    """Whether a fitted NMF stopped at its tolerance before ``max_iter`` (None for LDA,
    whose batch updates run every pass)."""
    if not hasattr(model, "n_iter_") or not hasattr(model, "tol") or type(model).__name__ != "NMF":
        return None
    return bool(model.n_iter_ < model.max_iter)


def _proportions(W: np.ndarray, D) -> np.ndarray:
    W = np.asarray(W, dtype=float).copy()
    W[np.asarray(D.sum(axis=1)).ravel() == 0] = 0.0
    total = W.sum(axis=1, keepdims=True)
    return np.divide(W, total, out=np.zeros_like(W), where=total > 0)


def _top_indices(components: np.ndarray, n: int) -> list[list[int]]:
    """Indices of the top ``n`` terms per topic: weight descending, then term index."""
    out = []
    for row in components:
        order = np.lexsort((np.arange(len(row)), -row))  # last key is primary
        out.append([int(i) for i in order[:n] if row[i] > 0])
    return out


def _top_terms_table(components: np.ndarray, terms: np.ndarray, n: int) -> pd.DataFrame:
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    rows = []
    for k, row in enumerate(components, start=1):
        cand = [(float(row[i]), str(terms[i])) for i in np.flatnonzero(row > 0)]
        for rank, (w, t) in enumerate(sorted(cand, key=lambda p: (-p[0], p[1]))[:n], start=1):
            rows.append({"topic": k, "rank": rank, "term": t, "weight": w})
    return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])


# ---------------------------------------------------------------- per-document outputs

def representative_documents(docs: pd.DataFrame, theta: np.ndarray, labels: Sequence[str],
                             n: int = 3, text_col: str = "text") -> pd.DataFrame:
    """The ``n`` documents with the highest proportion of each topic.

    Parameters
    ----------
    docs : DataFrame, one row per document (as from :func:`make_documents`)
    theta : ndarray (n_docs, n_topics), from :meth:`TopicModel.transform`
    labels : topic labels, one per column of ``theta``

    Returns
    -------
    DataFrame: topic (1-based), label, rank, weight, then the columns of ``docs``
    (except any of those four names: a manifest may well have a ``topic`` column).
    Sorted by topic, weight descending, then reading order (row in ``docs``).
    Documents with zero weight on a topic are never listed for it.
    """
    theta = np.asarray(theta)
    if theta.shape != (len(docs), len(labels)):
        raise ValueError(f"theta has shape {theta.shape}; expected ({len(docs)}, {len(labels)})")
    added = ["topic", "label", "rank", "weight"]
    docs = docs.drop(columns=[c for c in added if c in docs.columns])
    parts = []
    for k in range(theta.shape[1]):
        order = np.lexsort((np.arange(len(docs)), -theta[:, k]))
        order = [i for i in order[:n] if theta[i, k] > 0]
        part = docs.iloc[order].copy()
        part.insert(0, "weight", theta[order, k])
        part.insert(0, "rank", np.arange(1, len(order) + 1))
        part.insert(0, "label", labels[k])
        part.insert(0, "topic", k + 1)
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def dominant_topics(theta: np.ndarray, labels: Sequence[str]) -> pd.Series:
    """Label of each document's largest topic (first label on ties; "" for empty rows)."""
    theta = np.asarray(theta)
    out = [labels[int(np.argmax(r))] if r.sum() > 0 else "" for r in theta]
    return pd.Series(out, name="topic", dtype=object)
