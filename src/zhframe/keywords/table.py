"""The keyness table: every term's counts and statistics, target group against the rest."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe.keywords.concordance import term_families
from zhframe.keywords.counting import Tokenizer, _check_paragraphs, _target_mask, count_matrix
from zhframe import stats
from zhframe.keywords.inference import (choose_design, describe_design, group_design, group_inference,
                                        keyness_inference)
from zhframe.keywords.statistics import (dirichlet_prior, g2, g2_pvalue, jieba_background, log_odds_dirichlet,
                                         log_ratio)

KEYNESS_COLUMNS = ["term", "count_target", "count_reference", "total_target", "total_reference",
                   "g2", "p_value", "log_ratio", "log_odds", "log_odds_z"]
#: Columns the calibrated inference adds (``p_value`` then is the permutation p-value).
INFERENCE_COLUMNS = ["g2_p_value", "q_value", "testable", "lr_low", "lr_high", "holds_up", "design",
                     "units_target", "units_reference", "share_log_ratio"]
#: Columns of :func:`keyness_by_group` (every group against the rest).
GROUP_COLUMNS = ["group", "term", "count_group", "count_rest", "units_group", "units_rest", "n_group", "n_rest",
                 "share_group", "share_rest", "log_ratio", "share_log_ratio", "lr_low", "lr_high", "p_value",
                 "q_value", "testable", "holds_up", "design"]
#: Columns of :func:`keyword_trends`.
TREND_COLUMNS = ["term", "slope", "lo", "hi", "p_value", "q_value", "holds_up", "n_units", "testable",
                 "first_share", "last_share", "design"]


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
            jieba_tokenizer=None, design: str | None = None, alpha: float = 0.05,
            unit: str = "doc_id", compounds: bool = True) -> pd.DataFrame:
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
    design : "auto", "articles" or "paragraphs", optional
        Run the calibrated inference (also when ``n_boot`` or ``n_perm`` > 0):
        the share of sampling units using each term compared
        (:func:`~zhframe.keywords.inference.choose_design`; ``auto`` = articles
        when each side has at least two, paragraphs otherwise): Fisher's exact test
        (the exact permutation test of the labels over the units), Benjamini-Hochberg
        over the testable terms (Gilbert 2005), and the interval of the same
        quantity, the log2 ratio of the shares (``share_log_ratio``; one-sided
        for a term one side never uses; :func:`zhframe.stats.share_contrasts`).
        ``log_ratio`` stays Hardie's token Log Ratio, descriptive. Adds ``p_value`` (exact),
        ``q_value``, ``testable``, ``lr_low``, ``lr_high``, ``holds_up``
        (q <= ``alpha``), ``design``, ``units_target``/``units_reference`` (units using
        the term) and ``share_log_ratio``; ``df.attrs["design"]`` and
        ``df.attrs["design_text"]`` say which design was used, in words.
    n_boot, n_perm : int
        > 0 asks for the inference (kept for old callers: the test is exact, the interval analytic).
    alpha : float
        False discovery rate of ``holds_up`` (default 0.05).
    unit : str
        Column naming each paragraph's article (for the article design).
    compounds : bool
        Add ``compounds``, ``compound_count_target``, ``compound_count_reference``
        (:func:`~zhframe.keywords.term_families`): the longer tokens that contain
        each term (党史 in 党史学习教育, 学党史...) with their counts, since the
        term's own count leaves those uses out.
    ci, random_state : bootstrap/permutation settings.
    jieba_tokenizer : jieba.Tokenizer, optional
        Used for ``prior="jieba"``.

    Returns
    -------
    DataFrame
        :data:`KEYNESS_COLUMNS` (+ inference columns), sorted by ``|g2|``
        descending, ties by ``term``. ``total_target``/``total_reference`` are
        the token counts the statistics used. ``g2_p_value`` is G²'s token-level
        p-value (optimistic: tokens are not independent draws); ``p_value`` is the
        same number without inference and the permutation p-value with it.
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
    df = keyness_table(terms, a, b, c, d, dirichlet_prior(a + b, alpha0, background))
    df["g2_p_value"] = df["p_value"]
    if compounds:
        df = df.join(term_families(terms, a, b), on="term")
    if design is not None or n_boot > 0 or n_perm > 0:
        chosen = choose_design(paragraphs, by, target, unit, design or "auto")
        units = paragraphs[unit].astype(str).to_numpy() if chosen == "articles" else None
        res = keyness_inference(X, is_target, units, alpha=alpha, ci=ci)
        n_t, n_r = res["n_units"]
        inf = pd.DataFrame({"term": terms, "p_value": res["p_value"], "q_value": res["q_value"],
                            "testable": res["testable"], "lr_low": res["lr_low"], "lr_high": res["lr_high"],
                            "holds_up": res["holds_up"], "units_target": res["units_target"],
                            "units_reference": res["units_rest"], "share_log_ratio": res["effect"]})
        df = df.drop(columns="p_value").merge(inf, on="term", how="left")
        df = df[KEYNESS_COLUMNS + [c for c in df.columns if c not in KEYNESS_COLUMNS]]
        df["design"] = chosen
        df.attrs["design"] = chosen
        has_units = unit in paragraphs.columns
        arts = (paragraphs.loc[is_target, unit].nunique(), paragraphs.loc[~is_target, unit].nunique()) \
            if has_units else None
        df.attrs["design_text"] = describe_design(chosen, n_t, n_r, arts, has_units)
        df.attrs["alpha"] = alpha
    keep = (df["count_target"] + df["count_reference"]) >= min_count
    out = df[keep].reset_index(drop=True)
    out.attrs = dict(df.attrs)
    return out


def _article_frame(paragraphs: pd.DataFrame, X, unit: str, design: str):
    """Units of the design: (counts per unit, first paragraph of each unit)."""
    from zhframe.keywords.inference import unit_counts

    units = paragraphs[unit].astype(str).to_numpy() if design == "articles" else None
    return unit_counts(X, units)


def keyness_by_group(paragraphs: pd.DataFrame, by: str, tokenizer: Tokenizer, *, unit: str = "doc_id",
                     design: str = "auto", alpha: float = 0.05, ci: float = 0.95, adjust_for: str | None = None,
                     within: str | None = None, min_count: int = 1, keep: str = "present") -> pd.DataFrame:
    """Every group against the rest, every term, corrected across every contrast made.

    One pass over the count matrix (:func:`~zhframe.keywords.inference.group_inference`):
    the share of each group's units (articles; paragraphs when fewer than two groups
    have several articles) using each term against the rest's, Fisher's exact test,
    one Benjamini-Hochberg over every group x term contrast (after Gilbert's screen),
    and the log2 share ratio with its interval (one-sided for n/0). Groups with one
    article are kept in the rest and not compared (``attrs["single"]``, and one
    sentence in ``attrs["single_text"]``). With two groups only the first is compared
    (the second is its mirror image).

    ``adjust_for``: a date column (``parse_times``; the year is the stratum): each group is
    compared with the rest *within* years (exact stratified test, Mantel-Haenszel ratio),
    a group difference adjusted for date.

    ``within``: a parent column the grouping is nested in (place within province): each
    group is compared with the other groups of its own parent (the parent is the stratum;
    with ``adjust_for`` too, parent x year). ``units_rest``/``n_rest`` then count that rest.

    Returns :data:`GROUP_COLUMNS` sorted by group, q, p, term; ``count_*`` are token counts,
    ``units_*`` units using the term, ``n_*`` units per side, ``log_ratio`` the token
    Log Ratio (descriptive). ``attrs``: design, design_text, single, single_text,
    n_contrasts, n_testable, alpha, and ``omnibus`` (per term: "some group differs",
    Bonferroni over its group contrasts, BH q over terms; :func:`zhframe.stats.omnibus`).
    """
    _check_paragraphs(paragraphs, by)
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    labels = paragraphs[by].astype(str).to_numpy()
    has_units = unit in paragraphs.columns
    per_group = paragraphs.groupby(by)[unit].nunique() if has_units else pd.Series(dtype=int)
    per_group.index = per_group.index.astype(str)
    chosen = group_design(per_group.to_dict(), design, has_units)
    units = paragraphs[unit].astype(str).to_numpy() if chosen == "articles" else None
    strata = None
    if adjust_for is not None:
        if adjust_for not in paragraphs.columns:
            raise ValueError(f"no column {adjust_for!r} to adjust for")
        strata = stats.periods(stats.parse_times(paragraphs[adjust_for].tolist(), adjust_for))
    if within is not None:
        if within not in paragraphs.columns:
            raise ValueError(f"no column {within!r} to nest {by!r} in")
        parent = paragraphs[within].astype(str).to_numpy()
        nested = pd.Series(parent).groupby(pd.Series(labels)).nunique()
        if (nested > 1).any():
            raise ValueError(f"{by!r} is not nested in {within!r}: {nested[nested > 1].index[0]} "
                             f"is in several values of {within!r}")
        strata = parent if strata is None else np.char.add(np.char.add(parent.astype(str), "|"), strata)
    res = group_inference(X, labels, units, strata=strata, alpha=alpha, ci=ci, keep=keep)
    terms = np.asarray(terms, dtype=object)
    G = pd.get_dummies(pd.Series(labels)).astype(float)
    tok = np.asarray((sp.csr_matrix(G.to_numpy().T) @ X).todense()).astype(np.int64)
    gidx = {g: i for i, g in enumerate(G.columns.astype(str))}
    total = tok.sum(axis=0)
    tokens_g = tok.sum(axis=1)
    gi = res["group"].map(gidx).to_numpy()
    f = res["feature"].to_numpy()
    a = tok[gi, f]
    b = total[f] - a
    c = tokens_g[gi]
    out = pd.DataFrame({
        "group": res["group"].to_numpy(), "term": terms[f], "count_group": a, "count_rest": b,
        "units_group": res["x_group"].to_numpy(), "units_rest": res["x_rest"].to_numpy(),
        "n_group": res["n_group"].to_numpy(), "n_rest": res["n_rest"].to_numpy(),
        "share_group": res["share_group"].to_numpy(), "share_rest": res["share_rest"].to_numpy(),
        "log_ratio": log_ratio(a, b, c, tokens_g.sum() - c), "share_log_ratio": res["difference"].to_numpy(),
        "lr_low": res["lo"].to_numpy(), "lr_high": res["hi"].to_numpy(), "p_value": res["p_value"].to_numpy(),
        "q_value": res["q_value"].to_numpy(), "testable": res["testable"].to_numpy(),
        "holds_up": res["holds_up"].to_numpy(), "design": chosen})
    out = out[(out["count_group"] + out["count_rest"]) >= min_count]
    out = out.sort_values(["group", "q_value", "p_value", "term"], kind="stable").reset_index(drop=True)
    single = res.attrs["single"] if chosen == "articles" else []
    n_groups = len(gidx) - len(single)
    unit_word = "articles" if chosen == "articles" else "paragraphs"
    if chosen == "articles":
        text = (f"every group against the rest, the share of {unit_word} using each term (Fisher's exact test, "
                f"one Benjamini-Hochberg over all {res.attrs['n_contrasts']:,} group x term contrasts): "
                "a holding difference is one between the groups these articles were sampled from")
    else:
        why = "because no column names each paragraph's article" if not has_units else \
            "because fewer than two groups have several articles"
        text = (f"every group against the rest over paragraphs {why}: a holding difference is one between "
                "these articles, not between the groups")
    if within is not None:
        text += f"; each group against the other groups of its own {within}"
    if adjust_for is not None:
        text += f"; compared within each year of {adjust_for!r} (adjusted for date)"
    omni = stats.omnibus(res, n_groups=n_groups)
    omni.insert(0, "term", terms[omni["feature"].to_numpy()])
    out.attrs = {"omnibus": omni.drop(columns="feature").sort_values(["omnibus_q", "term"]).reset_index(drop=True),
                 "design": chosen, "design_text": text, "single": single,
                 "single_text": stats.single_unit_sentence(single), "n_contrasts": res.attrs["n_contrasts"],
                 "n_testable": res.attrs["n_testable"], "n_groups": n_groups, "alpha": alpha}
    return out


def keyword_trends(paragraphs: pd.DataFrame, time: str, tokenizer: Tokenizer, *, by: str | None = None,
                   unit: str = "doc_id", alpha: float = 0.05, ci: float = 0.95, min_units: int = 3,
                   min_count: int = 1, random_state: int = 0) -> pd.DataFrame:
    """Per-term trend over time at the article level (:func:`zhframe.stats.trend_tests`).

    ``time``: a date column (``2021``, ``2021-06``, ``2021-06-18``...). Paragraphs are
    summed per article; the slope per year of the log2 rate (Poisson, log tokens as
    offset), its robust interval, the exact permutation test of the dates over articles
    (sequential, so p reaches what BH over all terms needs), q over terms. ``by``: dates
    permuted within groups (a trend adjusted for group). ``first_share``/``last_share``:
    share of articles using the term in the first and last year.
    Returns :data:`TREND_COLUMNS` sorted by q, p, term; ``attrs``: design_text, n_tested,
    floor_binds, periods (the per-period view of the holding terms, long format).
    """
    _check_paragraphs(paragraphs, time)
    if unit not in paragraphs.columns:
        raise ValueError(f"trends need a {unit!r} column naming each paragraph's article")
    X, terms = count_matrix(paragraphs["text"].tolist(), tokenizer)
    from zhframe.keywords.inference import unit_counts

    U, first = unit_counts(X, paragraphs[unit].astype(str).to_numpy())
    E = np.asarray(U.sum(axis=1)).ravel()
    ok = E > 0
    U, first, E = U[ok], first[ok], E[ok]
    times = stats.parse_times(paragraphs[time].iloc[first].tolist(), time)
    strata = paragraphs[by].astype(str).to_numpy()[first] if by is not None else None
    res = stats.trend_tests(U, E, times, alpha=alpha, ci=ci, min_units=min_units, strata=strata,
                            random_state=random_state)
    per = stats.periods(times)
    first_p, last_p = min(per), max(per)
    P = U.copy()
    P.data = (P.data > 0).astype(float)
    share_first = np.asarray(P[per == first_p].mean(axis=0)).ravel()
    share_last = np.asarray(P[per == last_p].mean(axis=0)).ravel()
    f = res["feature"].to_numpy()
    terms = np.asarray(terms, dtype=object)
    out = pd.DataFrame({"term": terms[f], "slope": res["slope"].to_numpy(), "lo": res["lo"].to_numpy(),
                        "hi": res["hi"].to_numpy(), "p_value": res["p_value"].to_numpy(),
                        "q_value": res["q_value"].to_numpy(), "holds_up": res["holds_up"].to_numpy(),
                        "n_units": res["n_units"].to_numpy(), "testable": res["testable"].to_numpy(),
                        "first_share": share_first[f], "last_share": share_last[f], "design": "articles"})
    counts = np.asarray(U.sum(axis=0)).ravel()[f]
    out = out[counts >= min_count].reset_index(drop=True)
    held = res.loc[res["holds_up"], "feature"].to_numpy()
    view = stats.period_view(U, E, per, held)
    view.insert(0, "term", terms[view["feature"].to_numpy().astype(int)] if len(view) else pd.Series(dtype=object))
    adj = f", dates permuted within each {by}" if by else ""
    floor = res.attrs["floor_binds"]
    text = (f"trend per year of each term's rate over {len(E)} articles ({first_p}-{last_p}), dates permuted over "
            f"articles{adj}; Benjamini-Hochberg over {res.attrs['n_tested']:,} terms used in at least "
            f"{min_units} articles")
    if floor:
        text += f"; {floor} term(s) sit at the Monte Carlo floor 1/{res.attrs['n_max'] + 1:,}"
    out.attrs = {"design": "articles", "design_text": text, "n_tested": res.attrs["n_tested"],
                 "floor_binds": floor, "periods": view.drop(columns="feature"),
                 "alpha": alpha}
    return out


def group_shares(paragraphs: pd.DataFrame, by: str, tokenizer: Tokenizer, terms, *, unit: str = "doc_id",
                 ci: float = 0.95) -> pd.DataFrame:
    """Each group's share of articles using each of ``terms``, shrunken for ranking many small groups.

    Empirical-Bayes beta-binomial estimates (:func:`zhframe.stats.shrunken_shares`): a place with
    2 articles is pulled toward the share of all articles, one with 80 keeps its own, so 100
    places can be ranked by ``shrunken`` with an interval each. Columns: term, group, articles,
    units_with, share (raw), shrunken, lo, hi, rank (1 = highest shrunken share of that term;
    ties by group). Groups with one article are listed (flagged ``single``) but not ranked.
    """
    _check_paragraphs(paragraphs, by)
    X, vocab = count_matrix(paragraphs["text"].tolist(), tokenizer)
    index = {t: i for i, t in enumerate(vocab)}
    terms = [t for t in terms if t in index]
    from zhframe.keywords.inference import unit_counts

    U, first = unit_counts(X, paragraphs[unit].astype(str).to_numpy())
    labels = paragraphs[by].astype(str).to_numpy()[first]
    groups = sorted(set(labels.tolist()))
    G = sp.csr_matrix((np.ones(len(labels)), (np.searchsorted(groups, labels), np.arange(len(labels)))),
                      shape=(len(groups), len(labels)))
    P = stats.presence(U[:, [index[t] for t in terms]])
    x = np.asarray((G @ P).todense())
    n = np.asarray(G.sum(axis=1)).ravel()
    est, lo, hi = stats.shrunken_shares(x, n, ci)
    rows = []
    for j, t in enumerate(terms):
        for i, g in enumerate(groups):
            rows.append({"term": t, "group": g, "articles": int(n[i]), "units_with": int(x[i, j]),
                         "share": x[i, j] / n[i], "shrunken": est[i, j], "lo": lo[i, j], "hi": hi[i, j],
                         "single": n[i] < 2})
    out = pd.DataFrame(rows)
    if len(out):
        ranked = out[~out["single"]].sort_values(["term", "shrunken", "group"], ascending=[True, False, True])
        out["rank"] = ranked.groupby("term").cumcount().add(1).reindex(out.index)
        out = out.sort_values(["term", "rank", "group"], kind="stable", na_position="last").reset_index(drop=True)
    return out
