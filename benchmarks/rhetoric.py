"""Rhetoric benchmark: precision and recall of every family against hand gold, and speed.

Gold: ``tests/data/rhetoric/`` (one TSV per family with a header saying how it was
labelled) for the two seed articles, a development set of 21 web articles written
for the purpose (other places, government portals, e-papers, wire copy, one in
traditional characters; with the look-alikes real pages carry), and local-report
sentences for the numbers (``numbers_local_*``: clock times, meeting ordinals, named
policies, age cohorts, page metadata, compound magnitudes; a held-apart part). Scoring
rules are those of :mod:`zhframe.rhetoric.evaluate`. Prints one row per family and set,
and every seed formula with its count and items. Not a test: tests/test_rhetoric_*.py
assert the targets on the same numbers.

Speed (issue #27): CPU milliseconds per paragraph of
:func:`zhframe.rhetoric.features.paragraph_features`, BEFORE (the code of commit
:data:`BEFORE`, unpacked from git into a temporary folder) and AFTER (this checkout), side
by side in one run, alternating, each in its own process on the same paragraphs: the body
paragraphs of the seeds and of the web set, and paragraphs generated from their sentences
(shuffled with a fixed seed). The best of ``--rounds`` rounds is kept for each side.

    PYTHONPATH=src python benchmarks/rhetoric.py            # gold scores and speed
    PYTHONPATH=src python benchmarks/rhetoric.py --speed    # speed only
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The commit measured as "before": the last one before the rhetoric speed work (#27).
BEFORE = "197b450f0ee86799628f799c250e4f4b83f67353"

_WORKER = r"""
import json, pickle, sys, time
from zhframe.rhetoric.features import paragraph_features
paras, names = pickle.load(open(sys.argv[1], "rb"))
paragraph_features(paras, names=names)        # warm: lexicons loaded, regexes compiled
t = time.process_time()
paragraph_features(paras, names=names)
print(json.dumps({"cpu": time.process_time() - t}))
"""


def paragraphs(n_generated: int, seed: int = 0):
    """Body paragraphs of the seeds and the web set, plus ``n_generated`` paragraphs of 3-8
    of their sentences drawn at random (fixed ``seed``); and the place names of each doc."""
    import pandas as pd

    sys.path.insert(0, str(ROOT / "tests"))
    from test_rhetoric_seeds import real_paragraphs
    from zhframe.rhetoric._text import sentence_spans

    real, names = real_paragraphs()
    sentences = [t[s:e] for t in real["text"] for s, e in sentence_spans(t)]
    rng = random.Random(seed)
    docs = sorted(names)
    gen = []
    for i in range(n_generated):
        doc = docs[i % len(docs)]
        gen.append((doc, "gen", 1000 + i, "".join(rng.sample(sentences, rng.randint(3, 8)))))
    gen = pd.DataFrame(gen, columns=["doc_id", "district", "block", "text"])
    return real.assign(district=real["district"]), gen, names


def _before_tree(tmp: Path) -> Path | None:
    """The BEFORE commit's ``src`` unpacked into ``tmp`` (None without git history)."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", BEFORE, "src"],
                                 capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
    return tmp / "src"


def _cpu(src: Path, data: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", _WORKER, str(data)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])["cpu"]


def speed(n_generated: int = 400, rounds: int = 2) -> None:
    """Print ms per paragraph before and after, side by side (see module doc)."""
    real, gen, names = paragraphs(n_generated)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        before = _before_tree(tmp)
        print(f"\nSpeed of paragraph_features (CPU ms per paragraph, best of {rounds} rounds;"
              f" before = {BEFORE[:7]}, after = this checkout)")
        print(f"{'paragraphs':<34}{'n':>6}{'before':>10}{'after':>10}{'speed-up':>10}")
        for what, df in (("seeds + web set (real)", real), ("generated from their sentences", gen)):
            data = tmp / "paras.pkl"
            data.write_bytes(pickle.dumps((df, names)))
            best = {"before": float("inf"), "after": float("inf")}
            for _ in range(rounds):            # alternate, so load changes hit both sides
                if before is not None:
                    best["before"] = min(best["before"], _cpu(before, data))
                best["after"] = min(best["after"], _cpu(ROOT / "src", data))
            ms = {k: 1000 * v / len(df) for k, v in best.items()}
            ratio = ms["before"] / ms["after"] if before is not None else float("nan")
            b = f"{ms['before']:.2f}" if before is not None else "n/a"
            print(f"{what:<34}{len(df):>6}{b:>10}{ms['after']:>10.2f}{ratio:>9.1f}x")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed", action="store_true", help="speed only")
    ap.add_argument("--generated", type=int, default=400, help="generated paragraphs (400)")
    ap.add_argument("--rounds", type=int, default=2, help="rounds per side (2)")
    args = ap.parse_args(argv)
    if not args.speed:
        scores()
    speed(args.generated, args.rounds)
    return 0


def scores() -> None:
    import pandas as pd

    from zhframe.corpus import read_text
    from zhframe.rhetoric._text import article_blocks
    from zhframe.rhetoric.enumerations import article_enumerations
    from zhframe.rhetoric.evaluate import evaluate

    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 160)
    scores = evaluate(ROOT / "tests" / "data" / "rhetoric", ROOT / "seeds")
    print("Precision / recall per family (numbers: claims; enumerations: formula + count;")
    print("enumeration_items: items of matched formulas; headings: pairs in one parallel set;")
    print("voices: quotation + speaker class; self_reference: occurrences of the place name;")
    print("quotes_<class>: quotations of that class, by doc and first 20 characters)\n")
    print(scores.to_string(index=False))
    print("\nSeed formulas (one record per formula per article):")
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        blocks = article_blocks(read_text(f), doc=f.stem)
        df = article_enumerations(list(blocks["text"]))
        for r in df.itertuples():
            print(f"  {f.stem[:3]} {r.kind:12s} {r.expression} -> {r.count} "
                  f"({'complete' if r.complete else f'{r.n_items} items'}): {'|'.join(r.items)}")


if __name__ == "__main__":
    sys.exit(main())
