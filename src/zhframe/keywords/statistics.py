"""Keyness statistics of a term's counts in two corpora: G², Log Ratio, weighted log-odds."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
from scipy.stats import chi2

#: Hardie's (2014) substitute for a zero frequency in Log Ratio.
LOG_RATIO_ZERO = 0.5


def _xlogx_over(o, e):
    """o * ln(o / e), with 0 ln 0 = 0."""
    o = np.asarray(o, dtype=float)
    e = np.asarray(e, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(o > 0, o * np.log(np.where(o > 0, o, 1.0) / e), 0.0)


def g2(a, b, c, d, full_table: bool = False) -> np.ndarray:
    """Signed log-likelihood G² of a term's frequency in two corpora.

    Rayson, P. & Garside, R. (2000). Comparing corpora using frequency
    profiling. *Proceedings of the Workshop on Comparing Corpora*, ACL 2000, 1-6.

    Parameters
    ----------
    a, b : array-like
        Count of the term in the target and in the reference corpus.
    c, d : array-like or scalar
        Token totals of the target and reference corpus.
    full_table : bool
        False (default): Rayson & Garside's statistic over the term's two cells,
        ``2 * (a ln(a/E1) + b ln(b/E2))`` with ``E1 = c(a+b)/(c+d)``,
        ``E2 = d(a+b)/(c+d)`` (what the UCREL log-likelihood calculator gives).
        True: Dunning's G² over all four cells of the 2x2 table (term / other
        words by target / reference), which is what the chi-squared reference
        distribution strictly belongs to; the two agree closely for terms that
        are a small share of each corpus.

    Returns
    -------
    ndarray of float
        G², positive where the term is relatively more frequent in the target
        (``a/c > b/d``), negative where less; ``0 ln 0`` is taken as 0.

    Why: G² is the corpus linguists' standard keyness test; unlike Pearson's
    chi-squared it stays reliable for the low expected counts of most words.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = c + d
    e1 = c * (a + b) / n
    e2 = d * (a + b) / n
    stat = 2.0 * (_xlogx_over(a, e1) + _xlogx_over(b, e2))
    if full_table:
        stat = stat + 2.0 * (_xlogx_over(c - a, c - e1) + _xlogx_over(d - b, d - e2))
    stat = np.maximum(stat, 0.0)  # rounding can leave -1e-15 for a perfect match
    return np.where(a * d >= b * c, stat, -stat)


def g2_pvalue(g2_values) -> np.ndarray:
    """p-value of a (signed) G²: upper tail of chi-squared with 1 degree of freedom of ``|G²|``.

    Token-level p-values treat every token as an independent draw; tokens
    cluster in paragraphs, so these are optimistic (see :func:`bootstrap_log_ratio`).
    """
    return chi2.sf(np.abs(np.asarray(g2_values, dtype=float)), df=1)


def log_ratio(a, b, c, d, zero: float = LOG_RATIO_ZERO) -> np.ndarray:
    """Log Ratio effect size: binary log of the ratio of relative frequencies.

    Hardie, A. (2014). Log Ratio: an informal introduction. ESRC Centre for
    Corpus Approaches to Social Science (CASS), Lancaster University.

    ``log2((a / c) / (b / d))``. A zero frequency is replaced by ``zero``
    (0.5, Hardie's adjustment) so a term found in one corpus only gets a finite
    value; a term absent from both gets 0 (no difference; this happens in
    bootstrap replicates). Each point is a doubling: Log Ratio 1 = twice as
    frequent per token in the target, -2 = a quarter as frequent.

    Why: G² measures how sure we are that there is a difference; Log Ratio
    measures how big it is, in a unit a reader can state.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    both_zero = (a == 0) & (b == 0)
    a = np.where(a == 0, zero, a)
    b = np.where(b == 0, zero, b)
    return np.where(both_zero, 0.0, np.log2((a / c) / (b / d)))


def log_odds_dirichlet(a, b, c, d, alpha) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio with an informative Dirichlet prior, and its z-score.

    Monroe, B. L., Colaresi, M. P. & Quinn, K. M. (2008). Fightin' words:
    lexical feature selection and evaluation for identifying the content of
    political conflict. *Political Analysis* 16(4), 372-403 (eqs. 16, 18-20).

    Parameters
    ----------
    a, b : array-like
        Counts ``y_w`` of each term in the target (i) and reference (j).
    c, d : scalar or array-like
        Token totals ``n^i`` and ``n^j``.
    alpha : array-like
        Prior pseudo-counts ``alpha_w`` per term (:func:`dirichlet_prior`);
        ``alpha0`` is their sum over the whole vocabulary.

    Returns
    -------
    (delta, z) : ndarrays
        ``delta_w = ln((a+α_w)/(c+α0-a-α_w)) - ln((b+α_w)/(d+α0-b-α_w))``,
        its approximate variance ``1/(a+α_w) + 1/(b+α_w)`` and ``z = delta/sqrt(var)``.

    Why: the prior shrinks the log-odds of rare words toward the corpus-wide
    rate, so a word used twice by one side and never by the other does not
    outrank a word used forty times against ten; z accounts for how much
    evidence each word carries.
    """
    a, b, c, d, alpha = (np.asarray(x, dtype=float) for x in (a, b, c, d, alpha))
    alpha0 = alpha.sum()
    delta = (np.log((a + alpha) / (c + alpha0 - a - alpha))
             - np.log((b + alpha) / (d + alpha0 - b - alpha)))
    var = 1.0 / (a + alpha) + 1.0 / (b + alpha)
    return delta, delta / np.sqrt(var)


def dirichlet_prior(pooled_counts, alpha0: float | None = None, background=None) -> np.ndarray:
    """Prior pseudo-counts ``alpha_w`` for :func:`log_odds_dirichlet`.

    Parameters
    ----------
    pooled_counts : array-like
        Counts of each term in the whole compared corpus (target + reference).
    alpha0 : float, optional
        Total prior weight. Default: the pooled token count, i.e. ``alpha_w``
        equals the term's pooled count. This is the common implementation of
        Monroe et al.'s informative prior: before seeing which group a token
        came from, expect each group to use each word at the corpus rate, with
        as much confidence as the corpus itself provides (what the usual
        implementations do when the background is the compared corpus). It is
        a strong prior: every log-odds is pulled about halfway to 0, and a word
        used by one side only cannot pass about ln 2; read the ranking by z.
        Pass a smaller ``alpha0`` for a weaker prior.
    background : array-like, optional
        Background frequencies to take the prior's *shape* from instead of the
        pooled corpus (e.g. :func:`jieba_background`); 0.5 is added to each so
        terms absent from the background still get a positive prior.

    Why the pooled corpus is the default: it is segmented by the same
    tokenizer as the data (jieba's dictionary does not know the project's
    multi-word terms such as 党史学习教育, or gives them made-up counts), and
    every term has a positive prior. jieba's dictionary frequencies (a general
    news and web corpus) are offered as the alternative background.
    """
    pooled = np.asarray(pooled_counts, dtype=float)
    if alpha0 is None:
        alpha0 = pooled.sum()
    if alpha0 <= 0:
        raise ValueError(f"alpha0 must be positive, got {alpha0}")
    shape = pooled if background is None else np.asarray(background, dtype=float) + 0.5
    if shape.sum() <= 0:
        raise ValueError("prior background has no counts")
    return alpha0 * shape / shape.sum()


@functools.lru_cache(maxsize=1)
def own_jieba():
    """This module's own :class:`jieba.Tokenizer` (default dictionary), loaded once.

    jieba's global tokenizer is never used: another part of the program may
    have added words to it, which would change results here silently.
    """
    from zhframe.tokenize.backends import base_tokenizer

    return base_tokenizer()  # the base dictionary, read once per process (zhframe.tokenize.backends)


def jieba_background(terms: Sequence[str], jieba_tokenizer=None) -> np.ndarray:
    """Frequencies of ``terms`` in jieba's main dictionary (0 for unknown words).

    ``jieba_tokenizer``: whose dictionary to read (default :func:`own_jieba`).
    """
    jt = jieba_tokenizer if jieba_tokenizer is not None else own_jieba()
    jt.check_initialized()
    return np.array([jt.FREQ.get(t, 0) for t in terms], dtype=float)
