"""Calibration and power of "holds up" at the article level: random labels and planted effects.

    PYTHONPATH=src python benchmarks/calibration.py [--quick] [--corpora 20] [--sizes 20,60,200,600,1000]
    PYTHONPATH=src python benchmarks/calibration.py --families   # the older paragraph-dealt family check

Real heterogeneous paragraphs (the seeds' body paragraphs and every development set
in ``tests/data/``: district news sites, government portals, CPPCC sites, apps, wires,
e-papers) are drawn into pseudo-articles of real length (about 650 tokens: as many pool
paragraphs as that takes, Poisson-distributed) (:func:`zhframe.stats.calibration.draw_articles`).
Labels and dates are then given at random, so nothing differs but chance, and three
realistic effects are planted:

- **only one group**: a term in 20% of one group's articles and no other article;
- **twice as common**: a term in 30% of one group's articles against 15% of the others';
- **trend**: a term in 2% of the paragraphs at the earliest date rising to 10% at the latest
  (dates uniform over 2021-2023; an article counted as 8 real paragraphs, each carrying
  the term with that probability).

Designs: two groups (half and half), four groups (every group against the rest, one BH
over all contrasts: :func:`zhframe.stats.share_contrasts`), and trends
(:func:`zhframe.stats.trend_tests`). Per design and corpus size the table prints the
false-holding rate (share of random-label corpora where anything holds up; target
<= 0.10), the power for each planted effect (share of corpora where it holds up) and
the mean number of other terms holding beside it. Corpora use fixed seeds.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from zhframe import stats
from zhframe.stats import calibration as C

ROOT = Path(__file__).resolve().parent.parent


def pool_paragraphs(root: Path = ROOT) -> list[str]:
    """Body paragraphs of the seeds and of every development set in ``tests/data``, deduplicated, sorted."""
    from zhframe import keywords as kw
    from zhframe.corpus import load_corpus

    out = set(kw.corpus_paragraphs(load_corpus(str(root / "seeds")))["text"])
    for tsv in sorted((root / "tests" / "data" / "web").rglob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0] == "body" and len(parts) > 1:
                out.add(parts[1].strip())
            elif parts[0] == "meta|body" and len(parts) > 2:
                out.add(parts[2].strip())
    for txt in sorted((root / "tests" / "data" / "rhetoric").rglob("*.txt")):
        for line in txt.read_text(encoding="utf-8").splitlines():
            if len(line.strip()) >= 40:  # body paragraphs, not titles or decks
                out.add(line.strip())
    return sorted(p for p in out if len(p) >= 20)


def paragraph_counts(paragraphs: list[str]):
    from zhframe import keywords as kw

    X, terms = kw.count_matrix(paragraphs, kw.default_tokenizer())
    return X.tocsr(), terms


#: Tokens of a real-length article (the seeds' articles and the issue's 200-article corpus).
ARTICLE_TOKENS = 650
#: Paragraphs of a real article, for the trend planted in paragraphs.
ARTICLE_PARAGRAPHS = 8


def one_corpus(P, n_articles: int, design: str, planted: bool, seed: int, alpha: float) -> dict:
    """One corpus: random labels or dates, optionally the planted terms; what holds up."""
    per_par = P.sum() / P.shape[0]
    S = C.draw_articles(P.shape[0], n_articles, mean_paragraphs=ARTICLE_TOKENS / per_par, random_state=seed)
    U = (S @ P).tocsr()
    E = np.asarray(U.sum(axis=1)).ravel()
    ok = E > 0
    S, U, E = S[ok], U[ok], E[ok]
    n = U.shape[0]
    extra = []
    if design == "trends":
        times = C.random_years(n, random_state=seed + 1)
        if planted:
            extra = [C.plant_trend(S, times, 0.02, 0.10, random_state=seed + 2,
                                   paragraphs_per_article=ARTICLE_PARAGRAPHS)]
        X = sp.hstack([U] + [sp.csr_matrix(c[:, None]) for c in extra]).tocsr() if extra else U
        res = stats.trend_tests(X, E + (sum(extra) if extra else 0), times, alpha=alpha, random_state=seed)
        held = set(res.loc[res["holds_up"], "feature"])
        planted_cols = {"trend": U.shape[1]} if planted else {}
    else:
        groups = 2 if design == "two groups" else 4
        labels = C.random_groups(n, groups, random_state=seed + 1)
        if planted:
            extra = [C.plant_share(labels, "g0", 0.20, 0.0, random_state=seed + 2),
                     C.plant_share(labels, "g0", 0.30, 0.15, random_state=seed + 3)]
        X = sp.hstack([U] + [sp.csr_matrix(c[:, None]) for c in extra]).tocsr() if extra else U
        res = stats.share_contrasts(X, labels, alpha=alpha)
        # a planted term counts as found when its contrast for g0 holds up
        held = set(res.loc[res["holds_up"], "feature"])
        held_g0 = set(res.loc[res["holds_up"] & (res["group"] == "g0"), "feature"])
        planted_cols = {"only one group 20%": U.shape[1], "30% vs 15%": U.shape[1] + 1} if planted else {}
    found = {name: (col in (held_g0 if design != "trends" else held)) for name, col in planted_cols.items()}
    others = len(held - set(planted_cols.values()))
    return {"n_articles": n, "tokens": float(E.mean()), "others": others, **found}


def generated_case(P, n_articles: int = 2000, n_places: int = 100, n_provinces: int = 10, seed: int = 7,
                   alpha: float = 0.05) -> pd.DataFrame:
    """The issue's generated corpus: ``n_articles`` real-length pages from ``n_places`` places in
    ``n_provinces`` provinces, three outlet kinds, dates over 2021-2023, with three planted
    differences: a term twice as common in one province (30% against 15% of articles), a term
    rising from 2% to 10% of paragraphs, and a phrase only one outlet kind uses (20% of its
    articles). One row per analysis: what was planted, whether it holds, and how many other
    terms hold beside it (nothing else was planted, so those are false)."""
    rng = np.random.default_rng(seed)
    per_par = P.sum() / P.shape[0]
    S = C.draw_articles(P.shape[0], n_articles, mean_paragraphs=ARTICLE_TOKENS / per_par, random_state=seed)
    U = (S @ P).tocsr()
    place = rng.integers(0, n_places, n_articles)
    province = np.array([f"p{q % n_provinces}" for q in place])
    place = np.array([f"place{q:03d}" for q in place])
    outlet = rng.choice(["news site", "government portal", "wechat"], n_articles)
    times = C.random_years(n_articles, random_state=seed + 1)
    cols = [C.plant_share(province, "p0", 0.30, 0.15, random_state=seed + 2),
            C.plant_trend(S, times, 0.02, 0.10, random_state=seed + 3, paragraphs_per_article=ARTICLE_PARAGRAPHS),
            C.plant_share(outlet, "wechat", 0.20, 0.0, random_state=seed + 4)]
    base = U.shape[1]
    X = sp.hstack([U] + [sp.csr_matrix(c[:, None]) for c in cols]).tocsr()
    E = np.asarray(X.sum(axis=1)).ravel()
    rows = []
    for name, labels, strata, col, group in (
            ("keyness by province", province, None, base, "p0"),
            ("keyness by outlet kind", outlet, None, base + 2, "wechat"),
            ("keyness by place within province", place, province, None, None)):
        res = stats.share_contrasts(X, labels, strata=strata, alpha=alpha)
        held = res[res["holds_up"]]
        hit = bool(((held["feature"] == col) & (held["group"] == group)).any()) if col is not None else None
        others = held[~held["feature"].isin([base, base + 1, base + 2])] if col is not None else \
            held[~held["feature"].isin([base, base + 1, base + 2])]
        rows.append({"analysis": name, "planted_holds": hit, "other_terms_holding": int(others["feature"].nunique()),
                     "contrasts": res.attrs["n_contrasts"]})
    tr = stats.trend_tests(X, E, times, alpha=alpha, random_state=seed)
    held = set(tr.loc[tr["holds_up"], "feature"])
    # the planted province and outlet terms are not trends, but dates are random: count them apart
    rows.append({"analysis": "trends", "planted_holds": base + 1 in held,
                 "other_terms_holding": len(held - {base, base + 1, base + 2}), "contrasts": tr.attrs["n_tested"]})
    return pd.DataFrame(rows)


def table(P, sizes, n_corpora: int, alpha: float, designs) -> pd.DataFrame:
    rows = []
    for design in designs:
        for n in sizes:
            t0 = time.perf_counter()
            null = [one_corpus(P, n, design, False, 1000 * n + k, alpha) for k in range(n_corpora)]
            plant = [one_corpus(P, n, design, True, 1000 * n + k, alpha) for k in range(n_corpora)]
            row = {"design": design, "articles": n, "tokens_per_article": np.mean([r["tokens"] for r in null]),
                   "corpora": n_corpora, "false_holding_rate": np.mean([r["others"] > 0 for r in null])}
            names = ["trend"] if design == "trends" else ["only one group 20%", "30% vs 15%"]
            for name in ["only one group 20%", "30% vs 15%", "trend"]:
                row[f"power: {name}"] = np.mean([r[name] for r in plant]) if name in names else np.nan
            row["others_beside_planted"] = np.mean([r["others"] for r in plant])
            row["seconds"] = time.perf_counter() - t0
            rows.append(row)
            print(f"# {design}, {n} articles: {row['seconds']:.0f} s", flush=True)
    return pd.DataFrame(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="5 corpora per cell, sizes 20, 200, 600")
    ap.add_argument("--corpora", type=int, default=20, help="corpora per design and size (default 20)")
    ap.add_argument("--sizes", default="20,60,200,600,1000", help="articles per corpus, comma-separated")
    ap.add_argument("--designs", default="two groups,four groups,trends")
    ap.add_argument("--alpha", type=float, default=0.05)
    ap.add_argument("--families", action="store_true",
                    help="also run the older check of every family on paragraphs dealt into 20 articles")
    ap.add_argument("--generated", action="store_true",
                    help="also run the issue's generated corpus (2,000 pages, 100 places in 10 provinces)")
    ap.add_argument("--null-check", type=int, default=0, metavar="N",
                    help="also compare the synthesis's measured null with N independent relabelled runs (seeds)")
    ap.add_argument("--memory", action="store_true",
                    help="also measure the memory keyness inference adds on a 100 MB-of-text matrix (run alone)")
    args = ap.parse_args()
    sizes = [20, 200, 600] if args.quick else [int(s) for s in args.sizes.split(",")]
    n_corpora = 5 if args.quick else args.corpora
    t0 = time.perf_counter()
    pool = pool_paragraphs()
    P, terms = paragraph_counts(pool)
    print(f"# pool: {len(pool)} real paragraphs (seeds + tests/data development sets), {len(terms):,} terms, "
          f"{P.sum() / len(pool):.0f} tokens per paragraph; {n_corpora} corpora per cell, alpha {args.alpha}; "
          f"{platform.machine()} {platform.python_version()}")
    out = table(P, sizes, n_corpora, args.alpha, [d.strip() for d in args.designs.split(",")])
    print(out.drop(columns="seconds").to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    print(f"# {time.perf_counter() - t0:.0f} s in all")
    if args.generated:
        t1 = time.perf_counter()
        print()
        print("# generated corpus: 2,000 real-length pages, 100 places in 10 provinces, 3 outlet kinds, 2021-2023")
        print(generated_case(P, alpha=args.alpha).to_string(index=False))
        print(f"# {time.perf_counter() - t1:.0f} s")
    if args.families:
        families_check()
    if args.null_check:
        print(null_agreement("seeds", "district", args.null_check, 999).to_string(
            index=False, float_format=lambda v: f"{v:.3f}"))
    if args.memory:
        print(memory_check())


def families_check(n_corpora: int = 20) -> None:
    """The older check: seeds' paragraphs dealt into 20 articles, every family (terms, topic
    shares, rhetoric rates) with :func:`zhframe.stats.family_inference`."""
    from zhframe.synthesis.families import seed_families

    families, paragraphs = seed_families("seeds")
    null = C.calibrate(families, n_corpora=n_corpora)
    planted = C.calibrate(families, n_corpora=n_corpora, planted=True)
    print(f"# families: {len(paragraphs)} seed paragraphs dealt into 20 articles, {n_corpora} corpora")
    print(C.summary(null, planted).to_string(index=False, float_format=lambda v: f"{v:.3f}"))


def memory_check(n_perm: int = 200, n_boot: int = 1000) -> str:
    """Peak memory added by :func:`zhframe.keywords.inference.keyness_inference` on a sparse
    article x term matrix the size of about 100 MB of Chinese news (50,000 articles, a
    150,000-term vocabulary, about 6 million nonzero cells; Zipf-like term frequencies).
    Memory does not grow with ``n_perm`` (permutations run in blocks); time does, linearly."""
    import resource

    import numpy as np
    import scipy.sparse as sp

    from zhframe.keywords.inference import keyness_inference

    rng = np.random.default_rng(0)
    units, terms, cells = 50_000, 150_000, 10_000_000
    rows = rng.integers(0, units, cells)
    cols = np.minimum((rng.pareto(1.0, cells) * 50).astype(np.int64), terms - 1)
    X = sp.csr_matrix((np.ones(cells), (rows, cols)), shape=(units, terms))
    X.sum_duplicates()
    del rows, cols
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    keyness_inference(X, np.arange(units) < units // 2, None, n_perm=n_perm, n_boot=n_boot)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    dense = 2 * n_boot * terms * 8 / 2**20
    return (f"# memory: {units:,} units x {terms:,} terms, {X.nnz:,} nonzero; {n_perm} permutations, {n_boot} "
            f"bootstrap replicates: peak RSS {base:.0f} -> {peak:.0f} MB, added {peak - base:.0f} MB (target: at "
            f"most 500), {time.perf_counter() - t:.0f} s; the old dense replicate x term arrays: {dense:.0f} MB")


def null_agreement(corpus_dir: str, by: str, n_null: int, n_perm: int):
    """Per family: observed holding results, the measured null (mean, 95th percentile) and the
    same figures from ``n_null`` independently relabelled runs of the public functions."""
    import numpy as np
    import pandas as pd

    from zhframe import keywords as kw
    from zhframe import synthesis as S
    from zhframe.corpus import load_corpus
    from zhframe.keywords.inference import choose_design
    from zhframe.rhetoric import features as F

    corpus = load_corpus(corpus_dir)
    paragraphs = kw.corpus_paragraphs(corpus)
    groups = sorted(paragraphs[by].astype(str).unique())
    target = groups[0]
    masked = kw.masked_tokenizer(kw.default_tokenizer(), groups)
    par = F.paragraph_features(paragraphs)
    cols = [c for fam in F.feature_families().values() for c in fam]
    common = {"target": target, "n_perm": n_perm, "n_boot": 1}
    words = S.keyword_differences(paragraphs, by, masked, n_null=n_null, **common)
    rhet = S.rhetoric_differences(par, by, cols, n_null=n_null, **common)
    measured = S.measured_null(words, rhet)
    design = choose_design(paragraphs, by, target)
    unit = paragraphs["doc_id"].astype(str) if design == "articles" else pd.Series(np.arange(len(paragraphs)))
    is_t = (paragraphs[by].astype(str) == target).to_numpy()
    first = ~unit.duplicated().to_numpy()
    rng = np.random.default_rng(12345)
    runs = {"keywords": [], "rhetoric": []}
    for _ in range(n_null):
        shuffled = rng.permutation(is_t[first])
        lab = dict(zip(unit[first], shuffled))
        new = np.where([lab[u] for u in unit], target, "rest")
        p2, f2 = paragraphs.assign(**{by: new}), par.assign(**{by: new})
        kwargs = {**common, "design": design, "random_state": int(rng.integers(1 << 30))}
        runs["keywords"].append(int(S.keyword_differences(p2, by, masked, **kwargs)["holds_up"].sum()))
        runs["rhetoric"].append(int(S.rhetoric_differences(f2, by, cols, **kwargs)["holds_up"].sum()))
    rows = []
    for r in measured.itertuples():
        ind = np.asarray(runs[r.family])
        rows.append({"family": r.family, "design": r.design, "tested": r.tested, "observed": r.observed,
                     "measured_mean": r.null_mean, "measured_p95": r.null_p95,
                     "measured_p_at_least": r.p_at_least, "independent_mean": ind.mean(),
                     "independent_p95": float(np.quantile(ind, 0.95, method="higher")),
                     "independent_p_at_least": float((1 + (ind >= r.observed).sum()) / (1 + len(ind)))})
    return pd.DataFrame(rows)


if __name__ == "__main__":
    main()
