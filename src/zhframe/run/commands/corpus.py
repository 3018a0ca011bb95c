"""``python -m zhframe corpus [DIR]``: validate a corpus and print its manifest as CSV."""

from __future__ import annotations

import sys

from zhframe.corpus import load_corpus


def add_arguments(parser) -> None:
    parser.add_argument("folder", nargs="?", default=None,
                        help="corpus folder: manifest.csv and the articles it lists (default: the seeds)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: FOLDER/manifest.csv)")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.infra.errors import InputError
    from zhframe.infra.paths import default_seeds

    if args.folder is None:
        args.folder = default_seeds()
        if args.folder is None:
            raise InputError("corpus", "give a corpus folder: zhframe corpus DIR (a folder with "
                                       "manifest.csv and the articles it lists)")
    df = load_corpus(args.folder, args.manifest)
    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, args.folder)   # --dict files and dictionary.txt checked
    df.drop(columns=["text"]).to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0
