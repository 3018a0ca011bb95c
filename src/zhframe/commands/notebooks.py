"""``python -m zhframe notebooks``: execute every notebook and write every figure.

With no options, runs on the seeds and rewrites the notebooks in place.
With ``--corpus/--manifest/--by/--out``, runs on a researcher's corpus and
writes executed notebooks and figures under ``--out``. The corpus is checked
first, so a bad file is reported in one line before any notebook starts.
"""

from __future__ import annotations

import sys

from zhframe.corpus import load_corpus
from zhframe.errors import InputError


def add_arguments(parser) -> None:
    parser.add_argument("--corpus", default=None, help="corpus folder (default: seeds, in place)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: CORPUS/manifest.csv)")
    parser.add_argument("--by", default=None, help="manifest column to compare (default: district)")
    parser.add_argument("--out", default=None, help="output folder (default: out/<corpus name>)")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default: 2)")
    parser.add_argument("--notebook-dir", default="notebooks")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only notebooks whose name contains one of these strings")
    from zhframe.dictionaries import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.notebooks import run_all

    df = load_corpus(args.corpus or "seeds", args.manifest)
    from zhframe.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, args.corpus or "seeds", df)   # kernels inherit ZHFRAME_DICT
    by = args.by or "district"
    if by not in df.columns:
        raise InputError(args.manifest or args.corpus or "seeds",
                         f"grouping column '{by}' is not in the manifest "
                         f"(columns: {', '.join(c for c in df.columns if c != 'text')})")
    if df[by].nunique() < 2:
        raise InputError(args.manifest or args.corpus or "seeds",
                         f"grouping column '{by}' needs at least two different values")
    done = run_all(args.notebook_dir, args.corpus, args.manifest, args.by, args.out,
                   jobs=args.jobs, only=args.only)
    for path in done:
        print(path, file=sys.stderr)
    return 0
