"""Keywords and keyness: which words each group gives its space to, and which differences hold up.

Units and inputs
----------------
Every function here works on *paragraphs*: a DataFrame with one row per body
paragraph and at least the columns ``doc_id``, ``para`` (paragraph number
within the document), ``text`` (normalised paragraph text) and the grouping
column (``district`` or any other manifest column). Paragraphs, not articles,
are the documents: with two articles an article-level idf can take only two
values, whereas a district's paragraphs show how evenly a word is spread.

Words come from a ``tokenizer``: any callable ``str -> list[str]`` (the
project's :class:`zhframe.tokenize.Tokenizer`; ``str.split`` on pre-spaced
text in the tests). It is passed to scikit-learn's vectorizers with
``token_pattern=None`` so that scikit-learn does no tokenizing of its own.

What is here
------------
- TF-IDF: :func:`tfidf_by_group` (mean paragraph TF-IDF per group),
  :func:`class_tfidf` / :func:`ctfidf_by_group` (class-based TF-IDF,
  Grootendorst 2022) and :func:`jieba_keywords` (jieba's ``extract_tags`` and
  ``textrank`` per article, the baselines readers know).
- Keyness of a target group against the rest (any number of groups):
  :func:`g2` (signed log-likelihood, Rayson & Garside 2000) with
  :func:`g2_pvalue`, :func:`log_ratio` (Hardie 2014) and
  :func:`log_odds_dirichlet` (Monroe, Colaresi & Quinn 2008), assembled by
  :func:`keyness`, which can add paragraph-bootstrap intervals of Log Ratio
  (:func:`bootstrap_log_ratio`) and a paragraph-permutation p-value
  (:func:`permutation_log_ratio`).
- Masking the groups' own names and self-references
  (:func:`self_reference_terms`, :class:`MaskedTokenizer`).
- :func:`kwic` concordances and :func:`collocations` (PMI and G²).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.stats import chi2

from zhframe.stats import bootstrap_group_sums, percentile_interval

Tokenizer = Callable[[str], list]

#: Administrative suffixes stripped from a group value to get its short form (北碚区 -> 北碚).
#: Longest first so 自治县 is stripped before 县.
ADMIN_SUFFIXES: tuple[str, ...] = ("自治州", "自治县", "新区", "街道", "地区", "区", "县", "市",
                                   "州", "盟", "旗", "省", "镇", "乡")

#: How a district (county, city...) paper refers to itself: "our district", "the said
#: district", "the whole district". Masked together with the group names.
GENERIC_SELF_REFERENCES: tuple[str, ...] = tuple(
    p + s for s in ("区", "县", "市", "镇", "乡", "省", "州")
    for p in ("我", "该", "全", "本"))

#: Hardie's (2014) substitute for a zero frequency in Log Ratio.
LOG_RATIO_ZERO = 0.5


# ---------------------------------------------------------------- masking

def self_reference_terms(values: Iterable[str], generic: bool = True) -> list[str]:
    """Words by which the compared groups name themselves.

    Parameters
    ----------
    values : iterable of str
        The group values (e.g. the manifest's ``district`` column: 北碚区, 开州区).
    generic : bool
        Also include :data:`GENERIC_SELF_REFERENCES` (我区, 该区, 全区, 本区, 我县...).

    Returns
    -------
    list of str, sorted
        Each value, its short form with an administrative suffix removed
        (北碚区 -> 北碚, 开州区 -> 开州; only if at least two characters remain),
        and the generic self-references.

    Why: a district paper names its own district in nearly every paragraph,
    so the names top every keyness list and say nothing a reader did not know.
    """
    terms: set[str] = set()
    for value in values:
        value = str(value).strip()
        if not value:
            continue
        terms.add(value)
        for suffix in ADMIN_SUFFIXES:
            if value.endswith(suffix) and len(value) - len(suffix) >= 2:
                terms.add(value[: -len(suffix)])
                break
    if generic:
        terms.update(GENERIC_SELF_REFERENCES)
    return sorted(terms)


class MaskedTokenizer:
    """A tokenizer that drops self-references.

    Parameters
    ----------
    tokenizer : callable str -> list of str
    terms : iterable of str
        Tokens dropped when equal to one of these (e.g. :func:`self_reference_terms`).
    names : iterable of str, optional
        Tokens dropped when they *contain* one of these (group names and short
        forms, at least two characters): a segmenter may keep 北碚区委 or
        开州人 as one token, which is still a self-reference.

    Calling it returns the tokenizer's tokens minus the masked ones. It is
    picklable when ``tokenizer`` is, so it can go to scikit-learn or workers.
    """

    def __init__(self, tokenizer: Tokenizer, terms: Iterable[str], names: Iterable[str] = ()):
        self.tokenizer = tokenizer
        self.terms = frozenset(terms)
        self.names = tuple(sorted(n for n in set(names) if len(n) >= 2))

    def __call__(self, text: str) -> list[str]:
        return [t for t in self.tokenizer(text) if not self.masks(t)]

    def masks(self, token: str) -> bool:
        """Whether ``token`` is dropped."""
        return token in self.terms or any(n in token for n in self.names)

    def __repr__(self) -> str:
        return f"MaskedTokenizer({self.tokenizer!r}, {len(self.terms)} terms, names={self.names})"


def masked_tokenizer(tokenizer: Tokenizer, values: Iterable[str]) -> MaskedTokenizer:
    """:class:`MaskedTokenizer` masking the group ``values``, their short forms and 我区/该区/全区...."""
    values = [str(v) for v in values]
    return MaskedTokenizer(tokenizer, self_reference_terms(values),
                           self_reference_terms(values, generic=False))


# ---------------------------------------------------------------- counting

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


# ---------------------------------------------------------------- keyness statistics

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
    from zhframe._jieba import base_tokenizer

    return base_tokenizer()  # the base dictionary, read once per process (zhframe._jieba)


def jieba_background(terms: Sequence[str], jieba_tokenizer=None) -> np.ndarray:
    """Frequencies of ``terms`` in jieba's main dictionary (0 for unknown words).

    ``jieba_tokenizer``: whose dictionary to read (default :func:`own_jieba`).
    """
    jt = jieba_tokenizer if jieba_tokenizer is not None else own_jieba()
    jt.check_initialized()
    return np.array([jt.FREQ.get(t, 0) for t in terms], dtype=float)


# ---------------------------------------------------------------- keyness table

KEYNESS_COLUMNS = ["term", "count_target", "count_reference", "total_target", "total_reference",
                   "g2", "p_value", "log_ratio", "log_odds", "log_odds_z"]


def keyness_table(terms, a, b, c: float, d: float, alpha=None) -> pd.DataFrame:
    """Keyness of every term from target/reference counts, sorted by |G²| then term.

    ``terms``, ``a`` (target counts), ``b`` (reference counts) align; ``c``,
    ``d`` are the token totals; ``alpha`` the prior (default
    :func:`dirichlet_prior` of ``a + b``). Columns :data:`KEYNESS_COLUMNS`.
    """
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    if alpha is None:
        alpha = dirichlet_prior(a + b)
    delta, z = log_odds_dirichlet(a, b, c, d, alpha)
    stat = g2(a, b, c, d)
    df = pd.DataFrame({
        "term": np.asarray(terms, dtype=object), "count_target": a, "count_reference": b,
        "total_target": int(c), "total_reference": int(d), "g2": stat, "p_value": g2_pvalue(stat),
        "log_ratio": log_ratio(a, b, c, d), "log_odds": delta, "log_odds_z": z})
    return sort_by_abs(df, "g2")


def sort_by_abs(df: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows sorted by ``|column|`` descending, ties by ``term``; fresh index."""
    order = np.lexsort((df["term"].astype(str).to_numpy(), -np.abs(df[column].to_numpy())))
    return df.iloc[order].reset_index(drop=True)


def keyness(paragraphs: pd.DataFrame, by: str, target, tokenizer: Tokenizer, *,
            min_count: int = 1, prior: str = "pooled", alpha0: float | None = None,
            n_boot: int = 0, n_perm: int = 0, ci: float = 0.95, random_state: int = 0,
            jieba_tokenizer=None) -> pd.DataFrame:
    """Keyness of the ``target`` group against all other groups together.

    Parameters
    ----------
    paragraphs : DataFrame
        One row per paragraph with ``text`` and the column ``by``.
    by : str
        Grouping column; may have any number (>= 2) of values.
    target : value of ``by``
        The group compared with the rest (compared as strings).
    tokenizer : callable str -> list of str
        E.g. the project tokenizer, or a :class:`MaskedTokenizer` around it.
    min_count : int
        Keep terms with at least this many tokens in target and reference together.
        Totals always count every token, so the statistics do not depend on it.
    prior : "pooled" or "jieba"
        Shape of the Dirichlet prior (see :func:`dirichlet_prior`).
    alpha0 : float, optional
        Total prior weight (default: pooled token count).
    n_boot : int
        If > 0, add ``lr_low``, ``lr_high`` (percentile interval of Log Ratio
        under the stratified paragraph bootstrap, :func:`bootstrap_log_ratio`)
        and ``holds_up`` (the interval excludes 0).
    n_perm : int
        If > 0, add ``perm_p`` (paragraph-permutation p-value of Log Ratio,
        :func:`permutation_log_ratio`).
    ci, random_state : bootstrap/permutation settings.
    jieba_tokenizer : jieba.Tokenizer, optional
        Used for ``prior="jieba"``.

    Returns
    -------
    DataFrame
        :data:`KEYNESS_COLUMNS` (+ interval columns), sorted by ``|g2|``
        descending, ties by ``term``. ``total_target``/``total_reference`` are
        the token counts the statistics used.
    """
    _check_paragraphs(paragraphs, by)
    if prior not in ("pooled", "jieba"):
        raise ValueError(f"prior must be 'pooled' or 'jieba', got {prior!r}")
    is_target = _target_mask(paragraphs, by, target)
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    a = np.asarray(X[is_target].sum(axis=0)).ravel()
    b = np.asarray(X[~is_target].sum(axis=0)).ravel()
    c, d = int(a.sum()), int(b.sum())
    if c == 0 or d == 0:
        raise ValueError(f"the {'target' if c == 0 else 'reference'} group has no tokens")
    background = jieba_background(terms, jieba_tokenizer) if prior == "jieba" else None
    alpha = dirichlet_prior(a + b, alpha0, background)
    df = keyness_table(terms, a, b, c, d, alpha)
    if n_boot > 0:
        lo, hi = bootstrap_log_ratio(X, is_target, n_boot=n_boot, ci=ci, random_state=random_state)
        iv = pd.DataFrame({"term": terms, "lr_low": lo, "lr_high": hi})
        iv["holds_up"] = (iv["lr_low"] > 0) | (iv["lr_high"] < 0)
        df = df.merge(iv, on="term", how="left")
    if n_perm > 0:
        p = permutation_log_ratio(X, is_target, n_perm=n_perm, random_state=random_state)
        df = df.merge(pd.DataFrame({"term": terms, "perm_p": p}), on="term", how="left")
    keep = (df["count_target"] + df["count_reference"]) >= min_count
    return df[keep].reset_index(drop=True)


# ---------------------------------------------------------------- uncertainty

def bootstrap_log_ratio(X, is_target, n_boot: int = 1000, ci: float = 0.95,
                        random_state: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of each term's Log Ratio under the stratified paragraph bootstrap.

    Parameters
    ----------
    X : sparse or dense (n_paragraphs, n_terms)
        Term counts per paragraph (:func:`count_matrix`).
    is_target : bool array, n_paragraphs
        Which paragraphs belong to the target group (the rest is the reference).

    Returns
    -------
    (low, high) : ndarrays (n_terms,)

    Paragraphs are resampled within target and within reference
    (:func:`zhframe.stats.bootstrap_group_sums`), counts and token totals
    recomputed, and Log Ratio (:func:`log_ratio`) taken in each replicate.
    A difference "holds up" when the interval excludes 0: it does not rest on
    one or two paragraphs. This is variation *within* the articles at hand; it
    cannot show how another article by the same paper would differ.
    """
    is_target = np.asarray(is_target, dtype=bool)
    labels = np.where(is_target, "target", "reference")
    sums = bootstrap_group_sums(X, labels, n_boot=n_boot, random_state=random_state)
    a, b = sums["target"], sums["reference"]
    c = a.sum(axis=1, keepdims=True)
    d = b.sum(axis=1, keepdims=True)
    return percentile_interval(log_ratio(a, b, c, d), ci=ci)


def permutation_log_ratio(X, is_target, n_perm: int = 1000, random_state: int = 0) -> np.ndarray:
    """Two-sided paragraph-permutation p-value of each term's Log Ratio.

    The group labels are shuffled over paragraphs ``n_perm`` times (keeping
    group sizes); ``p = (1 + #{|LR_perm| >= |LR_obs|}) / (1 + n_perm)``. The
    null hypothesis is that paragraphs are exchangeable between the groups,
    so a word carried by a few paragraphs gets a modest p-value however many
    times those paragraphs repeat it (Good 2005, *Permutation, Parametric and
    Bootstrap Tests of Hypotheses*).
    """
    is_target = np.asarray(is_target, dtype=bool)
    X = sp.csr_matrix(X) if not sp.issparse(X) else X.tocsr()
    rng = np.random.default_rng(random_state)
    perms = np.array([rng.permutation(is_target) for _ in range(n_perm)], dtype=float)
    a = np.asarray((sp.csr_matrix(perms) @ X).todense())
    total = np.asarray(X.sum(axis=0)).ravel()
    b = total[None, :] - a
    c = a.sum(axis=1, keepdims=True)
    d = b.sum(axis=1, keepdims=True)
    a_obs = np.asarray(X[is_target].sum(axis=0)).ravel()
    obs = log_ratio(a_obs, total - a_obs, a_obs.sum(), total.sum() - a_obs.sum())
    exceed = (np.abs(log_ratio(a, b, c, d)) >= np.abs(obs)[None, :] - 1e-12).sum(axis=0)
    return (1.0 + exceed) / (1.0 + n_perm)


# ---------------------------------------------------------------- TF-IDF

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


def group_frequencies(paragraphs: pd.DataFrame, by: str, tokenizer: Tokenizer) -> pd.DataFrame:
    """Token counts of every term per group: a DataFrame indexed by term, one column per group."""
    _check_paragraphs(paragraphs, by)
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    values = paragraphs[by].astype(str).to_numpy()
    groups = sorted(set(values))
    data = {g: np.asarray(X[values == g].sum(axis=0)).ravel() for g in groups}
    return pd.DataFrame(data, index=pd.Index(terms, name="term"))


def jieba_keywords(texts: Mapping[str, str], method: str = "tfidf", top_n: int = 20,
                   jieba_tokenizer=None, allow_pos: tuple[str, ...] | None = None) -> pd.DataFrame:
    """jieba's own keyword extractors, per article: the baselines readers know.

    Parameters
    ----------
    texts : mapping doc_id -> text
    method : "tfidf" (``jieba.analyse.extract_tags``: term frequency times
        jieba's idf table from a general corpus) or "textrank"
        (``jieba.analyse.textrank``: PageRank over a co-occurrence graph of
        nouns and verbs in a 5-word window, Mihalcea & Tarau 2004).
    jieba_tokenizer : jieba.Tokenizer, optional
        The segmenter both extractors use (default :func:`own_jieba`; jieba's
        global tokenizer is never used or modified).
    allow_pos : tuple of str, optional
        POS filter (jieba's defaults: none for tfidf, ns/n/vn/v for textrank).

    Returns
    -------
    DataFrame ``[doc_id, method, rank, term, weight]``, ranks by weight then term.
    """
    if method not in ("tfidf", "textrank"):
        raise ValueError(f"method must be 'tfidf' or 'textrank', got {method!r}")
    if allow_pos is None:
        allow_pos = () if method == "tfidf" else ("ns", "n", "vn", "v")
    docs = list(texts.items())
    extract = _jieba_extractor(method, top_n, tuple(allow_pos), jieba_tokenizer)
    if jieba_tokenizer is None:  # the default segmenter: results are cached by text
        from zhframe.cache import DiskCache, content_key, source_fingerprint

        code = source_fingerprint("zhframe.keywords")
        config = f"{method}\0{top_n}\0{','.join(allow_pos)}"
        keys = [content_key(code, "jieba_keywords", config, text) for _, text in docs]
        store = DiskCache(None, "keywords.sqlite")
        found = store.get(keys)
        new = {k: extract(text) for k, (_, text) in zip(keys, docs) if k not in found}
        store.put(new)
        results = [found[k] if k in found else new[k] for k in keys]
    else:
        results = [extract(text) for _, text in docs]
    rows = [{"doc_id": doc_id, "method": method, "rank": r, "term": t, "weight": float(w)}
            for (doc_id, _), pairs in zip(docs, results)
            for r, (t, w) in enumerate(pairs, start=1)]
    return pd.DataFrame(rows, columns=["doc_id", "method", "rank", "term", "weight"])


def _jieba_extractor(method: str, top_n: int, pos: tuple[str, ...], jieba_tokenizer):
    """``text -> [(term, weight), ...]`` (top_n, ties by term) with jieba's extractor,
    built on first call: a fully cached run loads no jieba dictionary."""
    extractor = None

    def extract(text: str) -> list:
        nonlocal extractor
        if extractor is None:
            extractor = _build_extractor(method, jieba_tokenizer)
        # ask for extra so that re-sorting ties by term does not lose any
        if method == "tfidf":
            pairs = extractor.extract_tags(text, topK=top_n * 2, withWeight=True, allowPOS=pos)
        else:
            pairs = extractor.textrank(text, topK=top_n * 2, withWeight=True, allowPOS=pos)
        return [[t, float(w)] for t, w in
                sorted(pairs, key=lambda p: (-round(p[1], 12), p[0]))[:top_n]]

    return extract


def _build_extractor(method: str, jieba_tokenizer):
    import jieba.analyse
    import jieba.posseg

    if jieba_tokenizer is None:
        from zhframe._jieba import pos_tokenizer

        jt = own_jieba()
        post = pos_tokenizer(jt)  # base tag table shared, not re-read from dict.txt
    else:
        jt = jieba_tokenizer
        post = jieba.posseg.POSTokenizer(jt)
    if method == "tfidf":
        extractor = jieba.analyse.TFIDF()
        extractor.tokenizer, extractor.postokenizer = jt, post
    else:
        extractor = jieba.analyse.TextRank()
        extractor.tokenizer = extractor.postokenizer = post
    return extractor


# ---------------------------------------------------------------- KWIC and collocations

KWIC_COLUMNS = ["left", "term", "right", "group", "doc_id", "para"]


def kwic(paragraphs: pd.DataFrame, term: str, by: str | None = None, window: int = 15,
         regex: bool = False) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` in the paragraph texts.

    Parameters
    ----------
    paragraphs : DataFrame with ``text`` (and ``doc_id``, ``para``, ``by`` if present).
    term : str
        Searched literally in the normalised paragraph text (so 党史 also
        matches inside 党史学习教育), or as a regular expression if ``regex``.
    by : str, optional
        Grouping column reported as ``group``.
    window : int
        Characters of context on each side (Chinese has no spaces to count words by).

    Returns
    -------
    DataFrame :data:`KWIC_COLUMNS` plus ``start`` (character offset in the
    paragraph), in paragraph order then position.
    """
    _check_paragraphs(paragraphs, by)
    if not term:
        raise ValueError("term must be a non-empty string")
    pattern = re.compile(term if regex else re.escape(term))
    rows = []
    for _, row in paragraphs.iterrows():
        text = str(row["text"])
        for m in pattern.finditer(text):
            s, e = m.span()
            rows.append({"left": text[max(0, s - window):s], "term": m.group(0),
                         "right": text[e:e + window],
                         "group": row[by] if by is not None else None,
                         "doc_id": row.get("doc_id"), "para": row.get("para"), "start": s})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS + ["start"])


def _g2_table(o11, r1, c1, n) -> np.ndarray:
    """Unsigned G² of 2x2 tables given by cell o11, row total r1, column total c1, grand total n."""
    o11, r1, c1, n = (np.asarray(x, dtype=float) for x in (o11, r1, c1, n))
    obs = [o11, r1 - o11, c1 - o11, n - r1 - c1 + o11]
    exp = [r1 * c1 / n, r1 * (n - c1) / n, (n - r1) * c1 / n, (n - r1) * (n - c1) / n]
    return np.maximum(2.0 * sum(_xlogx_over(o, e) for o, e in zip(obs, exp)), 0.0)


def collocations(token_lists: Iterable[Sequence[str]], window: int = 5, min_count: int = 3,
                 node: str | None = None) -> pd.DataFrame:
    """Word pairs that co-occur within ``window`` tokens more often than chance.

    Parameters
    ----------
    token_lists : iterable of token lists
        One list per paragraph; pairs never cross a paragraph boundary.
    window : int
        ``right`` is counted when it follows ``left`` at most ``window`` tokens later.
    min_count : int
        Keep pairs seen at least this many times (PMI overrates rare pairs).
    node : str, optional
        Keep only pairs with ``node`` on either side.

    Returns
    -------
    DataFrame ``[left, right, count, expected, pmi, g2]`` sorted by g2
    descending, then left, right.

    Each (position, later position within window) is one slot; ``R1`` = slots
    starting with ``left``, ``C1`` = slots ending with ``right``, ``N`` = all
    slots, ``expected = R1*C1/N``. PMI = ``log2(count/expected)`` (Church &
    Hanks 1990); G² is Dunning's (1993) log-likelihood of the 2x2 table
    (count, R1, C1, N), which unlike PMI does not favour rare pairs
    (Evert 2008, "Corpora and collocations").
    """
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    pairs: Counter = Counter()
    first: Counter = Counter()
    second: Counter = Counter()
    n_slots = 0
    for tokens in token_lists:
        tokens = list(tokens)
        for i, x in enumerate(tokens):
            for y in tokens[i + 1:i + 1 + window]:
                pairs[(x, y)] += 1
                first[x] += 1
                second[y] += 1
                n_slots += 1
    rows = [(x, y, o) for (x, y), o in pairs.items()
            if o >= min_count and (node is None or node in (x, y))]
    cols = ["left", "right", "count", "expected", "pmi", "g2"]
    if not rows:
        return pd.DataFrame(columns=cols)
    left, right, o = (np.array(v, dtype=object) for v in zip(*rows))
    o = o.astype(float)
    r1 = np.array([first[x] for x in left], dtype=float)
    c1 = np.array([second[y] for y in right], dtype=float)
    expected = r1 * c1 / n_slots
    df = pd.DataFrame({"left": left, "right": right, "count": o.astype(int), "expected": expected,
                       "pmi": np.log2(o / expected), "g2": _g2_table(o, r1, c1, n_slots)})
    order = np.lexsort((df["right"].astype(str), df["left"].astype(str), -df["g2"].to_numpy()))
    return df.iloc[order].reset_index(drop=True)


# ---------------------------------------------------------------- corpus -> paragraphs, tokenizer

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
