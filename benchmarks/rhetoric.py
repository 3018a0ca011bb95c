"""Rhetoric benchmark: precision and recall of every family against hand gold.

Gold: ``tests/data/rhetoric/`` (one TSV per family with a header saying how it was
labelled) for the two seed articles and a development set of 21 web articles written
for the purpose (other places, government portals, e-papers, wire copy, one in
traditional characters; with the look-alikes real pages carry). Scoring rules are those
of :mod:`zhframe.rhetoric.evaluate`. Prints one row per family and set, and every seed
formula with its count and items. Not a test: tests/test_rhetoric_evaluate.py asserts the
targets of issue #14 on the same numbers.

    PYTHONPATH=src python benchmarks/rhetoric.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
