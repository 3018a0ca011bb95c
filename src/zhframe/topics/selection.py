"""Choosing the number of topics: stability over restarts and NPMI coherence (see the package docstring).
"""

from __future__ import annotations

import hashlib
import itertools
from collections import OrderedDict
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe.topics.model import TopicModel, _fit_quietly, _proportions, _top_indices, converged


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


#: Restart fits kept for reuse (see :func:`select_k`): key -> summary of one fit. Bounded, oldest out.
_POOL: OrderedDict = OrderedDict()
_POOL_SIZE = 20000


def clear_restart_pool() -> None:
    """Forget the restart fits kept for reuse (tests and benchmarks measure from a cold pool)."""
    _POOL.clear()


def _matrix_key(vec, D) -> str:
    """Content hash of a document-term matrix and its vocabulary: fits on equal matrices are equal."""
    D = sp.csr_matrix(D)
    h = hashlib.sha256(repr(D.shape).encode())
    for part in (D.indptr, D.indices, D.data):
        h.update(np.ascontiguousarray(part).tobytes())
    h.update("\0".join(map(str, vec.get_feature_names_out())).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _summary(template: TopicModel, D, mkey: str | None, k: int, init: str | None, seed: int, top_n: int,
             reference: bool) -> dict:
    """One fit's top-term sets and convergence (and, for the reported fit, its coherence and
    smallest topic), from the pool when an equal fit was made before (``mkey`` None: never)."""
    # the seed is always part of the key: even NNDSVD starts from a randomized SVD
    # (sklearn's randomized_svd), so its fit changes a little with the seed
    key = (mkey, template.method, template.max_iter, k, init or "", int(seed), top_n, reference)
    if mkey is not None and key in _POOL:
        _POOL.move_to_end(key)
        return _POOL[key]
    m = _fit_quietly(template._make_decomposer(k, init, seed), D)
    top = _top_indices(m.components_, top_n)
    out = {"top": [frozenset(t) for t in top], "converged": converged(m)}
    if reference:
        coh = npmi_coherence(top, D)
        theta = _proportions(m.transform(D), D)
        dominant = theta[theta.sum(axis=1) > 0].argmax(axis=1)
        out.update(coherence=float(np.nanmean(coh)), coherence_min=float(np.nanmin(coh)),
                   smallest_topic=int(np.bincount(dominant, minlength=k).min()))
    if mkey is not None:
        _POOL[key] = out
        while len(_POOL) > _POOL_SIZE:
            _POOL.popitem(last=False)
    return out


def _similarity(a: dict, b: dict, memo: dict, pair) -> float:
    if pair not in memo:
        memo[pair] = match_topics(a["top"], b["top"])[1]
    return memo[pair]


def select_k(template: TopicModel, texts, ks: Iterable[int] = range(2, 9), n_seeds: int = 10,
             top_n: int = 10, restart_init: str = "random", tolerance: float = 0.05,
             min_docs: int = 3, reuse: bool = True, matrix: tuple | None = None) -> pd.DataFrame:
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
    reuse : keep every fit's summary (top terms, convergence; keyed by the content of
        the document-term matrix, the method, k, the start and its seed) and reuse it when
        the same fit is asked for again. The k rule rerun with restart seed ``s + 1``
        shares ``n_seeds - 1`` of its restarts with seed ``s``, so rerunning the rule over
        20 consecutive restart seeds fits ``20 + (n_seeds + 19)`` models per k (20 reported
        fits, one per seed, and the restarts) instead of ``20 * (n_seeds + 1)``, with
        identical tables (``reuse=False`` refits everything, the old cost).
    matrix : ``(vectorizer, document-term matrix)`` of ``texts`` already built by
        ``template._vectorize(texts)`` (the vocabulary does not depend on the random
        state, so callers that run the rule for several seeds build it once).

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
    vec, D = matrix if matrix is not None else template._vectorize(texts)
    ks = [k for k in ks if k <= min(D.shape)]
    if not ks:
        raise ValueError(f"every k exceeds the {D.shape[0]} documents x {D.shape[1]} terms")
    mkey = _matrix_key(vec, D) if reuse else None
    init = restart_init if template.method == "nmf" else None
    rows = []
    for k in ks:
        ref = _summary(template, D, mkey, k, template.init, template.random_state, top_n, reference=True)
        seeds = [template.random_state + s for s in range(1, n_seeds + 1)]
        runs = [_summary(template, D, mkey, k, init, s, top_n, reference=False) for s in seeds]
        memo = _POOL.setdefault((mkey, "pairs", template.method, template.max_iter, k, init or "", top_n), {}) \
            if reuse else {}
        sims = [_similarity(runs[i], runs[j], memo, (seeds[i], seeds[j]))
                for i, j in itertools.combinations(range(len(runs)), 2)]
        conv = [c for c in [ref["converged"], *(r["converged"] for r in runs)] if c is not None]
        rows.append({"k": k, "stability": float(np.mean(sims)), "stability_sd": float(np.std(sims)),
                     "coherence": ref["coherence"], "coherence_min": ref["coherence_min"],
                     "smallest_topic": ref["smallest_topic"],
                     "converged": float(np.mean(conv)) if conv else np.nan})
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
