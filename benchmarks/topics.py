"""Topic k rule benchmark: its cost before and after reusing restart fits, and k over 20 seeds.

Issue #22: the k rule (:func:`zhframe.topics.select_k`) gives k = 6 with some restart
seeds and 8 with others, so k is reported as a distribution over at least 20 restart
seeds (:func:`zhframe.topics.stability.k_over_seeds`, :func:`~zhframe.topics.stability.k_distribution`).
Issue #27: the rule refitted ``n_seeds + 1`` models per k for every restart seed
(notebooks 04 and 06 fitted 485 + 386 models on the seeds). Rerunning it over 20 seeds
would cost 20 x 7 x 11 = 1,540 fits. Restart seed ``s`` uses restarts ``s+1..s+n_seeds``,
so consecutive seeds share all but one, and NMF's reported fit (NNDSVD) ignores the seed:
:func:`select_k` now keeps every fit (content-keyed) and reuses it.

Printed, side by side in one run on the same documents (the tokenizer's cache warmed
first, so both sides pay only vectorising and fitting):

- BEFORE (``reuse=False``, the old computation) and AFTER (``reuse=True``) for today's
  5 restart seeds and for 20: NMF fits and CPU seconds, and whether every seed's table
  is identical;
- the k distribution over 20 seeds (consensus, its share, the runner-up);
- the rule with a larger pool of restarts per k (Greene, O'Callaghan & Cunningham 2014
  use one pool of restarts): 10, 20 and 30 restarts per k, k over 20 seeds and the cost.

Corpora: the seeds (the study's two articles) and the seeds plus the rhetoric web
development set (tests/data/rhetoric/web, 21 articles), grouped by district.

    PYTHONPATH=src python benchmarks/topics.py            # both corpora
    PYTHONPATH=src python benchmarks/topics.py --quick    # the seeds, 5 and 20 seeds only
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
KS = range(2, 9)
N_SEEDS = 10


def documents(folders) -> tuple[pd.DataFrame, object]:
    """Topic documents (body paragraphs) of the corpora in ``folders`` and the study's template."""
    from zhframe import topics
    from zhframe.cleanup import body_paragraphs, clean_corpus
    from zhframe.corpus import load_corpus
    from zhframe.tokenize import Tokenizer

    corpus = pd.concat([load_corpus(*with_sha256(f)) for f in folders], ignore_index=True)
    docs = topics.make_documents(body_paragraphs(clean_corpus(corpus)))
    template = topics.TopicModel(method="nmf", tokenizer=Tokenizer(), random_state=0,
                                 stop_words=topics.group_name_terms(corpus["district"].astype(str)))
    return docs, template


def with_sha256(folder: Path) -> tuple[Path, Path | None]:
    """``(folder, manifest)`` for :func:`load_corpus`: a development set's manifest lacks the
    sha256 column, so a copy with it is written to a temporary file (the folder is not touched)."""
    import csv
    import hashlib
    import tempfile

    rows = list(csv.DictReader((folder / "manifest.csv").open(encoding="utf-8")))
    if "sha256" in rows[0]:
        return folder, None
    for r in rows:
        r["sha256"] = hashlib.sha256((folder / r["file"]).read_bytes()).hexdigest()
    out = Path(tempfile.mkdtemp(prefix="zhframe-bench-")) / "manifest.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return folder, out


class Counter:
    """Counts the factorisations :func:`select_k` runs (wraps its fitting helper)."""

    def __init__(self):
        from zhframe.topics import selection

        self.module, self.real, self.n = selection, selection._fit_quietly, 0

    def __enter__(self):
        def counted(model, X):
            self.n += 1
            return self.real(model, X)

        self.module._fit_quietly = counted
        return self

    def __exit__(self, *exc):
        self.module._fit_quietly = self.real


def measure(template, texts, seeds, reuse: bool, n_seeds: int = N_SEEDS) -> dict:
    from zhframe.topics.selection import clear_restart_pool
    from zhframe.topics.stability import k_over_seeds

    clear_restart_pool()                       # every side starts from a cold pool
    tables: dict = {}
    with Counter() as c:
        t = time.process_time()
        table, k = k_over_seeds(template, texts, seeds=seeds, tables=tables, ks=KS, n_seeds=n_seeds, reuse=reuse)
        cpu = time.process_time() - t
    return {"fits": c.n, "cpu": cpu, "table": table, "k": k, "tables": tables}


def same_tables(a: dict, b: dict) -> bool:
    return sorted(a) == sorted(b) and all(a[s].equals(b[s]) for s in a)


def report(name: str, folders, quick: bool) -> None:
    from zhframe.topics.selection import select_k
    from zhframe.topics.stability import describe_k_over_seeds, k_distribution

    docs, template = documents(folders)
    texts = docs["text"]
    select_k(template, texts, ks=[2], n_seeds=2, reuse=False)   # warm: tokens cached, lexicons loaded
    print(f"\n## {name}: {len(docs)} documents (body paragraphs), {docs['doc_id'].nunique()} articles; "
          f"k = {KS.start}..{KS.stop - 1}, {N_SEEDS} restarts per k and seed\n")
    print("| restart seeds | fits before | fits after | CPU s before | CPU s after | CPU ratio | same tables |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    runs = {}
    for n in (5, 20):
        seeds = list(range(n))
        before = measure(template, texts, seeds, reuse=False)
        after = measure(template, texts, seeds, reuse=True)
        runs[n] = after
        print(f"| {n} | {before['fits']} | {after['fits']} | {before['cpu']:.1f} | {after['cpu']:.1f} | "
              f"{before['cpu'] / after['cpu']:.1f}x | {same_tables(before['tables'], after['tables'])} |")
    twenty = runs[20]
    print("\nk per restart seed (0..19):", " ".join(str(k) for k in twenty["table"]["k"]))
    print(k_distribution(twenty["table"]).to_string(index=False))
    print(describe_k_over_seeds(twenty["table"], twenty["k"]))
    print(f"\nFor scale: 20 seeds after reuse cost {twenty['cpu']:.1f} CPU s, "
          f"{twenty['cpu'] / runs[5]['cpu']:.2f}x 5 seeds after reuse.")
    if quick:
        return
    print("\nThe rule with a larger pool of restarts per k (Greene, O'Callaghan & Cunningham 2014 measure "
          "stability over one pool): k over 20 restart seeds, and the cost of one run of it and of 20 "
          "(fits shared), against today's 5 seeds of 10 restarts without reuse "
          f"({5 * len(KS) * (N_SEEDS + 1)} fits).\n")
    print("| restarts per k | fits, one seed | fits, 20 seeds | CPU s, 20 seeds | k over 20 seeds |")
    print("| --- | --- | --- | --- | --- |")
    for n_restarts in (10, 20, 30):
        pooled = twenty if n_restarts == N_SEEDS else measure(template, texts, list(range(20)), reuse=True,
                                                               n_seeds=n_restarts)
        dist = k_distribution(pooled["table"])
        shares = ", ".join(f"k = {int(r.k)}: {int(r.seeds)}" for r in dist.itertuples())
        print(f"| {n_restarts} | {len(KS) * (n_restarts + 1)} | {pooled['fits']} | {pooled['cpu']:.1f} | "
              f"{shares} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the seeds only, no pooled rule")
    args = ap.parse_args()
    report("seeds", [ROOT / "seeds"], args.quick)
    if not args.quick:
        report("seeds + web development set", [ROOT / "seeds", ROOT / "tests" / "data" / "rhetoric" / "web"],
               quick=False)


if __name__ == "__main__":
    main()
