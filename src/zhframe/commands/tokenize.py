"""``python -m zhframe tokenize [--keep-all] [--no-user-dict] FILE...``.

Writes, for each input line, one line of space-separated tokens on stdout
(files in order). By default the project configuration (user dictionary,
stopwords, punctuation and numbers dropped); ``--keep-all`` keeps every
non-space character (punctuation, numbers, stopwords): the bakeoff format;
``--no-user-dict`` segments with jieba's base dictionary only, through the same
code path. Files are decoded as the corpus loader does (UTF-8, GB18030, BOMs).
"""

from __future__ import annotations

import sys

from zhframe.corpus import read_text


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files, one sentence or paragraph a line")
    parser.add_argument("--keep-all", action="store_true",
                        help="keep punctuation, numbers and stopwords (bakeoff format)")
    parser.add_argument("--no-user-dict", action="store_true",
                        help="jieba's base dictionary only, without the project's user dictionary")
    parser.add_argument("--backend", choices=("auto", "jieba", "rjieba"), default="auto",
                        help="segmenter (default auto: jieba's tokens at jieba-rs' speed)")
    from zhframe.dictionaries import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.tokenize import Tokenizer

    from zhframe.dictionaries import dictionaries_from_args
    own = dictionaries_from_args(args)   # --dict files (loaded by default; explicitly without user dict)
    params = {"user_dict": not args.no_user_dict, "backend": args.backend, "cache": False,
              "extra_dicts": own if args.no_user_dict else ()}
    tok = Tokenizer.keep_all(**params) if args.keep_all else Tokenizer(**params)
    texts = [read_text(path) for path in args.files]  # check every file before writing
    out = sys.stdout
    for text in texts:
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for line in lines:
            out.write(" ".join(tok(line)) + "\n")
    return 0
