"""``python -m zhframe tokenize [--keep-all] [--no-user-dict] FILE...``.

Writes, for each input line, one line of space-separated tokens on stdout
(files in order). By default the project configuration (user dictionary,
stopwords, punctuation and numbers dropped); ``--keep-all`` keeps every
non-space character (punctuation, numbers, stopwords): the bakeoff format;
``--no-user-dict`` segments with jieba's base dictionary only, through the same
code path. Files are decoded as the corpus loader does (UTF-8, GB18030, BOMs).

The command is timed as a whole process against plain ``jieba.lcut``
(``benchmarks/commands.py``), so it imports only what it uses: no pandas, and
jieba's own dictionary only when a line needs it (see
:func:`zhframe.tokenize.rjieba_may_differ`).
"""

from __future__ import annotations

import os
import sys

def read_text(path: str | os.PathLike) -> str:
    """The file's text as the corpus loader reads it (:func:`zhframe.corpus.read_text`: its
    type, size, encoding and binary checks; the module imports no pandas)."""
    from zhframe.corpus import read_text as corpus_read_text

    return corpus_read_text(path)


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files, one sentence or paragraph a line")
    parser.add_argument("--keep-all", action="store_true",
                        help="keep punctuation, numbers and stopwords (bakeoff format)")
    parser.add_argument("--no-user-dict", action="store_true",
                        help="jieba's base dictionary only, without the project's user dictionary")
    parser.add_argument("--backend", choices=("auto", "jieba", "rjieba"), default="auto",
                        help="segmenter (default auto: jieba's tokens at jieba-rs' speed)")
    from zhframe.run.options import add_dict_argument
    add_dict_argument(parser)


def run(args) -> int:
    from zhframe.infra.progress import progress
    from zhframe.tokenize import Tokenizer

    from zhframe.tokenize.dictionaries import dictionaries_from_args
    own = dictionaries_from_args(args)   # --dict files (loaded by default; explicitly without user dict)
    params = {"user_dict": not args.no_user_dict, "backend": args.backend, "cache": False,
              "extra_dicts": own if args.no_user_dict else ()}
    tok = Tokenizer.keep_all(**params) if args.keep_all else Tokenizer(**params)
    from zhframe.cleanup import remove_invisible

    # Zero-width joiners (inside emoji sequences, or pasted from a web page) and variation
    # selectors are not words: removed as the cleanup removes them from a corpus.
    texts = [remove_invisible(read_text(path)) for path in args.files]  # every file checked first
    lines = []
    for text in texts:
        part = text.split("\n")
        if part and part[-1] == "":
            part.pop()
        lines += part
    out = [" ".join(tok(line)) for line in progress(lines, desc="tokenize", unit="line")]
    if out:
        sys.stdout.write("\n".join(out) + "\n")
    return 0
