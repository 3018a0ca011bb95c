"""``python -m zhframe corpus [DIR]``: validate a corpus and print its manifest as CSV."""

from __future__ import annotations

import sys

from zhframe.corpus import load_corpus


def add_arguments(parser) -> None:
    parser.add_argument("folder", nargs="?", default="seeds", help="corpus folder (default: seeds)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: FOLDER/manifest.csv)")
    from zhframe.tokenize.dictionaries import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    df = load_corpus(args.folder, args.manifest)
    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, args.folder)   # --dict files and dictionary.txt checked
    df.drop(columns=["text"]).to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0
