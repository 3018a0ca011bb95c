"""What traditional-script support costs: the tokenizer with ``script="auto"`` (the default)
against ``script="keep"`` on the same texts, measured side by side in one run, as ratios.

On simplified text "auto" only checks for traditional marks (one ``str.translate`` pass);
on traditional text it also converts with OpenCC before segmenting. Run:

    python benchmarks/script.py [--repeat N] [--bakeoff]

``--bakeoff`` also measures, on the SIGHAN 2005 PKU and MSR test sets (``../shared/benchmarks``;
simplified news text nothing here was tuned on), how often detection calls a simplified line
traditional, how often it recognises the line's OpenCC s2t copy, and how far the tokens of
the copy (keep-all tokenizer) differ from the original's: the "same counts in both scripts"
property on about 200,000 tokens instead of the seeds' 3,600. Slow (OpenCC in pure Python).
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


def bakeoff() -> None:
    from collections import Counter

    from zhframe.tokenize.evaluate import find_shared
    from zhframe.tokenize.script import detect_script, to_simplified

    folder = find_shared() / "benchmarks" / "icwb2"
    tok = Tokenizer.keep_all(cache=False)
    for name in ("pku", "msr"):
        path = folder / f"{name}_test.utf8"
        if not path.is_file():
            print(f"{path}: not present, skipped")
            continue
        lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
        copies = [to_traditional(l) for l in lines]
        simp = Counter(detect_script(l) for l in lines)
        trad = Counter(detect_script(c) for c in copies)
        back = sum(to_simplified(c, "traditional").text == l for c, l in zip(copies, lines))
        a, b, same = Counter(), Counter(), 0
        for c, l in zip(copies, lines):
            tl, tc = tok(l), tok(c)
            same += tl == tc
            a.update(tl)
            b.update(tc)
        diff = sum((a - b).values()) + sum((b - a).values())
        print(f"{name}: {len(lines)} lines; simplified lines detected as {dict(sorted(simp.items()))}; "
              f"s2t copies detected as {dict(sorted(trad.items()))}; t2s(s2t(line)) == line on "
              f"{back}/{len(lines)}; identical tokens on {same}/{len(lines)} lines; token counts differing "
              f"{diff} of {sum(a.values())} tokens")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bakeoff", action="store_true", help="also measure on the PKU/MSR test sets")
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
    if args.bakeoff:
        bakeoff()


if __name__ == "__main__":
    main()
