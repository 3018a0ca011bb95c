"""``python -m zhframe trends --time COLUMN [--by COLUMN]``: each term's trend over time, as CSV.

Body paragraphs are tokenized with the project tokenizer (masked with ``--mask``)
and summed per article; each term's slope per year of its log2 rate at the
article level (Poisson, log tokens as offset; robust interval), the exact
permutation test of the dates over articles (sequential Besag-Clifford draws:
resolution follows the evidence) and Benjamini-Hochberg across terms
(:func:`zhframe.keywords.keyword_trends`). ``--by``: dates permuted within each
group (a trend adjusted for group). Output columns: term, slope, lo, hi,
p_value, q_value, holds_up, n_units, testable, first_share, last_share, design;
sorted by q_value, p_value, term. ``--periods`` prints the per-year view of the
holding terms instead (term, period, n_units, units_with, share, per_10k).
"""

from __future__ import annotations

import sys

from zhframe.corpus import MANIFEST_NAME, load_corpus
from zhframe.infra.errors import InputError


def add_arguments(parser) -> None:
    parser.add_argument("--time", required=True, help="manifest date column (2021, 2021-06, 2021-06-18...)")
    parser.add_argument("--by", default=None, help="grouping column: dates permuted within its groups")
    parser.add_argument("--corpus", default="seeds", help="corpus folder (default: seeds)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: CORPUS/manifest.csv)")
    parser.add_argument("--mask", action="store_true",
                        help="drop the places' own names and self-references (我区, 该区...)")
    parser.add_argument("--min-units", type=int, default=3, help="test terms used in at least this many articles")
    parser.add_argument("--alpha", type=float, default=0.05, help="false discovery rate of holds_up")
    parser.add_argument("--periods", action="store_true", help="print the per-year view of the holding terms")
    parser.add_argument("--seed", type=int, default=0, help="random state of the permutations")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe import keywords

    corpus = load_corpus(args.corpus, args.manifest)
    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, args.corpus, corpus)
    manifest = args.manifest or f"{args.corpus}/{MANIFEST_NAME}"
    if args.time not in corpus.columns:
        raise InputError(manifest, f"no column {args.time!r} (columns: {', '.join(map(str, corpus.columns))})")
    if args.by is not None and args.by not in corpus.columns:
        raise InputError(manifest, f"no column {args.by!r} (columns: {', '.join(map(str, corpus.columns))})")
    if args.by is not None:
        from zhframe.run.precheck import check_group_column

        check_group_column(corpus, args.by, manifest)
    from zhframe.tokenize.script import simplified_corpus

    corpus = simplified_corpus(corpus)
    paragraphs = keywords.corpus_paragraphs(corpus)
    if args.time not in paragraphs.columns:
        paragraphs = paragraphs.merge(corpus[["doc_id", args.time]], on="doc_id", how="left")
    tokenizer = keywords.default_tokenizer()
    if args.mask:
        tokenizer = keywords.corpus_masked_tokenizer(tokenizer, corpus, by=args.by)
    try:
        if not 0 < args.alpha < 1:
            raise ValueError(f"--alpha must be between 0 and 1, got {args.alpha}")
        table = keywords.keyword_trends(paragraphs, args.time, tokenizer, by=args.by, alpha=args.alpha,
                                        min_units=args.min_units, random_state=args.seed)
    except ValueError as exc:
        raise InputError(manifest, str(exc)) from None
    print(f"zhframe trends: {table.attrs['design_text']}", file=sys.stderr)
    out = table.attrs["periods"] if args.periods else table
    out.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.6g")
    return 0
