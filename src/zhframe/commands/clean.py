"""``python -m zhframe clean FILE...``: the cleaned blocks of each file as JSON Lines.

One line per block, in reading order::

    {"doc": "<file name>", "block": 0, "kind": "title", "text": "...",
     "spans": [[start, end], ...], "fragment": null, "rule": "title:first-line"}

``spans`` are offsets into the file's decoded text (see :mod:`zhframe.cleanup`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HELP = "repair each article's layout; print its blocks as JSON Lines"


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article text files")
    from zhframe.dictionaries import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.cleanup import clean_article
    from zhframe.corpus import read_text

    from zhframe.dictionaries import dictionaries_from_args
    dictionaries_from_args(args)   # checked like the files, though cleaning does not segment
    texts = [(Path(f).name, read_text(f)) for f in args.files]  # all checked before any output
    for name, text in texts:
        for row in clean_article(text, doc=name).to_dict("records"):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0
