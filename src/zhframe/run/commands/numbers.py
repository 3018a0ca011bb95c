"""``python -m zhframe numbers FILE...``: every number in each article, as CSV.

Each file is read with :func:`zhframe.corpus.read_text` and cleaned into blocks;
every number of every block is printed with its resolved value, unit, approximation,
what it counts and its kind (``claim`` for quantified claims; ``date``, ``anniversary``,
``ordinal``, ``title``, ``name``, ``formula`` for numbers that are not claims).
A bad file stops with a one-line error naming it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

COLUMNS = ["doc", "text", "value", "unit", "approximate", "marker", "counted", "kind",
           "block", "block_kind", "sentence"]


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article text files")
    parser.add_argument("--claims-only", action="store_true",
                        help="print only quantified claims (kind == claim)")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.corpus import read_text
    from zhframe.rhetoric._text import article_blocks
    from zhframe.rhetoric.features import numbers_table
    from zhframe.rhetoric.numbers import format_value

    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args)   # checked; numbers do not segment
    texts = [(Path(f).stem, read_text(f)) for f in args.files]   # every file checked first
    out = []
    for doc, text in texts:
        blocks = article_blocks(text, doc=doc)
        blocks = blocks.assign(doc_id=doc)
        out.append(numbers_table(blocks[~blocks["kind"].isin(("credit", "meta"))]))
    df = pd.concat(out, ignore_index=True)
    if args.claims_only:
        df = df[df["kind"] == "claim"]
    df["value"] = [format_value(v) for v in df["value"]]
    df[COLUMNS].to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0
