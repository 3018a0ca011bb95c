"""Topic models over paragraphs: which themes each group gives its space to.

Documents are body paragraphs (from :func:`zhframe.cleanup.body_paragraphs`),
or, for a finer grain, windows of ``n`` consecutive sentences inside a
paragraph (:func:`make_documents`). Two models are offered, both from
scikit-learn, wrapped in one estimator, :class:`TopicModel`:

- ``method="nmf"``: non-negative matrix factorisation of the TF-IDF matrix
  (Lee & Seung 1999), initialised with NNDSVD (Boutsidis & Gallopoulos 2008),
  which is deterministic and gives sparse, readable topics. On short texts
  and small corpora NMF on TF-IDF usually gives cleaner topics than LDA
  (O'Callaghan et al. 2015, *Expert Systems with Applications* 42(13)), so it
  is the default.
- ``method="lda"``: latent Dirichlet allocation on raw counts (Blei, Ng &
  Jordan 2003; variational Bayes of Hoffman, Blei & Bach 2010), batch
  learning with a fixed ``random_state``.

Topics are numbered by their overall share of the fitted documents (topic 1
is the largest); labels are built from the top terms.

**Prevalence by group** (:func:`topic_prevalence`) is the share of a group's
text in each topic: each unit's topic proportions weighted by its length in
*characters* (the space the newspaper gave it, independent of the
tokeniser), summed per group and divided by the group's characters.
Intervals come from the stratified paragraph bootstrap of
:mod:`zhframe.stats`. The model is **not refitted** per replicate: the
bootstrap resamples paragraphs given the fitted topics, so intervals show
how much the shares depend on which paragraphs a district happened to
print, not how much the topics themselves would change with other
paragraphs. That second uncertainty is measured separately by the stability
analysis of :func:`select_k`; refitting per replicate would also require
matching topics across replicates, which on ~60 paragraphs is itself unstable.

**Choosing k** (:func:`select_k`): for each k, (1) *stability*, the mean
best-match Jaccard similarity of the top-10 terms between models fitted
from different random starts (topics matched one-to-one with the Hungarian
algorithm; in the spirit of Greene, O'Callaghan & Cunningham 2014, "How many
topics? Stability analysis for topic models", ECML PKDD), and (2) *NPMI
coherence* of the reported model's topics (Bouma 2009; document
co-occurrence as in Röder, Both & Hinneburg 2015, with paragraphs as the
documents). NMF with NNDSVD always returns the same factorisation, so the
restarts use ``init="random"``; otherwise "stability" would trivially be 1.
The rule (:func:`choose_k`): among the ks where every topic is the main
topic of at least 3 paragraphs (smaller topics are one paragraph's
vocabulary, trivially "coherent"), and whose coherence is within
``tolerance`` of the best of those, the most stable one; ties go to the
smaller k.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.exceptions import ConvergenceWarning
from sklearn.utils.validation import check_is_fitted

from zhframe.keywords import MaskedTokenizer, self_reference_terms
from zhframe.stats import bootstrap_group_sums, percentile_interval

METHODS = ("nmf", "lda")


# ---------------------------------------------------------------- documents

def make_documents(paragraphs: pd.DataFrame, window: int | None = None,
                   splitter: Callable[[str], list[str]] | None = None,
                   text_col: str = "text") -> pd.DataFrame:
    """The documents a topic model is fitted on.

    Parameters
    ----------
    paragraphs : DataFrame
        One row per body paragraph, in reading order, with a ``text`` column
        and any metadata (``doc_id``, ``para``, ``district``...), e.g. from
        :func:`zhframe.cleanup.body_paragraphs`.
    window : int or None
        None: one document per paragraph. ``n``: consecutive, non-overlapping
        windows of ``n`` sentences within each paragraph (windows never cross
        a paragraph border; a paragraph's last window may be shorter).
    splitter : callable, optional
        str -> list of sentences; default :func:`zhframe.cleanup.split_sentences`.

    Returns
    -------
    DataFrame
        The paragraphs' columns plus ``unit`` (the paragraph's row number in
        ``paragraphs``, the resampling unit for the bootstrap), ``window``
        (0 for whole paragraphs), ``text`` and ``n_chars``; empty texts dropped.
    """
    if text_col not in paragraphs.columns:
        raise ValueError(f"paragraphs has no {text_col!r} column")
    if window is not None and (not isinstance(window, (int, np.integer)) or window < 1):
        raise ValueError(f"window must be None or a positive integer, got {window!r}")
    base = paragraphs.reset_index(drop=True).copy()
    base["unit"] = np.arange(len(base))
    if window is None:
        docs = base.assign(window=0)
    else:
        if splitter is None:
            from zhframe.cleanup import split_sentences as splitter
        rows = []
        for rec in base.to_dict("records"):
            sentences = [s for s in splitter(str(rec[text_col])) if s.strip()]
            for w, start in enumerate(range(0, len(sentences), window)):
                rows.append({**rec, "window": w, text_col: "".join(sentences[start:start + window])})
        docs = pd.DataFrame(rows, columns=[*base.columns, "window"])
    docs[text_col] = docs[text_col].astype(str)
    docs = docs[docs[text_col].str.strip() != ""].reset_index(drop=True)
    docs["n_chars"] = docs[text_col].str.len()
    return docs


# ---------------------------------------------------------------- estimator

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
        NMF initialisation; None means ``"nndsvd"`` (deterministic). Ignored by LDA.
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


def group_name_terms(values: Iterable) -> list[str]:
    """The group labels as terms to leave out of a topic model, sorted.

    Each value (e.g. ``"北碚区"``) plus its short form without an
    administrative suffix (``"北碚"``) when that leaves at least two characters.
    """
    return self_reference_terms(values, generic=False)


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


# ---------------------------------------------------------------- prevalence by group

def topic_prevalence(theta: np.ndarray, groups: Sequence, lengths: Sequence[float],
                     labels: Sequence[str], units: Sequence | None = None,
                     n_boot: int = 1000, ci: float = 0.95, random_state: int = 0) -> pd.DataFrame:
    """Share of each group's text in each topic, with stratified paragraph-bootstrap intervals.

    ``share[g, k] = sum_i len_i * theta[i, k] / sum_i len_i`` over the
    documents ``i`` of group ``g`` that have any topic weight (documents with
    no modelled term are left out of numerator and denominator).

    Parameters
    ----------
    theta : ndarray (n_docs, n_topics), rows summing to 1 (or 0)
    groups : group label of each document (e.g. its district)
    lengths : length of each document; the notebook passes characters
        (``n_chars``), so a share is a share of printed space
    labels : topic labels
    units : resampling unit of each document (default: each document).
        With sentence windows pass the paragraph (``docs["unit"]``): windows
        of one paragraph are resampled together, since they are not independent.
    n_boot, ci, random_state : see :mod:`zhframe.stats`

    Returns
    -------
    DataFrame, one row per (group, topic), sorted by group then topic:
    group, topic (1-based), label, share, lo, hi (the group's interval),
    rest_share, diff (share - rest_share), diff_lo, diff_hi, where "rest" is
    every other group pooled (with two groups: the other one). Shares are
    conditional on the fitted topics (the model is not refitted per replicate).
    """
    theta = np.asarray(theta, dtype=float)
    groups = np.asarray(groups, dtype=object)
    lengths = np.asarray(lengths, dtype=float)
    n, k = theta.shape if theta.ndim == 2 else (0, 0)
    if theta.ndim != 2 or len(groups) != n or len(lengths) != n or len(labels) != k:
        raise ValueError("theta (n_docs, n_topics), groups, lengths (n_docs) and labels "
                         "(n_topics) do not match")
    if n == 0 or (lengths < 0).any():
        raise ValueError("need at least one document and non-negative lengths")
    active = (theta.sum(axis=1) > 0).astype(float)
    # columns 0..k-1: length-weighted topic mass; column k: modelled length
    X = np.column_stack([theta * lengths[:, None], lengths * active])
    units = np.arange(n) if units is None else np.asarray(units)
    if len(units) != n:
        raise ValueError("units must have one entry per document")
    # aggregate documents to resampling units; a unit must sit in one group
    frame = pd.DataFrame({"unit": units, "group": groups})
    if frame.groupby("unit")["group"].nunique().max() > 1:
        raise ValueError("a resampling unit spans more than one group")
    codes, uniq = pd.factorize(pd.Series(units), sort=True)
    agg = np.zeros((len(uniq), k + 1))
    np.add.at(agg, codes, X)
    unit_groups = frame.drop_duplicates("unit").set_index("unit").loc[uniq, "group"].to_numpy()
    names = sorted(set(unit_groups.tolist()), key=str)
    full = {g: agg[unit_groups == g].sum(axis=0) for g in names}
    boot = bootstrap_group_sums(agg, unit_groups, n_boot=n_boot, random_state=random_state)
    rows = []
    with np.errstate(invalid="ignore", divide="ignore"):
        for g in names:
            rest_names = [h for h in names if h != g]
            share = full[g][:k] / full[g][k]
            b_share = boot[g][:, :k] / boot[g][:, [k]]
            lo, hi = percentile_interval(b_share, ci)
            if rest_names:
                r_full = sum(full[h] for h in rest_names)
                r_boot = sum(boot[h] for h in rest_names)
                rest = r_full[:k] / r_full[k]
                b_diff = b_share - r_boot[:, :k] / r_boot[:, [k]]
                dlo, dhi = percentile_interval(b_diff, ci)
            else:
                rest = dlo = dhi = np.full(k, np.nan)
            for j in range(k):
                rows.append({"group": g, "topic": j + 1, "label": labels[j], "share": share[j],
                             "lo": lo[j], "hi": hi[j], "rest_share": rest[j],
                             "diff": share[j] - rest[j], "diff_lo": dlo[j], "diff_hi": dhi[j]})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- choosing k

def jaccard(a: Iterable, b: Iterable) -> float:
    """Jaccard similarity |a ∩ b| / |a ∪ b| of two term sets (1.0 for two empty sets)."""
    a, b = set(a), set(b)
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def match_topics(terms_a: Sequence[Iterable], terms_b: Sequence[Iterable]
                 ) -> tuple[list[tuple[int, int]], float]:
    """Match the topics of two models one-to-one to maximise total Jaccard similarity.

    Parameters
    ----------
    terms_a, terms_b : sequences of term sets (top terms of each topic), equal length

    Returns
    -------
    (pairs, mean) : the matched (i, j) index pairs sorted by i, and the mean
    Jaccard similarity over the pairs. Hungarian algorithm
    (:func:`scipy.optimize.linear_sum_assignment`), not greedy matching,
    which can pair the first topics well at the cost of the others.
    """
    from scipy.optimize import linear_sum_assignment

    if len(terms_a) != len(terms_b) or not len(terms_a):
        raise ValueError("need two non-empty lists of topics of the same length")
    sim = np.array([[jaccard(a, b) for b in terms_b] for a in terms_a])
    rows, cols = linear_sum_assignment(sim, maximize=True)
    pairs = sorted(zip(rows.tolist(), cols.tolist()))
    return pairs, float(sim[rows, cols].mean())


def npmi_coherence(top_terms: Sequence[Sequence[int]], presence) -> np.ndarray:
    """NPMI coherence of each topic from document co-occurrence.

    For every pair of a topic's top terms, ``NPMI = log(p(a,b) / (p(a) p(b)))
    / -log p(a,b)`` (Bouma 2009), with ``p`` the share of documents
    (paragraphs) containing the term(s), the boolean-document estimate of
    Röder, Both & Hinneburg (2015); a topic's coherence is the mean over all
    pairs of its terms (their C_NPMI with one-one segmentation). NPMI is -1
    for terms that never share a document and 1 for terms that always do;
    Bouma's limits are used instead of Röder's epsilon smoothing, so the
    values stay exact on small corpora.

    Parameters
    ----------
    top_terms : per topic, the column indices of its top terms in ``presence``
    presence : array or sparse matrix (n_docs, n_terms); nonzero = term in document

    Returns
    -------
    ndarray (n_topics,): NaN for a topic with fewer than two terms.
    """
    P = sp.csc_matrix(presence, dtype=float)
    P.data[:] = 1.0
    n_docs = P.shape[0]
    out = np.full(len(top_terms), np.nan)
    for t, idx in enumerate(top_terms):
        idx = list(idx)
        if len(idx) < 2:
            continue
        sub = P[:, idx]
        df = np.asarray(sub.sum(axis=0)).ravel() / n_docs
        co = (sub.T @ sub).toarray() / n_docs
        vals = []
        for i, j in itertools.combinations(range(len(idx)), 2):
            pij = co[i, j]
            if pij == 0:
                vals.append(-1.0)
            elif pij == 1:
                vals.append(1.0)
            else:
                vals.append(np.log(pij / (df[i] * df[j])) / -np.log(pij))
        out[t] = float(np.mean(vals))
    return out


def select_k(template: TopicModel, texts, ks: Iterable[int] = range(2, 9), n_seeds: int = 10,
             top_n: int = 10, restart_init: str = "random", tolerance: float = 0.05,
             min_docs: int = 3) -> pd.DataFrame:
    """Stability and coherence of the topic model for each number of topics.

    Parameters
    ----------
    template : TopicModel
        Its method, tokenizer, vocabulary limits, max_iter and random_state
        are used; ``n_topics`` is set to each k.
    texts : iterable of document strings
    ks : numbers of topics to try
    n_seeds : random restarts per k (seeds ``random_state + 1 ... + n_seeds``)
    top_n : top terms per topic compared (Jaccard) and scored (NPMI)
    restart_init : NMF initialisation of the restarts. NNDSVD is
        deterministic, so restarts need a randomised start: ``"random"``
        (the default; scaled uniform noise) or ``"nndsvdar"`` (NNDSVD with its
        zeros filled randomly, which only probes small perturbations of the
        one SVD start and so overstates stability). LDA restarts differ by seed.
    tolerance, min_docs : passed to :func:`choose_k`

    Returns
    -------
    DataFrame, one row per k sorted by k: k, stability (mean over all pairs of
    restarts of the matched mean Jaccard of top terms), stability_sd (over
    pairs), coherence (mean NPMI of the reported model's topics, i.e. fitted
    with the template's own initialisation and random_state), coherence_min
    (its least coherent topic), smallest_topic (the fewest documents any
    topic of the reported model is dominant in), converged (share of this k's NMF fits,
    reported one and restarts, that met their tolerance before ``max_iter``; NaN for
    LDA) and chosen (True on the k picked by :func:`choose_k`).
    The vocabulary is built once; only the factorisation is refitted. ks
    larger than the number of documents or terms are skipped.
    """
    template._check_params()
    ks = sorted(set(int(k) for k in ks))
    if not ks or ks[0] < 1:
        raise ValueError("ks must hold positive integers")
    if n_seeds < 2:
        raise ValueError("n_seeds must be >= 2 to compare restarts")
    vec, D = template._vectorize(texts)
    ks = [k for k in ks if k <= min(D.shape)]
    if not ks:
        raise ValueError(f"every k exceeds the {D.shape[0]} documents x {D.shape[1]} terms")
    init = restart_init if template.method == "nmf" else None
    rows = []
    for k in ks:
        ref = _fit_quietly(template._make_decomposer(k, template.init, template.random_state), D)
        coh = npmi_coherence(_top_indices(ref.components_, top_n), D)
        theta = _proportions(ref.transform(D), D)
        dominant = theta[theta.sum(axis=1) > 0].argmax(axis=1)
        runs, conv = [], [converged(ref)]
        for s in range(1, n_seeds + 1):
            m = _fit_quietly(template._make_decomposer(k, init, template.random_state + s), D)
            runs.append([set(t) for t in _top_indices(m.components_, top_n)])
            conv.append(converged(m))
        sims = [match_topics(a, b)[1] for a, b in itertools.combinations(runs, 2)]
        rows.append({"k": k, "stability": float(np.mean(sims)), "stability_sd": float(np.std(sims)),
                     "coherence": float(np.nanmean(coh)), "coherence_min": float(np.nanmin(coh)),
                     "smallest_topic": int(np.bincount(dominant, minlength=k).min()),
                     "converged": (float(np.mean([c for c in conv if c is not None]))
                                   if any(c is not None for c in conv) else np.nan)})
    table = pd.DataFrame(rows)
    table["chosen"] = table["k"] == choose_k(table, tolerance, min_docs)
    return table


def choose_k(table: pd.DataFrame, tolerance: float = 0.05, min_docs: int = 3) -> int:
    """The rule for k, applied in this order:

    1. admissible ks: every topic is the dominant topic of at least
       ``min_docs`` documents (column ``smallest_topic``, when present). On a
       small corpus a topic made of one or two paragraphs has top terms that
       always co-occur, so its NPMI is high for a trivial reason; without this
       step coherence rises with k until topics are single paragraphs. If no
       k is admissible, every k is.
    2. among those, the ks whose coherence is within ``tolerance`` (NPMI
       units; NPMI runs from -1 to 1) of the best admissible coherence;
    3. among those, the most stable (stabilities compared rounded to 6
       decimals); ties go to the smaller k, the simpler model.

    ``table`` has columns k, stability, coherence and optionally
    smallest_topic (as from :func:`select_k`).
    """
    if table.empty:
        raise ValueError("empty k table")
    ok = table
    if "smallest_topic" in table.columns and (table["smallest_topic"] >= min_docs).any():
        ok = table[table["smallest_topic"] >= min_docs]
    best = ok["coherence"].max()
    ok = ok[ok["coherence"] >= best - tolerance - 1e-12]
    ok = ok.assign(_s=ok["stability"].round(6)).sort_values(["_s", "k"], ascending=[False, True])
    return int(ok["k"].iloc[0])


# ---------------------------------------------------------------- comparing models, prose

def match_models(a: TopicModel, b: TopicModel, top_n: int = 10) -> pd.DataFrame:
    """Pair the topics of two fitted models by their top terms (e.g. NMF against LDA).

    Returns a DataFrame topic_a, label_a, topic_b, label_b, jaccard (of the
    top ``top_n`` term sets), sorted by topic_a; topics are matched one-to-one
    with :func:`match_topics`. Both models need the same number of topics.
    """
    ta = a.top_terms(top_n).groupby("topic")["term"].apply(set).sort_index().tolist()
    tb = b.top_terms(top_n).groupby("topic")["term"].apply(set).sort_index().tolist()
    if len(ta) != len(tb):
        raise ValueError(f"models have {len(ta)} and {len(tb)} topics")
    pairs, _ = match_topics(ta, tb)
    la, lb = a.labels(), b.labels()
    return pd.DataFrame([{"topic_a": i + 1, "label_a": la[i], "topic_b": j + 1, "label_b": lb[j],
                          "jaccard": jaccard(ta[i], tb[j])} for i, j in pairs])


def describe_k_choice(table: pd.DataFrame, tolerance: float, min_docs: int) -> str:
    """One paragraph of Markdown stating the rule and what it picked, numbers from ``table``."""
    row = table[table["chosen"]].iloc[0]
    excluded = table.loc[table["smallest_topic"] < min_docs, "k"].tolist()
    admissible = table[~table["k"].isin(excluded)] if len(excluded) < len(table) else table
    best = admissible["coherence"].max()
    most_stable = admissible.sort_values(["stability", "k"], ascending=[False, True]).iloc[0]
    text = (f"Tried k = {table['k'].min()}..{table['k'].max()}. "
            + (f"Excluded k = {', '.join(map(str, excluded))}: some topic would lead fewer than "
               f"{min_docs} paragraphs. " if excluded else "")
            + f"Best remaining mean NPMI coherence: {best:.3f}; the ks within {tolerance:g} of it "
            f"compete on stability. **Chosen k = {int(row['k'])}**: stability {row['stability']:.2f} "
            f"(sd {row['stability_sd']:.2f} over pairs of restarts), coherence {row['coherence']:.3f}, "
            f"smallest topic leads {int(row['smallest_topic'])} paragraphs.")
    if "converged" in table and table["converged"].notna().any() and (table["converged"] < 1).any():
        bad = table[table["converged"] < 1]
        text += (" Some NMF fits stopped at the iteration cap before meeting their tolerance (k = "
                 + ", ".join(f"{int(r.k)}: {r.converged:.0%} converged" for r in bad.itertuples())
                 + "); raise max_iter to check that the choice does not depend on it.")
    if int(most_stable["k"]) != int(row["k"]):
        text += (f" The most stable admissible k overall is {int(most_stable['k'])} "
                 f"({most_stable['stability']:.2f}), with coherence {most_stable['coherence']:.3f}.")
    return text


def describe_prevalence(prevalence: pd.DataFrame, ci: float = 0.95) -> str:
    """Markdown bullets, one per group: its largest topics and the differences whose interval excludes 0.

    ``prevalence`` is :func:`topic_prevalence`'s table. Descriptive: it lists the
    differences whose bootstrap interval lies on one side of zero, with no test
    and no multiplicity control; the tested version is
    :func:`zhframe.synthesis.topic_differences` with ``fit=`` (and
    :func:`zhframe.topic_stability.share_stability` across random starts).
    """
    lines = []
    for g, part in prevalence.groupby("group", sort=True):
        part = part.sort_values(["share", "topic"], ascending=[False, True])
        top = "; ".join(f"{r.label} {r.share:.0%} ({r.lo:.0%}–{r.hi:.0%})" for r in part.head(2).itertuples())
        more = part[part["diff_lo"] > 0].sort_values("diff", ascending=False)
        less = part[part["diff_hi"] < 0].sort_values("diff")
        holds = [f"more {r.label} (+{r.diff:.0%}, {ci:.0%} interval {r.diff_lo:+.0%} to {r.diff_hi:+.0%})"
                 for r in more.itertuples()]
        holds += [f"less {r.label} ({r.diff:+.0%}, {r.diff_lo:+.0%} to {r.diff_hi:+.0%})"
                  for r in less.itertuples()]
        big = part.loc[part["diff"].abs().sort_values(ascending=False, kind="stable").index[0]]
        verdict = ("than the other groups, it gives " + "; ".join(holds) if holds else
                   "no topic's share differs from the other groups' beyond its interval (largest "
                   f"difference: {big['label']} {big['diff']:+.0%}, interval {big['diff_lo']:+.0%} "
                   f"to {big['diff_hi']:+.0%})")
        lines.append(f"- **{g}**: largest topics {top}; {verdict}.")
    return "\n".join(lines)
