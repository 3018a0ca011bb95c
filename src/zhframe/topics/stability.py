"""Topic results that do not hang on one random seed: k over restart seeds, shares over refits.

Two checks on :mod:`zhframe.topics`:

- :func:`k_over_seeds` runs the k rule (:func:`zhframe.topics.select_k`) with
  several restart seeds and reports the distribution of the chosen k; the
  consensus k is the most frequent one (ties: the smaller, the simpler model),
  reported with its share and the runner-up (:func:`k_distribution`). On the seeds,
  with 10 restarts per k, 7 of 20 restart seeds give k = 6 and 13 give 8: one seed's
  k is not a finding. With 30 restarts per k all 20 give 8 (on the seeds plus the web
  development set, 17 of 20 give 3); ``benchmarks/topics.py`` measures both. The
  seeds share their restart fits, so 20 seeds of 10 restarts cost 343 fits, not 1,540.
  :func:`k_rule_for_one_k` and :func:`merge_k_rule` split the rule by k for engines.
- :func:`share_stability` refits the chosen k from ``n_fits`` random starts,
  matches each fit's topics to the reference fit by their top terms
  (:func:`zhframe.topics.match_topics`), tests every fit's share differences
  like any family (:func:`zhframe.stats.family_inference`: unit permutation,
  Benjamini-Hochberg over topics), and reports, per reference topic, the share
  of fits in which the difference holds up and keeps its sign. A topic-share
  difference is worth reporting only when it holds in most fits.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from zhframe import stats
from zhframe import topics as T
from zhframe.infra.markdown import md


def k_over_seeds(template: T.TopicModel, texts, seeds: Iterable[int] = range(5), *, tables: dict | None = None,
                 precomputed: dict | None = None, **select_k_params) -> tuple[pd.DataFrame, int]:
    """The k the rule chooses for each restart seed, and the consensus.

    ``template``'s ``random_state`` is replaced by each seed in turn (it sets the
    reported fit and the restarts ``seed + 1 ... seed + n_seeds``). A ``tables`` dict
    receives each seed's :func:`zhframe.topics.select_k` table (the figure of the k rule
    shows the first seed's, so it is not computed twice).

    Cost: the seeds share their fits. Seed ``s`` and seed ``s + 1`` have ``n_seeds - 1``
    restarts in common, so :func:`~zhframe.topics.select_k` keeps every fit and reuses it
    (``reuse=True``, the default): 20 seeds of 10 restarts over 7 ks cost
    ``7 * (20 + 29)`` = 343 fits, not ``20 * 7 * 11`` = 1,540, with the same tables.

    Returns ``(table, k)``: table ``[seed, k]`` sorted by seed, and the most
    frequent k (ties to the smaller). ``precomputed``: ``{seed: table}`` already computed
    (an engine ran the seeds elsewhere); their seeds join ``seeds``.
    :func:`k_distribution` turns the table into the distribution (consensus, its share,
    the runner-up).
    """
    rows = []
    for s, sel in sorted((precomputed or {}).items()):
        rows.append({"seed": int(s), "k": int(sel.loc[sel["chosen"], "k"].iloc[0])})
    for s in seeds:
        sel = T.select_k(T.TopicModel(**{**template.get_params(deep=False), "random_state": int(s)}), texts,
                         **select_k_params)
        if tables is not None:
            tables[int(s)] = sel
        rows.append({"seed": int(s), "k": int(sel.loc[sel["chosen"], "k"].iloc[0])})
    table = pd.DataFrame(rows, columns=["seed", "k"]).sort_values("seed", kind="stable").reset_index(drop=True)
    if table.empty:
        raise ValueError("no seeds given")
    return table, int(k_distribution(table)["k"].iloc[0])


def k_rule_for_one_k(template: T.TopicModel, texts, k: int, seeds: Iterable[int], **select_k_params
                     ) -> dict[int, pd.DataFrame]:
    """One k's row of the k rule for every restart seed: ``{seed: one-row table}`` (no ``chosen``).

    A piece of work for an engine that spreads the rule over processes: one piece per k
    keeps every restart seed of that k in one process, so the seeds share their restart
    fits (:func:`zhframe.topics.select_k`, ``reuse``); pieces per seed would each refit
    their own. :func:`merge_k_rule` joins the pieces and applies the rule. A k larger than
    the documents or terms gives ``{}``.
    """
    params = {key: v for key, v in select_k_params.items() if key not in ("ks", "tolerance", "min_docs")}
    out = {}
    matrix = None  # one vocabulary for every seed: it does not depend on the random state
    for s in seeds:
        model = T.TopicModel(**{**template.get_params(deep=False), "random_state": int(s)})
        try:
            if matrix is None:
                matrix = model._vectorize(texts)
            table = T.select_k(model, texts, ks=[int(k)], matrix=matrix, **params)
        except ValueError as err:
            if str(err).startswith("every k exceeds"):
                return {}
            raise
        out[int(s)] = table.drop(columns="chosen")
    return out


def merge_k_rule(pieces: Iterable[dict], tolerance: float = 0.05, min_docs: int = 3) -> dict[int, pd.DataFrame]:
    """``{seed: the k rule's table}`` from :func:`k_rule_for_one_k`'s pieces: each seed's rows
    sorted by k and ``chosen`` set by :func:`zhframe.topics.choose_k`, as
    :func:`zhframe.topics.select_k` would return them."""
    rows: dict[int, list] = {}
    for piece in pieces:
        for s, table in piece.items():
            rows.setdefault(int(s), []).append(table)
    out = {}
    for s in sorted(rows):
        table = pd.concat(rows[s], ignore_index=True).sort_values("k", kind="stable").reset_index(drop=True)
        table["chosen"] = table["k"] == T.choose_k(table, tolerance, min_docs)
        out[s] = table
    if not out:
        raise ValueError("no k could be fitted")
    return out


def k_distribution(table: pd.DataFrame) -> pd.DataFrame:
    """How often each k was chosen over the restart seeds.

    ``table`` is :func:`k_over_seeds`'s ``[seed, k]`` table. Returns one row per k
    chosen at least once: k, seeds (how many chose it), share (of all seeds), sorted
    by seeds descending then k ascending, so row 0 is the consensus (the most
    frequent k; ties go to the smaller, the simpler model) and row 1 the runner-up.
    """
    if table.empty:
        raise ValueError("no seeds given")
    counts = table["k"].astype(int).value_counts()
    out = pd.DataFrame({"k": counts.index.astype(int), "seeds": counts.to_numpy(dtype=int)})
    out["share"] = out["seeds"] / len(table)
    return out.sort_values(["seeds", "k"], ascending=[False, True], kind="stable").reset_index(drop=True)


def describe_k_over_seeds(table: pd.DataFrame, k: int | None = None) -> str:
    """One paragraph: how often each k was chosen over the restart seeds, the consensus with
    its share and the runner-up, every number read from ``table`` (:func:`k_over_seeds`).

    ``k``: the k the study went on with; when it is not the consensus of ``table`` the
    sentence says so instead of calling it the consensus.
    """
    dist = k_distribution(table)
    n = len(table)
    top = dist.iloc[0]
    every = ", ".join(f"k = {int(r.k)}: {int(r.seeds)} of {n}" for r in dist.sort_values("k").itertuples())
    if len(dist) == 1:
        text = (f"Over {n} restart seed{'s' if n != 1 else ''} the rule chose k = {int(top.k)} every time "
                f"({every}); the consensus is **k = {int(top.k)}** (100% of seeds).")
    else:
        tied = dist[dist["seeds"] == top.seeds]
        second = dist.iloc[1]
        text = (f"Over {n} restart seeds the rule chose {every}; the consensus (most frequent"
                + (", tied, so the smaller" if len(tied) > 1 else "")
                + f") is **k = {int(top.k)}**, chosen by {top.share:.0%} of seeds; the runner-up is k = "
                f"{int(second.k)} ({second.share:.0%}). One seed's k is not a finding: read the topics of "
                f"k = {int(top.k)} as one reasonable cut, not the number of themes.")
    if k is not None and int(k) != int(top.k):
        text += f" The study uses k = {int(k)}, which is not this consensus."
    return text


def share_stability(template: T.TopicModel, docs: pd.DataFrame, by: str, target, k: int,
                    n_fits: int = 20, units: str | None = "doc_id", design: str = "auto",
                    alpha: float = 0.05, n_perm: int = 1999, top_n: int = 10,
                    random_state: int = 0, reference: T.TopicModel | None = None,
                    fit_texts=None) -> pd.DataFrame:
    """How stable each topic-share difference (target minus rest) is over random-start fits.

    Parameters
    ----------
    template : TopicModel (method, tokenizer, vocabulary limits)
    docs : :func:`zhframe.topics.make_documents` table with ``text``, ``n_chars``, ``by``
        (and ``units`` for the article design)
    target : the group compared with the rest
    k : number of topics (e.g. the consensus of :func:`k_over_seeds`)
    n_fits : random-start refits (NMF ``init="random"``, seeds ``random_state + 1...``)
    reference : the template already fitted at ``k`` on ``docs["text"]`` (the study's own fit),
        used as the reference fit instead of fitting it again
    fit_texts : the documents each random-start refit is fitted on (default every document);
        every refit is then applied to every document and tested there. A large corpus passes
        the k rule's fixed sample (``Settings.k_sample``): the refits then measure what random
        starts change, at the cost of a fit on that sample, not on the whole corpus

    Returns
    -------
    DataFrame, one row per topic of the reference fit (the template's own
    initialisation): topic, label, difference (reference fit), holds_up
    (reference fit), holds_share (share of fits where the matched topic's
    difference holds up with the reference's sign), sign_share (share of fits
    with the same sign, held or not), reversed_holds (fits where it holds with
    the opposite sign), match (mean Jaccard of the matched top terms), design, n_fits.
    """
    from zhframe.keywords.inference import choose_design

    texts = docs["text"].tolist()
    chosen = choose_design(docs, by, target, units or "doc_id", design)
    unit_ids = docs[units].astype(str).to_numpy() if chosen == "articles" else None
    is_t = (docs[by].astype(str) == str(target)).to_numpy()
    chars = docs["n_chars"].to_numpy(dtype=float)

    def test(model):
        theta = model.transform(texts)
        sizes = chars * (theta.sum(axis=1) > 0)
        counts = theta * chars[:, None]
        res = stats.family_inference(counts, sizes, is_t, unit_ids, statistic="difference", n_perm=n_perm,
                                     n_boot=1, alpha=alpha, random_state=random_state)
        diff = counts[is_t].sum(0) / sizes[is_t].sum() - counts[~is_t].sum(0) / sizes[~is_t].sum()
        return diff, res["holds_up"]

    params = {**template.get_params(deep=False), "n_topics": int(k)}
    ref = reference if reference is not None else T.TopicModel(**params).fit(texts)
    ref_terms = ref.top_terms(top_n).groupby("topic")["term"].apply(set).sort_index().tolist()
    d0, h0 = test(ref)
    held = np.zeros(k)
    same = np.zeros(k)
    reversed_ = np.zeros(k)
    match = np.zeros(k)
    init = "random" if template.method == "nmf" else None
    for s in range(1, n_fits + 1):
        m = T.TopicModel(**{**params, "init": init, "random_state": random_state + s}).fit(
            texts if fit_texts is None else list(fit_texts))
        terms = m.top_terms(top_n).groupby("topic")["term"].apply(set).sort_index().tolist()
        pairs, _ = T.match_topics(ref_terms, terms)
        d, h = test(m)
        for i, j in pairs:
            sign = np.sign(d[j]) == np.sign(d0[i])
            same[i] += sign
            held[i] += sign and h[j]
            reversed_[i] += (not sign) and h[j]
            match[i] += T.jaccard(ref_terms[i], terms[j])
    return pd.DataFrame({"topic": np.arange(1, k + 1), "label": ref.labels(), "difference": d0, "holds_up": h0,
                         "holds_share": held / n_fits, "sign_share": same / n_fits,
                         "reversed_holds": reversed_.astype(int), "match": match / n_fits, "design": chosen,
                         "n_fits": int(n_fits), "fit_documents": len(texts if fit_texts is None else list(fit_texts)),
                         "documents": len(texts)})


def _leaders(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """The rows with the largest ``column`` (compared rounded to 6 decimals), by topic."""
    top = table[column].round(6).max()
    return table[table[column].round(6) == top].sort_values("topic")


def _names(rows: pd.DataFrame) -> str:
    labels = [md(v) for v in rows["label"]]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def describe_share_stability(stability: pd.DataFrame, target: str, n_fits: int | None = None) -> str:
    """Markdown: which topic-share differences hold up, and how often across random-start fits.

    ``stability`` is :func:`share_stability`'s table. A difference is reported as
    a finding only when it holds in the reference fit; its share of fits (holding
    with the same sign) says whether it survives another random start. Every claim is
    read from the table: "holds most often" is the largest ``holds_share``, "keeps its
    sign most often" the largest ``sign_share`` (ties: every tied topic is named). The group
    value and topic labels are data: escaped with :func:`zhframe.infra.markdown.md`, so the
    sentence shows them as text whatever they hold (issue #26, item 1).
    """
    target = md(target)
    if "n_fits" in stability.columns and n_fits is None and len(stability):
        n_fits = int(stability["n_fits"].iloc[0])
    held = stability[stability["holds_up"]].sort_values(["difference", "topic"], ascending=[False, True])
    design = stability["design"].iloc[0] if len(stability) else "paragraphs"
    unit = "articles" if design == "articles" else "paragraphs (these articles, not the groups)"
    fits = f" of {n_fits}" if n_fits else ""
    how = f"labels permuted over {unit}, Benjamini-Hochberg over topics"
    if not len(held):
        text = f"No topic-share difference between {target} and the rest holds up ({how})."
        often = _leaders(stability, "holds_share")
        share = float(often["holds_share"].iloc[0])
        if share > 0:
            verb = "holds" if len(often) == 1 else "hold"
            text += (f" Over random-start fits, the difference that holds most often with the reference fit's "
                     f"sign: {_names(often)}, which {verb} in {share:.0%}{fits} fits.")
        else:
            text += f" None holds with the reference fit's sign in any{fits} random-start fits."
        signs = _leaders(stability, "sign_share")
        text += (f" Keeping its sign most often: {_names(signs)} (same sign as the reference fit in "
                 f"{float(signs['sign_share'].iloc[0]):.0%}{fits} fits).")
        return text + _sampled(stability)
    bits = [f"{md(r.label)} ({r.difference * 100:+.0f} points; holds with this sign in {r.holds_share:.0%}{fits} "
            f"random-start fits, reversed and holding in {int(r.reversed_holds)}{fits})" for r in held.itertuples()]
    return (f"Topic shares of {target} against the rest that hold up ({how}): " + "; ".join(bits) + "."
            + _sampled(stability))


def _sampled(stability: pd.DataFrame) -> str:
    """The sentence saying the random-start refits were fitted on a sample, when they were."""
    if "fit_documents" not in stability.columns or not len(stability):
        return ""
    part, whole = int(stability["fit_documents"].iloc[0]), int(stability["documents"].iloc[0])
    if part >= whole:
        return ""
    return (f" Each random-start fit is fitted on the k rule's fixed sample of {part:,} of the {whole:,} "
            "documents and applied to every document.")
