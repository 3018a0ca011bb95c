"""``python -m zhframe keyness --by COLUMN --target VALUE``: keyness of one group against the rest, as CSV.

Body paragraphs of every article are tokenized with the project tokenizer;
the target group's token counts are compared with those of all other groups
together (:func:`zhframe.keywords.keyness`). Output columns: term,
count_target, count_reference, total_target, total_reference (the token
counts the statistics used), g2 (signed), p_value, log_ratio, log_odds,
log_odds_z; sorted by |g2| descending, ties by term.
"""

from __future__ import annotations

import sys

from zhframe.corpus import MANIFEST_NAME, load_corpus
from zhframe.errors import InputError


def add_arguments(parser) -> None:
    parser.add_argument("--by", required=True, help="manifest column whose values are compared")
    parser.add_argument("--target", required=True, help="the value of --by compared with the rest")
    parser.add_argument("--corpus", default="seeds", help="corpus folder (default: seeds)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: CORPUS/manifest.csv)")
    parser.add_argument("--mask", action="store_true",
                        help="drop the groups' own names and self-references (我区, 该区...)")
    parser.add_argument("--min-count", type=int, default=1,
                        help="only terms seen at least this often in both groups together")
    from zhframe.dictionaries import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe import keywords

    corpus = load_corpus(args.corpus, args.manifest)
    from zhframe.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, args.corpus, corpus)   # place names, dictionary.txt, --dict
    manifest = args.manifest or f"{args.corpus}/{MANIFEST_NAME}"
    if args.by not in corpus.columns or args.by in ("text", "path", "encoding", "n_chars"):
        columns = [c for c in corpus.columns if c not in ("text", "path", "encoding", "n_chars")]
        raise InputError(manifest, f"no column {args.by!r} to group by (columns: {', '.join(columns)})")
    values = sorted(corpus[args.by].astype(str).unique())
    if args.target not in values:
        raise InputError(manifest, f"{args.target!r} is not a value of column {args.by!r} "
                                   f"(values: {', '.join(values)})")
    if len(values) < 2:
        raise InputError(manifest, f"column {args.by!r} has one value only ({values[0]}): "
                                   "nothing to compare the target with")
    paragraphs = keywords.corpus_paragraphs(corpus)
    tokenizer = keywords.default_tokenizer()
    if args.mask:
        tokenizer = keywords.masked_tokenizer(tokenizer, values)
    try:
        table = keywords.keyness(paragraphs, args.by, args.target, tokenizer,
                                 min_count=args.min_count)
    except ValueError as exc:  # e.g. a group without body text
        raise InputError(manifest, str(exc)) from None
    table.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.6g")
    return 0
