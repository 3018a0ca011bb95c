"""Topic prevalence by group: the share of a group's characters in each topic, with intervals.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from zhframe.keywords.inference import choose_design
from zhframe.stats import bootstrap_group_sums, percentile_interval


def group_designs(groups: Sequence, articles: Sequence | None, design: str = "auto") -> dict[str, str]:
    """The resampling unit of each group's interval: the unit of that group's test against the rest.

    ``{group: "articles" | "paragraphs"}``, by :func:`zhframe.keywords.inference.choose_design`
    (the rule of every family's permutation test): articles when the group and the rest
    each have at least two articles, paragraphs otherwise or when ``design="paragraphs"``
    (or when no ``articles`` are given). ``design="articles"`` with a one-article side is
    that function's one-line ``ValueError``.
    """
    groups = pd.Series(np.asarray(groups, dtype=object)).astype(str)
    if articles is None:
        if design == "articles":
            raise ValueError("design='articles' needs the article of each document (articles=)")
        return {g: "paragraphs" for g in sorted(groups.unique())}
    if len(articles) != len(groups):
        raise ValueError("articles must have one entry per document")
    frame = pd.DataFrame({"group": groups.to_numpy(), "article": np.asarray(articles, dtype=object)})
    if frame.groupby("article")["group"].nunique().max() > 1:
        raise ValueError("an article spans more than one group")
    return {g: choose_design(frame, "group", g, "article", design) for g in sorted(frame["group"].unique())}


def interval_units(groups: Sequence, units: Sequence, articles: Sequence | None, design: str = "auto"
                   ) -> tuple[np.ndarray, dict[str, str]]:
    """Resampling unit of each row: its article in groups whose design is articles, else its own
    unit (``units``: the paragraph, or the row). Returns ``(unit ids, {group: design})``; the ids
    are strings tagged ``a:`` or ``u:`` so an article and a paragraph never share an id."""
    chosen = group_designs(groups, articles, design)
    g = np.asarray(groups, dtype=object).astype(str)
    by_article = np.array([chosen[x] == "articles" for x in g], dtype=bool)
    art = np.asarray(articles, dtype=object) if articles is not None else np.empty(len(g), dtype=object)
    ids = np.array([f"a:{a}" if use else f"u:{u}" for use, a, u in zip(by_article, art, np.asarray(units))],
                   dtype=object)
    return ids, chosen


def topic_prevalence(theta: np.ndarray, groups: Sequence, lengths: Sequence[float],
                     labels: Sequence[str], units: Sequence | None = None,
                     n_boot: int = 1000, ci: float = 0.95, random_state: int = 0, *,
                     articles: Sequence | None = None, design: str = "auto") -> pd.DataFrame:
    """Share of each group's text in each topic, with stratified bootstrap intervals.

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
    units : resampling unit of each document when paragraphs are resampled (default: each
        document). With sentence windows pass the paragraph (``docs["unit"]``): windows
        of one paragraph are resampled together, since they are not independent.
    articles : article of each document (``docs["doc_id"]``). Given, each group's interval
        resamples the unit its test against the rest permutes (:func:`group_designs`):
        its articles when the group and the rest each have at least two, else ``units``.
        Resampling paragraphs of many articles would treat paragraphs of one article as
        independent draws and give intervals narrower than the test's uncertainty.
        None: ``units`` everywhere (the old behaviour).
    design : "auto", "articles" or "paragraphs", as in
        :func:`zhframe.keywords.inference.choose_design`
    n_boot, ci, random_state : see :mod:`zhframe.stats`

    Returns
    -------
    DataFrame, one row per (group, topic), sorted by group then topic:
    group, topic (1-based), label, share, lo, hi (the group's interval),
    rest_share, diff (share - rest_share), diff_lo, diff_hi, where "rest" is
    every other group pooled (with two groups: the other one), and unit ("articles" or
    "paragraphs": what the group's interval resampled). The bootstrap is stratified by
    group, so the rest's replicate is the sum of the other groups' replicates, each at its
    own unit. Shares are conditional on the fitted topics (the model is not refitted per
    replicate).
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
    if len(units) != n or (articles is not None and len(articles) != n):
        raise ValueError("units and articles must have one entry per document")
    if articles is None and design != "articles":   # the paragraph bootstrap, draws as before
        chosen = {str(g): "paragraphs" for g in groups}
    else:
        units, chosen = interval_units(groups, units, articles, design)
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
                             "diff": share[j] - rest[j], "diff_lo": dlo[j], "diff_hi": dhi[j],
                             "unit": chosen[str(g)]})
    return pd.DataFrame(rows)
