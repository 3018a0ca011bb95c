"""Calibration of "holds up": false-holding rate on random-label corpora and power on planted differences.

    PYTHONPATH=src python benchmarks/calibration.py [--corpora 100] [--corpus seeds]

The corpus's body paragraphs are dealt at random into 20 articles, 10 per
pseudo-group (:mod:`zhframe.calibration`); every family (terms, topic shares,
rhetoric rates) is tested with the code the keyness table and the synthesis use
(article-level permutation, Gilbert's discrete Benjamini-Hochberg at 0.05).
Prints one table: per family, the share of random-label corpora reporting any
holding result (target: at most 0.10; BH makes it at most 0.05 in expectation)
and the share of planted corpora where the planted difference holds up.

Then, on the corpus as labelled (``--by``, first group against the rest), the
synthesis's measured null (``n_null`` relabelings tested with the same permutation
draws, :func:`zhframe.synthesis.measured_null`) side by side with an independent
permutation run: the public family functions rerun on ``--null`` corpora whose
labels were shuffled over the same units. The two null distributions of "how
many results hold up" should agree.
"""

from __future__ import annotations

import argparse
import platform
import time

from zhframe.stats import calibration as C
from zhframe.synthesis.families import seed_families


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=int, default=100, help="random-label corpora per family")
    ap.add_argument("--corpus", default="seeds")
    ap.add_argument("--alpha", type=float, default=0.05)
    ap.add_argument("--perm", type=int, default=9999, help="permutations per test")
    ap.add_argument("--by", default="district", help="grouping column for the measured-null check")
    ap.add_argument("--null", type=int, default=100, help="relabelings for the measured-null check (0: skip)")
    ap.add_argument("--memory", action="store_true",
                    help="also measure the memory keyness inference adds on a matrix the size of 100 MB of text "
                         "(run it alone: it reads the process's peak RSS)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    families, paragraphs = seed_families(args.corpus)
    null = C.calibrate(families, n_corpora=args.corpora, alpha=args.alpha, n_perm=args.perm)
    planted = C.calibrate(families, n_corpora=args.corpora, planted=True, alpha=args.alpha, n_perm=args.perm)
    table = C.summary(null, planted)
    print(f"# calibration: {len(paragraphs)} paragraphs of {args.corpus} dealt into 20 articles (10 per group), "
          f"{args.corpora} corpora, alpha {args.alpha}, {args.perm} permutations; "
          f"{platform.machine()} {platform.python_version()}, {time.perf_counter() - t0:.0f} s")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    if args.null:
        t1 = time.perf_counter()
        print()
        print(f"# measured null against an independent permutation run: {args.corpus} grouped by {args.by}, "
              f"{args.null} relabelings each, {args.perm} permutations per test")
        print(null_agreement(args.corpus, args.by, args.null, args.perm).to_string(
            index=False, float_format=lambda v: f"{v:.3f}"))
        print(f"# {time.perf_counter() - t1:.0f} s")
    if args.memory:
        print()
        print(memory_check())


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
