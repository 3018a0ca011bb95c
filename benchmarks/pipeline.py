"""Pipeline benchmark: every stage on synthetic corpora of 1, 10 and 100 MB.

Measures and prints (not a test). Corpora are built from the seeds' body
sentences (zhframe.cleanup), perturbed so that no cache can cheat and the
vocabulary grows with size as in real text: sentences are shuffled across
paragraphs and articles, every number is replaced, and each sentence gets
pseudo-words (two or three of the seeds' characters) drawn from a Zipf-like generator
(rank ~ Zipf(1.3), each rank a fixed character pair), different per article.
Each corpus is written as a corpus folder with manifest.csv in a temp dir
(two districts, 甲区/乙区) and read back with zhframe.corpus.load_corpus.

Per size, stages: cleanup (clean_corpus), tokenization (Tokenizer(), the
project's default configuration, disk cache off) and, over the same body
paragraphs in the same run, plain jieba.lcut (the reference of the ratio),
POS tagging (jieba.posseg through Tokenizer.pos_tag; measured on a stated
prefix and extrapolated when the corpus is larger), counting
(pipeline.count_tokens), TF-IDF (scikit-learn's TfidfTransformer on the
counts, group means), keyness (G2, Log Ratio, log-odds with bootstrap
intervals, 200 replicates, computed in column chunks) and NMF (10 topics,
min_df=2, max_df=0.8, NNDSVD). Then the whole per-article pipeline
(zhframe.run.pipeline.run_pipeline) with a fresh cache, and again over unchanged
text. Peak memory: the largest resident set size (VmRSS, sampled every 20 ms)
of this process during the stage, so it includes what earlier stages still hold.

    PYTHONPATH=src python benchmarks/pipeline.py [--sizes 1,10,100] [--pos-mb 1]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import platform
import re
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- corpus

def seed_sentences() -> tuple[list[str], list[str]]:
    from zhframe.cleanup import body_paragraphs, clean_corpus, split_sentences
    from zhframe.corpus import load_corpus

    body = body_paragraphs(clean_corpus(load_corpus(ROOT / "seeds"), cache=False))
    sentences = [s for p in body["text"] for s in split_sentences(p) if len(s) > 4]
    chars = sorted({c for s in sentences for c in s if "\u4e00" <= c <= "\u9fa5"})
    return sentences, chars


def pseudo_word(rank: int, chars: list[str]) -> str:
    """A fixed pair (or triple, one rank in five) of the seeds' characters for each Zipf rank."""
    h = hashlib.blake2b(rank.to_bytes(8, "little"), digest_size=6).digest()
    n = 3 if h[5] % 5 == 0 else 2
    return "".join(chars[int.from_bytes(h[2 * i:2 * i + 2], "little") % len(chars)] for i in range(n))


def make_article(rng: np.random.Generator, sentences: list[str], chars: list[str],
                 target_chars: int) -> str:
    def perturb(s: str) -> str:
        s = re.sub(r"\d+", lambda m: str(rng.integers(1, 10 ** len(m.group()))), s)
        for _ in range(rng.integers(1, 3)):
            word = pseudo_word(int(rng.zipf(1.3)), chars)
            at = int(rng.integers(0, len(s)))
            s = s[:at] + word + s[at:]
        return s

    title = perturb(sentences[rng.integers(len(sentences))]).rstrip("。！？；：")[:28]
    paragraphs, n = [], 0
    while n < target_chars:
        k = int(rng.integers(2, 6))
        para = "".join(perturb(sentences[i]) for i in rng.integers(0, len(sentences), k))
        paragraphs.append(para)
        n += len(para)
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def build_corpus(folder: Path, megabytes: float, seed: int = 0) -> Path:
    """Write about ``megabytes`` MB (UTF-8) of articles + manifest.csv into ``folder``."""
    sentences, chars = seed_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    rows, total, i = [], 0, 0
    while total < megabytes * 1e6:
        art_rng = np.random.default_rng([seed, i])  # different pseudo-words per article
        text = make_article(art_rng, sentences, chars, int(rng.integers(1500, 6000)))
        data = text.encode("utf-8")
        name = f"{i:06d}.txt"
        (folder / name).write_bytes(data)
        rows.append({"doc_id": f"a{i:06d}", "file": name, "sha256": hashlib.sha256(data).hexdigest(),
                     "district": "甲区" if i % 2 == 0 else "乙区"})
        total += len(data)
        i += 1
    with open(folder / "manifest.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return folder


# ---------------------------------------------------------------- measuring

def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Stage:
    """Times a block and samples the process's peak RSS while it runs."""

    def __enter__(self):
        self.peak = rss_mb()
        self._stop = threading.Event()

        def sample():
            while not self._stop.wait(0.02):
                self.peak = max(self.peak, rss_mb())

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mb())


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem = 0
    return (f"{os.cpu_count()} cores (nproc), {model}, {mem / 1024 ** 2:.1f} GiB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


# ---------------------------------------------------------------- stages

def run_size(megabytes: float, pos_mb: float, rows: list) -> None:
    import jieba
    import scipy.sparse as sp
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    from zhframe import keywords as kw
    from zhframe.cleanup import body_paragraphs, clean_corpus
    from zhframe.corpus import load_corpus
    from zhframe.run.pipeline import count_tokens, run_pipeline
    from zhframe.tokenize import Tokenizer

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build_corpus(tmp / "corpus", megabytes)
        corpus = load_corpus(tmp / "corpus")
        mb = sum(len(t.encode("utf-8")) for t in corpus["text"]) / 1e6
        label = f"{megabytes:g} MB"

        def row(stage, st, input_mb, note=""):
            rows.append({"size": label, "stage": stage, "seconds": st.seconds,
                         "mb_s": input_mb / st.seconds if st.seconds else float("inf"),
                         "peak_rss_mb": st.peak, "note": note})
            print(f"  {label:>7} {stage:32} {st.seconds:8.2f} s  {input_mb / st.seconds:7.2f} MB/s  "
                  f"{st.peak:8.0f} MB {note}", flush=True)
            return st.seconds

        print(f"{label}: {len(corpus)} articles, {mb:.1f} MB UTF-8", flush=True)
        with Stage() as st:
            blocks = clean_corpus(corpus, cache=False)
        row("cleanup", st, mb)
        paragraphs = body_paragraphs(blocks)
        texts = paragraphs["text"].tolist()
        body_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

        jieba.lcut("预热")  # load the dictionary outside the timing
        with Stage() as st:
            for t in texts:
                jieba.lcut(t)
        ref = row("jieba.lcut (reference)", st, body_mb)
        rows[-1]["ratio"] = 1.0

        tok = Tokenizer(cache=False)
        tok("预热")
        with Stage() as st:
            tokens = [tok(t) for t in texts]
        row("tokenize: Tokenizer()", st, body_mb)
        rows[-1]["ratio"] = ref / st.seconds

        # identical tokens: backend "auto" against jieba's own algorithm (both keep everything)
        check = texts[: max(1, len(texts) // 10)] if megabytes > 1 else texts
        auto, plain = Tokenizer.keep_all(cache=False), Tokenizer.keep_all(cache=False, backend="jieba")
        same = all(auto.cut(t) == plain.cut(t) for t in check)
        rows[-1]["note"] = f"tokens identical to jieba on {len(check)} paragraphs: {same}"

        # POS tagging: jieba.posseg (~0.2 MB/s) on a prefix, extrapolated
        prefix, n = [], 0
        for t in texts:
            if n >= pos_mb * 1e6:
                break
            prefix.append(t)
            n += len(t.encode("utf-8"))
        posseg = Tokenizer(cache=False, pos_backend="posseg")
        posseg.pos_tag("预热")
        with Stage() as st:
            for t in prefix:
                posseg.pos_tag(t)
        sub_mb = n / 1e6
        scale = body_mb / sub_mb
        st.seconds *= scale
        row("POS: jieba.posseg", st, body_mb,
            f"measured on {sub_mb:.2f} MB, x{scale:.1f} extrapolated" if scale > 1.01 else "")
        rows[-1]["ratio"] = ref / st.seconds
        rtag = Tokenizer(cache=False)  # pos_backend="rjieba", the default
        rtag.pos_tag("预热")
        with Stage() as st:
            for t in texts:
                rtag.pos_tag(t)
        row("POS: jieba-rs tag", st, body_mb)
        rows[-1]["ratio"] = ref / st.seconds

        with Stage() as st:
            X, terms = count_tokens(tokens)
        row("count (sparse CSR)", st, body_mb, f"{X.shape[0]:,} paragraphs x {X.shape[1]:,} terms")
        groups = paragraphs["district"].to_numpy()

        with Stage() as st:
            W = TfidfTransformer().fit_transform(X)
            means = np.vstack([np.asarray(W[groups == g].mean(axis=0)).ravel()
                               for g in sorted(set(groups))])
        row("TF-IDF (+ group means)", st, body_mb)
        rows[-1]["ratio"] = ref / st.seconds

        with Stage() as st:
            is_t = groups == "甲区"
            a = np.asarray(X[is_t].sum(axis=0)).ravel()
            b = np.asarray(X[~is_t].sum(axis=0)).ravel()
            table = kw.keyness_table(terms, a, b, int(a.sum()), int(b.sum()),
                                     kw.dirichlet_prior(a + b))
            lo, hi = kw.bootstrap_log_ratio(X, is_t, n_boot=200)
        row("keyness (+ bootstrap 200)", st, body_mb)
        rows[-1]["ratio"] = ref / st.seconds

        with Stage() as st:
            df = np.bincount(X.indices, minlength=X.shape[1])
            keep = np.flatnonzero((df >= 2) & (df <= 0.8 * X.shape[0]))
            D = TfidfTransformer().fit_transform(X[:, keep])
            model = NMF(n_components=10, init="nndsvd", max_iter=200, random_state=0).fit(D)
            theta = model.transform(D)
        row("NMF (10 topics)", st, body_mb, f"{len(keep):,} terms, {model.n_iter_} iterations")
        rows[-1]["ratio"] = ref / st.seconds
        del W, means, table, lo, hi, D, theta, tokens

        cache = tmp / "cache"
        with Stage() as st:
            first = run_pipeline(corpus, Tokenizer(cache_dir=cache), cache_dir=cache)
        t1 = row("pipeline run 1 (cold cache)", st, mb)
        with Stage() as st:
            again = run_pipeline(corpus, Tokenizer(cache_dir=cache), cache_dir=cache)
        row("pipeline run 2 (unchanged text)", st, mb, f"{t1 / st.seconds:.0f}x faster than run 1")
        assert (first.X != again.X).nnz == 0 and list(first.terms) == list(again.terms)
        assert sp.issparse(first.X)


def replace_block(path: Path, name: str, lines: list[str], title: str = "") -> None:
    """Put ``lines`` between ``<!-- name:start -->`` and ``<!-- name:end -->`` in ``path``
    (appended, after ``title``, when the markers are missing), leaving the rest alone."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = "\n".join([start] + lines + [end])
    if start in text and end in text:
        head, rest = text.split(start, 1)
        text = head + block + rest.split(end, 1)[1]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + (title + "\n\n" if title else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


def write_results(rows: list, path: Path) -> None:
    lines = [f"Machine: {machine()}.", "",
             "Produced by `PYTHONPATH=src python benchmarks/pipeline.py` (see its docstring for the "
             "corpus generator and what each stage runs). MB/s is over the stage's input "
             "(the whole corpus for cleanup and the pipeline runs, the body paragraphs otherwise); "
             "ratio = jieba.lcut's seconds over the same paragraphs in the same run / the stage's "
             "seconds (above 1: faster than plain jieba). Peak RSS: the process's largest resident "
             "set during the stage (sampled every 20 ms), including data earlier stages still hold.",
             "", "| size | stage | seconds | MB/s | x jieba.lcut | peak RSS (MB) | note |",
             "|---|---|---:|---:|---:|---:|---|"]
    for r in rows:
        ratio = f"{r['ratio']:.2f}" if "ratio" in r else ""
        lines.append(f"| {r['size']} | {r['stage']} | {r['seconds']:.2f} | {r['mb_s']:.2f} | {ratio} "
                     f"| {r['peak_rss_mb']:.0f} | {r['note']} |")
    replace_block(path, "pipeline-benchmark", lines, "## Stages in one process (benchmarks/pipeline.py)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB, comma-separated")
    ap.add_argument("--pos-mb", type=float, default=1.0,
                    help="MB of body text POS-tagged with jieba.posseg (rest extrapolated)")
    ap.add_argument("--out", default=None, help="write the table as Markdown here "
                    "(e.g. benchmarks/RESULTS.md)")
    args = ap.parse_args(argv)
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    print(machine())
    rows: list = []
    for size in [float(s) for s in args.sizes.split(",") if s.strip()]:
        run_size(size, args.pos_mb, rows)
    if args.out:
        write_results(rows, Path(args.out))
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
