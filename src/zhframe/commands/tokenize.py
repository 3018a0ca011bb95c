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
import re
import sys

# C0/C1 control characters other than the allowed \t \n \v \f \r: exactly what
# the corpus loader's check (unicodedata category "Cc") refuses.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_FAST_REFUSE = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def read_text(path: str | os.PathLike) -> str:
    """``zhframe.corpus.read_text(path)``, without importing the corpus module for plain UTF-8.

    A file that is plain UTF-8 (no byte-order mark, no NUL, no control
    characters, not blank) is decoded here and gives exactly what the corpus
    loader gives; anything else (BOMs, GB18030, binary, empty, missing) goes to
    :func:`zhframe.corpus.read_text`, which decides and words the error.
    """
    try:
        with open(path, "rb") as f:
            data = f.read()
        text = None if data.startswith(_FAST_REFUSE) or b"\x00" in data else data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        text = None
    if text is not None and text.strip() and not _CONTROL.search(text) and not _binary(data):
        return text.replace("\r\n", "\n").replace("\r", "\n")
    from zhframe.corpus import read_text as corpus_read_text

    return corpus_read_text(path)


# zhframe.corpus's binary signatures (the tests check this list covers them)
_SIGNATURES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b",
               b"\xd0\xcf\x11\xe0", b"\x7fELF")


def _binary(data: bytes) -> bool:
    return data.startswith(_SIGNATURES)


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
    from zhframe.progress import progress
    from zhframe.tokenize import Tokenizer

    from zhframe.dictionaries import dictionaries_from_args
    own = dictionaries_from_args(args)   # --dict files (loaded by default; explicitly without user dict)
    params = {"user_dict": not args.no_user_dict, "backend": args.backend, "cache": False,
              "extra_dicts": own if args.no_user_dict else ()}
    tok = Tokenizer.keep_all(**params) if args.keep_all else Tokenizer(**params)
    texts = [read_text(path) for path in args.files]  # check every file before writing
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
