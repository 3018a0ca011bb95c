"""Throughput: the project tokenizer against plain jieba.lcut, in one run.

Measures and prints (not a test). Text: the PKU and MSR bakeoff test sets plus
the seed articles, line by line (about 370k characters). Each system is warmed
up (dictionaries loaded) before timing, and timed as the best of --repeat runs.
Rows: jieba.lcut (the reference), jieba.posseg, and zhframe.tokenize.Tokenizer
in the project's default configuration (backend "auto", user dictionary,
stopwords and filters) with the disk cache off, plus tokenize_many with a warm
cache. Target: default configuration >= 8x jieba.lcut.

    PYTHONPATH=src python benchmarks/throughput.py [--shared PATH] [--repeat 3]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from zhframe.corpus import load_corpus
from zhframe.tokenize import Tokenizer, find_shared, read_bakeoff

ROOT = Path(__file__).resolve().parents[1]


def best_time(fn, lines, repeat):
    fn(lines[0])  # warm-up: loads dictionaries
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for line in lines:
            fn(line)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=None, help="shared data folder (default <repo>/../shared)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    import jieba
    import jieba.posseg

    folder = find_shared(args.shared) / "benchmarks" / "icwb2"
    lines = []
    for name in ("pku", "msr"):
        lines += read_bakeoff(folder / f"{name}_test.utf8", folder / f"{name}_test_gold.utf8")[0]
    for text in load_corpus(ROOT / "seeds")["text"]:
        lines += [l for l in text.split("\n") if l.strip()]
    n_chars = sum(map(len, lines))
    mb = sum(len(l.encode("utf-8")) for l in lines) / 1e6

    rows = [("jieba.lcut (global, reference)", best_time(jieba.lcut, lines, args.repeat))]
    rows.append(("jieba.posseg.lcut", best_time(jieba.posseg.lcut, lines[:800], 1)
                 * len(lines) / 800))
    rows.append(("Tokenizer() default, no cache", best_time(Tokenizer(cache=False), lines, args.repeat)))
    rows.append(("Tokenizer(backend='jieba'), no cache",
                 best_time(Tokenizer(cache=False, backend="jieba"), lines, args.repeat)))
    rows.append(("Tokenizer(backend='rjieba'), no cache",
                 best_time(Tokenizer(cache=False, backend="rjieba"), lines, args.repeat)))
    with tempfile.TemporaryDirectory() as tmp:
        tok = Tokenizer(cache_dir=tmp)
        t0 = time.perf_counter()
        tok.tokenize_many(lines)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        tok.tokenize_many(lines)
        warm = time.perf_counter() - t0
    rows.append(("Tokenizer().tokenize_many, cold cache", cold))
    rows.append(("Tokenizer().tokenize_many, warm cache", warm))

    ref = rows[0][1]
    print(f"{len(lines):,} lines, {n_chars:,} characters, {mb:.2f} MB UTF-8")
    print(f"{'system':42} {'seconds':>8} {'MB/s':>7} {'x jieba.lcut':>13}")
    for label, sec in rows:
        print(f"{label:42} {sec:8.3f} {mb / sec:7.2f} {ref / sec:13.1f}")


if __name__ == "__main__":
    main()
