"""Known-answer corpora (pure: matrices in, tables out) for checking that "holds up" is right about as often as it claims.

The corpora are built from real paragraphs whose group labels carry no
information: the paragraphs are dealt at random into ``n_articles`` pseudo-
articles, half of them labelled "target". Any difference found between the
pseudo-groups is chance, so a calibrated procedure reports a holding result
in at most about ``alpha`` of such corpora (BH controls the family-wise error
when every null is true). The *planted* variant adds one known difference: a
feature placed in one paragraph of every target article; a procedure with
power finds it.

Families are given as plain matrices (one row per paragraph), so the same
harness checks terms (token counts, Log Ratio), topic shares (characters of
each topic, difference of shares) and rhetoric rates (matches per character,
difference of rates) with :func:`zhframe.stats.family_inference`, the code the
keyness table and the synthesis use. ``benchmarks/calibration.py`` prints the
table; ``tests/test_calibration.py`` checks it on a few corpora.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe.stats.permutation import family_inference

#: Families checked, with the statistic each uses.
STATISTICS = {"terms": "log_ratio", "topic shares": "difference", "rhetoric rates": "difference"}


def deal(n_paragraphs: int, n_articles: int = 20, random_state: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Deal paragraphs at random into articles; the first half of the articles is the target.

    Returns ``(article, is_target)``: the article (0..n_articles-1) of every paragraph
    and whether the paragraph belongs to a target article. Every article gets
    at least one paragraph (needs ``n_paragraphs >= n_articles``).
    """
    if n_paragraphs < n_articles:
        raise ValueError(f"{n_paragraphs} paragraphs cannot fill {n_articles} articles")
    rng = np.random.default_rng(random_state)
    article = np.concatenate([np.arange(n_articles), rng.integers(0, n_articles, n_paragraphs - n_articles)])
    article = rng.permutation(article)
    return article, article < n_articles // 2


def plant(counts, sizes, article: np.ndarray, is_target: np.ndarray, amount: str = "one",
          random_state: int = 0):
    """Add a planted feature column: present in one paragraph of every target article.

    ``amount``: ``"one"`` (one occurrence, like a planted word; the paragraph's
    size grows by one) or ``"paragraph"`` (the whole paragraph's size, like a
    paragraph entirely about a planted topic). Returns ``(counts, sizes)``.
    """
    rng = np.random.default_rng(random_state)
    sizes = np.asarray(sizes, dtype=float).copy()
    col = np.zeros(len(sizes))
    for a in np.unique(article[is_target]):
        rows = np.flatnonzero(article == a)
        i = rng.choice(rows)
        if amount == "one":
            col[i] = 1.0
            sizes[i] += 1.0
        else:
            col[i] = sizes[i]
    X = sp.hstack([sp.csr_matrix(counts), sp.csr_matrix(col[:, None])]).tocsr()
    return X, sizes


def calibrate(families: Mapping[str, tuple], n_corpora: int = 10, n_articles: int = 20,
              planted: bool = False, alpha: float = 0.05, n_perm: int = 9999,
              random_state: int = 0) -> pd.DataFrame:
    """Run every family on ``n_corpora`` random-label corpora; one row per (family, corpus).

    ``families``: name -> ``(counts, sizes)`` with one row per paragraph (the
    same paragraphs in every family); the statistic is :data:`STATISTICS`'s
    (``log_ratio`` for unknown names). With ``planted``, a feature is planted
    (:func:`plant`; one occurrence for terms and rhetoric, a whole paragraph
    for topics) and ``planted_holds`` says whether it holds up.

    Columns: family, corpus, n_features, n_testable, n_holding (not counting the
    planted feature), planted_holds.
    """
    rows = []
    n_par = next(iter(families.values()))[0].shape[0]
    for k in range(n_corpora):
        article, is_target = deal(n_par, n_articles, random_state + k)
        for name, (counts, sizes) in families.items():
            stat = STATISTICS.get(name, "log_ratio")
            X, s = counts, np.asarray(sizes, dtype=float)
            if planted:
                X, s = plant(counts, s, article, is_target, "paragraph" if name == "topic shares" else "one",
                             random_state=random_state + k)
            res = family_inference(X, s, is_target, article, statistic=stat, n_perm=n_perm,
                                         n_boot=1, alpha=alpha, random_state=random_state + k)
            held = res["holds_up"]
            rows.append({"family": name, "corpus": k, "n_features": int(X.shape[1]) - int(planted),
                         "n_testable": int(res["testable"].sum()),
                         "n_holding": int(held[:-1].sum() if planted else held.sum()),
                         "planted_holds": bool(held[-1]) if planted else None})
    return pd.DataFrame(rows)


def summary(null: pd.DataFrame, planted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per family: corpora, false-holding rate (share of random-label corpora with any holding
    result), mean holding results per corpus, and power (share of planted corpora where the
    planted difference holds up)."""
    out = null.groupby("family", sort=False).agg(
        corpora=("corpus", "size"), features=("n_features", "median"), testable=("n_testable", "median"),
        false_holding_rate=("n_holding", lambda s: float((s > 0).mean())),
        mean_holding=("n_holding", "mean"))
    if planted is not None:
        out["power"] = planted.groupby("family", sort=False)["planted_holds"].mean().astype(float)
    return out.reset_index()


# ---------------------------------------------------------------- article-level corpora of any size
#
# Real paragraphs (a heterogeneous pool: the seeds and the development sets) are drawn
# into pseudo-articles of real length; labels, dates and planted terms are then given
# at random. Everything is a matrix: ``S`` (articles x paragraphs, how often each
# paragraph was drawn into each article) turns paragraph counts into article counts.


def draw_articles(n_paragraphs: int, n_articles: int, mean_paragraphs: float = 8.0,
                  random_state: int = 0) -> sp.csr_matrix:
    """``S`` (n_articles, n_paragraphs): each article draws 1 + Poisson(mean - 1) paragraphs
    from the pool (with replacement across articles, without within one when it can)."""
    rng = np.random.default_rng(random_state)
    sizes = 1 + rng.poisson(max(mean_paragraphs - 1, 0), n_articles)
    rows, cols = [], []
    for i, k in enumerate(sizes):
        pick = rng.choice(n_paragraphs, size=int(k), replace=int(k) > n_paragraphs)
        rows.extend([i] * len(pick))
        cols.extend(pick.tolist())
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_articles, n_paragraphs))


def random_groups(n_articles: int, n_groups: int, random_state: int = 0) -> np.ndarray:
    """Balanced random group labels ``g0``, ``g1``... (sizes differ by at most one)."""
    rng = np.random.default_rng(random_state)
    return rng.permutation(np.array([f"g{i % n_groups}" for i in range(n_articles)]))


def random_years(n_articles: int, years=(2021, 2022, 2023), random_state: int = 0) -> np.ndarray:
    """Decimal years at random (uniform over the years, a random day within each)."""
    rng = np.random.default_rng(random_state)
    return rng.choice(np.asarray(years, dtype=float), n_articles) + rng.random(n_articles)


def plant_share(labels, group: str, share_in: float, share_out: float, random_state: int = 0) -> np.ndarray:
    """Counts (n_articles,) of a planted term: in ``share_in`` of ``group``'s articles and
    ``share_out`` of the others (exactly those shares, rounded), 1-3 occurrences each."""
    rng = np.random.default_rng(random_state)
    labels = np.asarray(labels)
    out = np.zeros(len(labels))
    for mask, share in ((labels == group, share_in), (labels != group, share_out)):
        idx = np.flatnonzero(mask)
        k = int(round(share * len(idx)))
        out[rng.choice(idx, k, replace=False)] = rng.integers(1, 4, k)
    return out


def plant_trend(S, times, start: float, end: float, random_state: int = 0,
                paragraphs_per_article: int | None = None) -> np.ndarray:
    """Counts (n_articles,) of a planted term whose share of *paragraphs* rises linearly
    from ``start`` at the earliest date to ``end`` at the latest: each paragraph carries it
    with that probability (once). ``paragraphs_per_article``: paragraphs of a real article
    (when the pool's paragraphs are shorter than real ones); default the drawn count."""
    rng = np.random.default_rng(random_state)
    t = np.asarray(times, dtype=float)
    frac = (t - t.min()) / max(np.ptp(t), 1e-9)
    prob = start + (end - start) * frac
    per_article = np.asarray(S.sum(axis=1)).ravel().astype(int)
    if paragraphs_per_article is not None:
        per_article = np.full(len(per_article), int(paragraphs_per_article))
    return rng.binomial(per_article, prob).astype(float)
