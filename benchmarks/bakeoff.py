"""Bakeoff quality: P/R/F1 over word spans on the SIGHAN 2005 PKU and MSR test sets.

Measures and prints (not a test): plain jieba (``jieba.Tokenizer().lcut``, base
dictionary, HMM on: jieba's defaults), the project tokenizer with
``--no-user-dict`` and in its default mode (user dictionary), all in keep-all
mode (the bakeoff format), for each backend; how many lines jieba-rs alone
would cut differently from jieba; and how often jieba-rs' part-of-speech tags
agree with jieba.posseg's.

    PYTHONPATH=src python benchmarks/bakeoff.py [--shared PATH] [--pos-lines N]

Scoring is zhframe.tokenize.segmentation_scores (the same function the tests use).
"""

from __future__ import annotations

import argparse

from zhframe.tokenize import Tokenizer, _base_jieba, find_shared, read_bakeoff, segmentation_scores

SETS = ("pku", "msr")


def load(shared, name):
    folder = find_shared(shared) / "benchmarks" / "icwb2"
    return read_bakeoff(folder / f"{name}_test.utf8", folder / f"{name}_test_gold.utf8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=None, help="shared data folder (default <repo>/../shared)")
    ap.add_argument("--pos-lines", type=int, default=500,
                    help="lines per set for the POS agreement check (posseg is slow)")
    args = ap.parse_args(argv)

    plain = _base_jieba()
    rows = []
    for name in SETS:
        test, gold = load(args.shared, name)
        systems = {"plain jieba (jieba.lcut)": [plain.lcut(l) for l in test]}
        for backend in ("jieba", "auto", "rjieba"):
            for user_dict, label in ((False, "--no-user-dict"), (True, "default")):
                tok = Tokenizer.keep_all(user_dict=user_dict, backend=backend, cache=False)
                systems[f"zhframe {label}, backend={backend}"] = [tok.cut(l) for l in test]
        ref = {ud: systems[f"zhframe {lab}, backend=jieba"]
               for ud, lab in ((False, "--no-user-dict"), (True, "default"))}
        for label, out in systems.items():
            s = segmentation_scores(gold, out)
            ud = "default" in label
            same = "" if label.startswith("plain") else sum(a != b for a, b in zip(out, ref[ud]))
            rows.append((name, label, s["precision"], s["recall"], s["f1"], same))

    print(f"{'set':4} {'system':42} {'P':>6} {'R':>6} {'F1':>6}  lines differing from jieba backend")
    for name, label, p, r, f, same in rows:
        print(f"{name:4} {label:42} {p:6.4f} {r:6.4f} {f:6.4f}  {same}")

    # POS: jieba-rs tag vs jieba.posseg, on the first N lines of each set
    tj = Tokenizer.keep_all(cache=False, pos_backend="jieba")
    tr = Tokenizer.keep_all(cache=False, pos_backend="rjieba")
    for name in SETS:
        test, _ = load(args.shared, name)
        lines = test[:args.pos_lines]
        a = [tj.pos_tag(l) for l in lines]
        b = [tr.pos_tag(l) for l in lines]
        same_tok = sum([w for w, _ in x] == [w for w, _ in y] for x, y in zip(a, b))
        pairs = same = 0
        for x, y in zip(a, b):
            if [w for w, _ in x] == [w for w, _ in y]:
                pairs += len(x)
                same += sum(f == g for (_, f), (_, g) in zip(x, y))
        print(f"POS {name}: {len(lines)} lines; jieba-rs tag gives posseg's tokens on {same_tok}; "
              f"on those lines {same}/{pairs} tags agree ({same / max(pairs, 1):.2%})")


if __name__ == "__main__":
    main()
