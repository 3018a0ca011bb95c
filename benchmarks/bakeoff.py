"""Bakeoff quality: P/R/F1 over word spans on the SIGHAN 2005 PKU and MSR test sets.

Measures and prints (not a test): plain jieba (``jieba.Tokenizer().lcut``, base
dictionary, HMM on: jieba's defaults), the project tokenizer with
``--no-user-dict`` and in its default mode (user dictionary), all in keep-all
mode (the bakeoff format), for each backend; how many lines jieba-rs alone
would cut differently from jieba; and how often jieba-rs' part-of-speech tags
(zhframe's default) agree with jieba.posseg's: lines with identical word sequences,
and tags on the words both produce (same character span).

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

    # POS: jieba-rs tag (the default) vs jieba.posseg (the reference), first N lines of each set
    tj = Tokenizer.keep_all(cache=False, pos_backend="posseg")
    tr = Tokenizer.keep_all(cache=False, pos_backend="rjieba")
    for name in SETS:
        test, _ = load(args.shared, name)
        lines = test[:args.pos_lines]
        agree = pos_agreement([tj.pos_tag(l) for l in lines], [tr.pos_tag(l) for l in lines])
        print(f"POS {name}: {format_agreement(agree)}")


def pos_agreement(reference, system) -> dict:
    """How far ``system``'s tagging agrees with ``reference``'s (lists of ``[(word, flag)]`` per line).

    ``lines``; ``same_words``: lines with identical word sequences; ``words``:
    reference words; ``shared``: reference words the system also produced (same
    character span in the line); ``same_tag``: shared words with the same flag.
    """
    out = {"lines": len(reference), "same_words": 0, "words": 0, "shared": 0, "same_tag": 0}
    for ref, sys_ in zip(reference, system):
        out["same_words"] += [w for w, _ in ref] == [w for w, _ in sys_]
        out["words"] += len(ref)

        def spans(pairs):
            at, got = 0, {}
            for w, f in pairs:
                got[(at, at + len(w))] = f
                at += len(w)
            return got

        a, b = spans(ref), spans(sys_)
        shared = a.keys() & b.keys()
        out["shared"] += len(shared)
        out["same_tag"] += sum(a[k] == b[k] for k in shared)
    return out


def format_agreement(a: dict) -> str:
    return (f"{a['lines']} lines, identical word sequences on {a['same_words'] / max(a['lines'], 1):.1%}; "
            f"{a['shared'] / max(a['words'], 1):.1%} of posseg's words also produced, and on those "
            f"{a['same_tag'] / max(a['shared'], 1):.1%} of tags agree ({a['same_tag']:,}/{a['shared']:,})")


if __name__ == "__main__":
    main()
