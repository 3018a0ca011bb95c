"""What traditional-script support costs: the tokenizer with ``script="auto"`` (the default)
against ``script="keep"`` on the same texts, measured side by side in one run, as ratios.

On simplified text "auto" only checks for traditional marks (one ``str.translate`` pass);
on traditional text it also converts with OpenCC before segmenting. Run:

    python benchmarks/script.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from zhframe.tokenize import Tokenizer
from zhframe.tokenize.script import to_traditional

ROOT = Path(__file__).resolve().parents[1]


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    simplified = [l for p in sorted((ROOT / "seeds").glob("*.txt"))
                  for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    traditional = [to_traditional(l) for l in simplified]
    auto, keep = Tokenizer(cache=False), Tokenizer(cache=False, script="keep")
    for tok in (auto, keep):  # build the segmenters and the mark tables outside the timing
        tok(simplified[0]), tok(traditional[0])
    chars = sum(map(len, simplified))
    print(f"{len(simplified)} paragraphs, {chars} characters; best of {args.repeat}")
    t_keep = best(lambda: [keep(t) for t in simplified], args.repeat)
    t_auto = best(lambda: [auto(t) for t in simplified], args.repeat)
    t_trad = best(lambda: [auto(t) for t in traditional], args.repeat)
    print(f"simplified text, keep: {t_keep * 1000:.1f} ms ({chars / t_keep / 1e6:.2f} M chars/s)")
    print(f"simplified text, auto: {t_auto * 1000:.1f} ms, ratio auto/keep {t_auto / t_keep:.2f}")
    print(f"traditional text, auto (convert + segment): {t_trad * 1000:.1f} ms, "
          f"ratio to simplified keep {t_trad / t_keep:.2f}")


if __name__ == "__main__":
    main()
