"""The three families of group differences (terms, topic shares, rhetoric rates), tested alike.

Every family is a matrix of what each paragraph contributes to each feature
(token counts of a term, characters of a topic, matches of a rhetoric feature)
and an exposure per paragraph (tokens, characters). Each is tested with
:func:`zhframe.stats.family_inference`: group labels permuted over the sampling
unit (articles when the target and the rest have at least two articles each,
paragraphs otherwise; ``design=`` overrides), Benjamini-Hochberg over the
family's testable features (Gilbert 2005), ``holds_up`` = q <= ``alpha``, and a
cluster-bootstrap interval over the same units. With ``n_null`` > 0 the same
tests run on ``n_null`` random relabelings of the units, and
:func:`measured_null` reports how many results hold up when labels mean nothing.

Comparisons are ``target`` against the rest pooled; without ``target``, the
first of two groups (the other is its mirror image) or every group in turn.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe import stats

#: The feature families, in the order tables and figures show them.
FAMILIES = ("keywords", "topics", "rhetoric")
#: Families over time (:func:`trend_differences`), outside the group comparisons.
TIME_FAMILIES = ("trends",)
#: What ``difference`` measures in each family.
UNITS = {
    "keywords": "log2 ratio of the shares of units (articles) using the term",
    "topics": "difference in share of the group's characters",
    "rhetoric": "difference per 1,000 characters",
    "trends": "slope per year of the log2 rate",
}
DIFFERENCE_COLUMNS = ["family", "target", "item", "label", "difference", "lo", "hi", "holds_up",
                      "target_value", "rest_value", "evidence", "p_value", "q_value", "testable", "design"]
#: Permutations per test (enough for a term to pass BH among a few hundred testable ones).
N_PERM = 9999


def comparison_targets(groups: Sequence, target=None) -> list[str]:
    """Groups compared with the rest: ``[target]`` when given; else the first of two
    (the other is its mirror), or every group, sorted."""
    groups = sorted({str(g) for g in groups})
    if len(groups) < 2:
        raise ValueError(f"need at least two groups to compare, got {groups}")
    if target is not None:
        if str(target) not in groups:
            raise ValueError(f"target {target!r} is not one of the groups ({', '.join(groups)})")
        return [str(target)]
    return groups[:1] if len(groups) == 2 else groups


def _targets(values, targets, target) -> list[str]:
    if targets is not None and target is None:
        return [str(t) for t in targets]
    return comparison_targets(values, target)


def _finish(rows: pd.DataFrame, null: dict | None = None) -> pd.DataFrame:
    out = rows.reindex(columns=DIFFERENCE_COLUMNS + [c for c in rows.columns if c not in DIFFERENCE_COLUMNS]).copy()
    out["holds_up"] = out["holds_up"].fillna(False).astype(bool)
    out = out.sort_values(["family", "target", "difference", "item"], ascending=[True, True, False, True],
                          kind="stable").reset_index(drop=True)
    if null is not None:
        # tuples, not arrays: pandas compares attrs when concatenating tables
        out.attrs["null"] = {t: tuple(int(x) for x in v) for t, v in null.items()}
    return out


def _test(counts, sizes, is_target, paragraphs, by, target, statistic, *, design, unit, alpha, n_perm,
          n_boot, random_state, n_null):
    from zhframe.keywords.inference import choose_design

    chosen = choose_design(paragraphs, by, target, unit, design)
    units = paragraphs[unit].astype(str).to_numpy() if chosen == "articles" else None
    res = stats.family_inference(counts, sizes, is_target, units, statistic=statistic, n_perm=n_perm,
                                 n_boot=n_boot, alpha=alpha, random_state=random_state, n_null=n_null,
                                 null_random_state=random_state + 1)
    res["design"] = chosen
    return res


def _tests(counts, sizes, table, by, targets, statistic, *, design, unit, alpha, n_perm, n_boot,
           random_state, n_null) -> list[dict]:
    """:func:`_test` of each target against the rest; with several targets tested at the article
    level, all of them in one pass over shared permutation draws
    (:func:`zhframe.stats.contrasts.contrasts_inference`), so the cost does not grow with the
    number of groups."""
    from zhframe.keywords.inference import choose_design
    from zhframe.stats.contrasts import contrasts_inference

    labels = table[by].astype(str)
    designs = [choose_design(table, by, t, unit, design) for t in targets] if unit in table else []
    if len(targets) > 1 and designs and all(d == "articles" for d in designs):
        # one correction over every contrast: enough draws that the Monte Carlo floor never
        # decides (1 / (n_perm + 1) at most half of alpha / contrasts), else with 100 groups no
        # rhetoric rate could ever hold up
        n_perm = max(n_perm, stats.n_max_for(len(targets) * np.shape(counts)[1], alpha))
        results = contrasts_inference(counts, sizes, labels.to_numpy(), targets,
                                      table[unit].astype(str).to_numpy(), statistic=statistic,
                                      n_perm=n_perm, n_boot=n_boot, alpha=alpha, random_state=random_state,
                                      n_null=n_null, null_random_state=random_state + 1)
        for res in results:
            res["design"] = "articles"
        return results
    return [_test(counts, sizes, (labels == t).to_numpy(), table, by, t, statistic, design=design, unit=unit,
                  alpha=alpha, n_perm=n_perm, n_boot=n_boot, random_state=random_state, n_null=n_null)
            for t in targets]


def keyword_differences(paragraphs: pd.DataFrame, by: str, tokenizer, targets: Sequence | None = None,
                        n_boot: int = 1000, random_state: int = 0, *, target=None, design: str = "auto",
                        unit: str = "doc_id", alpha: float = 0.05, n_perm: int = N_PERM,
                        n_null: int = 0, adjust_for: str | None = None) -> pd.DataFrame:
    """Keyness of every term, each compared group against the rest, as difference rows.

    ``paragraphs``: body paragraphs with ``text``, ``by`` and ``unit``;
    ``tokenizer``: notebook 03's (the masked project tokenizer). The compared
    quantity is the share of units (articles; paragraphs when a side has one
    article) using the term: ``difference`` is the log2 ratio of the shares, ``lo``/
    ``hi`` its test-based interval (one-sided for a term one side never uses),
    ``p_value`` Fisher's exact test of the same count, ``q_value`` one
    Benjamini-Hochberg over **every contrast made** (all targets x terms together),
    ``holds_up`` q <= alpha (:func:`zhframe.keywords.inference.group_inference`, one
    pass for all groups). ``target_value``/``rest_value`` stay the token counts;
    ``units_target``/``units_rest``, ``n_target``/``n_rest`` the units using the term
    and the units per side. Without ``target``: the first of two groups, or every
    group with at least two articles (groups with one article are kept in the rest,
    ``attrs["single"]``). ``adjust_for``: a date column, contrasts within years.
    ``attrs["null"]``: ``{target: holding counts under n_null random relabelings of
    the units}``. ``n_boot``/``n_perm`` are accepted for old callers (exact test,
    analytic interval). Returns :data:`DIFFERENCE_COLUMNS` + those columns.
    """
    from zhframe import keywords as kw
    from zhframe.keywords.inference import group_design, group_inference, unit_counts

    X, terms = kw.count_matrix(paragraphs["text"].tolist(), tokenizer)
    labels = paragraphs[by].astype(str).to_numpy()
    wanted = [str(t) for t in targets] if targets is not None and target is None else None
    if target is not None:
        comparison_targets(labels, target)  # one clear error for an unknown target
        chosen = _choose(paragraphs, by, target, unit, design)
        labels = np.where(labels == str(target), str(target), "\uffffrest")  # the rest pooled, sorted last
        wanted = [str(target)]
    else:
        per_group = paragraphs.groupby(by)[unit].nunique() if unit in paragraphs.columns else pd.Series(dtype=int)
        chosen = group_design({str(k): v for k, v in per_group.items()}, design, unit in paragraphs.columns)
    units = paragraphs[unit].astype(str).to_numpy() if chosen == "articles" else None
    strata = None
    if adjust_for is not None:
        strata = stats.periods(stats.parse_times(paragraphs[adjust_for].tolist(), adjust_for))
    res = group_inference(X, labels, units, strata=strata, alpha=alpha, keep="all", compare=wanted)
    G = pd.get_dummies(pd.Series(labels)).astype(float)
    tok = np.asarray((sp.csr_matrix(G.to_numpy().T) @ X).todense()).astype(np.int64)
    gidx = {g: i for i, g in enumerate(G.columns.astype(str))}
    f = res["feature"].to_numpy()
    a = tok[res["group"].map(gidx).to_numpy(), f]
    b = tok.sum(axis=0)[f] - a
    terms = np.asarray(terms, dtype=object)
    xg, xr, ng, nr = (res[c].to_numpy() for c in ("x_group", "x_rest", "n_group", "n_rest"))
    word = "articles" if chosen == "articles" else "paragraphs"
    out = pd.DataFrame({
        "family": "keywords", "target": res["group"].to_numpy(), "item": terms[f], "label": terms[f],
        "difference": res["difference"].to_numpy(), "lo": res["lo"].to_numpy(), "hi": res["hi"].to_numpy(),
        "holds_up": res["holds_up"].to_numpy(), "target_value": a, "rest_value": b,
        "evidence": [f"{x}/{n} vs {y}/{m} {word}" for x, n, y, m in zip(xg, ng, xr, nr)],
        "p_value": res["p_value"].to_numpy(), "q_value": res["q_value"].to_numpy(),
        "testable": res["testable"].to_numpy(), "design": chosen, "units_target": xg, "units_rest": xr,
        "n_target": ng, "n_rest": nr})
    null = {}
    if n_null:
        U, first = unit_counts(X, units)
        ok = np.asarray(U.sum(axis=1)).ravel() > 0
        U, ulab = U[ok], labels[first][ok]
        ust = None if strata is None else strata[first][ok]
        rng = np.random.default_rng(random_state + 1)
        compared = sorted(set(out["target"]))
        min_units = 2 if units is not None else 1
        perms = [rng.permutation(len(ulab)) if ust is None else _within(ust, rng) for _ in range(n_null)]
        if ust is None:  # verdicts only, the screen computed once: the same counts, far cheaper
            null = stats.null_holding(U, ulab, perms, alpha=alpha, min_units=min_units, compare=compared)
        else:
            counts = {t: [] for t in compared}
            for perm in perms:
                r = stats.share_contrasts(U, ulab[perm], strata=ust, alpha=alpha, keep="present",
                                          min_units=min_units, compare=compared)
                held = r[r["holds_up"]].groupby("group").size()
                for t in compared:
                    counts[t].append(int(held.get(t, 0)))
            null = {t: np.array(v) for t, v in counts.items()}
    table = _finish(out, null if n_null else {t: np.array([], dtype=int) for t in set(out["target"])})
    table.attrs["single"] = res.attrs["single"] if chosen == "articles" else []
    table.attrs["single_text"] = stats.single_unit_sentence(table.attrs["single"])
    table.attrs["n_contrasts"] = res.attrs["n_contrasts"]
    return table


def _within(strata: np.ndarray, rng) -> np.ndarray:
    """A permutation of positions that moves units only within their stratum."""
    perm = np.arange(len(strata))
    for s in sorted(set(strata.tolist())):
        idx = np.flatnonzero(strata == s)
        perm[idx] = rng.permutation(idx)
    return perm


def _choose(paragraphs, by, target, unit, design):
    from zhframe.keywords.inference import choose_design

    return choose_design(paragraphs, by, target, unit, design)


def trend_differences(paragraphs: pd.DataFrame, time: str, tokenizer, *, by: str | None = None,
                      unit: str = "doc_id", alpha: float = 0.05, min_units: int = 3,
                      random_state: int = 0) -> pd.DataFrame:
    """Every term's trend over time (:func:`zhframe.keywords.keyword_trends`) as difference rows.

    ``family`` "trends", ``target`` "per year" (or "per year, within <by>"), ``difference``
    the slope per year of the log2 rate at the article level, ``lo``/``hi`` its robust
    interval, ``p_value`` the exact (sequential permutation) test of the dates over
    articles, ``q_value`` BH across terms; ``target_value``/``rest_value`` the share of
    articles using the term in the last and first year. Returns :data:`DIFFERENCE_COLUMNS`;
    ``attrs["periods"]`` the per-year view of the holding terms.
    """
    from zhframe import keywords as kw

    tr = kw.keyword_trends(paragraphs, time, tokenizer, by=by, unit=unit, alpha=alpha, min_units=min_units,
                           random_state=random_state)
    label = "per year" if by is None else f"per year, within {by}"
    out = pd.DataFrame({
        "family": "trends", "target": label, "item": tr["term"], "label": tr["term"],
        "difference": tr["slope"], "lo": tr["lo"], "hi": tr["hi"], "holds_up": tr["holds_up"],
        "target_value": tr["last_share"], "rest_value": tr["first_share"],
        "evidence": [f"{a:.0%} of first-year articles, {b:.0%} of last-year" for a, b in
                     zip(tr["first_share"], tr["last_share"])],
        "p_value": tr["p_value"], "q_value": tr["q_value"], "testable": tr["testable"], "design": "articles"})
    table = _finish(out)
    table.attrs["periods"] = tr.attrs["periods"]
    table.attrs["design_text"] = tr.attrs["design_text"]
    return table


def topic_differences(prevalence: pd.DataFrame | None = None, targets: Sequence | None = None, *,
                      fit: dict | None = None, by: str | None = None, target=None, design: str = "auto",
                      unit: str = "doc_id", alpha: float = 0.05, n_perm: int = N_PERM, n_boot: int = 1000,
                      random_state: int = 0, n_null: int = 0) -> pd.DataFrame:
    """Topic share differences (target minus rest).

    With ``fit`` (:meth:`zhframe.synthesis.study.Study.topic_fit`'s ``as_dict()``) and ``by``: tested like every family
    (shares are characters of each topic over characters, summed per unit;
    permutation test of the share difference, BH over the topics, cluster
    bootstrap interval). Without: read from ``prevalence``
    (:func:`zhframe.topics.topic_prevalence`), with ``holds_up`` meaning only that
    the paragraph-bootstrap interval excludes zero (kept for old callers; not a test).
    """
    if fit is None:
        if prevalence is None:
            raise ValueError("pass prevalence, or fit and by")
        ts = _targets(prevalence["group"], targets, target)
        p = prevalence[prevalence["group"].astype(str).isin(ts)]
        return _finish(pd.DataFrame({
            "family": "topics", "target": p["group"].astype(str), "item": [f"T{t}" for t in p["topic"]],
            "label": p["label"], "difference": p["diff"], "lo": p["diff_lo"], "hi": p["diff_hi"],
            "holds_up": (p["diff_lo"] > 0) | (p["diff_hi"] < 0), "target_value": p["share"],
            "rest_value": p["rest_share"],
            "evidence": [f"{a:.0%} vs {b:.0%} of characters" for a, b in zip(p["share"], p["rest_share"])]}))
    if by is None:
        raise ValueError("topic_differences(fit=...) needs by=")
    docs, theta = fit["docs"], np.asarray(fit["theta"], dtype=float)
    chars = docs["n_chars"].to_numpy(dtype=float) * (theta.sum(axis=1) > 0)
    counts = theta * docs["n_chars"].to_numpy(dtype=float)[:, None]
    parts, results = [], []
    compared = _targets(docs[by].astype(str), targets, target)
    tested = _tests(counts, chars, docs, by, compared, "difference", design=design, unit=unit, alpha=alpha,
                    n_perm=n_perm, n_boot=n_boot, random_state=random_state, n_null=n_null)
    for t, res in zip(compared, tested):
        is_t = (docs[by].astype(str) == t).to_numpy()
        share_t = counts[is_t].sum(axis=0) / chars[is_t].sum()
        share_r = counts[~is_t].sum(axis=0) / chars[~is_t].sum()
        results.append(res)
        parts.append(pd.DataFrame({
            "family": "topics", "target": t, "item": [f"T{j + 1}" for j in range(theta.shape[1])],
            "label": list(fit["labels"]), "difference": share_t - share_r, "lo": res["low"], "hi": res["high"],
            "holds_up": res["holds_up"], "target_value": share_t, "rest_value": share_r,
            "evidence": [f"{a:.0%} vs {b:.0%} of characters" for a, b in zip(share_t, share_r)],
            "p_value": res["p_value"], "q_value": res["q_value"], "testable": res["testable"],
            "design": res["design"]}))
    return _finish(*correct_jointly(parts, results, alpha))


def rhetoric_differences(features: pd.DataFrame, by: str, columns: Sequence[str],
                         targets: Sequence | None = None, n_boot: int = 1000, random_state: int = 0, *,
                         target=None, design: str = "auto", unit: str = "doc_id", alpha: float = 0.05,
                         n_perm: int = N_PERM, n_null: int = 0) -> pd.DataFrame:
    """Rhetoric rate differences per 1,000 characters, tested like every family.

    ``features`` is :func:`~zhframe.rhetoric.features.paragraph_features`'s table
    (counts per paragraph and ``n_chars``). Rates are ratios of sums (matches over
    characters of the group), ``difference`` target minus rest per 1,000 characters.
    """
    from zhframe.rhetoric.labels import label

    columns = list(columns)
    counts = features[columns].to_numpy(dtype=float)
    chars = features["n_chars"].to_numpy(dtype=float)
    parts, results = [], []
    compared = _targets(features[by].astype(str), targets, target)
    tested = _tests(counts, chars, features, by, compared, "difference", design=design, unit=unit, alpha=alpha,
                    n_perm=n_perm, n_boot=n_boot, random_state=random_state, n_null=n_null)
    for t, res in zip(compared, tested):
        is_t = (features[by].astype(str) == t).to_numpy()
        rate_t = 1000 * counts[is_t].sum(axis=0) / chars[is_t].sum()
        rate_r = 1000 * counts[~is_t].sum(axis=0) / chars[~is_t].sum()
        results.append(res)
        parts.append(pd.DataFrame({
            "family": "rhetoric", "target": t, "item": columns, "label": [label(c) for c in columns],
            "difference": rate_t - rate_r, "lo": 1000 * res["low"], "hi": 1000 * res["high"],
            "holds_up": res["holds_up"], "target_value": rate_t, "rest_value": rate_r,
            "evidence": [f"{a:.1f} vs {b:.1f} per 1,000 characters" for a, b in zip(rate_t, rate_r)],
            "p_value": res["p_value"], "q_value": res["q_value"], "testable": res["testable"],
            "design": res["design"]}))
    return _finish(*correct_jointly(parts, results, alpha))


def correct_jointly(parts: list[pd.DataFrame], results: list[dict], alpha: float
                    ) -> tuple[pd.DataFrame, dict]:
    """One correction over every contrast made: the rows of each compared group (``parts``,
    in the order of their :func:`zhframe.stats.family_inference` ``results``) get the q-values
    of one Tarone-screened Benjamini-Hochberg over all groups' tests together, as the term
    family's :func:`zhframe.stats.share_contrasts` does, so that with 10 groups a family does
    not get 10 chances to hold something by chance. The measured null is corrected the same
    way, relabeling by relabeling. With one compared group nothing changes.

    Returns ``(rows, {group: holding counts under each relabeling})`` for :func:`_finish`."""
    table = pd.concat(parts, ignore_index=True)
    names = [str(p["target"].iloc[0]) for p in parts]
    if len(results) == 1:
        return table, {names[0]: results[0]["null_holding"]}
    widths = [r["p_all"].shape[1] for r in results]
    q, testable = stats.discrete_bh(np.hstack([r["p_all"] for r in results]),
                                    np.concatenate([r["p_min"] for r in results]), alpha)
    table["q_value"], table["testable"] = q[0], testable
    table["holds_up"] = q[0] <= alpha
    bounds = np.cumsum([0, *widths])
    null = {g: (q[1:, a:b] <= alpha).sum(axis=1) for g, a, b in zip(names, bounds[:-1], bounds[1:])}
    return table, null


def measured_null(*families: pd.DataFrame) -> pd.DataFrame:
    """The measured null of each family: how many results hold up when the labels mean nothing.

    ``families``: tables from :func:`keyword_differences`, :func:`topic_differences`
    (with ``fit``) and :func:`rhetoric_differences` run with ``n_null`` > 0. For each
    family and target: ``tested``, ``observed`` (holding results), ``n_null``
    (relabelings), ``null_mean`` and ``null_p95`` (mean and 95th percentile of the
    holding count over the relabelings) and ``p_at_least``:
    ``(1 + #{null >= observed}) / (1 + n_null)``, the chance of at least the
    observed number of holding results when nothing differs.
    """
    rows = []
    for table in families:
        null = table.attrs.get("null") or {}
        for t, counts in sorted(null.items()):
            part = table[table["target"] == t]
            if not len(part) or len(counts) == 0:
                continue
            counts = np.asarray(counts)
            observed = int(part["holds_up"].sum())
            rows.append({"family": part["family"].iloc[0], "target": t, "tested": len(part),
                         "observed": observed, "n_null": len(counts), "null_mean": float(counts.mean()),
                         "null_p95": float(np.quantile(counts, 0.95, method="higher")),
                         "p_at_least": float((1 + (counts >= observed).sum()) / (1 + len(counts))),
                         "design": part["design"].iloc[0]})
    return pd.DataFrame(rows, columns=["family", "target", "tested", "observed", "n_null", "null_mean",
                                       "null_p95", "p_at_least", "design"])


def metadata_differences(corpus: pd.DataFrame, by: str,
                         columns: Sequence[str] = ("date", "latest_date_shown", "outlet", "outlet_type",
                                                   "byline", "year", "city")) -> pd.DataFrame:
    """Metadata on which the compared groups differ: rival explanations of any difference.

    For each manifest column present (dates, outlets, bylines...), the values of each
    group (sorted, joined; empty values left out); a column is kept when at least
    two groups have values and the groups' values differ. Columns: column, then
    one per group.
    """
    groups = sorted(corpus[by].astype(str).unique())
    rows = []
    for col in columns:
        if col not in corpus.columns or col == by:
            continue
        vals = {}
        for g in groups:
            v = corpus.loc[corpus[by].astype(str) == g, col]
            v = sorted({str(x).strip() for x in v if pd.notna(x) and str(x).strip()})
            vals[g] = "; ".join(v)
        known = [v for v in vals.values() if v]
        if len(known) >= 2 and len(set(known)) > 1:
            rows.append({"column": col, **vals})
    return pd.DataFrame(rows, columns=["column", *groups])


def seed_families(corpus_dir: str = "seeds", n_topics: int = 4) -> tuple[dict, pd.DataFrame]:
    """The three families on the body paragraphs of a corpus: ``({name: (counts, sizes)}, paragraphs)``.

    Terms: the masked project tokenizer's counts (sizes: tokens). Topic shares:
    an NMF topic model with ``n_topics`` (fitted once; it never sees labels),
    each paragraph's characters split by its topic proportions (sizes:
    characters). Rhetoric rates: :func:`zhframe.rhetoric.features.paragraph_features`
    counts (sizes: characters).
    """
    from zhframe import keywords as kw
    from zhframe import topics
    from zhframe.corpus import load_corpus
    from zhframe.rhetoric import features as F

    corpus = load_corpus(corpus_dir)
    paragraphs = kw.corpus_paragraphs(corpus)
    groups = sorted(paragraphs["district"].astype(str).unique()) if "district" in paragraphs else []
    tok = kw.masked_tokenizer(kw.default_tokenizer(), groups)
    X, _ = kw.count_matrix(paragraphs["text"].tolist(), tok)
    chars = paragraphs["text"].str.len().to_numpy(dtype=float)
    model = topics.TopicModel(method="nmf", n_topics=n_topics, tokenizer=kw.default_tokenizer(),
                              random_state=0, stop_words=topics.group_name_terms(groups))
    theta = model.fit_transform(paragraphs["text"])
    par = F.paragraph_features(paragraphs)
    cols = [c for fam in F.feature_families().values() for c in fam]
    families = {
        "terms": (X, np.asarray(X.sum(axis=1)).ravel()),
        "topic shares": (theta * chars[:, None], chars),
        "rhetoric rates": (par[cols].to_numpy(dtype=float), par["n_chars"].to_numpy(dtype=float)),
    }
    return families, paragraphs
