"""``python -m zhframe keyness --by COLUMN [--target VALUE]``: keyness of groups against the rest, as CSV.

Without ``--target``: every group against the rest in one pass
(:func:`zhframe.keywords.keyness_by_group`), a ``group`` column, the share of each
group's articles using each term against the rest's, Fisher's exact test and one
Benjamini-Hochberg over every group x term contrast; groups with one article are
kept in the rest and named on stderr; ``--adjust-for COL`` compares within each
year of a date column. Columns: group, term, count_group, count_rest,
units_group, units_rest, n_group, n_rest, share_group, share_rest, log_ratio,
share_log_ratio, lr_low, lr_high, p_value, q_value, testable, holds_up, design.

With ``--target``:

Body paragraphs of every article are tokenized with the project tokenizer;
the target group's token counts are compared with those of all other groups
together (:func:`zhframe.keywords.keyness`). Output columns: term,
count_target, count_reference, total_target, total_reference (the token
counts the statistics used), g2 (signed), p_value (permutation test of the
group labels over the sampling unit), log_ratio, log_odds, log_odds_z,
g2_p_value (token-level, optimistic), q_value (Benjamini-Hochberg over the
testable terms), testable, lr_low, lr_high (95% cluster-bootstrap interval of
Log Ratio), holds_up (q_value <= --alpha), design; sorted by |g2| descending,
ties by term. The design used is also said on stderr.
"""

from __future__ import annotations

import sys

from zhframe.corpus import MANIFEST_NAME, load_corpus
from zhframe.infra.errors import InputError


def add_arguments(parser) -> None:
    parser.add_argument("--by", required=True, help="manifest column whose values are compared")
    parser.add_argument("--target", default=None,
                        help="the value of --by compared with the rest (default: every group against the rest)")
    parser.add_argument("--adjust-for", default=None, metavar="COL",
                        help="date column: compare each group with the rest within years (without --target)")
    parser.add_argument("--within", default=None, metavar="COL",
                        help="parent column --by is nested in (place within province): each group against "
                             "the other groups of its parent (without --target)")
    parser.add_argument("--corpus", default="seeds", help="corpus folder (default: seeds)")
    parser.add_argument("--manifest", default=None, help="manifest CSV (default: CORPUS/manifest.csv)")
    parser.add_argument("--mask", action="store_true",
                        help="drop the groups' own names and self-references (我区, 该区...)")
    parser.add_argument("--min-count", type=int, default=1,
                        help="only terms seen at least this often in both groups together")
    parser.add_argument("--design", choices=("auto", "articles", "paragraphs"), default="auto",
                        help="unit the group labels are permuted over (auto: articles when each side "
                             "has at least two, else paragraphs)")
    parser.add_argument("--alpha", type=float, default=0.05,
                        help="false discovery rate of holds_up (default 0.05)")
    parser.add_argument("--perm", type=int, default=9999, help="permutations (default 9999)")
    parser.add_argument("--seed", type=int, default=0, help="random state of permutations and bootstrap")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe import keywords

    corpus = load_corpus(args.corpus, args.manifest)
    from zhframe.tokenize.dictionaries import dictionaries_from_args
    dictionaries_from_args(args, args.corpus, corpus)   # place names, dictionary.txt, --dict
    manifest = args.manifest or f"{args.corpus}/{MANIFEST_NAME}"
    from zhframe.run.precheck import check_group_column
    values = check_group_column(corpus, args.by, manifest)
    if args.target is not None and args.target not in values:
        raise InputError(manifest, f"{args.target!r} is not a value of column {args.by!r} "
                                   f"(values: {', '.join(values)})")
    if len(values) < 2:
        raise InputError(manifest, f"column {args.by!r} has one value only ({values[0]}): "
                                   "nothing to compare the target with")
    from zhframe.tokenize.script import simplified_corpus

    # traditional articles are read in simplified characters, as the study reads them: the
    # script is never a difference
    paragraphs = keywords.corpus_paragraphs(simplified_corpus(corpus))
    tokenizer = keywords.default_tokenizer()
    if args.mask:
        tokenizer = keywords.corpus_masked_tokenizer(tokenizer, corpus, by=args.by)
    try:
        if not 0 < args.alpha < 1:
            raise ValueError(f"--alpha must be between 0 and 1, got {args.alpha}")
        if args.target is None:
            table = keywords.keyness_by_group(paragraphs, args.by, tokenizer, min_count=args.min_count,
                                              design=args.design, alpha=args.alpha, adjust_for=args.adjust_for,
                                              within=args.within)
        else:
            if args.adjust_for is not None or args.within is not None:
                raise ValueError("--adjust-for and --within work without --target (every group against the rest)")
            table = keywords.keyness(paragraphs, args.by, args.target, tokenizer, min_count=args.min_count,
                                     design=args.design, alpha=args.alpha, n_perm=args.perm,
                                     n_boot=1000, random_state=args.seed)
    except ValueError as exc:  # e.g. a group without body text, a refused design
        raise InputError(manifest, str(exc)) from None
    who = args.target + " against the rest" if args.target is not None else "every group against the rest"
    print(f"zhframe keyness: {who}; {table.attrs['design_text']}", file=sys.stderr)
    if table.attrs.get("single_text"):
        print(f"zhframe keyness: {table.attrs['single_text']}", file=sys.stderr)
    table.to_csv(sys.stdout, index=False, lineterminator="\n", float_format="%.6g")
    return 0
